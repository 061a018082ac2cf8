package chainwatch

import (
	"bytes"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/mpc"
)

// Permittee is what a permission is granted to: an action, an address or another auth
// method, as (type, id).
type Permittee struct {
	Type uint64
	ID   []byte
}

// Action is the permittee for an action given by its IPFS CID multihash bytes.
func Action(cidMultihash []byte) Permittee {
	return Permittee{Type: contracts.AuthAction, ID: cidMultihash}
}

// Address is the permittee for an Ethereum address.
func Address(a common.Address) Permittee {
	return Permittee{Type: contracts.AuthAddress, ID: a.Bytes()}
}

// Method is the permittee for an auth method of type typ with credential id.
func Method(typ uint64, id []byte) Permittee { return Permittee{Type: typ, ID: id} }

// AuthMethod is a permitted auth method with its scopes.
type AuthMethod struct {
	Type       uint64
	ID         []byte
	UserPubkey []byte
	// Scopes is a bit mask: bit s set means scope s is granted.
	Scopes uint8
}

// Node is a member of the node set. Index is its 1-based position in the registry's
// list; its party ID is its Party number as a decimal string (NodeRegistry: the lowest
// number free when it joined, kept across epochs).
type Node struct {
	Index    int
	Party    int
	Operator common.Address
	PeerID   []byte
	Hints    []string
}

// Transition is the registry's latest epoch transition (docs/epochs.md).
type Transition struct {
	ID       uint64
	Epoch    uint64 // the epoch it starts
	Deadline uint64 // last block in which it can complete
	// State is TransitionOpen while the nodes reshare and vote, then
	// TransitionCompleted or TransitionAborted.
	State TransitionState
	// Removed are the current members that are not in the next set.
	Removed []common.Address
	// Next is the next node set in list order (Index is the position in it).
	Next []Node
	// Voted are the next members that voted, in vote order.
	Voted []common.Address
}

// TransitionState is where a transition stands on chain.
type TransitionState uint8

const (
	TransitionNone TransitionState = iota
	TransitionOpen
	TransitionCompleted
	TransitionAborted
)

func (s TransitionState) String() string {
	switch s {
	case TransitionOpen:
		return "open"
	case TransitionCompleted:
		return "completed"
	case TransitionAborted:
		return "aborted"
	}
	return "none"
}

func (t *Transition) clone() Transition {
	c := *t
	c.Removed = slices.Clone(t.Removed)
	c.Voted = slices.Clone(t.Voted)
	c.Next = cloneNodes(t.Next)
	return c
}

// NextMember returns the next-set entry of operator, false when it is not in it.
func (t *Transition) NextMember(operator common.Address) (Node, bool) {
	for _, n := range t.Next {
		if n.Operator == operator {
			return n, true
		}
	}
	return Node{}, false
}

// HasVoted reports whether operator voted for this transition.
func (t *Transition) HasVoted(operator common.Address) bool {
	return slices.Contains(t.Voted, operator)
}

func cloneNodes(nodes []Node) []Node {
	out := make([]Node, len(nodes))
	for i, n := range nodes {
		n.PeerID = slices.Clone(n.PeerID)
		n.Hints = slices.Clone(n.Hints)
		out[i] = n
	}
	return out
}

// PKP is the indexed state of one PKP.
type PKP struct {
	TokenID *big.Int
	Owner   common.Address // zero once burned
	Burned  bool
	KeyID   [32]byte
	Address common.Address
}

type pkp struct {
	owner  common.Address
	burned bool
	minted bool  // PKPMinted seen: keyID and addr are set
	nperms uint8 // entries in perms
	keyID  [32]byte
	addr   common.Address
	// perms are the permitted methods, packed (perms.go), in the contract's
	// EnumerableSet order.
	perms   []byte
	updated uint64 // block of the last change
}

// state is the index content. It is guarded by Index.mu.
type state struct {
	nodes        []Node
	epoch        uint64
	rootKey      []byte
	rootKeyEpoch uint64
	trans        Transition // the latest transition (ID 0: none)
	pkps         map[uint64]*pkp
	byAddr       map[common.Address]uint64
	byMethod     revIndex
	applied      uint64 // events applied since the start block
	skipped      uint64 // logs skipped as malformed or unknown
}

func newState() *state {
	return &state{
		pkps:     make(map[uint64]*pkp),
		byAddr:   make(map[common.Address]uint64),
		byMethod: newRevIndex(),
	}
}

// Index is the local, confirmed view of the chain. Its methods are safe for concurrent
// use and never make an RPC call.
type Index struct {
	mu sync.RWMutex
	st *state
}

func newIndex() *Index { return &Index{st: newState()} }

func tokenKey(tokenID *big.Int) (uint64, bool) {
	if tokenID == nil || tokenID.Sign() <= 0 || !tokenID.IsUint64() {
		return 0, false
	}
	return tokenID.Uint64(), true
}

// allows reports whether a scope mask grants `want`. SignAnything needs scope 1.
// PersonalSign is granted by scope 2 or scope 1 (signing anything includes personal
// messages). AuthOnly is granted by any permission, whatever its scopes.
func allows(mask uint8, want contracts.Scope) bool {
	switch want {
	case contracts.ScopeAuthOnly:
		return true
	case contracts.ScopeSignAnything:
		return mask&(1<<contracts.ScopeSignAnything) != 0
	case contracts.ScopePersonalSign:
		return mask&(1<<contracts.ScopeSignAnything|1<<contracts.ScopePersonalSign) != 0
	}
	return false
}

// CanSign reports whether `who` may use PKP tokenID with scope `scope`, by the confirmed
// chain state: the PKP exists, and `who` is permitted with a scope that grants `scope`
// (see contracts.Scope), or `who` is the address of the PKP's current owner (the owner is always
// permitted, with every scope).
func (ix *Index) CanSign(tokenID *big.Int, who Permittee, scope contracts.Scope) bool {
	if scope > contracts.MaxScope {
		return false
	}
	k, ok := tokenKey(tokenID)
	if !ok {
		return false
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	p := ix.st.pkps[k]
	if p == nil {
		return false
	}
	if who.Type == contracts.AuthAddress && len(who.ID) == common.AddressLength && !p.burned &&
		p.owner != (common.Address{}) && bytes.Equal(p.owner[:], who.ID) {
		return true
	}
	e, ok := p.find(who.Type, who.ID)
	return ok && allows(e.scopes, scope)
}

func (ix *Index) has(tokenID *big.Int, typ uint64, id []byte) bool {
	k, ok := tokenKey(tokenID)
	if !ok {
		return false
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	p := ix.st.pkps[k]
	if p == nil {
		return false
	}
	_, ok = p.find(typ, id)
	return ok
}

// IsPermittedAction mirrors PKPPermissions.isPermittedAction.
func (ix *Index) IsPermittedAction(tokenID *big.Int, cidMultihash []byte) bool {
	return ix.has(tokenID, contracts.AuthAction, cidMultihash)
}

// IsPermittedAddress mirrors PKPPermissions.isPermittedAddress: explicitly permitted
// addresses and the current owner.
func (ix *Index) IsPermittedAddress(tokenID *big.Int, a common.Address) bool {
	if ix.has(tokenID, contracts.AuthAddress, a.Bytes()) {
		return true
	}
	info, ok := ix.PKP(tokenID)
	return ok && a != (common.Address{}) && info.Owner == a
}

// IsPermittedAuthMethod mirrors PKPPermissions.isPermittedAuthMethod.
func (ix *Index) IsPermittedAuthMethod(tokenID *big.Int, typ uint64, id []byte) bool {
	return ix.has(tokenID, typ, id)
}

// PermittedScopes returns the scope mask of a permitted (type, id) and whether it is
// permitted at all.
func (ix *Index) PermittedScopes(tokenID *big.Int, typ uint64, id []byte) (uint8, bool) {
	k, ok := tokenKey(tokenID)
	if !ok {
		return 0, false
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	p := ix.st.pkps[k]
	if p == nil {
		return 0, false
	}
	e, ok := p.find(typ, id)
	if !ok {
		return 0, false
	}
	return e.scopes, true
}

// each calls f on every permission of tokenID in order, under the read lock.
func (ix *Index) each(tokenID *big.Int, f func(permEntry)) {
	k, ok := tokenKey(tokenID)
	if !ok {
		return
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if p := ix.st.pkps[k]; p != nil {
		p.each(func(e permEntry) bool { f(e); return true })
	}
}

// GetPermittedActions mirrors PKPPermissions.getPermittedActions (multihash bytes).
func (ix *Index) GetPermittedActions(tokenID *big.Int) [][]byte {
	out := [][]byte{}
	ix.each(tokenID, func(e permEntry) {
		if e.typ == contracts.AuthAction {
			out = append(out, slices.Clone(e.id))
		}
	})
	return out
}

// GetPermittedAddresses mirrors PKPPermissions.getPermittedAddresses: the current owner
// first, then the explicitly permitted addresses.
func (ix *Index) GetPermittedAddresses(tokenID *big.Int) []common.Address {
	var out []common.Address
	info, ok := ix.PKP(tokenID)
	if ok && info.Owner != (common.Address{}) {
		out = append(out, info.Owner)
	}
	ix.each(tokenID, func(e permEntry) {
		if e.typ != contracts.AuthAddress {
			return
		}
		if a := common.BytesToAddress(e.id); a != info.Owner {
			out = append(out, a)
		}
	})
	return out
}

// GetPermittedAuthMethods mirrors PKPPermissions.getPermittedAuthMethods: the methods
// other than addresses and actions, with their scopes.
func (ix *Index) GetPermittedAuthMethods(tokenID *big.Int) []AuthMethod {
	out := []AuthMethod{}
	ix.each(tokenID, func(e permEntry) {
		if e.typ != contracts.AuthAddress && e.typ != contracts.AuthAction {
			out = append(out, AuthMethod{Type: e.typ, ID: slices.Clone(e.id), UserPubkey: cloneOrEmpty(e.pubkey), Scopes: e.scopes})
		}
	})
	return out
}

// cloneOrEmpty copies b; an empty b gives an empty, non-nil slice, as before.
func cloneOrEmpty(b []byte) []byte { return append([]byte{}, b...) }

// GetTokenIDsForAuthMethod mirrors PKPPermissions.getTokenIdsForAuthMethod, sorted by
// token ID (the contract's order can differ after removals; the set is the same).
func (ix *Index) GetTokenIDsForAuthMethod(typ uint64, id []byte) []*big.Int {
	ix.mu.RLock()
	ids := ix.st.byMethod.candidates(typ, id)
	ids = slices.DeleteFunc(ids, func(t uint64) bool {
		p := ix.st.pkps[t]
		if p == nil {
			return true
		}
		_, ok := p.find(typ, id)
		return !ok
	})
	ix.mu.RUnlock()
	slices.Sort(ids)
	ids = slices.Compact(ids)
	out := make([]*big.Int, len(ids))
	for i, t := range ids {
		out[i] = new(big.Int).SetUint64(t)
	}
	return out
}

// PKP returns the indexed state of tokenID.
func (ix *Index) PKP(tokenID *big.Int) (PKP, bool) {
	k, ok := tokenKey(tokenID)
	if !ok {
		return PKP{}, false
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	p := ix.st.pkps[k]
	if p == nil {
		return PKP{}, false
	}
	return PKP{TokenID: new(big.Int).SetUint64(k), Owner: p.owner, Burned: p.burned, KeyID: p.keyID, Address: p.addr}, true
}

// TokenIDOfAddress returns the token ID of the PKP with Ethereum address a.
func (ix *Index) TokenIDOfAddress(a common.Address) (*big.Int, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	k, ok := ix.st.byAddr[a]
	if !ok {
		return nil, false
	}
	return new(big.Int).SetUint64(k), true
}

// PubkeyToTokenID returns the token ID of the PKP with public key pub (33-byte
// compressed or 65-byte uncompressed), like the action API's pubkeyToTokenId.
func (ix *Index) PubkeyToTokenID(pub []byte) (*big.Int, bool) {
	a, err := mpc.PubkeyAddress(pub)
	if err != nil {
		return nil, false
	}
	return ix.TokenIDOfAddress(a)
}

// Pubkey returns the 33-byte compressed public key of PKP tokenID, derived from the
// root key and the PKP's key ID.
func (ix *Index) Pubkey(tokenID *big.Int) ([]byte, bool) {
	info, ok := ix.PKP(tokenID)
	root := ix.RootKey()
	if !ok || root == nil {
		return nil, false
	}
	pub, err := mpc.DerivePubkey(root, mpc.KeyID(info.KeyID))
	if err != nil {
		return nil, false
	}
	return pub, true
}

// Nodes returns the node set in list order.
func (ix *Index) Nodes() []Node {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return cloneNodes(ix.st.nodes)
}

// Transition returns the latest epoch transition; ID 0 means none was ever proposed.
func (ix *Index) Transition() Transition {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.st.trans.clone()
}

// Epoch returns the NodeRegistry epoch.
func (ix *Index) Epoch() uint64 {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.st.epoch
}

// Threshold returns ceil(2n/3) for the current node set.
func (ix *Index) Threshold() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return mpc.Threshold(len(ix.st.nodes))
}

// RootKey returns the active 33-byte root key, nil before activation.
func (ix *Index) RootKey() []byte {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return slices.Clone(ix.st.rootKey)
}

// RootKeyEpoch returns the latest epoch in which a signing threshold of nodes voted the
// root key.
func (ix *Index) RootKeyEpoch() uint64 {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.st.rootKeyEpoch
}

// PKPCount returns the number of indexed PKPs (burned ones included).
func (ix *Index) PKPCount() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.st.pkps)
}

// Stats returns the number of events applied and logs skipped since the start block.
func (ix *Index) Stats() (applied, skipped uint64) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.st.applied, ix.st.skipped
}

func sortUint64(s []uint64) { slices.Sort(s) }
