package replay_test

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/auth/replay"
)

func openDB(t *testing.T, path string) *bbolt.DB {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// TestReplayStoreRestart: a recorded (session key, request ID) is refused
// again, also after the store is closed and reopened, until it expires.
func TestReplayStoreRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	now := time.Now()
	key, _, _ := ed25519.GenerateKey(nil)
	addr := common.HexToAddress("0x1111111111111111111111111111111111111111")
	db := openDB(t, path)
	s, err := replay.Open(db, 0, now)
	if err != nil {
		t.Fatal(err)
	}
	until := now.Add(time.Minute)
	if err := s.Record(addr, key, "req-1", until, now); err != nil {
		t.Fatal(err)
	}
	if err := s.Record(addr, key, "req-1", until, now); !errors.Is(err, auth.ErrReplay) {
		t.Fatalf("replay: %v", err)
	}
	other, _, _ := ed25519.GenerateKey(nil)
	if err := s.Record(addr, other, "req-1", until, now); err != nil {
		t.Fatalf("same request ID, another session key: %v", err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db = openDB(t, path)
	defer db.Close()
	s, err = replay.Open(db, 0, now.Add(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Record(addr, key, "req-1", until, now.Add(time.Second)); !errors.Is(err, auth.ErrReplay) {
		t.Fatalf("replay after restart: %v", err)
	}
	if got := s.Live(addr); got != 2 {
		t.Fatalf("live entries after restart: %d, want 2", got)
	}
	// Reopened after the entries expired: swept.
	later := until.Add(time.Second)
	s, err = replay.Open(db, 0, later)
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() != 0 || s.Live(addr) != 0 {
		t.Fatalf("after expiry: %d entries, %d live", s.Len(), s.Live(addr))
	}
}

// TestReplayQuota: one address at its quota is refused, another address is
// not; once its entries expire the first one may record again.
func TestReplayQuota(t *testing.T) {
	db := openDB(t, filepath.Join(t.TempDir(), "node.db"))
	defer db.Close()
	now := time.Now()
	s, err := replay.Open(db, 3, now)
	if err != nil {
		t.Fatal(err)
	}
	key, _, _ := ed25519.GenerateKey(nil)
	flood := common.HexToAddress("0x2222222222222222222222222222222222222222")
	user := common.HexToAddress("0x3333333333333333333333333333333333333333")
	for i := range 3 {
		if err := s.Record(flood, key, fmt.Sprint("flood-", i), now.Add(time.Minute), now); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Record(flood, key, "flood-3", now.Add(time.Minute), now); !errors.Is(err, auth.ErrQuota) {
		t.Fatalf("over quota: %v", err)
	}
	ukey, _, _ := ed25519.GenerateKey(nil)
	if err := s.Record(user, ukey, "user-1", now.Add(time.Minute), now); err != nil {
		t.Fatalf("another address while one is at its quota: %v", err)
	}
	later := now.Add(2 * time.Minute)
	if err := s.Record(flood, key, "flood-3", later.Add(time.Minute), later); err != nil {
		t.Fatalf("after the flood expired: %v", err)
	}
	if got := s.Live(flood); got != 1 {
		t.Fatalf("live after sweep: %d, want 1", got)
	}
}

func TestReplayRecordBadInput(t *testing.T) {
	db := openDB(t, filepath.Join(t.TempDir(), "node.db"))
	defer db.Close()
	s, err := replay.Open(db, 0, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	key, _, _ := ed25519.GenerateKey(nil)
	for name, c := range map[string]struct {
		key ed25519.PublicKey
		rid string
	}{"short key": {key[:5], "r"}, "empty id": {key, ""}, "long id": {key, string(make([]byte, 65))}} {
		if err := s.Record(common.Address{}, c.key, c.rid, time.Now(), time.Now()); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
