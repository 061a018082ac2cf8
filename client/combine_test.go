package client

import (
	"encoding/hex"
	"strings"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node/signing/signingtest"
	"github.com/pkpnet/pkpnet/wire"
)

// TestCombineNamesOnlyOnProof: with n=3 (two signers, so any disagreement
// is 1-1) the client names a node only when its own share proves it bad,
// and a disagreement without evidence names nobody.
func TestCombineNamesOnlyOnProof(t *testing.T) {
	h := signingtest.NewHarness(t, 3)
	h.GivePresign("1", "1", "2")
	h.GivePresign("1", "1", "2")
	run := func() (map[string]wire.SignatureShare, [32]byte) {
		hash := signingtest.RandHash(t)
		o := h.Sign("1", mpc.PartyIDs(3), nil, hash)
		out := map[string]wire.SignatureShare{}
		for _, s := range o.Shares() {
			out[s.Party] = s
		}
		if len(out) != 2 {
			t.Fatalf("shares %v, errors %v", out, o.Errs)
		}
		return out, hash
	}
	a, hash := run()
	b, _ := run()
	answer := func(p string, s wire.SignatureShare) nodeAnswer {
		id, err := peer.IDFromPublicKey(h.Ring[party.ID(p)])
		if err != nil {
			t.Fatal(err)
		}
		return nodeAnswer{st: NodeStatus{Node: Node{Party: p, PeerID: id}}, resp: &wire.Response{Party: p, Shares: []wire.SignatureShare{s}}}
	}
	flip := func(s string) string {
		x, _ := hex.DecodeString(strings.TrimPrefix(s, "0x"))
		x[len(x)-1] ^= 1
		return "0x" + hex.EncodeToString(x)
	}
	want := &expectSig{name: "sig", pubKey: h.PKP, hash: hash[:]}
	cases := []struct {
		name   string
		two    func() wire.SignatureShare
		signs  bool
		badOne string // the only node named, "" for none
	}{
		{"honest", func() wire.SignatureShare { return a["2"] }, true, ""},
		{"bad sigma", func() wire.SignatureShare { s := a["2"]; s.Sigma = flip(s.Sigma); return s }, false, "2"},
		{"forged public data", func() wire.SignatureShare { s := a["2"]; s.Presign = b["2"].Presign; return s }, false, "2"},
		{"share of another valid session", func() wire.SignatureShare { s := b["2"]; s.Hash = a["2"].Hash; return s }, false, "2"},
		// Two internally valid shares answering different assignments, for
		// a client that does not know the hash (execute): unresolved,
		// nobody named.
		{"a valid share of another session, unaltered", func() wire.SignatureShare { return b["2"] }, false, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := want
			if tc.name == "a valid share of another session, unaltered" {
				w = nil // the client does not know the hash (execute)
			}
			res, nes, err := combineAnswers([]nodeAnswer{answer("1", a["1"]), answer("2", tc.two())}, h.Root, w, 2)
			if tc.signs != (err == nil) {
				t.Fatalf("err %v, want signed=%v", err, tc.signs)
			}
			if tc.signs {
				h.CheckSignature(hexMust(t, res.Signatures["sig"].Signature), hash)
				if res.Signatures["sig"].OnDemand {
					t.Fatal("a pooled presignature reported as on demand")
				}
			}
			bad := badNodes(nes)
			switch {
			case tc.badOne == "" && len(bad) != 0:
				t.Fatalf("named %v", bad)
			case tc.badOne != "" && (len(bad) != 1 || bad[0] != tc.badOne):
				t.Fatalf("named %v, want only %s: %v", bad, tc.badOne, err)
			}
		})
	}
}

func hexMust(t *testing.T, s string) []byte {
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestExecuteNeedsListedSignatures: an execute answer set in which T nodes
// say the action asked for a signature but no share for it came back (its
// signers did not answer) is a failed attempt, not a result without the
// signature; fewer than T answers vouch for nothing.
func TestExecuteNeedsListedSignatures(t *testing.T) {
	resp := func(p string, names ...string) nodeAnswer {
		return nodeAnswer{st: NodeStatus{Node: Node{Party: p}}, resp: &wire.Response{RequestID: "r", Party: p, Response: "ok", SigNames: names}}
	}
	cases := []struct {
		name    string
		answers []nodeAnswer
		wantErr string
	}{
		{"signers silent", []nodeAnswer{resp("1", "tx"), resp("3", "tx")}, "no share for signature tx"},
		{"one answer", []nodeAnswer{resp("3", "tx")}, "only 1 nodes answered"},
		{"one node lists a bogus name", []nodeAnswer{resp("1"), resp("2", "bogus")}, ""},
		{"no signatures asked", []nodeAnswer{resp("1"), resp("2")}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, _, err := combineAnswers(tc.answers, nil, nil, 2)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Fatalf("got %v (result %v), want an error containing %q", err, res, tc.wantErr)
			}
		})
	}
}
