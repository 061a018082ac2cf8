package p2p

import (
	"context"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
)

// HandshakeProtocol answers who a node is and what it serves.
var HandshakeProtocol = ClientProtocolID("handshake", "1.0.0")

// HandshakeRequest is the request of /pkpnet/handshake/1.0.0.
type HandshakeRequest struct {
	ClientVersion string `json:"clientVersion,omitempty"` // at most 128 bytes
}

// NodeInfo is the response of /pkpnet/handshake/1.0.0.
type NodeInfo struct {
	PeerID     string         `json:"peerId"`
	Network    string         `json:"network"`
	Epoch      uint64         `json:"epoch"`
	Party      string         `json:"party,omitempty"`      // this node's party ID in the epoch
	RootKey    string         `json:"rootKey,omitempty"`    // hex, compressed secp256k1; empty before keygen
	PoolLevels map[string]int `json:"poolLevels,omitempty"` // presignatures available, by signer set
	// IndexedBlock is the block up to which the node's chain index has
	// applied every event (confirmed state); 0 when unknown.
	IndexedBlock uint64 `json:"indexedBlock,omitempty"`
	Version      string `json:"version"`
}

// MaxPoolLevel bounds a pool level as clients read it: a node's own report
// about itself, so a client clamps every level to this (a node's pool target
// is at most 10000) and uses the levels only to break ties.
const MaxPoolLevel = 10000

// InfoProvider supplies the node's handshake answer. The node issue
// provides the real one (root key and pool levels from mpc).
type InfoProvider interface {
	NodeInfo(ctx context.Context) (*NodeInfo, error)
}

// StaticInfo is a stub InfoProvider: the host's identity and node set, plus
// fixed fields.
type StaticInfo struct {
	Host    *Host
	RootKey string
	Version string
}

var _ InfoProvider = (*StaticInfo)(nil)

// NodeInfo implements InfoProvider.
func (s *StaticInfo) NodeInfo(context.Context) (*NodeInfo, error) {
	ns := s.Host.NodeSet()
	info := &NodeInfo{
		PeerID:  s.Host.ID().String(),
		Network: s.Host.Network(),
		Epoch:   ns.Epoch(),
		RootKey: s.RootKey,
		Version: s.Version,
	}
	if id, ok := ns.Party(s.Host.ID()); ok {
		info.Party = string(id)
	}
	return info, nil
}

// ServeHandshake registers /pkpnet/handshake/1.0.0 with provider p.
func ServeHandshake(hs *Host, p InfoProvider) {
	Handle(hs, HandshakeProtocol, HandlerOptions{MaxRequest: 4 << 10, MaxResponse: 64 << 10},
		func(ctx context.Context, _ peer.ID, req *HandshakeRequest) (*NodeInfo, error) {
			if len(req.ClientVersion) > 128 {
				return nil, Errorf(CodeBadRequest, "clientVersion longer than 128 bytes")
			}
			return p.NodeInfo(ctx)
		})
}

// Handshake calls /pkpnet/handshake/1.0.0 on p.
func Handshake(ctx context.Context, h host.Host, p peer.ID, req *HandshakeRequest) (*NodeInfo, error) {
	return Call[HandshakeRequest, NodeInfo](ctx, h, p, HandshakeProtocol, req, 64<<10)
}
