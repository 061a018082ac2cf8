package mpc

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

// MaxParties caps the number of parties of any session.
const MaxParties = 256

// MaxSessionIDLen caps the length of a session ID.
const MaxSessionIDLen = 256

// Threshold returns the number of signers T = ceil(2n/3) that signing takes
// with n parties. multi-party-sig's threshold parameter is Threshold(n)-1.
func Threshold(n int) int {
	if n <= 0 {
		return 0
	}
	return (2*n + 2) / 3
}

// ValidPartyID reports whether id is a party ID as pkpnet uses them: the
// decimal 1-based registry index without leading zeros, "1".."256".
func ValidPartyID(id party.ID) error {
	s := string(id)
	if s == "" || len(s) > 3 || s[0] == '0' {
		return fmt.Errorf("party ID %q: want a decimal 1..%d", truncate(s, 16), MaxParties)
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > MaxParties {
		return fmt.Errorf("party ID %q: want a decimal 1..%d", truncate(s, 16), MaxParties)
	}
	return nil
}

// ValidateParties checks a party list: valid IDs, no duplicates, at least
// two parties, and self (when not empty) among them.
func ValidateParties(parties []party.ID, self party.ID) error {
	if len(parties) < 2 || len(parties) > MaxParties {
		return fmt.Errorf("parties: want 2..%d, got %d", MaxParties, len(parties))
	}
	seen := make(map[party.ID]bool, len(parties))
	for _, id := range parties {
		if err := ValidPartyID(id); err != nil {
			return err
		}
		if seen[id] {
			return fmt.Errorf("parties: duplicate party %s", id)
		}
		seen[id] = true
	}
	if self != "" && !seen[self] {
		return fmt.Errorf("parties: self %q is not a party", truncate(string(self), 16))
	}
	return nil
}

// CompareParties is pkpnet's one order of party IDs: numeric for the
// decimal IDs pkpnet uses ("2" before "10"), which is the order of the
// registry's indexes. It compares by length first and then byte-wise, so it
// is a total order on any strings and agrees with the numeric order on IDs
// without leading zeros (ValidPartyID). Every list of parties that pkpnet
// signs, hashes, encodes or compares is in this order: signer sets,
// presignature public data, assignments, entropy, store records, shares.
//
// multi-party-sig orders party IDs lexicographically ("10" before "2") in
// its own structures (party.IDSlice, PreSignature.SignerIDs); that order
// stays inside the library: mpc converts at its boundary.
func CompareParties[T ~string](a, b T) int {
	if len(a) != len(b) {
		return len(a) - len(b)
	}
	return strings.Compare(string(a), string(b))
}

// SortParties returns a copy of ids in the canonical order (CompareParties).
func SortParties[T ~string](ids []T) []T {
	out := slices.Clone(ids)
	slices.SortFunc(out, CompareParties[T])
	return out
}

// PartiesSorted reports whether ids are strictly increasing in the
// canonical order: sorted and without duplicates.
func PartiesSorted[T ~string](ids []T) bool {
	for i := 1; i < len(ids); i++ {
		if CompareParties(ids[i-1], ids[i]) >= 0 {
			return false
		}
	}
	return true
}

// SameParties reports whether a and b hold the same parties, in any order.
func SameParties[T ~string](a, b []T) bool {
	return len(a) == len(b) && slices.Equal(SortParties(a), SortParties(b))
}

// PartyIDs returns the party IDs "1".."n", in the canonical order.
func PartyIDs(n int) []party.ID {
	ids := make([]party.ID, n)
	for i := range ids {
		ids[i] = party.ID(strconv.Itoa(i + 1))
	}
	return ids
}

// NewSessionID returns a fresh random session ID (128 bits) under a topic
// prefix, e.g. "presign/3f2a...". Every protocol run needs a unique one.
func NewSessionID(topic string) string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(fmt.Errorf("session ID: system randomness failed: %w", err))
	}
	return truncate(topic, 64) + "/" + hex.EncodeToString(b[:])
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
