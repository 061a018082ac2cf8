package mpc_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/sharestore"
	"github.com/pkpnet/pkpnet/tdec"
)

// TestEncKeygenDecryptStore runs the encryption-key DKG among 4 parties
// (T = 3), stores and reloads a share, and decrypts with T of the shares.
func TestEncKeygenDecryptStore(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute*timeScale)
	defer cancel()
	ids := mpc.PartyIDs(4)
	net := mpc.NewMemNetwork()
	defer net.Close()
	sid := mpc.NewSessionID("enckey")
	shares, errs := runAll(ids, func(id party.ID) (*tdec.KeyShare, error) {
		return mpc.EncKeygen(ctx, net.Transport(id), mpc.Session{ID: sid, Topic: "keygen", Self: id, Parties: ids})
	})
	if len(errs) > 0 {
		t.Fatalf("keygen: %v", errs)
	}
	set := shares[ids[0]].Set
	if set.Threshold != 3 || len(set.Shares) != 4 {
		t.Fatalf("threshold %d of %d", set.Threshold, len(set.Shares))
	}
	for _, id := range ids {
		if string(shares[id].Set.Public) != string(set.Public) {
			t.Fatalf("party %s got another key", id)
		}
	}

	db, err := bbolt.Open(filepath.Join(t.TempDir(), "s.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st, err := sharestore.Open(db, []byte("pass"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.EncKey(mpc.EncKeyName(0)); !errors.Is(err, mpc.ErrNotFound) {
		t.Fatalf("empty store: %v", err)
	}
	if err := st.PutEncKey(mpc.EncKeyName(0), shares[ids[1]]); err != nil {
		t.Fatal(err)
	}
	loaded, err := st.EncKey(mpc.EncKeyName(0))
	if err != nil {
		t.Fatal(err)
	}

	ct, err := tdec.Encrypt(set.Public, tdec.Access{Kind: tdec.AccessAction, Value: []byte("QmAction")}, []byte("dkg works"))
	if err != nil {
		t.Fatal(err)
	}
	var got []*tdec.Share
	for _, ks := range []*tdec.KeyShare{shares[ids[0]], loaded, shares[ids[3]]} {
		s, err := ks.DecryptShare(ct.Capsule())
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, s)
	}
	pt, _, err := set.Decrypt(ct, got)
	if err != nil || string(pt) != "dkg works" {
		t.Fatalf("%q, %v", pt, err)
	}
}
