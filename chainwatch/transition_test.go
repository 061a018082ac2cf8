package chainwatch_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pkpnet/pkpnet/chainwatch"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/contracts/bindings"
)

// TestTransitionIndexed follows a transition step by step: the index shows it open with
// its next set and parties, the current set and epoch unchanged until the last vote,
// then the next set current with the same root key active for the new epoch. A watcher
// reopened on the same store holds the same state.
func TestTransitionIndexed(t *testing.T) {
	ch := newChain(t, 5)
	u := ch.users
	ch.setupNodes(4)
	db := openDB(t, "")
	r := ch.watch(db, 0, nil, nil)
	ep0 := uint64(4)

	ch.send(ch.owner, ch.addr.NodeRegistry, contracts.RegistryABI.PackProposeTransition([]common.Address{u[1].From()},
		[]bindings.NodeRegistryNode{{Operator: u[4].From(), PeerId: []byte{5, 0x70}}}))
	r.caughtUp(t, ch.head())
	ix := r.w.Index()
	tr := ix.Transition()
	if tr.State != chainwatch.TransitionOpen || tr.ID != 1 || tr.Epoch != ep0+1 || len(tr.Next) != 4 {
		t.Fatalf("open transition %+v", tr)
	}
	// u[0], u[2], u[3] keep parties 1, 3, 4; u[4] takes 5 (2 is u[1]'s until the switch).
	wantParties := []int{1, 3, 4, 5}
	for i, n := range tr.Next {
		if n.Party != wantParties[i] || n.Index != i+1 {
			t.Fatalf("next node %d: %+v", i, n)
		}
	}
	if m, ok := tr.NextMember(u[1].From()); ok {
		t.Fatalf("removed node in the next set: %+v", m)
	}
	checkAgainstChain(t, ch, ix, nil)
	for i, v := range []int{0, 2, 3} {
		ch.send(u[v], ch.addr.PubkeyRouter, contracts.RouterABI.PackVoteTransition(big.NewInt(1), ch.root))
		r.caughtUp(t, ch.head())
		if got := ix.Transition(); len(got.Voted) != i+1 || ix.Epoch() != ep0 || len(ix.Nodes()) != 4 {
			t.Fatalf("after %d votes: %+v, epoch %d", i+1, got, ix.Epoch())
		}
	}
	checkAgainstChain(t, ch, ix, nil)
	ch.send(u[4], ch.addr.PubkeyRouter, contracts.RouterABI.PackVoteTransition(big.NewInt(1), ch.root))
	r.caughtUp(t, ch.head())
	if ix.Transition().State != chainwatch.TransitionCompleted || ix.Epoch() != ep0+1 || ix.RootKeyEpoch() != ep0+1 || string(ix.RootKey()) != string(ch.root) {
		t.Fatalf("after completion: %+v epoch %d root epoch %d", ix.Transition(), ix.Epoch(), ix.RootKeyEpoch())
	}
	nodes := ix.Nodes()
	if len(nodes) != 4 || nodes[3].Operator != u[4].From() || nodes[3].Party != 5 || nodes[1].Party != 3 || nodes[1].Index != 2 {
		t.Fatalf("nodes after completion %+v", nodes)
	}
	checkAgainstChain(t, ch, ix, nil)

	// An aborted refresh leaves everything but the transition state.
	ch.send(ch.owner, ch.addr.NodeRegistry, contracts.RegistryABI.PackProposeTransition(nil, nil))
	ch.send(ch.owner, ch.addr.NodeRegistry, contracts.RegistryABI.PackAbortTransition())
	r.caughtUp(t, ch.head())
	if tr := ix.Transition(); tr.State != chainwatch.TransitionAborted || tr.ID != 2 || ix.Epoch() != ep0+1 {
		t.Fatalf("after abort %+v", tr)
	}
	snap := ix.Snapshot()
	r.stop()
	r2 := ch.watch(db, 0, nil, nil)
	r2.caughtUp(t, ch.head())
	if string(r2.w.Index().Snapshot()) != string(snap) {
		t.Fatalf("reopened index differs:\n%s\n%s", r2.w.Index().Snapshot(), snap)
	}
}
