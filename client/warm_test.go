package client

import (
	"testing"
)

func TestPinnedCoordinator(t *testing.T) {
	members := statuses(1, 0, 2)
	cases := []struct {
		name   string
		pin    string
		failed map[string]bool
		want   string // "" for no pin
	}{
		{"unset", "", nil, ""},
		{"member", "2", nil, "2"},
		{"member with an empty pool", "2", map[string]bool{"1": true}, "2"},
		{"not a member", "9", nil, ""},
		{"failed as coordinator in this request", "3", map[string]bool{"3": true}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := pinnedCoordinator(members, tc.pin, tc.failed)
			if ok != (tc.want != "") || ok && got.Party != tc.want {
				t.Fatalf("got %q, %v; want %q", got.Party, ok, tc.want)
			}
		})
	}
}
