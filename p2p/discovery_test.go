package p2p_test

import (
	"context"
	"testing"
	"time"
)

// Five nodes that know only one bootstrap peer find every other node by
// peer ID through the DHT and connect to it.
func TestDiscoveryFiveNodesOneBootstrap(t *testing.T) {
	c := newCluster(t, 5, false)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	start := time.Now()
	for i, h := range c.hosts {
		if err := h.WaitConnected(ctx, c.ns.Peers()...); err != nil {
			t.Fatalf("node %d did not reach every other node: %v", i+1, err)
		}
	}
	t.Logf("5 nodes fully connected %v after start", time.Since(start))
	// Every node can also look up every other one explicitly.
	for i, h := range c.hosts {
		for j, p := range c.ns.Peers() {
			if i == j {
				continue
			}
			// A peer that just connected inbound has no known listen
			// addresses until identify completes: poll.
			for {
				ai, err := h.DHT().FindPeer(ctx, p)
				if err != nil {
					t.Fatalf("node %d FindPeer(node %d): %v", i+1, j+1, err)
				}
				if len(ai.Addrs) > 0 {
					break
				}
				if ctx.Err() != nil {
					t.Fatalf("node %d FindPeer(node %d): no addresses", i+1, j+1)
				}
				time.Sleep(10 * time.Millisecond)
			}
		}
	}
	// Nodes learned only loopback addresses.
	for _, h := range c.hosts {
		for _, a := range h.LibP2P().Addrs() {
			if s := a.String(); len(s) < 14 || s[:14] != "/ip4/127.0.0.1" {
				t.Fatalf("host listens on non-loopback address %s", s)
			}
		}
	}
}

// A node that goes away and comes back (same identity, new port) is found
// and reconnected by the others.
func TestDiscoveryReconnectsAfterRestart(t *testing.T) {
	c := newCluster(t, 3, false)
	c.waitMesh(t, 20*time.Second)
	c.stop(t, 2)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for ctx.Err() == nil && (c.hosts[0].Connected(c.ns.Peers()[2]) || c.hosts[1].Connected(c.ns.Peers()[2])) {
		time.Sleep(20 * time.Millisecond)
	}
	c.start(t, 2)
	for i := range 2 {
		if err := c.hosts[i].WaitConnected(ctx, c.ns.Peers()[2]); err != nil {
			t.Fatalf("node %d did not reconnect to the restarted node: %v", i+1, err)
		}
	}
}
