package client

import (
	"errors"
	"slices"
	"strconv"
	"time"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/p2p"
)

// Coordinator choice. The client chooses the coordinator of every attempt
// from its own observations, never from a number a node reports about
// itself: round robin among the usable nodes, preferring nodes whose recent
// attempts as coordinator succeeded and were fast (latency measured by the
// client), with a cap on how often one node coordinates in a row. A node
// whose attempt as coordinator failed cools down (ranked after the others,
// for a time that doubles with each consecutive failure). Self-reported
// pool levels, clamped to p2p.MaxPoolLevel, only break ties.
const (
	// maxCoordInARow caps consecutive picks of one node while others are
	// usable.
	maxCoordInARow = 3
	// coordCooldown is how long a node that failed as coordinator ranks
	// after the others; it doubles per consecutive failure, up to
	// maxCoordCooldown.
	coordCooldown    = 10 * time.Second
	maxCoordCooldown = 5 * time.Minute
	// A node is slow when its latency as coordinator exceeds slowFactor
	// times the fastest candidate's plus slowMargin.
	slowFactor = 3
	slowMargin = 250 * time.Millisecond
)

// coordBook is what the client observed of each node as coordinator.
// Client.mu guards it.
type coordBook struct {
	seq    uint64
	last   string // party of the last pick
	inARow int    // consecutive picks of last
	nodes  map[string]*coordRecord
}

type coordRecord struct {
	lastPick uint64        // seq of the last pick; 0: never
	latency  time.Duration // moving average of successful attempts; 0: unknown
	failures int           // consecutive failed attempts it coordinated
	failedAt time.Time
}

func newCoordBook() coordBook { return coordBook{nodes: map[string]*coordRecord{}} }

func (b *coordBook) rec(p string) *coordRecord {
	if b.nodes == nil {
		b.nodes = map[string]*coordRecord{}
	}
	r := b.nodes[p]
	if r == nil {
		r = &coordRecord{}
		b.nodes[p] = r
	}
	return r
}

func (r *coordRecord) cooling(now time.Time) bool {
	if r.failures == 0 {
		return false
	}
	d := min(coordCooldown<<min(r.failures-1, 10), maxCoordCooldown)
	return now.Sub(r.failedAt) < d
}

// pick chooses among usable: first the nodes not in avoid (the coordinators
// that failed earlier in this request); when every usable node is in avoid,
// any but prev (the last attempt's coordinator). It ranks by: fewest
// failures in this request (involved), not cooling down, not over the
// in-a-row cap, not slow, least recently picked, fullest clamped pool,
// lowest party.
func (b *coordBook) pick(usable []NodeStatus, avoid map[string]bool, involved map[string]int, prev string, now time.Time) NodeStatus {
	var cands []NodeStatus
	for _, s := range usable {
		if !avoid[s.Party] {
			cands = append(cands, s)
		}
	}
	if len(cands) == 0 {
		for _, s := range usable {
			if s.Party != prev || len(usable) == 1 {
				cands = append(cands, s)
			}
		}
	}
	var fastest time.Duration
	for _, s := range cands {
		if l := b.rec(s.Party).latency; l > 0 && (fastest == 0 || l < fastest) {
			fastest = l
		}
	}
	type rank struct {
		involved, cooling, capped, slow int
		lastPick                        uint64
		pool, party                     int
	}
	bit := func(v bool) int {
		if v {
			return 1
		}
		return 0
	}
	rankOf := func(s NodeStatus) rank {
		r := b.rec(s.Party)
		party, _ := strconv.Atoi(s.Party)
		return rank{
			involved: involved[s.Party],
			cooling:  bit(r.cooling(now)),
			capped:   bit(s.Party == b.last && b.inARow >= maxCoordInARow && len(cands) > 1),
			slow:     bit(fastest > 0 && r.latency > slowFactor*fastest+slowMargin),
			lastPick: r.lastPick,
			pool:     -s.Pool(),
			party:    party,
		}
	}
	less := func(x, y rank) int {
		for _, d := range []int{x.involved - y.involved, x.cooling - y.cooling, x.capped - y.capped, x.slow - y.slow} {
			if d != 0 {
				return d
			}
		}
		switch {
		case x.lastPick < y.lastPick:
			return -1
		case x.lastPick > y.lastPick:
			return 1
		}
		if d := x.pool - y.pool; d != 0 {
			return d
		}
		return x.party - y.party
	}
	best := slices.MinFunc(cands, func(x, y NodeStatus) int { return less(rankOf(x), rankOf(y)) })
	b.seq++
	b.rec(best.Party).lastPick = b.seq
	if best.Party == b.last {
		b.inARow++
	} else {
		b.last, b.inARow = best.Party, 1
	}
	return best
}

// done records the outcome of an attempt p coordinated. A failure counts
// only when the coordinator itself failed (no answer or an error answer).
func (b *coordBook) done(p string, ok bool, took time.Duration, now time.Time) {
	r := b.rec(p)
	if ok {
		r.failures = 0
		if r.latency == 0 {
			r.latency = took
		} else {
			r.latency = (3*r.latency + took) / 4
		}
		return
	}
	r.failures++
	r.failedAt = now
}

// pickCoordinator chooses the coordinator of one attempt (see coordBook.pick)
// and debits its pool, so that usableStatuses handshakes again once this
// client's requests used up the pools the nodes reported.
func (c *Client) pickCoordinator(usable []NodeStatus, avoid map[string]bool, involved map[string]int, prev string) NodeStatus {
	c.mu.Lock()
	defer c.mu.Unlock()
	best := c.coord.pick(usable, avoid, involved, prev, time.Now())
	c.debit[best.Party]++
	return best
}

// pinnedCoordinator returns the member named by pin (Options.Coordinator),
// unless pin is empty, not a member, or already failed as coordinator in
// this request.
func pinnedCoordinator(members []NodeStatus, pin string, failed map[string]bool) (NodeStatus, bool) {
	if pin == "" || failed[pin] {
		return NodeStatus{}, false
	}
	for _, s := range members {
		if s.Party == pin {
			return s, true
		}
	}
	return NodeStatus{}, false
}

// debitCoordinator debits the pool of a coordinator the caller pinned (see
// pickCoordinator).
func (c *Client) debitCoordinator(p string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.debit[p]++
}

// coordinated records the outcome of an attempt coordinated by p.
func (c *Client) coordinated(p string, ok bool, took time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.coord.done(p, ok, took, time.Now())
}

// retryState is one request's memory of its failed attempts.
type retryState struct {
	excluded    map[string]bool            // failed themselves (or Options.Exclude)
	failedCoord map[string]bool            // coordinators of failed attempts
	involved    map[string]int             // failed attempts each node took part in
	accusers    map[string]map[string]bool // party -> the parties that held it responsible
	prev        string                     // the last attempt's coordinator
}

func newRetryState(exclude []string) *retryState {
	r := &retryState{excluded: map[string]bool{}, failedCoord: map[string]bool{}, involved: map[string]int{}, accusers: map[string]map[string]bool{}}
	for _, p := range exclude {
		r.excluded[p] = true
	}
	return r
}

// failed records a failed attempt coordinated by coord: how each node
// answered (kinds) and the attempt's node errors. It returns whether the
// coordinator failed itself (no answer or an error answer).
func (r *retryState) failed(coord string, kinds map[string]answerKind, nes []NodeError) bool {
	r.failedCoord[coord] = true
	r.prev = coord
	r.involved[coord]++
	for p, k := range kinds {
		if k == answerError && p != coord {
			r.involved[p]++
		}
	}
	for _, ne := range nes {
		// Failed itself: no usable answer, a bad share, or an answer
		// without the share it owed.
		if ne.BadShare || kinds[ne.Party] == answerNone || kinds[ne.Party] == answerOK {
			r.excluded[ne.Party] = true
		}
		var pe *p2p.Error
		if errors.As(ne.Err, &pe) && pe.Code == p2p.CodeBadCoordination && pe.Culprit != "" && pe.Culprit != ne.Party {
			if r.accusers[pe.Culprit] == nil {
				r.accusers[pe.Culprit] = map[string]bool{}
			}
			r.accusers[pe.Culprit][ne.Party] = true
		}
	}
	return kinds[coord] != answerOK
}

// members returns the membership of the next attempt (see leaveOut) and
// the parties left out of it.
func (r *retryState) members(usable []NodeStatus, t int) ([]NodeStatus, []string) {
	return leaveOut(usable, r.involved, r.accusers, t)
}

// leaveOut returns the membership of the next attempt: usable without
// suspects, as long as at least t nodes remain. This is no blame (a node
// left out is never in BadNodes) and never shrinks the membership below t.
//   - A node held responsible (bad_coordination with a culprit) by at least
//     two distinct other nodes in this request is left out, the most accused
//     first: with at most one malicious node, one of its accusers is honest.
//   - Otherwise, the node that took part in strictly more failed attempts
//     than any other (at least 2) is left out: a malicious node is in every
//     attempt it makes fail, while honest nodes miss some.
func leaveOut(usable []NodeStatus, involved map[string]int, accusers map[string]map[string]bool, t int) ([]NodeStatus, []string) {
	if len(usable) <= t {
		return usable, nil
	}
	in := map[string]bool{}
	for _, s := range usable {
		in[s.Party] = true
	}
	var accused []string
	for p, by := range accusers {
		if in[p] && len(by) >= 2 {
			accused = append(accused, p)
		}
	}
	slices.SortFunc(accused, func(a, b string) int {
		if d := len(accusers[b]) - len(accusers[a]); d != 0 {
			return d
		}
		return mpc.CompareParties(a, b)
	})
	var left []string
	if len(accused) > 0 {
		left = accused[:min(len(accused), len(usable)-t)]
	} else {
		top, second, who := 0, 0, ""
		for _, s := range usable {
			switch v := involved[s.Party]; {
			case v > top:
				top, second, who = v, top, s.Party
			case v > second:
				second = v
			}
		}
		if top < 2 || top == second {
			return usable, nil
		}
		left = []string{who}
	}
	out := make([]NodeStatus, 0, len(usable)-len(left))
	for _, s := range usable {
		if !slices.Contains(left, s.Party) {
			out = append(out, s)
		}
	}
	return out, left
}
