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
