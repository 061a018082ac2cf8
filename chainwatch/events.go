package chainwatch

import (
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pkpnet/pkpnet/contracts"
)

// Input limits for a log. The contracts enforce tighter ones; anything larger is not
// from them and is skipped.
const (
	maxLogData   = 64 << 10
	maxIDBytes   = 256
	maxPubkey    = 1024
	maxPermsPKP  = 64
	maxNodes     = 64
	maxPeerID    = 64
	maxHints     = 8
	maxHintBytes = 256
)

// errIgnored marks a known event that does not change the index.
var errIgnored = errors.New("event does not affect the index")

// topic IDs of the events the index ignores on purpose.
var ignored = map[common.Hash]bool{}

func init() {
	for _, n := range []string{"Approval", "ApprovalForAll", "MintCostSet", "PermissionsSet", "Withdrawn", "OwnershipTransferred"} {
		ignored[contracts.NFTABI.GetABI().Events[n].ID] = true
	}
	// The encryption key set is read from PubkeyRouter when needed (node/enckey.go), not indexed.
	for _, n := range []string{"RootKeyVoted", "PKPNFTSet", "OwnershipTransferred", "EncryptionKeyVoted", "EncryptionKeyActivated"} {
		ignored[contracts.RouterABI.GetABI().Events[n].ID] = true
	}
	for _, n := range []string{"OwnershipTransferred", "KeyRouterSet", "TransitionTimeoutSet"} {
		ignored[contracts.RegistryABI.GetABI().Events[n].ID] = true
	}
}

// changes records what a batch touched, for persistence.
type changes struct {
	tokens map[uint64]bool
	global bool
}

func (c *changes) token(k uint64) {
	if c.tokens == nil {
		c.tokens = make(map[uint64]bool)
	}
	c.tokens[k] = true
}

// decodeToken converts an event's uint256 token ID.
func decodeToken(t *big.Int) (uint64, error) {
	k, ok := tokenKey(t)
	if !ok {
		return 0, fmt.Errorf("token id %v out of range", t)
	}
	return k, nil
}

func decodeType(t *big.Int) (uint64, error) {
	if t == nil || t.Sign() <= 0 || !t.IsUint64() {
		return 0, fmt.Errorf("auth method type %v out of range", t)
	}
	return t.Uint64(), nil
}

// applyLog decodes one log from the watched contracts and applies it to st. It returns
// errIgnored for known events that do not affect the index, and a descriptive error for
// a malformed or unknown log; in both cases st is unchanged. It never panics.
func applyLog(st *state, addrs contracts.Addresses, l *types.Log, ch *changes) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("decoder panic: %v", r)
		}
	}()
	if len(l.Topics) == 0 {
		return errors.New("log without topics")
	}
	if len(l.Data) > maxLogData {
		return fmt.Errorf("log data %d bytes exceeds %d", len(l.Data), maxLogData)
	}
	if ignored[l.Topics[0]] {
		return errIgnored
	}
	switch l.Address {
	case addrs.NodeRegistry:
		return applyRegistry(st, l, ch)
	case addrs.PubkeyRouter:
		return applyRouter(st, l, ch)
	case addrs.PKPNFT:
		return applyNFT(st, l, ch)
	case addrs.PKPPermissions:
		return applyPerms(st, l, ch)
	case addrs.PKPHelper:
		return fmt.Errorf("unknown event %s from PKPHelper", l.Topics[0])
	}
	return fmt.Errorf("log from unwatched address %s", l.Address)
}

func checkHints(h []string) error {
	if len(h) > maxHints {
		return fmt.Errorf("%d hints", len(h))
	}
	for _, s := range h {
		if len(s) > maxHintBytes {
			return errors.New("hint too long")
		}
	}
	return nil
}

func applyRegistry(st *state, l *types.Log, ch *changes) error {
	a := contracts.RegistryABI.GetABI()
	switch l.Topics[0] {
	case a.Events["NodeAdded"].ID:
		ev, err := contracts.RegistryABI.UnpackNodeAddedEvent(l)
		if err != nil {
			return fmt.Errorf("event NodeAdded: %w", err)
		}
		if len(ev.PeerId) == 0 || len(ev.PeerId) > maxPeerID || !ev.Epoch.IsUint64() {
			return errors.New("event NodeAdded: bad peer id or epoch")
		}
		if err := checkHints(ev.Hints); err != nil {
			return fmt.Errorf("event NodeAdded: %w", err)
		}
		if len(st.nodes) >= maxNodes {
			return errors.New("event NodeAdded: node set full")
		}
		if !ev.Index.IsUint64() || ev.Index.Uint64() != uint64(len(st.nodes)+1) {
			return fmt.Errorf("event NodeAdded: index %v, index has %d nodes", ev.Index, len(st.nodes))
		}
		if st.trans.State == TransitionOpen {
			return errors.New("event NodeAdded: a transition is open")
		}
		st.nodes = append(st.nodes, Node{Index: len(st.nodes) + 1, Party: lowestFreeParty(st.nodes, nil), Operator: ev.Operator, PeerID: ev.PeerId, Hints: ev.Hints})
		st.epoch = ev.Epoch.Uint64()
		ch.global = true
		return nil
	case a.Events["NodeRemoved"].ID:
		ev, err := contracts.RegistryABI.UnpackNodeRemovedEvent(l)
		if err != nil {
			return fmt.Errorf("event NodeRemoved: %w", err)
		}
		if !ev.Epoch.IsUint64() {
			return errors.New("event NodeRemoved: bad epoch")
		}
		i := slices.IndexFunc(st.nodes, func(n Node) bool { return n.Operator == ev.Operator })
		if i < 0 {
			return fmt.Errorf("event NodeRemoved: %s not in the index", ev.Operator)
		}
		if st.trans.State == TransitionOpen {
			return errors.New("event NodeRemoved: a transition is open")
		}
		st.nodes = slices.Delete(st.nodes, i, i+1)
		renumber(st.nodes)
		st.epoch = ev.Epoch.Uint64()
		ch.global = true
		return nil
	case a.Events["NodeHintsUpdated"].ID:
		ev, err := contracts.RegistryABI.UnpackNodeHintsUpdatedEvent(l)
		if err != nil {
			return fmt.Errorf("event NodeHintsUpdated: %w", err)
		}
		if err := checkHints(ev.Hints); err != nil {
			return fmt.Errorf("event NodeHintsUpdated: %w", err)
		}
		i := slices.IndexFunc(st.nodes, func(n Node) bool { return n.Operator == ev.Operator })
		if i < 0 {
			return fmt.Errorf("event NodeHintsUpdated: %s not in the index", ev.Operator)
		}
		st.nodes[i].Hints = ev.Hints
		ch.global = true
		return nil
	case a.Events["TransitionProposed"].ID, a.Events["NextNodeAdded"].ID,
		a.Events["TransitionCompleted"].ID, a.Events["TransitionAborted"].ID:
		return applyTransition(st, l, ch)
	}
	return fmt.Errorf("unknown NodeRegistry event %s", l.Topics[0])
}

func applyRouter(st *state, l *types.Log, ch *changes) error {
	if l.Topics[0] == contracts.RouterABI.GetABI().Events["TransitionVoted"].ID {
		return applyTransitionVote(st, l, ch)
	}
	if l.Topics[0] != contracts.RouterABI.GetABI().Events["RootKeyActivated"].ID {
		return fmt.Errorf("unknown PubkeyRouter event %s", l.Topics[0])
	}
	ev, err := contracts.RouterABI.UnpackRootKeyActivatedEvent(l)
	if err != nil {
		return fmt.Errorf("event RootKeyActivated: %w", err)
	}
	if len(ev.Pubkey) != 33 || (ev.Pubkey[0] != 2 && ev.Pubkey[0] != 3) || !ev.Epoch.IsUint64() {
		return errors.New("event RootKeyActivated: bad key or epoch")
	}
	if st.rootKey != nil && string(st.rootKey) != string(ev.Pubkey) {
		return errors.New("event RootKeyActivated: a different root key than the active one")
	}
	st.rootKey = ev.Pubkey
	st.rootKeyEpoch = ev.Epoch.Uint64()
	ch.global = true
	return nil
}

func (st *state) getPKP(k uint64) *pkp {
	p := st.pkps[k]
	if p == nil {
		p = &pkp{}
		st.pkps[k] = p
	}
	return p
}

func applyNFT(st *state, l *types.Log, ch *changes) error {
	a := contracts.NFTABI.GetABI()
	switch l.Topics[0] {
	case a.Events["Transfer"].ID:
		ev, err := contracts.NFTABI.UnpackTransferEvent(l)
		if err != nil {
			return fmt.Errorf("event Transfer: %w", err)
		}
		k, err := decodeToken(ev.TokenId)
		if err != nil {
			return fmt.Errorf("event Transfer: %w", err)
		}
		p := st.pkps[k]
		if p == nil && ev.From != (common.Address{}) {
			return fmt.Errorf("event Transfer: token %d was never minted", k)
		}
		if p != nil && p.burned {
			return fmt.Errorf("event Transfer: token %d is burned", k)
		}
		p = st.getPKP(k)
		p.owner = ev.To
		if ev.To == (common.Address{}) {
			p.burned = true
		}
		p.updated = l.BlockNumber
		ch.token(k)
		return nil
	case a.Events["PKPMinted"].ID:
		ev, err := contracts.NFTABI.UnpackPKPMintedEvent(l)
		if err != nil {
			return fmt.Errorf("event PKPMinted: %w", err)
		}
		k, err := decodeToken(ev.TokenId)
		if err != nil {
			return fmt.Errorf("event PKPMinted: %w", err)
		}
		p := st.getPKP(k)
		if p.minted {
			return fmt.Errorf("event PKPMinted: token %d minted twice", k)
		}
		p.minted, p.keyID, p.addr, p.updated = true, ev.KeyId, ev.PkpAddress, l.BlockNumber
		st.byAddr[ev.PkpAddress] = k
		ch.token(k)
		return nil
	}
	return fmt.Errorf("unknown PKPNFT event %s", l.Topics[0])
}

func applyPerms(st *state, l *types.Log, ch *changes) error {
	a := contracts.PermsABI.GetABI()
	var (
		tok, typ uint64
		err      error
	)
	parse := func(t, at *big.Int, id []byte) error {
		if tok, err = decodeToken(t); err != nil {
			return err
		}
		if typ, err = decodeType(at); err != nil {
			return err
		}
		if len(id) == 0 || len(id) > maxIDBytes {
			return fmt.Errorf("id of %d bytes", len(id))
		}
		if typ == contracts.AuthAddress && len(id) != common.AddressLength {
			return fmt.Errorf("address id of %d bytes", len(id))
		}
		return nil
	}
	switch l.Topics[0] {
	case a.Events["PermissionAdded"].ID:
		ev, err := contracts.PermsABI.UnpackPermissionAddedEvent(l)
		if err != nil {
			return fmt.Errorf("event PermissionAdded: %w", err)
		}
		if err := parse(ev.TokenId, ev.AuthMethodType, ev.Id); err != nil {
			return fmt.Errorf("event PermissionAdded: %w", err)
		}
		if len(ev.UserPubkey) > maxPubkey || !ev.Scopes.IsUint64() || ev.Scopes.Uint64() >= 1<<(contracts.MaxScope+1) {
			return errors.New("event PermissionAdded: bad user pubkey or scopes")
		}
		p := st.getPKP(tok)
		if e, ok := p.find(typ, ev.Id); ok {
			p.perms[e.scopeAt] = uint8(ev.Scopes.Uint64())
		} else {
			if p.nperms >= maxPermsPKP {
				return fmt.Errorf("event PermissionAdded: token %d has %d permissions", tok, p.nperms)
			}
			p.addPerm(typ, ev.Id, ev.UserPubkey, uint8(ev.Scopes.Uint64()))
			st.byMethod.add(typ, ev.Id, tok)
		}
		p.updated = l.BlockNumber
		ch.token(tok)
		return nil
	case a.Events["PermissionRemoved"].ID:
		ev, err := contracts.PermsABI.UnpackPermissionRemovedEvent(l)
		if err != nil {
			return fmt.Errorf("event PermissionRemoved: %w", err)
		}
		if err := parse(ev.TokenId, ev.AuthMethodType, ev.Id); err != nil {
			return fmt.Errorf("event PermissionRemoved: %w", err)
		}
		p := st.pkps[tok]
		var (
			e  permEntry
			ok bool
		)
		if p != nil {
			e, ok = p.find(typ, ev.Id)
		}
		if !ok {
			return fmt.Errorf("event PermissionRemoved: token %d has no such permission", tok)
		}
		// EnumerableSet.remove: the last element takes the removed one's place.
		p.removePerm(e)
		st.byMethod.remove(typ, ev.Id, tok)
		p.updated = l.BlockNumber
		ch.token(tok)
		return nil
	case a.Events["PermissionScopeAdded"].ID, a.Events["PermissionScopeRemoved"].ID:
		var (
			t, at, scope *big.Int
			id           []byte
			add          = l.Topics[0] == a.Events["PermissionScopeAdded"].ID
		)
		if add {
			ev, err := contracts.PermsABI.UnpackPermissionScopeAddedEvent(l)
			if err != nil {
				return fmt.Errorf("event PermissionScopeAdded: %w", err)
			}
			t, at, id, scope = ev.TokenId, ev.AuthMethodType, ev.Id, ev.ScopeId
		} else {
			ev, err := contracts.PermsABI.UnpackPermissionScopeRemovedEvent(l)
			if err != nil {
				return fmt.Errorf("event PermissionScopeRemoved: %w", err)
			}
			t, at, id, scope = ev.TokenId, ev.AuthMethodType, ev.Id, ev.ScopeId
		}
		if err := parse(t, at, id); err != nil {
			return fmt.Errorf("scope event: %w", err)
		}
		if !scope.IsUint64() || scope.Uint64() > uint64(contracts.MaxScope) {
			return fmt.Errorf("scope event: scope %v", scope)
		}
		p := st.pkps[tok]
		var (
			e  permEntry
			ok bool
		)
		if p != nil {
			e, ok = p.find(typ, id)
		}
		if !ok {
			return fmt.Errorf("scope event: token %d has no such permission", tok)
		}
		if add {
			p.perms[e.scopeAt] |= 1 << scope.Uint64()
		} else {
			p.perms[e.scopeAt] &^= 1 << scope.Uint64()
		}
		p.updated = l.BlockNumber
		ch.token(tok)
		return nil
	}
	return fmt.Errorf("unknown PKPPermissions event %s", l.Topics[0])
}

// removeSwap removes v like EnumerableSet.remove: the last element moves into its slot.
func removeSwap(s []uint64, v uint64) []uint64 {
	i := slices.Index(s, v)
	if i < 0 {
		return s
	}
	last := len(s) - 1
	s[i] = s[last]
	return s[:last]
}
