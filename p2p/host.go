package p2p

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"sync"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p"
	dht "github.com/libp2p/go-libp2p-kad-dht"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	"github.com/libp2p/go-libp2p/p2p/net/connmgr"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	libp2ptls "github.com/libp2p/go-libp2p/p2p/security/tls"
	quic "github.com/libp2p/go-libp2p/p2p/transport/quic"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	"github.com/libp2p/go-libp2p/p2p/transport/websocket"
	ma "github.com/multiformats/go-multiaddr"
	"github.com/prometheus/client_golang/prometheus"
)

// Role selects what a Host runs.
type Role int

const (
	// RoleNode runs everything: DHT server, gossipsub, node protocols.
	RoleNode Role = iota
	// RoleBootstrap runs a DHT server only. It holds no keys and joins no topic.
	RoleBootstrap
	// RoleClient runs a DHT client only, to find nodes and call client protocols.
	RoleClient
)

func (r Role) String() string {
	switch r {
	case RoleNode:
		return "node"
	case RoleBootstrap:
		return "bootstrap"
	case RoleClient:
		return "client"
	}
	return fmt.Sprintf("role(%d)", int(r))
}

// Config configures a Host.
type Config struct {
	// Network names the pkpnet network; the DHT protocol is
	// /pkpnet/<Network>/kad/1.0.0 and topics are /pkpnet/<Network>/<epoch>/...
	Network string
	Role    Role
	// Identity is the host's key (see LoadOrCreateIdentity). Required.
	Identity crypto.PrivKey
	// ListenAddrs are multiaddrs to listen on (TCP and/or QUIC). Required
	// for nodes and bootstrap peers: libp2p's defaults bind 0.0.0.0.
	// Clients may leave it empty to listen nowhere.
	ListenAddrs []string
	// AnnounceAddrs, when set, replace the listen addresses in what the
	// host advertises (identify, DHT): public IPs or NAT port forwards.
	AnnounceAddrs []string
	// Bootstrap peers seed the DHT.
	Bootstrap []peer.AddrInfo
	// Nodes is the initial node set (nodes only; may be replaced later).
	Nodes *NodeSet
	// Limits for the libp2p resource manager. Zero fields take defaults.
	Limits Limits
	// DiscoveryInterval is how often missing nodes are looked up. Default 1s.
	DiscoveryInterval time.Duration
	// Logger; nil means slog.Default().
	Logger *slog.Logger
	// Registerer, when set, receives libp2p's own metrics (swarm,
	// identify, resource manager). Nil disables them.
	Registerer prometheus.Registerer
}

// Host is a pkpnet libp2p host: identity, transports, resource limits,
// connection gating, DHT, gossipsub (nodes only), and node discovery.
type Host struct {
	cfg   Config
	log   *slog.Logger
	h     host.Host
	dht   *dht.IpfsDHT
	ps    *pubsub.PubSub // nil unless RoleNode
	gater *Gater
	nodes atomic.Pointer[NodeSet]
	disc  *discovery
	stats Stats

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	limiters *rateLimiters

	closeOnce sync.Once
	closeErr  error
}

// Stats counts rejections, for tests and metrics.
type Stats struct {
	GossipRejected atomic.Int64 // gossip messages rejected by a topic validator
	GossipIgnored  atomic.Int64 // gossip messages ignored (replays, stale)
	RPCDropped     atomic.Int64 // gossipsub RPCs dropped because the sender is not a node
	StreamDenied   atomic.Int64 // node-protocol streams refused to non-members
	StreamErrors   atomic.Int64 // streams closed because of malformed or oversized frames
	RateLimited    atomic.Int64 // client requests refused by a rate limit
}

var networkNameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,63}$`)

// New starts a host. Close it to stop every goroutine it owns.
func New(ctx context.Context, cfg Config) (*Host, error) {
	if !networkNameRE.MatchString(cfg.Network) {
		return nil, fmt.Errorf("p2p: network name %q must match %s", cfg.Network, networkNameRE)
	}
	if cfg.Identity == nil {
		return nil, errors.New("p2p: no identity key")
	}
	if len(cfg.ListenAddrs) == 0 && cfg.Role != RoleClient {
		return nil, errors.New("p2p: no listen addresses (libp2p's defaults would bind every interface)")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.DiscoveryInterval <= 0 {
		cfg.DiscoveryInterval = time.Second
	}
	hctx, cancel := context.WithCancel(context.Background())
	hs := &Host{
		cfg:      cfg,
		log:      cfg.Logger.With("component", "p2p"),
		ctx:      hctx,
		cancel:   cancel,
		limiters: newRateLimiters(),
	}
	hs.nodes.Store(cfg.Nodes)
	hs.gater = newGater(hs)

	var rmOpts []rcmgr.Option
	if cfg.Registerer != nil {
		rcmgr.MustRegisterWith(cfg.Registerer)
		str, err := rcmgr.NewStatsTraceReporter()
		if err != nil {
			cancel()
			return nil, fmt.Errorf("p2p: resource manager metrics: %w", err)
		}
		rmOpts = append(rmOpts, rcmgr.WithTraceReporter(str))
	}
	rm, err := newResourceManager(cfg.Limits.withDefaults(), rmOpts...)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("p2p: resource manager: %w", err)
	}
	cm, err := connmgr.NewConnManager(64, 256, connmgr.WithGracePeriod(time.Minute))
	if err != nil {
		cancel()
		return nil, fmt.Errorf("p2p: connection manager: %w", err)
	}
	opts := []libp2p.Option{
		libp2p.Identity(cfg.Identity),
		libp2p.Transport(tcp.NewTCPTransport),
		libp2p.Transport(quic.NewTransport),
		// WebSocket (/ws, or /tls/ws behind a TLS terminator) so that
		// browsers can dial nodes (docs/operator.md, "WebSocket").
		libp2p.Transport(websocket.New),
		libp2p.Security(noise.ID, noise.New),
		libp2p.Security(libp2ptls.ID, libp2ptls.New),
		libp2p.ResourceManager(rm),
		libp2p.ConnectionManager(cm),
		libp2p.ConnectionGater(hs.gater),
		libp2p.DisableRelay(),
		libp2p.ForceReachabilityPrivate(), // no AutoNAT probing
		libp2p.UserAgent("pkpnet/" + cfg.Role.String()),
	}
	if cfg.Registerer != nil {
		opts = append(opts, libp2p.PrometheusRegisterer(cfg.Registerer))
	} else {
		opts = append(opts, libp2p.DisableMetrics())
	}
	if len(cfg.AnnounceAddrs) > 0 {
		announce := make([]ma.Multiaddr, 0, len(cfg.AnnounceAddrs))
		for _, a := range cfg.AnnounceAddrs {
			m, err := ma.NewMultiaddr(a)
			if err != nil {
				cancel()
				rm.Close()
				return nil, fmt.Errorf("p2p: announce address %q: %w", a, err)
			}
			announce = append(announce, m)
		}
		opts = append(opts, libp2p.AddrsFactory(func([]ma.Multiaddr) []ma.Multiaddr { return announce }))
	}
	if len(cfg.ListenAddrs) > 0 {
		opts = append(opts, libp2p.ListenAddrStrings(cfg.ListenAddrs...))
	} else {
		opts = append(opts, libp2p.NoListenAddrs)
	}
	h, err := libp2p.New(opts...)
	if err != nil {
		rm.Close()
		cancel()
		return nil, fmt.Errorf("p2p: libp2p host: %w", err)
	}
	hs.h = h

	mode := dht.ModeServer
	if cfg.Role == RoleClient {
		mode = dht.ModeClient
	}
	hs.dht, err = dht.New(h,
		dht.Mode(mode),
		dht.ProtocolPrefix(protocol.ID("/pkpnet/"+cfg.Network)),
		dht.BootstrapPeers(cfg.Bootstrap...),
		dht.DisableProviders(),
		dht.DisableValues(),
	)
	if err != nil {
		hs.Close()
		return nil, fmt.Errorf("p2p: DHT: %w", err)
	}
	if cfg.Role == RoleNode {
		hs.ps, err = newPubSub(hctx, hs)
		if err != nil {
			hs.Close()
			return nil, fmt.Errorf("p2p: gossipsub: %w", err)
		}
	}
	hs.disc = newDiscovery(hs)
	hs.protectNodes(nil, cfg.Nodes)
	hs.wg.Add(1)
	go func() {
		defer hs.wg.Done()
		hs.disc.run(hctx)
	}()
	hs.wg.Add(1)
	go func() {
		defer hs.wg.Done()
		hs.limiters.janitor(hctx)
	}()
	if err := hs.connectBootstrap(ctx); err != nil {
		hs.log.Warn("no bootstrap peer reachable yet; will retry", "err", err)
	}
	if err := hs.dht.Bootstrap(hctx); err != nil {
		hs.Close()
		return nil, fmt.Errorf("p2p: DHT bootstrap: %w", err)
	}
	hs.log.Info("p2p host started", "role", cfg.Role.String(), "peer", h.ID().String(), "addrs", fmt.Sprint(h.Addrs()))
	return hs, nil
}

func newPubSub(ctx context.Context, hs *Host) (*pubsub.PubSub, error) {
	return pubsub.NewGossipSub(ctx, hs.h,
		pubsub.WithMessageSigning(true),
		pubsub.WithStrictSignatureVerification(true), // StrictSign
		pubsub.WithPeerOutboundQueueSize(2048),
		pubsub.WithValidateQueueSize(2048),
		pubsub.WithMaxMessageSize(MaxWireMessage+64<<10), // + RPC framing
		pubsub.WithSeenMessagesTTL(seenTTL),
		pubsub.WithFloodPublish(true),
		pubsub.WithPeerExchange(false),
		// Only node-set members take part in pubsub at all: RPCs from
		// anyone else are dropped before they are processed, and no message
		// is forwarded to them.
		pubsub.WithAppSpecificRpcInspector(func(from peer.ID, _ *pubsub.RPC) error {
			if hs.NodeSet().Contains(from) {
				return nil
			}
			hs.stats.RPCDropped.Add(1)
			return fmt.Errorf("pubsub RPC from %s: not in the node set", from)
		}),
		pubsub.WithPeerFilter(func(p peer.ID, _ string) bool { return hs.NodeSet().Contains(p) }),
	)
}

// connectBootstrap dials every configured bootstrap peer in parallel and
// returns an error only if none could be reached.
func (hs *Host) connectBootstrap(ctx context.Context) error {
	if len(hs.cfg.Bootstrap) == 0 {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	var ok atomic.Int32
	errs := make([]error, len(hs.cfg.Bootstrap))
	for i, ai := range hs.cfg.Bootstrap {
		if ai.ID == hs.h.ID() {
			ok.Add(1)
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := hs.h.Connect(ctx, ai); err != nil {
				errs[i] = fmt.Errorf("bootstrap %s: %w", ai.ID, err)
				return
			}
			ok.Add(1)
		}()
	}
	wg.Wait()
	if ok.Load() == 0 {
		return errors.Join(errs...)
	}
	return nil
}

// Close stops discovery, gossipsub, the DHT and the libp2p host.
func (hs *Host) Close() error {
	hs.closeOnce.Do(func() {
		hs.cancel()
		var errs []error
		if hs.dht != nil {
			if err := hs.dht.Close(); err != nil {
				errs = append(errs, fmt.Errorf("close DHT: %w", err))
			}
		}
		if hs.h != nil {
			if err := hs.h.Close(); err != nil {
				errs = append(errs, fmt.Errorf("close host: %w", err))
			}
		}
		hs.wg.Wait()
		hs.closeErr = errors.Join(errs...)
	})
	return hs.closeErr
}

// ID is the host's peer ID.
func (hs *Host) ID() peer.ID { return hs.h.ID() }

// LibP2P exposes the underlying libp2p host.
func (hs *Host) LibP2P() host.Host { return hs.h }

// DHT exposes the Kademlia DHT.
func (hs *Host) DHT() *dht.IpfsDHT { return hs.dht }

// PubSub exposes gossipsub (nil unless RoleNode).
func (hs *Host) PubSub() *pubsub.PubSub { return hs.ps }

// Stats returns the rejection counters.
func (hs *Host) Stats() *Stats { return &hs.stats }

// Network is the configured network name.
func (hs *Host) Network() string { return hs.cfg.Network }

// Role is the configured role.
func (hs *Host) Role() Role { return hs.cfg.Role }

// Addrs returns the host's full multiaddrs including /p2p/<id>.
func (hs *Host) Addrs() []ma.Multiaddr {
	full, err := peer.AddrInfoToP2pAddrs(&peer.AddrInfo{ID: hs.h.ID(), Addrs: hs.h.Addrs()})
	if err != nil {
		return nil
	}
	return full
}

// AddrInfo returns the host's peer ID and listen addresses.
func (hs *Host) AddrInfo() peer.AddrInfo {
	return peer.AddrInfo{ID: hs.h.ID(), Addrs: hs.h.Addrs()}
}

// NodeSet returns the current node set.
func (hs *Host) NodeSet() *NodeSet { return hs.nodes.Load() }

// SetNodeSet replaces the node set (a new epoch). Connections to members are
// protected from the connection manager; discovery looks up new members.
func (hs *Host) SetNodeSet(ns *NodeSet) {
	old := hs.nodes.Swap(ns)
	hs.protectNodes(old, ns)
	hs.disc.wake()
}

func (hs *Host) protectNodes(old, ns *NodeSet) {
	for _, p := range old.Peers() {
		if !ns.Contains(p) {
			hs.h.ConnManager().Unprotect(p, "pkpnet-node")
		}
	}
	for _, p := range ns.Peers() {
		hs.h.ConnManager().Protect(p, "pkpnet-node")
	}
}

// Connected reports whether the host has a live connection to p.
func (hs *Host) Connected(p peer.ID) bool {
	return hs.h.Network().Connectedness(p) == network.Connected
}

// FindAndConnect looks p up in the DHT (unless already connected) and
// connects to it.
func (hs *Host) FindAndConnect(ctx context.Context, p peer.ID) error {
	if hs.Connected(p) {
		return nil
	}
	// Right after start the routing table may still be empty (identify has
	// not finished with the bootstrap peers): a lookup would fail at once.
	for hs.dht.RoutingTable().Size() == 0 {
		select {
		case <-ctx.Done():
			return fmt.Errorf("find peer %s: routing table empty: %w", p, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
	ai, err := hs.dht.FindPeer(ctx, p)
	if err != nil {
		return fmt.Errorf("find peer %s: %w", p, err)
	}
	if err := hs.h.Connect(ctx, ai); err != nil {
		return fmt.Errorf("connect %s: %w", p, err)
	}
	return nil
}

// WaitConnected waits until the host is connected to every peer in ps.
func (hs *Host) WaitConnected(ctx context.Context, ps ...peer.ID) error {
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for {
		missing := 0
		for _, p := range ps {
			if p != hs.h.ID() && !hs.Connected(p) {
				missing++
			}
		}
		if missing == 0 {
			return nil
		}
		hs.disc.wake()
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for %d peers: %w", missing, ctx.Err())
		case <-t.C:
		}
	}
}

// HandleNode registers a node-to-node stream protocol. Streams from peers
// outside the current node set are reset before the handler runs.
func (hs *Host) HandleNode(id protocol.ID, handler network.StreamHandler) {
	hs.h.SetStreamHandler(id, func(s network.Stream) {
		if !hs.gater.AllowNodeProtocol(s.Conn().RemotePeer()) {
			hs.stats.StreamDenied.Add(1)
			hs.log.Debug("node protocol refused to non-member", "protocol", id, "peer", s.Conn().RemotePeer().String())
			_ = s.Reset()
			return
		}
		handler(s)
	})
}
