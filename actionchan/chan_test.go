package actionchan_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/actionchan"
)

var runKey = strings.Repeat("ab", 32)

type mesh struct {
	net  *actionchan.MemNet
	hubs map[party.ID]*actionchan.Hub
}

func newMesh(t *testing.T, lim actionchan.Limits, ids ...party.ID) *mesh {
	t.Helper()
	m := &mesh{net: actionchan.NewMemNet(), hubs: map[party.ID]*actionchan.Hub{}}
	for _, id := range ids {
		h := actionchan.NewHub(t.Context(), id, m.net.Transport(id), lim, nil)
		m.net.Attach(id, h)
		m.hubs[id] = h
	}
	return m
}

func open(t *testing.T, h *actionchan.Hub, nodes ...party.ID) *actionchan.Run {
	t.Helper()
	r, err := h.Open(runKey, nodes, nodes[0])
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.Close)
	return r
}

// TestExchange: every node of a run gets every node's value, including
// values that arrived before it opened the run.
func TestExchange(t *testing.T) {
	ids := []party.ID{"1", "2", "3"}
	m := newMesh(t, actionchan.Limits{}, ids...)
	// Node 3 opens late: 1 and 2 send to it before it knows the run.
	runs := map[party.ID]*actionchan.Run{"1": open(t, m.hubs["1"], ids...), "2": open(t, m.hubs["2"], ids...)}
	type out struct {
		id party.ID
		c  *actionchan.Collected
	}
	res := make(chan out, 3)
	for _, id := range []party.ID{"1", "2"} {
		go func() {
			c, err := runs[id].Exchange(t.Context(), "price", 0, []byte("v"+string(id)))
			if err != nil {
				t.Error(err)
			}
			res <- out{id, c}
		}()
	}
	runs["3"] = open(t, m.hubs["3"], ids...)
	go func() {
		c, err := runs["3"].Exchange(t.Context(), "price", 0, []byte("v3"))
		if err != nil {
			t.Error(err)
		}
		res <- out{"3", c}
	}()
	for range 3 {
		o := <-res
		if len(o.c.Missing) != 0 || len(o.c.Values) != 3 {
			t.Fatalf("node %s: %d values, missing %v", o.id, len(o.c.Values), o.c.Missing)
		}
		for _, id := range ids {
			if got := string(o.c.Values[id]); got != "v"+string(id) {
				t.Fatalf("node %s has %q from %s", o.id, got, id)
			}
		}
	}
}

// TestHeldBeforeOpen: a value that arrives before this node opened the run
// is held and counts once the run is open.
func TestHeldBeforeOpen(t *testing.T) {
	m := newMesh(t, actionchan.Limits{}, "1", "2")
	if err := m.hubs["1"].Deliver("2", &actionchan.Message{Run: runKey, Name: "n", Index: 3, Value: []byte("early")}); err != nil {
		t.Fatal(err)
	}
	r := open(t, m.hubs["1"], "1", "2")
	ctx, cancel := context.WithCancel(t.Context())
	cancel() // no waiting: the value must already be there
	c := r.Collect(ctx, "n", 3, []party.ID{"2"})
	if string(c.Values["2"]) != "early" || len(c.Missing) != 0 {
		t.Fatalf("values %q missing %v", c.Values, c.Missing)
	}
}

// TestSilentNode: a node that never sends costs the others only its own
// value: they get each other's by the deadline and it is named missing.
func TestSilentNode(t *testing.T) {
	ids := []party.ID{"1", "2", "3"}
	m := newMesh(t, actionchan.Limits{SendTimeout: time.Second}, ids...)
	r1, r2 := open(t, m.hubs["1"], ids...), open(t, m.hubs["2"], ids...)
	ctx, cancel := context.WithTimeout(t.Context(), 300*time.Millisecond)
	defer cancel()
	done := make(chan *actionchan.Collected, 1)
	go func() {
		c, _ := r2.Exchange(ctx, "n", 0, []byte("two"))
		done <- c
	}()
	c1, err := r1.Exchange(ctx, "n", 0, []byte("one"))
	if err != nil {
		t.Fatal(err)
	}
	c2 := <-done
	for _, c := range []*actionchan.Collected{c1, c2} {
		if string(c.Values["1"]) != "one" || string(c.Values["2"]) != "two" || len(c.Values) != 2 {
			t.Fatalf("values %q", c.Values)
		}
		if len(c.Missing) != 1 || c.Missing[0] != "3" {
			t.Fatalf("missing %v, want [3]", c.Missing)
		}
	}
}

// TestRefusals: what a receiver refuses, and that a refused sender does not
// disturb the honest values.
func TestRefusals(t *testing.T) {
	lim := actionchan.Limits{MaxValue: 100, MaxPerRun: 2, MaxPending: 3}
	m := newMesh(t, lim, "1", "2", "3", "4")
	h := m.hubs["1"]
	// Node 4 is in the node set but not in this run.
	r := open(t, h, "1", "2", "3")
	msg := func(name string, idx uint32, v string) *actionchan.Message {
		return &actionchan.Message{Run: runKey, Name: name, Index: idx, Value: []byte(v)}
	}
	if err := h.Deliver("2", msg("a", 0, "first")); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		from party.ID
		m    *actionchan.Message
		want error
	}{
		{"not a member of the run", "4", msg("a", 0, "x"), actionchan.ErrNotMember},
		{"equivocation", "2", msg("a", 0, "second"), actionchan.ErrEquivocates},
		{"value too large", "3", msg("a", 0, strings.Repeat("x", 101)), actionchan.ErrInvalid},
		{"bad run key", "3", &actionchan.Message{Run: "zz", Name: "a"}, actionchan.ErrInvalid},
		{"upper-case run key", "3", &actionchan.Message{Run: strings.ToUpper(runKey), Name: "a"}, actionchan.ErrInvalid},
		{"empty name", "3", msg("", 0, "x"), actionchan.ErrInvalid},
		{"control character in name", "3", msg("a\nb", 0, "x"), actionchan.ErrInvalid},
		{"from itself", "1", msg("b", 0, "x"), actionchan.ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := h.Deliver(tc.from, tc.m); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	t.Run("retry of the same value is accepted", func(t *testing.T) {
		if err := h.Deliver("2", msg("a", 0, "first")); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("per-run budget", func(t *testing.T) {
		if err := h.Deliver("2", msg("b", 0, "x")); err != nil {
			t.Fatal(err)
		}
		if err := h.Deliver("2", msg("c", 0, "x")); !errors.Is(err, actionchan.ErrBudget) {
			t.Fatalf("third value in a run with MaxPerRun 2: %v", err)
		}
		// Another sender is unaffected.
		if err := h.Deliver("3", msg("c", 0, "y")); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("first value stands", func(t *testing.T) {
		c := r.Collect(t.Context(), "a", 0, []party.ID{"2"})
		if string(c.Values["2"]) != "first" {
			t.Fatalf("got %q", c.Values["2"])
		}
	})
	t.Run("held-message budget per sender", func(t *testing.T) {
		other := func(i int) *actionchan.Message {
			return &actionchan.Message{Run: fmt.Sprintf("%064x", i+1), Name: "a"}
		}
		for i := range 3 {
			if err := h.Deliver("4", other(i)); err != nil {
				t.Fatal(err)
			}
		}
		if err := h.Deliver("4", other(3)); !errors.Is(err, actionchan.ErrBudget) {
			t.Fatalf("fourth held message with MaxPending 3: %v", err)
		}
		if err := h.Deliver("3", other(3)); err != nil {
			t.Fatalf("another sender's held message: %v", err)
		}
	})
	t.Run("closed run", func(t *testing.T) {
		r.Close()
		if err := h.Deliver("3", msg("z", 0, "late")); !errors.Is(err, actionchan.ErrClosed) {
			t.Fatalf("got %v", err)
		}
		if _, err := h.Open(runKey, []party.ID{"1", "2"}, "1"); err == nil {
			t.Fatal("a finished run was opened again")
		}
	})
}

func TestOpenChecks(t *testing.T) {
	m := newMesh(t, actionchan.Limits{}, "1")
	h := m.hubs["1"]
	if _, err := h.Open(runKey, []party.ID{"2", "3"}, "2"); err == nil {
		t.Fatal("opened a run without this node")
	}
	if _, err := h.Open(runKey, []party.ID{"1", "2"}, "3"); err == nil {
		t.Fatal("opened a run whose leader is not a member")
	}
	if _, err := h.Open("nothex", []party.ID{"1"}, "1"); err == nil {
		t.Fatal("opened a run with a bad key")
	}
	r, err := h.Open(runKey, []party.ID{"1", "2"}, "1")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if _, err := h.Open(runKey, []party.ID{"1", "2"}, "1"); err == nil {
		t.Fatal("opened a run twice")
	}
}

func FuzzDecodeMessage(f *testing.F) {
	f.Add([]byte(`{"run":"` + runKey + `","name":"a","index":1,"value":"AAE="}`))
	f.Add([]byte(`{"run":1}`))
	f.Add([]byte(`{} {}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := actionchan.DecodeMessage(b)
		if err != nil {
			return
		}
		_ = m.Validate(64 << 10)
	})
}
