package p2p

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
)

// MaxNodes caps the size of a node set.
const MaxNodes = 1024

// NodeSet is the immutable membership of one epoch: which libp2p peer is
// which MPC party. Party IDs are decimal strings "1".."n", the node's 1-based
// index in the on-chain registry. A Host swaps the whole set when the epoch
// changes (Host.SetNodeSet). The zero value and nil are the empty set.
type NodeSet struct {
	epoch   uint64
	byParty map[party.ID]peer.ID
	byPeer  map[peer.ID]party.ID
	parties []party.ID // canonical order (mpc.CompareParties)
}

// NewNodeSet builds the node set of an epoch from party ID -> peer ID.
func NewNodeSet(epoch uint64, members map[party.ID]peer.ID) (*NodeSet, error) {
	if len(members) > MaxNodes {
		return nil, fmt.Errorf("node set: %d members exceed the cap of %d", len(members), MaxNodes)
	}
	ns := &NodeSet{
		epoch:   epoch,
		byParty: make(map[party.ID]peer.ID, len(members)),
		byPeer:  make(map[peer.ID]party.ID, len(members)),
	}
	for id, p := range members {
		if _, err := partyIndex(id); err != nil {
			return nil, fmt.Errorf("node set: %w", err)
		}
		if _, err := peer.IDFromBytes([]byte(p)); err != nil {
			return nil, fmt.Errorf("node set: party %s: invalid peer ID: %w", id, err)
		}
		if other, dup := ns.byPeer[p]; dup {
			return nil, fmt.Errorf("node set: peer %s is both party %s and party %s", p, other, id)
		}
		ns.byParty[id] = p
		ns.byPeer[p] = id
		ns.parties = append(ns.parties, id)
	}
	slices.SortFunc(ns.parties, mpc.CompareParties[party.ID])
	return ns, nil
}

// partyIndex parses a party ID "1".."MaxNodes" with no leading zeros.
func partyIndex(id party.ID) (int, error) {
	s := string(id)
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > MaxNodes || strconv.Itoa(n) != s {
		return 0, fmt.Errorf("party ID %q is not a decimal index in 1..%d", s, MaxNodes)
	}
	return n, nil
}

// Epoch is the epoch this set belongs to.
func (ns *NodeSet) Epoch() uint64 {
	if ns == nil {
		return 0
	}
	return ns.epoch
}

// Len is the number of members.
func (ns *NodeSet) Len() int {
	if ns == nil {
		return 0
	}
	return len(ns.parties)
}

// Party returns the party ID of peer p, if p is a member.
func (ns *NodeSet) Party(p peer.ID) (party.ID, bool) {
	if ns == nil {
		return "", false
	}
	id, ok := ns.byPeer[p]
	return id, ok
}

// Peer returns the peer ID of party id, if it is a member.
func (ns *NodeSet) Peer(id party.ID) (peer.ID, bool) {
	if ns == nil {
		return "", false
	}
	p, ok := ns.byParty[id]
	return p, ok
}

// Contains reports whether p is a member.
func (ns *NodeSet) Contains(p peer.ID) bool {
	_, ok := ns.Party(p)
	return ok
}

// Parties returns the party IDs in numeric order.
func (ns *NodeSet) Parties() []party.ID {
	if ns == nil {
		return nil
	}
	return slices.Clone(ns.parties)
}

// Peers returns the member peer IDs in party order.
func (ns *NodeSet) Peers() []peer.ID {
	if ns == nil {
		return nil
	}
	out := make([]peer.ID, len(ns.parties))
	for i, id := range ns.parties {
		out[i] = ns.byParty[id]
	}
	return out
}
