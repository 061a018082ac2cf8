package signing_test

import (
	"context"
	"crypto/rand"
	"math/big"
	"slices"
	"sync"
	"testing"

	libcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node/signing"
)

var bigOne = big.NewInt(1)

// evilTransport is a malicious participant's transport: edit rewrites,
// multiplies or drops each message it sends; onOpen may send extra ones.
type evilTransport struct {
	inner  mpc.Transport
	edit   func(e mpc.Envelope) []mpc.Envelope
	recv   func(e mpc.Envelope) mpc.Envelope // rewrites what it receives
	onOpen func(ctx context.Context, c mpc.Conn, s mpc.Session)
}

func (t *evilTransport) Open(ctx context.Context, s mpc.Session) (mpc.Conn, error) {
	c, err := t.inner.Open(ctx, s)
	if err != nil {
		return nil, err
	}
	if t.onOpen != nil {
		t.onOpen(ctx, c, s)
	}
	ec := &evilConn{Conn: c, t: t}
	if t.recv != nil {
		ec.out = make(chan mpc.Envelope)
		go func() { // ends when the inner connection closes
			defer close(ec.out)
			for e := range c.Recv() {
				ec.out <- t.recv(e)
			}
		}()
	}
	return ec, nil
}

type evilConn struct {
	mpc.Conn
	t   *evilTransport
	out chan mpc.Envelope
}

func (c *evilConn) Recv() <-chan mpc.Envelope {
	if c.out != nil {
		return c.out
	}
	return c.Conn.Recv()
}

func (c *evilConn) Send(ctx context.Context, e mpc.Envelope) error {
	if c.t.edit == nil {
		return c.Conn.Send(ctx, e)
	}
	for _, x := range c.t.edit(e) {
		if err := c.Conn.Send(ctx, x); err != nil {
			return err
		}
	}
	return nil
}

// editMessage applies f to sign-coordination messages of the given type.
func editMessage(t testing.TB, typ string, f func(to party.ID, m *signing.Message) bool) func(mpc.Envelope) []mpc.Envelope {
	return func(e mpc.Envelope) []mpc.Envelope {
		m, err := signing.DecodeMessage(e.Data)
		if err != nil || m.Type != typ {
			return []mpc.Envelope{e}
		}
		if !f(e.To, m) {
			return nil // dropped
		}
		b, err := m.Encode()
		if err != nil {
			t.Error(err)
			return nil
		}
		e.Data = b
		return []mpc.Envelope{e}
	}
}

// resignAssignment rewrites a signed assignment and signs it again with key.
func resignAssignment(t testing.TB, raw []byte, key libcrypto.PrivKey, f func(a *signing.Assignment)) []byte {
	s, err := signing.DecodeSigned(raw)
	if err != nil {
		t.Fatal(err)
	}
	a, err := signing.DecodeAssignment(s.Body)
	if err != nil {
		t.Fatal(err)
	}
	f(a)
	out, err := a.Sign(key)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// equivocate makes party self send victim a second, consistent entropy
// transcript (its own commitment and reveal for another nonce), while
// every other signer gets the real one. Its receive side hides the
// victim's echo of the second commitment from self's own checks, so that
// self releases its share like a determined attacker.
func equivocate(t testing.TB, self, victim party.ID, key libcrypto.PrivKey) (func(mpc.Envelope) []mpc.Envelope, func(mpc.Envelope) mpc.Envelope) {
	var mu sync.Mutex
	alt := map[string][32]byte{} // session -> second nonce
	altCommit := map[string][]byte{}
	realCommit := map[string][]byte{}
	recv := func(e mpc.Envelope) mpc.Envelope {
		m, err := signing.DecodeMessage(e.Data)
		if err != nil || m.Type != signing.MsgReveal {
			return e
		}
		mu.Lock()
		defer mu.Unlock()
		for i, raw := range m.Echo {
			for sid, a := range altCommit {
				if string(raw) == string(a) {
					m.Echo[i] = realCommit[sid]
				}
			}
		}
		e.Data, _ = m.Encode()
		return e
	}
	send := func(e mpc.Envelope) []mpc.Envelope {
		m, err := signing.DecodeMessage(e.Data)
		if err != nil || e.To != victim || (m.Type != signing.MsgCommit && m.Type != signing.MsgReveal) {
			return []mpc.Envelope{e}
		}
		mu.Lock()
		defer mu.Unlock()
		s, _ := signing.DecodeSigned(m.Signed)
		switch m.Type {
		case signing.MsgCommit:
			c, err := signing.DecodeCommitment(s.Body)
			if err != nil {
				t.Error(err)
				return nil
			}
			nonce, _ := mpc.NewEntropyNonce()
			alt[c.Session] = nonce
			realCommit[c.Session] = m.Signed
			c.Commit = mpc.EntropyCommit(c.Session, self, nonce)
			raw, _ := c.Sign(key)
			altCommit[c.Session] = raw
			m.Signed = raw
		case signing.MsgReveal:
			r, err := signing.DecodeReveal(s.Body)
			if err != nil {
				t.Error(err)
				return nil
			}
			r.Nonce = alt[r.Session]
			m.Signed, _ = r.Sign(key)
			for i, raw := range m.Echo {
				if es, err := signing.DecodeSigned(raw); err == nil {
					if c, err := signing.DecodeCommitment(es.Body); err == nil && c.Party == self {
						m.Echo[i] = altCommit[r.Session]
					}
				}
			}
		}
		e.Data, _ = m.Encode()
		return []mpc.Envelope{e}
	}
	return send, recv
}

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
	cases := []tc{
		{name: "coordinator wrong hash", culprit: coord, proof: byMembers, setup: func(t *testing.T, h *harness, c party.ID) {
			h.wrap[c] = func(tr mpc.Transport) mpc.Transport {
				return &evilTransport{inner: tr, edit: editMessage(t, signing.MsgAssign, func(_ party.ID, m *signing.Message) bool {
					m.Assign = resignAssignment(t, m.Assign, h.keys[c], func(a *signing.Assignment) { a.Hash[0] ^= 1 })
					return true
				})}
			}
		}},
		{name: "coordinator wrong presignature", culprit: coord, proof: unproven, setup: func(t *testing.T, h *harness, c party.ID) {
			h.wrap[c] = func(tr mpc.Transport) mpc.Transport {
				return &evilTransport{inner: tr, edit: editMessage(t, signing.MsgAssign, func(_ party.ID, m *signing.Message) bool {
					m.Assign = resignAssignment(t, m.Assign, h.keys[c], func(a *signing.Assignment) { _, _ = rand.Read(a.PresignID) })
					return true
				})}
			}
		}},
		{name: "coordinator withholds the assignment", culprit: coord, proof: unproven, setup: func(t *testing.T, h *harness, c party.ID) {
			h.wrap[c] = func(tr mpc.Transport) mpc.Transport {
				return &evilTransport{inner: tr, edit: editMessage(t, signing.MsgAssign, func(party.ID, *signing.Message) bool { return false })}
			}
		}},
		{name: "coordinator equivocates assignments", culprit: coord, proof: byMembers, setup: func(t *testing.T, h *harness, c party.ID) {
			h.wrap[c] = func(tr mpc.Transport) mpc.Transport {
				return &evilTransport{inner: tr, edit: editMessage(t, signing.MsgAssign, func(to party.ID, m *signing.Message) bool {
					if to == "2" {
						m.Assign = resignAssignment(t, m.Assign, h.keys[c], func(a *signing.Assignment) { a.ODSession = "" + a.ODSession; a.KeyID[1] ^= 1 })
					}
					return true
				})}
			}
		}},
		{name: "equivocating commitments", culprit: signer, setup: func(t *testing.T, h *harness, c party.ID) {
			victim := party.ID("1")
			if h.n > 3 {
				victim = "3"
			}
			send, recv := equivocate(t, c, victim, h.keys[c])
			h.wrap[c] = func(tr mpc.Transport) mpc.Transport { return &evilTransport{inner: tr, edit: send, recv: recv} }
			h.evilFinishes = true
		}},
		{name: "junk flood", culprit: outsider, firstSigns: true, setup: func(t *testing.T, h *harness, c party.ID) {
			h.wrap[c] = func(tr mpc.Transport) mpc.Transport {
				return &evilTransport{inner: tr, onOpen: func(ctx context.Context, conn mpc.Conn, s mpc.Session) {
					junkMsg, _ := (&signing.Message{Type: signing.MsgAgree, Agree: []byte{1}}).Encode()
					for _, q := range s.Parties {
						if q == c {
							continue
						}
						for i := range 100 {
							data := []byte("junk that is not a message")
							if i%10 == 0 {
								data = junkMsg
							}
							_ = conn.Send(ctx, mpc.Envelope{Session: s.ID, From: c, To: q, Data: data})
						}
					}
				}}
			}
		}},
		{name: "bad share", culprit: signer, proof: byClient, setup: func(t *testing.T, h *harness, c party.ID) {
			h.wrapStore[c] = func(s signing.Store) signing.Store { return &badStore{Store: s, sigma: true} }
			h.evilFinishes = true
		}},
		{name: "forged presignature public data", culprit: signer, proof: byClient, setup: func(t *testing.T, h *harness, c party.ID) {
			h.wrapStore[c] = func(s signing.Store) signing.Store { return &badStore{Store: s, pub: true} }
			h.evilFinishes = true
		}},
		{name: "silent signer", culprit: signer, proof: unproven, setup: func(t *testing.T, h *harness, c party.ID) {
			h.wrap[c] = func(tr mpc.Transport) mpc.Transport {
				return &evilTransport{inner: tr, edit: func(e mpc.Envelope) []mpc.Envelope {
					if m, err := signing.DecodeMessage(e.Data); err == nil && m.Type == signing.MsgReady {
						return []mpc.Envelope{e}
					}
					return nil
				}}
			}
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
				h.givePresign("1", first...)
				h.givePresign(coord2, set2...)
				c.setup(t, h, culprit)

				hash := randHash(t)
				o := h.sign("1", all, []party.ID{culprit}, hash)
				provenByMember := false
				for _, q := range honest {
					who, proof := named(o.errs[q])
					for _, p := range who {
						if p != culprit {
							t.Errorf("honest party %s named honest party %s: %v", q, p, o.errs[q])
						}
					}
					if proof && slices.Contains(who, culprit) {
						provenByMember = true
					}
					if o.errs[q] != nil && isCode(o.errs[q], "forbidden") {
						t.Errorf("party %s refused with forbidden: %v", q, o.errs[q])
					}
				}
				v := h.verify(o, hash)
				for _, p := range v.Named() {
					if p != culprit {
						t.Errorf("client verification named honest party %s: %v", p, v.Err())
					}
				}
				provenByClient := slices.Contains(v.Named(), culprit)
				switch c.proof {
				case byMembers:
					if !provenByMember {
						t.Errorf("no honest member named %s with proof: %v", culprit, o.errs)
					}
				case byClient:
					if !provenByClient {
						t.Errorf("client did not name %s: %v", culprit, v.Err())
					}
				}
				if c.firstSigns {
					for _, q := range honest {
						if o.errs[q] != nil {
							t.Errorf("party %s: %v", q, o.errs[q])
						}
					}
					if v.Signature == nil {
						t.Fatalf("first run: no signature: %v", v.Err())
					}
					h.checkSignature(v.Signature, hash)
				}
				t.Logf("first run: members %v; client: %v", o.errs, v.Err())

				// Follow-up among the honest nodes.
				hash2 := randHash(t)
				o2 := h.sign(coord2, honest, nil, hash2)
				for _, q := range honest {
					if o2.errs[q] != nil {
						t.Fatalf("follow-up: party %s: %v", q, o2.errs[q])
					}
				}
				v2 := h.verify(o2, hash2)
				if v2.Signature == nil {
					t.Fatalf("follow-up: no signature: %v", v2.Err())
				}
				h.checkSignature(v2.Signature, hash2)
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
