package p2p

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

type seenKey struct {
	from party.ID
	seq  uint64
}

// bcastState tracks the parties that have not acknowledged one broadcast.
type bcastState struct {
	body    []byte
	waiting map[party.ID]bool // party -> a retransmission is in flight
	next    time.Time
	backoff time.Duration
}

// conn is one party's view of a session on the libp2p transport.
type conn struct {
	t     *Transport
	s     mpc.Session
	topic string
	ts    *topicSub
	peers map[party.ID]peer.ID // the other parties
	seq   atomic.Uint64

	mu         sync.Mutex
	queue      []mpc.Envelope
	queueBytes int
	queueBy    map[party.ID]*pendingQuota // each sender's share of the queue (msgs, bytes)
	seen       map[seenKey]struct{}
	acks       map[uint64]*bcastState
	dropped    int

	notify      chan struct{}
	out         chan mpc.Envelope
	done        chan struct{} // closed by Close: Recv ends, nothing more is accepted
	pumpDone    chan struct{}
	sendDone    chan struct{} // closed when outgoing messages are delivered or given up
	outstanding atomic.Int64  // direct frames not yet confirmed
	closeOnce   sync.Once
	barrierOnce sync.Once // the readiness barrier, before the first broadcast
}

// Recv implements mpc.Conn.
func (c *conn) Recv() <-chan mpc.Envelope { return c.out }

// Send implements mpc.Conn. It returns once the message is handed to
// gossipsub or queued for its peer; delivery continues in the background
// (with retries) until the session is closed.
func (c *conn) Send(ctx context.Context, e mpc.Envelope) error {
	select {
	case <-c.done:
		return fmt.Errorf("send in session %s: %w", c.s.ID, ErrClosed)
	default:
	}
	if e.Session == "" {
		e.Session = c.s.ID
	}
	if e.From == "" {
		e.From = c.s.Self
	}
	if e.Session != c.s.ID || e.From != c.s.Self {
		return fmt.Errorf("send in session %s: envelope is for session %q from %q", c.s.ID, e.Session, e.From)
	}
	if len(e.Data) > mpc.MaxMessageSize {
		return fmt.Errorf("send in session %s: message of %d bytes exceeds %d", c.s.ID, len(e.Data), mpc.MaxMessageSize)
	}
	w := &wireMsg{
		Session: e.Session,
		From:    e.From,
		Seq:     c.seq.Add(1),
		TimeMs:  uint64(time.Now().UnixMilli()),
		Data:    e.Data,
	}
	if e.Broadcast {
		w.Kind = kindBroadcast
		body, err := w.encode()
		if err != nil {
			return fmt.Errorf("send in session %s: %w", c.s.ID, err)
		}
		// Only broadcasts need the others subscribed: a session that sends
		// point to point only (sign coordination) never waits for gossip.
		// The barrier comes before the broadcast is registered for
		// retransmission, so that nothing is resent before it.
		c.barrierOnce.Do(func() { c.t.barrier(ctx, c) })
		st := &bcastState{body: body, waiting: make(map[party.ID]bool, len(c.peers)), backoff: c.t.opts.RetransmitAfter}
		st.next = time.Now().Add(st.backoff)
		for id := range c.peers {
			st.waiting[id] = false
		}
		c.mu.Lock()
		c.acks[w.Seq] = st
		c.mu.Unlock()
		if err := c.ts.topic.Publish(ctx, body); err != nil {
			return fmt.Errorf("send in session %s: publish: %w", c.s.ID, err)
		}
		return nil
	}
	p, ok := c.peers[e.To]
	if !ok {
		return fmt.Errorf("send in session %s: recipient %q is not another party of the session", c.s.ID, e.To)
	}
	w.Kind = kindDirect
	w.To = e.To
	body, err := w.encode()
	if err != nil {
		return fmt.Errorf("send in session %s: %w", c.s.ID, err)
	}
	c.outstanding.Add(1)
	f := &outFrame{body: body, done: c.sendDone, onResult: func(error) { c.outstanding.Add(-1) }}
	if err := c.t.sender(p).enqueue(f); err != nil {
		c.outstanding.Add(-1)
		return fmt.Errorf("send in session %s to %s: %w", c.s.ID, e.To, err)
	}
	return nil
}

// deliver queues an incoming message for Recv; it returns a status byte.
func (c *conn) deliver(w *wireMsg, topic string) byte {
	if topic != "" && topic != c.topic {
		return statusRejected
	}
	if _, ok := c.peers[w.From]; !ok {
		return statusRejected
	}
	if w.Kind == kindDirect && w.To != c.s.Self {
		return statusRejected
	}
	k := seenKey{from: w.From, seq: w.Seq}
	c.mu.Lock()
	defer c.mu.Unlock()
	select {
	case <-c.done:
		return statusOK
	default:
	}
	if _, dup := c.seen[k]; dup {
		return statusOK
	}
	// The sender's own quota first, so that a flooding party only delays
	// its own messages; the global caps are a backstop above n times it.
	q := c.queueBy[w.From]
	if q == nil {
		q = &pendingQuota{}
	}
	maxMsgs := max(maxInboxMsgs, (len(c.peers)+1)*maxInboxSenderMsgs)
	maxBytes := max(maxInboxBytes, (len(c.peers)+1)*maxInboxSenderBytes)
	if q.msgs >= maxInboxSenderMsgs || q.bytes+len(w.Data) > maxInboxSenderBytes ||
		len(c.queue) >= maxMsgs || c.queueBytes+len(w.Data) > maxBytes {
		c.dropped++
		return statusBusy
	}
	if c.queueBy == nil {
		c.queueBy = make(map[party.ID]*pendingQuota)
	}
	q.msgs++
	q.bytes += len(w.Data)
	c.queueBy[w.From] = q
	c.seen[k] = struct{}{}
	e := mpc.Envelope{Session: w.Session, From: w.From, Broadcast: w.Kind == kindBroadcast, Data: w.Data}
	if !e.Broadcast {
		e.To = w.To
	}
	c.queue = append(c.queue, e)
	c.queueBytes += len(w.Data)
	select {
	case c.notify <- struct{}{}:
	default:
	}
	return statusOK
}

// pump feeds Recv from the queue, so that network readers never block on a
// slow protocol.
func (c *conn) pump() {
	defer close(c.pumpDone)
	defer close(c.out)
	for {
		c.mu.Lock()
		if len(c.queue) == 0 {
			c.mu.Unlock()
			select {
			case <-c.notify:
				continue
			case <-c.done:
				return
			}
		}
		e := c.queue[0]
		c.queue[0] = mpc.Envelope{}
		c.queue = c.queue[1:]
		c.queueBytes -= len(e.Data)
		if q := c.queueBy[e.From]; q != nil {
			q.msgs--
			q.bytes -= len(e.Data)
			if q.msgs <= 0 {
				delete(c.queueBy, e.From)
			}
		}
		c.mu.Unlock()
		select {
		case c.out <- e:
		case <-c.done:
			return
		}
	}
}

func (c *conn) ack(seq uint64, from party.ID) {
	c.mu.Lock()
	defer c.mu.Unlock()
	st := c.acks[seq]
	if st == nil {
		return
	}
	delete(st.waiting, from)
	if len(st.waiting) == 0 {
		delete(c.acks, seq)
	}
}

// retransmitLoop re-sends broadcasts that a party has not acknowledged, on
// a direct stream to that party, with exponential backoff. After Close it
// keeps going for up to closeLinger, until every broadcast is acknowledged
// and every direct message confirmed: a party that finishes first must not
// strand the others waiting for its last messages.
func (c *conn) retransmitLoop() {
	defer close(c.sendDone)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	var lingerEnd time.Time
	for {
		select {
		case <-c.t.ctx.Done():
			return
		case now := <-tick.C:
			select {
			case <-c.done:
				if lingerEnd.IsZero() {
					lingerEnd = now.Add(closeLinger)
				}
				c.mu.Lock()
				idle := len(c.acks) == 0
				c.mu.Unlock()
				if (idle && c.outstanding.Load() == 0) || now.After(lingerEnd) {
					return
				}
			default:
			}
			type resend struct {
				seq uint64
				id  party.ID
				f   *outFrame
			}
			var due []resend
			c.mu.Lock()
			for seq, st := range c.acks {
				if now.Before(st.next) {
					continue
				}
				for id, inflight := range st.waiting {
					if inflight {
						continue
					}
					st.waiting[id] = true
					due = append(due, resend{seq, id, &outFrame{body: st.body, done: c.sendDone, onResult: c.retransmitResult(seq, id)}})
				}
				st.backoff = min(2*st.backoff, 4*time.Second)
				st.next = now.Add(st.backoff)
			}
			c.mu.Unlock()
			// Enqueue outside c.mu: the lock order is t.mu before c.mu.
			for _, r := range due {
				c.t.retransmits.Add(1)
				if err := c.t.sender(c.peers[r.id]).enqueue(r.f); err != nil {
					c.retransmitResult(r.seq, r.id)(err)
				}
			}
		}
	}
}

func (c *conn) retransmitResult(seq uint64, id party.ID) func(error) {
	return func(err error) {
		if err == nil || errors.Is(err, errRejected) {
			c.ack(seq, id)
			return
		}
		c.mu.Lock()
		if st := c.acks[seq]; st != nil {
			if _, ok := st.waiting[id]; ok {
				st.waiting[id] = false
			}
		}
		c.mu.Unlock()
	}
}

// Close implements mpc.Conn: it leaves the session and closes Recv.
// Messages this party already sent are still delivered (acknowledged or
// confirmed) in the background for up to closeLinger.
func (c *conn) Close() error {
	c.closeOnce.Do(func() {
		c.mu.Lock()
		close(c.done)
		c.mu.Unlock()
		t := c.t
		t.mu.Lock()
		if t.conns[c.s.ID] == c {
			delete(t.conns, c.s.ID)
			t.draining[c.s.ID] = c
		}
		t.ended[c.s.ID] = time.Now()
		t.mu.Unlock()
		<-c.pumpDone
		t.releaseTopic(c.ts)
	})
	return nil
}
