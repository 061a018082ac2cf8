// Package replay owns a node's durable replay state: every (session key,
// request ID) the node accepted, kept in its bbolt file until the request's
// session signature expires. It is node-side only (package auth, which
// clients import, has no bbolt).
package replay

import (
	"bytes"
	"crypto/ed25519"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/auth"
)

// DefaultQuota is the default number of live (unexpired) recorded
// requests one authenticated address may have at one node.
const DefaultQuota = 100_000

// Bucket names of the replay state in the node's bbolt file.
var (
	replayBucket    = []byte("auth/replay")     // sessionKey || requestID -> expiry ms (8) || address (20)
	replayExpBucket = []byte("auth/replay-exp") // expiry ms (8) || sessionKey || requestID -> nil
)

// maxRequestIDLen bounds the request IDs the store accepts (api's limit).
const maxRequestIDLen = 64

// Store remembers every (session key, request ID) a node accepted
// until the request's session signature has expired, in the node's bbolt
// file, so that a replay is refused even after a restart. Each address may
// have at most Quota live entries, so one authenticated caller cannot crowd
// out others; only requests that passed authentication and the capability
// check are recorded, so an outsider records nothing.
type Store struct {
	db    *bbolt.DB
	quota int

	mu        sync.Mutex
	counts    map[common.Address]int // live entries per address
	lastSweep time.Time
}

// Open opens (creating its buckets) the replay state in db.
// quota <= 0 means DefaultQuota. Expired entries are swept.
func Open(db *bbolt.DB, quota int, now time.Time) (*Store, error) {
	if quota <= 0 {
		quota = DefaultQuota
	}
	s := &Store{db: db, quota: quota, counts: map[common.Address]int{}}
	err := db.Update(func(tx *bbolt.Tx) error {
		if _, err := tx.CreateBucketIfNotExists(replayBucket); err != nil {
			return err
		}
		if _, err := tx.CreateBucketIfNotExists(replayExpBucket); err != nil {
			return err
		}
		s.sweep(tx, now) // counts are built after the sweep
		return tx.Bucket(replayBucket).ForEach(func(_, v []byte) error {
			if len(v) != 28 {
				return fmt.Errorf("replay entry of %d bytes", len(v))
			}
			s.counts[common.BytesToAddress(v[8:])]++
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("auth: open replay store: %w", err)
	}
	s.lastSweep = now
	return s, nil
}

func replayKey(key ed25519.PublicKey, requestID string) []byte {
	return append(append(make([]byte, 0, len(key)+len(requestID)), key...), requestID...)
}

// Record remembers (key, requestID) for addr until until. It fails with
// auth.ErrReplay if the pair is already recorded and with auth.ErrQuota if addr has
// Quota live entries. The write is durable when Record returns.
func (s *Store) Record(addr common.Address, key ed25519.PublicKey, requestID string, until, now time.Time) error {
	if len(key) != ed25519.PublicKeySize || requestID == "" || len(requestID) > maxRequestIDLen {
		return errors.New("auth: replay record: bad key or request ID")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	k := replayKey(key, requestID)
	var swept map[common.Address]int
	var quotaErr error
	err := s.db.Update(func(tx *bbolt.Tx) error {
		swept, quotaErr = nil, nil
		b := tx.Bucket(replayBucket)
		if b.Get(k) != nil {
			return fmt.Errorf("%w: request %s", auth.ErrReplay, requestID)
		}
		if now.Sub(s.lastSweep) > 10*time.Second || s.counts[addr] >= s.quota {
			swept = s.sweep(tx, now)
		}
		if s.counts[addr]-swept[addr] >= s.quota {
			quotaErr = fmt.Errorf("%w (%d)", auth.ErrQuota, s.quota)
			return nil // commit the sweep
		}
		exp := binary.BigEndian.AppendUint64(nil, uint64(until.UnixMilli()))
		if err := b.Put(k, append(exp, addr.Bytes()...)); err != nil {
			return err
		}
		return tx.Bucket(replayExpBucket).Put(append(exp, k...), nil)
	})
	if err != nil {
		return err
	}
	// Committed: apply the sweep and the new entry to the counts.
	if swept != nil {
		s.lastSweep = now
		for a, n := range swept {
			if s.counts[a] -= n; s.counts[a] <= 0 {
				delete(s.counts, a)
			}
		}
	}
	if quotaErr != nil {
		return quotaErr
	}
	s.counts[addr]++
	return nil
}

// sweep deletes the entries that expired before now inside a write
// transaction and returns how many it deleted per address; the caller
// applies that to the counts once the transaction committed.
func (s *Store) sweep(tx *bbolt.Tx, now time.Time) map[common.Address]int {
	b, e := tx.Bucket(replayBucket), tx.Bucket(replayExpBucket)
	cut := binary.BigEndian.AppendUint64(nil, uint64(now.UnixMilli()))
	c := e.Cursor()
	var dead [][]byte
	for k, _ := c.First(); k != nil && bytes.Compare(k[:8], cut) < 0; k, _ = c.Next() {
		dead = append(dead, bytes.Clone(k))
	}
	out := map[common.Address]int{}
	for _, k := range dead {
		_ = e.Delete(k)
		mk := k[8:]
		if v := b.Get(mk); len(v) == 28 {
			out[common.BytesToAddress(v[8:])]++
		}
		_ = b.Delete(mk)
	}
	return out
}

// Len is the number of recorded requests (live or not yet swept).
func (s *Store) Len() int {
	n := 0
	_ = s.db.View(func(tx *bbolt.Tx) error {
		n = tx.Bucket(replayBucket).Stats().KeyN
		return nil
	})
	return n
}

// Live is the number of recorded requests of addr not yet swept.
func (s *Store) Live(addr common.Address) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.counts[addr]
}
