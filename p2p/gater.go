package p2p

import (
	"sync"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/connmgr"
	"github.com/libp2p/go-libp2p/core/control"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	ma "github.com/multiformats/go-multiaddr"
)

// Gater is the host's connection gater. At the connection level it admits
// anyone who is not blocked (clients must be able to connect to call client
// protocols); protocol-level gating is done by Host.HandleNode for node
// stream protocols and by the gossipsub RPC inspector and topic validators.
// Together: only node-set members may use node-to-node protocols; everybody
// else may use client protocols and the DHT only.
type Gater struct {
	hs      *Host
	mu      sync.RWMutex
	blocked map[peer.ID]struct{}
}

var _ connmgr.ConnectionGater = (*Gater)(nil)

func newGater(hs *Host) *Gater {
	return &Gater{hs: hs, blocked: make(map[peer.ID]struct{})}
}

// Gater returns the host's connection gater.
func (hs *Host) Gater() *Gater { return hs.gater }

// Block refuses every connection with p and closes existing ones.
func (g *Gater) Block(p peer.ID) {
	g.mu.Lock()
	g.blocked[p] = struct{}{}
	g.mu.Unlock()
	if g.hs.h != nil {
		_ = g.hs.h.Network().ClosePeer(p)
	}
}

// Unblock lifts Block.
func (g *Gater) Unblock(p peer.ID) {
	g.mu.Lock()
	delete(g.blocked, p)
	g.mu.Unlock()
}

func (g *Gater) isBlocked(p peer.ID) bool {
	g.mu.RLock()
	defer g.mu.RUnlock()
	_, b := g.blocked[p]
	return b
}

// AllowNodeProtocol reports whether p may use node-to-node protocols.
func (g *Gater) AllowNodeProtocol(p peer.ID) bool {
	return !g.isBlocked(p) && g.hs.NodeSet().Contains(p)
}

// InterceptPeerDial implements connmgr.ConnectionGater.
func (g *Gater) InterceptPeerDial(p peer.ID) bool { return !g.isBlocked(p) }

// InterceptAddrDial implements connmgr.ConnectionGater.
func (g *Gater) InterceptAddrDial(p peer.ID, _ ma.Multiaddr) bool { return !g.isBlocked(p) }

// InterceptAccept implements connmgr.ConnectionGater.
func (g *Gater) InterceptAccept(network.ConnMultiaddrs) bool { return true }

// InterceptSecured implements connmgr.ConnectionGater.
func (g *Gater) InterceptSecured(_ network.Direction, p peer.ID, _ network.ConnMultiaddrs) bool {
	return !g.isBlocked(p)
}

// InterceptUpgraded implements connmgr.ConnectionGater.
func (g *Gater) InterceptUpgraded(c network.Conn) (bool, control.DisconnectReason) {
	return !g.isBlocked(c.RemotePeer()), 0
}

// Limits are the explicit resource-manager limits. Zero fields take the
// defaults listed in docs/p2p.md.
type Limits struct {
	Conns          int   // system-wide connections (default 512)
	ConnsInbound   int   // system-wide inbound connections (default 256)
	Streams        int   // system-wide streams (default 4096)
	Memory         int64 // bytes reserved by the network stack (default 512 MiB)
	FD             int   // file descriptors for sockets (default 1024)
	ConnsPerPeer   int   // connections per peer (default 8)
	StreamsPerPeer int   // streams per peer, all protocols (default 512)
}

func (l Limits) withDefaults() Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.Conns, 512)
	def(&l.ConnsInbound, 256)
	def(&l.Streams, 4096)
	def(&l.FD, 1024)
	def(&l.ConnsPerPeer, 8)
	def(&l.StreamsPerPeer, 512)
	if l.Memory <= 0 {
		l.Memory = 512 << 20
	}
	return l
}

func newResourceManager(l Limits, opts ...rcmgr.Option) (network.ResourceManager, error) {
	scaling := rcmgr.DefaultLimits
	libp2p.SetDefaultServiceLimits(&scaling)
	// Node-to-node MPC streams: one persistent stream per peer and
	// direction, plus headroom for reconnects.
	scaling.AddProtocolLimit(MPCProtocol,
		rcmgr.BaseLimit{StreamsInbound: 256, StreamsOutbound: 256, Streams: 512, Memory: 256 << 20},
		rcmgr.BaseLimitIncrease{})
	scaling.AddProtocolPeerLimit(MPCProtocol,
		rcmgr.BaseLimit{StreamsInbound: 8, StreamsOutbound: 8, Streams: 16, Memory: 32 << 20},
		rcmgr.BaseLimitIncrease{})
	// Client protocols: one request per stream.
	scaling.AddProtocolPeerLimit(HandshakeProtocol,
		rcmgr.BaseLimit{StreamsInbound: 8, StreamsOutbound: 8, Streams: 16, Memory: 4 << 20},
		rcmgr.BaseLimitIncrease{})
	concrete := scaling.Scale(l.Memory, l.FD)
	explicit := rcmgr.PartialLimitConfig{
		System: rcmgr.ResourceLimits{
			Conns:        rcmgr.LimitVal(l.Conns),
			ConnsInbound: rcmgr.LimitVal(l.ConnsInbound),
			Streams:      rcmgr.LimitVal(l.Streams),
			Memory:       rcmgr.LimitVal64(l.Memory),
			FD:           rcmgr.LimitVal(l.FD),
		},
		PeerDefault: rcmgr.ResourceLimits{
			Conns:   rcmgr.LimitVal(l.ConnsPerPeer),
			Streams: rcmgr.LimitVal(l.StreamsPerPeer),
		},
	}
	return rcmgr.NewResourceManager(rcmgr.NewFixedLimiter(explicit.Build(concrete)), opts...)
}
