package sharestore_test

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/mpctest"
	"github.com/pkpnet/pkpnet/mpc/sharestore"
)

// storeFixture opens a store for party 1 of the n=3 fixtures holding its
// config and the presignatures it signs.
func storeFixture(t *testing.T, path string) (*bbolt.DB, *sharestore.Store, []mpctest.Presig) {
	t.Helper()
	cfgs, pres := mpctest.Load(t, 3)
	db, s := mpctest.OpenStore(t, path, "correct horse")
	if err := s.PutConfig("root/1", cfgs["1"]); err != nil {
		t.Fatal(err)
	}
	var mine []mpctest.Presig
	for _, p := range pres {
		if pre := p.Shares["1"]; pre != nil {
			if err := s.PutPresign("root/1", pre); err != nil {
				t.Fatal(err)
			}
			mine = append(mine, p)
		}
	}
	return db, s, mine
}

func fixtureRequest(t *testing.T) mpc.SignRequest {
	cfgs, err := mpctest.Configs(3)
	if err != nil {
		t.Fatal(err)
	}
	root, _ := mpc.RootPubkey(cfgs["1"])
	return mpc.SignRequest{RootPub: root, KeyID: mpc.KeyID{7}, Hash: bytes.Repeat([]byte{9}, 32), Entropy: [32]byte{1}}
}

func TestStoreConsumesOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	db, s, mine := storeFixture(t, path)
	id := mine[0].Shares["1"].ID
	req := fixtureRequest(t)

	// Bad input consumes nothing.
	bad := []struct {
		name string
		req  mpc.SignRequest
		self party.ID
	}{
		{"short hash", mpc.SignRequest{RootPub: req.RootPub, Hash: req.Hash[:31]}, "1"},
		{"root key not on curve", mpc.SignRequest{RootPub: append([]byte{2}, bytes.Repeat([]byte{0xff}, 32)...), Hash: req.Hash}, "1"},
		{"uncompressed root", mpc.SignRequest{RootPub: make([]byte, 65), Hash: req.Hash}, "1"},
		{"not a signer", req, party.ID(otherThan(mine[0].Signers))},
	}
	for _, c := range bad {
		if _, _, err := s.ReleaseShare(id, c.self, c.req, "bad"); err == nil {
			t.Fatalf("%s: share released", c.name)
		}
	}
	if _, _, err := s.ReleaseShare(id[:5], "1", req, "x"); err == nil {
		t.Fatal("short presignature ID accepted")
	}
	if info, err := s.PresignState(id); err != nil || info.Consumed() {
		t.Fatalf("bad input consumed the presignature: %+v %v", info, err)
	}

	if _, _, err := s.ReleaseShare(id, "1", req, "request A"); err != nil {
		t.Fatal(err)
	}
	_, _, err := s.ReleaseShare(id, "1", req, "request B")
	if !errors.Is(err, mpc.ErrConsumed) {
		t.Fatalf("second use: %v", err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, s = mpctest.OpenStore(t, path, "correct horse")
	defer db.Close()
	if _, _, err := s.ReleaseShare(id, "1", req, "request C"); !errors.Is(err, mpc.ErrConsumed) {
		t.Fatalf("use after reopen: %v", err)
	}
	info, err := s.PresignState(id)
	if err != nil || info.ConsumedFor != "request A" {
		t.Fatalf("consumption record %+v %v", info, err)
	}
	avail, err := s.Presigns(false)
	if err != nil || len(avail) != len(mine)-1 {
		t.Fatalf("%d available after one use, want %d (%v)", len(avail), len(mine)-1, err)
	}
	if err := s.PutPresign("root/1", mine[0].Shares["1"]); err == nil {
		t.Fatal("a consumed presignature was stored again")
	}
	// Available filters by key and exact signer set, and skips consumed ones.
	set := mine[0].Signers
	rev := []party.ID{set[1], set[0]}
	got, err := s.Available("root/1", rev)
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, p := range mine[1:] {
		if slices.Equal(p.Signers, set) {
			want++
		}
	}
	if len(got) != want || want == 0 {
		t.Fatalf("Available(%v) = %d, want %d", rev, len(got), want)
	}
	for _, p := range got {
		if bytes.Equal(p.ID, id) {
			t.Fatal("consumed presignature listed as available")
		}
	}
	if other, _ := s.Available("root/2", set); len(other) != 0 {
		t.Fatal("presignatures of another key listed")
	}
}

func otherThan(signers []party.ID) string {
	for _, id := range []party.ID{"1", "2", "3"} {
		if !containsID(signers, id) {
			return string(id)
		}
	}
	return "9"
}

func containsID(ids []party.ID, id party.ID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// TestStoreCrashAfterRelease runs a child process that releases a share and
// exits abruptly without closing the database; the presignature stays
// consumed when the parent reopens the file.
func TestStoreCrashAfterRelease(t *testing.T) {
	if path := os.Getenv("PKPNET_MPC_CRASH_DB"); path != "" {
		crashChild(path)
		return
	}
	path := filepath.Join(t.TempDir(), "node.db")
	db, _, mine := storeFixture(t, path)
	db.Close()
	id := mine[0].Shares["1"].ID
	cmd := exec.Command(os.Args[0], "-test.run=^TestStoreCrashAfterRelease$")
	cmd.Env = append(os.Environ(), "PKPNET_MPC_CRASH_DB="+path, "PKPNET_MPC_CRASH_ID="+hex.EncodeToString(id))
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 3 || !strings.Contains(string(out), "released") {
		t.Fatalf("child: %v\n%s", err, out)
	}
	db, s := mpctest.OpenStore(t, path, "correct horse")
	defer db.Close()
	if _, _, err := s.ReleaseShare(id, "1", fixtureRequest(t), "after crash"); !errors.Is(err, mpc.ErrConsumed) {
		t.Fatalf("after crash: %v", err)
	}
}

func crashChild(path string) {
	id, _ := hex.DecodeString(os.Getenv("PKPNET_MPC_CRASH_ID"))
	db, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	s, err := sharestore.Open(db, []byte("correct horse"))
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	cfgs, _ := mpctest.Configs(3)
	root, _ := mpc.RootPubkey(cfgs["1"])
	req := mpc.SignRequest{RootPub: root, Hash: make([]byte, 32), Entropy: [32]byte{2}}
	req.Hash[0] = 1
	if _, _, err := s.ReleaseShare(id, "1", req, "crash"); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Println("released")
	os.Exit(3) // no Close: a crash
}

func TestStoreWrongPassphrase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	db, s, mine := storeFixture(t, path)
	before, _ := s.Presigns(true)
	db.Close()
	raw, _ := os.ReadFile(path)

	db, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sharestore.Open(db, []byte("wrong horse")); !errors.Is(err, sharestore.ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	if _, err := sharestore.Open(db, nil); err == nil {
		t.Fatal("empty passphrase accepted")
	}
	db.Close()
	after, _ := os.ReadFile(path)
	if !bytes.Equal(raw, after) {
		t.Fatal("opening with a wrong passphrase changed the file")
	}
	db, s = mpctest.OpenStore(t, path, "correct horse")
	defer db.Close()
	cfg, err := s.Config("root/1")
	if err != nil {
		t.Fatal(err)
	}
	cfgs, _ := mpctest.Configs(3)
	if !cfg.ECDSA.Equal(cfgs["1"].ECDSA) {
		t.Fatal("config changed")
	}
	now, _ := s.Presigns(true)
	if len(now) != len(before) || len(now) != len(mine) {
		t.Fatalf("%d presignatures, had %d", len(now), len(before))
	}
	if _, _, err := s.ReleaseShare(mine[1].Shares["1"].ID, "1", fixtureRequest(t), "ok"); err != nil {
		t.Fatalf("presignature unusable after a wrong passphrase: %v", err)
	}
	if _, err := s.Config("root/2"); !errors.Is(err, mpc.ErrNotFound) {
		t.Fatalf("missing config: %v", err)
	}
}

// TestStoreNoPlaintext greps the database file for the secret bytes: the
// ECDSA share, the Paillier primes, the presignature shares k_i and chi_i.
func TestStoreNoPlaintext(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	db, _, mine := storeFixture(t, path)
	db.Close()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cfgs, _ := mpctest.Configs(3)
	cfg := cfgs["1"]
	secrets := map[string][]byte{}
	secrets["ecdsa share"], _ = cfg.ECDSA.MarshalBinary()
	secrets["elgamal secret"], _ = cfg.ElGamal.MarshalBinary()
	secrets["paillier p"] = cfg.Paillier.P().Big().Bytes()
	secrets["paillier q"] = cfg.Paillier.Q().Big().Bytes()
	full, _ := cfg.MarshalBinary()
	secrets["config head"] = full[:64]
	for i, p := range mine {
		pre := p.Shares["1"]
		secrets[fmt.Sprintf("k share %d", i)], _ = pre.KShare.MarshalBinary()
		secrets[fmt.Sprintf("chi share %d", i)], _ = pre.ChiShare.MarshalBinary()
	}
	for name, b := range secrets {
		if len(b) < 16 {
			t.Fatalf("%s: only %d bytes to look for", name, len(b))
		}
		if bytes.Contains(raw, b) {
			t.Errorf("%s found in plaintext in the store file", name)
		}
	}
	// The check itself works: the presignature IDs are stored in clear.
	if !bytes.Contains(raw, mine[0].Shares["1"].ID) {
		t.Fatal("grep found not even the public presignature ID")
	}
}

// TestStoreAgreements: a presignature stored with its agreement returns
// it; one stored without has none; a discarded one is consumed and yields
// no share.
func TestStoreAgreements(t *testing.T) {
	_, s, mine := storeFixture(t, filepath.Join(t.TempDir(), "node.db"))
	pres, err := mpctest.Presigs(3)
	if err != nil {
		t.Fatal(err)
	}
	var agreed []byte
	for _, p := range pres {
		if pre := p.Shares["2"]; pre != nil && p.Shares["1"] == nil {
			if err := s.PutPresignAgreed("root/1", pre, []byte(`{"2":"AQ=="}`)); err != nil {
				t.Fatal(err)
			}
			agreed = pre.ID
			if err := s.PutPresignAgreed("root/1", pre, []byte(`{}`)); err == nil {
				t.Fatal("stored the same presignature twice")
			}
			break
		}
	}
	if got, err := s.PresignAgreement(agreed); err != nil || string(got) != `{"2":"AQ=="}` {
		t.Fatalf("agreement %q, %v", got, err)
	}
	old := mine[0].Shares["1"].ID
	if _, err := s.PresignAgreement(old); !errors.Is(err, mpc.ErrNotFound) {
		t.Fatalf("presignature stored without agreement: %v", err)
	}
	if err := s.DiscardPresign(old, "discarded at load"); err != nil {
		t.Fatal(err)
	}
	st, err := s.PresignState(old)
	if err != nil || !st.Consumed() || st.ConsumedFor != "discarded at load" {
		t.Fatalf("after discard: %+v, %v", st, err)
	}
	if _, _, err := s.ReleaseShare(old, "1", fixtureRequest(t), "x"); !errors.Is(err, mpc.ErrConsumed) {
		t.Fatalf("release after discard: %v", err)
	}
	if err := s.DiscardPresign(make([]byte, 32), "x"); !errors.Is(err, mpc.ErrNotFound) {
		t.Fatalf("discard of an unknown ID: %v", err)
	}
	if err := s.PutPresignAgreed("root/1", mine[1].Shares["1"], nil); err == nil {
		t.Fatal("stored a presignature with an empty agreement")
	}
}
