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

// Hosts listen on TCP and QUIC and connect over either: TCP secured by
// Noise, QUIC by its built-in TLS 1.3.
func TestHostTransportsAndSecurity(t *testing.T) {
	a := startHost(t, p2p.Config{Role: p2p.RoleNode, Identity: newKey(t)})
	cases := []struct {
		proto    string
		security string
	}{
		{"tcp", "/noise"},
		{"quic-v1", "/tls/1.0.0"},
	}
	for _, tc := range cases {
		t.Run(tc.proto, func(t *testing.T) {
			b := startHost(t, p2p.Config{Role: p2p.RoleClient, Identity: newKey(t)})
			var addrs []ma.Multiaddr
			for _, m := range a.LibP2P().Addrs() {
				if strings.Contains(m.String(), "/"+tc.proto) && (tc.proto != "tcp" || !strings.Contains(m.String(), "quic")) {
					addrs = append(addrs, m)
				}
			}
			if len(addrs) == 0 {
				t.Fatalf("host does not listen on %s: %v", tc.proto, a.LibP2P().Addrs())
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := b.LibP2P().Connect(ctx, peer.AddrInfo{ID: a.ID(), Addrs: addrs}); err != nil {
				t.Fatal(err)
			}
			conns := b.LibP2P().Network().ConnsToPeer(a.ID())
			if len(conns) == 0 {
				t.Fatal("no connection")
			}
			st := conns[0].ConnState()
			if string(st.Security) != tc.security && !(tc.proto == "quic-v1" && st.Security == "") {
				t.Fatalf("security %q, want %q", st.Security, tc.security)
			}
			if !strings.Contains(conns[0].RemoteMultiaddr().String(), tc.proto) {
				t.Fatalf("connected over %s", conns[0].RemoteMultiaddr())
			}
		})
	}
}

// A host refuses to start without listen addresses (libp2p's defaults bind
// every interface) or with a bad network name.
func TestHostConfigValidation(t *testing.T) {
	ctx := context.Background()
	if _, err := p2p.New(ctx, p2p.Config{Network: "n", Role: p2p.RoleNode, Identity: newKey(t)}); err == nil {
		t.Fatal("node without listen addresses started")
	}
	if _, err := p2p.New(ctx, p2p.Config{Network: "Bad/Name", Role: p2p.RoleNode, Identity: newKey(t), ListenAddrs: loopback}); err == nil {
		t.Fatal("bad network name accepted")
	}
	if _, err := p2p.New(ctx, p2p.Config{Network: "n", Role: p2p.RoleNode, ListenAddrs: loopback}); err == nil {
		t.Fatal("host without identity started")
	}
}
