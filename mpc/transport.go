package mpc

import (
	"context"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

// MaxMessageSize caps one protocol message on any transport. The largest CMP
// message measured is 84.6 KB (keygen, n=3); n=7 grows it, so allow headroom.
const MaxMessageSize = 1 << 20

// Envelope is one protocol message between parties of one session.
type Envelope struct {
	Session   string   // the session ID; unique per protocol run
	From      party.ID // the sender
	To        party.ID // the receiver; empty when Broadcast
	Broadcast bool     // true: to every other party of the session
	Data      []byte   // the marshalled multi-party-sig protocol.Message
}

// Session describes one protocol run as the transport needs to know it.
type Session struct {
	ID      string     // unique session ID, shared by all parties
	Topic   string     // the concern: "keygen", "presign", or "pkp/<tokenId>"
	Self    party.ID   // this party
	Parties []party.ID // every party of the run, Self included

	// RoundTimeout bounds the wait for one round's messages. Zero means
	// DefaultRoundTimeout.
	RoundTimeout time.Duration
}

// DefaultRoundTimeout is used when Session.RoundTimeout is zero.
const DefaultRoundTimeout = 30 * time.Second

// ScaledRoundTimeout is the round timeout for a CMP session of n parties:
// DefaultRoundTimeout per three parties (a party's work per round grows
// with n, and a devnet runs every party on one machine).
func ScaledRoundTimeout(n int) time.Duration {
	return ScaledTimeout(DefaultRoundTimeout, n)
}

// ScaledTimeout scales a timeout given for sessions of up to three parties
// to a session of n parties: base per three parties, rounded up (n = 1..3
// gives base, 4..6 twice base, 7..9 three times). Waits that contain CMP
// work of n parties (a round, an on-demand presign inside a sign request)
// use it, at nodes and clients alike, so that a larger signer set does not
// time out where a small one would not.
func ScaledTimeout(base time.Duration, n int) time.Duration {
	return base * time.Duration(max(1, (n+2)/3))
}

// Transport carries the messages of protocol sessions. The protocol rounds
// never see how: the in-memory transport serves tests, the libp2p one in p2p
// serves nodes.
type Transport interface {
	// Open joins a session. Messages for it that arrived before Open returns
	// must not be lost: the transport either buffers them or has the sender
	// retransmit until delivered.
	Open(ctx context.Context, s Session) (Conn, error)
}

// Conn is one party's view of a session.
type Conn interface {
	// Send delivers e to e.To, or to every other party when e.Broadcast.
	Send(ctx context.Context, e Envelope) error
	// Recv yields the messages addressed to this party, each at most once,
	// from parties of the session only. It is closed by Close.
	Recv() <-chan Envelope
	// Close leaves the session and releases its resources.
	Close() error
}
