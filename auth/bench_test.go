package auth_test

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/auth/replay"
)

// BenchmarkVerify: one session request at a node (EOA wallet, no chain).
func BenchmarkVerify(b *testing.B) {
	now := time.Now()
	s := sessionForB(b, now)
	body := pkpSignBody("req-bench-0001", "0x00")
	ss := signFor(s, peerA, testProto, body, now, time.Minute)
	v := verifier(now, nil)
	h := body.Hash()
	for b.Loop() {
		if _, err := v.Verify(context.Background(), &ss, testProto, body.RequestID, h); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReplayRecord: one durable replay record (a bbolt write
// transaction with fsync).
func BenchmarkReplayRecord(b *testing.B) {
	db, err := bbolt.Open(filepath.Join(b.TempDir(), "node.db"), 0o600, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	now := time.Now()
	s, err := replay.Open(db, 0, now)
	if err != nil {
		b.Fatal(err)
	}
	key, _, _ := ed25519.GenerateKey(nil)
	i := 0
	for b.Loop() {
		if err := s.Record(common.Address{1}, key, fmt.Sprint("req-", i), now.Add(time.Minute), now); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func sessionForB(b *testing.B, now time.Time) *auth.Session {
	key, _ := crypto.GenerateKey()
	s, err := auth.NewSession(key, auth.SessionParams{Network: testNet, ChainID: testChain, Now: now.Add(-time.Minute)})
	if err != nil {
		b.Fatal(err)
	}
	return s
}
