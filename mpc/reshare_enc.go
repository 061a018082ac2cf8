package mpc

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/tdec"
)

// encChainKey is the chain key slot of an encryption-key dealing: the
// Shamir shares carry no chain key, so every dealer commits to this fixed
// public value (the dealing's wire form has a fixed-size slot).
var encChainKey = make([]byte, chainKeyLen)

// EncSessionID is the dealing session of the encryption key in the
// transition of p: the root key's session with a suffix, so the two
// dealings of one transition never mix.
func EncSessionID(p ReshareParams) string { return p.SessionID() + "/enc" }

// ReshareShamir moves the network encryption key (plain Shamir shares,
// tdec) from the old set to the next set with the dealing of Reshare:
// Feldman-verified shares of the dealers' Lagrange-weighted old shares,
// views, complaints and public reveals, and the same blame rules
// (*DealerError, *ProtocolError, *EquivocationError, *DisputeError,
// ErrRootMismatch). No refresh follows: the dealt share is the result.
// p.RootPubkey is the encryption key P (33 bytes); the dealt constant terms
// must sum to it. old is this party's share of the old epoch: required for
// a dealer, optional for a member of Next that is not a dealer, nil for a
// party only in Next. The session is EncSessionID(p).
//
// It returns this party's share of the next epoch, whose key set holds P,
// threshold Threshold(len(Next)) and every next member's public share as
// computed from the commitments, or nil for a dealer not in Next.
func ReshareShamir(ctx context.Context, tr Transport, p ReshareParams, old *tdec.KeyShare) (*tdec.KeyShare, error) {
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("encryption %w", err)
	}
	var ok *oldKey
	if old != nil {
		k, err := oldKeyOfShare(p, old)
		if err != nil {
			return nil, fmt.Errorf("encryption reshare: %w", err)
		}
		ok = k
		defer ok.secret.Set(curve.Secp256k1{}.NewScalar())
	}
	d, err := newDealing(p, EncSessionID(p), ok)
	if err != nil {
		return nil, fmt.Errorf("encryption %w", err)
	}
	res, err := d.run(ctx, tr)
	if err != nil {
		return nil, fmt.Errorf("encryption reshare: %w", err)
	}
	if res == nil {
		return nil, nil
	}
	defer res.share.Set(curve.Secp256k1{}.NewScalar())
	set := tdec.KeySet{Public: bytes.Clone(p.RootPubkey), Threshold: d.tNext, Shares: map[string][]byte{}}
	for id, x := range res.public {
		b, err := x.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("encryption reshare: public share of %s: %w", id, err)
		}
		set.Shares[string(id)] = b
	}
	secret, err := res.share.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("encryption reshare: %w", err)
	}
	defer clear(secret)
	ks, err := tdec.NewKeyShare(string(p.Self), secret, set)
	if err != nil {
		return nil, fmt.Errorf("encryption reshare: %w", err)
	}
	return ks, nil
}

// oldKeyOfShare checks that old is this party's share of the key p moves
// (same party, old set, threshold and key P) and converts it. The caller
// clears the returned secret.
func oldKeyOfShare(p ReshareParams, old *tdec.KeyShare) (*oldKey, error) {
	if old.Self != string(p.Self) {
		return nil, fmt.Errorf("old share is party %s, self is %s", old.Self, p.Self)
	}
	ids := make([]party.ID, 0, len(old.Set.Shares))
	for id := range old.Set.Shares {
		ids = append(ids, party.ID(id))
	}
	if !SameParties(ids, p.Old) {
		return nil, fmt.Errorf("old share's parties %v differ from the old set %v", SortParties(ids), p.Old)
	}
	if old.Set.Threshold != p.OldThreshold {
		return nil, fmt.Errorf("old share takes %d shares, params say %d", old.Set.Threshold, p.OldThreshold)
	}
	if !bytes.Equal(old.Set.Public, p.RootPubkey) {
		return nil, errors.New("old share is for another key")
	}
	// old.Set was validated by tdec.NewKeyShare: the public shares lie on
	// one polynomial through P, and the secret matches this party's.
	group := curve.Secp256k1{}
	k := &oldKey{public: map[party.ID]curve.Point{}, chainKey: encChainKey}
	for id, b := range old.Set.Shares {
		pt := group.NewPoint()
		if err := pt.UnmarshalBinary(b); err != nil {
			return nil, fmt.Errorf("old public share of %s: %w", id, err)
		}
		k.public[party.ID(id)] = pt
	}
	secret := old.SecretBytes()
	defer clear(secret)
	k.secret = group.NewScalar()
	if err := k.secret.UnmarshalBinary(secret); err != nil {
		return nil, errors.New("old secret share is malformed")
	}
	if !k.secret.ActOnBase().Equal(k.public[p.Self]) {
		k.secret.Set(group.NewScalar())
		return nil, errors.New("old share does not match its public share")
	}
	return k, nil
}
