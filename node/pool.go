package node

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node/signing"
)

// maxSignerSets caps the signer sets one coordinator fills.
const maxSignerSets = 64

// pool is this node's presignature pool: the presignatures it coordinated
// (and so alone may assign), per signer set, and the background refill.
type pool struct {
	n *Node

	mu        sync.Mutex
	avail     map[string][][]byte // signer set key -> unconsumed, unassigned presignature IDs
	inflight  map[string]int      // signer set key -> presign sessions running
	failUntil map[string]time.Time
	coord     int // presign sessions this node coordinates now
	follow    int // presign sessions this node follows now
	kick      chan struct{}
	made      int // presignatures this node coordinated since start
}

func newPool(n *Node) *pool {
	return &pool{
		n: n, avail: map[string][][]byte{}, inflight: map[string]int{}, failUntil: map[string]time.Time{},
		kick: make(chan struct{}, 1),
	}
}

// coordTag is the store key tag of presignatures coordinated by c.
func coordTag(epoch uint64, c party.ID) string { return fmt.Sprintf("root/%d/c%s", epoch, c) }

// setKey is the canonical name of a signer set: party IDs in numeric order,
// comma-separated ("1,2").
func setKey(s []party.ID) string {
	ids := sortParties(s)
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = string(id)
	}
	return strings.Join(parts, ",")
}

func sortParties(s []party.ID) []party.ID {
	out := slices.Clone(s)
	slices.SortFunc(out, func(a, b party.ID) int {
		x, _ := strconv.Atoi(string(a))
		y, _ := strconv.Atoi(string(b))
		return x - y
	})
	return out
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

func (p *pool) levels() map[string]int {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make(map[string]int)
	for _, s := range p.signerSets() {
		out[setKey(s)] = len(p.avail[setKey(s)])
	}
	for k, v := range p.avail {
		out[k] = len(v)
	}
	return out
}

// signerSets are the sets of size T that contain this node, in order.
func (p *pool) signerSets() [][]party.ID {
	parties := p.n.host.NodeSet().Parties()
	t := mpc.Threshold(len(parties))
	var others []party.ID
	for _, q := range parties {
		if q != p.n.self {
			others = append(others, q)
		}
	}
	var out [][]party.ID
	var rec func(start int, cur []party.ID)
	rec = func(start int, cur []party.ID) {
		if len(out) >= maxSignerSets {
			return
		}
		if len(cur) == t-1 {
			out = append(out, sortParties(append(slices.Clone(cur), p.n.self)))
			return
		}
		for i := start; i < len(others); i++ {
			rec(i+1, append(cur, others[i]))
		}
	}
	rec(0, nil)
	return out
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
			p.n.log.Info("presignature pool", "levels", fmt.Sprint(p.levels()), "target", p.n.cfg.PoolTarget)
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

// fill starts presign sessions for the emptiest live signer sets below
// target, within the concurrency budget.
func (p *pool) fill(ctx context.Context) {
	sets := p.signerSets()
	p.mu.Lock()
	defer p.mu.Unlock()
	slices.SortStableFunc(sets, func(a, b []party.ID) int {
		ka, kb := setKey(a), setKey(b)
		return (len(p.avail[ka]) + p.inflight[ka]) - (len(p.avail[kb]) + p.inflight[kb])
	})
	for _, s := range sets {
		if p.coord >= p.n.cfg.PresignConcurrency {
			return
		}
		k := setKey(s)
		if len(p.avail[k])+p.inflight[k] >= p.n.cfg.PoolTarget || time.Now().Before(p.failUntil[k]) || !p.live(s) {
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

func (p *pool) live(s []party.ID) bool {
	ns := p.n.host.NodeSet()
	for _, q := range s {
		if q == p.n.self {
			continue
		}
		pid, ok := ns.Peer(q)
		if !ok || !p.n.host.Connected(pid) {
			return false
		}
	}
	return true
}

// coordinate runs one presign session for signer set s as its coordinator.
func (p *pool) coordinate(ctx context.Context, s []party.ID) {
	k := setKey(s)
	err := p.presignAsCoordinator(ctx, s)
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
	signers := make([]string, len(s))
	for i, q := range s {
		signers[i] = string(q)
	}
	for _, q := range s {
		if q == p.n.self {
			continue
		}
		req := &ctlRequest{Type: ctlPresign, Epoch: p.n.epoch, Session: sid, Signers: signers, Coordinator: string(p.n.self)}
		if err := p.n.callCtl(ctx, q, req, 0); err != nil {
			return fmt.Errorf("invite: %w", err)
		}
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
	sess := mpc.Session{ID: sid, Topic: "presign", Self: p.n.self, Parties: s}
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
	pre, err := mpc.Presign(ctx, p.n.mtr, sess, cfg)
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
	ns := p.n.host.NodeSet()
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
func (p *pool) Take(candidates []party.ID) ([]party.ID, []byte) { return p.take(candidates) }

// Wake implements signing.Pool.
func (p *pool) Wake() { p.wake() }

// take reserves an available presignature for one of the candidate signer
// sets (each containing this node), preferring the fullest set. It returns
// the set and the ID, or nil when none is available.
func (p *pool) take(candidates []party.ID) ([]party.ID, []byte) {
	t := p.n.threshold()
	p.mu.Lock()
	defer p.mu.Unlock()
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
