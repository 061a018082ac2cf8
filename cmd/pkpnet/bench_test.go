package main

import (
	"context"
	"errors"
	"maps"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/p2p"
)

// TestSustainCounts checks that a sustained run counts every answered request
// once, as a signature or as an error, and stops when its duration has passed.
func TestSustainCounts(t *testing.T) {
	var calls atomic.Int64
	once := func() (time.Duration, error) {
		if calls.Add(1)%3 == 0 {
			return 0, errors.New("no signature")
		}
		return time.Millisecond, nil
	}
	r := sustain(context.Background(), 20*time.Millisecond, 3, once)
	if r.Concurrency != 3 {
		t.Errorf("concurrency %d, want 3", r.Concurrency)
	}
	if int64(r.Signatures+r.Errors) != calls.Load() {
		t.Errorf("signatures %d + errors %d != %d calls", r.Signatures, r.Errors, calls.Load())
	}
	if r.Errors != int(calls.Load()/3) {
		t.Errorf("errors %d, want %d", r.Errors, calls.Load()/3)
	}
	if r.Latency.N != r.Signatures {
		t.Errorf("latency samples %d, signatures %d", r.Latency.N, r.Signatures)
	}
}

// TestSustainStopsOnCancel checks that a cancelled context ends the run early.
func TestSustainStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var calls atomic.Int64
	once := func() (time.Duration, error) {
		if calls.Add(1) == 5 {
			cancel()
		}
		return time.Microsecond, nil
	}
	r := sustain(ctx, time.Hour, 1, once)
	if r.Signatures != 5 {
		t.Errorf("signatures %d after cancel at the 5th call, want 5", r.Signatures)
	}
}

// TestWarmLevels checks which reported presignatures count as ready for a
// warm sample: sets of t parties containing the reporting node and only
// reachable parties, clamped levels, unreachable nodes ignored.
func TestWarmLevels(t *testing.T) {
	node := func(party string, levels map[string]int) client.NodeStatus {
		return client.NodeStatus{Node: client.Node{Party: party}, Info: &p2p.NodeInfo{Party: party, PoolLevels: levels}}
	}
	down := client.NodeStatus{Node: client.Node{Party: "3"}, Err: errors.New("unreachable")}
	cases := []struct {
		name string
		sts  []client.NodeStatus
		t    int
		want map[string]int
	}{
		{"sets with the node", []client.NodeStatus{node("1", map[string]int{"1,2": 2, "1,3": 1}), node("2", map[string]int{"2,3": 4}), node("3", nil)}, 2,
			map[string]int{"1": 3, "2": 4}},
		{"set with an unreachable member", []client.NodeStatus{node("1", map[string]int{"1,2": 1, "1,3": 5}), node("2", nil), down}, 2,
			map[string]int{"1": 1}},
		{"set without the reporting node", []client.NodeStatus{node("1", map[string]int{"2,3": 5}), node("2", nil), node("3", nil)}, 2,
			map[string]int{}},
		{"set of the wrong size", []client.NodeStatus{node("1", map[string]int{"1,2,3": 5}), node("2", nil), node("3", nil)}, 2,
			map[string]int{}},
		{"negative and huge levels clamped", []client.NodeStatus{node("1", map[string]int{"1,2": -7, "1,3": 1 << 40}), node("2", nil), node("3", nil)}, 2,
			map[string]int{"1": p2p.MaxPoolLevel}},
		{"unreachable node's report ignored", []client.NodeStatus{node("1", nil), node("2", nil), {Node: client.Node{Party: "3"}, Info: &p2p.NodeInfo{PoolLevels: map[string]int{"1,3": 3}}, Err: errors.New("wrong epoch")}}, 2,
			map[string]int{}},
		{"party 10 in canonical order", []client.NodeStatus{node("10", map[string]int{"2,10": 1}), node("2", nil)}, 2,
			map[string]int{"10": 1}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := warmLevels(tc.sts, tc.t); !maps.Equal(got, tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestPickWarm checks the round robin over the nodes with a ready
// presignature, in canonical party order.
func TestPickWarm(t *testing.T) {
	cases := []struct {
		name   string
		levels map[string]int
		last   string
		want   string
	}{
		{"none", map[string]int{"1": 0}, "", ""},
		{"nil", nil, "1", ""},
		{"first", map[string]int{"1": 1, "2": 1}, "", "1"},
		{"next after last", map[string]int{"1": 1, "2": 1, "3": 1}, "1", "2"},
		{"skips empty", map[string]int{"1": 1, "2": 0, "3": 1}, "1", "3"},
		{"wraps", map[string]int{"1": 1, "2": 1, "3": 1}, "3", "1"},
		{"only the last one has stock", map[string]int{"1": 0, "2": 4}, "2", "2"},
		{"numeric order: 10 after 9", map[string]int{"2": 1, "9": 1, "10": 1}, "9", "10"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := pickWarm(tc.levels, tc.last); got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}
