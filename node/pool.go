package node

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/ecdsa"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node/signing"
	"github.com/pkpnet/pkpnet/p2p"
)

// Signer-set policy. A coordinator keeps presignatures for keptSets signer
// sets of size T that contain it, never for every combination of T of n
// (C(n-1, T-1) grows too fast for a 10-node network to ever fill). The sets
// are chosen from the other parties in rotation order after this node (so
// that the coordinators spread the presign work over the network), healthy
// parties first and slow ones last: the preferred set takes the first T-1,
// the spare the last T-1. A party that fails an invitation or stays silent
// in a presign round backs off (doubling, up to maxBackoff), and the sets
// rotate around it. Presignatures of sets no longer kept stay usable.
const (
	keptSets    = 2
	baseBackoff = time.Second
	maxBackoff  = 30 * time.Second
	// A party is slow when its invitation round trip exceeds slowFactor
	// times the fastest one's plus slowMargin.
	slowFactor = 3
	slowMargin = 250 * time.Millisecond
)

// Pool targets follow demand: a kept set's target is the configured
// PoolTarget (the floor, kept at idle), raised to the presignatures taken
// in the last demandWindow, up to demandCap times PoolTarget.
const (
	demandWindow = time.Minute
	demandCap    = 4
)

// pool is this node's presignature pool: the presignatures it coordinated
// (and so alone may assign), per signer set, and the background refill.
type pool struct {
	n *Node
	y *yielder

	mu        sync.Mutex
	avail     map[string][][]byte // signer set key -> unconsumed, unassigned presignature IDs
	inflight  map[string]int      // signer set key -> presign sessions running
	failUntil map[string]time.Time
	health    map[party.ID]*partyHealth
	demand    []time.Time // takes and misses within demandWindow
	coord     int         // presign sessions this node coordinates now
	follow    int         // presign sessions this node follows now
	kick      chan struct{}
	made      int // presignatures this node coordinated since start
}

// partyHealth is what this coordinator observed of another party.
type partyHealth struct {
	failures int
	until    time.Time     // backed off until
	rtt      time.Duration // moving average of invitation round trips
}

func newPool(n *Node) *pool {
	return &pool{
		n: n, y: newYielder(), avail: map[string][][]byte{}, inflight: map[string]int{}, failUntil: map[string]time.Time{},
		health: map[party.ID]*partyHealth{}, kick: make(chan struct{}, 1),
	}
}

// coordTag is the store key tag of presignatures coordinated by c.
func coordTag(epoch uint64, c party.ID) string { return fmt.Sprintf("root/%d/c%s", epoch, c) }

// setKey is the canonical name of a signer set: party IDs in the canonical
// order (mpc.CompareParties), comma-separated ("2,9,10").
func setKey(s []party.ID) string {
	ids := mpc.SortParties(s)
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = string(id)
	}
	return strings.Join(parts, ",")
}

func parseSetKey(k string) []party.ID {
	var out []party.ID
	for _, p := range strings.Split(k, ",") {
		out = append(out, party.ID(p))
	}
	return out
}

// load reads the unconsumed presignatures this node coordinated. A
// presignature stored without its agreement (every signer's signature over
// its public data; stores written before the agreement round existed) is
// discarded: a client could not accept its public data.
func (p *pool) load() error {
	infos, err := p.n.store.Presigns(false)
	if err != nil {
		return fmt.Errorf("list presignatures: %w", err)
	}
	tag := coordTag(p.n.epoch, p.n.self)
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, in := range infos {
		if in.Consumed() {
			continue
		}
		if _, err := p.n.store.PresignAgreement(in.ID); err != nil {
			if err := p.n.store.DiscardPresign(in.ID, "discarded at load: stored without agreement"); err != nil {
				return fmt.Errorf("discard presignature without agreement: %w", err)
			}
			continue
		}
		if in.Key != tag {
			continue
		}
		k := setKey(in.Signers)
		p.avail[k] = append(p.avail[k], in.ID)
	}
	return nil
}

// levels are the pool levels: the sets this node prefers with every party
// healthy (0 when empty, so that the handshake shows what it aims for),
// and every other set with presignatures left (rotated sets).
func (p *pool) levels() map[string]int {
	parties := p.n.members.Parties()
	yes := func(party.ID) bool { return true }
	sets := chooseSets(p.n.self, parties, mpc.Threshold(len(parties)), yes, func(party.ID) bool { return false })
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make(map[string]int)
	for _, s := range sets {
		out[setKey(s)] = len(p.avail[setKey(s)])
	}
	for k, v := range p.avail {
		if v := len(v); v > 0 || out[k] > 0 {
			out[k] = v
		}
	}
	return out
}

// signerSets are the signer sets this node keeps presignatures for now
// (chooseSets over the current node set and this node's observations).
func (p *pool) signerSets() [][]party.ID {
	parties := p.n.members.Parties()
	now := time.Now()
	p.mu.Lock()
	defer p.mu.Unlock()
	var fastest time.Duration
	for _, h := range p.health {
		if h.rtt > 0 && (fastest == 0 || h.rtt < fastest) {
			fastest = h.rtt
		}
	}
	healthy := func(q party.ID) bool {
		if h := p.health[q]; h != nil && now.Before(h.until) {
			return false
		}
		pid, ok := p.n.host.NodeSet().Peer(q)
		return ok && p.n.host.Connected(pid)
	}
	slow := func(q party.ID) bool {
		h := p.health[q]
		return h != nil && fastest > 0 && h.rtt > slowFactor*fastest+slowMargin
	}
	return chooseSets(p.n.self, parties, mpc.Threshold(len(parties)), healthy, slow)
}

// chooseSets picks up to keptSets signer sets of size t containing self:
// the other parties in rotation order after self, healthy ones only, slow
// ones last; the preferred set takes the first t-1 of them, the spare the
// last t-1. It returns nil when fewer than t-1 others are healthy.
func chooseSets(self party.ID, parties []party.ID, t int, healthy, slow func(party.ID) bool) [][]party.ID {
	parties = mpc.SortParties(parties)
	i := slices.Index(parties, self)
	if i < 0 || t < 1 {
		return nil
	}
	var fast, slowOnes []party.ID
	for _, q := range append(slices.Clone(parties[i+1:]), parties[:i]...) {
		switch {
		case !healthy(q):
		case slow(q):
			slowOnes = append(slowOnes, q)
		default:
			fast = append(fast, q)
		}
	}
	cands := append(fast, slowOnes...)
	if len(cands) < t-1 {
		return nil
	}
	out := [][]party.ID{mpc.SortParties(append([]party.ID{self}, cands[:t-1]...))}
	if spare := mpc.SortParties(append([]party.ID{self}, cands[len(cands)-(t-1):]...)); keptSets > 1 && !slices.Equal(spare, out[0]) {
		out = append(out, spare)
	}
	return out
}

// target is the number of presignatures kept ready per set: PoolTarget,
// raised by recent demand up to demandCap times PoolTarget. p.mu is held.
func (p *pool) target(now time.Time) int {
	cut := 0
	for cut < len(p.demand) && now.Sub(p.demand[cut]) > demandWindow {
		cut++
	}
	p.demand = p.demand[cut:]
	base := p.n.cfg.PoolTarget
	return min(max(base, len(p.demand)), demandCap*base)
}

// failed backs off party q after it failed an invitation or a round.
func (p *pool) failed(q party.ID) {
	p.mu.Lock()
	defer p.mu.Unlock()
	h := p.health[q]
	if h == nil {
		h = &partyHealth{}
		p.health[q] = h
	}
	h.failures++
	h.until = time.Now().Add(min(baseBackoff<<min(h.failures-1, 10), maxBackoff))
}

// answered records a successful invitation of q and its round trip.
func (p *pool) answered(q party.ID, rtt time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	h := p.health[q]
	if h == nil {
		h = &partyHealth{}
		p.health[q] = h
	}
	h.failures, h.until = 0, time.Time{}
	if h.rtt == 0 {
		h.rtt = rtt
	} else {
		h.rtt = (3*h.rtt + rtt) / 4
	}
}

func (p *pool) wake() {
	select {
	case p.kick <- struct{}{}:
	default:
	}
}

// run refills the pool until ctx ends.
func (p *pool) run(ctx context.Context) {
	if p.n.cfg.PoolTarget <= 0 {
		return
	}
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	lastLog := time.Time{}
	for {
		p.fill(ctx)
		if time.Since(lastLog) > 10*time.Second {
			p.mu.Lock()
			target := p.target(time.Now())
			p.mu.Unlock()
			p.n.log.Info("presignature pool", "levels", fmt.Sprint(p.levels()), "target", target)
			lastLog = time.Now()
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-p.kick:
		}
	}
}

// fill starts presign sessions for the emptiest kept signer sets below
// target, within the concurrency budget. It starts none while requests are
// in flight: refill yields to them.
func (p *pool) fill(ctx context.Context) {
	if p.y.busy() {
		return
	}
	sets := p.signerSets()
	p.mu.Lock()
	defer p.mu.Unlock()
	target := p.target(time.Now())
	slices.SortStableFunc(sets, func(a, b []party.ID) int {
		ka, kb := setKey(a), setKey(b)
		return (len(p.avail[ka]) + p.inflight[ka]) - (len(p.avail[kb]) + p.inflight[kb])
	})
	for _, s := range sets {
		if p.coord >= p.n.cfg.PresignConcurrency {
			return
		}
		k := setKey(s)
		if len(p.avail[k])+p.inflight[k] >= target || time.Now().Before(p.failUntil[k]) {
			continue
		}
		p.coord++
		p.inflight[k]++
		if !p.n.goOwned(func(ctx context.Context) { p.coordinate(ctx, s) }) {
			p.coord--
			p.inflight[k]--
			return
		}
	}
}

// coordinate runs one presign session for signer set s as its coordinator.
func (p *pool) coordinate(ctx context.Context, s []party.ID) {
	k := setKey(s)
	err := p.presignAsCoordinator(ctx, s)
	if te := (*mpc.TimeoutError)(nil); errors.As(err, &te) {
		for _, q := range te.Silent {
			p.failed(q)
		}
	}
	p.mu.Lock()
	p.coord--
	p.inflight[k]--
	if err != nil && ctx.Err() == nil {
		p.failUntil[k] = time.Now().Add(time.Second)
	}
	p.mu.Unlock()
	if err != nil && ctx.Err() == nil {
		p.n.log.Debug("presign failed", "signers", k, "err", err)
	}
	p.wake()
}

func (p *pool) presignAsCoordinator(ctx context.Context, s []party.ID) error {
	cfg, _ := p.n.rootConfig()
	if cfg == nil {
		return errNotReady
	}
	sid := mpc.NewSessionID("presign")
	signers := partyStrings(mpc.SortParties(s))
	for _, q := range s {
		if q == p.n.self {
			continue
		}
		req := &ctlRequest{Type: ctlPresign, Epoch: p.n.epoch, Session: sid, Signers: signers, Coordinator: string(p.n.self)}
		t0 := time.Now()
		if err := p.n.callCtl(ctx, q, req, 0); err != nil {
			// A refusal (busy following another coordinator's session) is
			// an answer: only a party that does not answer backs off.
			if pe := (*p2p.Error)(nil); ctx.Err() == nil && !errors.As(err, &pe) {
				p.failed(q)
			}
			return fmt.Errorf("invite: %w", err)
		}
		p.answered(q, time.Since(t0))
	}
	id, err := p.runPresign(ctx, sid, s, p.n.self)
	if err != nil {
		return err
	}
	p.mu.Lock()
	p.avail[setKey(s)] = append(p.avail[setKey(s)], id)
	p.made++
	p.mu.Unlock()
	return nil
}

// runPresign runs one presign session and stores this party's part under
// the coordinator's tag.
func (p *pool) runPresign(ctx context.Context, sid string, s []party.ID, coord party.ID) (_ []byte, err error) {
	cfg, err := p.n.rootCopy()
	if err != nil {
		return nil, err
	}
	sess := mpc.Session{ID: sid, Topic: "presign", Self: p.n.self, Parties: s, RoundTimeout: mpc.ScaledRoundTimeout(len(s))}
	start := time.Now()
	defer func() {
		switch {
		case err == nil:
			p.n.metrics.PresignSeconds.Observe(time.Since(start).Seconds())
		case ctx.Err() == nil:
			p.n.metrics.PresignFailures.WithLabelValues(mpcCause(err)).Inc()
			p.n.observeMPC("presign", err)
		}
	}()
	// Background work: it yields to requests between protocol messages,
	// and its computation (the library's rounds run inside the runner's
	// goroutine, in Accept) runs on a thread at the lowest priority, so
	// that requests and on-demand presigns go first on every core.
	var pre *ecdsa.PreSignature
	if !atLowPriority(func() { pre, err = mpc.PresignWith(ctx, p.n.mtr, sess, cfg, mpc.PresignOptions{Pace: p.y.wait}) }) {
		p.n.log.Debug("background presign at normal priority: could not lower the thread's priority")
	}
	if err != nil {
		return nil, fmt.Errorf("presign %s: %w", sid, err)
	}
	pub, err := mpc.PublicOf(pre)
	if err != nil {
		return nil, err
	}
	sess.ID += "/agree"
	ag, err := signing.AgreePresign(ctx, p.n.mtr, sess, p.n.identity, nodeKeys{p.n.host}, pub)
	if err != nil {
		return nil, fmt.Errorf("presign %s: %w", sid, err)
	}
	agb, err := ag.Marshal()
	if err != nil {
		return nil, err
	}
	if err := p.n.store.PutPresignAgreed(coordTag(p.n.epoch, coord), pre, agb); err != nil {
		return nil, fmt.Errorf("store presignature of %s: %w", sid, err)
	}
	p.n.stats.presigns.Add(1)
	return []byte(pre.ID), nil
}

// acceptPresign handles a coordinator's presign invitation.
func (p *pool) acceptPresign(from party.ID, req *ctlRequest) error {
	cfg, _ := p.n.rootConfig()
	if cfg == nil {
		return errNotReady
	}
	if !strings.HasPrefix(req.Session, "presign/") {
		return errors.New("presign session IDs start with presign/")
	}
	if party.ID(req.Coordinator) != from {
		return fmt.Errorf("coordinator %s is not the caller %s", req.Coordinator, from)
	}
	s := make([]party.ID, len(req.Signers))
	for i, q := range req.Signers {
		s[i] = party.ID(q)
	}
	if err := mpc.ValidateParties(s, p.n.self); err != nil {
		return fmt.Errorf("signers: %w", err)
	}
	if !slices.Contains(s, from) {
		return errors.New("the coordinator is not a signer")
	}
	ns := p.n.members
	for _, q := range s {
		if _, ok := ns.Peer(q); !ok {
			return fmt.Errorf("signer %s is not in the node set", q)
		}
	}
	if len(s) != p.n.threshold() {
		return fmt.Errorf("signer set of %d, the threshold is %d", len(s), p.n.threshold())
	}
	p.mu.Lock()
	if p.follow >= p.n.cfg.PresignConcurrency {
		p.mu.Unlock()
		return errBusy
	}
	p.follow++
	p.mu.Unlock()
	ok := p.n.goOwned(func(ctx context.Context) {
		defer func() {
			p.mu.Lock()
			p.follow--
			p.mu.Unlock()
		}()
		if _, err := p.runPresign(ctx, req.Session, s, from); err != nil && ctx.Err() == nil {
			p.n.log.Debug("presign as follower failed", "coordinator", string(from), "err", err)
		}
	})
	if !ok {
		p.mu.Lock()
		p.follow--
		p.mu.Unlock()
		return errors.New("node is stopping")
	}
	return nil
}

var errBusy = errors.New("presign budget in use; try later")

// Take implements signing.Pool.
func (p *pool) Take(candidates []party.ID) ([]party.ID, []byte) { return p.take(candidates, true) }

// TakeIfAny implements signing.Pool.
func (p *pool) TakeIfAny(candidates []party.ID) ([]party.ID, []byte) {
	return p.take(candidates, false)
}

// Wake implements signing.Pool.
func (p *pool) Wake() { p.wake() }

// take reserves an available presignature for one of the candidate signer
// sets (each containing this node), preferring the fullest set. It returns
// the set and the ID, or nil when none is available. The call counts as one
// request's demand, or (always false) only when it returns a presignature.
func (p *pool) take(candidates []party.ID, always bool) ([]party.ID, []byte) {
	t := p.n.threshold()
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	p.target(now) // trims the demand window
	if always {
		p.demand = append(p.demand, now)
	}
	best := ""
	for k, ids := range p.avail {
		if len(ids) == 0 {
			continue
		}
		set := parseSetKey(k)
		if len(set) != t || !subset(set, candidates) {
			continue
		}
		if best == "" || len(ids) > len(p.avail[best]) || (len(ids) == len(p.avail[best]) && k < best) {
			best = k
		}
	}
	if best == "" {
		return nil, nil
	}
	if !always {
		p.demand = append(p.demand, now)
	}
	ids := p.avail[best]
	id := ids[0]
	p.avail[best] = ids[1:]
	return parseSetKey(best), id
}

func subset(s, of []party.ID) bool {
	for _, x := range s {
		if !slices.Contains(of, x) {
			return false
		}
	}
	return true
}
