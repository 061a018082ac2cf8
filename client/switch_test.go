package client

import (
	"errors"
	"fmt"
	"testing"
)

// switching waits only when the nodes between epochs would make up the
// threshold: not when enough are usable already, not when the others failed
// for other reasons, and excluded nodes never count.
func TestSwitching(t *testing.T) {
	ok := NodeStatus{}
	sw := NodeStatus{Err: fmt.Errorf("node is in epoch 5, the registry in 6: %w", errSwitching)}
	down := NodeStatus{Err: errors.New("unreachable")}
	with := func(party string, s NodeStatus) NodeStatus { s.Party = party; return s }
	for _, tc := range []struct {
		name     string
		sts      []NodeStatus
		excluded map[string]bool
		t        int
		want     bool
	}{
		{"enough usable", []NodeStatus{with("1", ok), with("2", ok), with("3", sw)}, nil, 2, false},
		{"one usable, one switching", []NodeStatus{with("1", ok), with("2", sw), with("3", down)}, nil, 2, true},
		{"all switching", []NodeStatus{with("1", sw), with("2", sw), with("3", sw)}, nil, 2, true},
		{"switching ones not enough", []NodeStatus{with("1", sw), with("2", down), with("3", down)}, nil, 2, false},
		{"excluded switching node does not count", []NodeStatus{with("1", ok), with("2", sw), with("3", down)}, map[string]bool{"2": true}, 2, false},
		{"no nodes", nil, nil, 2, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := switching(tc.sts, tc.excluded, tc.t); got != tc.want {
				t.Fatalf("switching = %v, want %v", got, tc.want)
			}
		})
	}
}
