package node

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
)

func TestChooseSets(t *testing.T) {
	all := func(party.ID) bool { return true }
	none := func(party.ID) bool { return false }
	not := func(ids ...party.ID) func(party.ID) bool {
		return func(q party.ID) bool { return !slices.Contains(ids, q) }
	}
	is := func(ids ...party.ID) func(party.ID) bool {
		return func(q party.ID) bool { return slices.Contains(ids, q) }
	}
	ids := func(s ...string) []party.ID {
		out := make([]party.ID, len(s))
		for i, x := range s {
			out[i] = party.ID(x)
		}
		return out
	}
	for _, tc := range []struct {
		name          string
		self          party.ID
		n             int
		healthy, slow func(party.ID) bool
		want          [][]party.ID
	}{
		{"n=3 keeps both sets", "1", 3, all, none, [][]party.ID{ids("1", "2"), ids("1", "3")}},
		{"n=3 without an unhealthy party", "1", 3, not("2"), none, [][]party.ID{ids("1", "3")}},
		{"n=3 nobody healthy", "1", 3, none, none, nil},
		// T=7: the six after 9 in rotation order (10,1,2,3,4,5), the spare
		// the last six (3,4,5,6,7,8); canonical order puts 10 last.
		{"n=10 rotation after self", "9", 10, all, none, [][]party.ID{
			ids("1", "2", "3", "4", "5", "9", "10"), ids("3", "4", "5", "6", "7", "8", "9"),
		}},
		{"n=10 rotates around an unreachable party", "9", 10, not("10"), none, [][]party.ID{
			ids("1", "2", "3", "4", "5", "6", "9"), ids("3", "4", "5", "6", "7", "8", "9"),
		}},
		// The preferred set leaves the slow party out; the spare (the
		// last six of 3..10,2) takes it.
		{"n=10 slow party last", "1", 10, all, is("2"), [][]party.ID{
			ids("1", "3", "4", "5", "6", "7", "8"), ids("1", "2", "6", "7", "8", "9", "10"),
		}},
		{"n=10 too few healthy", "1", 10, not("2", "3", "4", "5"), none, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := chooseSets(tc.self, mpc.PartyIDs(tc.n), mpc.Threshold(tc.n), tc.healthy, tc.slow)
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for i := range got {
				if !slices.Equal(got[i], tc.want[i]) {
					t.Fatalf("set %d: got %v, want %v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

// Every coordinator keeps at most keptSets sets, each of size T with the
// coordinator in canonical order, and the preferred sets of all
// coordinators spread the presign work: every party is in the same number
// of preferred sets.
func TestChooseSetsSpreadsWork(t *testing.T) {
	for _, n := range []int{3, 5, 7, 10, 20} {
		ps, th := mpc.PartyIDs(n), mpc.Threshold(n)
		count := map[party.ID]int{}
		for _, self := range ps {
			sets := chooseSets(self, ps, th, func(party.ID) bool { return true }, func(party.ID) bool { return false })
			if len(sets) == 0 || len(sets) > keptSets {
				t.Fatalf("n=%d self %s: %d sets", n, self, len(sets))
			}
			for _, s := range sets {
				if len(s) != th || !slices.Contains(s, self) || !mpc.PartiesSorted(s) {
					t.Fatalf("n=%d self %s: bad set %v", n, self, s)
				}
			}
			for _, q := range sets[0] {
				count[q]++
			}
		}
		for _, q := range ps {
			if count[q] != th {
				t.Fatalf("n=%d: party %s in %d preferred sets, want %d", n, q, count[q], th)
			}
		}
	}
}

func TestYielder(t *testing.T) {
	y := newYielder()
	if y.busy() {
		t.Fatal("busy without requests")
	}
	if err := y.wait(t.Context()); err != nil {
		t.Fatal(err)
	}
	y.begin()
	y.begin()
	if !y.busy() {
		t.Fatal("not busy with requests in flight")
	}
	done := make(chan error, 1)
	go func() { done <- y.wait(t.Context()) }()
	y.end()
	if !y.busy() {
		t.Fatal("not busy with one request in flight")
	}
	y.end()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if y.busy() {
		t.Fatal("busy after every request ended")
	}
	y.begin()
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := y.wait(ctx); err == nil {
		t.Fatal("wait ignored its context")
	}
}

// The pool target is PoolTarget at idle and follows the presignatures
// handed out in the last minute, up to demandCap times PoolTarget.
func TestPoolTargetFollowsDemand(t *testing.T) {
	p := newPool(&Node{cfg: Config{PoolTarget: 2}})
	now := time.Now()
	for _, tc := range []struct {
		takes, old int
		want       int
	}{
		{0, 0, 2}, {1, 0, 2}, {5, 0, 5}, {20, 0, 8}, {0, 30, 2}, {3, 30, 3},
	} {
		p.demand = nil
		for range tc.old {
			p.demand = append(p.demand, now.Add(-2*demandWindow))
		}
		for range tc.takes {
			p.demand = append(p.demand, now.Add(-time.Second))
		}
		if got := p.target(now); got != tc.want {
			t.Errorf("%d recent and %d old takes: target %d, want %d", tc.takes, tc.old, got, tc.want)
		}
		if len(p.demand) != tc.takes {
			t.Errorf("window kept %d entries, want %d", len(p.demand), tc.takes)
		}
	}
}
