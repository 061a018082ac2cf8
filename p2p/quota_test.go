package p2p_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/p2p"
)

// rawFlooder is a malicious member: it writes MPC frames on its own stream
// and ignores "busy", as the honest transport never would.
type rawFlooder struct {
	t   *testing.T
	w   io.Writer
	br  *bufio.Reader
	seq uint64
	// statuses counts the receiver's answers.
	statuses map[byte]int
}

func newRawFlooder(t *testing.T, c *cluster, from, to int) *rawFlooder {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := c.hosts[from].LibP2P().NewStream(ctx, c.hosts[to].ID(), p2p.MPCProtocol)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Reset() })
	return &rawFlooder{t: t, w: s, br: bufio.NewReader(s), statuses: map[byte]int{}}
}

func (f *rawFlooder) send(session string, data []byte) byte {
	f.t.Helper()
	f.seq++
	body, err := p2p.EncodeDirect(session, "1", "3", f.seq, data)
	if err != nil {
		f.t.Fatal(err)
	}
	if err := p2p.WriteFrame(f.w, body); err != nil {
		f.t.Fatal(err)
	}
	var st [1]byte
	if _, err := io.ReadFull(f.br, st[:]); err != nil {
		f.t.Fatal(err)
	}
	f.statuses[st[0]]++
	return st[0]
}

// TestPendingFloodHurtsOnlyTheFlooder: member 1 floods member 3's pending
// table (messages for sessions 3 has not opened): more sessions than its
// session quota, more junk in one session than the per-session quota (the
// session member 2 needs), and more bytes than its byte quota. Member 1 gets
// "busy" beyond each quota; member 2's messages for the shared session are
// still buffered and arrive once 3 opens the session.
func TestPendingFloodHurtsOnlyTheFlooder(t *testing.T) {
	c := newCluster(t, 3, true)
	c.waitMesh(t, 20*time.Second)
	ctx := context.Background()
	shared := mpc.Session{ID: newSessionID("shared"), Topic: "pkp/9", Parties: partyIDs(3), RoundTimeout: 200 * time.Millisecond}
	f := newRawFlooder(t, c, 0, 2)

	// Junk in the shared session, above the per-session quota.
	for range p2p.MaxPendingPerSession + 100 {
		f.send(shared.ID, []byte("junk"))
	}
	if f.statuses[p2p.StatusOK] != p2p.MaxPendingPerSession || f.statuses[p2p.StatusBusy] != 100 {
		t.Fatalf("per-session quota: statuses %v", f.statuses)
	}
	// More sessions than the session quota (the shared one counts).
	clear(f.statuses)
	for i := range p2p.MaxPendingSenderSessions + 50 {
		f.send(fmt.Sprintf("junk-session-%d", i), []byte("x"))
	}
	if f.statuses[p2p.StatusBusy] != 51 {
		t.Fatalf("session quota: statuses %v, want 51 busy", f.statuses)
	}
	// 80 MiB in one of its sessions: above the former 64 MiB global cap.
	clear(f.statuses)
	big := make([]byte, mpc.MaxMessageSize)
	for range 80 {
		f.send("junk-session-1", big)
	}
	if f.statuses[p2p.StatusOK] == 0 || f.statuses[p2p.StatusBusy] == 0 {
		t.Fatalf("byte quota: statuses %v", f.statuses)
	}
	if _, bytes := c.trs[2].PendingOf("1"); bytes > p2p.MaxPendingSenderBytes {
		t.Fatalf("member 1 has %d bytes buffered, quota %d", bytes, p2p.MaxPendingSenderBytes)
	}

	// Member 2 sends for the shared session, which 3 has not opened.
	early := openAll(t, c, shared, []int{1})[0]
	if err := early.Send(ctx, mpc.Envelope{Broadcast: true, Data: []byte("honest broadcast")}); err != nil {
		t.Fatal(err)
	}
	if err := early.Send(ctx, mpc.Envelope{To: "3", Data: []byte("honest direct")}); err != nil {
		t.Fatal(err)
	}
	// Both are buffered at 3, not refused as busy (a busy frame would stall
	// member 2's whole queue to 3, every session included).
	deadline := time.Now().Add(20 * time.Second)
	for {
		if msgs, _ := c.trs[2].PendingOf("2"); msgs == 2 {
			break
		}
		if time.Now().After(deadline) {
			msgs, _ := c.trs[2].PendingOf("2")
			t.Fatalf("member 2's messages not buffered at 3: %d of 2", msgs)
		}
		time.Sleep(10 * time.Millisecond) // polls the condition above
	}
	late := openAll(t, c, shared, []int{2})[0]
	got := map[string]int{}
	timer := time.NewTimer(20 * time.Second)
	defer timer.Stop()
	for got["honest broadcast"] == 0 || got["honest direct"] == 0 {
		select {
		case e, ok := <-late.Recv():
			if !ok {
				t.Fatal("Recv closed")
			}
			got[string(e.Data)]++
		case <-timer.C:
			t.Fatalf("member 2's messages did not arrive: %v", got)
		}
	}
	if got["honest broadcast"] != 1 || got["honest direct"] != 1 {
		t.Fatalf("member 2's messages delivered %v", got)
	}
}
