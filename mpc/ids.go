package mpc

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strconv"

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

// PartyIDs returns the party IDs "1".."n".
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
