package p2p_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/pkpnet/pkpnet/p2p"
)

// TestWebSocketListen: a host given a /ws listen address serves client
// protocols over WebSocket (what a browser's js-libp2p dials), and a client
// that knows only that address completes the handshake over it.
func TestWebSocketListen(t *testing.T) {
	key := newKey(t)
	node := startHost(t, p2p.Config{Role: p2p.RoleNode, Identity: key, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0/ws"}})
	p2p.ServeHandshake(node, &p2p.StaticInfo{Host: node, Version: "test"})
	var ws ma.Multiaddr
	for _, a := range node.LibP2P().Addrs() {
		if strings.HasSuffix(a.String(), "/ws") && strings.HasPrefix(a.String(), "/ip4/127.0.0.1/") {
			ws = a
		}
	}
	if ws == nil {
		t.Fatalf("no 127.0.0.1 /ws address among %v", node.LibP2P().Addrs())
	}
	client := startHost(t, p2p.Config{Role: p2p.RoleClient, Identity: newKey(t)})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := client.LibP2P().Connect(ctx, peer.AddrInfo{ID: node.ID(), Addrs: []ma.Multiaddr{ws}}); err != nil {
		t.Fatalf("dial over WebSocket: %v", err)
	}
	conns := client.LibP2P().Network().ConnsToPeer(node.ID())
	if len(conns) != 1 || !strings.HasSuffix(conns[0].RemoteMultiaddr().String(), "/ws") {
		t.Fatalf("connections %v, want one over /ws", conns)
	}
	info, err := p2p.Handshake(ctx, client.LibP2P(), node.ID(), &p2p.HandshakeRequest{ClientVersion: "t"})
	if err != nil || info.PeerID != node.ID().String() {
		t.Fatalf("handshake over WebSocket: %+v %v", info, err)
	}
}
