// Package node owns a pkpnet node's wiring and lifecycle: Run builds every
// component (store, chain client, chainwatch, libp2p host and MPC transport,
// node control protocol, action sandbox, genesis, presignature pool, client
// protocol handlers), starts them in a declared order and stops them in
// reverse, rolling back the started ones when a start fails. It also owns
// request handling (auth, action run, permission check against the confirmed
// chain index, presignature agreement and durable share release) and the
// node-to-node control protocol. docs/node.md and docs/protocol.md describe
// both.
package node

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	libp2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"
	ma "github.com/multiformats/go-multiaddr"
	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp/config"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/chainwatch"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node/auth"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/runtime"
)

// The session verifier's chain interfaces, as the node provides them.
var (
	_ auth.PKPIndex    = (*chainwatch.Index)(nil)
	_ auth.ChainReader = (*ethclient.Client)(nil)
)

// Version is reported in the handshake.
const Version = "pkpnet-node/0.1"

// File names inside the data dir.
const (
	DBFile       = "node.db"
	IdentityFile = "identity.key"
)

// Node is a running node. Run creates it; OnReady hands it out so that
// tests and the devnet can observe it. Its methods are safe for concurrent use.
type Node struct {
	cfg   Config
	log   *slog.Logger
	db    *bbolt.DB
	store *mpc.Store
	eth   *ethclient.Client

	chainID  *big.Int
	operator common.Address
	watcher  *chainwatch.Watcher
	index    *chainwatch.Index
	host     *p2p.Host
	tr       *p2p.Transport
	mtr      mpc.Transport // tr, wrapped by Config.WrapTransport
	identity libp2pcrypto.PrivKey
	sandbox  *runtime.Sandbox
	verifier *auth.Verifier
	replay   *auth.ReplayStore
	chain    *chainHost

	self  party.ID
	epoch uint64
	// confirmations chainwatch waits for (ConfirmationsFor).
	confirmations uint64

	runCtx context.Context
	wg     sync.WaitGroup
	goMu   sync.Mutex // orders goOwned and enter against the stop's Wait
	reqWG  sync.WaitGroup

	rootMu  sync.RWMutex
	root    *config.Config
	rootPub []byte
	rootBin []byte // the share's encoding, for per-run copies (secret)

	kg         keygenState
	keygenRuns atomic.Int64
	pool       *pool
	stats      struct{ onDemand, shares, presigns atomic.Int64 }
}

// PeerID is the node's libp2p peer ID.
func (n *Node) PeerID() peer.ID { return n.host.ID() }

// Addrs are the node's full listen multiaddrs (with /p2p/<id>).
func (n *Node) Addrs() []ma.Multiaddr { return n.host.Addrs() }

// Host is the node's libp2p host (tests wrap its protocol handlers to play
// a malicious participant).
func (n *Node) Host() *p2p.Host { return n.host }

// Party is the node's party ID in its epoch.
func (n *Node) Party() string { return string(n.self) }

// Epoch is the node-set epoch the node serves.
func (n *Node) Epoch() uint64 { return n.epoch }

// RootKey is the 33-byte root public key, nil before genesis.
func (n *Node) RootKey() []byte {
	n.rootMu.RLock()
	defer n.rootMu.RUnlock()
	return slices.Clone(n.rootPub)
}

// KeygenRuns counts the keygen sessions this process took part in.
func (n *Node) KeygenRuns() int { return int(n.keygenRuns.Load()) }

// Stats are counters of this node process since it started.
type Stats struct {
	KeygenRuns     int `json:"keygenRuns"`     // keygen sessions joined
	PresignsStored int `json:"presignsStored"` // presignatures stored (coordinated or followed)
	SharesReleased int `json:"sharesReleased"` // signature shares released
	OnDemandSigns  int `json:"onDemandSigns"`  // shares made by on-demand presigning
	// PresignsConsumed counts the consumed presignatures in the store (all
	// time, any coordinator): a refused request never changes it.
	PresignsConsumed int `json:"presignsConsumed"`
}

// Stats returns the node's counters.
func (n *Node) Stats() Stats {
	return Stats{
		KeygenRuns: int(n.keygenRuns.Load()), PresignsStored: int(n.stats.presigns.Load()),
		SharesReleased: int(n.stats.shares.Load()), OnDemandSigns: int(n.stats.onDemand.Load()),
		PresignsConsumed: n.consumedPresigns(),
	}
}

func (n *Node) consumedPresigns() int {
	infos, err := n.store.Presigns(true)
	if err != nil {
		return -1
	}
	c := 0
	for _, in := range infos {
		if in.Consumed() {
			c++
		}
	}
	return c
}

// PoolLevels returns the unconsumed presignatures this node coordinated, by
// signer set ("1,2").
func (n *Node) PoolLevels() map[string]int { return n.pool.levels() }

// Index is the node's confirmed chain index.
func (n *Node) Index() *chainwatch.Index { return n.index }

// PeerIDOf loads (creating on first use) the libp2p identity of a data dir
// and returns its peer ID: the ID to register in NodeRegistry (as its raw
// bytes, []byte(peerID)) before the node starts.
func PeerIDOf(dataDir string) (peer.ID, error) {
	sk, err := p2p.LoadOrCreateIdentity(filepath.Join(dataDir, IdentityFile))
	if err != nil {
		return "", err
	}
	return peer.IDFromPrivateKey(sk)
}

// Run builds and starts every component, serves until ctx ends, then stops
// them in reverse order. If a start fails, the components already started
// are stopped and the error names the failing step.
func Run(ctx context.Context, cfg Config) (err error) {
	cfg.setDefaults()
	if err := cfg.validate(); err != nil {
		return err
	}
	n := &Node{cfg: cfg, log: cfg.Logger, operator: crypto.PubkeyToAddress(cfg.OperatorKey.PublicKey)}
	var stops []func()
	runCtx, cancel := context.WithCancel(ctx)
	n.runCtx = runCtx
	defer func() {
		// First the node's own goroutines and in-flight requests (they use
		// every component), then the components in reverse start order.
		n.goMu.Lock()
		cancel() // under goMu: no goOwned or enter adds to a WaitGroup after this
		n.goMu.Unlock()
		n.wg.Wait()
		n.reqWG.Wait()
		for i := len(stops) - 1; i >= 0; i-- {
			stops[i]()
		}
	}()
	step := func(name string, f func() error) error {
		if err := f(); err != nil {
			n.log.Error("node start failed", "step", name, "err", err)
			return fmt.Errorf("node: %s: %w", name, err)
		}
		return nil
	}

	// data dir + bbolt
	if err := step("data dir", func() error {
		if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
			return err
		}
		db, err := bbolt.Open(filepath.Join(cfg.DataDir, DBFile), 0o600, &bbolt.Options{Timeout: 2 * time.Second})
		if err != nil {
			return fmt.Errorf("open %s (is another node using this data dir?): %w", DBFile, err)
		}
		n.db = db
		stops = append(stops, func() { _ = db.Close() })
		return nil
	}); err != nil {
		return err
	}
	// mpc store
	if err := step("store", func() error {
		st, err := mpc.OpenStore(n.db, cfg.Passphrase)
		n.store = st
		return err
	}); err != nil {
		return err
	}
	// replay state of session-authenticated requests
	if err := step("replay store", func() error {
		rs, err := auth.OpenReplayStore(n.db, cfg.ReplayQuota, time.Now())
		n.replay = rs
		return err
	}); err != nil {
		return err
	}
	// chain client
	if err := step("chain client", func() error {
		if cfg.EthClient != nil {
			n.eth = cfg.EthClient
		} else {
			dctx, dcancel := context.WithTimeout(ctx, 15*time.Second)
			defer dcancel()
			c, err := ethclient.DialContext(dctx, cfg.RPCURL)
			if err != nil {
				return fmt.Errorf("dial %s: %w", cfg.RPCURL, err)
			}
			n.eth = c
			stops = append(stops, c.Close)
		}
		cctx, ccancel := context.WithTimeout(ctx, 15*time.Second)
		defer ccancel()
		id, err := n.eth.ChainID(cctx)
		if err != nil {
			return fmt.Errorf("chain ID: %w", err)
		}
		n.chainID = id
		if !id.IsUint64() {
			return fmt.Errorf("chain ID %v out of range", id)
		}
		return nil
	}); err != nil {
		return err
	}
	// confirmation floor: depends on the chain
	if err := step("confirmations", func() (err error) {
		n.confirmations, err = ConfirmationsFor(n.chainID.Uint64(), cfg.Confirmations, cfg.UnsafeAllowLowConfirmations)
		return err
	}); err != nil {
		return err
	}
	// chainwatch, synced
	if err := step("chainwatch", func() error {
		w, err := chainwatch.New(chainwatch.Config{
			Client: n.eth, Contracts: cfg.Contracts, DB: n.db, StartBlock: cfg.StartBlock,
			Confirmations: n.confirmations, PollInterval: cfg.PollInterval, Logger: n.log.With("component", "chainwatch"),
		})
		if err != nil {
			return err
		}
		n.watcher, n.index = w, w.Index()
		wctx, wcancel := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() {
			defer close(done)
			if err := w.Run(wctx); err != nil {
				n.log.Error("chainwatch stopped", "err", err)
			}
		}()
		stops = append(stops, func() { wcancel(); <-done })
		head, err := n.eth.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("head: %w", err)
		}
		target := uint64(0)
		if head > n.confirmations {
			target = head - n.confirmations
		}
		n.log.Info("syncing chain index", "target", target, "confirmations", n.confirmations)
		return w.WaitFor(ctx, target)
	}); err != nil {
		return err
	}
	n.chain = &chainHost{n: n}
	// p2p host + transport
	if err := step("p2p", func() error {
		sk, err := p2p.LoadOrCreateIdentity(filepath.Join(cfg.DataDir, IdentityFile))
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
		self, ok := ns.Party(me)
		if !ok {
			return fmt.Errorf("this node (peer %s) is not registered in NodeRegistry (epoch %d, %d nodes)", me, ns.Epoch(), ns.Len())
		}
		n.self, n.epoch = self, ns.Epoch()
		if ns.Len() < 2 {
			return fmt.Errorf("the node set of epoch %d has %d node; at least 2 are needed", ns.Epoch(), ns.Len())
		}
		boot, err := p2p.ParseAddrInfos(cfg.Bootstrap)
		if err != nil {
			return fmt.Errorf("bootstrap: %w", err)
		}
		hs, err := p2p.New(ctx, p2p.Config{
			Network: cfg.Network, Role: p2p.RoleNode, Identity: sk, ListenAddrs: cfg.ListenAddrs,
			Bootstrap: boot, Nodes: ns, Logger: n.log.With("component", "p2p"),
		})
		if err != nil {
			return err
		}
		stops = append(stops, func() { _ = hs.Close() })
		n.host = hs
		for p, addrs := range hints {
			if p != me {
				hs.LibP2P().Peerstore().AddAddrs(p, addrs, peerstore.PermanentAddrTTL)
			}
		}
		// Sign sessions send point to point only, so waiting for every party's
		// topic subscription (the barrier) buys nothing on the hot path and
		// costs its full timeout when a listed node is down; keygen and
		// presign broadcasts are retransmitted directly if gossip missed them.
		tr, err := p2p.NewTransport(hs, p2p.TransportOptions{BarrierTimeout: 250 * time.Millisecond})
		if err != nil {
			return err
		}
		n.tr, n.mtr, n.identity = tr, tr, sk
		if cfg.WrapTransport != nil {
			n.mtr = cfg.WrapTransport(tr)
		}
		stops = append(stops, func() {
			dctx, dcancel := context.WithTimeout(context.Background(), time.Second)
			_ = tr.Drain(dctx)
			dcancel()
			_ = tr.Close()
		})
		// Session signatures are verified against this node's peer ID, the
		// confirmed index (no PKP signs in) and confirmed contract state.
		n.verifier = &auth.Verifier{
			Network: cfg.Network, ChainID: n.chainID.Uint64(), PeerID: []byte(me), Domains: cfg.AuthDomains,
			PKPs: n.index, Chain: n.eth, ConfirmedBlock: n.IndexedBlock,
		}
		n.log = n.log.With("party", string(self))
		n.log.Info("p2p host started", "peer", me.String(), "epoch", n.epoch, "nodes", ns.Len(), "addrs", fmt.Sprint(hs.Addrs()))
		n.wg.Add(1)
		go func() {
			defer n.wg.Done()
			n.followNodeSet(runCtx)
		}()
		return nil
	}); err != nil {
		return err
	}
	// node control protocol and handshake
	n.pool = newPool(n)
	n.host.HandleNode(ctlProtocol, n.serveCtl)
	p2p.ServeHandshake(n.host, n)
	// runtime sandbox
	if err := step("sandbox", func() error {
		sb, err := runtime.New(runtime.Config{
			Workers: cfg.SandboxWorkers, Limits: cfg.Limits, Command: cfg.WorkerCommand,
			Isolation: cfg.SandboxIsolation, Logger: n.log.With("component", "runtime"),
		})
		if err != nil {
			return err
		}
		n.sandbox = sb
		stops = append(stops, func() { _ = sb.Close() })
		return nil
	}); err != nil {
		return err
	}
	// genesis
	if err := step("genesis", func() error { return n.genesis(runCtx) }); err != nil {
		return err
	}
	// pool
	if err := step("pool", func() error { return n.pool.load() }); err != nil {
		return err
	}
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		n.pool.run(runCtx)
	}()
	// client handlers
	n.serveClients()
	n.log.Info("node ready", "root", hex.EncodeToString(n.RootKey()), "pool", fmt.Sprint(n.PoolLevels()))
	if cfg.OnReady != nil {
		cfg.OnReady(n)
	}
	<-ctx.Done()
	n.log.Info("node stopping")
	return nil
}

// nodeSetOf builds the p2p node set of the index's epoch, and the address
// hints registered for its members.
func nodeSetOf(ix *chainwatch.Index) (*p2p.NodeSet, map[peer.ID][]ma.Multiaddr, error) {
	nodes := ix.Nodes()
	m := make(map[party.ID]peer.ID, len(nodes))
	hints := make(map[peer.ID][]ma.Multiaddr)
	for _, nd := range nodes {
		p, err := peer.IDFromBytes(nd.PeerID)
		if err != nil {
			return nil, nil, fmt.Errorf("node %d (%s): bad peer ID in NodeRegistry: %w", nd.Index, nd.Operator, err)
		}
		m[party.ID(strconv.Itoa(nd.Index))] = p
		for _, h := range nd.Hints {
			if a, err := ma.NewMultiaddr(h); err == nil {
				hints[p] = append(hints[p], a)
			}
		}
	}
	ns, err := p2p.NewNodeSet(ix.Epoch(), m)
	return ns, hints, err
}

// followNodeSet swaps the host's node set when the registry's epoch
// changes. The node keeps serving its own epoch's keys: a new epoch needs a
// restart (resharing is not implemented), which it logs.
func (n *Node) followNodeSet(ctx context.Context) {
	t := time.NewTicker(n.cfg.PollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if n.index.Epoch() == n.host.NodeSet().Epoch() {
			continue
		}
		ns, _, err := nodeSetOf(n.index)
		if err != nil {
			n.log.Warn("node set changed but cannot be used", "err", err)
			continue
		}
		n.log.Warn("node set epoch changed; requests for the new epoch need a restart", "old", n.host.NodeSet().Epoch(), "new", ns.Epoch())
		n.host.SetNodeSet(ns)
	}
}

// NodeInfo implements p2p.InfoProvider (the handshake).
func (n *Node) NodeInfo(context.Context) (*p2p.NodeInfo, error) {
	info := &p2p.NodeInfo{
		PeerID: n.host.ID().String(), Network: n.cfg.Network, Epoch: n.epoch, Party: string(n.self), Version: Version,
	}
	if rk := n.RootKey(); rk != nil {
		info.RootKey = hex.EncodeToString(rk)
		info.PoolLevels = n.pool.levels()
	}
	return info, nil
}

var _ p2p.InfoProvider = (*Node)(nil)

// rootConfig returns the root key share, nil before genesis.
func (n *Node) rootConfig() (*config.Config, []byte) {
	n.rootMu.RLock()
	defer n.rootMu.RUnlock()
	return n.root, n.rootPub
}

// rootCopy returns a private copy of the root key share for one protocol
// run. multi-party-sig's configs are not safe for concurrent use: its
// saferith numbers normalise themselves in place when read, so two presign
// sessions on one config race.
func (n *Node) rootCopy() (*config.Config, error) {
	n.rootMu.RLock()
	b := n.rootBin
	n.rootMu.RUnlock()
	if b == nil {
		return nil, errNotReady
	}
	cfg := config.EmptyConfig(curve.Secp256k1{})
	if err := cfg.UnmarshalBinary(b); err != nil {
		return nil, fmt.Errorf("copy root key share: %w", err)
	}
	return cfg, nil
}

func (n *Node) setRoot(cfg *config.Config) error {
	pub, err := mpc.RootPubkey(cfg)
	if err != nil {
		return err
	}
	if cfg.ID != n.self {
		return fmt.Errorf("stored key share belongs to party %s, this node is party %s", cfg.ID, n.self)
	}
	bin, err := cfg.MarshalBinary()
	if err != nil {
		return fmt.Errorf("encode root key share: %w", err)
	}
	n.rootMu.Lock()
	n.root, n.rootPub, n.rootBin = cfg, pub, bin
	n.rootMu.Unlock()
	return nil
}

func (n *Node) threshold() int { return mpc.Threshold(n.host.NodeSet().Len()) }

// goOwned runs f in a goroutine the node owns (stopped by runCtx, awaited
// on stop). It reports false, running nothing, once the node is stopping.
func (n *Node) goOwned(f func(ctx context.Context)) bool {
	n.goMu.Lock()
	defer n.goMu.Unlock()
	if n.runCtx.Err() != nil {
		return false
	}
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		f(n.runCtx)
	}()
	return true
}

var errNotReady = errors.New("node has no root key yet")

// enter admits a client request unless the node is stopping; leave ends it.
func (n *Node) enter() bool {
	n.goMu.Lock()
	defer n.goMu.Unlock()
	if n.runCtx.Err() != nil {
		return false
	}
	n.reqWG.Add(1)
	n.pool.y.begin() // background presigning yields while requests run
	return true
}

func (n *Node) leave() {
	n.pool.y.end()
	n.reqWG.Done()
}

func equalBytes(a, b []byte) bool { return bytes.Equal(a, b) }

// IndexedBlock is the block up to which the chain index has applied every
// event.
func (n *Node) IndexedBlock() uint64 { return n.watcher.Status().Checkpoint }
