package signing_test

import (
	"crypto/ed25519"
	"crypto/rand"
	"testing"

	"filippo.io/edwards25519"
	libcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node/signing"
	"github.com/pkpnet/pkpnet/node/signing/signingtest"
)

// forger "signs" anything under the identity-point key: with A the neutral
// element, [S]B - [k]A = B for S = 1, so R = B verifies for every message.
type forger struct{}

func (forger) Sign([]byte) ([]byte, error) {
	sig := make([]byte, 64)
	copy(sig, edwards25519.NewGeneratorPoint().Bytes())
	sig[32] = 1
	return sig, nil
}

func identityPointKey(t *testing.T) libcrypto.PubKey {
	t.Helper()
	raw := edwards25519.NewIdentityPoint().Bytes()
	pk, err := libcrypto.UnmarshalEd25519PublicKey(raw)
	if err != nil {
		t.Fatal(err)
	}
	return pk
}

func TestCheckIdentityKey(t *testing.T) {
	_, good, err := libcrypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	ed := func(b []byte) libcrypto.PubKey {
		pk, err := libcrypto.UnmarshalEd25519PublicKey(b)
		if err != nil {
			t.Fatal(err)
		}
		return pk
	}
	// y = p - 1 (order 2), and y = 1 + p: a non-canonical encoding of the
	// identity's y.
	order2 := make([]byte, 32)
	order2[0] = 0xec
	for i := 1; i < 31; i++ {
		order2[i] = 0xff
	}
	order2[31] = 0x7f
	nonCanonical := make([]byte, 32)
	nonCanonical[0] = 0xee
	for i := 1; i < 31; i++ {
		nonCanonical[i] = 0xff
	}
	nonCanonical[31] = 0x7f
	// A large-order point plus the order-2 point: mixed order, allowed
	// (its signatures need its discrete log like any key's).
	gp, _ := new(edwards25519.Point).SetBytes(order2)
	mixed := new(edwards25519.Point).Add(edwards25519.NewGeneratorPoint(), gp).Bytes()
	_, secp, err := libcrypto.GenerateSecp256k1Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		pk   libcrypto.PubKey
		ok   bool
	}{
		{"fresh key", good, true},
		{"mixed order", ed(mixed), true},
		{"identity point", identityPointKey(t), false},
		{"order 2", ed(order2), false},
		{"non-canonical y", ed(nonCanonical), false},
		{"secp256k1", secp, false},
		{"nil", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := signing.CheckIdentityKey(tc.pk); (err == nil) != tc.ok {
				t.Fatalf("CheckIdentityKey = %v, want ok=%v", err, tc.ok)
			}
		})
	}
}

// A node registered with a small-order identity key could produce objects
// that crypto/ed25519 accepts for any content; Open and VerifyAgreement
// treat them as badly signed, as the JS client does.
func TestWeakIdentityKeyRefused(t *testing.T) {
	pk := identityPointKey(t)
	raw, _ := pk.Raw()
	sig, _ := forger{}.Sign(nil)
	if !ed25519.Verify(raw, []byte("any message"), sig) {
		t.Fatal("precondition: crypto/ed25519 should accept the forged signature under the identity key")
	}
	ring := signingtest.KeyRing{"2": pk}
	obj, err := (&signing.Commitment{Session: "sign/ab", Party: "2"}).Sign(forger{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := signing.Open(obj, ring); err == nil {
		t.Fatal("Open accepted an object signed under a small-order identity key")
	}
	pub := &mpc.PresignPublic{Signers: []party.ID{"2"}}
	ag := signing.Agreement{"2": sig}
	if bad, err := signing.VerifyAgreement(pub, ag, ring); err == nil && len(bad) == 0 {
		t.Fatal("VerifyAgreement accepted an agreement signed under a small-order identity key")
	}
}
