package sharestore_test

import (
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/mpctest"
)

// An erased key share is gone (ErrNotFound), the others stay, and the names
// list what is stored.
func TestStoreDeleteConfig(t *testing.T) {
	db, s := mpctest.OpenStore(t, filepath.Join(t.TempDir(), "db"), "pass")
	t.Cleanup(func() { _ = db.Close() })
	cfgs, err := mpctest.Configs(3)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"root/3", "root/4/t1"} {
		if err := s.PutConfig(name, cfgs["1"]); err != nil {
			t.Fatal(err)
		}
	}
	names, err := s.ConfigNames()
	if err != nil || !slices.Equal(names, []string{"root/3", "root/4/t1"}) {
		t.Fatalf("names %v, %v", names, err)
	}
	if err := s.DeleteConfig("root/3"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Config("root/3"); !errors.Is(err, mpc.ErrNotFound) {
		t.Fatalf("erased share: %v", err)
	}
	if _, err := s.Config("root/4/t1"); err != nil {
		t.Fatalf("other share: %v", err)
	}
	if err := s.DeleteConfig("root/3"); err != nil {
		t.Fatalf("erasing twice: %v", err)
	}
	if err := s.DeleteConfig(""); err == nil {
		t.Fatal("empty name accepted")
	}
}

// The same for encryption key shares: an erased one is gone, the others
// stay, and the names list what is stored.
func TestStoreDeleteEncKey(t *testing.T) {
	db, s := mpctest.OpenStore(t, filepath.Join(t.TempDir(), "db"), "pass")
	t.Cleanup(func() { _ = db.Close() })
	shares, _ := mpctest.EncShares(t, mpc.PartyIDs(3))
	if names, err := s.EncKeyNames(); err != nil || len(names) != 0 {
		t.Fatalf("empty store: %v, %v", names, err)
	}
	for _, name := range []string{"enc/3", "enc/4/t1"} {
		if err := s.PutEncKey(name, shares["1"]); err != nil {
			t.Fatal(err)
		}
	}
	names, err := s.EncKeyNames()
	if err != nil || !slices.Equal(names, []string{"enc/3", "enc/4/t1"}) {
		t.Fatalf("names %v, %v", names, err)
	}
	if err := s.DeleteEncKey("enc/3"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.EncKey("enc/3"); !errors.Is(err, mpc.ErrNotFound) {
		t.Fatalf("erased share: %v", err)
	}
	if _, err := s.EncKey("enc/4/t1"); err != nil {
		t.Fatalf("other share: %v", err)
	}
	if err := s.DeleteEncKey("enc/3"); err != nil {
		t.Fatalf("erasing twice: %v", err)
	}
	if err := s.DeleteEncKey(""); err == nil {
		t.Fatal("empty name accepted")
	}
}
