package actionchan_test

import (
	"context"
	"crypto/rand"
	"io"
	"log/slog"
	"strconv"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/actionchan"
	"github.com/pkpnet/pkpnet/p2p"
)

// TestLibP2P runs an exchange over real libp2p hosts on loopback, and
// checks that the sender is the authenticated peer: a host outside the
// node set cannot deliver.
func TestLibP2P(t *testing.T) {
	const n = 3
	keys := make([]crypto.PrivKey, n+1)
	members := map[party.ID]peer.ID{}
	for i := range keys {
		sk, _, err := crypto.GenerateEd25519Key(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = sk
		if i < n {
			pid, _ := peer.IDFromPrivateKey(sk)
			members[party.ID(strconv.Itoa(i+1))] = pid
		}
	}
	ns, err := p2p.NewNodeSet(1, members)
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	hosts := make([]*p2p.Host, n+1)
	for i := range hosts {
		role, nodes := p2p.RoleNode, ns
		if i == n {
			nodes = nil
		}
		ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
		h, err := p2p.New(ctx, p2p.Config{Network: "testnet", Role: role, Identity: keys[i], Nodes: nodes,
			ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, Logger: log, DiscoveryInterval: 200 * time.Millisecond})
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = h.Close() })
		hosts[i] = h
	}
	for i, a := range hosts {
		for j, b := range hosts {
			if i != j {
				a.LibP2P().Peerstore().AddAddrs(b.ID(), b.Addrs(), time.Hour)
			}
		}
	}
	ids := []party.ID{"1", "2", "3"}
	runs := make([]*actionchan.Run, n)
	for i := range n {
		hub := actionchan.NewHub(t.Context(), ids[i], actionchan.NewP2P(hosts[i]), actionchan.Limits{}, log)
		actionchan.Serve(hosts[i], hub)
		r, err := hub.Open(runKey, ids, "1")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(r.Close)
		runs[i] = r
	}
	res := make(chan *actionchan.Collected, n)
	for i := range n {
		go func() {
			c, err := runs[i].Exchange(t.Context(), "x", 0, []byte{byte(i)})
			if err != nil {
				t.Error(err)
			}
			res <- c
		}()
	}
	for range n {
		c := <-res
		if len(c.Values) != n || len(c.Missing) != 0 {
			t.Fatalf("values %v missing %v", c.Values, c.Missing)
		}
		for i, id := range ids {
			if v := c.Values[id]; len(v) != 1 || v[0] != byte(i) {
				t.Fatalf("value from %s: %x", id, v)
			}
		}
	}

	// A host outside the node set: its stream is reset before delivery,
	// whatever party it claims.
	outsider := hosts[n]
	s, err := outsider.LibP2P().NewStream(t.Context(), hosts[0].ID(), actionchan.Protocol)
	if err == nil {
		_ = p2p.WriteFrame(s, []byte(`{"run":"`+runKey+`","name":"y","index":0,"value":"AA=="}`))
		_ = s.CloseWrite()
		_, _ = io.ReadAll(s)
		_ = s.Close()
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if c := runs[0].Collect(ctx, "y", 0, []party.ID{"2", "3"}); len(c.Values) != 0 {
		t.Fatalf("a value from outside the node set was accepted: %v", c.Values)
	}
}
