// Package client is pkpnet's Go client library. It owns the client side of
// the network: reading the node set from the NodeRegistry contract and the
// root key from the PubkeyRouter contract, finding the nodes (registry
// address hints, then the DHT), the handshake, choosing the coordinator from
// its own observations, a session (one wallet-signed SIWE authorisation
// delegating to an ed25519 session key, docs/auth.md), fanning a request out
// to the nodes with a session signature made for each node, verifying and
// combining the signature shares, naming nodes only on proof, retrying with
// another coordinator and signer set, and checking every returned signature
// with go-ethereum's Ecrecover against the PKP's address. It also wraps the contracts a PKP owner uses (Chain: mint, show,
// permit) so that apps and the pkpnet CLI share one implementation.
package client

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	libcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/p2p"
)

// Version is sent in the handshake.
const Version = "pkpnet-client/0.1"

// Defaults of Config.
const (
	DefaultNetwork        = "devnet"
	DefaultAttemptTimeout = 20 * time.Second
	// DefaultExecuteAttemptTimeout bounds one attempt of an execute request:
	// longer than the nodes' default action wall time (30 s), so that an
	// action that runs out of time is reported as such by the nodes before
	// the client gives up on them, plus time to sign.
	DefaultExecuteAttemptTimeout = 30*time.Second + 30*time.Second // runtime.DefaultLimits.WallTime + signing
	DefaultHandshakeTimeout      = 3 * time.Second
	// DefaultMaxAttempts covers one malicious node in any role for n=3 and
	// n=7 (see docs/client.md: each failed attempt rotates the coordinator,
	// and a node in every failed attempt is left out once it stands out).
	DefaultMaxAttempts = 6
	// DefaultRequestTimeout bounds a request with all its attempts.
	DefaultRequestTimeout = 3 * time.Minute
	// DefaultSwitchWait: see Config.SwitchWait.
	DefaultSwitchWait      = 30 * time.Second
	DefaultSessionLifetime = auth.MaxSessionLifetime
	// DefaultRequestWindow is the validity of one request's session
	// signatures.
	DefaultRequestWindow = 2 * time.Minute
	// MaxResponse caps one node's answer.
	MaxResponse = 4 << 20
)

// ErrNotEnoughNodes is returned (wrapped, with the counts) when fewer than T
// nodes are reachable or left after excluding failed ones.
var ErrNotEnoughNodes = errors.New("not enough nodes")

// Config configures a Client.
type Config struct {
	// RPCURL is the chain's JSON-RPC endpoint (http://, ws://). Required:
	// the node set, epoch and chain ID are read from the chain.
	RPCURL string
	// Registry is the NodeRegistry contract's address.
	Registry common.Address
	// PubkeyRouter is the PubkeyRouter contract's address: the network's
	// root key is read from it, never from the nodes. Required.
	PubkeyRouter common.Address
	// Bootstrap peers (multiaddrs with /p2p/<id>) seed the DHT. Optional when
	// the registry's address hints reach the nodes.
	Bootstrap []string
	// Network names the pkpnet network (DHT namespace). Default "devnet".
	Network string
	// Session authenticates the caller: a wallet-signed session
	// authorisation and its ed25519 session key (auth.NewSession,
	// auth.SessionFromAuthSig, or a stored one). When nil, the client
	// creates one in memory with Key on first use (the wallet signs once per
	// client) and again when it expires.
	Session *auth.Session
	// Key is the caller's wallet key (an EOA): it signs the session
	// authorisation. Required unless Session is given.
	Key *ecdsa.PrivateKey
	// Domain of the session's SIWE message: the app's origin as a wallet
	// shows it. Default "localhost".
	Domain string
	// SessionLifetime of sessions the client creates. Default and maximum
	// 24 h.
	SessionLifetime time.Duration
	// RequestWindow is how long one request's session signatures are
	// valid. Default 2 minutes, at most auth.MaxRequestWindow.
	RequestWindow time.Duration
	// ExecuteAttemptTimeout bounds one attempt of an execute request with
	// up to three signers (more signers add what they add to
	// AttemptTimeout); it must exceed the nodes' action wall time. Default
	// DefaultExecuteAttemptTimeout.
	ExecuteAttemptTimeout time.Duration
	// AttemptTimeout bounds one attempt of a request (all nodes in
	// parallel) with up to three signers; it grows by itself per three
	// signers more (AttemptTimeout, the function). Default 20 s.
	AttemptTimeout time.Duration
	// HandshakeTimeout bounds finding, connecting and handshaking one node.
	// Default 3 s.
	HandshakeTimeout time.Duration
	// MaxAttempts of a request when nodes fail, send bad shares or the
	// coordination fails. Default 6.
	MaxAttempts int
	// RequestTimeout bounds a whole request, all attempts included.
	// Default 3 minutes.
	RequestTimeout time.Duration
	// SwitchWait bounds how long a request waits, per attempt, for nodes
	// that are between epochs (docs/epochs.md) when fewer than T others
	// are usable. Default 30 s.
	SwitchWait time.Duration
	// Logger; nil means slog.Default().
	Logger *slog.Logger
}

// Node is one member of the node set as the client knows it.
type Node struct {
	Party    string         // party number in NodeRegistry (getParties), decimal
	PeerID   peer.ID        // libp2p identity from the registry
	Operator common.Address // the operator's Ethereum address
	Hints    []string       // address hints from the registry
}

// NodeStatus is a node's handshake result.
type NodeStatus struct {
	Node
	Info *p2p.NodeInfo // nil when unreachable
	Err  error         // why it is unreachable or unusable
}

// Pool sums the node's pool levels, each clamped to 0..p2p.MaxPoolLevel
// and the sum too: the node reports them about itself.
func (s NodeStatus) Pool() int {
	if s.Info == nil {
		return 0
	}
	n := 0
	for _, v := range s.Info.PoolLevels {
		n += min(max(v, 0), p2p.MaxPoolLevel)
		if n >= p2p.MaxPoolLevel {
			return p2p.MaxPoolLevel
		}
	}
	return n
}

// Client talks to a pkpnet network. It is safe for concurrent use.
type Client struct {
	cfg     Config
	log     *slog.Logger
	eth     *ethclient.Client
	host    *p2p.Host
	chainID uint64

	mu       sync.Mutex
	nodes    []Node // by party order
	epoch    uint64
	nodesAt  time.Time
	statuses map[string]NodeStatus // last handshake per party
	statusAt time.Time
	debit    map[string]int // requests coordinated per party since the last handshake
	rootKey  []byte         // from PubkeyRouter, once active (it never changes then)
	coord    coordBook      // the client's own observations of coordinators

	sessMu  sync.Mutex
	session *auth.Session
}

// New connects to the chain, reads the node set and starts a client-only
// libp2p host (it listens nowhere). Close it when done.
func New(ctx context.Context, cfg Config) (*Client, error) {
	if cfg.RPCURL == "" {
		return nil, errors.New("client: RPC URL is required")
	}
	if cfg.Registry == (common.Address{}) {
		return nil, errors.New("client: NodeRegistry address is required")
	}
	if cfg.PubkeyRouter == (common.Address{}) {
		return nil, errors.New("client: PubkeyRouter address is required (the root key is read from it)")
	}
	if cfg.Key == nil && cfg.Session == nil {
		return nil, errors.New("client: a session or a wallet key to create one is required")
	}
	if cfg.Network == "" {
		cfg.Network = DefaultNetwork
	}
	if cfg.Domain == "" {
		cfg.Domain = "localhost"
	}
	if cfg.SessionLifetime <= 0 {
		cfg.SessionLifetime = DefaultSessionLifetime
	}
	if cfg.SessionLifetime > auth.MaxSessionLifetime {
		return nil, fmt.Errorf("client: session lifetime %s exceeds %s", cfg.SessionLifetime, auth.MaxSessionLifetime)
	}
	if cfg.RequestWindow <= 0 {
		cfg.RequestWindow = DefaultRequestWindow
	}
	if cfg.RequestWindow > auth.MaxRequestWindow {
		return nil, fmt.Errorf("client: request window %s exceeds %s", cfg.RequestWindow, auth.MaxRequestWindow)
	}
	if cfg.AttemptTimeout <= 0 {
		cfg.AttemptTimeout = DefaultAttemptTimeout
	}
	if cfg.ExecuteAttemptTimeout <= 0 {
		cfg.ExecuteAttemptTimeout = max(DefaultExecuteAttemptTimeout, cfg.AttemptTimeout)
	}
	if cfg.HandshakeTimeout <= 0 {
		cfg.HandshakeTimeout = DefaultHandshakeTimeout
	}
	if cfg.MaxAttempts <= 0 {
		cfg.MaxAttempts = DefaultMaxAttempts
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = DefaultRequestTimeout
	}
	if cfg.SwitchWait <= 0 {
		cfg.SwitchWait = DefaultSwitchWait
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	boot, err := p2p.ParseAddrInfos(cfg.Bootstrap)
	if err != nil {
		return nil, fmt.Errorf("client: bootstrap peers: %w", err)
	}
	eth, err := ethclient.DialContext(ctx, cfg.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("client: dial %s: %w", cfg.RPCURL, err)
	}
	cid, err := eth.ChainID(ctx)
	if err != nil {
		eth.Close()
		return nil, fmt.Errorf("client: chain ID from %s: %w", cfg.RPCURL, err)
	}
	sk, _, err := libcrypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		eth.Close()
		return nil, fmt.Errorf("client: identity: %w", err)
	}
	h, err := p2p.New(ctx, p2p.Config{Network: cfg.Network, Role: p2p.RoleClient, Identity: sk, Bootstrap: boot, Logger: log})
	if err != nil {
		eth.Close()
		return nil, fmt.Errorf("client: libp2p host: %w", err)
	}
	c := &Client{cfg: cfg, log: log, eth: eth, host: h, chainID: cid.Uint64(), statuses: map[string]NodeStatus{}, debit: map[string]int{},
		session: cfg.Session, coord: newCoordBook()}
	if _, _, err := c.RefreshNodes(ctx); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// Close stops the libp2p host and the chain connection.
func (c *Client) Close() error {
	err := c.host.Close()
	c.eth.Close()
	return err
}

// Address is the caller's Ethereum address (the session's wallet).
func (c *Client) Address() common.Address {
	if c.cfg.Key != nil {
		return crypto.PubkeyToAddress(c.cfg.Key.PublicKey)
	}
	return c.cfg.Session.Address()
}

// ChainID is the chain's ID, as session authorisations carry it.
func (c *Client) ChainID() uint64 { return c.chainID }

// Eth exposes the chain connection.
func (c *Client) Eth() *ethclient.Client { return c.eth }

// Host exposes the client's libp2p host.
func (c *Client) Host() *p2p.Host { return c.host }

// RefreshNodes reads the node set and epoch from the NodeRegistry contract.
func (c *Client) RefreshNodes(ctx context.Context) ([]Node, uint64, error) {
	reg := contracts.RegistryABI.Instance(c.eth, c.cfg.Registry)
	opts := &bind.CallOpts{Context: ctx}
	ep, err := bind.Call(reg, opts, contracts.RegistryABI.PackEpoch(), contracts.RegistryABI.UnpackEpoch)
	if err != nil {
		return nil, 0, fmt.Errorf("client: read registry epoch: %w", err)
	}
	raw, err := bind.Call(reg, opts, contracts.RegistryABI.PackGetNodes(), contracts.RegistryABI.UnpackGetNodes)
	if err != nil {
		return nil, 0, fmt.Errorf("client: read registry nodes: %w", err)
	}
	if len(raw) > p2p.MaxNodes {
		return nil, 0, fmt.Errorf("client: registry lists %d nodes, more than %d", len(raw), p2p.MaxNodes)
	}
	parties, err := bind.Call(reg, opts, contracts.RegistryABI.PackGetParties(), contracts.RegistryABI.UnpackGetParties)
	if err != nil {
		return nil, 0, fmt.Errorf("client: read registry party numbers: %w", err)
	}
	if len(parties) != len(raw) {
		return nil, 0, fmt.Errorf("client: registry lists %d nodes and %d party numbers", len(raw), len(parties))
	}
	nodes := make([]Node, 0, len(raw))
	for i, n := range raw {
		pid, err := peer.IDFromBytes(n.PeerId)
		if err != nil {
			return nil, 0, fmt.Errorf("client: registry node %d has a bad peer ID: %w", i+1, err)
		}
		if !parties[i].IsInt64() || parties[i].Int64() < 1 || parties[i].Int64() > p2p.MaxNodes {
			return nil, 0, fmt.Errorf("client: registry node %d has party number %s", i+1, parties[i])
		}
		nodes = append(nodes, Node{Party: strconv.FormatInt(parties[i].Int64(), 10), PeerID: pid, Operator: n.Operator, Hints: n.Hints})
	}
	if !ep.IsUint64() {
		return nil, 0, fmt.Errorf("client: registry epoch %s out of range", ep)
	}
	c.mu.Lock()
	c.nodes, c.epoch, c.nodesAt = nodes, ep.Uint64(), time.Now()
	c.mu.Unlock()
	return nodes, ep.Uint64(), nil
}

// Nodes returns the node set and epoch last read from the registry.
func (c *Client) Nodes() ([]Node, uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Node(nil), c.nodes...), c.epoch
}

// Threshold is T for the current node set.
func (c *Client) Threshold() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return mpc.Threshold(len(c.nodes))
}

// connect makes sure the host is connected to n: first through the
// registry's address hints, then through the DHT.
func (c *Client) connect(ctx context.Context, n Node) error {
	if c.host.Connected(n.PeerID) {
		return nil
	}
	var addrs []ma.Multiaddr
	for _, h := range n.Hints {
		a, err := ma.NewMultiaddr(h)
		if err != nil {
			continue
		}
		// Hints may carry /p2p/<id>; keep the transport part only.
		if t, last := ma.SplitLast(a); last != nil && last.Protocol().Code == ma.P_P2P {
			a = t
		}
		if a != nil {
			addrs = append(addrs, a)
		}
	}
	var direct error
	if len(addrs) > 0 {
		direct = c.host.LibP2P().Connect(ctx, peer.AddrInfo{ID: n.PeerID, Addrs: addrs})
		if direct == nil {
			return nil
		}
	}
	if err := c.host.FindAndConnect(ctx, n.PeerID); err != nil {
		if direct != nil {
			return fmt.Errorf("node %s (%s): hints: %v; DHT: %w", n.Party, n.PeerID, direct, err)
		}
		return fmt.Errorf("node %s (%s): %w", n.Party, n.PeerID, err)
	}
	return nil
}

// Handshake connects to every node of the set in parallel and asks each for
// its epoch, party, root key and pool levels. A node that cannot be reached
// within HandshakeTimeout, or that answers for another epoch or party, has
// Err set. The result is in party order.
//
// The root key a node reports is checked against PubkeyRouter's: a node
// that reports another key (compared as points: case and compression do not
// matter) has Err set and is unusable; the request goes on without it.
func (c *Client) Handshake(ctx context.Context) []NodeStatus {
	nodes, epoch := c.Nodes()
	root, rootErr := c.RootKey(ctx)
	out := make([]NodeStatus, len(nodes))
	var wg sync.WaitGroup
	for i, n := range nodes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = c.handshakeOne(ctx, n, epoch, root, rootErr)
		}()
	}
	wg.Wait()
	c.mu.Lock()
	for _, s := range out {
		c.statuses[s.Party] = s
	}
	c.statusAt = time.Now()
	c.debit = map[string]int{}
	c.mu.Unlock()
	return out
}

// errNewerEpoch marks a node that serves a later epoch than the node set
// the client read: an epoch transition completed, re-read the registry.
var errNewerEpoch = errors.New("the node set moved to a new epoch")

// newerEpoch reports whether a status shows a node in a later epoch.
func newerEpoch(sts []NodeStatus) bool {
	for _, s := range sts {
		if errors.Is(s.Err, errNewerEpoch) {
			return true
		}
	}
	return false
}

// WaitIndexed waits until the nodes' chain indexes have applied block
// (Chain.LastBlock after a mint or a permission change), so that a request
// which depends on it is not refused by a node that has not seen it yet. It
// returns once every usable node reports the block, or once at least T do
// and another second has passed (a lagging node is then left to its
// answer). It polls the handshake every 50 ms.
func (c *Client) WaitIndexed(ctx context.Context, block uint64) error {
	var enoughSince time.Time
	for {
		sts := c.Handshake(ctx)
		usable, done := 0, 0
		for _, s := range sts {
			if s.Err != nil || s.Info == nil {
				continue
			}
			usable++
			if s.Info.IndexedBlock >= block {
				done++
			}
		}
		t := c.Threshold()
		switch {
		case usable > 0 && done == usable && done >= t:
			return nil
		case done >= t && enoughSince.IsZero():
			enoughSince = time.Now()
		case done >= t && time.Since(enoughSince) > time.Second:
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for block %d in the nodes' indexes: %d of %d usable nodes have it, need %d: %w", block, done, usable, t, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func (c *Client) handshakeOne(ctx context.Context, n Node, epoch uint64, root []byte, rootErr error) NodeStatus {
	st := NodeStatus{Node: n}
	hctx, cancel := context.WithTimeout(ctx, c.cfg.HandshakeTimeout)
	defer cancel()
	if err := c.connect(hctx, n); err != nil {
		st.Err = fmt.Errorf("unreachable: %w", err)
		return st
	}
	c.host.LibP2P().Peerstore().UpdateAddrs(n.PeerID, peerstore.TempAddrTTL, peerstore.RecentlyConnectedAddrTTL)
	info, err := p2p.Handshake(hctx, c.host.LibP2P(), n.PeerID, &p2p.HandshakeRequest{ClientVersion: Version})
	if err != nil {
		st.Err = fmt.Errorf("handshake: %w", err)
		return st
	}
	switch {
	case info.Epoch > epoch:
		st.Err = fmt.Errorf("node is in epoch %d, the registry in %d: %w", info.Epoch, epoch, errNewerEpoch)
	case info.Epoch != epoch:
		st.Err = fmt.Errorf("node is in epoch %d, the registry in %d: %w", info.Epoch, epoch, errSwitching)
	case info.Party != "" && info.Party != n.Party:
		st.Err = fmt.Errorf("node says it is party %q, the registry says %q", info.Party, n.Party)
	case rootErr != nil:
		st.Err = fmt.Errorf("cannot check the node's root key: %w", rootErr)
	case info.RootKey == "":
		// Between epochs a node restarts and loads its share: transient.
		st.Err = fmt.Errorf("node has no root key yet: %w", errSwitching)
	default:
		if err := checkRootKey(info.RootKey, root); err != nil {
			st.Err = err
		}
	}
	st.Info = info
	return st
}

// errSwitching marks a node that is between epochs: still in the previous
// one while the registry shows the next, or restarting into it without its
// root key loaded yet. It serves again within seconds (docs/epochs.md).
var errSwitching = errors.New("switching epochs")

// switching reports whether fewer than t nodes are usable now but at least
// t would be once the nodes between epochs finish their switch.
func switching(sts []NodeStatus, excluded map[string]bool, t int) bool {
	usable, soon := 0, 0
	for _, s := range sts {
		switch {
		case excluded[s.Party]:
		case s.Err == nil:
			usable++
		case errors.Is(s.Err, errSwitching):
			soon++
		}
	}
	return usable < t && usable+soon >= t
}

// ErrNoRootKey is returned (wrapped) while PubkeyRouter has no active root
// key (genesis not finished).
var ErrNoRootKey = errors.New("no active root key in PubkeyRouter (genesis not finished)")

// RootKey returns the network's root public key (33 bytes compressed) as
// the PubkeyRouter contract holds it. Once active it never changes (the
// contract refuses another key), so it is read from the chain once.
func (c *Client) RootKey(ctx context.Context) ([]byte, error) {
	c.mu.Lock()
	k := c.rootKey
	c.mu.Unlock()
	if k != nil {
		return slices.Clone(k), nil
	}
	r := contracts.RouterABI.Instance(c.eth, c.cfg.PubkeyRouter)
	opts := &bind.CallOpts{Context: ctx}
	has, err := bind.Call(r, opts, contracts.RouterABI.PackHasRootKey(), contracts.RouterABI.UnpackHasRootKey)
	if err != nil {
		return nil, fmt.Errorf("client: read PubkeyRouter %s: %w", c.cfg.PubkeyRouter, err)
	}
	if !has {
		return nil, fmt.Errorf("client: %w", ErrNoRootKey)
	}
	k, err = bind.Call(r, opts, contracts.RouterABI.PackRootKey(), contracts.RouterABI.UnpackRootKey)
	if err != nil {
		return nil, fmt.Errorf("client: read root key from PubkeyRouter: %w", err)
	}
	if _, err := mpc.ParsePubkey(k); err != nil || len(k) != 33 {
		return nil, fmt.Errorf("client: PubkeyRouter holds a malformed root key (%d bytes)", len(k))
	}
	c.mu.Lock()
	c.rootKey = k
	c.mu.Unlock()
	return slices.Clone(k), nil
}

// checkRootKey compares the root key a node reports (hex, any case, with or
// without 0x, compressed or not) with want as points.
func checkRootKey(reported string, want []byte) error {
	if reported == "" {
		return errors.New("node has no root key yet (genesis not finished)")
	}
	h := trim0x(reported)
	if len(h) > 2*65 {
		return fmt.Errorf("node reports a malformed root key (%d hex characters)", len(h))
	}
	b, err := hex.DecodeString(h)
	if err != nil {
		return fmt.Errorf("node reports a malformed root key %q: not hex", h)
	}
	got, err := mpc.ParsePubkey(b)
	if err != nil {
		return fmt.Errorf("node reports a malformed root key %q: %w", h, err)
	}
	w, err := mpc.ParsePubkey(want)
	if err != nil {
		return fmt.Errorf("root key from PubkeyRouter: %w", err)
	}
	if !got.IsEqual(w) {
		return fmt.Errorf("node reports root key %x, PubkeyRouter holds %x: unusable", got.SerializeCompressed(), want)
	}
	return nil
}

func trim0x(s string) string {
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		return s[2:]
	}
	return s
}

// sortParties sorts party IDs in place in the canonical order
// (mpc.CompareParties).
func sortParties(ids []string) { slices.SortFunc(ids, mpc.CompareParties[string]) }

// newRequestID returns a fresh request ID (32 hex characters).
func newRequestID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

var _ contracts.Backend = (*ethclient.Client)(nil)
