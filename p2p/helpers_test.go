package p2p_test

import (
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

func testLogger() *slog.Logger {
	if os.Getenv("P2P_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

func newKey(t testing.TB) crypto.PrivKey {
	t.Helper()
	sk, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return sk
}

func peerOf(t testing.TB, sk crypto.PrivKey) peer.ID {
	t.Helper()
	id, err := peer.IDFromPrivateKey(sk)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// loopback listen addresses: TCP and QUIC on 127.0.0.1, random ports.
var loopback = []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"}

func startHost(t testing.TB, cfg p2p.Config) *p2p.Host {
	t.Helper()
	if cfg.Network == "" {
		cfg.Network = "testnet"
	}
	if cfg.ListenAddrs == nil && cfg.Role != p2p.RoleClient {
		cfg.ListenAddrs = loopback
	}
	if cfg.Logger == nil {
		cfg.Logger = testLogger()
	}
	if cfg.DiscoveryInterval == 0 {
		cfg.DiscoveryInterval = 200 * time.Millisecond
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	h, err := p2p.New(ctx, cfg)
	if err != nil {
		t.Fatalf("start %s host: %v", cfg.Role, err)
	}
	t.Cleanup(func() { _ = h.Close() })
	return h
}

// cluster is a bootstrap peer plus n nodes that know only the bootstrap peer.
type cluster struct {
	boot  *p2p.Host
	keys  []crypto.PrivKey
	ns    *p2p.NodeSet
	hosts []*p2p.Host
	trs   []*p2p.Transport
}

func newNodeSet(t testing.TB, epoch uint64, keys []crypto.PrivKey) *p2p.NodeSet {
	t.Helper()
	m := make(map[party.ID]peer.ID, len(keys))
	for i, k := range keys {
		m[party.ID(strconv.Itoa(i+1))] = peerOf(t, k)
	}
	ns, err := p2p.NewNodeSet(epoch, m)
	if err != nil {
		t.Fatal(err)
	}
	return ns
}

func newCluster(t testing.TB, n int, withTransport bool) *cluster {
	t.Helper()
	c := &cluster{boot: startHost(t, p2p.Config{Role: p2p.RoleBootstrap, Identity: newKey(t)})}
	for range n {
		c.keys = append(c.keys, newKey(t))
	}
	c.ns = newNodeSet(t, 1, c.keys)
	for i := range n {
		c.hosts = append(c.hosts, nil)
		c.trs = append(c.trs, nil)
		c.start(t, i)
	}
	_ = withTransport
	return c
}

// start (re)starts node i with its persistent key.
func (c *cluster) start(t testing.TB, i int) {
	t.Helper()
	h := startHost(t, p2p.Config{
		Role:      p2p.RoleNode,
		Identity:  c.keys[i],
		Bootstrap: []peer.AddrInfo{c.boot.AddrInfo()},
		Nodes:     c.ns,
	})
	tr, err := p2p.NewTransport(h, p2p.TransportOptions{RetransmitAfter: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = tr.Close() })
	c.hosts[i], c.trs[i] = h, tr
}

// stop closes node i.
func (c *cluster) stop(t testing.TB, i int) {
	t.Helper()
	if err := c.trs[i].Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.hosts[i].Close(); err != nil {
		t.Fatal(err)
	}
}

func (c *cluster) waitMesh(t testing.TB, timeout time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	for i, h := range c.hosts {
		if err := h.WaitConnected(ctx, c.ns.Peers()...); err != nil {
			t.Fatalf("node %d: %v", i+1, err)
		}
	}
}

func partyIDs(n int) []party.ID {
	ids := make([]party.ID, n)
	for i := range ids {
		ids[i] = party.ID(strconv.Itoa(i + 1))
	}
	return ids
}

var sessionCounter int

func newSessionID(prefix string) string {
	sessionCounter++
	return fmt.Sprintf("%s-%d-%d", prefix, time.Now().UnixNano(), sessionCounter)
}

func mpcPartyID(s string) party.ID { return party.ID(s) }

type mpcPartyIDType = party.ID
