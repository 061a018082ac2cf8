package signing_test

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"testing"

	libcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/node/signing"
	"github.com/pkpnet/pkpnet/wire"
)

func fuzzKey(f *testing.F) (libcrypto.PrivKey, keyRing) {
	sk, pk, err := libcrypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		f.Fatal(err)
	}
	return sk, keyRing{"1": pk, "2": pk, "3": pk}
}

func seedAssignment(f *testing.F, sk libcrypto.PrivKey) []byte {
	a := &signing.Assignment{Session: "sign/ab", Coordinator: "1", Signers: []party.ID{"1", "2"}, PresignID: make([]byte, 32)}
	raw, err := a.Sign(sk)
	if err != nil {
		f.Fatal(err)
	}
	return raw
}

// FuzzOpen: signed objects of every kind decode without panics, and what
// opens re-encodes to the same bytes.
func FuzzOpen(f *testing.F) {
	sk, ring := fuzzKey(f)
	f.Add(seedAssignment(f, sk))
	c, _ := (&signing.Commitment{Session: "sign/ab", Party: "2"}).Sign(sk)
	r, _ := (&signing.Reveal{Session: "sign/ab", Party: "3"}).Sign(sk)
	f.Add(c)
	f.Add(r)
	f.Add([]byte{1, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := signing.DecodeSigned(b)
		if err != nil {
			return
		}
		if !bytes.Equal(s.Encode(), b) {
			t.Fatal("signed object does not re-encode to its bytes")
		}
		_, _ = signing.DecodeAssignment(s.Body)
		_, _ = signing.DecodeCommitment(s.Body)
		_, _ = signing.DecodeReveal(s.Body)
		if o, err := signing.Open(b, ring); err == nil && o.Signer == "" {
			t.Fatal("opened without a signer")
		}
	})
}

// FuzzDecodeAssignment: assignment bodies decode without panics and what
// decodes re-signs to a body that decodes to the same assignment.
func FuzzDecodeAssignment(f *testing.F) {
	sk, _ := fuzzKey(f)
	s, _ := signing.DecodeSigned(seedAssignment(f, sk))
	f.Add(s.Body)
	f.Add([]byte{0, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := signing.DecodeAssignment(b)
		if err != nil {
			return
		}
		raw, err := a.Sign(sk)
		if err != nil {
			t.Fatal(err)
		}
		s2, err := signing.DecodeSigned(raw)
		if err != nil {
			t.Fatalf("re-signed assignment: %v", err)
		}
		if !bytes.Equal(s2.Body, b) {
			t.Fatal("assignment does not re-encode to its body")
		}
	})
}

func FuzzDecodeCommitment(f *testing.F) {
	f.Add(append([]byte{0, 7}, []byte("sign/ab\x00\x011")...))
	f.Fuzz(func(t *testing.T, b []byte) {
		if c, err := signing.DecodeCommitment(b); err == nil && (c.Session == "" || c.Party == "") {
			t.Fatalf("accepted %+v", c)
		}
		if r, err := signing.DecodeReveal(b); err == nil && (r.Session == "" || r.Party == "") {
			t.Fatalf("accepted %+v", r)
		}
	})
}

func FuzzDecodeMessage(f *testing.F) {
	f.Add([]byte(`{"t":"ready","h":"AQ==","k":"Ag=="}`))
	f.Add([]byte(`{"t":"decline","r":"x","c":"2","p":["AQ=="]}`))
	f.Add([]byte(`{"t":"reveal","s":"AQ==","e":["AQ==","Ag=="]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := signing.DecodeMessage(b)
		if err != nil {
			return
		}
		out, err := m.Encode()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := signing.DecodeMessage(out); err != nil {
			t.Fatalf("re-encoded message does not decode: %v", err)
		}
	})
}

func FuzzDecodeAgreement(f *testing.F) {
	f.Add([]byte(`{"1":"AQ==","2":"Ag=="}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := signing.DecodeAgreement(b)
		if err != nil {
			return
		}
		if _, err := a.Marshal(); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzVerifyTranscript: arbitrary transcript fields in one party's share
// never panic Verify and never get another party named without its own
// signature.
func FuzzVerifyTranscript(f *testing.F) {
	sk, ring := fuzzKey(f)
	f.Add(hex.EncodeToString(seedAssignment(f, sk)), "0x01", "0x02", "0x03")
	f.Fuzz(func(t *testing.T, assign, c1, c2, rv string) {
		s := wire.SignatureShare{Party: "2", Assignment: assign, Commitments: []string{c1, c2}, Reveals: []string{rv}, Sigma: "0x01"}
		out := signing.Verify([]wire.SignatureShare{s}, ring, signing.Expect{})
		for _, c := range out.Culprits {
			// Only the sender, or a party whose key signed the evidence
			// (all three share one key in this target).
			if c.Party != "2" && len(c.Evidence) != 2 {
				t.Fatalf("named %s without evidence: %+v", c.Party, c)
			}
		}
	})
}
