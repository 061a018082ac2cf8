package node

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/actionchan"
	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/auth/replay"
	"github.com/pkpnet/pkpnet/chainwatch"
	"github.com/pkpnet/pkpnet/mpc/sharestore"
	"github.com/pkpnet/pkpnet/node/metrics"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/runtime"
)

// component is one entry of the node's lifecycle table: Start brings it up
// (it may use every component before it), Stop releases what Start
// acquired. Stop is only called after a successful Start.
type component struct {
	Name  string
	Start func(ctx context.Context) error
	Stop  func() // nil: nothing to release
}

// lifecycle starts components in order and stops the started ones in
// reverse, also after a later start failed.
type lifecycle struct {
	log     *slog.Logger
	started []component
}

// start runs every Start in order and stops at the first failure, with an
// error naming the failing component. The components started so far stay
// up: the caller first ends the goroutines that use them, then calls stop,
// which rolls them back in reverse order.
func (l *lifecycle) start(ctx context.Context, comps []component) error {
	for _, c := range comps {
		if err := c.Start(ctx); err != nil {
			if errors.Is(err, errEpochSwitch) {
				return fmt.Errorf("node: %s: %w", c.Name, err)
			}
			l.log.Error("node start failed", "step", c.Name, "err", err)
			return fmt.Errorf("node: %s: %w", c.Name, err)
		}
		l.started = append(l.started, c)
	}
	return nil
}

// stop stops the started components in reverse order, once.
func (l *lifecycle) stop() {
	for i := len(l.started) - 1; i >= 0; i-- {
		if s := l.started[i].Stop; s != nil {
			s()
		}
	}
	l.started = nil
}

// Run builds the node, starts its components from one ordered table
// (components), serves until ctx ends, then stops them in reverse order.
// If a start fails, the components already started are stopped and the
// error names the failing step.
//
// A node instance serves one node-set epoch. When the registry's epoch moves
// (an epoch transition completed, docs/epochs.md), the instance stops and
// Run starts the next one from the same data dir. Run returns ErrRemoved
// when the node is no longer in the node set (its shares are erased then).
func Run(ctx context.Context, cfg Config) error {
	cfg.setDefaults()
	if err := cfg.validate(); err != nil {
		return err
	}
	for {
		err := runEpoch(ctx, cfg)
		if !errors.Is(err, errEpochSwitch) || ctx.Err() != nil {
			return err
		}
		cfg.Logger.Info("starting the node in the new epoch")
	}
}

// runEpoch runs one node instance until ctx ends or the epoch moves.
func runEpoch(ctx context.Context, cfg Config) error {
	n := &Node{cfg: cfg, log: cfg.Logger, operator: crypto.PubkeyToAddress(cfg.OperatorKey.PublicKey), metrics: metrics.New(), switchCh: make(chan struct{})}
	runCtx, cancel := context.WithCancel(ctx)
	n.runCtx, n.runCancel = runCtx, cancel
	lc := &lifecycle{log: n.log}
	defer func() {
		// First the node's own goroutines and in-flight requests (they use
		// every component), then the components in reverse start order.
		n.goMu.Lock()
		cancel() // under goMu: no goOwned or enter adds to a WaitGroup after this
		n.goMu.Unlock()
		n.wg.Wait()
		n.reqWG.Wait()
		lc.stop()
	}()
	if err := lc.start(ctx, n.components()); err != nil {
		select {
		case <-n.switchCh:
			return errEpochSwitch // the start was cut short by the switch
		default:
		}
		return err
	}
	n.log.Info("node ready", "epoch", n.epoch, "root", hex.EncodeToString(n.RootKey()), "pool", fmt.Sprint(n.PoolLevels()))
	if cfg.OnReady != nil {
		cfg.OnReady(n)
	}
	select {
	case <-ctx.Done():
		n.log.Info("node stopping")
		return nil
	case <-n.switchCh:
		n.log.Info("node stopping for the epoch switch", "epoch", n.epoch)
		return errEpochSwitch
	}
}

// components is the node's lifecycle table, in start order.
func (n *Node) components() []component {
	comps := []component{
		{Name: "data dir", Start: n.startDB, Stop: func() { _ = n.db.Close() }},
		{Name: "store", Start: n.startStore},
		{Name: "replay store", Start: n.startReplay},
		{Name: "chain client", Start: n.startChainClient, Stop: n.stopChainClient},
		{Name: "confirmations", Start: n.startConfirmations},
		{Name: "chainwatch", Start: n.startChainwatch, Stop: n.stopChainwatch},
		{Name: "p2p", Start: n.startP2P, Stop: func() { _ = n.host.Close() }},
		{Name: "mpc transport", Start: n.startTransport, Stop: n.stopTransport},
		{Name: "node protocols", Start: n.startNodeProtocols},
	}
	if n.cfg.MetricsAddr != "" {
		comps = append(comps, component{Name: "metrics", Start: n.startMetrics, Stop: func() { _ = n.msrv.Close() }})
	}
	return append(comps,
		// A next member of the open transition that is not in the current
		// set (decided by the p2p step) takes part in the resharing here
		// and serves once the transition completed: join ends this
		// instance then, and Run starts the next as a member.
		component{Name: "join", Start: func(context.Context) error {
			if !n.joining {
				return nil
			}
			return n.joinTransition(n.runCtx)
		}},
		component{Name: "sandbox", Start: n.startSandbox, Stop: func() { _ = n.sandbox.Close() }},
		component{Name: "genesis", Start: func(context.Context) error { return n.genesis(n.runCtx) }},
		component{Name: "encryption key", Start: func(context.Context) error { return n.encGenesis(n.runCtx) }},
		component{Name: "pool", Start: n.startPool},
		component{Name: "client protocols", Start: func(context.Context) error { n.serveClients(); return nil }},
	)
}

// data dir + bbolt
func (n *Node) startDB(context.Context) error {
	if err := os.MkdirAll(n.cfg.DataDir, 0o700); err != nil {
		return err
	}
	db, err := bbolt.Open(filepath.Join(n.cfg.DataDir, DBFile), 0o600, &bbolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		return fmt.Errorf("open %s (is another node using this data dir?): %w", DBFile, err)
	}
	n.db = db
	return nil
}

// mpc store
func (n *Node) startStore(context.Context) error {
	st, err := sharestore.Open(n.db, n.cfg.Passphrase)
	n.store = st
	return err
}

// replay state of session-authenticated requests
func (n *Node) startReplay(context.Context) error {
	rs, err := replay.Open(n.db, n.cfg.ReplayQuota, time.Now())
	n.replay = rs
	return err
}

// chain client and its chain ID
func (n *Node) startChainClient(ctx context.Context) error {
	if n.cfg.EthClient != nil {
		n.eth = n.cfg.EthClient
	} else {
		dctx, dcancel := context.WithTimeout(ctx, 15*time.Second)
		defer dcancel()
		c, err := ethclient.DialContext(dctx, n.cfg.RPCURL)
		if err != nil {
			return fmt.Errorf("dial %s: %w", n.cfg.RPCURL, err)
		}
		n.eth, n.ethOwned = c, true
	}
	cctx, ccancel := context.WithTimeout(ctx, 15*time.Second)
	defer ccancel()
	id, err := n.eth.ChainID(cctx)
	if err != nil {
		n.stopChainClient()
		return fmt.Errorf("chain ID: %w", err)
	}
	n.chainID = id
	if !id.IsUint64() {
		n.stopChainClient()
		return fmt.Errorf("chain ID %v out of range", id)
	}
	return nil
}

func (n *Node) stopChainClient() {
	if n.ethOwned {
		n.eth.Close()
		n.ethOwned = false
	}
}

// confirmation floor: depends on the chain
func (n *Node) startConfirmations(context.Context) (err error) {
	if err := checkDevFault(n.cfg.DevFault, n.chainID.Uint64()); err != nil {
		return err
	}
	n.confirmations, err = ConfirmationsFor(n.chainID.Uint64(), n.cfg.Confirmations, n.cfg.UnsafeAllowLowConfirmations)
	return err
}

// chainwatch, synced up to head - confirmations
func (n *Node) startChainwatch(ctx context.Context) error {
	w, err := chainwatch.New(chainwatch.Config{
		Client: n.eth, Contracts: n.cfg.Contracts, DB: n.db, StartBlock: n.cfg.StartBlock,
		Confirmations: n.confirmations, PollInterval: n.cfg.PollInterval, Logger: n.log,
	})
	if err != nil {
		return err
	}
	n.watcher, n.index, n.sync = w, w.Index(), w
	wctx, wcancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := w.Run(wctx); err != nil {
			n.log.Error("chainwatch stopped", "err", err)
		}
	}()
	n.watchStop = func() { wcancel(); <-done }
	head, err := n.eth.BlockNumber(ctx)
	if err != nil {
		n.stopChainwatch()
		return fmt.Errorf("head: %w", err)
	}
	target := uint64(0)
	if head > n.confirmations {
		target = head - n.confirmations
	}
	n.log.Info("syncing chain index", "target", target, "confirmations", n.confirmations)
	if err := w.WaitFor(ctx, target); err != nil {
		n.stopChainwatch()
		return err
	}
	n.chain = &chainHost{n: n}
	return nil
}

func (n *Node) stopChainwatch() {
	if n.watchStop != nil {
		n.watchStop()
		n.watchStop = nil
	}
}

// p2p host in the node set of the registry's epoch
func (n *Node) startP2P(ctx context.Context) error {
	sk, err := p2p.LoadOrCreateIdentity(filepath.Join(n.cfg.DataDir, IdentityFile))
	if err != nil {
		return err
	}
	me, err := peer.IDFromPrivateKey(sk)
	if err != nil {
		return err
	}
	ns, hints, err := nodeSetOf(n.index)
	if err != nil {
		return err
	}
	hostSet := ns
	n.epoch = ns.Epoch()
	self, joining, err := n.membership(string(me))
	switch {
	case errors.Is(err, errNotMember) && n.index.RootKey() != nil:
		// Not in the set while the network has a root key: this node was
		// removed (it erases whatever shares it holds), or is not named yet.
		names, nerr := n.rootShareNames(0, true)
		if nerr != nil {
			return nerr
		}
		if len(names) > 0 {
			if err := n.eraseShares(0, true); err != nil {
				return err
			}
			n.log.Warn("this node is not in the node set any more: its key shares are erased", "epoch", n.epoch, "erased", len(names))
			return fmt.Errorf("peer %s, epoch %d: %w", me, n.epoch, ErrRemoved)
		}
		return fmt.Errorf("this node (peer %s) is not in the node set of epoch %d nor in an open transition's next set: propose a transition that adds it (pkpnet registry add)", me, n.epoch)
	case err != nil:
		return fmt.Errorf("this node (peer %s) is not registered in NodeRegistry (epoch %d, %d nodes)", me, ns.Epoch(), ns.Len())
	}
	if joining {
		t, _ := n.openTransition()
		if hostSet, hints, err = nodeSetFrom(n.epoch, append(n.index.Nodes(), t.Next...)); err != nil {
			return err
		}
		n.epochRun.union = t.ID
	}
	n.self, n.members, n.joining = self, ns, joining
	if ns.Len() < 2 {
		return fmt.Errorf("the node set of epoch %d has %d node; at least 2 are needed", ns.Epoch(), ns.Len())
	}
	boot, err := p2p.ParseAddrInfos(n.cfg.Bootstrap)
	if err != nil {
		return fmt.Errorf("bootstrap: %w", err)
	}
	hs, err := p2p.New(ctx, p2p.Config{
		Network: n.cfg.Network, Role: p2p.RoleNode, Identity: sk, ListenAddrs: n.cfg.ListenAddrs, AnnounceAddrs: n.cfg.AnnounceAddrs,
		Bootstrap: boot, Nodes: hostSet, Logger: n.log, Registerer: n.metrics.Registry,
	})
	if err != nil {
		return err
	}
	n.host, n.identity = hs, sk
	for p, addrs := range hints {
		if p != me {
			hs.LibP2P().Peerstore().AddAddrs(p, addrs, peerstore.PermanentAddrTTL)
		}
	}
	n.log = n.log.With("party", string(self))
	n.log.Info("p2p host started", "peer", me.String(), "epoch", n.epoch, "nodes", ns.Len(), "addrs", fmt.Sprint(hs.Addrs()))
	return nil
}

// MPC transport, session verifier and the node-set follower
func (n *Node) startTransport(context.Context) error {
	// Sign sessions send point to point only, so waiting for every party's
	// topic subscription (the barrier) buys nothing on the hot path and
	// costs its full timeout when a listed node is down; keygen and
	// presign broadcasts are retransmitted directly if gossip missed them.
	tr, err := p2p.NewTransport(n.host, p2p.TransportOptions{BarrierTimeout: 250 * time.Millisecond})
	if err != nil {
		return err
	}
	n.tr, n.mtr = tr, tr
	if n.cfg.WrapTransport != nil {
		n.mtr = n.cfg.WrapTransport(tr)
	}
	// Session signatures are verified against this node's peer ID, the
	// confirmed index (no PKP signs in) and confirmed contract state.
	n.verifier = &auth.Verifier{
		Network: n.cfg.Network, ChainID: n.chainID.Uint64(), PeerID: []byte(n.host.ID()), Domains: n.cfg.AuthDomains,
		PKPs: n.index, Chain: n.eth, ConfirmedBlock: n.IndexedBlock,
	}
	if len(n.cfg.OIDCIssuers) > 0 {
		o, err := auth.NewOIDC(n.cfg.OIDCIssuers, nil)
		if err != nil {
			return err
		}
		n.oidc = o
	}
	if !n.goOwned(n.followEpochs) {
		return errors.New("node is stopping")
	}
	return nil
}

func (n *Node) stopTransport() {
	dctx, dcancel := context.WithTimeout(context.Background(), time.Second)
	_ = n.tr.Drain(dctx)
	dcancel()
	_ = n.tr.Close()
}

// node control protocol and handshake
func (n *Node) startNodeProtocols(context.Context) error {
	n.pool = newPool(n)
	n.host.HandleNode(ctlProtocol, n.serveCtl)
	p2p.ServeHandshake(n.host, n)
	n.actions = actionchan.NewHub(n.runCtx, n.self, actionchan.NewP2P(n.host), actionchan.Limits{}, n.log.With("component", "actionchan"))
	actionchan.Serve(n.host, n.actions)
	return nil
}

// metrics and health: up before genesis, so /readyz tells what is missing
func (n *Node) startMetrics(context.Context) error {
	n.metrics.RegisterSource(n)
	srv, err := metrics.Listen(n.cfg.MetricsAddr, n.metrics.Registry, n.readyChecks())
	if err != nil {
		return err
	}
	n.msrv = srv
	n.log.Info("metrics and health endpoints", "addr", srv.Addr())
	return nil
}

// action sandbox with pre-started workers
func (n *Node) startSandbox(context.Context) error {
	if n.cfg.AllowPrivateFetch {
		n.log.Warn("actions may fetch loopback and private addresses (allowPrivateFetch): for a devnet only")
	}
	sb, err := runtime.New(runtime.Config{
		Workers: n.cfg.SandboxWorkers, Limits: n.cfg.Limits, Command: n.cfg.WorkerCommand,
		Isolation: n.cfg.SandboxIsolation, Logger: n.log, AllowPrivateFetch: n.cfg.AllowPrivateFetch,
	})
	if err != nil && n.cfg.SandboxIsolation == runtime.IsolationRequired {
		return fmt.Errorf("strict sandbox isolation (namespaces, seccomp) is not available here: %w; "+
			"fix the kernel or privileges, or accept weaker isolation with --sandbox-isolation auto", err)
	}
	if err != nil {
		return err
	}
	n.sandbox = sb
	return nil
}

// presignature pool: loaded from the store, refilled by a node goroutine
func (n *Node) startPool(context.Context) error {
	if err := n.discardOldPresigns(); err != nil {
		return fmt.Errorf("discard presignatures of earlier epochs: %w", err)
	}
	if err := n.pool.load(); err != nil {
		return err
	}
	if names, err := n.rootShareNames(n.epoch, false); err == nil && len(names) > 0 {
		n.goOwned(n.eraseOldShares)
	}
	if !n.goOwned(n.pool.run) {
		return errors.New("node is stopping")
	}
	return nil
}
