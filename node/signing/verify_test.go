package signing_test

import (
	"crypto/rand"
	"encoding/hex"
	"maps"
	"slices"
	"strings"
	"testing"

	libcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node/signing"
	"github.com/pkpnet/pkpnet/wire"
)

// honestShares runs one honest signature among all parties of an n=3
// harness (coordinator 1, signers {1,2}) and returns the shares by party.
func honestShares(t *testing.T, h *harness) (map[string]wire.SignatureShare, [32]byte) {
	t.Helper()
	h.GivePresign("1", "1", "2")
	hash := randHash(t)
	o := h.Sign("1", mpc.PartyIDs(3), nil, hash)
	out := map[string]wire.SignatureShare{}
	for _, s := range o.Shares() {
		out[s.Party] = s
	}
	if len(out) != 2 {
		t.Fatalf("%d shares: %v", len(out), o.Errs)
	}
	return out, hash
}

func cloneShare(s wire.SignatureShare) wire.SignatureShare {
	s.Signers = slices.Clone(s.Signers)
	s.Commitments = slices.Clone(s.Commitments)
	s.Reveals = slices.Clone(s.Reveals)
	s.PresignSigs = maps.Clone(s.PresignSigs)
	return s
}

func flipHex(s string) string {
	b, _ := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	b[len(b)-1] ^= 1
	return "0x" + hex.EncodeToString(b)
}

// TestVerifyNamesOnlyOnProof: with n=3 every field of one of the two
// shares is altered in turn (the 1-1 disagreement that used to be a tie).
// The altered share's sender is named on its own inconsistent transcript
// or sigma; the honest signer never is.
func TestVerifyNamesOnlyOnProof(t *testing.T) {
	h := newHarness(t, 3)
	shares, hash := honestShares(t, h)
	exp := signing.Expect{RootPub: h.Root, Hash: hash[:], PubKey: h.PKP}
	if out := signing.Verify([]wire.SignatureShare{shares["1"], shares["2"]}, h.Ring, exp); out.Signature == nil {
		t.Fatalf("honest shares: %v", out.Err())
	} else if out.Assignment == nil || out.Assignment.OnDemand {
		t.Fatalf("honest pooled shares: outcome's assignment %+v", out.Assignment)
	}
	other, _ := honestShares(t, h) // a valid run of another session
	cases := []struct {
		name string
		f    func(s *wire.SignatureShare)
		kind signing.ProofKind
	}{
		{"entropy", func(s *wire.SignatureShare) { s.Entropy = flipHex(s.Entropy) }, signing.ProofTranscript},
		{"hash", func(s *wire.SignatureShare) { s.Hash = flipHex(s.Hash) }, signing.ProofTranscript},
		{"key ID", func(s *wire.SignatureShare) { s.KeyID = flipHex(s.KeyID) }, signing.ProofTranscript},
		{"presignature public data", func(s *wire.SignatureShare) { s.Presign = other["2"].Presign }, signing.ProofTranscript},
		{"presignature ID", func(s *wire.SignatureShare) { s.PresignID = other["2"].PresignID }, signing.ProofTranscript},
		{"signers", func(s *wire.SignatureShare) { s.Signers = []string{"2", "3"} }, signing.ProofTranscript},
		{"a commitment dropped", func(s *wire.SignatureShare) { s.Commitments = s.Commitments[:1] }, signing.ProofTranscript},
		{"a reveal dropped", func(s *wire.SignatureShare) { s.Reveals = s.Reveals[1:] }, signing.ProofTranscript},
		{"bad signature on the other's commitment", func(s *wire.SignatureShare) { s.Commitments[0] = flipHex(s.Commitments[0]) }, signing.ProofTranscript},
		{"assignment of another session", func(s *wire.SignatureShare) { s.Assignment = other["2"].Assignment }, signing.ProofTranscript},
		{"presign signature missing", func(s *wire.SignatureShare) { delete(s.PresignSigs, "1") }, signing.ProofTranscript},
		{"presign signature swapped", func(s *wire.SignatureShare) { s.PresignSigs["1"] = s.PresignSigs["2"] }, signing.ProofTranscript},
		{"sigma", func(s *wire.SignatureShare) { s.Sigma = flipHex(s.Sigma) }, signing.ProofShare},
		{"malformed hex", func(s *wire.SignatureShare) { s.Assignment = "0xzz" }, signing.ProofTranscript},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			bad := cloneShare(shares["2"])
			tc.f(&bad)
			for _, order := range [][]wire.SignatureShare{{shares["1"], bad}, {bad, shares["1"]}} {
				out := signing.Verify(order, h.Ring, exp)
				if out.Signature != nil {
					t.Fatal("signed with an altered share")
				}
				if !slices.Equal(out.Named(), []party.ID{"2"}) || out.Culprits[0].Kind != tc.kind {
					t.Fatalf("named %v (%v), want 2 with %s", out.Named(), out.Err(), tc.kind)
				}
			}
		})
	}
}

// TestVerifyUnresolved: disagreements that no evidence resolves name nobody.
func TestVerifyUnresolved(t *testing.T) {
	h := newHarness(t, 3)
	a, hash := honestShares(t, h)
	b, _ := honestShares(t, h)
	exp := signing.Expect{RootPub: h.Root}
	t.Run("shares of two valid sessions", func(t *testing.T) {
		out := signing.Verify([]wire.SignatureShare{a["1"], b["2"]}, h.Ring, exp)
		if out.Signature != nil || len(out.Culprits) != 0 || out.Unresolved == "" {
			t.Fatalf("got signature=%v named=%v unresolved=%q", out.Signature != nil, out.Named(), out.Unresolved)
		}
	})
	t.Run("unknown signer key", func(t *testing.T) {
		ring := maps.Clone(h.Ring)
		delete(ring, "1")
		out := signing.Verify([]wire.SignatureShare{a["1"], a["2"]}, ring, signing.Expect{RootPub: h.Root, Hash: hash[:]})
		if out.Signature != nil || len(out.Culprits) != 0 || out.Unresolved == "" {
			t.Fatalf("got signature=%v named=%v unresolved=%q", out.Signature != nil, out.Named(), out.Unresolved)
		}
	})
	t.Run("one share missing", func(t *testing.T) {
		out := signing.Verify([]wire.SignatureShare{a["1"]}, h.Ring, exp)
		if out.Signature != nil || len(out.Culprits) != 0 || !slices.Equal(out.Missing, []party.ID{"2"}) {
			t.Fatalf("got named=%v missing=%v", out.Named(), out.Missing)
		}
	})
	t.Run("a share for another hash than requested", func(t *testing.T) {
		other := randHash(t)
		out := signing.Verify([]wire.SignatureShare{a["1"], a["2"]}, h.Ring, signing.Expect{RootPub: h.Root, Hash: other[:]})
		// Both senders released shares for a hash the client did not ask:
		// each share is its sender's own statement.
		if out.Signature != nil || len(out.Culprits) != 2 {
			t.Fatalf("got %v", out.Err())
		}
	})
}

// TestVerifyEquivocation: two validly signed, different commitments of one
// party for one session prove it bad, whoever forwards them.
func TestVerifyEquivocation(t *testing.T) {
	h := newHarness(t, 3)
	shares, hash := honestShares(t, h)
	s1, s2 := cloneShare(shares["1"]), cloneShare(shares["2"])
	// Party 2 signs a second commitment and reveal for the same session;
	// party 1's share carries them (as if 2 had sent them to 1).
	raw, _ := hex.DecodeString(strings.TrimPrefix(s1.Commitments[1], "0x"))
	sg, _ := signing.DecodeSigned(raw)
	c, err := signing.DecodeCommitment(sg.Body)
	if err != nil || c.Party != "2" {
		t.Fatalf("commitment %v %v", c, err)
	}
	nonce, _ := mpc.NewEntropyNonce()
	c.Commit = mpc.EntropyCommit(c.Session, "2", nonce)
	craw, _ := c.Sign(h.Keys["2"])
	rraw, _ := (&signing.Reveal{Session: c.Session, Party: "2", Nonce: nonce}).Sign(h.Keys["2"])
	s1.Commitments[1], s1.Reveals[1] = "0x"+hex.EncodeToString(craw), "0x"+hex.EncodeToString(rraw)
	// Party 1's share is consistent with what it received.
	commits, reveals := map[party.ID][32]byte{}, map[party.ID][32]byte{}
	for i, p := range []party.ID{"1", "2"} {
		cb, _ := hex.DecodeString(strings.TrimPrefix(s1.Commitments[i], "0x"))
		rb, _ := hex.DecodeString(strings.TrimPrefix(s1.Reveals[i], "0x"))
		cs, _ := signing.DecodeSigned(cb)
		rs, _ := signing.DecodeSigned(rb)
		cc, _ := signing.DecodeCommitment(cs.Body)
		rr, _ := signing.DecodeReveal(rs.Body)
		commits[p], reveals[p] = cc.Commit, rr.Nonce
	}
	ent, err := mpc.CombineEntropy(c.Session, []party.ID{"1", "2"}, commits, reveals)
	if err != nil {
		t.Fatal(err)
	}
	s1.Entropy = "0x" + hex.EncodeToString(ent[:])
	out := signing.Verify([]wire.SignatureShare{s1, s2}, h.Ring, signing.Expect{RootPub: h.Root, Hash: hash[:]})
	if out.Signature != nil || !slices.Equal(out.Named(), []party.ID{"2"}) || out.Culprits[0].Kind != signing.ProofEquivocation || len(out.Culprits[0].Evidence) != 2 {
		t.Fatalf("got %v", out.Err())
	}
	// The same pair signed by a key that is not party 2's proves nothing
	// against 2: the forwarding share's sender is named instead.
	stranger, _, _ := libcrypto.GenerateEd25519Key(rand.Reader)
	craw, _ = c.Sign(stranger)
	s1.Commitments[1], s1.Reveals[1] = "0x"+hex.EncodeToString(craw), shares["1"].Reveals[1]
	out = signing.Verify([]wire.SignatureShare{s1, s2}, h.Ring, signing.Expect{RootPub: h.Root, Hash: hash[:]})
	if !slices.Equal(out.Named(), []party.ID{"1"}) {
		t.Fatalf("forged commitment: named %v (%v), want the forwarder 1", out.Named(), out.Err())
	}
}

func TestSessionID(t *testing.T) {
	a := signing.SessionID("0xsig", "req-12345678", "sig1")
	if a != signing.SessionID("0xsig", "req-12345678", "sig1") {
		t.Fatal("not deterministic")
	}
	if !strings.HasPrefix(a, "sign/") || len(a) != len("sign/")+32 {
		t.Fatalf("session ID %q", a)
	}
	for _, other := range []string{
		signing.SessionID("0xsi", "greq-12345678", "sig1"),
		signing.SessionID("0xsig", "req-12345678", "sig2"),
		signing.SessionID("0xsig", "req-12345679", "sig1"),
	} {
		if other == a {
			t.Fatalf("collision: %q", a)
		}
	}
}

// countingRing counts key look-ups: Open and VerifyAgreement look up the
// key of every signature they check.
type countingRing struct {
	signing.KeyRing
	n int
}

func (r *countingRing) PubKey(p party.ID) (libcrypto.PubKey, error) {
	r.n++
	return r.KeyRing.PubKey(p)
}

// TestVerifyChecksEachObjectOnce: the shares of one signature carry the
// same transcript, and Verify checks each signed object and the agreement
// once: the second share costs no signature check beyond the first's, and
// the outcome is the same.
func TestVerifyChecksEachObjectOnce(t *testing.T) {
	h := newHarness(t, 3)
	shares, hash := honestShares(t, h)
	exp := signing.Expect{RootPub: h.Root, Hash: hash[:], PubKey: h.PKP}
	one := &countingRing{KeyRing: h.Ring}
	if out := signing.Verify([]wire.SignatureShare{shares["1"]}, one, exp); out.Err() == nil || len(out.Culprits) > 0 {
		t.Fatalf("one share: %v", out.Err())
	}
	// One assignment, two commitments, two reveals, two agreement signatures.
	if one.n != 7 {
		t.Fatalf("one share: %d key look-ups, want 7", one.n)
	}
	both := &countingRing{KeyRing: h.Ring}
	if out := signing.Verify([]wire.SignatureShare{shares["1"], shares["2"]}, both, exp); out.Signature == nil {
		t.Fatalf("both shares: %v", out.Err())
	}
	if both.n != one.n {
		t.Fatalf("two shares: %d key look-ups, one share %d", both.n, one.n)
	}
}
