// Package signingtest owns malicious participants for tests of sign
// coordination: mpc.Transport wrappers that rewrite, forge, multiply or
// drop what a party sends, built from the signing package's own wire
// types. Tests compose them with the in-memory transport or with a real
// node (node.Config.WrapTransport). Never use it outside tests.
package signingtest

import (
	"context"
	"crypto/rand"
	"sync"
	"sync/atomic"

	libcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node/signing"
)

// Behaviour is what a malicious party does to its traffic. Nil fields
// leave that direction alone.
type Behaviour struct {
	// Send rewrites one outgoing message into any number (none: dropped).
	Send func(e mpc.Envelope) []mpc.Envelope
	// Recv rewrites one incoming message.
	Recv func(e mpc.Envelope) mpc.Envelope
	// OnOpen runs once a session is open, e.g. to flood it.
	OnOpen func(ctx context.Context, c mpc.Conn, s mpc.Session)
}

// Transport applies a Behaviour that can be switched at any time (nil:
// honest), so that one node can be honest for some runs and malicious for
// others.
type Transport struct {
	inner mpc.Transport
	b     atomic.Pointer[Behaviour]
}

var _ mpc.Transport = (*Transport)(nil)

// Wrap returns an honest Transport around inner; Set makes it malicious.
func Wrap(inner mpc.Transport, b *Behaviour) *Transport {
	t := &Transport{inner: inner}
	t.b.Store(b)
	return t
}

// Set switches the behaviour for sessions and messages from now on.
func (t *Transport) Set(b *Behaviour) { t.b.Store(b) }

// Open opens the session on the inner transport.
func (t *Transport) Open(ctx context.Context, s mpc.Session) (mpc.Conn, error) {
	c, err := t.inner.Open(ctx, s)
	if err != nil {
		return nil, err
	}
	b := t.b.Load()
	if b != nil && b.OnOpen != nil {
		b.OnOpen(ctx, c, s)
	}
	ec := &conn{Conn: c, t: t, done: make(chan struct{})}
	if b != nil && b.Recv != nil {
		ec.out = make(chan mpc.Envelope)
		go func() { // ends when the connection closes
			defer close(ec.out)
			for e := range c.Recv() {
				select {
				case ec.out <- b.Recv(e):
				case <-ec.done:
					return
				}
			}
		}()
	}
	return ec, nil
}

type conn struct {
	mpc.Conn
	t    *Transport
	out  chan mpc.Envelope
	done chan struct{}
	once sync.Once
}

func (c *conn) Close() error {
	c.once.Do(func() { close(c.done) })
	return c.Conn.Close()
}

func (c *conn) Recv() <-chan mpc.Envelope {
	if c.out != nil {
		return c.out
	}
	return c.Conn.Recv()
}

func (c *conn) Send(ctx context.Context, e mpc.Envelope) error {
	b := c.t.b.Load()
	if b == nil || b.Send == nil {
		return c.Conn.Send(ctx, e)
	}
	for _, x := range b.Send(e) {
		if err := c.Conn.Send(ctx, x); err != nil {
			return err
		}
	}
	return nil
}

// EditMessages applies f to the sign-coordination messages of type typ
// (f returns false to drop one); other traffic passes.
func EditMessages(typ string, f func(to party.ID, m *signing.Message) bool) func(mpc.Envelope) []mpc.Envelope {
	return func(e mpc.Envelope) []mpc.Envelope {
		m, err := signing.DecodeMessage(e.Data)
		if err != nil || m.Type != typ {
			return []mpc.Envelope{e}
		}
		if !f(e.To, m) {
			return nil
		}
		b, err := m.Encode()
		if err != nil {
			return nil
		}
		e.Data = b
		return []mpc.Envelope{e}
	}
}

// Resign rewrites a signed assignment with f and signs it with key.
func Resign(raw []byte, key libcrypto.PrivKey, f func(a *signing.Assignment)) []byte {
	s, err := signing.DecodeSigned(raw)
	if err != nil {
		return raw
	}
	a, err := signing.DecodeAssignment(s.Body)
	if err != nil {
		return raw
	}
	f(a)
	out, err := a.Sign(key)
	if err != nil {
		return raw
	}
	return out
}

// WrongHash is a coordinator that signs assignments for another hash
// (to the members in victims, or to every member when victims is empty).
func WrongHash(key libcrypto.PrivKey, victims ...party.ID) *Behaviour {
	return &Behaviour{Send: EditMessages(signing.MsgAssign, func(to party.ID, m *signing.Message) bool {
		if len(victims) == 0 || contains(victims, to) {
			m.Assign = Resign(m.Assign, key, func(a *signing.Assignment) { a.Hash[0] ^= 1 })
		}
		return true
	})}
}

// WrongPresign is a coordinator that assigns a presignature nobody holds.
func WrongPresign(key libcrypto.PrivKey) *Behaviour {
	return &Behaviour{Send: EditMessages(signing.MsgAssign, func(_ party.ID, m *signing.Message) bool {
		m.Assign = Resign(m.Assign, key, func(a *signing.Assignment) {
			if !a.OnDemand {
				_, _ = rand.Read(a.PresignID)
			}
		})
		return true
	})}
}

// WithholdAssignment is a coordinator that never sends its assignment to
// victims (to anyone when none are given).
func WithholdAssignment(victims ...party.ID) *Behaviour {
	return &Behaviour{Send: EditMessages(signing.MsgAssign, func(to party.ID, _ *signing.Message) bool {
		return len(victims) > 0 && !contains(victims, to)
	})}
}

// SilentSigner answers the coordinator and then sends nothing.
func SilentSigner() *Behaviour {
	return &Behaviour{Send: func(e mpc.Envelope) []mpc.Envelope {
		if m, err := signing.DecodeMessage(e.Data); err == nil && m.Type == signing.MsgReady {
			return []mpc.Envelope{e}
		}
		return nil
	}}
}

// Flood sends count messages to every other party when a session opens:
// mostly bytes that do not decode, every tenth a well-formed message of a
// type nobody waits for then.
func Flood(self party.ID, count int) *Behaviour {
	return &Behaviour{OnOpen: func(ctx context.Context, c mpc.Conn, s mpc.Session) {
		junk, _ := (&signing.Message{Type: signing.MsgAgree, Agree: []byte{1}}).Encode()
		for _, q := range s.Parties {
			if q == self {
				continue
			}
			for i := range count {
				data := []byte("junk that is not a message")
				if i%10 == 0 {
					data = junk
				}
				_ = c.Send(ctx, mpc.Envelope{Session: s.ID, From: self, To: q, Data: data})
			}
		}
	}}
}

// Equivocate is a signer that sends victims (every other signer when
// none are given) a second, consistent entropy transcript (its commitment
// and reveal for another nonce) while its own share uses the real one. Its receive side hides the victim's
// echo of the second commitment from its own checks, so that it releases
// its share like a determined attacker.
func Equivocate(self party.ID, key libcrypto.PrivKey, victims ...party.ID) *Behaviour {
	var mu sync.Mutex
	alt := map[string][32]byte{}
	altCommit, realCommit := map[string][]byte{}, map[string][]byte{}
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
		if b, err := m.Encode(); err == nil {
			e.Data = b
		}
		return e
	}
	send := func(e mpc.Envelope) []mpc.Envelope {
		m, err := signing.DecodeMessage(e.Data)
		if err != nil || (len(victims) > 0 && !contains(victims, e.To)) || (m.Type != signing.MsgCommit && m.Type != signing.MsgReveal) {
			return []mpc.Envelope{e}
		}
		mu.Lock()
		defer mu.Unlock()
		s, err := signing.DecodeSigned(m.Signed)
		if err != nil {
			return []mpc.Envelope{e}
		}
		switch m.Type {
		case signing.MsgCommit:
			c, err := signing.DecodeCommitment(s.Body)
			if err != nil {
				return []mpc.Envelope{e}
			}
			nonce, ok := alt[c.Session]
			if !ok {
				nonce, _ = mpc.NewEntropyNonce()
				alt[c.Session] = nonce
			}
			realCommit[c.Session] = m.Signed
			if altCommit[c.Session] == nil {
				c.Commit = mpc.EntropyCommit(c.Session, self, nonce)
				altCommit[c.Session], _ = c.Sign(key)
			}
			m.Signed = altCommit[c.Session]
		case signing.MsgReveal:
			r, err := signing.DecodeReveal(s.Body)
			if err != nil {
				return []mpc.Envelope{e}
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
		if b, err := m.Encode(); err == nil {
			e.Data = b
		}
		return []mpc.Envelope{e}
	}
	return &Behaviour{Send: send, Recv: recv}
}

func contains(s []party.ID, x party.ID) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}
