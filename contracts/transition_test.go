package contracts_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/contracts/bindings"
)

func (e *env) transition() bindings.TransitionOutput {
	e.t.Helper()
	return call(e, e.reg, contracts.RegistryABI.PackTransition(), contracts.RegistryABI.UnpackTransition)
}

func (e *env) operators(data []byte) []common.Address {
	e.t.Helper()
	nodes := call(e, e.reg, data, contracts.RegistryABI.UnpackGetNodes)
	out := make([]common.Address, len(nodes))
	for i, n := range nodes {
		out[i] = n.Operator
	}
	return out
}

func sameAddrs(a, b []common.Address) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func findLog[T any](t *testing.T, r *types.Receipt, unpack func(*types.Log) (*T, error)) *T {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			return ev
		}
	}
	t.Fatal("event not in receipt")
	return nil
}

// TestTransitionAddRemove: 3 nodes, root key active; propose removing node 2 and adding
// two new nodes. The current set and epoch serve until every next node voted; the last
// vote switches set and epoch and activates the same root key for the new epoch.
func TestTransitionAddRemove(t *testing.T) {
	e := newEnv(t, 6)
	u := e.users
	root := rootKey(t)
	// Before the root key exists a transition cannot start.
	e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(u[0].From(), []byte{1, 0xaa}, nil), nil)
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackProposeTransition(nil, nil), nil, "NoRootKey")
	for i := 1; i < 3; i++ {
		e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(u[i].From(), []byte{byte(i + 1), 0xaa}, nil), nil)
	}
	for i := 0; i < 3; i++ {
		e.send(u[i], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteRootKey(root), nil)
	}
	epoch0 := call(e, e.reg, contracts.RegistryABI.PackEpoch(), contracts.RegistryABI.UnpackEpoch).Uint64()
	if epoch0 != 3 {
		t.Fatalf("epoch %d", epoch0)
	}

	adds := []bindings.NodeRegistryNode{
		{Operator: u[3].From(), PeerId: []byte{4, 0xaa}, Hints: []string{"/ip4/127.0.0.1/tcp/4"}},
		{Operator: u[4].From(), PeerId: []byte{5, 0xaa}},
	}
	// access control and validation
	e.mustRevert(u[0], e.addr.NodeRegistry, contracts.RegistryABI.PackProposeTransition(nil, adds), nil, "OwnableUnauthorizedAccount")
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackProposeTransition([]common.Address{u[5].From()}, nil), nil, "NotRegistered")
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackProposeTransition(nil, []bindings.NodeRegistryNode{{Operator: u[0].From(), PeerId: []byte{9}}}), nil, "AlreadyRegistered")
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackProposeTransition(nil, []bindings.NodeRegistryNode{{Operator: u[5].From(), PeerId: []byte{1, 0xaa}}}), nil, "PeerIdTaken")
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackProposeTransition(nil, []bindings.NodeRegistryNode{adds[0], {Operator: u[5].From(), PeerId: adds[0].PeerId}}), nil, "PeerIdTaken")
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackProposeTransition(nil, []bindings.NodeRegistryNode{{Operator: u[5].From()}}), nil, "BadPeerId")
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackProposeTransition([]common.Address{u[0].From(), u[0].From()}, nil), nil, "BadChange")
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackProposeTransition([]common.Address{u[0].From(), u[1].From(), u[2].From()}, nil), nil, "BadChange")

	r := e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackProposeTransition([]common.Address{u[1].From()}, adds), nil)
	prop := findLog(t, r, contracts.RegistryABI.UnpackTransitionProposedEvent)
	if prop.Id.Uint64() != 1 || prop.Epoch.Uint64() != epoch0+1 || len(prop.Removed) != 1 || prop.Removed[0] != u[1].From() {
		t.Fatalf("TransitionProposed %+v", prop)
	}
	var added []*bindings.NodeRegistryNextNodeAdded
	for _, l := range r.Logs {
		if ev, err := contracts.RegistryABI.UnpackNextNodeAddedEvent(l); err == nil {
			added = append(added, ev)
		}
	}
	if len(added) != 2 || added[0].Operator != u[3].From() || added[0].Party.Uint64() != 4 || added[1].Party.Uint64() != 5 {
		t.Fatalf("NextNodeAdded events %+v", added)
	}
	tr := e.transition()
	if !tr.Open || tr.Id.Uint64() != 1 || tr.NextCount.Uint64() != 4 || tr.NextEpoch.Uint64() != epoch0+1 {
		t.Fatalf("transition %+v", tr)
	}
	if !call(e, e.reg, contracts.RegistryABI.PackIsNextNode(big.NewInt(1), u[3].From()), contracts.RegistryABI.UnpackIsNextNode) ||
		call(e, e.reg, contracts.RegistryABI.PackIsNextNode(big.NewInt(1), u[1].From()), contracts.RegistryABI.UnpackIsNextNode) ||
		!call(e, e.reg, contracts.RegistryABI.PackIsNextNode(big.NewInt(1), u[0].From()), contracts.RegistryABI.UnpackIsNextNode) ||
		call(e, e.reg, contracts.RegistryABI.PackIsNextNode(big.NewInt(2), u[0].From()), contracts.RegistryABI.UnpackIsNextNode) {
		t.Fatal("isNextNode")
	}
	wantNext := []common.Address{u[0].From(), u[2].From(), u[3].From(), u[4].From()}
	next := call(e, e.reg, contracts.RegistryABI.PackGetNextNodes(), contracts.RegistryABI.UnpackGetNextNodes)
	var gotNext []common.Address
	var gotParties []int64
	for i, n := range next.Out {
		gotNext = append(gotNext, n.Operator)
		gotParties = append(gotParties, next.Parties[i].Int64())
	}
	// Members keep their party numbers (1 and 3); the new nodes take the lowest numbers
	// free in the current and next sets together (4 and 5: 2 is still node 2's).
	if !sameAddrs(gotNext, wantNext) || fmt.Sprint(gotParties) != "[1 3 4 5]" {
		t.Fatalf("next nodes %v parties %v, want %v [1 3 4 5]", gotNext, gotParties, wantNext)
	}
	// The set cannot change under an open transition, nor can a second one start.
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(u[5].From(), []byte{6}, nil), nil, "TransitionOpen")
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackRemoveNode(u[0].From()), nil, "TransitionOpen")
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackProposeTransition(nil, nil), nil, "TransitionOpen")
	// Only the router completes.
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackCompleteTransition(big.NewInt(1)), nil, "NotRouter")

	other := rootKey(t)
	e.mustRevert(u[0], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteTransition(big.NewInt(1), other), nil, "RootKeyMismatch")
	e.mustRevert(u[1], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteTransition(big.NewInt(1), root), nil, "NotANextNode") // removed
	e.mustRevert(u[5], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteTransition(big.NewInt(1), root), nil, "NotANextNode") // stranger
	e.mustRevert(u[0], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteTransition(big.NewInt(2), root), nil, "NotANextNode") // wrong id

	voters := []int{0, 2, 3, 4}
	for i, v := range voters[:3] {
		r := e.send(u[v], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteTransition(big.NewInt(1), root), nil)
		ev := findLog(t, r, contracts.RouterABI.UnpackTransitionVotedEvent)
		if ev.Operator != u[v].From() || ev.Epoch.Uint64() != epoch0+1 {
			t.Fatalf("TransitionVoted %+v", ev)
		}
		vo := call(e, e.router, contracts.RouterABI.PackTransitionVotes(big.NewInt(1), u[v].From()), contracts.RouterABI.UnpackTransitionVotes)
		if !vo.Voted || vo.Count.Int64() != int64(i+1) {
			t.Fatalf("votes %+v", vo)
		}
		// Not complete until every next node voted: the current set still serves.
		if ep := call(e, e.reg, contracts.RegistryABI.PackEpoch(), contracts.RegistryABI.UnpackEpoch).Uint64(); ep != epoch0 {
			t.Fatalf("epoch moved to %d after %d votes", ep, i+1)
		}
	}
	e.mustRevert(u[0], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteTransition(big.NewInt(1), root), nil, "AlreadyVoted")
	if got := e.operators(contracts.RegistryABI.PackGetNodes()); !sameAddrs(got, []common.Address{u[0].From(), u[1].From(), u[2].From()}) {
		t.Fatalf("current set changed before completion: %v", got)
	}

	r = e.send(u[4], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteTransition(big.NewInt(1), root), nil)
	done := findLog(t, r, contracts.RegistryABI.UnpackTransitionCompletedEvent)
	act := findLog(t, r, contracts.RouterABI.UnpackRootKeyActivatedEvent)
	if done.Id.Uint64() != 1 || done.Epoch.Uint64() != epoch0+1 || act.Epoch.Uint64() != epoch0+1 || string(act.Pubkey) != string(root) {
		t.Fatalf("completed %+v activated %+v", done, act)
	}
	if got := e.operators(contracts.RegistryABI.PackGetNodes()); !sameAddrs(got, wantNext) {
		t.Fatalf("current set %v, want %v", got, wantNext)
	}
	if ps := call(e, e.reg, contracts.RegistryABI.PackGetParties(), contracts.RegistryABI.UnpackGetParties); fmt.Sprint(ps) != "[1 3 4 5]" {
		t.Fatalf("parties %v", ps)
	}
	if p := call(e, e.reg, contracts.RegistryABI.PackPartyOf(u[1].From()), contracts.RegistryABI.UnpackPartyOf); p.Sign() != 0 {
		t.Fatalf("removed node has party %v", p)
	}
	if ep := call(e, e.reg, contracts.RegistryABI.PackEpoch(), contracts.RegistryABI.UnpackEpoch).Uint64(); ep != epoch0+1 {
		t.Fatalf("epoch %d", ep)
	}
	if call(e, e.reg, contracts.RegistryABI.PackThreshold(), contracts.RegistryABI.UnpackThreshold).Int64() != 3 {
		t.Fatal("threshold of 4 nodes")
	}
	if rke := call(e, e.router, contracts.RouterABI.PackRootKeyEpoch(), contracts.RouterABI.UnpackRootKeyEpoch).Uint64(); rke != epoch0+1 {
		t.Fatalf("root key epoch %d", rke)
	}
	if string(call(e, e.router, contracts.RouterABI.PackRootKey(), contracts.RouterABI.UnpackRootKey)) != string(root) {
		t.Fatal("root key changed")
	}
	n := call(e, e.reg, contracts.RegistryABI.PackNodeAt(big.NewInt(3)), contracts.RegistryABI.UnpackNodeAt)
	if n.Operator != u[3].From() || string(n.PeerId) != string(adds[0].PeerId) || len(n.Hints) != 1 {
		t.Fatalf("added node %+v", n)
	}
	if call(e, e.reg, contracts.RegistryABI.PackIsNode(u[1].From()), contracts.RegistryABI.UnpackIsNode) {
		t.Fatal("removed node still a node")
	}
	tr = e.transition()
	if tr.Open || tr.Id.Uint64() != 1 {
		t.Fatalf("after completion %+v", tr)
	}
	e.mustRevert(u[0], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteTransition(big.NewInt(1), root), nil, "NotANextNode")
	// The removed node's peer ID is free again; the added nodes' are taken.
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackProposeTransition(nil, []bindings.NodeRegistryNode{{Operator: u[5].From(), PeerId: adds[1].PeerId}}), nil, "PeerIdTaken")

	// A refresh of the same set is a transition with no changes.
	e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackProposeTransition(nil, nil), nil)
	for _, v := range voters {
		e.send(u[v], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteTransition(big.NewInt(2), root), nil)
	}
	if got := e.operators(contracts.RegistryABI.PackGetNodes()); !sameAddrs(got, wantNext) {
		t.Fatalf("refresh changed the set: %v", got)
	}
	if ep := call(e, e.reg, contracts.RegistryABI.PackEpoch(), contracts.RegistryABI.UnpackEpoch).Uint64(); ep != epoch0+2 {
		t.Fatalf("epoch after refresh %d", ep)
	}
}

// TestTransitionAbort: the owner aborts at any time, anybody only after the deadline;
// votes after the deadline are refused; an aborted transition leaves the set and epoch.
func TestTransitionAbort(t *testing.T) {
	e := newEnv(t, 5)
	u := e.users
	root := rootKey(t)
	e.setupNodes(3, root)
	epoch0 := call(e, e.reg, contracts.RegistryABI.PackEpoch(), contracts.RegistryABI.UnpackEpoch).Uint64()
	e.mustRevert(u[0], e.addr.NodeRegistry, contracts.RegistryABI.PackAbortTransition(), nil, "NoTransition")
	if call(e, e.reg, contracts.RegistryABI.PackKeyRouter(), contracts.RegistryABI.UnpackKeyRouter) != e.addr.PubkeyRouter {
		t.Fatal("deployment did not wire the key router")
	}
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackSetKeyRouter(u[0].From()), nil, "RouterAlreadySet")
	if call(e, e.reg, contracts.RegistryABI.PackMAXCHANGES(), contracts.RegistryABI.UnpackMAXCHANGES).Int64() != 16 {
		t.Fatal("MAX_CHANGES")
	}
	e.mustRevert(u[0], e.addr.NodeRegistry, contracts.RegistryABI.PackSetTransitionTimeout(big.NewInt(3)), nil, "OwnableUnauthorizedAccount")
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackSetTransitionTimeout(big.NewInt(0)), nil, "BadChange")
	e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackSetTransitionTimeout(big.NewInt(3)), nil)
	if call(e, e.reg, contracts.RegistryABI.PackTransitionTimeout(), contracts.RegistryABI.UnpackTransitionTimeout).Int64() != 3 {
		t.Fatal("transitionTimeout")
	}

	add := []bindings.NodeRegistryNode{{Operator: u[3].From(), PeerId: []byte{4, 0xaa}}}
	e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackProposeTransition(nil, add), nil)
	e.send(u[0], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteTransition(big.NewInt(1), root), nil)
	r := e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAbortTransition(), nil)
	ab := findLog(t, r, contracts.RegistryABI.UnpackTransitionAbortedEvent)
	if ab.Id.Uint64() != 1 || ab.Expired {
		t.Fatalf("aborted %+v", ab)
	}
	e.mustRevert(u[1], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteTransition(big.NewInt(1), root), nil, "NotANextNode")

	// The same change proposed again is a new transition: earlier votes do not count.
	e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackProposeTransition(nil, add), nil)
	for _, v := range []int{1, 2} {
		e.send(u[v], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteTransition(big.NewInt(2), root), nil)
	}
	e.mustRevert(u[0], e.addr.NodeRegistry, contracts.RegistryABI.PackAbortTransition(), nil, "NotExpired")
	for i := 0; i < 3; i++ {
		e.sim.Commit()
	}
	e.mustRevert(u[0], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteTransition(big.NewInt(2), root), nil, "TransitionExpired")
	r = e.send(u[4], e.addr.NodeRegistry, contracts.RegistryABI.PackAbortTransition(), nil) // anybody, once expired
	if ab := findLog(t, r, contracts.RegistryABI.UnpackTransitionAbortedEvent); ab.Id.Uint64() != 2 || !ab.Expired {
		t.Fatalf("aborted %+v", ab)
	}
	if ep := call(e, e.reg, contracts.RegistryABI.PackEpoch(), contracts.RegistryABI.UnpackEpoch).Uint64(); ep != epoch0 {
		t.Fatalf("epoch %d after aborts", ep)
	}
	if got := e.operators(contracts.RegistryABI.PackGetNodes()); len(got) != 3 {
		t.Fatalf("set %v after aborts", got)
	}
	if len(call(e, e.reg, contracts.RegistryABI.PackGetNextNodes(), contracts.RegistryABI.UnpackGetNextNodes).Out) != 0 {
		t.Fatal("next nodes after abort")
	}
	// The genesis functions work again once nothing is open, and the aborted
	// transitions' reserved party number 4 is free again.
	e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(u[3].From(), []byte{4, 0xaa}, nil), nil)
	if p := call(e, e.reg, contracts.RegistryABI.PackPartyOf(u[3].From()), contracts.RegistryABI.UnpackPartyOf); p.Int64() != 4 {
		t.Fatalf("party after aborts %v", p)
	}
	// removeNode frees a party number; the next addNode takes the lowest free one.
	e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackRemoveNode(u[1].From()), nil)
	e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(u[4].From(), []byte{5, 0xaa}, nil), nil)
	if ps := call(e, e.reg, contracts.RegistryABI.PackGetParties(), contracts.RegistryABI.UnpackGetParties); fmt.Sprint(ps) != "[1 3 4 2]" {
		t.Fatalf("parties %v", ps)
	}
}
