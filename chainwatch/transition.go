package chainwatch

import (
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/pkpnet/pkpnet/contracts"
)

// Epoch transitions (docs/epochs.md). The registry's events are applied in log order:
// TransitionProposed opens transition id with the current set minus the removed
// operators as its next set, each NextNodeAdded of that id appends a node, the router's
// TransitionVoted records a vote, and TransitionCompleted (in the same transaction as the
// last vote, before the router's RootKeyActivated for the new epoch) makes the next set
// the current one. TransitionAborted ends it without a change. Each function below
// checks its event against the state and changes nothing when it fails.

// maxParty is the largest party number (NodeRegistry.MAX_NODES).
const maxParty = maxNodes

// lowestFreeParty is NodeRegistry's party rule: the lowest number in 1..maxParty that no
// node of the given sets holds (0 when none is free).
func lowestFreeParty(sets ...[]Node) int {
	var used [maxParty + 1]bool
	for _, s := range sets {
		for _, n := range s {
			if n.Party >= 1 && n.Party <= maxParty {
				used[n.Party] = true
			}
		}
	}
	for p := 1; p <= maxParty; p++ {
		if !used[p] {
			return p
		}
	}
	return 0
}

// renumber sets each node's Index to its 1-based position.
func renumber(nodes []Node) {
	for j := range nodes {
		nodes[j].Index = j + 1
	}
}

func applyTransition(st *state, l *types.Log, ch *changes) error {
	a := contracts.RegistryABI.GetABI()
	switch l.Topics[0] {
	case a.Events["TransitionProposed"].ID:
		ev, err := contracts.RegistryABI.UnpackTransitionProposedEvent(l)
		if err != nil {
			return fmt.Errorf("event TransitionProposed: %w", err)
		}
		if !ev.Id.IsUint64() || !ev.Epoch.IsUint64() || !ev.Deadline.IsUint64() {
			return errors.New("event TransitionProposed: id, epoch or deadline out of range")
		}
		if st.trans.State == TransitionOpen {
			return fmt.Errorf("event TransitionProposed: transition %d is still open", st.trans.ID)
		}
		if ev.Id.Uint64() != st.trans.ID+1 || ev.Epoch.Uint64() != st.epoch+1 {
			return fmt.Errorf("event TransitionProposed: id %v epoch %v after id %d epoch %d", ev.Id, ev.Epoch, st.trans.ID, st.epoch)
		}
		if len(ev.Removed) > len(st.nodes) {
			return errors.New("event TransitionProposed: removes more nodes than there are")
		}
		next := make([]Node, 0, len(st.nodes))
		for _, n := range st.nodes {
			if !slices.Contains(ev.Removed, n.Operator) {
				next = append(next, n)
			}
		}
		if len(next) != len(st.nodes)-len(ev.Removed) {
			return errors.New("event TransitionProposed: removes operators that are not nodes")
		}
		next = cloneNodes(next)
		renumber(next)
		st.trans = Transition{
			ID: ev.Id.Uint64(), Epoch: ev.Epoch.Uint64(), Deadline: ev.Deadline.Uint64(), State: TransitionOpen,
			Removed: slices.Clone(ev.Removed), Next: next,
		}
		ch.global = true
		return nil
	case a.Events["NextNodeAdded"].ID:
		ev, err := contracts.RegistryABI.UnpackNextNodeAddedEvent(l)
		if err != nil {
			return fmt.Errorf("event NextNodeAdded: %w", err)
		}
		if len(ev.PeerId) == 0 || len(ev.PeerId) > maxPeerID {
			return errors.New("event NextNodeAdded: bad peer id")
		}
		if err := checkHints(ev.Hints); err != nil {
			return fmt.Errorf("event NextNodeAdded: %w", err)
		}
		t := &st.trans
		if t.State != TransitionOpen || !ev.Id.IsUint64() || ev.Id.Uint64() != t.ID {
			return fmt.Errorf("event NextNodeAdded: transition %v is not open", ev.Id)
		}
		if len(t.Next) >= maxNodes {
			return errors.New("event NextNodeAdded: next set full")
		}
		if !ev.Party.IsUint64() || ev.Party.Uint64() != uint64(lowestFreeParty(st.nodes, t.Next)) {
			return fmt.Errorf("event NextNodeAdded: party %v is not the lowest free one", ev.Party)
		}
		if slices.ContainsFunc(st.nodes, func(n Node) bool { return n.Operator == ev.Operator }) ||
			slices.ContainsFunc(t.Next, func(n Node) bool { return n.Operator == ev.Operator }) {
			return fmt.Errorf("event NextNodeAdded: %s is already a node", ev.Operator)
		}
		t.Next = append(t.Next, Node{Index: len(t.Next) + 1, Party: int(ev.Party.Uint64()), Operator: ev.Operator, PeerID: ev.PeerId, Hints: ev.Hints})
		ch.global = true
		return nil
	case a.Events["TransitionCompleted"].ID:
		ev, err := contracts.RegistryABI.UnpackTransitionCompletedEvent(l)
		if err != nil {
			return fmt.Errorf("event TransitionCompleted: %w", err)
		}
		t := &st.trans
		if t.State != TransitionOpen || !ev.Id.IsUint64() || ev.Id.Uint64() != t.ID || !ev.Epoch.IsUint64() || ev.Epoch.Uint64() != t.Epoch {
			return fmt.Errorf("event TransitionCompleted: id %v epoch %v does not match the open transition", ev.Id, ev.Epoch)
		}
		st.nodes = cloneNodes(t.Next)
		st.epoch = t.Epoch
		t.State = TransitionCompleted
		ch.global = true
		return nil
	case a.Events["TransitionAborted"].ID:
		ev, err := contracts.RegistryABI.UnpackTransitionAbortedEvent(l)
		if err != nil {
			return fmt.Errorf("event TransitionAborted: %w", err)
		}
		t := &st.trans
		if t.State != TransitionOpen || !ev.Id.IsUint64() || ev.Id.Uint64() != t.ID {
			return fmt.Errorf("event TransitionAborted: transition %v is not open", ev.Id)
		}
		t.State = TransitionAborted
		ch.global = true
		return nil
	}
	return fmt.Errorf("unknown NodeRegistry event %s", l.Topics[0])
}

func applyTransitionVote(st *state, l *types.Log, ch *changes) error {
	ev, err := contracts.RouterABI.UnpackTransitionVotedEvent(l)
	if err != nil {
		return fmt.Errorf("event TransitionVoted: %w", err)
	}
	t := &st.trans
	if t.State != TransitionOpen || !ev.Id.IsUint64() || ev.Id.Uint64() != t.ID {
		return fmt.Errorf("event TransitionVoted: transition %v is not open", ev.Id)
	}
	if _, ok := t.NextMember(ev.Operator); !ok || t.HasVoted(ev.Operator) {
		return fmt.Errorf("event TransitionVoted: %s is not a next member or voted twice", ev.Operator)
	}
	if st.rootKey == nil || string(ev.Pubkey) != string(st.rootKey) {
		return errors.New("event TransitionVoted: not the active root key")
	}
	t.Voted = append(t.Voted, ev.Operator)
	ch.global = true
	return nil
}

// transitionRecord is the persisted form of a Transition.
type transitionRecord struct {
	ID       uint64           `json:"id"`
	Epoch    uint64           `json:"epoch"`
	Deadline uint64           `json:"deadline"`
	State    uint8            `json:"state"`
	Removed  []common.Address `json:"removed,omitempty"`
	Next     []nodeRecord     `json:"next,omitempty"`
	Voted    []common.Address `json:"voted,omitempty"`
}

func encodeTransition(t *Transition) *transitionRecord {
	if t.ID == 0 {
		return nil
	}
	r := &transitionRecord{ID: t.ID, Epoch: t.Epoch, Deadline: t.Deadline, State: uint8(t.State), Removed: t.Removed, Voted: t.Voted}
	for _, n := range t.Next {
		r.Next = append(r.Next, nodeRecord{Operator: n.Operator, Party: n.Party, PeerID: n.PeerID, Hints: n.Hints})
	}
	return r
}

func decodeTransition(r *transitionRecord) (Transition, error) {
	if r == nil {
		return Transition{}, nil
	}
	if len(r.Next) > maxNodes || len(r.Removed) > maxNodes || len(r.Voted) > maxNodes || r.State > uint8(TransitionAborted) {
		return Transition{}, errors.New("transition record: out of range")
	}
	t := Transition{ID: r.ID, Epoch: r.Epoch, Deadline: r.Deadline, State: TransitionState(r.State), Removed: r.Removed, Voted: r.Voted}
	for i, n := range r.Next {
		t.Next = append(t.Next, Node{Index: i + 1, Party: n.Party, Operator: n.Operator, PeerID: n.PeerID, Hints: n.Hints})
	}
	return t, nil
}
