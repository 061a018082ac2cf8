package chainwatch

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/contracts"
)

// bbolt buckets owned by chainwatch.
var (
	bucketMeta = []byte("chainwatch/meta")
	bucketPKPs = []byte("chainwatch/pkps")

	keyCheckpoint  = []byte("checkpoint")  // 8-byte block number || 32-byte block hash
	keyFingerprint = []byte("fingerprint") // JSON of the watched contracts and start block
	keyGlobal      = []byte("global")      // JSON globalRecord
)

const maxRecord = 1 << 20

// checkpoint is the last block whose events are all in the index.
type checkpoint struct {
	Number uint64
	Hash   common.Hash
}

func (c checkpoint) encode() []byte {
	b := make([]byte, 40)
	binary.BigEndian.PutUint64(b, c.Number)
	copy(b[8:], c.Hash[:])
	return b
}

func decodeCheckpoint(b []byte) (checkpoint, error) {
	if len(b) != 40 {
		return checkpoint{}, fmt.Errorf("checkpoint: %d bytes, want 40", len(b))
	}
	return checkpoint{Number: binary.BigEndian.Uint64(b), Hash: common.BytesToHash(b[8:])}, nil
}

type nodeRecord struct {
	Operator common.Address `json:"operator"`
	Party    int            `json:"party,omitempty"` // 0 in records written before party numbers: the position
	PeerID   []byte         `json:"peerId"`
	Hints    []string       `json:"hints,omitempty"`
}

type globalRecord struct {
	Nodes        []nodeRecord      `json:"nodes"`
	Epoch        uint64            `json:"epoch"`
	RootKey      []byte            `json:"rootKey,omitempty"`
	RootKeyEpoch uint64            `json:"rootKeyEpoch"`
	Transition   *transitionRecord `json:"transition,omitempty"`
	Applied      uint64            `json:"applied"`
	Skipped      uint64            `json:"skipped"`
}

type permRecord struct {
	Type   uint64 `json:"t"`
	ID     []byte `json:"id"`
	Pubkey []byte `json:"pk,omitempty"`
	Scopes uint8  `json:"s"`
}

type pkpRecord struct {
	Owner   common.Address `json:"owner"`
	Burned  bool           `json:"burned,omitempty"`
	Minted  bool           `json:"minted,omitempty"`
	KeyID   common.Hash    `json:"keyId"`
	Address common.Address `json:"address"`
	Perms   []permRecord   `json:"perms,omitempty"`
	Updated uint64         `json:"updated"`
}

func encodePKP(p *pkp) ([]byte, error) {
	r := pkpRecord{Owner: p.owner, Burned: p.burned, Minted: p.minted, KeyID: p.keyID, Address: p.addr, Updated: p.updated}
	p.each(func(e permEntry) bool {
		r.Perms = append(r.Perms, permRecord{Type: e.typ, ID: e.id, Pubkey: e.pubkey, Scopes: e.scopes})
		return true
	})
	return json.Marshal(r)
}

// decodePKP decodes and validates a stored PKP record.
func decodePKP(b []byte) (*pkp, error) {
	if len(b) > maxRecord {
		return nil, fmt.Errorf("pkp record: %d bytes", len(b))
	}
	var r pkpRecord
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("pkp record: %w", err)
	}
	if len(r.Perms) > maxPermsPKP {
		return nil, fmt.Errorf("pkp record: %d permissions", len(r.Perms))
	}
	p := &pkp{owner: r.Owner, burned: r.Burned, minted: r.Minted, keyID: r.KeyID, addr: r.Address, updated: r.Updated}
	for _, pm := range r.Perms {
		if pm.Type == 0 || len(pm.ID) == 0 || len(pm.ID) > maxIDBytes || len(pm.Pubkey) > maxPubkey || pm.Scopes >= 1<<(contracts.MaxScope+1) {
			return nil, errors.New("pkp record: bad permission")
		}
		if _, dup := p.find(pm.Type, pm.ID); dup {
			return nil, errors.New("pkp record: duplicate permission")
		}
		p.addPerm(pm.Type, pm.ID, pm.Pubkey, pm.Scopes)
	}
	return p, nil
}

func tokenBytes(k uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, k)
	return b
}

type fingerprint struct {
	Contracts  contracts.Addresses `json:"contracts"`
	StartBlock uint64              `json:"startBlock"`
}

// loadState reads the index and checkpoint from db. ok is false when the store is empty.
func loadState(db *bbolt.DB, fp fingerprint) (st *state, cp checkpoint, ok bool, err error) {
	st = newState()
	want, _ := json.Marshal(fp)
	err = db.View(func(tx *bbolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			return nil
		}
		if got := meta.Get(keyFingerprint); got != nil && string(got) != string(want) {
			return fmt.Errorf("store holds the index of other contracts or start block (%s), want %s", got, want)
		}
		raw := meta.Get(keyCheckpoint)
		if raw == nil {
			return nil
		}
		if cp, err = decodeCheckpoint(raw); err != nil {
			return err
		}
		var g globalRecord
		if gb := meta.Get(keyGlobal); gb != nil {
			if err := json.Unmarshal(gb, &g); err != nil {
				return fmt.Errorf("global record: %w", err)
			}
		}
		if len(g.Nodes) > maxNodes {
			return errors.New("global record: too many nodes")
		}
		for i, n := range g.Nodes {
			party := n.Party
			if party == 0 {
				party = i + 1
			}
			if party < 1 || party > maxParty {
				return errors.New("global record: party out of range")
			}
			st.nodes = append(st.nodes, Node{Index: i + 1, Party: party, Operator: n.Operator, PeerID: n.PeerID, Hints: n.Hints})
		}
		if st.trans, err = decodeTransition(g.Transition); err != nil {
			return err
		}
		st.epoch, st.rootKey, st.rootKeyEpoch, st.applied, st.skipped = g.Epoch, g.RootKey, g.RootKeyEpoch, g.Applied, g.Skipped
		if b := tx.Bucket(bucketPKPs); b != nil {
			err := b.ForEach(func(k, v []byte) error {
				if len(k) != 8 {
					return errors.New("pkp key: bad length")
				}
				p, err := decodePKP(v)
				if err != nil {
					return err
				}
				tok := binary.BigEndian.Uint64(k)
				st.pkps[tok] = p
				if p.minted {
					st.byAddr[p.addr] = tok
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
		ok = true
		return nil
	})
	if err != nil {
		return nil, checkpoint{}, false, fmt.Errorf("chainwatch store: %w", err)
	}
	st.rebuildByMethod()
	return st, cp, ok, nil
}

// rebuildByMethod recomputes the reverse index.
func (st *state) rebuildByMethod() {
	st.byMethod = newRevIndex()
	for k, p := range st.pkps {
		p.each(func(e permEntry) bool {
			st.byMethod.add(e.typ, e.id, k)
			return true
		})
	}
}

// batch is an encoded index change, ready to be written.
type batch struct {
	fp     []byte
	pkps   map[uint64][]byte
	global []byte
	cp     checkpoint
	// replace: the batch holds the whole index; drop what the store held first.
	replace bool
}

// encodeBatch encodes what ch touched. The caller holds the index lock.
func encodeBatch(fp fingerprint, st *state, ch *changes, cp checkpoint) (*batch, error) {
	b := &batch{pkps: make(map[uint64][]byte, len(ch.tokens)), cp: cp}
	var err error
	if b.fp, err = json.Marshal(fp); err != nil {
		return nil, err
	}
	for k := range ch.tokens {
		if b.pkps[k], err = encodePKP(st.pkps[k]); err != nil {
			return nil, err
		}
	}
	g := globalRecord{Epoch: st.epoch, RootKey: st.rootKey, RootKeyEpoch: st.rootKeyEpoch, Transition: encodeTransition(&st.trans), Applied: st.applied, Skipped: st.skipped}
	for _, n := range st.nodes {
		g.Nodes = append(g.Nodes, nodeRecord{Operator: n.Operator, Party: n.Party, PeerID: n.PeerID, Hints: n.Hints})
	}
	if b.global, err = json.Marshal(g); err != nil {
		return nil, err
	}
	return b, nil
}

// encodeFull encodes the whole of st, to replace everything the store holds.
func encodeFull(fp fingerprint, st *state, cp checkpoint) (*batch, error) {
	ch := &changes{global: true}
	for k := range st.pkps {
		ch.token(k)
	}
	b, err := encodeBatch(fp, st, ch, cp)
	if err != nil {
		return nil, err
	}
	b.replace = true
	return b, nil
}

// write persists the batch and its checkpoint in one transaction.
func (b *batch) write(db *bbolt.DB) error {
	return db.Update(func(tx *bbolt.Tx) error {
		if b.replace {
			if err := wipeTx(tx); err != nil {
				return err
			}
		}
		meta, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		pk, err := tx.CreateBucketIfNotExists(bucketPKPs)
		if err != nil {
			return err
		}
		if err := meta.Put(keyFingerprint, b.fp); err != nil {
			return err
		}
		// In key order: bbolt inserts into a sorted leaf and splits it only at commit,
		// so random order costs a memmove per key (25 of the 38 s of a 100k-PKP rebuild).
		keys := make([]uint64, 0, len(b.pkps))
		for k := range b.pkps {
			keys = append(keys, k)
		}
		sortUint64(keys)
		for _, k := range keys {
			if err := pk.Put(tokenBytes(k), b.pkps[k]); err != nil {
				return err
			}
		}
		if err := meta.Put(keyGlobal, b.global); err != nil {
			return err
		}
		return meta.Put(keyCheckpoint, b.cp.encode())
	})
}

// saveBatch encodes and writes in one go (tests and benchmarks).
func saveBatch(db *bbolt.DB, fp fingerprint, st *state, ch *changes, cp checkpoint) error {
	b, err := encodeBatch(fp, st, ch, cp)
	if err != nil {
		return err
	}
	return b.write(db)
}

// wipeTx deletes chainwatch's buckets (before a rebuilt index is written).
func wipeTx(tx *bbolt.Tx) error {
	for _, b := range [][]byte{bucketMeta, bucketPKPs} {
		if tx.Bucket(b) != nil {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
	}
	return nil
}
