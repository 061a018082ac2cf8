package mpc

import (
	"context"
	"fmt"

	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/protocols/frost"

	"github.com/pkpnet/pkpnet/tdec"
)

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
