package signing

import (
	"context"
	"testing"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
)

// TestInboxPerSenderCap: a flooding sender's junk and extras are dropped
// beyond PerSenderCap, its matching messages are still delivered, and
// another sender's buffered message survives the flood.
func TestInboxPerSenderCap(t *testing.T) {
	net := mpc.NewMemNetwork()
	defer net.Close()
	ctx := t.Context()
	parties := []party.ID{"1", "2", "3"}
	open := func(id party.ID) mpc.Conn {
		c, err := net.Transport(id).Open(ctx, mpc.Session{ID: "sign/x", Topic: "t", Self: id, Parties: parties})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = c.Close() })
		return c
	}
	me, flooder, other := open("1"), open("2"), open("3")
	send := func(c mpc.Conn, from party.ID, m *Message) {
		b, _ := m.Encode()
		if err := c.Send(ctx, mpc.Envelope{Session: "sign/x", From: from, To: "1", Data: b}); err != nil {
			t.Fatal(err)
		}
	}
	send(other, "3", &Message{Type: MsgReveal})
	for range 100 {
		if err := flooder.Send(ctx, mpc.Envelope{Session: "sign/x", From: "2", To: "1", Data: []byte("junk")}); err != nil {
			t.Fatal(err)
		}
		send(flooder, "2", &Message{Type: MsgAgree})
	}
	send(flooder, "2", &Message{Type: MsgCommit, Reason: "wanted"})
	ib := newInbox(me)
	deadline := time.Now().Add(10 * time.Second)
	from, m, err := ib.next(ctx, deadline, nil, MsgCommit)
	if err != nil || from != "2" || m.Reason != "wanted" {
		t.Fatalf("matching message behind the flood: %v %v %v", from, m, err)
	}
	if len(ib.buf["2"]) > PerSenderCap {
		t.Fatalf("flooder holds %d buffered messages", len(ib.buf["2"]))
	}
	if ib.dropped["2"] == 0 {
		t.Fatal("nothing of the flood was dropped")
	}
	from, m, err = ib.next(ctx, deadline, nil, MsgReveal)
	if err != nil || from != "3" || m.Type != MsgReveal {
		t.Fatalf("the other sender's buffered message: %v %v %v", from, m, err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, _, err := ib.next(cctx, deadline, nil, MsgReady); err == nil {
		t.Fatal("next on a cancelled context returned a message")
	}
}
