package node

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp/config"
	"golang.org/x/sync/errgroup"

	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/p2p"
)

// leaderParty is the party that runs the keygen invitations: the lowest
// party number of the node set.
func (n *Node) leaderParty() party.ID { return n.members.Parties()[0] }

// keygenState is a follower's latest keygen run, started by the leader's
// invitation. Its result is kept in memory until the leader commits it.
type keygenState struct {
	mu        sync.Mutex
	cancel    context.CancelFunc
	session   string
	done      chan struct{} // closed when the run ended
	cfg       *config.Config
	err       error
	committed chan *config.Config // the committed share, buffered 1
}

// voteGasLimit covers the activating vote: measured at ~725k gas on the dev
// chain (the root key check runs the modexp precompile), while an estimate
// made before the other votes were mined said ~170k.
const voteGasLimit = 3_000_000

func rootName(epoch uint64) string { return fmt.Sprintf("root/%d", epoch) }

// genesis makes sure this node holds the epoch's root key share and that
// the key is active on chain. A stored share is never generated again.
func (n *Node) genesis(ctx context.Context) error {
	name := rootName(n.epoch)
	cfg, err := n.store.Config(name)
	switch {
	case err == nil:
		if err := n.setRoot(cfg); err != nil {
			return err
		}
		n.log.Info("loaded root key share", "key", name, "root", hex.EncodeToString(n.rootPub))
	case errors.Is(err, mpc.ErrNotFound):
		// The share this node received in the transition that started
		// this epoch.
		if ok, aerr := n.adoptPendingShare(); aerr != nil {
			return fmt.Errorf("adopt the share of epoch %d: %w", n.epoch, aerr)
		} else if ok {
			return n.genesis(ctx)
		}
		if rk := n.index.RootKey(); rk != nil {
			return fmt.Errorf("the chain has an active root key %x but this node holds no share for epoch %d: a node joins by an epoch transition that names it (docs/epochs.md)", rk, n.epoch)
		}
		cfg, err := n.keygen(ctx)
		if err != nil {
			return err
		}
		// Store before voting: a crash after the vote must not lose the share.
		if err := n.store.PutConfig(name, cfg); err != nil {
			return fmt.Errorf("store root key share: %w", err)
		}
		if err := n.setRoot(cfg); err != nil {
			return err
		}
		n.log.Info("keygen done, share stored", "root", hex.EncodeToString(n.rootPub))
	default:
		return fmt.Errorf("load root key share: %w", err)
	}
	if rk := n.index.RootKey(); rk != nil && !equalBytes(rk, n.rootPub) {
		return fmt.Errorf("the chain's active root key %x differs from this node's %x", rk, n.rootPub)
	}
	return n.voteAndWait(ctx)
}

// keygen runs CMP keygen with the whole node set: the leader invites, the
// others run when invited. No node stores a share before every node has
// confirmed the same root key (phase 1) and the leader committed it (phase 2),
// so a run that fails at one node never leaves the others with a share of a
// key that cannot be activated.
func (n *Node) keygen(ctx context.Context) (*config.Config, error) {
	n.kg.mu.Lock()
	if n.kg.committed == nil {
		n.kg.committed = make(chan *config.Config, 1)
	}
	committed := n.kg.committed
	n.kg.mu.Unlock()
	return leadOrFollow(ctx, n, "keygen", committed, n.leadKeygen)
}

// leadOrFollow runs a genesis key generation: the leader runs lead until it
// succeeds (backing off between attempts); a follower waits for the result
// the leader committed to it (committed, filled by the control handler).
func leadOrFollow[T any](ctx context.Context, n *Node, what string, committed <-chan T, lead func(context.Context) (T, error)) (T, error) {
	var zero T
	if n.self != n.leaderParty() {
		n.log.Info("waiting for the "+what+" invitation", "leader", string(n.leaderParty()))
		select {
		case v := <-committed:
			return v, nil
		case <-ctx.Done():
			return zero, ctx.Err()
		}
	}
	backoff := time.Second
	for attempt := 1; ; attempt++ {
		v, err := lead(ctx)
		if err == nil {
			return v, nil
		}
		if ctx.Err() != nil {
			return zero, ctx.Err()
		}
		n.log.Warn(what+" attempt failed; retrying", "attempt", attempt, "err", err, "backoff", backoff)
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			return zero, ctx.Err()
		}
		backoff = min(2*backoff, 15*time.Second)
	}
}

// forFollowers calls f for every other party in parallel.
func (n *Node) forFollowers(ctx context.Context, f func(ctx context.Context, p party.ID) error) error {
	g, gctx := errgroup.WithContext(ctx)
	for _, p := range n.members.Parties() {
		if p != n.self {
			g.Go(func() error { return f(gctx, p) })
		}
	}
	return g.Wait()
}

func (n *Node) leadKeygen(ctx context.Context) (*config.Config, error) {
	sid := mpc.NewSessionID("keygen")
	if err := n.inviteAll(ctx, n.members, ctlKeygen, sid); err != nil {
		return nil, err
	}
	cfg, err := n.runKeygen(ctx, sid)
	if err != nil {
		return nil, err
	}
	pub, err := mpc.RootPubkey(cfg)
	if err != nil {
		return nil, err
	}
	rk := hex.EncodeToString(pub)
	if err := n.forFollowers(ctx, func(ctx context.Context, p party.ID) error {
		return n.callCtl(ctx, p, &ctlRequest{Type: ctlKeygenConfirm, Epoch: n.epoch, Session: sid, RootKey: rk}, keygenConfirmWait+5*time.Second)
	}); err != nil {
		return nil, fmt.Errorf("confirm %s: %w", sid, err)
	}
	// Every node holds a share of the same key: commit. A follower that
	// misses the commit gets it again on retry; it keeps the result until a
	// new invitation.
	err = n.commitAll(ctx, "keygen", sid, 0, nil, &ctlRequest{Type: ctlKeygenCommit, Epoch: n.epoch, Session: sid, RootKey: rk}, 0)
	if err != nil {
		return nil, err
	}
	return cfg, nil
}

// inviteAll waits until every node of ns is connected and invites the
// followers to session sid of a genesis run (keygen, encryption keygen).
func (n *Node) inviteAll(ctx context.Context, ns *p2p.NodeSet, typ, sid string) error {
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	err := n.host.WaitConnected(wctx, ns.Peers()...)
	cancel()
	if err != nil {
		return fmt.Errorf("wait for all %d nodes: %w", ns.Len(), err)
	}
	if err := n.forFollowers(ctx, func(ctx context.Context, p party.ID) error {
		return n.callCtl(ctx, p, &ctlRequest{Type: typ, Epoch: n.epoch, Session: sid}, 0)
	}); err != nil {
		return fmt.Errorf("invite: %w", err)
	}
	return nil
}

// commitAll sends req to every follower until all acknowledge it, retrying
// once a second; after maxAttempts (0: no limit), or at an error final
// says cannot pass on retry, it gives up.
func (n *Node) commitAll(ctx context.Context, what, sid string, maxAttempts int, final func(error) bool, req *ctlRequest, wait time.Duration) error {
	for attempt := 1; ; attempt++ {
		err := n.forFollowers(ctx, func(ctx context.Context, p party.ID) error {
			return n.callCtl(ctx, p, req, wait)
		})
		if err == nil {
			return nil
		}
		if attempt == maxAttempts || final != nil && final(err) {
			return fmt.Errorf("commit %s: %w", sid, err)
		}
		n.log.Warn(what+" commit not acknowledged by every node; retrying", "attempt", attempt, "err", err)
		select {
		case <-time.After(time.Second):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// keygenConfirmWait bounds how long a follower waits for its own run to end
// when the leader asks it to confirm.
const keygenConfirmWait = 60 * time.Second

func (n *Node) runKeygen(ctx context.Context, sid string) (*config.Config, error) {
	n.keygenRuns.Add(1)
	n.log.Info("keygen started", "session", sid)
	start := time.Now()
	parties := n.members.Parties()
	cfg, err := mpc.Keygen(ctx, n.mtr, mpc.Session{ID: sid, Topic: "keygen", Self: n.self, Parties: parties, RoundTimeout: mpc.ScaledRoundTimeout(len(parties))})
	if err != nil && ctx.Err() == nil {
		n.observeMPC("keygen", err)
	}
	if err != nil {
		return nil, fmt.Errorf("keygen %s: %w", sid, err)
	}
	n.log.Info("keygen finished", "session", sid, "took", time.Since(start).Round(time.Millisecond))
	return cfg, nil
}

// acceptKeygen handles the leader's keygen messages at a follower: an
// invitation starts a run (dropping any earlier one), a confirmation waits
// for the run and compares root keys, a commit hands the share to genesis.
func (n *Node) acceptKeygen(from party.ID, req *ctlRequest) error {
	if from != n.leaderParty() {
		return fmt.Errorf("keygen messages come from party %s only", n.leaderParty())
	}
	if cfg, _ := n.rootConfig(); cfg != nil {
		return errors.New("this node already holds the root key share")
	}
	if !strings.HasPrefix(req.Session, "keygen/") {
		return errors.New("keygen session IDs start with keygen/")
	}
	n.kg.mu.Lock()
	defer n.kg.mu.Unlock()
	if n.kg.committed == nil {
		n.kg.committed = make(chan *config.Config, 1)
	}
	if req.Type != ctlKeygen {
		return n.confirmKeygen(req)
	}
	if n.kg.cancel != nil {
		n.kg.cancel() // the leader gave up on the previous run
	}
	kctx, kcancel := context.WithCancel(n.runCtx)
	done := make(chan struct{})
	n.kg.cancel, n.kg.session, n.kg.done, n.kg.cfg, n.kg.err = kcancel, req.Session, done, nil, nil
	started := n.goOwned(func(context.Context) {
		defer kcancel()
		cfg, err := n.runKeygen(kctx, req.Session)
		if err != nil {
			n.log.Warn("keygen run failed; waiting for a new invitation", "err", err)
		}
		n.kg.mu.Lock()
		if n.kg.session == req.Session {
			n.kg.cfg, n.kg.err = cfg, err
		}
		n.kg.mu.Unlock()
		close(done)
	})
	if !started {
		kcancel()
		return errors.New("node is stopping")
	}
	return nil
}

// awaitRun waits, with mu released, until the key generation run of
// session ends (done closed), at most keygenConfirmWait; mu is held again
// on return. It fails when there is no such run, another run replaced it,
// or it still runs.
func (n *Node) awaitRun(mu *sync.Mutex, what, session string, current func() string, done chan struct{}) error {
	if current() != session || done == nil {
		return fmt.Errorf("no %s run for session %s", what, session)
	}
	mu.Unlock()
	select {
	case <-done:
	case <-time.After(keygenConfirmWait):
	case <-n.runCtx.Done():
	}
	mu.Lock()
	if current() != session {
		return fmt.Errorf("%s session %s was replaced", what, session)
	}
	select {
	case <-done:
		return nil
	default:
		return fmt.Errorf("%s session %s still running", what, session)
	}
}

// confirmKeygen answers a confirm or commit; n.kg.mu is held and released
// while waiting for the run.
func (n *Node) confirmKeygen(req *ctlRequest) error {
	if err := n.awaitRun(&n.kg.mu, "keygen", req.Session, func() string { return n.kg.session }, n.kg.done); err != nil {
		return err
	}
	if n.kg.err != nil {
		return fmt.Errorf("keygen session %s failed here", req.Session)
	}
	pub, err := mpc.RootPubkey(n.kg.cfg)
	if err != nil {
		return err
	}
	if hex.EncodeToString(pub) != req.RootKey {
		return fmt.Errorf("keygen session %s: this node got root key %x, the leader %s", req.Session, pub, truncate(req.RootKey, 70))
	}
	if req.Type == ctlKeygenCommit {
		select {
		case n.kg.committed <- n.kg.cfg:
		default: // already committed: an acknowledgement was lost
		}
	}
	return nil
}

// votedKey returns keccak256 of the key this operator voted in the epoch,
// zero when it did not vote.
func (n *Node) votedKey(ctx context.Context) ([32]byte, error) {
	ep := new(big.Int).SetUint64(n.epoch)
	out, err := n.eth.CallContract(ctx, ethereum.CallMsg{To: &n.cfg.Contracts.PubkeyRouter, Data: contracts.RouterABI.PackVoteOf(ep, n.operator)}, nil)
	if err != nil {
		return [32]byte{}, fmt.Errorf("read vote: %w", err)
	}
	v, err := contracts.RouterABI.UnpackVoteOf(out)
	if err != nil {
		return [32]byte{}, fmt.Errorf("read vote: %w", err)
	}
	return v, nil
}

// voteAndWait votes the root key (unless this operator already did) and
// waits until chainwatch shows it active for the epoch.
func (n *Node) voteAndWait(ctx context.Context) error {
	active := func() bool {
		return n.index.RootKeyEpoch() == n.epoch && equalBytes(n.index.RootKey(), n.rootPub)
	}
	if active() {
		return nil
	}
	for attempt := 1; ; attempt++ {
		voted, err := n.votedKey(ctx)
		if err != nil {
			return err
		}
		if voted == [32]byte(crypto.Keccak256(n.rootPub)) {
			break
		}
		if voted != ([32]byte{}) {
			// An earlier keygen's key: the router takes a re-vote until a key is active.
			if rk := n.index.RootKey(); rk != nil && !equalBytes(rk, n.rootPub) {
				return fmt.Errorf("the chain activated root key %x, this node holds %x", rk, n.rootPub)
			}
			n.log.Warn("this operator voted another root key in this epoch; re-voting", "epoch", n.epoch)
		}
		// A fixed gas limit: an estimate made before the other nodes' votes
		// are mined misses the activation's storage writes of the last vote.
		s := &contracts.Sender{Backend: n.eth, Key: n.cfg.OperatorKey, ChainID: n.chainID, GasLimit: voteGasLimit}
		vctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		_, err = s.Transact(vctx, n.cfg.Contracts.PubkeyRouter, contracts.RouterABI.PackVoteRootKey(n.rootPub), nil)
		cancel()
		if err == nil {
			n.log.Info("root key voted", "operator", n.operator.Hex())
			break
		}
		if attempt == 5 || ctx.Err() != nil {
			return fmt.Errorf("vote root key as %s: %w", n.operator, err)
		}
		n.log.Warn("root key vote failed; retrying", "attempt", attempt, "err", err)
		select {
		case <-time.After(time.Duration(attempt) * time.Second):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	last := time.Now()
	for !active() {
		if rk := n.index.RootKey(); rk != nil && !equalBytes(rk, n.rootPub) {
			return fmt.Errorf("the chain activated root key %x, this node holds %x", rk, n.rootPub)
		}
		if time.Since(last) > 10*time.Second {
			n.log.Info("waiting for a threshold of nodes to vote the root key", "epoch", n.epoch)
			last = time.Now()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
	n.log.Info("root key active", "epoch", n.epoch)
	return nil
}
