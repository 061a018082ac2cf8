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
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	libp2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp/config"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/actionchan"
	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/auth/replay"
	"github.com/pkpnet/pkpnet/chainwatch"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/sharestore"
	"github.com/pkpnet/pkpnet/node/metrics"
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
	store *sharestore.Store
	eth   *ethclient.Client

	chainID   *big.Int
	operator  common.Address
	watcher   *chainwatch.Watcher
	index     *chainwatch.Index
	host      *p2p.Host
	tr        *p2p.Transport
	mtr       mpc.Transport // tr, wrapped by Config.WrapTransport
	identity  libp2pcrypto.PrivKey
	sandbox   *runtime.Sandbox
	actions   *actionchan.Hub // the channel among the nodes of an action run
	verifier  *auth.Verifier
	oidc      *auth.OIDC // nil: no trusted OIDC issuer
	replay    *replay.Store
	chain     *chainHost
	metrics   *metrics.Metrics
	msrv      *metrics.Server // nil when Config.MetricsAddr is empty
	sync      indexSync
	ethOwned  bool   // eth was dialled by the node (closed on stop)
	watchStop func() // stops the chainwatch goroutine

	self  party.ID
	epoch uint64
	// members is the node set of the epoch this node instance serves (fixed
	// for its life: an epoch switch restarts the node). The host's node set
	// may be larger: during a transition it also admits the next set.
	members *p2p.NodeSet
	// confirmations chainwatch waits for (ConfirmationsFor).
	confirmations uint64

	runCtx    context.Context
	runCancel context.CancelFunc
	wg        sync.WaitGroup
	goMu      sync.Mutex // orders goOwned and enter against the stop's Wait
	reqWG     sync.WaitGroup

	rootMu  sync.RWMutex
	root    *config.Config
	rootPub []byte
	rootBin []byte // the share's encoding, for per-run copies (secret)

	kg         keygenState
	enc        encState // network encryption key (enckey.go)
	epochRun   transitionRun
	switchCh   chan struct{} // closed when the epoch moved: Run starts the next instance
	switchOnce sync.Once
	joining    bool // a next member of the open transition, not in the current set
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

// nodeSetOf builds the p2p node set of the index's epoch, and the address
// hints registered for its members.
func nodeSetOf(ix *chainwatch.Index) (*p2p.NodeSet, map[peer.ID][]ma.Multiaddr, error) {
	return nodeSetFrom(ix.Epoch(), ix.Nodes())
}

// nodeSetFrom builds a p2p node set of the given nodes (party numbers as
// party IDs), and their address hints.
func nodeSetFrom(epoch uint64, nodes []chainwatch.Node) (*p2p.NodeSet, map[peer.ID][]ma.Multiaddr, error) {
	m := make(map[party.ID]peer.ID, len(nodes))
	hints := make(map[peer.ID][]ma.Multiaddr)
	for _, nd := range nodes {
		p, err := peer.IDFromBytes(nd.PeerID)
		if err != nil {
			return nil, nil, fmt.Errorf("node %d (%s): bad peer ID in NodeRegistry: %w", nd.Index, nd.Operator, err)
		}
		m[party.ID(strconv.Itoa(nd.Party))] = p
		for _, h := range nd.Hints {
			if a, err := ma.NewMultiaddr(h); err == nil {
				hints[p] = append(hints[p], a)
			}
		}
	}
	ns, err := p2p.NewNodeSet(epoch, m)
	return ns, hints, err
}

// NodeInfo implements p2p.InfoProvider (the handshake).
func (n *Node) NodeInfo(context.Context) (*p2p.NodeInfo, error) {
	info := &p2p.NodeInfo{
		PeerID: n.host.ID().String(), Network: n.cfg.Network, Epoch: n.epoch, Party: string(n.self), Version: Version,
		IndexedBlock: n.IndexedBlock(),
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

func (n *Node) threshold() int { return mpc.Threshold(n.members.Len()) }

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

// Ready returns nil when the node may release key shares: it holds the root key and its
// chain index is synced (chainwatch.Watcher.CheckSynced with Config.ReadyMaxLag: no reorg being
// resolved, no rebuild in progress, a recent successful sync, at most Config.ReadyMaxLag blocks
// behind). Otherwise it says why. Requests are refused with p2p.CodeUnavailable while it
// fails, so clients go to other nodes; readiness probes should report the same.
func (n *Node) Ready() error {
	if n.watcher == nil {
		return errors.New("chain index not started")
	}
	if err := n.watcher.CheckSynced(n.cfg.ReadyMaxLag); err != nil {
		return err
	}
	if cfg, _ := n.rootConfig(); cfg == nil {
		return errors.New("node has no root key yet")
	}
	return nil
}

// refuseUnsynced is the request-path form of the chain part of Ready.
func (n *Node) refuseUnsynced() error {
	if err := n.watcher.CheckSynced(n.cfg.ReadyMaxLag); err != nil {
		return p2p.Errorf(p2p.CodeUnavailable, "this node's chain view is not trustworthy now, try other nodes: %s", truncate(err.Error(), 300))
	}
	return nil
}
