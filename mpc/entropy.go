package mpc

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

// Domain separators of the signing-entropy commit–reveal.
const (
	EntropyCommitDomain = "pkpnet/entropy/commit/v1"
	EntropyDomain       = "pkpnet/entropy/v1"
)

// The entropy of a signing request comes from a commit–reveal among its
// signer set S, run by the node over the PKP topic:
//
//  1. every signer j draws a nonce (NewEntropyNonce) and publishes
//     c_j = EntropyCommit(session, j, nonce_j);
//  2. once it holds the commitments of all of S, it publishes nonce_j;
//  3. everyone computes CombineEntropy, which checks each reveal against its
//     commitment and hashes all reveals in party order.
//
// The session string must bind the request (request ID, sigName, message
// hash, PKP and presignature ID), so that a commitment cannot be replayed
// into another request. A party that withholds or changes its reveal is
// named by *EntropyError and can only abort, not choose, the entropy.

// NewEntropyNonce draws a fresh 32-byte nonce from the system's randomness.
func NewEntropyNonce() ([32]byte, error) {
	var n [32]byte
	if _, err := rand.Read(n[:]); err != nil {
		return n, fmt.Errorf("entropy nonce: %w", err)
	}
	return n, nil
}

// EntropyCommit returns keccak256(domain || session || party || nonce), each
// variable field length-prefixed.
func EntropyCommit(session string, p party.ID, nonce [32]byte) [32]byte {
	var out [32]byte
	copy(out[:], crypto.Keccak256(lp([]byte(EntropyCommitDomain)), lp([]byte(session)), lp([]byte(p)), nonce[:]))
	return out
}

func lp(b []byte) []byte {
	return append(binary.BigEndian.AppendUint32(nil, uint32(len(b))), b...)
}

// EntropyError names the signers whose commitment or reveal is missing or
// whose reveal does not open its commitment.
type EntropyError struct {
	Bad     []party.ID
	Missing []party.ID
}

func (e *EntropyError) Error() string {
	var parts []string
	if len(e.Bad) > 0 {
		parts = append(parts, "reveals not matching their commitments from parties "+idList(e.Bad))
	}
	if len(e.Missing) > 0 {
		parts = append(parts, "missing commitment or reveal from parties "+idList(e.Missing))
	}
	return "entropy: " + strings.Join(parts, "; ")
}

// CombineEntropy checks every reveal of the signer set against its
// commitment and returns keccak256(domain || session || (party, nonce) for
// every signer in the canonical order, CompareParties). Entries of parties outside signers are
// ignored.
func CombineEntropy(session string, signers []party.ID, commits, reveals map[party.ID][32]byte) ([32]byte, error) {
	var out [32]byte
	if err := ValidateParties(signers, ""); err != nil {
		return out, fmt.Errorf("entropy: %w", err)
	}
	sorted := SortParties(signers)
	e := &EntropyError{}
	for _, id := range sorted {
		c, okc := commits[id]
		r, okr := reveals[id]
		switch {
		case !okc || !okr:
			e.Missing = append(e.Missing, id)
		case EntropyCommit(session, id, r) != c:
			e.Bad = append(e.Bad, id)
		}
	}
	if len(e.Bad) > 0 || len(e.Missing) > 0 {
		return out, e
	}
	h := crypto.NewKeccakState()
	h.Write(lp([]byte(EntropyDomain)))
	h.Write(lp([]byte(session)))
	for _, id := range sorted {
		r := reveals[id]
		h.Write(lp([]byte(id)))
		h.Write(r[:])
	}
	h.Read(out[:])
	return out, nil
}
