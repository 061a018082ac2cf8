package sharestore

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/tdec"
)

// bucketEncKeys holds the network encryption key shares (tdec), sealed like
// the CMP configs.
var bucketEncKeys = []byte("mpc/enckeys")

// encRecord is the stored form of an encryption key share (sealed).
type encRecord struct {
	Self   string            `json:"self"`
	Secret []byte            `json:"secret"`
	Public []byte            `json:"public"`
	T      int               `json:"t"`
	Shares map[string][]byte `json:"shares"`
}

// PutEncKey stores an encryption key share under name (mpc.EncKeyName).
func (s *Store) PutEncKey(name string, ks *tdec.KeyShare) error {
	if err := checkName(name); err != nil {
		return err
	}
	if ks == nil {
		return errors.New("store: nil encryption key share")
	}
	secret := ks.SecretBytes()
	defer clear(secret)
	plain, err := json.Marshal(encRecord{Self: ks.Self, Secret: secret, Public: ks.Set.Public, T: ks.Set.Threshold, Shares: ks.Set.Shares})
	if err != nil {
		return fmt.Errorf("store: encryption key %s: %w", name, err)
	}
	defer clear(plain)
	sealed, err := s.seal(bucketEncKeys, []byte(name), plain)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bbolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketEncKeys)
		if err != nil {
			return err
		}
		return b.Put([]byte(name), sealed)
	})
}

// EncKey loads the encryption key share stored under name.
func (s *Store) EncKey(name string) (*tdec.KeyShare, error) {
	if err := checkName(name); err != nil {
		return nil, err
	}
	var sealed []byte
	if err := s.db.View(func(tx *bbolt.Tx) error {
		if b := tx.Bucket(bucketEncKeys); b != nil {
			sealed = bytes.Clone(b.Get([]byte(name)))
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if sealed == nil {
		return nil, fmt.Errorf("encryption key %s: %w", name, mpc.ErrNotFound)
	}
	plain, err := s.open(bucketEncKeys, []byte(name), sealed)
	if err != nil {
		return nil, fmt.Errorf("encryption key %s: %w", name, err)
	}
	defer clear(plain)
	var r encRecord
	if err := json.Unmarshal(plain, &r); err != nil {
		return nil, fmt.Errorf("store: encryption key %s: %w", name, err)
	}
	defer clear(r.Secret)
	ks, err := tdec.NewKeyShare(r.Self, r.Secret, tdec.KeySet{Public: r.Public, Threshold: r.T, Shares: r.Shares})
	if err != nil {
		return nil, fmt.Errorf("store: encryption key %s: %w", name, err)
	}
	return ks, nil
}
