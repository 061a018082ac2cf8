// Package sharestore owns a node's secrets at rest: its key shares (CMP
// configs) and presignatures, encrypted in its bbolt file. It is node-side
// only (package mpc, which clients import, has no bbolt).
package sharestore

import (
	"bytes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/ecdsa"
	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp/config"
	"go.etcd.io/bbolt"
	"golang.org/x/crypto/chacha20poly1305"
	"golang.org/x/crypto/scrypt"

	"github.com/pkpnet/pkpnet/mpc"
)

// Buckets of the store in the node's bbolt file. Other components use
// other buckets of the same file.
var (
	bucketMeta    = []byte("mpc/meta")
	bucketConfigs = []byte("mpc/configs")
	bucketPresigs = []byte("mpc/presigs")
	// bucketAgreements holds, per presignature ID, every signer's signature
	// over its public data (opaque to this package; node/signing defines it).
	bucketAgreements = []byte("mpc/presign-agreements")
	metaKey          = []byte("kdf")
)

const (
	storeCheck      = "pkpnet/store/check/v1"
	storeAADPrefix  = "pkpnet/store/v1"
	maxNameLen      = 128
	maxRecordSize   = 1 << 20
	stateAvailable  = 1
	stateConsumed   = 2
	defaultScryptN  = 1 << 15
	maxScryptN      = 1 << 20
	maxPurposeLen   = 512
	maxMetaJSONSize = 16 << 10
)

// Errors of the store.
var (
	// ErrWrongPassphrase: the passphrase does not open this store. Nothing
	// was read or changed.
	ErrWrongPassphrase = errors.New("store: wrong passphrase (the store is unchanged)")
)

// Store keeps key shares (CMP configs) and presignatures in a bbolt file,
// encrypted with XChaCha20-Poly1305 under a key that scrypt derives from the
// operator's passphrase. Each record's bucket and key are its associated
// data, so records cannot be swapped. A presignature is marked consumed in
// a committed (fsynced) transaction before any share computed from it is
// returned, and its secret bytes are deleted in that same transaction.
type Store struct {
	db   *bbolt.DB
	aead cipher.AEAD
}

type kdfMeta struct {
	V     int    `json:"v"`
	KDF   string `json:"kdf"`
	N     int    `json:"n"`
	R     int    `json:"r"`
	P     int    `json:"p"`
	Salt  []byte `json:"salt"`
	Check []byte `json:"check"`
}

// OpenStore opens (creating on first use) the mpc buckets of db with the
// passphrase. A wrong passphrase yields ErrWrongPassphrase and changes
// nothing. db must not run with NoSync, which would break the
// consumed-before-release guarantee.
func Open(db *bbolt.DB, passphrase []byte) (*Store, error) {
	if db == nil {
		return nil, errors.New("store: nil database")
	}
	if db.NoSync {
		return nil, errors.New("store: bbolt NoSync is set; presignature consumption would not be durable")
	}
	if len(passphrase) == 0 {
		return nil, errors.New("store: empty passphrase")
	}
	var meta *kdfMeta
	err := db.View(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketMeta)
		if b == nil {
			return nil
		}
		v := b.Get(metaKey)
		if v == nil {
			return nil
		}
		if len(v) > maxMetaJSONSize {
			return errors.New("store: key metadata too large")
		}
		meta = &kdfMeta{}
		if err := json.Unmarshal(v, meta); err != nil {
			return fmt.Errorf("store: key metadata: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if meta != nil {
		if meta.V != 1 || meta.KDF != "scrypt" || meta.N < 2 || meta.N > maxScryptN || meta.N&(meta.N-1) != 0 ||
			meta.R < 1 || meta.R > 32 || meta.P < 1 || meta.P > 16 || len(meta.Salt) < 16 || len(meta.Salt) > 64 {
			return nil, errors.New("store: unsupported key metadata")
		}
		s, err := newStore(db, passphrase, meta)
		if err != nil {
			return nil, err
		}
		check, err := s.open(bucketMeta, metaKey, meta.Check)
		if err != nil || string(check) != storeCheck {
			return nil, ErrWrongPassphrase
		}
		return s, nil
	}
	meta = &kdfMeta{V: 1, KDF: "scrypt", N: defaultScryptN, R: 8, P: 1, Salt: make([]byte, 16)}
	if _, err := rand.Read(meta.Salt); err != nil {
		return nil, fmt.Errorf("store: salt: %w", err)
	}
	s, err := newStore(db, passphrase, meta)
	if err != nil {
		return nil, err
	}
	if meta.Check, err = s.seal(bucketMeta, metaKey, []byte(storeCheck)); err != nil {
		return nil, err
	}
	mb, err := json.Marshal(meta)
	if err != nil {
		return nil, fmt.Errorf("store: key metadata: %w", err)
	}
	err = db.Update(func(tx *bbolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		if b.Get(metaKey) != nil {
			return errors.New("store: initialised concurrently; open again")
		}
		if err := b.Put(metaKey, mb); err != nil {
			return err
		}
		for _, name := range [][]byte{bucketConfigs, bucketPresigs} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: initialise: %w", err)
	}
	return s, nil
}

func newStore(db *bbolt.DB, passphrase []byte, m *kdfMeta) (*Store, error) {
	key, err := scrypt.Key(passphrase, m.Salt, m.N, m.R, m.P, chacha20poly1305.KeySize)
	if err != nil {
		return nil, fmt.Errorf("store: derive key: %w", err)
	}
	aead, err := chacha20poly1305.NewX(key)
	clear(key)
	if err != nil {
		return nil, fmt.Errorf("store: cipher: %w", err)
	}
	return &Store{db: db, aead: aead}, nil
}

func aad(bucket, key []byte) []byte {
	a := []byte(storeAADPrefix)
	a = append(lp(a), lp(bucket)...)
	return append(a, lp(key)...)
}

func (s *Store) seal(bucket, key, plain []byte) ([]byte, error) {
	nonce := make([]byte, s.aead.NonceSize(), s.aead.NonceSize()+len(plain)+s.aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		return nil, fmt.Errorf("store: nonce: %w", err)
	}
	return s.aead.Seal(nonce, nonce, plain, aad(bucket, key)), nil
}

func (s *Store) open(bucket, key, sealed []byte) ([]byte, error) {
	ns := s.aead.NonceSize()
	if len(sealed) < ns+s.aead.Overhead() || len(sealed) > maxRecordSize {
		return nil, errors.New("store: malformed record")
	}
	plain, err := s.aead.Open(nil, sealed[:ns], sealed[ns:], aad(bucket, key))
	if err != nil {
		return nil, errors.New("store: record does not authenticate")
	}
	return plain, nil
}

func checkName(name string) error {
	if name == "" || len(name) > maxNameLen {
		return fmt.Errorf("store: name of %d bytes, want 1..%d", len(name), maxNameLen)
	}
	return nil
}

// PutConfig stores a key share under a name such as "root/<epoch>".
func (s *Store) PutConfig(name string, cfg *config.Config) error {
	if err := checkName(name); err != nil {
		return err
	}
	if cfg == nil {
		return errors.New("store: nil config")
	}
	plain, err := cfg.MarshalBinary()
	if err != nil {
		return fmt.Errorf("store: config %s: %w", name, err)
	}
	defer clear(plain)
	sealed, err := s.seal(bucketConfigs, []byte(name), plain)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bbolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketConfigs)
		if err != nil {
			return err
		}
		return b.Put([]byte(name), sealed)
	})
}

// Config loads the key share stored under name.
func (s *Store) Config(name string) (*config.Config, error) {
	if err := checkName(name); err != nil {
		return nil, err
	}
	var sealed []byte
	err := s.db.View(func(tx *bbolt.Tx) error {
		if b := tx.Bucket(bucketConfigs); b != nil {
			sealed = bytes.Clone(b.Get([]byte(name)))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if sealed == nil {
		return nil, fmt.Errorf("config %s: %w", name, mpc.ErrNotFound)
	}
	plain, err := s.open(bucketConfigs, []byte(name), sealed)
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", name, err)
	}
	defer clear(plain)
	cfg := cmp.EmptyConfig(curve.Secp256k1{})
	if err := cfg.UnmarshalBinary(plain); err != nil {
		return nil, fmt.Errorf("store: config %s: %w", name, err)
	}
	return cfg, nil
}

// presig record: state byte, u16 length, info JSON, sealed presignature
// (absent once consumed).
func encodePresigRecord(state byte, info *mpc.PresignInfo, sealed []byte) ([]byte, error) {
	ib, err := json.Marshal(info)
	if err != nil {
		return nil, err
	}
	if len(ib) > maxMetaJSONSize {
		return nil, errors.New("store: presignature info too large")
	}
	out := append([]byte{state}, binary.BigEndian.AppendUint16(nil, uint16(len(ib)))...)
	out = append(out, ib...)
	return append(out, sealed...), nil
}

func decodePresigRecord(id, v []byte) (byte, *mpc.PresignInfo, []byte, error) {
	if len(v) < 3 || len(v) > maxRecordSize {
		return 0, nil, nil, errors.New("store: malformed presignature record")
	}
	n := int(binary.BigEndian.Uint16(v[1:3]))
	if len(v) < 3+n {
		return 0, nil, nil, errors.New("store: malformed presignature record")
	}
	info := &mpc.PresignInfo{}
	if err := json.Unmarshal(v[3:3+n], info); err != nil {
		return 0, nil, nil, fmt.Errorf("store: presignature record: %w", err)
	}
	info.ID = bytes.Clone(id)
	// Records written before the canonical order was fixed may hold
	// another order.
	info.Signers = mpc.SortParties(info.Signers)
	return v[0], info, bytes.Clone(v[3+n:]), nil
}

// PutPresign stores this party's share of a presignature made for the key
// share stored under key, without an agreement (tests and tools; nodes store
// presignatures with PutPresignAgreed). Storing an ID that exists (even
// consumed) fails.
func (s *Store) PutPresign(key string, pre *ecdsa.PreSignature) error {
	return s.putPresign(key, pre, nil)
}

// maxAgreementSize caps a stored presignature agreement.
const maxAgreementSize = 1 << 20

// PutPresignAgreed stores this party's share of a presignature together with
// its agreement (every signer's signature over its public data) in one
// transaction. Storing an ID that exists fails.
func (s *Store) PutPresignAgreed(key string, pre *ecdsa.PreSignature, agreement []byte) error {
	if len(agreement) == 0 || len(agreement) > maxAgreementSize {
		return fmt.Errorf("store: agreement of %d bytes", len(agreement))
	}
	return s.putPresign(key, pre, agreement)
}

// putPresign stores a presignature and, when agreement is not nil, its
// agreement, in one transaction.
func (s *Store) putPresign(key string, pre *ecdsa.PreSignature, agreement []byte) error {
	if err := checkName(key); err != nil {
		return err
	}
	plain, err := mpc.MarshalPresign(pre)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	defer clear(plain)
	id := bytes.Clone(pre.ID)
	sealed, err := s.seal(bucketPresigs, id, plain)
	if err != nil {
		return err
	}
	info := &mpc.PresignInfo{Key: key, Signers: mpc.SignersOf(pre), Created: time.Now().Unix()}
	rec, err := encodePresigRecord(stateAvailable, info, sealed)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bbolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketPresigs)
		if err != nil {
			return err
		}
		if b.Get(id) != nil {
			return fmt.Errorf("store: presignature %x exists", id[:8])
		}
		if err := b.Put(id, rec); err != nil {
			return err
		}
		if agreement == nil {
			return nil
		}
		ab, err := tx.CreateBucketIfNotExists(bucketAgreements)
		if err != nil {
			return err
		}
		return ab.Put(id, bytes.Clone(agreement))
	})
}

// PresignAgreement returns the agreement stored with a presignature, or
// mpc.ErrNotFound for one stored without (before agreements existed).
func (s *Store) PresignAgreement(id []byte) ([]byte, error) {
	var out []byte
	err := s.db.View(func(tx *bbolt.Tx) error {
		if b := tx.Bucket(bucketAgreements); b != nil {
			out = bytes.Clone(b.Get(id))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if out == nil {
		return nil, fmt.Errorf("presignature agreement: %w", mpc.ErrNotFound)
	}
	if len(out) > maxAgreementSize {
		return nil, errors.New("store: agreement record too large")
	}
	return out, nil
}

// DiscardPresign marks an unused presignature consumed for purpose and
// deletes its secret bytes, without computing any share.
func (s *Store) DiscardPresign(id []byte, purpose string) error {
	if len(purpose) > maxPurposeLen {
		return fmt.Errorf("store: purpose of %d bytes exceeds %d", len(purpose), maxPurposeLen)
	}
	return s.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketPresigs)
		if b == nil {
			return fmt.Errorf("presignature: %w", mpc.ErrNotFound)
		}
		v := b.Get(id)
		if v == nil {
			return fmt.Errorf("presignature: %w", mpc.ErrNotFound)
		}
		state, info, _, err := decodePresigRecord(id, v)
		if err != nil {
			return err
		}
		if state != stateAvailable {
			return nil
		}
		info.ConsumedAt = time.Now().Unix()
		info.ConsumedFor = purpose
		rec, err := encodePresigRecord(stateConsumed, info, nil)
		if err != nil {
			return err
		}
		return b.Put(id, rec)
	})
}

// Presigns lists the stored presignatures, consumed ones included when all
// is true.
func (s *Store) Presigns(all bool) ([]mpc.PresignInfo, error) {
	var out []mpc.PresignInfo
	err := s.db.View(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketPresigs)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			state, info, _, err := decodePresigRecord(k, v)
			if err != nil {
				return err
			}
			if state == stateAvailable || all {
				out = append(out, *info)
			}
			return nil
		})
	})
	return out, err
}

// PresignState returns the bookkeeping of one presignature.
func (s *Store) PresignState(id []byte) (mpc.PresignInfo, error) {
	var info *mpc.PresignInfo
	err := s.db.View(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketPresigs)
		if b == nil {
			return nil
		}
		v := b.Get(id)
		if v == nil {
			return nil
		}
		var err error
		_, info, _, err = decodePresigRecord(id, v)
		return err
	})
	if err != nil {
		return mpc.PresignInfo{}, err
	}
	if info == nil {
		return mpc.PresignInfo{}, fmt.Errorf("presignature: %w", mpc.ErrNotFound)
	}
	return *info, nil
}

// ReleaseShare is the only way a stored presignature yields a share. In one
// committed bbolt transaction it checks that the presignature is unused,
// that self is one of its signers and that req is well formed, then marks
// it consumed for purpose (e.g. "request <id> sig <name>") and deletes its
// secret bytes. It computes the share (mpc.SignShare, which also checks
// req against the presignature) inside the transaction and returns it only
// after the commit. A crash in between wastes the presignature; it can never
// be used twice (docs/invariants.md#I1). Bad input consumes nothing.
func (s *Store) ReleaseShare(presignID []byte, self party.ID, req mpc.SignRequest, purpose string) (mpc.Share, *mpc.PresignPublic, error) {
	if len(presignID) != mpc.PresignIDLen {
		return mpc.Share{}, nil, fmt.Errorf("store: presignature ID of %d bytes, want %d", len(presignID), mpc.PresignIDLen)
	}
	if len(purpose) > maxPurposeLen {
		return mpc.Share{}, nil, fmt.Errorf("store: purpose of %d bytes exceeds %d", len(purpose), maxPurposeLen)
	}
	var share mpc.Share
	var pub *mpc.PresignPublic
	err := s.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketPresigs)
		if b == nil {
			return fmt.Errorf("presignature %x: %w", presignID[:8], mpc.ErrNotFound)
		}
		v := b.Get(presignID)
		if v == nil {
			return fmt.Errorf("presignature %x: %w", presignID[:8], mpc.ErrNotFound)
		}
		state, info, sealed, err := decodePresigRecord(presignID, v)
		if err != nil {
			return err
		}
		if state != stateAvailable {
			return fmt.Errorf("presignature %x (consumed for %q): %w", presignID[:8], info.ConsumedFor, mpc.ErrConsumed)
		}
		plain, err := s.open(bucketPresigs, presignID, sealed)
		if err != nil {
			return fmt.Errorf("presignature %x: %w", presignID[:8], err)
		}
		pre, err := mpc.UnmarshalPresign(plain)
		clear(plain)
		if err != nil {
			return fmt.Errorf("store: %w", err)
		}
		// Checks that self is a signer and req fits; computed here,
		// returned only once the consumption is durable.
		if share, pub, err = mpc.SignShare(pre, self, req); err != nil {
			return err
		}
		info.ConsumedAt = time.Now().Unix()
		info.ConsumedFor = purpose
		rec, err := encodePresigRecord(stateConsumed, info, nil)
		if err != nil {
			return err
		}
		return b.Put(presignID, rec)
	})
	if err != nil {
		return mpc.Share{}, nil, err
	}
	// Durably consumed: only now does the share leave.
	return share, pub, nil
}

// Available lists the unused presignatures of the key share key whose
// signer set is exactly signers (in any order), oldest first: the
// candidates a coordinator assigns to a request for that signer set.
func (s *Store) Available(key string, signers []party.ID) ([]mpc.PresignInfo, error) {
	want := mpc.SortParties(signers)
	all, err := s.Presigns(false)
	if err != nil {
		return nil, err
	}
	var out []mpc.PresignInfo
	for _, p := range all {
		if p.Key == key && slices.Equal(p.Signers, want) {
			out = append(out, p)
		}
	}
	slices.SortStableFunc(out, func(a, b mpc.PresignInfo) int { return int(a.Created - b.Created) })
	return out, nil
}

// lp is b with its length as a big-endian uint32 in front.
func lp(b []byte) []byte {
	return append(binary.BigEndian.AppendUint32(nil, uint32(len(b))), b...)
}
