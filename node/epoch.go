package node

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"
	ma "github.com/multiformats/go-multiaddr"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp/config"

	"github.com/pkpnet/pkpnet/chainwatch"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/tdec"
)

// Epoch transitions (docs/epochs.md). A node instance serves one epoch. When
// chainwatch shows an open transition to the next epoch, the host admits the
// next set too, and the transition leader (the lowest party number of the
// current set that stays in the next one) runs the resharing: it pings the
// old members, invites the old members that are up (at least T of them) as
// dealers and every next member, runs mpc.Reshare itself, confirms that every
// next member got a share of the same root key, and then commits: every next
// member stores its share under pendingName(epoch, transition) and votes the
// root key for the transition. When the last vote completes the transition on
// chain, every node restarts into the new epoch (Run's loop): a next member
// renames its pending share to rootName(epoch) and serves, a removed node
// erases its shares and stops. Old-epoch shares are erased after
// Config.ShareGrace, old-epoch presignatures at the switch.

// errEpochSwitch ends a node instance so that Run starts the next one.
var errEpochSwitch = errors.New("the node-set epoch changed")

// ErrRemoved is returned by Run when this node is no longer in the node set:
// it has erased its key shares.
var ErrRemoved = errors.New("this node was removed from the node set")

// pendingName is where a next member keeps its share of a transition's
// epoch until the switch.
func pendingName(epoch, tid uint64) string { return fmt.Sprintf("root/%d/t%d", epoch, tid) }

// encKeySetAny in a confirm or commit from a leader outside the next set:
// the encryption key moved, any key set the member's run agreed on will do.
const encKeySetAny = "any"

// pendingEncName is where a next member keeps its encryption key share of
// a transition's epoch until the switch (then mpc.EncKeyName(epoch)).
func pendingEncName(epoch, tid uint64) string { return fmt.Sprintf("enc/%d/t%d", epoch, tid) }

// transitionRun is this node's latest resharing run, started by the
// leader's invitation (or by itself as leader). Its result is kept in memory
// until the leader commits it.
type transitionRun struct {
	mu      sync.Mutex
	tid     uint64
	session string
	cancel  context.CancelFunc
	done    chan struct{}
	cfg     *config.Config
	enc     *tdec.KeyShare // the encryption key share of the next epoch (nil when not moved)
	err     error
	leading uint64 // transition this node leads now (0: none)
	led     uint64 // transition this node committed as leader
	voting  uint64 // transition this node is voting for (0: none)
	union   uint64 // transition whose next set the host admits (0: none)
}

// reshareTimeout bounds one resharing attempt at a participant.
const reshareTimeout = 10 * time.Minute

// partiesOf returns the party IDs of nodes, sorted.
func partiesOf(nodes []chainwatch.Node) []party.ID {
	out := make([]party.ID, len(nodes))
	for i, nd := range nodes {
		out[i] = party.ID(strconv.Itoa(nd.Party))
	}
	return mpc.SortParties(out)
}

// transitionLeader is the lowest party number of the current set that is
// also in the next set (the lowest of the current set when none stays).
func transitionLeader(current []party.ID, t *chainwatch.Transition) party.ID {
	next := partiesOf(t.Next)
	for _, p := range current {
		if slices.Contains(next, p) {
			return p
		}
	}
	return current[0]
}

// openTransition returns the index's transition when it is open and leads
// from this node's epoch.
func (n *Node) openTransition() (chainwatch.Transition, bool) {
	t := n.index.Transition()
	return t, t.State == chainwatch.TransitionOpen && t.Epoch == n.epoch+1
}

// reshareParams derives the parameters of a resharing attempt from this
// node's own chain view: every participant computes them itself, and the
// session ID (which hashes them) must match the leader's.
func (n *Node) reshareParams(t *chainwatch.Transition, attempt uint32, dealers []party.ID) mpc.ReshareParams {
	old := n.members.Parties()
	return mpc.ReshareParams{
		Network: n.cfg.Network, FromEpoch: n.epoch, ToEpoch: t.Epoch,
		Old: old, OldThreshold: mpc.Threshold(len(old)), Next: partiesOf(t.Next), Dealers: mpc.SortParties(slices.Clone(dealers)),
		RootPubkey: n.index.RootKey(), Attempt: attempt, Self: n.self,
		// Transitions are rare and not latency-critical: a round may take
		// longer than a signing round (fresh Paillier keys on a busy node)
		// before the attempt is given up.
		RoundTimeout: transitionRoundFactor * mpc.ScaledRoundTimeout(len(unionParties(old, partiesOf(t.Next)))),
	}
}

// transitionRoundFactor scales the resharing round timeout over signing's.
const transitionRoundFactor = 3

// followEpochs replaces the node-set follower: it ends this instance when
// the registry's epoch moves, widens the host's node set to the next set
// while a transition is open, starts leading a transition, and votes a
// committed share that was not voted yet (after a restart).
func (n *Node) followEpochs(ctx context.Context) {
	t := time.NewTicker(n.cfg.PollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if n.index.Epoch() != n.epoch {
			n.log.Info("node-set epoch changed; restarting in the new epoch", "old", n.epoch, "new", n.index.Epoch())
			n.switchEpoch()
			return
		}
		n.stepTransition(ctx)
	}
}

// stepTransition is one look at the chain's transition state.
func (n *Node) stepTransition(ctx context.Context) {
	tr, open := n.openTransition()
	n.epochRun.mu.Lock()
	if !open {
		if n.epochRun.union != 0 {
			n.host.SetNodeSet(n.members)
			n.epochRun.union = 0
		}
		if n.epochRun.cancel != nil && n.epochRun.tid != 0 {
			n.epochRun.cancel() // the transition ended: drop its run
			n.epochRun.cancel = nil
		}
		n.epochRun.mu.Unlock()
		return
	}
	if n.epochRun.union != tr.ID {
		ns, hints, err := nodeSetFrom(n.epoch, append(n.index.Nodes(), tr.Next...))
		if err != nil {
			n.epochRun.mu.Unlock()
			n.log.Warn("transition's next set cannot be used", "transition", tr.ID, "err", err)
			return
		}
		n.host.SetNodeSet(ns)
		n.addHints(hints)
		n.epochRun.union = tr.ID
		n.log.Info("epoch transition open; admitting the next set", "transition", tr.ID, "epoch", tr.Epoch, "next", len(tr.Next))
	}
	lead := transitionLeader(n.members.Parties(), &tr) == n.self && n.members.Contains(n.host.ID())
	if lead && n.hasPending(&tr) {
		n.epochRun.led = tr.ID // committed before a restart: never reshare it again
	}
	startLead := lead && n.epochRun.leading != tr.ID && n.epochRun.led != tr.ID
	if startLead {
		n.epochRun.leading = tr.ID
	}
	n.epochRun.mu.Unlock()
	if startLead {
		n.goOwned(func(ctx context.Context) { n.leadTransition(ctx, tr) })
	}
	// A share committed before a restart, not voted yet.
	if _, ok := tr.NextMember(n.operator); ok && !tr.HasVoted(n.operator) {
		if cfg, err := n.store.Config(pendingName(tr.Epoch, tr.ID)); err == nil {
			n.startVote(tr.ID, cfg)
		}
	}
}

// addHints adds registry address hints to the peerstore.
func (n *Node) addHints(hints map[peer.ID][]ma.Multiaddr) {
	for p, addrs := range hints {
		if p != n.host.ID() {
			n.host.LibP2P().Peerstore().AddAddrs(p, addrs, peerstore.PermanentAddrTTL)
		}
	}
}

// leadTransition drives transition t until this node committed it, the
// transition closed or the node stops.
func (n *Node) leadTransition(ctx context.Context, t chainwatch.Transition) {
	defer func() {
		n.epochRun.mu.Lock()
		if n.epochRun.leading == t.ID {
			n.epochRun.leading = 0
		}
		n.epochRun.mu.Unlock()
	}()
	exclude := map[party.ID]bool{}
	backoff := time.Second
	for attempt := uint32(0); ; attempt++ {
		if cur, open := n.openTransition(); !open || cur.ID != t.ID {
			return
		}
		err := n.leadAttempt(ctx, &t, attempt, exclude)
		if err == nil {
			n.epochRun.mu.Lock()
			n.epochRun.led = t.ID
			n.epochRun.mu.Unlock()
			n.log.Info("epoch transition committed; waiting for every next member's vote", "transition", t.ID, "epoch", t.Epoch)
			return
		}
		if ctx.Err() != nil {
			return
		}
		for _, s := range mpc.ReshareSuspects(err) {
			exclude[s] = true
		}
		n.log.Warn("resharing attempt failed; retrying", "transition", t.ID, "attempt", attempt, "err", err, "excluded", fmt.Sprint(keys(exclude)), "backoff", backoff)
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			return
		}
		backoff = min(2*backoff, 15*time.Second)
	}
}

func keys(m map[party.ID]bool) []party.ID {
	out := make([]party.ID, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return mpc.SortParties(out)
}

// forParties calls f for every party in ps but this node, in parallel, and
// returns the parties whose call failed.
func (n *Node) forParties(ctx context.Context, ps []party.ID, f func(ctx context.Context, p party.ID) error) map[party.ID]error {
	var mu sync.Mutex
	failed := map[party.ID]error{}
	var wg sync.WaitGroup
	for _, p := range ps {
		if p == n.self {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := f(ctx, p); err != nil {
				mu.Lock()
				failed[p] = err
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return failed
}

func firstErr(m map[party.ID]error) error {
	ps := keys(func() map[party.ID]bool {
		out := map[party.ID]bool{}
		for k := range m {
			out[k] = true
		}
		return out
	}())
	if len(ps) == 0 {
		return nil
	}
	return fmt.Errorf("parties %v: %w", ps, m[ps[0]])
}

func (n *Node) leadAttempt(ctx context.Context, t *chainwatch.Transition, attempt uint32, exclude map[party.ID]bool) error {
	old := n.members.Parties()
	next := partiesOf(t.Next)
	req := func(typ string) *ctlRequest {
		return &ctlRequest{Type: typ, Epoch: n.epoch, Transition: t.ID, Attempt: attempt, Session: fmt.Sprintf("transition/%d/%d", t.ID, attempt)}
	}
	// Who is up: every next member must be (each one votes); dealers are the
	// old members that answer, without the suspects of earlier attempts.
	all := mpc.SortParties(unionParties(old, next))
	down := n.forParties(ctx, all, func(ctx context.Context, p party.ID) error {
		return n.callCtl(ctx, p, req(ctlPing), 5*time.Second)
	})
	for _, p := range next {
		if err := down[p]; err != nil {
			return fmt.Errorf("next member %s is not reachable: %w", p, err)
		}
	}
	var dealers []party.ID
	for _, p := range old {
		if down[p] == nil && !exclude[p] {
			dealers = append(dealers, p)
		}
	}
	if tOld := mpc.Threshold(len(old)); len(dealers) < tOld {
		return fmt.Errorf("%d old members are up and not suspected (%v), resharing needs %d", len(dealers), dealers, tOld)
	}
	p := n.reshareParams(t, attempt, dealers)
	if err := p.Validate(); err != nil {
		return err
	}
	encKey, err := n.encKeyToMove(ctx)
	if err != nil {
		return err
	}
	sid := p.SessionID()
	parties := p.Parties()
	invite := req(ctlReshare)
	invite.Session, invite.KeySet = sid, encKeyTag(encKey)
	for _, d := range dealers {
		invite.Signers = append(invite.Signers, string(d))
	}
	if err := firstErr(n.forParties(ctx, parties, func(ctx context.Context, q party.ID) error {
		return n.callCtl(ctx, q, invite, 0)
	})); err != nil {
		return fmt.Errorf("invite: %w", err)
	}
	done, err := n.startReshare(t.ID, p, encKey)
	if err != nil {
		return err
	}
	select {
	case <-done:
	case <-ctx.Done():
		return ctx.Err()
	}
	n.epochRun.mu.Lock()
	cfg, enc, rerr := n.epochRun.cfg, n.epochRun.enc, n.epochRun.err
	n.epochRun.mu.Unlock()
	if rerr != nil {
		return rerr
	}
	rk := hex.EncodeToString(p.RootPubkey)
	// The next epoch's encryption key set, as every next member must hold
	// it; a leader outside the next set has no share and lets each member
	// check only that it got one (the dealing's agreement rounds already
	// gave every honest member the same public shares).
	var kh string
	switch {
	case encKey != nil && enc != nil:
		kh = keySetHash(enc)
	case encKey != nil:
		kh = encKeySetAny
	}
	confirm := req(ctlReshareConfirm)
	confirm.Session, confirm.RootKey, confirm.KeySet = sid, rk, kh
	if err := firstErr(n.forParties(ctx, next, func(ctx context.Context, q party.ID) error {
		return n.callCtl(ctx, q, confirm, reshareConfirmWait+5*time.Second)
	})); err != nil {
		return fmt.Errorf("confirm %s: %w", sid, err)
	}
	// Every next member holds a share of the root key: commit.
	commit := req(ctlReshareCommit)
	commit.Session, commit.RootKey, commit.KeySet = sid, rk, kh
	if slices.Contains(next, n.self) {
		if err := n.commitShare(t.ID, t.Epoch, cfg, enc); err != nil {
			return err
		}
	}
	for try := 1; ; try++ {
		err := firstErr(n.forParties(ctx, next, func(ctx context.Context, q party.ID) error {
			return n.callCtl(ctx, q, commit, 0)
		}))
		if err == nil {
			return nil
		}
		if cur, open := n.openTransition(); !open || cur.ID != t.ID {
			return nil
		}
		n.log.Warn("transition commit not acknowledged by every next member; retrying", "try", try, "err", err)
		select {
		case <-time.After(time.Second):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func unionParties(a, b []party.ID) []party.ID {
	out := slices.Clone(a)
	for _, p := range b {
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// reshareConfirmWait bounds how long a participant waits for its own run
// when the leader asks it to confirm.
const reshareConfirmWait = 5 * time.Minute

// startReshare starts this node's run of p for transition tid, replacing
// any earlier run: when encKey is set the encryption key's resharing
// (mpc.ReshareShamir, same dealers and next set), then the root key's. It
// returns a channel closed when the run ends.
func (n *Node) startReshare(tid uint64, p mpc.ReshareParams, encKey []byte) (<-chan struct{}, error) {
	var old *config.Config
	var oldEnc *tdec.KeyShare
	if n.members.Contains(n.host.ID()) {
		cfg, err := n.rootCopy()
		if err != nil {
			return nil, err
		}
		old = cfg
		if encKey != nil {
			ks, err := n.store.EncKey(mpc.EncKeyName(n.epoch))
			if err != nil && slices.Contains(p.Dealers, n.self) {
				return nil, fmt.Errorf("this dealer holds no encryption key share of epoch %d: %w", n.epoch, err)
			}
			oldEnc = ks
		}
	}
	pe := p
	pe.RootPubkey = encKey
	n.epochRun.mu.Lock()
	defer n.epochRun.mu.Unlock()
	if n.epochRun.cancel != nil {
		n.epochRun.cancel()
	}
	rctx, cancel := context.WithTimeout(n.runCtx, reshareTimeout)
	done := make(chan struct{})
	n.epochRun.tid, n.epochRun.session, n.epochRun.cancel, n.epochRun.done, n.epochRun.cfg, n.epochRun.enc, n.epochRun.err = tid, p.SessionID(), cancel, done, nil, nil, nil
	started := n.goOwned(func(context.Context) {
		defer cancel()
		start := time.Now()
		n.log.Info("resharing started", "transition", tid, "session", p.SessionID(), "dealers", fmt.Sprint(p.Dealers), "next", fmt.Sprint(p.Next))
		// The encryption key first: its dealing is a few rounds among
		// every participant, while the root key's ends with a refresh
		// among the next set only (a leaving dealer would otherwise wait
		// through it for the next members' encryption dealing).
		var enc *tdec.KeyShare
		var cfg *config.Config
		var err error
		if encKey != nil {
			if enc, err = mpc.ReshareShamir(rctx, n.mtr, pe, oldEnc); err != nil {
				n.log.Warn("encryption key resharing failed", "transition", tid, "session", mpc.EncSessionID(pe), "err", err)
			} else {
				n.log.Info("encryption key resharing finished", "transition", tid, "took", time.Since(start).Round(time.Millisecond), "member", enc != nil)
			}
		}
		if err == nil {
			if cfg, err = mpc.Reshare(rctx, n.mtr, p, old); err != nil {
				n.log.Warn("resharing failed", "transition", tid, "session", p.SessionID(), "err", err)
			} else {
				n.log.Info("resharing finished", "transition", tid, "took", time.Since(start).Round(time.Millisecond), "member", cfg != nil)
			}
		}
		n.epochRun.mu.Lock()
		if n.epochRun.session == p.SessionID() {
			n.epochRun.cfg, n.epochRun.enc, n.epochRun.err = cfg, enc, err
		}
		n.epochRun.mu.Unlock()
		close(done)
	})
	if !started {
		cancel()
		return nil, errors.New("node is stopping")
	}
	return done, nil
}

// acceptTransition handles the leader's transition messages.
func (n *Node) acceptTransition(from party.ID, req *ctlRequest) error {
	t, open := n.openTransition()
	if !open || t.ID != req.Transition {
		return fmt.Errorf("transition %d is not open here (chain view: transition %d, %s)", req.Transition, t.ID, t.State)
	}
	if lead := transitionLeader(n.members.Parties(), &t); from != lead {
		return fmt.Errorf("transition messages come from party %s only", lead)
	}
	switch req.Type {
	case ctlPing:
		return nil
	case ctlReshare:
		if n.hasPending(&t) {
			// Committed (and voting): a new run would replace a share
			// other members may already have voted with.
			return fmt.Errorf("this node committed its share of transition %d already; abort the transition and propose it again", t.ID)
		}
		dealers := make([]party.ID, len(req.Signers))
		for i, s := range req.Signers {
			dealers[i] = party.ID(s)
		}
		p := n.reshareParams(&t, req.Attempt, dealers)
		if err := p.Validate(); err != nil {
			return err
		}
		if p.SessionID() != req.Session {
			return fmt.Errorf("session %s differs from this node's view %s (chain views disagree)", truncate(req.Session, 80), p.SessionID())
		}
		ctx, cancel := context.WithTimeout(n.runCtx, 30*time.Second)
		encKey, err := n.encKeyToMove(ctx)
		cancel()
		if err != nil {
			return err
		}
		if encKeyTag(encKey) != req.KeySet {
			// Both come from the chain: a transition of an epoch with an
			// active encryption key moves it, or the new epoch cannot decrypt.
			return fmt.Errorf("the invitation moves encryption key %q, this node's chain view %x", truncate(req.KeySet, 70), encKey)
		}
		_, err = n.startReshare(t.ID, p, encKey)
		return err
	case ctlReshareConfirm, ctlReshareCommit:
		return n.confirmTransition(&t, req)
	}
	return fmt.Errorf("unknown transition message %q", req.Type)
}

// confirmTransition answers a confirm or commit: it waits for this node's
// run of the session, checks the root key, and on commit stores the share
// and starts voting.
func (n *Node) confirmTransition(t *chainwatch.Transition, req *ctlRequest) error {
	n.epochRun.mu.Lock()
	if n.epochRun.session != req.Session || n.epochRun.done == nil {
		// A commit that was acknowledged before but whose answer was lost.
		if req.Type == ctlReshareCommit {
			if _, err := n.store.Config(pendingName(t.Epoch, t.ID)); err == nil {
				n.epochRun.mu.Unlock()
				return nil
			}
		}
		n.epochRun.mu.Unlock()
		return fmt.Errorf("no resharing run for session %s", truncate(req.Session, 80))
	}
	done := n.epochRun.done
	n.epochRun.mu.Unlock()
	select {
	case <-done:
	case <-time.After(reshareConfirmWait):
		return fmt.Errorf("resharing session %s still running", truncate(req.Session, 80))
	case <-n.runCtx.Done():
		return errors.New("node is stopping")
	}
	n.epochRun.mu.Lock()
	cfg, enc, err, session := n.epochRun.cfg, n.epochRun.enc, n.epochRun.err, n.epochRun.session
	n.epochRun.mu.Unlock()
	if session != req.Session {
		return fmt.Errorf("resharing session %s was replaced", truncate(req.Session, 80))
	}
	if err != nil {
		return fmt.Errorf("resharing session %s failed here", truncate(req.Session, 80))
	}
	if cfg == nil {
		return errors.New("this node is not in the next set")
	}
	pub, err := mpc.RootPubkey(cfg)
	if err != nil {
		return err
	}
	if hex.EncodeToString(pub) != req.RootKey || !equalBytes(pub, n.index.RootKey()) {
		return fmt.Errorf("resharing session %s: this node got root key %x", truncate(req.Session, 80), pub)
	}
	var kh string
	if enc != nil {
		kh = keySetHash(enc)
	}
	if kh != req.KeySet && (req.KeySet != encKeySetAny || enc == nil) {
		return fmt.Errorf("resharing session %s: this node got encryption key set %q, the leader %q", truncate(req.Session, 80), kh, truncate(req.KeySet, 70))
	}
	if req.Type == ctlReshareCommit {
		return n.commitShare(t.ID, t.Epoch, cfg, enc)
	}
	return nil
}

// commitShare stores a next member's share of transition tid (before its
// vote: a crash after the vote must not lose it) and starts voting. The
// encryption key share (when moved) is stored first: a stored root share
// means the commit is complete.
func (n *Node) commitShare(tid, epoch uint64, cfg *config.Config, enc *tdec.KeyShare) error {
	if enc != nil {
		if err := n.store.PutEncKey(pendingEncName(epoch, tid), enc); err != nil {
			return fmt.Errorf("store the encryption key share of epoch %d: %w", epoch, err)
		}
	}
	if err := n.store.PutConfig(pendingName(epoch, tid), cfg); err != nil {
		return fmt.Errorf("store the share of epoch %d: %w", epoch, err)
	}
	n.startVote(tid, cfg)
	return nil
}

// startVote votes the root key for transition tid in the background, once.
func (n *Node) startVote(tid uint64, cfg *config.Config) {
	pub, err := mpc.RootPubkey(cfg)
	if err != nil {
		n.log.Error("stored share of the next epoch is unusable", "err", err)
		return
	}
	n.epochRun.mu.Lock()
	if n.epochRun.voting == tid {
		n.epochRun.mu.Unlock()
		return
	}
	n.epochRun.voting = tid
	n.epochRun.mu.Unlock()
	n.goOwned(func(ctx context.Context) {
		defer func() {
			n.epochRun.mu.Lock()
			if n.epochRun.voting == tid {
				n.epochRun.voting = 0
			}
			n.epochRun.mu.Unlock()
		}()
		for attempt := 1; attempt <= 5; attempt++ {
			t, open := n.openTransition()
			if !open || t.ID != tid || t.HasVoted(n.operator) {
				return
			}
			voted, err := n.votedTransition(ctx, tid)
			if err == nil && voted {
				return
			}
			s := &contracts.Sender{Backend: n.eth, Key: n.cfg.OperatorKey, ChainID: n.chainID, GasLimit: voteGasLimit}
			vctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
			_, err = s.Transact(vctx, n.cfg.Contracts.PubkeyRouter, contracts.RouterABI.PackVoteTransition(new(big.Int).SetUint64(tid), pub), nil)
			cancel()
			if err == nil {
				n.log.Info("root key voted for the transition", "transition", tid, "operator", n.operator.Hex())
				return
			}
			n.log.Warn("transition vote failed; retrying", "transition", tid, "attempt", attempt, "err", err)
			select {
			case <-time.After(time.Duration(attempt) * time.Second):
			case <-ctx.Done():
				return
			}
		}
	})
}

// votedTransition reads whether this operator voted for transition tid.
func (n *Node) votedTransition(ctx context.Context, tid uint64) (bool, error) {
	out, err := n.eth.CallContract(ctx, ethereum.CallMsg{To: &n.cfg.Contracts.PubkeyRouter, Data: contracts.RouterABI.PackTransitionVotes(new(big.Int).SetUint64(tid), n.operator)}, nil)
	if err != nil {
		return false, err
	}
	v, err := contracts.RouterABI.UnpackTransitionVotes(out)
	if err != nil {
		return false, err
	}
	return v.Voted, nil
}

// hasPending reports whether this node stored its share of transition t.
func (n *Node) hasPending(t *chainwatch.Transition) bool {
	_, err := n.store.Config(pendingName(t.Epoch, t.ID))
	return err == nil
}

// switchEpoch ends this node instance; Run starts the next one.
func (n *Node) switchEpoch() {
	n.switchOnce.Do(func() {
		close(n.switchCh)
		n.goMu.Lock() // as in runEpoch's stop: no goOwned adds after this
		n.runCancel()
		n.goMu.Unlock()
	})
}

// adoptPendingShare moves the share of the transition that started this
// node's epoch to rootName(epoch). It reports whether there was one.
func (n *Node) adoptPendingShare() (bool, error) {
	t := n.index.Transition()
	if t.State != chainwatch.TransitionCompleted || t.Epoch != n.epoch {
		return false, nil
	}
	cfg, err := n.store.Config(pendingName(t.Epoch, t.ID))
	if errors.Is(err, mpc.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if err := n.adoptPendingEncShare(); err != nil {
		return false, err
	}
	if err := n.store.PutConfig(rootName(n.epoch), cfg); err != nil {
		return false, err
	}
	return true, n.store.DeleteConfig(pendingName(t.Epoch, t.ID))
}

// adoptPendingEncShare moves the encryption key share of the transition
// that started this node's epoch to mpc.EncKeyName(epoch), if there is one.
func (n *Node) adoptPendingEncShare() error {
	t := n.index.Transition()
	if t.State != chainwatch.TransitionCompleted || t.Epoch != n.epoch {
		return nil
	}
	ks, err := n.store.EncKey(pendingEncName(t.Epoch, t.ID))
	if errors.Is(err, mpc.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := n.store.PutEncKey(mpc.EncKeyName(n.epoch), ks); err != nil {
		return err
	}
	return n.store.DeleteEncKey(pendingEncName(t.Epoch, t.ID))
}

// encKeyTag names the encryption key a transition moves in its
// invitation: hex keccak256(P), empty when none moves.
func encKeyTag(p []byte) string {
	if p == nil {
		return ""
	}
	return hex.EncodeToString(crypto.Keccak256(p))
}

// encKeyToMove is the encryption key P a transition moves: the chain's
// network key once one was activated (the members of this epoch hold shares
// of it from the genesis DKG or the transition that started the epoch, even
// while this epoch's key set still collects votes), nil before.
func (n *Node) encKeyToMove(ctx context.Context) ([]byte, error) {
	p, err := n.chainEncKey(ctx)
	if err != nil || len(p) == 0 {
		return nil, err
	}
	if len(p) != tdec.PointLen {
		return nil, errors.New("the chain's encryption key is malformed")
	}
	return p, nil
}

// rootShareNames are the stored key shares of epochs before `before`
// (every epoch when all), pending ones included: the root key's ("root/...")
// and the encryption key's ("enc/...").
func (n *Node) rootShareNames(before uint64, all bool) ([]string, error) {
	names, err := n.store.ConfigNames()
	if err != nil {
		return nil, err
	}
	encNames, err := n.store.EncKeyNames()
	if err != nil {
		return nil, err
	}
	var out []string
	for _, name := range append(names, encNames...) {
		rest, ok := strings.CutPrefix(name, "root/")
		if !ok {
			if rest, ok = strings.CutPrefix(name, "enc/"); !ok {
				continue
			}
		}
		epStr, _, _ := strings.Cut(rest, "/")
		ep, err := strconv.ParseUint(epStr, 10, 64)
		if err != nil {
			continue
		}
		if all || ep < before {
			out = append(out, name)
		}
	}
	return out, nil
}

// eraseShares erases the key shares of epochs before `before` (all when all).
func (n *Node) eraseShares(before uint64, all bool) error {
	names, err := n.rootShareNames(before, all)
	if err != nil {
		return err
	}
	for _, name := range names {
		del := n.store.DeleteConfig
		if strings.HasPrefix(name, "enc/") {
			del = n.store.DeleteEncKey
		}
		if err := del(name); err != nil {
			return fmt.Errorf("erase share %s: %w", name, err)
		}
		n.log.Info("key share erased", "key", name)
	}
	return nil
}

// eraseOldShares erases the previous epochs' shares after the grace period.
func (n *Node) eraseOldShares(ctx context.Context) {
	if n.cfg.ShareGrace > 0 {
		select {
		case <-time.After(n.cfg.ShareGrace):
		case <-ctx.Done():
			return
		}
	}
	if err := n.eraseShares(n.epoch, false); err != nil {
		n.log.Error("erasing old-epoch key shares failed", "err", err)
	}
}

// discardOldPresigns discards the unconsumed presignatures of earlier epochs
// (their key shares are gone from the next epoch on).
func (n *Node) discardOldPresigns() error {
	infos, err := n.store.Presigns(false)
	if err != nil {
		return err
	}
	for _, in := range infos {
		if in.Consumed() {
			continue
		}
		rest, ok := strings.CutPrefix(in.Key, "root/")
		if !ok {
			continue
		}
		epStr, _, _ := strings.Cut(rest, "/")
		ep, err := strconv.ParseUint(epStr, 10, 64)
		if err != nil || ep >= n.epoch {
			continue
		}
		if err := n.store.DiscardPresign(in.ID, fmt.Sprintf("discarded at the switch to epoch %d", n.epoch)); err != nil {
			return err
		}
	}
	return nil
}

// membership decides this node's role from the chain index: a member of the
// current set, a next member joining by the open transition, or neither
// (removed, or not yet named).
func (n *Node) membership(me string) (self party.ID, joining bool, err error) {
	for _, nd := range n.index.Nodes() {
		if string(nd.PeerID) == me {
			return party.ID(strconv.Itoa(nd.Party)), false, nil
		}
	}
	if t, open := n.openTransition(); open {
		for _, nd := range t.Next {
			if string(nd.PeerID) == me {
				return party.ID(strconv.Itoa(nd.Party)), true, nil
			}
		}
	}
	return "", false, errNotMember
}

var errNotMember = errors.New("not in the node set")

// joinTransition is a joining node's "genesis": it takes part in the
// resharing when invited and ends the instance when the transition that
// names it completed (Run restarts it as a member).
func (n *Node) joinTransition(ctx context.Context) error {
	n.log.Info("joining: waiting for the resharing of the open transition")
	t := time.NewTicker(n.cfg.PollInterval)
	defer t.Stop()
	for {
		if n.index.Epoch() != n.epoch {
			return errEpochSwitch
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-n.switchCh:
			return errEpochSwitch
		case <-t.C:
		}
	}
}
