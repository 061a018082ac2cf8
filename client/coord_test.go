package client

import (
	"encoding/hex"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"

	"github.com/pkpnet/pkpnet/p2p"
)

func statuses(pools ...int) []NodeStatus {
	out := make([]NodeStatus, len(pools))
	for i, p := range pools {
		party := string(rune('1' + i))
		out[i] = NodeStatus{Node: Node{Party: party}, Info: &p2p.NodeInfo{Party: party, PoolLevels: map[string]int{"1,2": p}}}
	}
	return out
}

// picks runs n picks, each a success of the same latency, and counts them.
func picks(b *coordBook, sts []NodeStatus, n int, latency func(string) time.Duration) (map[string]int, []string) {
	count := map[string]int{}
	var order []string
	now := time.Now()
	for range n {
		s := b.pick(sts, nil, nil, "", now)
		count[s.Party]++
		order = append(order, s.Party)
		b.done(s.Party, true, latency(s.Party), now)
	}
	return count, order
}

func same(time.Duration) func(string) time.Duration {
	return func(string) time.Duration { return 100 * time.Millisecond }
}

// A node reporting a huge pool about itself is not always chosen: with
// equal observed latencies, the coordinators rotate and each coordinates
// the same share of requests.
func TestPickIgnoresInflatedPool(t *testing.T) {
	b := newCoordBook()
	sts := statuses(2, 1<<30, 2)
	count, order := picks(&b, sts, 9, same(0))
	for _, p := range []string{"1", "2", "3"} {
		if count[p] != 3 {
			t.Fatalf("picks %v (order %v): want 3 each", count, order)
		}
	}
	// The inflated level only broke the first tie, clamped.
	if order[0] != "2" {
		t.Fatalf("first pick %s, want the tie broken by the (clamped) pool level", order[0])
	}
	if got := sts[1].Pool(); got != p2p.MaxPoolLevel {
		t.Fatalf("pool of %d clamped to %d, want %d", 1<<30, got, p2p.MaxPoolLevel)
	}
}

func TestPoolClamp(t *testing.T) {
	for _, tc := range []struct {
		levels map[string]int
		want   int
	}{
		{nil, 0},
		{map[string]int{"a": 3, "b": 4}, 7},
		{map[string]int{"a": -1 << 40, "b": 4}, 4},
		{map[string]int{"a": 1 << 62, "b": 1 << 62}, p2p.MaxPoolLevel},
		{map[string]int{"a": p2p.MaxPoolLevel - 1, "b": p2p.MaxPoolLevel - 1}, p2p.MaxPoolLevel},
	} {
		s := NodeStatus{Info: &p2p.NodeInfo{PoolLevels: tc.levels}}
		if got := s.Pool(); got != tc.want {
			t.Errorf("Pool(%v) = %d, want %d", tc.levels, got, tc.want)
		}
	}
}

// Within a request, a coordinator that failed is not chosen again while
// another node has not failed; once all failed, the last one is not chosen
// twice in a row. Fewer failed attempts in the request rank first.
func TestPickAvoidsFailedCoordinators(t *testing.T) {
	b := newCoordBook()
	sts := statuses(5, 5, 5)
	now := time.Now()
	avoid := map[string]bool{}
	involved := map[string]int{}
	first := b.pick(sts, avoid, involved, "", now)
	avoid[first.Party] = true
	involved[first.Party]++
	second := b.pick(sts, avoid, involved, first.Party, now)
	if second.Party == first.Party {
		t.Fatalf("failed coordinator %s chosen again", first.Party)
	}
	avoid[second.Party] = true
	involved[second.Party]++
	third := b.pick(sts, avoid, involved, second.Party, now)
	if third.Party == first.Party || third.Party == second.Party {
		t.Fatalf("third attempt chose %s after %s and %s failed", third.Party, first.Party, second.Party)
	}
	avoid[third.Party] = true
	involved[third.Party] += 2 // e.g. it also took part in another failed attempt
	fourth := b.pick(sts, avoid, involved, third.Party, now)
	if fourth.Party == third.Party {
		t.Fatal("the same coordinator twice in a row")
	}
}

// Across requests, a node whose attempt as coordinator failed ranks after
// the others during its cooldown, and is chosen again after it.
func TestPickCooldown(t *testing.T) {
	b := newCoordBook()
	sts := statuses(5, 5, 5)
	now := time.Now()
	b.done("1", false, 0, now)
	for i := range 6 {
		if s := b.pick(sts, nil, nil, "", now.Add(time.Duration(i)*time.Second)); s.Party == "1" {
			t.Fatalf("pick %d chose node 1 during its cooldown", i)
		}
	}
	if s := b.pick(sts, nil, nil, "", now.Add(coordCooldown+time.Second)); s.Party != "1" {
		t.Fatalf("after the cooldown chose %s, want node 1 (least recently picked)", s.Party)
	}
	// A second consecutive failure doubles the cooldown.
	b.done("1", false, 0, now)
	b.done("1", false, 0, now)
	if s := b.pick(sts, nil, nil, "", now.Add(coordCooldown+time.Second)); s.Party == "1" {
		t.Fatal("node 1 chosen within its doubled cooldown")
	}
}

// A fast coordinator is preferred over a slow one, but never more than
// maxCoordInARow times in a row.
func TestPickPrefersFastWithCap(t *testing.T) {
	b := newCoordBook()
	sts := statuses(5, 5, 5)
	lat := func(p string) time.Duration {
		if p == "3" {
			return 20 * time.Millisecond
		}
		return 2 * time.Second
	}
	// Learn every node's latency once.
	picks(&b, sts, 3, lat)
	count, order := picks(&b, sts, 12, lat)
	if count["3"] < 8 {
		t.Fatalf("fast node 3 coordinated %d of 12 (%v)", count["3"], order)
	}
	run := 0
	for _, p := range order {
		if p == "3" {
			run++
			if run > maxCoordInARow {
				t.Fatalf("node 3 coordinated more than %d in a row: %v", maxCoordInARow, order)
			}
		} else {
			run = 0
		}
	}
	if count["3"] == 12 {
		t.Fatal("the cap never let another node coordinate")
	}
}

func TestLeaveOut(t *testing.T) {
	sts := statuses(1, 1, 1, 1)
	by := func(ps ...string) map[string]bool {
		m := map[string]bool{}
		for _, p := range ps {
			m[p] = true
		}
		return m
	}
	for _, tc := range []struct {
		name     string
		involved map[string]int
		accusers map[string]map[string]bool
		t        int
		want     []string
	}{
		{"nothing failed", nil, nil, 2, nil},
		{"one failure each", map[string]int{"1": 1, "2": 1, "3": 1, "4": 1}, nil, 2, nil},
		{"a single failure", map[string]int{"2": 1}, nil, 2, nil},
		{"stands out", map[string]int{"1": 1, "2": 3, "3": 1}, nil, 2, []string{"2"}},
		{"tie at the top", map[string]int{"1": 2, "2": 2, "3": 1}, nil, 2, nil},
		{"no slack", map[string]int{"1": 1, "2": 3, "3": 1}, nil, 4, nil},
		{"one accuser is not enough", nil, map[string]map[string]bool{"2": by("1")}, 2, nil},
		{"two accusers", nil, map[string]map[string]bool{"2": by("1", "3")}, 2, []string{"2"}},
		{"accusers win over involvement", map[string]int{"1": 5}, map[string]map[string]bool{"4": by("1", "3")}, 2, []string{"4"}},
		{"most accused first, within the slack", nil, map[string]map[string]bool{"2": by("1", "3"), "3": by("1", "2", "4")}, 3, []string{"3"}},
		{"accused party not usable", nil, map[string]map[string]bool{"9": by("1", "3")}, 2, nil},
	} {
		out, left := leaveOut(sts, tc.involved, tc.accusers, tc.t)
		if !slices.Equal(left, tc.want) {
			t.Errorf("%s: left out %v, want %v", tc.name, left, tc.want)
		}
		if len(out) < tc.t {
			t.Errorf("%s: %d members left, below %d", tc.name, len(out), tc.t)
		}
		if len(out) != len(sts)-len(left) {
			t.Errorf("%s: %d members left", tc.name, len(out))
		}
	}
}

// Root keys are compared as points: case, 0x and compression do not
// matter; another key, a malformed one or none makes the node unusable.
func TestCheckRootKey(t *testing.T) {
	k1, _ := secp256k1.GeneratePrivateKey()
	k2, _ := secp256k1.GeneratePrivateKey()
	want := k1.PubKey().SerializeCompressed()
	comp := hex.EncodeToString(want)
	uncomp := hex.EncodeToString(k1.PubKey().SerializeUncompressed())
	for _, tc := range []struct {
		name, reported, wantErr string
	}{
		{"same", comp, ""},
		{"0x", "0x" + comp, ""},
		{"upper case", strings.ToUpper(comp), ""},
		{"upper 0X", "0X" + strings.ToUpper(comp), ""},
		{"uncompressed", uncomp, ""},
		{"uncompressed upper", "0x" + strings.ToUpper(uncomp), ""},
		{"other key", hex.EncodeToString(k2.PubKey().SerializeCompressed()), "PubkeyRouter holds"},
		{"other key uncompressed", hex.EncodeToString(k2.PubKey().SerializeUncompressed()), "PubkeyRouter holds"},
		{"empty", "", "no root key yet"},
		{"not hex", "zz" + comp[2:], "not hex"},
		{"not a point", "02" + strings.Repeat("ff", 32), "malformed root key"},
		{"too long", strings.Repeat("ab", 5000), "malformed root key (10000 hex characters)"},
	} {
		err := checkRootKey(tc.reported, want)
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
			t.Errorf("%s: got %v, want an error containing %q", tc.name, err, tc.wantErr)
		}
	}
}
