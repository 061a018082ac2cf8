package mpc

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/protocols/frost"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/tdec"
)

// bucketEncKeys holds the network encryption key shares (tdec), sealed like
// the CMP configs.
var bucketEncKeys = []byte("mpc/enckeys")

// EncKeyName is the store name of the network encryption key share of an
// epoch. Resharing (the epochs work) writes the next epoch's name.
func EncKeyName(epoch uint64) string { return fmt.Sprintf("enc/%d", epoch) }

// EncKeygen runs a threshold DKG for the network encryption key among
// s.Parties: multi-party-sig's FROST keygen (Pedersen DKG with Feldman
// commitments and proofs of knowledge; no Paillier), T = Threshold(n)
// shares decrypt. The key is separate from the CMP root key.
func EncKeygen(ctx context.Context, tr Transport, s Session) (*tdec.KeyShare, error) {
	if err := checkSession(s); err != nil {
		return nil, fmt.Errorf("encryption keygen: %w", err)
	}
	T := Threshold(len(s.Parties))
	start := frost.Keygen(curve.Secp256k1{}, s.Self, s.Parties, T-1)
	res, err := run(ctx, tr, s, start, nil)
	if err != nil {
		return nil, fmt.Errorf("encryption keygen: %w", err)
	}
	cfg, ok := res.(*frost.Config)
	if !ok {
		return nil, fmt.Errorf("encryption keygen: unexpected result %T", res)
	}
	return encShareOf(cfg)
}

func encShareOf(cfg *frost.Config) (*tdec.KeyShare, error) {
	pub, err := cfg.PublicKey.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("encryption key: %w", err)
	}
	set := tdec.KeySet{Public: pub, Threshold: cfg.Threshold + 1, Shares: map[string][]byte{}}
	for id, p := range cfg.VerificationShares.Points {
		b, err := p.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("encryption key: public share %s: %w", id, err)
		}
		set.Shares[string(id)] = b
	}
	secret, err := cfg.PrivateShare.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("encryption key: %w", err)
	}
	defer clear(secret)
	ks, err := tdec.NewKeyShare(string(cfg.ID), secret, set)
	if err != nil {
		return nil, fmt.Errorf("encryption key: %w", err)
	}
	return ks, nil
}

// encRecord is the stored form of an encryption key share (sealed).
type encRecord struct {
	Self   string            `json:"self"`
	Secret []byte            `json:"secret"`
	Public []byte            `json:"public"`
	T      int               `json:"t"`
	Shares map[string][]byte `json:"shares"`
}

// PutEncKey stores an encryption key share under name (EncKeyName).
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
		return nil, fmt.Errorf("encryption key %s: %w", name, ErrNotFound)
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
