package p2p

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"regexp"
	"sync"
	"sync/atomic"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

// MPCProtocol is the direct stream protocol for point-to-point MPC messages,
// retransmitted broadcasts and broadcast acknowledgements.
const MPCProtocol protocol.ID = "/pkpnet/mpc/1.0.0"

const (
	seenTTL      = 2 * time.Minute  // gossipsub seen-cache TTL and replay window
	maxMsgAge    = 90 * time.Second // older gossip broadcasts are treated as replays
	maxClockSkew = 30 * time.Second // broadcasts from further in the future are ignored

	pendingTTL = 2 * time.Minute // buffered messages for sessions not opened yet
	// Per-sender quotas of the pending-session table: a member that floods
	// it only loses its own messages (they are answered "busy").
	maxPendingPerSession     = 1024     // messages of one sender for one session
	maxPendingSenderSessions = 256      // sessions holding messages of one sender
	maxPendingSenderMsgs     = 4096     // messages of one sender, all sessions
	maxPendingSenderBytes    = 16 << 20 // bytes of one sender, all sessions
	// Global backstops, sized above n * the per-sender quota (see
	// pendingLimits): they bound memory, and honest senders never reach them.
	maxPendingSessions = 1024
	maxPendingBytes    = 64 << 20
	closedTTL          = 5 * time.Minute // late messages of closed sessions are dropped silently

	// An open session's receive queue (waiting for Recv): per sender, then
	// in all (a backstop above n times the per-sender quota).
	maxInboxSenderMsgs  = 1024
	maxInboxSenderBytes = 16 << 20
	maxInboxMsgs        = 4096
	maxInboxBytes       = 64 << 20

	maxSenderQueueBytes = 128 << 20
	ackExpiry           = 30 * time.Second
	streamIdle          = 2 * time.Minute
	frameIOTimeout      = 10 * time.Second
	openStreamTimeout   = 5 * time.Second
	pkpTopicLinger      = 5 * time.Second
	closeLinger         = 10 * time.Second // delivery of a closed session's last messages
	leaveTimeout        = 5 * time.Second  // pubsub's processing of a subscription's cancel

	// stream status bytes, one per received frame
	statusOK       = 0
	statusRejected = 1 // not acceptable here: do not retry
	statusBusy     = 2 // buffer full: retry later
)

var topicRE = regexp.MustCompile(`^(keygen|refresh|presign|pkp/[0-9]{1,78})$`)

// TransportOptions tunes a Transport. Zero fields take defaults.
type TransportOptions struct {
	// RetransmitAfter is the first delay before a broadcast that a party
	// has not acknowledged is re-sent to it on a direct stream (default
	// 500ms; it doubles up to 4s).
	RetransmitAfter time.Duration
	// BarrierTimeout bounds how long Open waits until every other party of
	// the session is seen subscribed to the session's topic (default 3s).
	// Open does not fail when it expires: retransmission covers the rest.
	BarrierTimeout time.Duration
	// PKPTopicLinger is how long a PKP topic stays joined after its last
	// session closed (default 5s).
	PKPTopicLinger time.Duration
}

// Transport is the libp2p implementation of mpc.Transport. Broadcasts go
// on the session's gossipsub topic, /pkpnet/<network>/<epoch>/<topic>;
// point-to-point messages go on the /pkpnet/mpc/1.0.0 stream protocol.
// Every party acknowledges each broadcast on a direct stream; the sender
// re-sends unacknowledged ones on a direct stream until acknowledged or the
// session closes. Receivers deduplicate by (session, sender, sequence) and
// buffer messages for sessions they have not opened yet.
type Transport struct {
	hs   *Host
	log  *slog.Logger
	opts TransportOptions

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu       sync.Mutex
	closed   bool
	topics   map[string]*topicSub
	leaving  map[string]chan struct{}
	conns    map[string]*conn
	draining map[string]*conn // closed, still delivering their last messages
	pending  map[string]*pendingSession
	pendingB int
	// pendingBy is each sender's share of the pending table.
	pendingBy map[party.ID]*pendingQuota
	ended     map[string]time.Time
	senders   map[peer.ID]*peerSender

	replay      replayCache
	retransmits atomic.Int64
}

var (
	_ mpc.Transport = (*Transport)(nil)
	_ mpc.Conn      = (*conn)(nil)
)

// ErrClosed is returned by operations on a closed Transport or Conn.
var ErrClosed = errors.New("p2p: closed")

// NewTransport starts the MPC transport on a node host. A host carries at
// most one Transport.
func NewTransport(hs *Host, opts TransportOptions) (*Transport, error) {
	if hs.Role() != RoleNode || hs.ps == nil {
		return nil, fmt.Errorf("p2p: MPC transport needs a %s host, have %s", RoleNode, hs.Role())
	}
	if opts.RetransmitAfter <= 0 {
		opts.RetransmitAfter = 500 * time.Millisecond
	}
	if opts.BarrierTimeout <= 0 {
		opts.BarrierTimeout = 3 * time.Second
	}
	if opts.PKPTopicLinger <= 0 {
		opts.PKPTopicLinger = pkpTopicLinger
	}
	ctx, cancel := context.WithCancel(hs.ctx)
	t := &Transport{
		hs:       hs,
		log:      hs.log.With("component", "mpc-transport"),
		opts:     opts,
		ctx:      ctx,
		cancel:   cancel,
		topics:   make(map[string]*topicSub),
		leaving:  make(map[string]chan struct{}),
		conns:    make(map[string]*conn),
		draining: make(map[string]*conn),
		pending:  make(map[string]*pendingSession),
		ended:    make(map[string]time.Time),
		senders:  make(map[peer.ID]*peerSender),
		replay:   newReplayCache(),
	}
	hs.HandleNode(MPCProtocol, t.handleStream)
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		t.janitor()
	}()
	return t, nil
}

// Retransmits counts broadcasts re-sent on a direct stream because a party
// had not acknowledged them in time.
func (t *Transport) Retransmits() int64 { return t.retransmits.Load() }

// Sessions counts the open sessions and the closed ones still delivering
// their last messages.
func (t *Transport) Sessions() (open, draining int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.conns), len(t.draining)
}

// TopicName is the full gossipsub topic of a session topic in an epoch.
func (t *Transport) TopicName(epoch uint64, topic string) string {
	return fmt.Sprintf("/pkpnet/%s/%d/%s", t.hs.Network(), epoch, topic)
}

// Drain waits until closed sessions have delivered their last messages
// (see Conn.Close), or ctx ends. Call it before Close for a clean shutdown.
func (t *Transport) Drain(ctx context.Context) error {
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		t.mu.Lock()
		n := len(t.draining)
		t.mu.Unlock()
		if n == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("drain %d sessions: %w", n, ctx.Err())
		case <-tick.C:
		}
	}
}

// Close closes every open session and stops the transport.
func (t *Transport) Close() error {
	t.mu.Lock()
	if t.closed {
		t.mu.Unlock()
		return nil
	}
	t.closed = true
	conns := make([]*conn, 0, len(t.conns))
	for _, c := range t.conns {
		conns = append(conns, c)
	}
	t.mu.Unlock()
	for _, c := range conns {
		_ = c.Close()
	}
	t.hs.h.RemoveStreamHandler(MPCProtocol)
	t.mu.Lock()
	t.cancel() // under mu: sender() never starts a goroutine after this
	t.mu.Unlock()
	t.wg.Wait()
	t.mu.Lock()
	topics := t.topics
	t.topics = map[string]*topicSub{}
	t.mu.Unlock()
	for _, ts := range topics {
		ts.shutdown(t)
	}
	return nil
}

// Open joins session s. See mpc.Transport.
func (t *Transport) Open(ctx context.Context, s mpc.Session) (mpc.Conn, error) {
	ns := t.hs.NodeSet()
	if err := checkSession(s); err != nil {
		return nil, err
	}
	peers := make(map[party.ID]peer.ID, len(s.Parties))
	for _, id := range s.Parties {
		p, ok := ns.Peer(id)
		if !ok {
			return nil, fmt.Errorf("open session %s: party %s is not in the node set of epoch %d", s.ID, id, ns.Epoch())
		}
		if id == s.Self {
			if p != t.hs.ID() {
				return nil, fmt.Errorf("open session %s: party %s is peer %s, not this host", s.ID, id, p)
			}
			continue
		}
		peers[id] = p
	}
	name := t.TopicName(ns.Epoch(), s.Topic)
	ts, err := t.joinTopic(ctx, name, !isPKPTopic(s.Topic))
	if err != nil {
		return nil, fmt.Errorf("open session %s: %w", s.ID, err)
	}
	c := &conn{
		t:        t,
		s:        s,
		topic:    name,
		ts:       ts,
		peers:    peers,
		seen:     make(map[seenKey]struct{}),
		acks:     make(map[uint64]*bcastState),
		notify:   make(chan struct{}, 1),
		out:      make(chan mpc.Envelope),
		done:     make(chan struct{}),
		pumpDone: make(chan struct{}),
		sendDone: make(chan struct{}),
	}
	t.mu.Lock()
	switch {
	case t.closed:
		err = ErrClosed
	case t.conns[s.ID] != nil:
		err = fmt.Errorf("open session %s: already open", s.ID)
	case !t.ended[s.ID].IsZero():
		err = fmt.Errorf("open session %s: session ID already used", s.ID)
	case t.ctx.Err() != nil:
		err = ErrClosed
	}
	if err != nil {
		t.mu.Unlock()
		t.releaseTopic(ts)
		return nil, err
	}
	t.conns[s.ID] = c
	ps := t.pending[s.ID]
	if ps != nil {
		t.dropPending(s.ID, ps)
		for _, m := range ps.msgs {
			c.deliver(m.w, m.topic) // c.mu only; no one else knows c yet
		}
	}
	t.wg.Add(1) // under mu and before cancel: see Close
	t.mu.Unlock()
	go c.pump()
	go func() {
		defer t.wg.Done()
		c.retransmitLoop()
		t.mu.Lock()
		if t.draining[s.ID] == c {
			delete(t.draining, s.ID)
		}
		t.mu.Unlock()
	}()
	return c, nil
}

func checkSession(s mpc.Session) error {
	if len(s.ID) == 0 || len(s.ID) > maxSessionLen {
		return fmt.Errorf("open session: ID length %d not in 1..%d", len(s.ID), maxSessionLen)
	}
	if !topicRE.MatchString(s.Topic) {
		return fmt.Errorf("open session %s: topic %q must be keygen, refresh, presign or pkp/<tokenId>", s.ID, s.Topic)
	}
	seen := make(map[party.ID]bool, len(s.Parties))
	for _, id := range s.Parties {
		if seen[id] {
			return fmt.Errorf("open session %s: party %s listed twice", s.ID, id)
		}
		seen[id] = true
	}
	if !seen[s.Self] {
		return fmt.Errorf("open session %s: self %s is not a party", s.ID, s.Self)
	}
	if len(s.Parties) < 2 {
		return fmt.Errorf("open session %s: needs at least 2 parties", s.ID)
	}
	return nil
}

func isPKPTopic(topic string) bool { return len(topic) > 4 && topic[:4] == "pkp/" }

// barrier waits until every other party is seen subscribed to the session's
// topic, so that the first broadcasts reach them on gossipsub. A session
// runs it once, before its first broadcast (not in Open: point-to-point
// messages are buffered by a receiver that has not opened yet, so a
// session that never broadcasts never waits). It gives up quietly after
// BarrierTimeout: acknowledgements and retransmission still guarantee
// delivery.
func (t *Transport) barrier(ctx context.Context, c *conn) {
	limit := t.opts.BarrierTimeout
	if rt := c.s.RoundTimeout; rt > 0 && rt < limit {
		limit = rt
	}
	deadline := time.NewTimer(limit)
	defer deadline.Stop()
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		subscribed := make(map[peer.ID]bool)
		for _, p := range c.ts.topic.ListPeers() {
			subscribed[p] = true
		}
		missing := 0
		for _, p := range c.peers {
			if !subscribed[p] {
				missing++
				if !t.hs.Connected(p) {
					t.hs.disc.wake()
				}
			}
		}
		if missing == 0 {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-deadline.C:
			t.log.Debug("barrier timed out; relying on retransmission", "session", c.s.ID, "missing", missing)
			return
		case <-tick.C:
		}
	}
}

// ---- topics ----

type topicSub struct {
	name       string
	topic      *pubsub.Topic
	sub        *pubsub.Subscription
	refs       int
	persistent bool
	linger     *time.Timer
	cancel     context.CancelFunc
	readerDone chan struct{}
}

func (t *Transport) joinTopic(ctx context.Context, name string, persistent bool) (*topicSub, error) {
	for {
		t.mu.Lock()
		if t.closed {
			t.mu.Unlock()
			return nil, ErrClosed
		}
		if wait, ok := t.leaving[name]; ok {
			t.mu.Unlock()
			select {
			case <-wait:
				continue
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		if ts := t.topics[name]; ts != nil {
			ts.refs++
			if ts.linger != nil {
				ts.linger.Stop()
				ts.linger = nil
			}
			t.mu.Unlock()
			return ts, nil
		}
		ts, err := t.newTopicSub(name, persistent)
		if err != nil {
			t.mu.Unlock()
			return nil, err
		}
		ts.refs = 1
		t.topics[name] = ts
		t.mu.Unlock()
		return ts, nil
	}
}

// newTopicSub joins and subscribes; t.mu is held.
func (t *Transport) newTopicSub(name string, persistent bool) (*topicSub, error) {
	ps := t.hs.ps
	if err := ps.RegisterTopicValidator(name, t.validate, pubsub.WithValidatorInline(true)); err != nil {
		return nil, fmt.Errorf("topic %s: register validator: %w", name, err)
	}
	topic, err := ps.Join(name)
	if err != nil {
		_ = ps.UnregisterTopicValidator(name)
		return nil, fmt.Errorf("topic %s: join: %w", name, err)
	}
	sub, err := topic.Subscribe(pubsub.WithBufferSize(2048))
	if err != nil {
		_ = topic.Close()
		_ = ps.UnregisterTopicValidator(name)
		return nil, fmt.Errorf("topic %s: subscribe: %w", name, err)
	}
	ctx, cancel := context.WithCancel(t.ctx)
	ts := &topicSub{name: name, topic: topic, sub: sub, persistent: persistent, cancel: cancel, readerDone: make(chan struct{})}
	go func() {
		defer close(ts.readerDone)
		t.readTopic(ctx, ts)
	}()
	return ts, nil
}

// releaseTopic drops one reference. PKP topics are left after a short linger
// once no session uses them; the epoch-wide topics stay joined.
func (t *Transport) releaseTopic(ts *topicSub) {
	t.mu.Lock()
	defer t.mu.Unlock()
	ts.refs--
	if ts.refs > 0 || ts.persistent || t.closed {
		return
	}
	ts.linger = time.AfterFunc(t.opts.PKPTopicLinger, func() {
		t.mu.Lock()
		if ts.refs > 0 || t.topics[ts.name] != ts || t.closed {
			t.mu.Unlock()
			return
		}
		delete(t.topics, ts.name)
		done := make(chan struct{})
		t.leaving[ts.name] = done
		t.mu.Unlock()
		ts.shutdown(t)
		t.mu.Lock()
		delete(t.leaving, ts.name)
		close(done)
		t.mu.Unlock()
	})
}

// shutdown leaves the topic: cancel the subscription, wait for the reader,
// close the topic handle and drop the validator.
func (ts *topicSub) shutdown(t *Transport) {
	ts.sub.Cancel()
	ts.cancel()
	<-ts.readerDone
	// Pubsub processes the cancel in its own loop, in no fixed order with a
	// topic close; the subscription's channel closes once it has (Next then
	// fails with ErrSubscriptionCancelled, after any buffered messages).
	ctx, cancel := context.WithTimeout(context.Background(), leaveTimeout)
	for {
		if _, err := ts.sub.Next(ctx); err != nil {
			break
		}
	}
	cancel()
	if err := ts.topic.Close(); err != nil {
		t.log.Warn("leave topic", "topic", ts.name, "err", err)
	}
	_ = t.hs.ps.UnregisterTopicValidator(ts.name)
}

// validated is attached to accepted gossip messages as ValidatorData.
type validated struct {
	w      *wireMsg
	author peer.ID
}

// validate is the gossipsub topic validator.
func (t *Transport) validate(_ context.Context, _ peer.ID, msg *pubsub.Message) pubsub.ValidationResult {
	v, res, err := t.checkGossip(msg.Message.GetFrom(), msg.GetData(), time.Now())
	switch res {
	case pubsub.ValidationAccept:
		msg.ValidatorData = v
	case pubsub.ValidationReject:
		t.hs.stats.GossipRejected.Add(1)
		t.log.Debug("gossip message rejected", "topic", msg.GetTopic(), "err", err)
	default:
		t.hs.stats.GossipIgnored.Add(1)
		t.log.Debug("gossip message ignored", "topic", msg.GetTopic(), "err", err)
	}
	return res
}

// checkGossip decides on one gossip message: author must be a node-set
// member and the envelope's sender, the payload well-formed and within
// limits, and the message neither stale nor seen before.
func (t *Transport) checkGossip(authorBytes, data []byte, now time.Time) (*validated, pubsub.ValidationResult, error) {
	if len(data) > MaxWireMessage {
		return nil, pubsub.ValidationReject, fmt.Errorf("message of %d bytes exceeds %d", len(data), MaxWireMessage)
	}
	author, err := peer.IDFromBytes(authorBytes)
	if err != nil {
		return nil, pubsub.ValidationReject, fmt.Errorf("bad author: %w", err)
	}
	authorParty, ok := t.hs.NodeSet().Party(author)
	if !ok {
		return nil, pubsub.ValidationReject, fmt.Errorf("author %s is not in the node set", author)
	}
	w, err := decodeWire(data)
	if err != nil {
		return nil, pubsub.ValidationReject, err
	}
	if w.Kind != kindBroadcast {
		return nil, pubsub.ValidationReject, fmt.Errorf("kind %d on a topic", w.Kind)
	}
	if w.From != authorParty {
		return nil, pubsub.ValidationReject, fmt.Errorf("party %s claims to be party %s", authorParty, w.From)
	}
	sent := time.UnixMilli(int64(min(w.TimeMs, 1<<62)))
	if now.Sub(sent) > maxMsgAge {
		return nil, pubsub.ValidationIgnore, fmt.Errorf("stale message from %s (sent %s)", authorParty, sent.UTC().Format(time.RFC3339))
	}
	if sent.Sub(now) > maxClockSkew {
		return nil, pubsub.ValidationIgnore, fmt.Errorf("message from %s dated in the future (%s)", authorParty, sent.UTC().Format(time.RFC3339))
	}
	switch t.replay.add(replayKey{author: author, session: w.Session, seq: w.Seq}, now, t.hs.NodeSet().Len()) {
	case replayDup:
		return nil, pubsub.ValidationIgnore, fmt.Errorf("replayed message from %s (session %s seq %d)", authorParty, w.Session, w.Seq)
	case replayFull:
		// Not remembered, so not accepted either: the sender's direct
		// retransmission delivers it if it is genuine.
		return nil, pubsub.ValidationIgnore, fmt.Errorf("replay quota of %s full (session %s seq %d)", authorParty, w.Session, w.Seq)
	}
	return &validated{w: w, author: author}, pubsub.ValidationAccept, nil
}

func (t *Transport) readTopic(ctx context.Context, ts *topicSub) {
	self := t.hs.ID()
	for {
		msg, err := ts.sub.Next(ctx)
		if err != nil {
			return
		}
		v, ok := msg.ValidatorData.(*validated)
		if !ok || v.author == self {
			continue
		}
		if t.deliver(v.w, ts.name) != statusOK {
			continue
		}
		ack := &wireMsg{Kind: kindAck, Session: v.w.Session, To: v.w.From, Seq: v.w.Seq, TimeMs: uint64(time.Now().UnixMilli())}
		if id, ok := t.hs.NodeSet().Party(self); ok {
			ack.From = id
		} else {
			continue
		}
		body, err := ack.encode()
		if err != nil {
			continue
		}
		_ = t.sender(v.author).enqueue(&outFrame{body: body, done: t.ctx.Done(), expires: time.Now().Add(ackExpiry)})
	}
}

// ---- receiving ----

type pendingSession struct {
	created time.Time
	msgs    []pendingMsg
	seen    map[seenKey]struct{}
	bytes   int
	by      map[party.ID]*pendingQuota // each sender's messages here (sessions unused)
}

// pendingQuota is one sender's use of the pending table.
type pendingQuota struct {
	sessions, msgs, bytes int
}

// pendingLimits are the global backstops for a node set of n members: above
// n times the per-sender quota, so that only a sender over its own quota is
// ever refused.
func pendingLimits(n int) (sessions, bytes int) {
	return max(maxPendingSessions, (n+1)*maxPendingSenderSessions), max(maxPendingBytes, (n+1)*maxPendingSenderBytes)
}

// dropPending removes a pending session and returns its quota; t.mu is held.
func (t *Transport) dropPending(id string, ps *pendingSession) {
	delete(t.pending, id)
	t.pendingB -= ps.bytes
	for from, q := range ps.by {
		tq := t.pendingBy[from]
		if tq == nil {
			continue
		}
		tq.sessions--
		tq.msgs -= q.msgs
		tq.bytes -= q.bytes
		if tq.sessions <= 0 {
			delete(t.pendingBy, from)
		}
	}
}

type pendingMsg struct {
	w     *wireMsg
	topic string
}

// deliver hands a broadcast or direct message to its session, or buffers it
// until the session is opened here. It returns a stream status byte.
func (t *Transport) deliver(w *wireMsg, topic string) byte {
	t.mu.Lock()
	if c := t.conns[w.Session]; c != nil {
		t.mu.Unlock()
		return c.deliver(w, topic)
	}
	defer t.mu.Unlock()
	if t.closed {
		return statusBusy
	}
	if !t.ended[w.Session].IsZero() {
		return statusOK // late message of a finished session: drop it, but stop the retransmits
	}
	maxSessions, maxBytes := pendingLimits(t.hs.NodeSet().Len())
	ps := t.pending[w.Session]
	if ps != nil {
		if _, dup := ps.seen[seenKey{from: w.From, seq: w.Seq}]; dup {
			return statusOK
		}
	}
	// The sender's own quota first: a flooding member is refused here,
	// before it can touch what others share.
	if t.pendingBy == nil {
		t.pendingBy = make(map[party.ID]*pendingQuota)
	}
	tq := t.pendingBy[w.From]
	if tq == nil {
		tq = &pendingQuota{}
	}
	var sq *pendingQuota
	if ps != nil {
		sq = ps.by[w.From]
	}
	size := len(w.Data)
	switch {
	case sq == nil && tq.sessions >= maxPendingSenderSessions,
		sq != nil && sq.msgs >= maxPendingPerSession,
		tq.msgs >= maxPendingSenderMsgs,
		tq.bytes+size > maxPendingSenderBytes:
		return statusBusy
	case ps == nil && len(t.pending) >= maxSessions,
		t.pendingB+size > maxBytes:
		return statusBusy
	}
	if ps == nil {
		ps = &pendingSession{created: time.Now(), seen: make(map[seenKey]struct{}), by: make(map[party.ID]*pendingQuota)}
		t.pending[w.Session] = ps
	}
	if sq == nil {
		sq = &pendingQuota{}
		ps.by[w.From] = sq
		tq.sessions++
	}
	t.pendingBy[w.From] = tq
	ps.seen[seenKey{from: w.From, seq: w.Seq}] = struct{}{}
	ps.msgs = append(ps.msgs, pendingMsg{w: w, topic: topic})
	ps.bytes += size
	sq.msgs++
	sq.bytes += size
	tq.msgs++
	tq.bytes += size
	t.pendingB += size
	return statusOK
}

func (t *Transport) handleAck(w *wireMsg) byte {
	t.mu.Lock()
	c := t.conns[w.Session]
	if c == nil {
		c = t.draining[w.Session]
	}
	t.mu.Unlock()
	if c == nil || w.To != c.s.Self {
		return statusOK // nothing waits for it any more
	}
	c.ack(w.Seq, w.From)
	return statusOK
}

// handleStream serves /pkpnet/mpc/1.0.0 (members only, see HandleNode): a
// sequence of frames, each answered by one status byte. A malformed or
// oversized frame, or one whose sender is not the stream's peer, resets the
// stream.
func (t *Transport) handleStream(s network.Stream) {
	remote := s.Conn().RemotePeer()
	br := bufio.NewReader(s)
	fail := func(err error) {
		t.hs.stats.StreamErrors.Add(1)
		t.log.Warn("MPC stream closed", "peer", remote.String(), "err", err)
		_ = s.Reset()
	}
	for {
		_ = s.SetReadDeadline(time.Now().Add(streamIdle))
		body, err := ReadFrame(br, MaxWireMessage)
		if errors.Is(err, io.EOF) {
			_ = s.Close()
			return
		}
		if err != nil {
			fail(err)
			return
		}
		w, err := decodeWire(body)
		if err != nil {
			fail(err)
			return
		}
		from, ok := t.hs.NodeSet().Party(remote)
		if !ok {
			fail(fmt.Errorf("peer left the node set"))
			return
		}
		if w.From != from {
			fail(fmt.Errorf("party %s sent a frame as party %s", from, w.From))
			return
		}
		var status byte
		switch w.Kind {
		case kindAck:
			status = t.handleAck(w)
		default:
			status = t.deliver(w, "")
		}
		_ = s.SetWriteDeadline(time.Now().Add(frameIOTimeout))
		if _, err := s.Write([]byte{status}); err != nil {
			_ = s.Reset()
			return
		}
	}
}

// janitor expires buffered messages, ended-session markers and replay keys.
func (t *Transport) janitor() {
	tick := time.NewTicker(5 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-t.ctx.Done():
			return
		case now := <-tick.C:
			t.mu.Lock()
			for id, ps := range t.pending {
				if now.Sub(ps.created) > pendingTTL {
					t.dropPending(id, ps)
				}
			}
			for id, at := range t.ended {
				if now.Sub(at) > closedTTL {
					delete(t.ended, id)
				}
			}
			t.mu.Unlock()
			t.replay.prune(now)
		}
	}
}

type replayKey struct {
	author  peer.ID
	session string
	seq     uint64
}

// replayCache remembers accepted gossip messages for the replay window.
// Each author has its own quota (entries and bytes), so a member that
// floods the topic fills only its own share: its further messages are
// ignored (its genuine ones still arrive by direct retransmission), while
// every other author's messages are accepted and their replays rejected.
// The global cap is a backstop above n times the per-author quota.
type replayCache struct {
	mu   sync.Mutex
	seen map[replayKey]time.Time
	by   map[peer.ID]*replayQuota
}

type replayQuota struct{ entries, bytes int }

const (
	maxReplayEntries         = 1 << 20 // global backstop (see replayLimit)
	maxReplayPerSender       = 1 << 15 // entries of one author in the window
	maxReplaySenderBytes     = 8 << 20 // bytes of one author's entries
	replayEntryOverheadBytes = 64      // map entry, peer ID, time: charged per entry
)

// replayResult is the outcome of replayCache.add.
type replayResult int

const (
	replayNew  replayResult = iota // remembered: accept the message
	replayDup                      // seen before: a replay
	replayFull                     // the author's quota (or the backstop) is full
)

func newReplayCache() replayCache {
	return replayCache{seen: make(map[replayKey]time.Time), by: make(map[peer.ID]*replayQuota)}
}

// replayLimit is the global backstop for a node set of n members.
func replayLimit(n int) int { return max(maxReplayEntries, (n+1)*maxReplayPerSender) }

func replayCost(k replayKey) int { return len(k.session) + len(k.author) + replayEntryOverheadBytes }

// add remembers k unless it was seen or its author's quota is full. members
// is the node set's size (for the backstop).
func (r *replayCache) add(k replayKey, now time.Time, members int) replayResult {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, dup := r.seen[k]; dup {
		return replayDup
	}
	if r.by == nil {
		r.by = make(map[peer.ID]*replayQuota)
	}
	q := r.by[k.author]
	if q == nil {
		q = &replayQuota{}
	}
	cost := replayCost(k)
	if q.entries >= maxReplayPerSender || q.bytes+cost > maxReplaySenderBytes || len(r.seen) >= replayLimit(members) {
		return replayFull
	}
	q.entries++
	q.bytes += cost
	r.by[k.author] = q
	r.seen[k] = now
	return replayNew
}

func (r *replayCache) prune(now time.Time) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for k, at := range r.seen {
		if now.Sub(at) > maxMsgAge+maxClockSkew+seenTTL {
			delete(r.seen, k)
			if q := r.by[k.author]; q != nil {
				q.entries--
				q.bytes -= replayCost(k)
				if q.entries <= 0 {
					delete(r.by, k.author)
				}
			}
		}
	}
}
