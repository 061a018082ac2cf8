package signing_test

import (
	"math/big"
	"slices"
	"testing"

	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node/signing"
	"github.com/pkpnet/pkpnet/node/signing/signingtest"
)

// badStore corrupts what a malicious signer releases.
type badStore struct {
	signing.Store
	sigma, pub bool
}

func (s *badStore) ReleaseShare(id []byte, self party.ID, req mpc.SignRequest, purpose string) (mpc.Share, *mpc.PresignPublic, error) {
	sh, pub, err := s.Store.ReleaseShare(id, self, req, purpose)
	if err != nil {
		return sh, pub, err
	}
	if s.sigma {
		sh.Sigma = append([]byte(nil), sh.Sigma...)
		sh.Sigma[31] ^= 1
	}
	if s.pub {
		// Forge its own S_j so that a chosen sigma would verify against it.
		forged := *pub
		forged.S = map[party.ID]curve.Point{}
		for k, v := range pub.S {
			forged.S[k] = v
		}
		forged.S[self] = pub.R
		pub = &forged
		sh.Sigma = append([]byte(nil), sh.Sigma...)
		sh.Sigma[31] ^= 1
	}
	return sh, pub, nil
}

type proofBy int

const (
	unproven proofBy = iota // nobody can prove it: the culprit is at most named without proof
	byMembers
	byClient
)

// TestByzantine is the matrix: one malicious party per case, n=3 and n=7.
// Each asserts that honest members never name an honest party, that the
// client's Verify names only the culprit (and names it when the evidence
// proves it), and that a follow-up among honest nodes signs for the PKP.
func TestByzantine(t *testing.T) {
	type tc struct {
		name    string
		culprit func(n int) party.ID
		setup   func(t *testing.T, h *harness, culprit party.ID)
		proof   proofBy
		// firstSigns: the malicious party cannot stop the first run.
		firstSigns bool
	}
	coord := func(int) party.ID { return "1" }
	signer := func(int) party.ID { return "2" }
	outsider := func(n int) party.ID { return party.ID(big.NewInt(int64(n)).String()) }
	evil := func(h *harness, c party.ID, b *signingtest.Behaviour) {
		h.Wrap[c] = func(tr mpc.Transport) mpc.Transport { return signingtest.Wrap(tr, b) }
	}
	cases := []tc{
		{name: "coordinator wrong hash", culprit: coord, proof: byMembers, setup: func(t *testing.T, h *harness, c party.ID) {
			evil(h, c, signingtest.WrongHash(h.Keys[c]))
		}},
		{name: "coordinator wrong presignature", culprit: coord, proof: unproven, setup: func(t *testing.T, h *harness, c party.ID) {
			evil(h, c, signingtest.WrongPresign(h.Keys[c]))
		}},
		{name: "coordinator withholds the assignment", culprit: coord, proof: unproven, setup: func(t *testing.T, h *harness, c party.ID) {
			evil(h, c, signingtest.WithholdAssignment())
		}},
		{name: "coordinator withholds the assignment from one signer", culprit: coord, proof: unproven, setup: func(t *testing.T, h *harness, c party.ID) {
			// The signer denied the assignment declines in time: the other
			// signers must not take it for silent.
			evil(h, c, signingtest.WithholdAssignment("2"))
		}},
		{name: "coordinator equivocates assignments", culprit: coord, proof: byMembers, setup: func(t *testing.T, h *harness, c party.ID) {
			evil(h, c, signingtest.WrongHash(h.Keys[c], "2"))
		}},
		{name: "equivocating commitments", culprit: signer, setup: func(t *testing.T, h *harness, c party.ID) {
			victim := party.ID("1")
			if h.N > 3 {
				victim = "3"
			}
			evil(h, c, signingtest.Equivocate(c, h.Keys[c], victim))
			h.EvilFinishes = true
		}},
		{name: "junk flood", culprit: outsider, firstSigns: true, setup: func(t *testing.T, h *harness, c party.ID) {
			evil(h, c, signingtest.Flood(c, 100))
		}},
		{name: "bad share", culprit: signer, proof: byClient, setup: func(t *testing.T, h *harness, c party.ID) {
			h.WrapStore[c] = func(s signing.Store) signing.Store { return &badStore{Store: s, sigma: true} }
			h.EvilFinishes = true
		}},
		{name: "forged presignature public data", culprit: signer, proof: byClient, setup: func(t *testing.T, h *harness, c party.ID) {
			h.WrapStore[c] = func(s signing.Store) signing.Store { return &badStore{Store: s, pub: true} }
			h.EvilFinishes = true
		}},
		{name: "silent signer", culprit: signer, proof: unproven, setup: func(t *testing.T, h *harness, c party.ID) {
			evil(h, c, signingtest.SilentSigner())
		}},
	}
	for _, n := range []int{3, 7} {
		all := mpc.PartyIDs(n)
		first := all[:mpc.Threshold(n)] // {1,2} or {1,...,5}
		for _, c := range cases {
			t.Run(c.name+"/n="+big.NewInt(int64(n)).String(), func(t *testing.T) {
				if c.name == "equivocating commitments" && n == 3 {
					c.proof = byClient
				} else if c.name == "equivocating commitments" {
					c.proof = byMembers
				}
				h := newHarness(t, n)
				culprit := c.culprit(n)
				honest := slices.DeleteFunc(slices.Clone(all), func(q party.ID) bool { return q == culprit })
				// The follow-up: another coordinator when the culprit
				// coordinated, and a signer set without the culprit.
				coord2 := party.ID("1")
				if culprit == "1" {
					coord2 = "2"
				}
				var set2 []party.ID
				for _, q := range honest {
					if len(set2) < mpc.Threshold(n) && (q == coord2 || len(set2) < mpc.Threshold(n)-1 || slices.Contains(set2, coord2)) {
						set2 = append(set2, q)
					}
				}
				h.GivePresign("1", first...)
				h.GivePresign(coord2, set2...)
				c.setup(t, h, culprit)

				hash := randHash(t)
				o := h.Sign("1", all, []party.ID{culprit}, hash)
				provenByMember := false
				for _, q := range honest {
					who, proof := named(o.Errs[q])
					for _, p := range who {
						if p != culprit {
							t.Errorf("honest party %s named honest party %s: %v", q, p, o.Errs[q])
						}
					}
					if proof && slices.Contains(who, culprit) {
						provenByMember = true
					}
					if o.Errs[q] != nil && isCode(o.Errs[q], "forbidden") {
						t.Errorf("party %s refused with forbidden: %v", q, o.Errs[q])
					}
				}
				v := h.Verify(o, hash)
				for _, p := range v.Named() {
					if p != culprit {
						t.Errorf("client verification named honest party %s: %v", p, v.Err())
					}
				}
				provenByClient := slices.Contains(v.Named(), culprit)
				switch c.proof {
				case byMembers:
					if !provenByMember {
						t.Errorf("no honest member named %s with proof: %v", culprit, o.Errs)
					}
				case byClient:
					if !provenByClient {
						t.Errorf("client did not name %s: %v", culprit, v.Err())
					}
				}
				if c.firstSigns {
					for _, q := range honest {
						if o.Errs[q] != nil {
							t.Errorf("party %s: %v", q, o.Errs[q])
						}
					}
					if v.Signature == nil {
						t.Fatalf("first run: no signature: %v", v.Err())
					}
					h.CheckSignature(v.Signature, hash)
				}
				t.Logf("first run: members %v; client: %v", o.Errs, v.Err())

				// Follow-up among the honest nodes.
				hash2 := randHash(t)
				o2 := h.Sign(coord2, honest, nil, hash2)
				for _, q := range honest {
					if o2.Errs[q] != nil {
						t.Fatalf("follow-up: party %s: %v", q, o2.Errs[q])
					}
				}
				v2 := h.Verify(o2, hash2)
				if v2.Signature == nil {
					t.Fatalf("follow-up: no signature: %v", v2.Err())
				}
				h.CheckSignature(v2.Signature, hash2)
				if got := v2.Good[0].Signers; !slices.Equal(got, partyStrings(set2)) {
					t.Fatalf("follow-up signers %v, want %v", got, set2)
				}
			})
		}
	}
}

func partyStrings(s []party.ID) []string {
	out := make([]string, len(s))
	for i, q := range s {
		out[i] = string(q)
	}
	return out
}
