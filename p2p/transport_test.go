package p2p_test

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

func openAll(t *testing.T, c *cluster, s mpc.Session, idx []int) []mpc.Conn {
	t.Helper()
	conns := make([]mpc.Conn, len(idx))
	var wg sync.WaitGroup
	errs := make([]error, len(idx))
	for k, i := range idx {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := s
			s.Self = party.ID(fmt.Sprint(i + 1))
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			conns[k], errs[k] = c.trs[i].Open(ctx, s)
		}()
	}
	wg.Wait()
	for k, err := range errs {
		if err != nil {
			t.Fatalf("open party %d: %v", idx[k]+1, err)
		}
		t.Cleanup(func() { _ = conns[k].Close() })
	}
	return conns
}

// recvN collects n envelopes from c or fails after timeout.
func recvN(t *testing.T, c mpc.Conn, n int, timeout time.Duration) []mpc.Envelope {
	t.Helper()
	var out []mpc.Envelope
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for len(out) < n {
		select {
		case e, ok := <-c.Recv():
			if !ok {
				t.Fatalf("Recv closed after %d of %d messages", len(out), n)
			}
			out = append(out, e)
		case <-timer.C:
			t.Fatalf("received %d of %d messages before timeout", len(out), n)
		}
	}
	return out
}

// expectNothing fails if c yields a message within d.
func expectNothing(t *testing.T, c mpc.Conn, d time.Duration) {
	t.Helper()
	select {
	case e := <-c.Recv():
		t.Fatalf("unexpected message from %s (broadcast=%v): %q", e.From, e.Broadcast, e.Data)
	case <-time.After(d):
	}
}

// Every party broadcasts and sends a direct message to every other party;
// each message arrives exactly once, intact, from the right sender.
func TestTransportDeliversBroadcastAndDirect(t *testing.T) {
	for _, topic := range []string{"presign", "pkp/42"} {
		t.Run(topic, func(t *testing.T) {
			c := newCluster(t, 3, true)
			c.waitMesh(t, 20*time.Second)
			s := mpc.Session{ID: newSessionID("traffic"), Topic: topic, Parties: partyIDs(3), RoundTimeout: 5 * time.Second}
			conns := openAll(t, c, s, []int{0, 1, 2})
			ctx := context.Background()
			const rounds = 20
			for r := range rounds {
				for i, cn := range conns {
					from := party.ID(fmt.Sprint(i + 1))
					if err := cn.Send(ctx, mpc.Envelope{From: from, Broadcast: true, Data: fmt.Appendf(nil, "b %d %s", r, from)}); err != nil {
						t.Fatal(err)
					}
					for j := range conns {
						if j == i {
							continue
						}
						to := party.ID(fmt.Sprint(j + 1))
						if err := cn.Send(ctx, mpc.Envelope{From: from, To: to, Data: fmt.Appendf(nil, "d %d %s>%s", r, from, to)}); err != nil {
							t.Fatal(err)
						}
					}
				}
			}
			for j, cn := range conns {
				self := party.ID(fmt.Sprint(j + 1))
				got := recvN(t, cn, rounds*2*2, 10*time.Second)
				seen := map[string]bool{}
				for _, e := range got {
					if e.Session != s.ID || e.From == self {
						t.Fatalf("party %s got %+v", self, e)
					}
					var want string
					var r int
					if e.Broadcast {
						if e.To != "" {
							t.Fatalf("broadcast with recipient %q", e.To)
						}
						if _, err := fmt.Sscanf(string(e.Data), "b %d", &r); err != nil {
							t.Fatalf("bad data %q", e.Data)
						}
						want = fmt.Sprintf("b %d %s", r, e.From)
					} else {
						if e.To != self {
							t.Fatalf("party %s got a message for %s", self, e.To)
						}
						if _, err := fmt.Sscanf(string(e.Data), "d %d", &r); err != nil {
							t.Fatalf("bad data %q", e.Data)
						}
						want = fmt.Sprintf("d %d %s>%s", r, e.From, self)
					}
					if string(e.Data) != want {
						t.Fatalf("party %s: got %q want %q", self, e.Data, want)
					}
					if seen[want] {
						t.Fatalf("party %s: duplicate %q", self, want)
					}
					seen[want] = true
				}
				expectNothing(t, cn, 300*time.Millisecond)
			}
		})
	}
}

// A party that opens its session late (after the others already sent, and
// on a PKP topic it has not joined yet, so gossipsub cannot deliver to it)
// still receives everything: buffered or retransmitted until acknowledged.
func TestTransportLateOpenIsReliable(t *testing.T) {
	c := newCluster(t, 3, true)
	c.waitMesh(t, 20*time.Second)
	// RoundTimeout also bounds the readiness barrier (before the first
	// broadcast), which waits for party 3 in vain here.
	s := mpc.Session{ID: newSessionID("late"), Topic: "pkp/7", Parties: partyIDs(3), RoundTimeout: time.Second}
	early := openAll(t, c, s, []int{0, 1})
	for i, cn := range early {
		from := party.ID(fmt.Sprint(i + 1))
		for k := range 5 {
			if err := cn.Send(context.Background(), mpc.Envelope{From: from, Broadcast: true, Data: fmt.Appendf(nil, "early %s %d", from, k)}); err != nil {
				t.Fatal(err)
			}
		}
		if err := cn.Send(context.Background(), mpc.Envelope{From: from, To: "3", Data: fmt.Appendf(nil, "direct %s", from)}); err != nil {
			t.Fatal(err)
		}
	}
	// Party 3 is not subscribed: gossip to it is lost, and both early
	// parties notice the missing acknowledgement and retransmit.
	waitFor(t, 10*time.Second, "the early parties to retransmit", func() bool {
		return c.trs[0].Retransmits() > 0 && c.trs[1].Retransmits() > 0
	})
	late := openAll(t, c, s, []int{2})[0]
	got := recvN(t, late, 12, 10*time.Second)
	count := map[string]int{}
	for _, e := range got {
		count[string(e.Data)]++
	}
	for _, from := range []string{"1", "2"} {
		for k := range 5 {
			if n := count[fmt.Sprintf("early %s %d", from, k)]; n != 1 {
				t.Fatalf("broadcast early %s %d delivered %d times", from, k, n)
			}
		}
		if n := count["direct "+from]; n != 1 {
			t.Fatalf("direct from %s delivered %d times", from, n)
		}
	}
	expectNothing(t, late, 500*time.Millisecond)
	// Early parties also get the late party's messages.
	if err := late.Send(context.Background(), mpc.Envelope{From: "3", Broadcast: true, Data: []byte("hello from 3")}); err != nil {
		t.Fatal(err)
	}
	for i, cn := range early {
		got := recvN(t, cn, 6, 5*time.Second) // 5 early broadcasts of the other early party, then 3's
		var from3 []mpc.Envelope
		for _, e := range got {
			if e.From == "3" {
				from3 = append(from3, e)
			}
		}
		if len(from3) != 1 || !bytes.Equal(from3[0].Data, []byte("hello from 3")) {
			t.Fatalf("party %d got %+v", i+1, got)
		}
	}
}

// Open rejects sessions it cannot serve, with a clear error.
func TestTransportOpenValidation(t *testing.T) {
	c := newCluster(t, 2, true)
	tr := c.trs[0]
	ctx := context.Background()
	cases := []struct {
		name string
		s    mpc.Session
	}{
		{"empty ID", mpc.Session{Topic: "presign", Self: "1", Parties: partyIDs(2)}},
		{"bad topic", mpc.Session{ID: "x", Topic: "../evil", Self: "1", Parties: partyIDs(2)}},
		{"self not party", mpc.Session{ID: "x", Topic: "presign", Self: "1", Parties: []party.ID{"2"}}},
		{"unknown party", mpc.Session{ID: "x", Topic: "presign", Self: "1", Parties: []party.ID{"1", "9"}}},
		{"self is someone else", mpc.Session{ID: "x", Topic: "presign", Self: "2", Parties: partyIDs(2)}},
		{"duplicate party", mpc.Session{ID: "x", Topic: "presign", Self: "1", Parties: []party.ID{"1", "2", "2"}}},
	}
	for _, tc := range cases {
		if _, err := tr.Open(ctx, tc.s); err == nil {
			t.Errorf("%s: Open succeeded", tc.name)
		}
	}
	s := mpc.Session{ID: "dup", Topic: "presign", Self: "1", Parties: partyIDs(2), RoundTimeout: 100 * time.Millisecond}
	cn, err := tr.Open(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Open(ctx, s); err == nil {
		t.Fatal("second Open of an open session succeeded")
	}
	_ = cn.Close()
	if _, err := tr.Open(ctx, s); err == nil {
		t.Fatal("reopening a finished session ID succeeded")
	}
	if err := cn.Send(ctx, mpc.Envelope{Broadcast: true, Data: []byte("x")}); err == nil {
		t.Fatal("Send on a closed conn succeeded")
	}
	if _, ok := <-cn.Recv(); ok {
		t.Fatal("Recv not closed after Close")
	}
	_ = p2p.ErrClosed
}
