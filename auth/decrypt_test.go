package auth_test

import (
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"strings"
	"testing"

	"github.com/pkpnet/pkpnet/auth"
)

// TestDecryptAbility: pkpnet/decrypt round-trips through a recap, shows in
// the statement, and a session without it does not permit decryption.
func TestDecryptAbility(t *testing.T) {
	pub, _, _ := ed25519.GenerateKey(rand.Reader)
	caps := auth.Capabilities{SessionKey: pub, Abilities: map[string][]auth.Caveat{auth.AbilityDecrypt: {{}}}}
	res, err := auth.EncodeRecap("unittest", caps)
	if err != nil {
		t.Fatal(err)
	}
	got, err := auth.DecodeRecap("unittest", res)
	if err != nil {
		t.Fatal(err)
	}
	if err := got.Permits(auth.AbilityDecrypt, ""); err != nil {
		t.Fatal(err)
	}
	if err := got.Permits(auth.AbilityExecute, "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG"); !errors.Is(err, auth.ErrNotPermitted) {
		t.Fatalf("execute with a decrypt-only session: %v", err)
	}
	if st := auth.RecapStatement("unittest", *got); !strings.Contains(st, "'decrypt'") {
		t.Fatalf("statement %q", st)
	}
	other := auth.Capabilities{SessionKey: pub, Abilities: map[string][]auth.Caveat{auth.AbilityExecute: {{}}}}
	if err := other.Permits(auth.AbilityDecrypt, ""); !errors.Is(err, auth.ErrNotPermitted) {
		t.Fatalf("decrypt with an execute-only session: %v", err)
	}
	// The decrypt body hash covers the capsule.
	a := auth.Body{Kind: auth.KindDecrypt, RequestID: "r", Capsule: []byte{1, 2}}
	b := a
	b.Capsule = []byte{1, 3}
	if a.Hash() == b.Hash() {
		t.Fatal("the body hash ignores the capsule")
	}
}
