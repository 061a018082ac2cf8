package signing_test

import (
	"slices"
	"testing"

	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node/signing"
)

// TestTenParties signs with signer sets that hold party 10 beside lower
// parties (multi-party-sig orders "10" before "2"; pkpnet's one order puts
// it after "9"), coordinated by a party inside and by one outside the
// lexicographic front, with all ten nodes in the request. Every share, the
// assignment and the public data carry the signers in the canonical order,
// and the client's check combines a signature that ecrecover accepts.
func TestTenParties(t *testing.T) {
	h := newHarness(t, 10)
	nodes := mpc.PartyIDs(10)
	for _, tc := range []struct {
		coord party.ID
		set   []party.ID
	}{
		{"10", []party.ID{"1", "2", "3", "4", "5", "6", "10"}},
		{"2", []party.ID{"2", "3", "4", "5", "6", "7", "10"}},
		{"9", []party.ID{"4", "5", "6", "7", "8", "9", "10"}},
	} {
		t.Run("coordinator "+string(tc.coord), func(t *testing.T) {
			h.GivePresign(tc.coord, tc.set...)
			hash := randHash(t)
			out := h.Sign(tc.coord, nodes, nil, hash)
			for id, err := range out.Errs {
				if err != nil {
					t.Fatalf("party %s: %v", id, err)
				}
			}
			shares := out.Shares()
			if len(shares) != len(tc.set) {
				t.Fatalf("%d shares, want %d", len(shares), len(tc.set))
			}
			for _, sh := range shares {
				if !slices.Equal(sh.Signers, partyStrings(tc.set)) {
					t.Fatalf("share of %s lists signers %v, want %v", sh.Party, sh.Signers, tc.set)
				}
			}
			v := h.Verify(out, hash)
			if v.Signature == nil {
				t.Fatalf("no signature: %v", v.Err())
			}
			h.CheckSignature(v.Signature, hash)
		})
	}
}

// An assignment whose signers are in multi-party-sig's lexicographic order
// ("10" before "2") is not in the canonical order and does not decode.
func TestAssignmentCanonicalOrder(t *testing.T) {
	h := newHarness(t, 3)
	for _, tc := range []struct {
		signers []party.ID
		ok      bool
	}{
		{[]party.ID{"2", "10"}, true},
		{[]party.ID{"10", "2"}, false},
		{[]party.ID{"2", "2"}, false},
	} {
		a := &signing.Assignment{Session: "sign/x", Coordinator: "2", Signers: tc.signers, PresignID: make([]byte, mpc.PresignIDLen)}
		raw, err := a.Sign(h.Keys["1"])
		if err != nil {
			t.Fatal(err)
		}
		s, err := signing.DecodeSigned(raw)
		if err != nil {
			t.Fatal(err)
		}
		_, err = signing.DecodeAssignment(s.Body)
		if (err == nil) != tc.ok {
			t.Fatalf("signers %v: err %v, want ok=%v", tc.signers, err, tc.ok)
		}
	}
}
