package node

import (
	"io"
	"log/slog"
	"path/filepath"
	"slices"
	"testing"

	"github.com/cronokirby/saferith"
	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/mpctest"
	"github.com/pkpnet/pkpnet/mpc/sharestore"
	"github.com/pkpnet/pkpnet/tdec"
)

// Old-epoch encryption key shares are erased with the root shares: before
// an epoch, both kinds of older epochs go (pending ones of later epochs
// stay); all erases every share of both kinds.
func TestEraseSharesIncludesEncryptionKeys(t *testing.T) {
	db, err := bbolt.Open(filepath.Join(t.TempDir(), "s.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st, err := sharestore.Open(db, []byte("pass"))
	if err != nil {
		t.Fatal(err)
	}
	cfgs, err := mpctest.Configs(3)
	if err != nil {
		t.Fatal(err)
	}
	ks := encShareFixture(t)
	for _, name := range []string{"root/1", "root/2", pendingName(3, 4)} {
		if err := st.PutConfig(name, cfgs["1"]); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{mpc.EncKeyName(1), mpc.EncKeyName(2), pendingEncName(3, 4)} {
		if err := st.PutEncKey(name, ks); err != nil {
			t.Fatal(err)
		}
	}
	n := &Node{store: st, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if err := n.eraseShares(2, false); err != nil {
		t.Fatal(err)
	}
	names, _ := st.ConfigNames()
	encNames, _ := st.EncKeyNames()
	if !slices.Equal(names, []string{"root/2", "root/3/t4"}) || !slices.Equal(encNames, []string{"enc/2", "enc/3/t4"}) {
		t.Fatalf("after erasing before epoch 2: %v %v", names, encNames)
	}
	if err := n.eraseShares(0, true); err != nil {
		t.Fatal(err)
	}
	names, _ = st.ConfigNames()
	encNames, _ = st.EncKeyNames()
	if len(names) != 0 || len(encNames) != 0 {
		t.Fatalf("after erasing all: %v %v", names, encNames)
	}
}

// encShareFixture is one party's share of a 1-of-1 encryption key (x = 7).
func encShareFixture(t *testing.T) *tdec.KeyShare {
	t.Helper()
	group := curve.Secp256k1{}
	x := group.NewScalar().SetNat(new(saferith.Nat).SetUint64(7))
	pub, err := x.ActOnBase().MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	secret, err := x.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	ks, err := tdec.NewKeyShare("1", secret, tdec.KeySet{Public: pub, Threshold: 1, Shares: map[string][]byte{"1": pub}})
	if err != nil {
		t.Fatal(err)
	}
	return ks
}
