package mpc

import (
	"context"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"sync"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

// FaultKind is what a Fault does to the messages it matches.
type FaultKind int

const (
	// FaultDrop discards the message.
	FaultDrop FaultKind = iota + 1
	// FaultDelay delivers the message Delay later.
	FaultDelay
	// FaultDuplicate delivers the message twice.
	FaultDuplicate
	// FaultReorder delivers the message after a random delay in [0, Delay),
	// so that messages overtake each other.
	FaultReorder
	// FaultCorrupt flips bits in the protocol payload, keeping the header
	// intact, so the receiver's protocol checks see a bad message.
	FaultCorrupt
)

// Fault is a fault-injection rule of a MemNetwork. Empty From or To match
// any party; Round zero matches any round.
type Fault struct {
	Kind  FaultKind
	From  party.ID
	To    party.ID
	Round int
	Delay time.Duration
}

// MemNetwork is an in-memory Transport fabric for tests: every party of a
// process gets a Transport, messages are delivered through per-session
// queues, and Faults drop, delay, duplicate, reorder or corrupt them.
type MemNetwork struct {
	mu      sync.Mutex
	conns   map[connKey]*memConn
	pending map[connKey][]Envelope // messages for sessions not yet opened
	closed  map[connKey]bool
	faults  []Fault
	timers  map[*time.Timer]bool
	stopped bool
}

type connKey struct {
	session string
	party   party.ID
}

// maxPending caps the buffered messages per party and unopened session.
const maxPending = 4096

// NewMemNetwork returns an empty in-memory network with the given faults.
func NewMemNetwork(faults ...Fault) *MemNetwork {
	return &MemNetwork{
		conns:   map[connKey]*memConn{},
		pending: map[connKey][]Envelope{},
		closed:  map[connKey]bool{},
		faults:  append([]Fault(nil), faults...),
		timers:  map[*time.Timer]bool{},
	}
}

// AddFault installs a fault rule for messages sent from now on.
func (n *MemNetwork) AddFault(f Fault) {
	n.mu.Lock()
	n.faults = append(n.faults, f)
	n.mu.Unlock()
}

// ClearFaults removes every fault rule.
func (n *MemNetwork) ClearFaults() {
	n.mu.Lock()
	n.faults = nil
	n.mu.Unlock()
}

// Close stops pending delayed deliveries.
func (n *MemNetwork) Close() {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.stopped = true
	for t := range n.timers {
		t.Stop()
	}
	n.timers = map[*time.Timer]bool{}
}

// Transport returns the Transport of party id.
func (n *MemNetwork) Transport(id party.ID) Transport { return &memTransport{net: n, self: id} }

type memTransport struct {
	net  *MemNetwork
	self party.ID
}

var _ Transport = (*memTransport)(nil)

func (t *memTransport) Open(ctx context.Context, s Session) (Conn, error) {
	if s.Self != t.self {
		return nil, fmt.Errorf("memnet: transport of party %s opened as %s", t.self, s.Self)
	}
	if err := ValidateParties(s.Parties, s.Self); err != nil {
		return nil, fmt.Errorf("memnet: %w", err)
	}
	n := t.net
	key := connKey{s.ID, s.Self}
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.conns[key] != nil {
		return nil, fmt.Errorf("memnet: session %s already open for party %s", s.ID, s.Self)
	}
	c := &memConn{
		net: n, key: key, parties: append([]party.ID(nil), s.Parties...),
		out: make(chan Envelope), wake: make(chan struct{}, 1), done: make(chan struct{}),
	}
	c.queue = n.pending[key]
	delete(n.pending, key)
	delete(n.closed, key)
	n.conns[key] = c
	go c.pump() // owned by c, stopped by Close
	c.signal()
	return c, nil
}

type memConn struct {
	net     *MemNetwork
	key     connKey
	parties []party.ID

	mu    sync.Mutex
	queue []Envelope
	wake  chan struct{}
	out   chan Envelope
	done  chan struct{}
	once  sync.Once
}

var _ Conn = (*memConn)(nil)

func (c *memConn) signal() {
	select {
	case c.wake <- struct{}{}:
	default:
	}
}

func (c *memConn) pump() {
	defer close(c.out)
	for {
		c.mu.Lock()
		var e Envelope
		have := len(c.queue) > 0
		if have {
			e = c.queue[0]
			c.queue = c.queue[1:]
		}
		c.mu.Unlock()
		if !have {
			select {
			case <-c.wake:
				continue
			case <-c.done:
				return
			}
		}
		select {
		case c.out <- e:
		case <-c.done:
			return
		}
	}
}

func (c *memConn) Recv() <-chan Envelope { return c.out }

func (c *memConn) Close() error {
	c.once.Do(func() {
		c.net.mu.Lock()
		if c.net.conns[c.key] == c {
			delete(c.net.conns, c.key)
			c.net.closed[c.key] = true
		}
		c.net.mu.Unlock()
		close(c.done)
	})
	return nil
}

func (c *memConn) Send(ctx context.Context, e Envelope) error {
	select {
	case <-c.done:
		return errors.New("memnet: send on closed session")
	default:
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(e.Data) > MaxMessageSize {
		return fmt.Errorf("memnet: message of %d bytes exceeds the %d limit", len(e.Data), MaxMessageSize)
	}
	e.From = c.key.party // the transport authenticates the sender
	e.Session = c.key.session
	var to []party.ID
	if e.Broadcast {
		for _, id := range c.parties {
			if id != c.key.party {
				to = append(to, id)
			}
		}
	} else {
		found := false
		for _, id := range c.parties {
			found = found || (id == e.To && id != c.key.party)
		}
		if !found {
			return fmt.Errorf("memnet: unknown recipient %q", truncate(string(e.To), 16))
		}
		to = []party.ID{e.To}
	}
	for _, id := range to {
		d := e
		d.Data = append([]byte(nil), e.Data...)
		c.net.route(id, d)
	}
	return nil
}

// route applies the fault rules to one message for one recipient.
func (n *MemNetwork) route(to party.ID, e Envelope) {
	n.mu.Lock()
	var rules []Fault
	for _, f := range n.faults {
		if (f.From == "" || f.From == e.From) && (f.To == "" || f.To == to) {
			rules = append(rules, f)
		}
	}
	n.mu.Unlock()
	copies := 1
	var delay time.Duration
	for _, f := range rules {
		if f.Round != 0 {
			m, err := decodeMessage(e.Data)
			if err != nil || int(m.RoundNumber) != f.Round {
				continue
			}
		}
		switch f.Kind {
		case FaultDrop:
			return
		case FaultDelay:
			delay += f.Delay
		case FaultReorder:
			if f.Delay > 0 {
				delay += time.Duration(mrand.Int64N(int64(f.Delay)))
			}
		case FaultDuplicate:
			copies = 2
		case FaultCorrupt:
			e.Data = corrupt(e.Data)
		}
	}
	for range copies {
		if delay == 0 {
			n.deliver(to, e)
			continue
		}
		n.mu.Lock()
		if n.stopped {
			n.mu.Unlock()
			return
		}
		var t *time.Timer
		t = time.AfterFunc(delay, func() {
			n.mu.Lock()
			delete(n.timers, t)
			n.mu.Unlock()
			n.deliver(to, e)
		})
		n.timers[t] = true
		n.mu.Unlock()
	}
}

func (n *MemNetwork) deliver(to party.ID, e Envelope) {
	key := connKey{e.Session, to}
	n.mu.Lock()
	c := n.conns[key]
	if c == nil {
		if !n.closed[key] && len(n.pending[key]) < maxPending {
			n.pending[key] = append(n.pending[key], e)
		}
		n.mu.Unlock()
		return
	}
	n.mu.Unlock()
	c.mu.Lock()
	c.queue = append(c.queue, e)
	c.mu.Unlock()
	c.signal()
}

// corrupt flips bits in the middle of the payload of an encoded message,
// or in the raw bytes if it does not decode.
func corrupt(data []byte) []byte {
	out := append([]byte(nil), data...)
	m, err := decodeMessage(out)
	if err != nil || len(m.Data) == 0 {
		if len(out) > 0 {
			out[len(out)/2] ^= 0x55
		}
		return out
	}
	payload := append([]byte(nil), m.Data...)
	for i := len(payload) / 3; i < len(payload); i += len(payload)/4 + 1 {
		payload[i] ^= 0x55
	}
	m.Data = payload
	enc, err := encodeMessage(m)
	if err != nil {
		out[len(out)/2] ^= 0x55
		return out
	}
	return enc
}
