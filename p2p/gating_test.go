package p2p_test

import (
	"bufio"
	"context"
	"encoding/binary"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

// waitFor polls cond until it holds or the timeout passes.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// A peer outside the node set can neither get MPC messages accepted over
// gossipsub nor open /pkpnet/mpc/1.0.0.
func TestOutsiderIsRejected(t *testing.T) {
	c := newCluster(t, 2, true)
	c.waitMesh(t, 20*time.Second)
	s := mpc.Session{ID: newSessionID("gated"), Topic: "presign", Parties: partyIDs(2), RoundTimeout: 2 * time.Second}
	conns := openAll(t, c, s, []int{0, 1})

	// The outsider runs the same software with a forged node set in which it
	// is party 2, so its own validator lets it publish as "2".
	outKey := newKey(t)
	forged, err := p2p.NewNodeSet(1, map[party.ID]peer.ID{"1": c.ns.Peers()[0], "2": peerOf(t, outKey)})
	if err != nil {
		t.Fatal(err)
	}
	out := startHost(t, p2p.Config{Role: p2p.RoleNode, Identity: outKey, Bootstrap: []peer.AddrInfo{c.boot.AddrInfo()}, Nodes: forged})
	outTr, err := p2p.NewTransport(out, p2p.TransportOptions{RetransmitAfter: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = outTr.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := out.LibP2P().Connect(ctx, c.hosts[0].AddrInfo()); err != nil {
		t.Fatal(err)
	}
	forgedSession := s
	forgedSession.Self = "2"
	outConn, err := outTr.Open(ctx, forgedSession)
	if err != nil {
		t.Fatal(err)
	}
	defer outConn.Close()
	target := c.hosts[0]
	rpcBefore := target.Stats().RPCDropped.Load()
	deniedBefore := target.Stats().StreamDenied.Load()
	// Broadcast (gossipsub) and direct (stream) as the forged party 2.
	if err := outConn.Send(ctx, mpc.Envelope{Broadcast: true, Data: []byte("forged broadcast")}); err != nil {
		t.Fatal(err)
	}
	if err := outConn.Send(ctx, mpc.Envelope{To: "1", Data: []byte("forged direct")}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 5*time.Second, "gossipsub RPCs from the outsider to be dropped", func() bool {
		return target.Stats().RPCDropped.Load() > rpcBefore
	})
	waitFor(t, 5*time.Second, "the outsider's MPC stream to be refused", func() bool {
		return target.Stats().StreamDenied.Load() > deniedBefore
	})
	expectNothing(t, conns[0], 700*time.Millisecond)

	// Opening the MPC protocol directly: the stream is reset, no status.
	st, err := out.LibP2P().NewStream(ctx, target.ID(), p2p.MPCProtocol)
	if err == nil {
		_ = st.SetDeadline(time.Now().Add(5 * time.Second))
		_ = p2p.WriteFrame(st, []byte{1, 2, 3})
		var b [1]byte
		if _, err := st.Read(b[:]); err == nil {
			t.Fatal("outsider read a status byte from /pkpnet/mpc/1.0.0")
		}
		_ = st.Reset()
	}
	// The members still talk to each other.
	if err := conns[1].Send(ctx, mpc.Envelope{Broadcast: true, Data: []byte("real")}); err != nil {
		t.Fatal(err)
	}
	if e := recvN(t, conns[0], 1, 5*time.Second)[0]; string(e.Data) != "real" || e.From != "2" {
		t.Fatalf("got %+v", e)
	}
}

// Malformed and oversized frames from a member close that stream with an
// error; the node and its other sessions carry on.
func TestMalformedFramesCloseOnlyThatStream(t *testing.T) {
	c := newCluster(t, 2, true)
	c.waitMesh(t, 20*time.Second)
	s := mpc.Session{ID: newSessionID("robust"), Topic: "presign", Parties: partyIDs(2), RoundTimeout: 2 * time.Second}
	conns := openAll(t, c, s, []int{0, 1})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	target := c.hosts[0]
	bad := map[string][]byte{
		"garbage":        append(binary.AppendUvarint(nil, 5), 9, 9, 9, 9, 9),
		"oversized":      binary.AppendUvarint(nil, uint64(p2p.MaxWireMessage)+1),
		"empty":          {0},
		"truncated":      append(binary.AppendUvarint(nil, 100), 1, 2, 3),
		"huge varint":    {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		"impersonation":  frameFor(t, 2, "1", "1", s.ID),
		"wrong version":  append(binary.AppendUvarint(nil, 3), 7, 2, 0),
		"trailing bytes": append(frameBody(t, 2, "2", "1", s.ID), 0),
	}
	for name, raw := range bad {
		before := target.Stats().StreamErrors.Load()
		st, err := c.hosts[1].LibP2P().NewStream(ctx, target.ID(), p2p.MPCProtocol)
		if err != nil {
			t.Fatal(err)
		}
		_ = st.SetDeadline(time.Now().Add(5 * time.Second))
		if name == "trailing bytes" {
			raw = append(binary.AppendUvarint(nil, uint64(len(raw))), raw...)
		}
		if _, err := st.Write(raw); err != nil {
			t.Fatalf("%s: write: %v", name, err)
		}
		if name == "truncated" {
			_ = st.CloseWrite()
		}
		var b [1]byte
		if _, err := bufio.NewReader(st).ReadByte(); err == nil {
			t.Fatalf("%s: got a status byte %v, want the stream closed", name, b)
		}
		_ = st.Reset()
		waitFor(t, 5*time.Second, name+" to be counted", func() bool { return target.Stats().StreamErrors.Load() > before })
	}
	// The session is unaffected.
	if err := conns[1].Send(ctx, mpc.Envelope{To: "1", Data: []byte("still here")}); err != nil {
		t.Fatal(err)
	}
	if e := recvN(t, conns[0], 1, 5*time.Second)[0]; string(e.Data) != "still here" {
		t.Fatalf("got %q", e.Data)
	}
}

// frameBody builds a direct MPC wire message (format in docs/p2p.md).
func frameBody(t *testing.T, kind byte, from, to, session string) []byte {
	t.Helper()
	b := []byte{1, kind}
	for _, f := range []string{session, from, to} {
		b = binary.AppendUvarint(b, uint64(len(f)))
		b = append(b, f...)
	}
	b = binary.AppendUvarint(b, 1)                              // seq
	b = binary.AppendUvarint(b, uint64(time.Now().UnixMilli())) // time
	b = binary.AppendUvarint(b, 4)                              // data length
	return append(b, "data"...)
}

func frameFor(t *testing.T, kind byte, from, to, session string) []byte {
	body := frameBody(t, kind, from, to, session)
	return append(binary.AppendUvarint(nil, uint64(len(body))), body...)
}
