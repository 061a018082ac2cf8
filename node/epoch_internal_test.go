package node

import (
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/chainwatch"
)

func nodesWithParties(ps ...int) []chainwatch.Node {
	out := make([]chainwatch.Node, len(ps))
	for i, p := range ps {
		out[i] = chainwatch.Node{Index: i + 1, Party: p, Operator: common.BigToAddress(common.Big1), PeerID: []byte{byte(p)}}
	}
	return out
}

// The transition leader is the lowest party of the current set that stays in
// the next set, so a removed (possibly dead) node never leads.
func TestTransitionLeader(t *testing.T) {
	for _, tc := range []struct {
		name    string
		current []party.ID
		next    []int
		want    party.ID
	}{
		{"add", []party.ID{"1", "2", "3"}, []int{1, 2, 3, 4}, "1"},
		{"remove the lowest", []party.ID{"1", "2", "3", "4"}, []int{2, 3, 4}, "2"},
		{"refresh", []party.ID{"2", "5", "9"}, []int{2, 5, 9}, "2"},
		{"numeric order", []party.ID{"9", "10", "11"}, []int{10, 11}, "10"},
		{"full replacement", []party.ID{"1", "2"}, []int{3, 4}, "1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tr := &chainwatch.Transition{Next: nodesWithParties(tc.next...)}
			if got := transitionLeader(tc.current, tr); got != tc.want {
				t.Fatalf("leader %s, want %s", got, tc.want)
			}
		})
	}
}

func TestPartiesOfSorted(t *testing.T) {
	got := partiesOf(nodesWithParties(10, 2, 9))
	if !slices.Equal(got, []party.ID{"2", "9", "10"}) {
		t.Fatalf("parties %v", got)
	}
}

// Transition control messages need a transition ID and a session; the
// decoder bounds them like every control message.
func TestDecodeTransitionCtl(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{`{"type":"ping","epoch":3,"session":"transition/1/0","transition":1}`, true},
		{`{"type":"reshare","epoch":3,"session":"reshare/3-4/ab","transition":1,"attempt":2,"signers":["1","2"]}`, true},
		{`{"type":"reshare","epoch":3,"session":"reshare/3-4/ab"}`, false},                   // no transition
		{`{"type":"reshare","epoch":3,"session":"s","transition":1,"signers":["0"]}`, false}, // bad dealer ID
		{`{"type":"reshare-commit","epoch":3,"session":"","transition":1}`, false},           // no session
		{`{"type":"reshare-confirm","epoch":3,"session":"s","transition":1,"rootKey":"` + strings.Repeat("a", 67) + `"}`, false},
	} {
		_, err := decodeCtl([]byte(tc.in))
		if (err == nil) != tc.ok {
			t.Errorf("decodeCtl(%.60s): err %v, want ok=%v", tc.in, err, tc.ok)
		}
	}
}

func TestPendingNameEpochScoped(t *testing.T) {
	if pendingName(5, 2) != "root/5/t2" || rootName(5) != "root/5" {
		t.Fatal("names")
	}
}
