package p2p_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/p2p"
)

// gossipOnlyCluster is a cluster whose transports practically never
// retransmit, so that every delivery is gossipsub's own.
func gossipOnlyCluster(t testing.TB, n int) *cluster {
	c := newCluster(t, n, true)
	for i := range c.trs {
		_ = c.trs[i].Close()
		tr, err := p2p.NewTransport(c.hosts[i], p2p.TransportOptions{RetransmitAfter: time.Hour})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = tr.Close() })
		c.trs[i] = tr
	}
	c.waitMesh(t, 20*time.Second)
	return c
}

// A pipelined burst of 1000 10 KB broadcasts all arrive through gossipsub
// alone (the defaults lose some of them: queue sizes are tuned).
func TestGossipPipelinedBurstNoLoss(t *testing.T) {
	c := gossipOnlyCluster(t, 3)
	s := mpc.Session{ID: newSessionID("burst"), Topic: "presign", Parties: partyIDs(3), RoundTimeout: 5 * time.Second}
	conns := openAll(t, c, s, []int{0, 1, 2})
	const n = 1000
	data := make([]byte, 10<<10)
	start := time.Now()
	for k := range n {
		msg := append([]byte(fmt.Sprintf("%06d", k)), data...)
		if err := conns[0].Send(context.Background(), mpc.Envelope{Broadcast: true, Data: msg}); err != nil {
			t.Fatal(err)
		}
	}
	for j := 1; j < 3; j++ {
		got := recvN(t, conns[j], n, 60*time.Second)
		seen := map[string]bool{}
		for _, e := range got {
			seen[string(e.Data[:6])] = true
		}
		if len(seen) != n {
			t.Fatalf("party %d got %d distinct of %d", j+1, len(seen), n)
		}
	}
	el := time.Since(start)
	t.Logf("%d x 10 KB broadcasts to 2 parties in %v (%.0f msg/s)", n, el, n/el.Seconds())
	if r := c.trs[0].Retransmits(); r != 0 {
		t.Fatalf("%d retransmissions: gossipsub alone did not deliver the burst", r)
	}
}

// BenchmarkGossipBroadcast measures pipelined 10 KB broadcasts from one
// party to two others over gossipsub.
func BenchmarkGossipBroadcast(b *testing.B) {
	c := gossipOnlyCluster(b, 3)
	s := mpc.Session{ID: newSessionID("bench"), Topic: "presign", Parties: partyIDs(3)}
	var conns []mpc.Conn
	for i := range 3 {
		s.Self = partyIDs(3)[i]
		cn, err := c.trs[i].Open(context.Background(), s)
		if err != nil {
			b.Fatal(err)
		}
		defer cn.Close()
		conns = append(conns, cn)
	}
	data := make([]byte, 10<<10)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	done := make(chan int, 2)
	for j := 1; j < 3; j++ {
		go func() {
			for range b.N {
				<-conns[j].Recv()
			}
			done <- j
		}()
	}
	for range b.N {
		if err := conns[0].Send(context.Background(), mpc.Envelope{Broadcast: true, Data: data}); err != nil {
			b.Fatal(err)
		}
	}
	<-done
	<-done
}

// After the node set changes, a removed peer loses node protocols.
func TestNodeSetChangeRevokesAccess(t *testing.T) {
	c := newCluster(t, 2, true)
	c.waitMesh(t, 20*time.Second)
	target := c.hosts[0]
	ns, err := p2p.NewNodeSet(2, map[mpcPartyIDType]peer.ID{"1": c.ns.Peers()[0]})
	if err != nil {
		t.Fatal(err)
	}
	target.SetNodeSet(ns)
	if target.NodeSet().Epoch() != 2 || target.Gater().AllowNodeProtocol(c.hosts[1].ID()) {
		t.Fatal("node set not replaced")
	}
	before := target.Stats().StreamDenied.Load()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	st, err := c.hosts[1].LibP2P().NewStream(ctx, target.ID(), p2p.MPCProtocol)
	if err == nil {
		_ = p2p.WriteFrame(st, []byte{1})
		_, _ = st.Read(make([]byte, 1))
		_ = st.Reset()
	}
	waitFor(t, 5*time.Second, "the removed peer to be refused", func() bool { return target.Stats().StreamDenied.Load() > before })
}

// A node subscribes to a PKP topic only while a session on it is live.
func TestPKPTopicJoinedOnlyWhileLive(t *testing.T) {
	c := newCluster(t, 2, true)
	c.waitMesh(t, 20*time.Second)
	for i := range c.trs {
		_ = c.trs[i].Close()
		tr, err := p2p.NewTransport(c.hosts[i], p2p.TransportOptions{PKPTopicLinger: 100 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = tr.Close() })
		c.trs[i] = tr
	}
	topic := c.trs[0].TopicName(1, "pkp/99")
	joined := func() bool {
		for _, name := range c.hosts[0].PubSub().GetTopics() {
			if name == topic {
				return true
			}
		}
		return false
	}
	if joined() {
		t.Fatal("joined before any session")
	}
	s := mpc.Session{ID: newSessionID("pkp"), Topic: "pkp/99", Parties: partyIDs(2), RoundTimeout: time.Second}
	conns := openAll(t, c, s, []int{0, 1})
	if !joined() {
		t.Fatal("not joined while the session is live")
	}
	for _, cn := range conns {
		_ = cn.Close()
	}
	waitFor(t, 5*time.Second, "the PKP topic to be left", func() bool { return !joined() })
	// Presign stays joined. Its session closes before a second PKP session
	// does: once that PKP topic's linger has run out and it is left, a
	// linger on presign (started earlier) would have run out too.
	s = mpc.Session{ID: newSessionID("pre"), Topic: "presign", Parties: partyIDs(2), RoundTimeout: time.Second}
	pre := openAll(t, c, s, []int{0, 1})
	s = mpc.Session{ID: newSessionID("pkp"), Topic: "pkp/99", Parties: partyIDs(2), RoundTimeout: time.Second}
	pkp := openAll(t, c, s, []int{0, 1})
	for _, cn := range pre {
		_ = cn.Close()
	}
	for _, cn := range pkp {
		_ = cn.Close()
	}
	waitFor(t, 5*time.Second, "the PKP topic to be left again", func() bool { return !joined() })
	found := false
	for _, name := range c.hosts[0].PubSub().GetTopics() {
		found = found || name == c.trs[0].TopicName(1, "presign")
	}
	if !found {
		t.Fatal("the presign topic was left")
	}
}
