// Package actionchan owns the node-to-node channel of an action run: the
// nodes that run the same execute request (the same request key, the nodes
// the client's request lists) exchange named values while their actions
// run. It is what Lit.Actions.broadcastAndCollect and runOnce are built on,
// and what later in-run protocols (combining signature or decryption
// shares) can use.
//
// A value is keyed by (run, name, index): run is the request key every node
// derives from the request, name is chosen by the caller (an action's
// name, "runOnce/<name>", ...) and index is the occurrence of that name in
// the run. The sender of a message is the authenticated transport peer
// (its libp2p identity mapped to its party ID), never a field of the
// message. A node accepts a value only from the run's other nodes, one
// value per sender and key (a second, different value is refused as
// equivocation), within size and count bounds; a message for a run it has
// not opened yet is held, within a per-sender budget and for a limited
// time. A silent or lying node therefore affects only its own value:
// Collect returns what arrived by its deadline and names the missing nodes.
package actionchan

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

// Message is one value sent to one node.
type Message struct {
	Run   string `json:"run"`   // the request key: 64 lowercase hex characters
	Name  string `json:"name"`  // 1..MaxName bytes
	Index uint32 `json:"index"` // occurrence of Name in the run
	Value []byte `json:"value"`
}

// MaxName caps a value's name.
const MaxName = 160

// Errors a receiving node reports. They are refusals: the sender does not
// retry them.
var (
	ErrInvalid     = errors.New("invalid channel message")
	ErrNotMember   = errors.New("sender is not one of the run's nodes")
	ErrEquivocates = errors.New("a different value for this key was already received from this sender")
	ErrBudget      = errors.New("sender exceeded its channel budget")
	ErrClosed      = errors.New("run already finished on this node")
)

// Validate checks a message's shape and size.
func (m *Message) Validate(maxValue int) error {
	if len(m.Run) != 64 {
		return fmt.Errorf("%w: run key must be 64 hex characters", ErrInvalid)
	}
	for _, c := range []byte(m.Run) {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return fmt.Errorf("%w: run key must be lowercase hex", ErrInvalid)
		}
	}
	if len(m.Name) == 0 || len(m.Name) > MaxName {
		return fmt.Errorf("%w: name must be 1..%d bytes", ErrInvalid, MaxName)
	}
	for _, c := range []byte(m.Name) {
		if c < 0x20 || c == 0x7f {
			return fmt.Errorf("%w: name has control characters", ErrInvalid)
		}
	}
	if len(m.Value) > maxValue {
		return fmt.Errorf("%w: value of %d bytes, the limit is %d", ErrInvalid, len(m.Value), maxValue)
	}
	return nil
}

// Transport sends one message to one node and reports whether it accepted
// it. An error wrapping ErrRefused is the receiver's refusal (not retried);
// any other error is a delivery failure (retried until the send deadline).
type Transport interface {
	Send(ctx context.Context, to party.ID, m *Message) error
}

// ErrRefused marks a receiver's refusal in a Transport error.
var ErrRefused = errors.New("refused by the receiver")

// Limits bound the channel. Zero fields take the defaults.
type Limits struct {
	MaxValue       int           // bytes per value (default 64 KiB)
	MaxPerRun      int           // values one sender may send in one run (default 64)
	MaxPending     int           // messages held per sender for runs not opened yet (default 256)
	MaxPendingSize int           // bytes held per sender for runs not opened yet (default 1 MiB)
	PendingTTL     time.Duration // how long such messages are held (default 2 min)
	SendTimeout    time.Duration // per message, retries included (default 15 s)
	MaxSends       int           // outgoing messages in flight on this node (default 256)
}

func (l Limits) withDefaults() Limits {
	if l.MaxValue <= 0 {
		l.MaxValue = 64 << 10
	}
	if l.MaxPerRun <= 0 {
		l.MaxPerRun = 64
	}
	if l.MaxPending <= 0 {
		l.MaxPending = 256
	}
	if l.MaxPendingSize <= 0 {
		l.MaxPendingSize = 1 << 20
	}
	if l.PendingTTL <= 0 {
		l.PendingTTL = 2 * time.Minute
	}
	if l.SendTimeout <= 0 {
		l.SendTimeout = 15 * time.Second
	}
	if l.MaxSends <= 0 {
		l.MaxSends = 256
	}
	return l
}

type key struct {
	name  string
	index uint32
}

type held struct {
	m    *Message
	at   time.Time
	size int
}

// Hub is one node's end of the channel: it routes incoming messages to the
// runs this node has open and holds early ones.
type Hub struct {
	self  party.ID
	tr    Transport
	lim   Limits
	log   *slog.Logger
	base  context.Context
	sends chan struct{}

	mu      sync.Mutex
	runs    map[string]*Run
	closed  map[string]time.Time
	pending map[party.ID][]held
	now     func() time.Time
}

// NewHub makes the hub of node self. Outgoing sends live until base ends.
func NewHub(base context.Context, self party.ID, tr Transport, lim Limits, log *slog.Logger) *Hub {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	lim = lim.withDefaults()
	return &Hub{
		self: self, tr: tr, lim: lim, log: log, base: base, sends: make(chan struct{}, lim.MaxSends),
		runs: map[string]*Run{}, closed: map[string]time.Time{}, pending: map[party.ID][]held{}, now: time.Now,
	}
}

// Limits returns the hub's limits (defaults filled in).
func (h *Hub) Limits() Limits { return h.lim }

// Deliver hands a message from node from (authenticated by the transport)
// to its run, or holds it until the run is opened. The error is what the
// receiver answers.
func (h *Hub) Deliver(from party.ID, m *Message) error {
	if err := m.Validate(h.lim.MaxValue); err != nil {
		return err
	}
	if from == h.self {
		return fmt.Errorf("%w: a node does not message itself", ErrInvalid)
	}
	h.mu.Lock()
	now := h.now()
	h.pruneLocked(now)
	if r := h.runs[m.Run]; r != nil {
		h.mu.Unlock()
		return r.deliver(from, m)
	}
	if _, ok := h.closed[m.Run]; ok {
		h.mu.Unlock()
		return ErrClosed
	}
	defer h.mu.Unlock()
	q := h.pending[from]
	size := 0
	for _, e := range q {
		size += e.size
	}
	n := len(m.Run) + len(m.Name) + len(m.Value)
	if len(q) >= h.lim.MaxPending || size+n > h.lim.MaxPendingSize {
		return fmt.Errorf("%w: %d messages (%d bytes) already held for runs this node has not started", ErrBudget, len(q), size)
	}
	h.pending[from] = append(q, held{m: m, at: now, size: n})
	return nil
}

// pruneLocked drops expired held messages and closed-run markers.
func (h *Hub) pruneLocked(now time.Time) {
	for p, q := range h.pending {
		i := 0
		for i < len(q) && now.Sub(q[i].at) > h.lim.PendingTTL {
			i++
		}
		if i == len(q) {
			delete(h.pending, p)
		} else if i > 0 {
			h.pending[p] = slices.Clone(q[i:])
		}
	}
	for k, at := range h.closed {
		if now.Sub(at) > h.lim.PendingTTL {
			delete(h.closed, k)
		}
	}
}

// Open starts run key with the given nodes (this node among them). leader
// is the node the run's single-runner calls (runOnce) elect; it must be one
// of nodes. Messages held for the run are delivered now. Close the run
// when the request is done.
func (h *Hub) Open(runKey string, nodes []party.ID, leader party.ID) (*Run, error) {
	if err := (&Message{Run: runKey, Name: "x"}).Validate(0); err != nil {
		return nil, err
	}
	ns := slices.Compact(mpc.SortParties(nodes)) // the canonical (numeric) order
	if !slices.Contains(ns, h.self) {
		return nil, fmt.Errorf("actionchan: this node (%s) is not among the run's nodes", h.self)
	}
	if !slices.Contains(ns, leader) {
		return nil, fmt.Errorf("actionchan: leader %s is not among the run's nodes", leader)
	}
	r := &Run{
		hub: h, key: runKey, nodes: ns, leader: leader,
		values: map[key]map[party.ID][]byte{}, counts: map[party.ID]int{}, changed: make(chan struct{}),
	}
	h.mu.Lock()
	if _, ok := h.runs[runKey]; ok {
		h.mu.Unlock()
		return nil, fmt.Errorf("actionchan: run %s is already open", runKey[:8])
	}
	if _, ok := h.closed[runKey]; ok {
		h.mu.Unlock()
		return nil, fmt.Errorf("actionchan: run %s already finished", runKey[:8])
	}
	h.runs[runKey] = r
	var early []struct {
		from party.ID
		m    *Message
	}
	for p, q := range h.pending {
		keep := q[:0]
		for _, e := range q {
			if e.m.Run == runKey {
				early = append(early, struct {
					from party.ID
					m    *Message
				}{p, e.m})
			} else {
				keep = append(keep, e)
			}
		}
		if len(keep) == 0 {
			delete(h.pending, p)
		} else {
			h.pending[p] = keep
		}
	}
	h.mu.Unlock()
	for _, e := range early {
		if err := r.deliver(e.from, e.m); err != nil {
			h.log.Debug("held channel message dropped", "run", runKey[:8], "from", string(e.from), "err", err)
		}
	}
	return r, nil
}

// Run is one open run on this node.
type Run struct {
	hub    *Hub
	key    string
	nodes  []party.ID
	leader party.ID

	mu      sync.Mutex
	values  map[key]map[party.ID][]byte
	counts  map[party.ID]int
	changed chan struct{} // closed and replaced on every accepted value
	done    bool
}

// Key is the run's request key.
func (r *Run) Key() string { return r.key }

// Self is this node's party ID.
func (r *Run) Self() party.ID { return r.hub.self }

// Nodes are the run's nodes, sorted, this node included.
func (r *Run) Nodes() []party.ID { return slices.Clone(r.nodes) }

// Others are the run's nodes but this one.
func (r *Run) Others() []party.ID {
	out := make([]party.ID, 0, len(r.nodes))
	for _, p := range r.nodes {
		if p != r.hub.self {
			out = append(out, p)
		}
	}
	return out
}

// Leader is the node that runs single-runner calls.
func (r *Run) Leader() party.ID { return r.leader }

func (r *Run) deliver(from party.ID, m *Message) error {
	if !slices.Contains(r.nodes, from) {
		return ErrNotMember
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.done {
		return ErrClosed
	}
	k := key{m.Name, m.Index}
	byFrom := r.values[k]
	if old, ok := byFrom[from]; ok {
		if bytes.Equal(old, m.Value) {
			return nil // a retry of the same value
		}
		r.hub.log.Warn("node sent two values for one channel key", "run", r.key[:8], "from", string(from), "name", m.Name, "index", m.Index)
		return ErrEquivocates
	}
	if r.counts[from] >= r.hub.lim.MaxPerRun {
		return fmt.Errorf("%w: more than %d values in this run", ErrBudget, r.hub.lim.MaxPerRun)
	}
	r.counts[from]++
	if byFrom == nil {
		byFrom = map[party.ID][]byte{}
		r.values[k] = byFrom
	}
	byFrom[from] = slices.Clone(m.Value)
	close(r.changed)
	r.changed = make(chan struct{})
	return nil
}

// Broadcast sends value under (name, index) to every other node of the run
// and returns at once: each send retries delivery failures in the
// background until the hub's SendTimeout, and a refusal is logged. It
// returns an error only for a value the receivers would refuse anyway.
func (r *Run) Broadcast(name string, index uint32, value []byte) error {
	return r.SendTo(r.Others(), name, index, value)
}

// SendTo is Broadcast to some of the run's nodes.
func (r *Run) SendTo(to []party.ID, name string, index uint32, value []byte) error {
	m := &Message{Run: r.key, Name: name, Index: index, Value: slices.Clone(value)}
	if err := m.Validate(r.hub.lim.MaxValue); err != nil {
		return err
	}
	for _, p := range to {
		if p == r.hub.self || !slices.Contains(r.nodes, p) {
			continue
		}
		go r.hub.send(p, m)
	}
	return nil
}

func (h *Hub) send(to party.ID, m *Message) {
	ctx, cancel := context.WithTimeout(h.base, h.lim.SendTimeout)
	defer cancel()
	select {
	case h.sends <- struct{}{}:
		defer func() { <-h.sends }()
	case <-ctx.Done():
		return
	}
	backoff := 50 * time.Millisecond
	for {
		err := h.tr.Send(ctx, to, m)
		if err == nil {
			return
		}
		if errors.Is(err, ErrRefused) {
			h.log.Debug("channel message refused", "run", m.Run[:8], "to", string(to), "name", m.Name, "err", err)
			return
		}
		t := time.NewTimer(backoff)
		select {
		case <-ctx.Done():
			t.Stop()
			h.log.Debug("channel message not delivered", "run", m.Run[:8], "to", string(to), "name", m.Name, "err", err)
			return
		case <-t.C:
		}
		backoff = min(2*backoff, time.Second)
	}
}

// Collected is what Collect gathered.
type Collected struct {
	Values  map[party.ID][]byte // by sender
	Missing []party.ID          // asked-for nodes with no value by the deadline, sorted
}

// Collect waits until every node in from has sent a value under (name,
// index), or ctx ends, and returns what arrived. It never fails because
// of another node: a silent node is listed in Missing.
func (r *Run) Collect(ctx context.Context, name string, index uint32, from []party.ID) *Collected {
	return r.CollectUntil(ctx, name, index, from, nil)
}

// CollectUntil is Collect that also returns as soon as enough (when not
// nil) reports that the values so far suffice.
func (r *Run) CollectUntil(ctx context.Context, name string, index uint32, from []party.ID, enough func(map[party.ID][]byte) bool) *Collected {
	k := key{name, index}
	for {
		r.mu.Lock()
		got := r.values[k]
		out := &Collected{Values: map[party.ID][]byte{}}
		for _, p := range from {
			if v, ok := got[p]; ok {
				out.Values[p] = v
			} else if p != r.hub.self && !slices.Contains(out.Missing, p) {
				out.Missing = append(out.Missing, p)
			}
		}
		ch := r.changed
		r.mu.Unlock()
		slices.Sort(out.Missing)
		if len(out.Missing) == 0 || enough != nil && enough(out.Values) {
			return out
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return out
		}
	}
}

// Exchange broadcasts this node's value under (name, index) and collects
// the other nodes' values until all arrived or ctx ends. The result
// includes this node's own value.
func (r *Run) Exchange(ctx context.Context, name string, index uint32, value []byte) (*Collected, error) {
	if err := r.Broadcast(name, index, value); err != nil {
		return nil, err
	}
	c := r.Collect(ctx, name, index, r.Others())
	c.Values[r.hub.self] = slices.Clone(value)
	return c, nil
}

// Close ends the run on this node: later messages for it are refused (for
// the hub's PendingTTL) and its values are dropped.
func (r *Run) Close() {
	h := r.hub
	h.mu.Lock()
	if h.runs[r.key] == r {
		delete(h.runs, r.key)
		h.closed[r.key] = h.now()
	}
	h.mu.Unlock()
	r.mu.Lock()
	r.done = true
	r.values = nil
	r.mu.Unlock()
}

// Actions is a Run seen with string party IDs, the shape the action
// runtime consumes (runtime.Peers).
type Actions struct{ R *Run }

// Self is this node's party ID.
func (a Actions) Self() string { return string(a.R.hub.self) }

// Leader is the node that runs runOnce functions.
func (a Actions) Leader() string { return string(a.R.leader) }

// Others are the run's other nodes.
func (a Actions) Others() []string { return strs(a.R.Others()) }

// Broadcast is Run.Broadcast.
func (a Actions) Broadcast(name string, index uint32, value []byte) error {
	return a.R.Broadcast(name, index, value)
}

// SendTo is Run.SendTo with string party IDs.
func (a Actions) SendTo(to []string, name string, index uint32, value []byte) error {
	ids := make([]party.ID, len(to))
	for i, s := range to {
		ids[i] = party.ID(s)
	}
	return a.R.SendTo(ids, name, index, value)
}

// Collect is Run.Collect with string party IDs.
func (a Actions) Collect(ctx context.Context, name string, index uint32, from []string) (map[string][]byte, []string) {
	ids := make([]party.ID, len(from))
	for i, s := range from {
		ids[i] = party.ID(s)
	}
	c := a.R.Collect(ctx, name, index, ids)
	out := make(map[string][]byte, len(c.Values))
	for p, v := range c.Values {
		out[string(p)] = v
	}
	return out, strs(c.Missing)
}

func strs(ps []party.ID) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = string(p)
	}
	return out
}
