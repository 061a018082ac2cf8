package mpc_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/mpctest"
)

// TestRunnerRejectsBadMessages has party 2 send hand-made envelopes to
// party 1's presign: each bad one aborts the run naming party 2, and
// messages from outside the session are ignored (the run then times out
// naming the silent party 2).
func TestRunnerRejectsBadMessages(t *testing.T) {
	cfgs, err := mpctest.Configs(3)
	if err != nil {
		t.Fatal(err)
	}
	// A valid encoding whose sender field says "3" although party 2 sent it:
	// version 1, SSID "", From "3", To "", Protocol "p", round 2, flag 1,
	// verification "", payload "x".
	spoof := []byte{1, 0, 0, 0, 1, '3', 0, 0, 0, 1, 'p', 0, 2, 1, 0, 0, 0, 0, 0, 1, 'x'}
	abort := []byte{1, 0, 0, 0, 1, '2', 0, 0, 0, 1, 'p', 0, 0, 0, 0, 0, 0, 0, 0, 4, 'n', 'o', '\n', '!'}
	cases := []struct {
		name  string
		data  []byte
		check func(error) bool
	}{
		{"garbage", []byte("not a message"), namesCulprit("2")},
		{"empty", nil, namesCulprit("2")},
		{"spoofed sender", spoof, namesCulprit("2")},
		{"peer abort", abort, func(err error) bool {
			var pa *mpc.PeerAbortError
			return errors.As(err, &pa) && pa.Party == "2" && pa.Reason == "no?!"
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			net := mpc.NewMemNetwork()
			defer net.Close()
			signers := []party.ID{"1", "2"}
			s := mpc.Session{ID: mpc.NewSessionID("presign"), Self: "1", Parties: signers, RoundTimeout: 2 * time.Second * timeScale}
			evil := s
			evil.Self = "2"
			conn, err := net.Transport("2").Open(context.Background(), evil)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			if err := conn.Send(context.Background(), mpc.Envelope{To: "1", Data: c.data}); err != nil {
				t.Fatal(err)
			}
			_, err = mpc.Presign(context.Background(), net.Transport("1"), s, cfgs["1"])
			if !c.check(err) {
				t.Fatalf("got %v", err)
			}
		})
	}
	t.Run("outsider ignored", func(t *testing.T) {
		net := mpc.NewMemNetwork()
		defer net.Close()
		s := mpc.Session{ID: mpc.NewSessionID("presign"), Self: "1", Parties: []party.ID{"1", "2"}, RoundTimeout: 500 * time.Millisecond * timeScale}
		out := mpc.Session{ID: s.ID, Self: "3", Parties: []party.ID{"1", "3"}}
		conn, err := net.Transport("3").Open(context.Background(), out)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		if err := conn.Send(context.Background(), mpc.Envelope{To: "1", Data: []byte("junk")}); err != nil {
			t.Fatal(err)
		}
		_, err = mpc.Presign(context.Background(), net.Transport("1"), s, cfgs["1"])
		var te *mpc.TimeoutError
		if !errors.As(err, &te) || !slices.Equal(te.Silent, []party.ID{"2"}) {
			t.Fatalf("got %v, want a timeout naming 2", err)
		}
	})
	t.Run("oversized send refused", func(t *testing.T) {
		net := mpc.NewMemNetwork()
		defer net.Close()
		conn, err := net.Transport("2").Open(context.Background(), mpc.Session{ID: "x", Self: "2", Parties: []party.ID{"1", "2"}})
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		if err := conn.Send(context.Background(), mpc.Envelope{To: "1", Data: make([]byte, mpc.MaxMessageSize+1)}); err == nil {
			t.Fatal("oversized message sent")
		}
		if err := conn.Send(context.Background(), mpc.Envelope{To: "7", Data: []byte{1}}); err == nil {
			t.Fatal("message to a non-party sent")
		}
	})
	t.Run("context cancel", func(t *testing.T) {
		net := mpc.NewMemNetwork()
		defer net.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
		defer cancel()
		s := mpc.Session{ID: mpc.NewSessionID("presign"), Self: "1", Parties: []party.ID{"1", "2"}}
		if _, err := mpc.Presign(ctx, net.Transport("1"), s, cfgs["1"]); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("got %v", err)
		}
	})
}

func namesCulprit(id party.ID) func(error) bool {
	return func(err error) bool {
		var pe *mpc.ProtocolError
		return errors.As(err, &pe) && slices.Equal(pe.Culprits, []party.ID{id})
	}
}
