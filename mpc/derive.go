package mpc

import (
	"errors"
	"fmt"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// DeriveDomain is the domain separator of the PKP key derivation (docs/crypto.md §2).
const DeriveDomain = "pkpnet/derive/v1"

// KeyID is the 32-byte identifier the PKPNFT contract assigns to a PKP at mint.
type KeyID [32]byte

// Tweak returns delta = keccak256("pkpnet/derive/v1" || rootPub || keyId) mod q,
// where rootPub is the 33-byte SEC1-compressed root public key. The same bytes
// are hashed by PubkeyRouter on chain (abi.encodePacked of the three values).
// It returns the tweak as a 32-byte big-endian scalar.
func Tweak(rootPub []byte, keyID KeyID) ([32]byte, error) {
	if _, err := ParsePubkey(rootPub); err != nil {
		return [32]byte{}, fmt.Errorf("tweak: root key: %w", err)
	}
	h := crypto.Keccak256([]byte(DeriveDomain), rootPub, keyID[:])
	var s secp256k1.ModNScalar
	s.SetByteSlice(h) // reduces mod q
	if s.IsZero() {
		// Probability 2^-256; refuse rather than hand out the root key itself.
		return [32]byte{}, errors.New("tweak: zero tweak")
	}
	return s.Bytes(), nil
}

// ParsePubkey parses a 33-byte compressed or 65-byte uncompressed secp256k1
// public key and rejects points that are not on the curve.
func ParsePubkey(b []byte) (*secp256k1.PublicKey, error) {
	if len(b) != 33 && len(b) != 65 {
		return nil, fmt.Errorf("public key: want 33 or 65 bytes, got %d", len(b))
	}
	pk, err := secp256k1.ParsePubKey(b)
	if err != nil {
		return nil, fmt.Errorf("public key: %w", err)
	}
	return pk, nil
}

// DerivePubkey returns the PKP public key P_root + delta*G, 33 bytes compressed.
func DerivePubkey(rootPub []byte, keyID KeyID) ([]byte, error) {
	root, err := ParsePubkey(rootPub)
	if err != nil {
		return nil, fmt.Errorf("derive: root key: %w", err)
	}
	t, err := Tweak(rootPub, keyID)
	if err != nil {
		return nil, err
	}
	var delta secp256k1.ModNScalar
	delta.SetBytes(&t)
	var dG, p, sum secp256k1.JacobianPoint
	secp256k1.ScalarBaseMultNonConst(&delta, &dG)
	root.AsJacobian(&p)
	secp256k1.AddNonConst(&p, &dG, &sum)
	if (sum.X.IsZero() && sum.Y.IsZero()) || sum.Z.IsZero() {
		return nil, errors.New("derive: point at infinity")
	}
	sum.ToAffine()
	return secp256k1.NewPublicKey(&sum.X, &sum.Y).SerializeCompressed(), nil
}

// PubkeyAddress returns the Ethereum address of a compressed or uncompressed public key.
func PubkeyAddress(pub []byte) (common.Address, error) {
	pk, err := ParsePubkey(pub)
	if err != nil {
		return common.Address{}, err
	}
	return common.BytesToAddress(crypto.Keccak256(pk.SerializeUncompressed()[1:])[12:]), nil
}

// DeriveAddress returns the Ethereum address of the PKP with keyID under rootPub.
func DeriveAddress(rootPub []byte, keyID KeyID) (common.Address, error) {
	pub, err := DerivePubkey(rootPub, keyID)
	if err != nil {
		return common.Address{}, err
	}
	return PubkeyAddress(pub)
}
