package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/contracts/bindings"
)

var (
	cidA = append([]byte{0x12, 0x20}, bytes.Repeat([]byte{0xa1}, 32)...)
	cidB = append([]byte{0x12, 0x20}, bytes.Repeat([]byte{0xb2}, 32)...)
)

func scopes(s ...int64) []*big.Int {
	out := make([]*big.Int, len(s))
	for i, v := range s {
		out[i] = big.NewInt(v)
	}
	return out
}

func (e *env) isAction(tok *big.Int, cid []byte) bool {
	return call(e, e.perms, contracts.PermsABI.PackIsPermittedAction(tok, cid), contracts.PermsABI.UnpackIsPermittedAction)
}
func (e *env) isAddr(tok *big.Int, a common.Address) bool {
	return call(e, e.perms, contracts.PermsABI.PackIsPermittedAddress(tok, a), contracts.PermsABI.UnpackIsPermittedAddress)
}
func (e *env) mask(tok *big.Int, typ int64, id []byte) int64 {
	return call(e, e.perms, contracts.PermsABI.PackGetPermittedAuthMethodScopeMask(tok, big.NewInt(typ), id), contracts.PermsABI.UnpackGetPermittedAuthMethodScopeMask).Int64()
}

func TestPermissions(t *testing.T) {
	e := newEnv(t, 3)
	alice, bob, carol := e.users[0], e.users[1], e.users[2]
	e.setupNodes(1, rootKey(t))
	tok := e.mint(alice)
	P := e.addr.PKPPermissions

	// the owner always counts as permitted
	if !e.isAddr(tok, alice.From()) || e.isAddr(tok, bob.From()) {
		t.Fatal("owner/non-owner address permission wrong")
	}
	// actions
	r := e.send(alice, P, contracts.PermsABI.PackAddPermittedAction(tok, cidA, scopes(1)), nil)
	ev, err := contracts.PermsABI.UnpackPermissionAddedEvent(r.Logs[0])
	if err != nil || ev.TokenId.Cmp(tok) != 0 || ev.AuthMethodType.Int64() != 2 || !bytes.Equal(ev.Id, cidA) || ev.Scopes.Int64() != 2 {
		t.Fatalf("PermissionAdded %+v %v", ev, err)
	}
	if !e.isAction(tok, cidA) || e.isAction(tok, cidB) {
		t.Fatal("isPermittedAction")
	}
	// adding again merges scopes
	e.send(alice, P, contracts.PermsABI.PackAddPermittedAction(tok, cidA, scopes(2)), nil)
	if m := e.mask(tok, 2, cidA); m != 0b110 {
		t.Fatalf("merged mask %b", m)
	}
	e.send(alice, P, contracts.PermsABI.PackAddPermittedAction(tok, cidB, scopes(0)), nil)
	acts := call(e, e.perms, contracts.PermsABI.PackGetPermittedActions(tok), contracts.PermsABI.UnpackGetPermittedActions)
	if len(acts) != 2 || !bytes.Equal(acts[0], cidA) || !bytes.Equal(acts[1], cidB) {
		t.Fatalf("getPermittedActions %x", acts)
	}
	r = e.send(alice, P, contracts.PermsABI.PackRemovePermittedAction(tok, cidB), nil)
	if rev, err := contracts.PermsABI.UnpackPermissionRemovedEvent(r.Logs[0]); err != nil || !bytes.Equal(rev.Id, cidB) {
		t.Fatalf("PermissionRemoved %+v %v", rev, err)
	}
	if e.isAction(tok, cidB) {
		t.Fatal("removed action still permitted")
	}
	e.mustRevert(alice, P, contracts.PermsABI.PackRemovePermittedAction(tok, cidB), nil, "NotPermitted")

	// addresses
	e.send(alice, P, contracts.PermsABI.PackAddPermittedAddress(tok, bob.From(), scopes(2)), nil)
	e.send(alice, P, contracts.PermsABI.PackAddPermittedAddress(tok, alice.From(), scopes(1)), nil) // the owner explicitly
	addrs := call(e, e.perms, contracts.PermsABI.PackGetPermittedAddresses(tok), contracts.PermsABI.UnpackGetPermittedAddresses)
	if len(addrs) != 2 || addrs[0] != alice.From() || addrs[1] != bob.From() {
		t.Fatalf("getPermittedAddresses %v (owner first, no duplicate)", addrs)
	}
	if !e.isAddr(tok, bob.From()) || e.mask(tok, 1, bob.From().Bytes()) != 0b100 {
		t.Fatal("bob not permitted with scope 2")
	}

	// auth methods
	am := bindings.AuthMethod{AuthMethodType: big.NewInt(6), Id: []byte("google:1234"), UserPubkey: []byte{1, 2, 3}}
	e.send(alice, P, contracts.PermsABI.PackAddPermittedAuthMethod(tok, am, scopes(0, 1)), nil)
	ams := call(e, e.perms, contracts.PermsABI.PackGetPermittedAuthMethods(tok), contracts.PermsABI.UnpackGetPermittedAuthMethods)
	if len(ams) != 1 || ams[0].AuthMethodType.Int64() != 6 || !bytes.Equal(ams[0].Id, am.Id) || !bytes.Equal(ams[0].UserPubkey, am.UserPubkey) {
		t.Fatalf("getPermittedAuthMethods %+v", ams)
	}
	if !call(e, e.perms, contracts.PermsABI.PackIsPermittedAuthMethod(tok, big.NewInt(6), am.Id), contracts.PermsABI.UnpackIsPermittedAuthMethod) {
		t.Fatal("isPermittedAuthMethod")
	}
	sc := call(e, e.perms, contracts.PermsABI.PackGetPermittedAuthMethodScopes(tok, big.NewInt(6), am.Id, big.NewInt(3)), contracts.PermsABI.UnpackGetPermittedAuthMethodScopes)
	if len(sc) != 4 || !sc[0] || !sc[1] || sc[2] || sc[3] {
		t.Fatalf("getPermittedAuthMethodScopes %v", sc)
	}
	pk := call(e, e.perms, contracts.PermsABI.PackGetUserPubkeyForAuthMethod(tok, big.NewInt(6), am.Id), contracts.PermsABI.UnpackGetUserPubkeyForAuthMethod)
	if !bytes.Equal(pk, am.UserPubkey) {
		t.Fatalf("userPubkey %x", pk)
	}
	// scopes add/remove (also on addresses and actions)
	r = e.send(alice, P, contracts.PermsABI.PackAddPermittedAuthMethodScope(tok, big.NewInt(6), am.Id, big.NewInt(2)), nil)
	if sev, err := contracts.PermsABI.UnpackPermissionScopeAddedEvent(r.Logs[0]); err != nil || sev.ScopeId.Int64() != 2 {
		t.Fatalf("ScopeAdded %+v %v", sev, err)
	}
	r = e.send(alice, P, contracts.PermsABI.PackRemovePermittedAuthMethodScope(tok, big.NewInt(6), am.Id, big.NewInt(0)), nil)
	if sev, err := contracts.PermsABI.UnpackPermissionScopeRemovedEvent(r.Logs[0]); err != nil || sev.ScopeId.Int64() != 0 {
		t.Fatalf("ScopeRemoved %+v %v", sev, err)
	}
	if m := e.mask(tok, 6, am.Id); m != 0b110 {
		t.Fatalf("mask after scope changes %b", m)
	}
	if !call(e, e.perms, contracts.PermsABI.PackIsPermittedAuthMethodScopePresent(tok, big.NewInt(6), am.Id, big.NewInt(2)), contracts.PermsABI.UnpackIsPermittedAuthMethodScopePresent) {
		t.Fatal("scope 2 not present")
	}
	e.send(alice, P, contracts.PermsABI.PackRemovePermittedAuthMethodScope(tok, big.NewInt(1), bob.From().Bytes(), big.NewInt(2)), nil)
	if m := e.mask(tok, 1, bob.From().Bytes()); m != 0 || !e.isAddr(tok, bob.From()) {
		t.Fatal("address with no scopes should stay permitted for auth only")
	}

	// validation
	e.mustRevert(alice, P, contracts.PermsABI.PackAddPermittedAction(tok, cidB, scopes(3)), nil, "BadScope")
	e.mustRevert(alice, P, contracts.PermsABI.PackAddPermittedAction(tok, nil, scopes(1)), nil, "BadId")
	e.mustRevert(alice, P, contracts.PermsABI.PackAddPermittedAction(tok, make([]byte, 257), scopes(1)), nil, "BadId")
	e.mustRevert(alice, P, contracts.PermsABI.PackAddPermittedAuthMethod(tok, bindings.AuthMethod{AuthMethodType: big.NewInt(1), Id: bob.From().Bytes()}, scopes(1)), nil, "BadAuthMethodType")
	e.mustRevert(alice, P, contracts.PermsABI.PackAddPermittedAuthMethod(tok, bindings.AuthMethod{AuthMethodType: big.NewInt(0), Id: []byte{1}}, scopes(1)), nil, "BadAuthMethodType")
	e.mustRevert(alice, P, contracts.PermsABI.PackAddPermittedAuthMethod(tok, bindings.AuthMethod{AuthMethodType: new(big.Int).Lsh(big.NewInt(1), 64), Id: []byte{1}}, scopes(1)), nil, "BadAuthMethodType")
	e.mustRevert(alice, P, contracts.PermsABI.PackAddPermittedAuthMethod(tok, bindings.AuthMethod{AuthMethodType: big.NewInt(6), Id: am.Id, UserPubkey: []byte{9}}, scopes(1)), nil, "UserPubkeyMismatch")
	e.mustRevert(alice, P, contracts.PermsABI.PackAddPermittedAuthMethod(tok, bindings.AuthMethod{AuthMethodType: big.NewInt(7), Id: []byte{1}, UserPubkey: make([]byte, 1025)}, scopes(1)), nil, "BadUserPubkey")
	e.mustRevert(alice, P, contracts.PermsABI.PackAddPermittedAuthMethodScope(tok, big.NewInt(6), []byte("nope"), big.NewInt(1)), nil, "NotPermitted")
	e.mustRevert(alice, P, contracts.PermsABI.PackAddPermittedAuthMethodScope(tok, big.NewInt(6), am.Id, big.NewInt(3)), nil, "BadScope")

	// access control: a non-owner cannot change anything
	for name, data := range map[string][]byte{
		"addAction":     contracts.PermsABI.PackAddPermittedAction(tok, cidB, scopes(1)),
		"removeAction":  contracts.PermsABI.PackRemovePermittedAction(tok, cidA),
		"addAddress":    contracts.PermsABI.PackAddPermittedAddress(tok, carol.From(), scopes(1)),
		"removeAddress": contracts.PermsABI.PackRemovePermittedAddress(tok, bob.From()),
		"addAuth":       contracts.PermsABI.PackAddPermittedAuthMethod(tok, bindings.AuthMethod{AuthMethodType: big.NewInt(8), Id: []byte{1}}, scopes(1)),
		"removeAuth":    contracts.PermsABI.PackRemovePermittedAuthMethod(tok, big.NewInt(6), am.Id),
		"addScope":      contracts.PermsABI.PackAddPermittedAuthMethodScope(tok, big.NewInt(2), cidA, big.NewInt(0)),
		"removeScope":   contracts.PermsABI.PackRemovePermittedAuthMethodScope(tok, big.NewInt(2), cidA, big.NewInt(1)),
	} {
		t.Run("nonOwner/"+name, func(t *testing.T) { e.mustRevert(bob, P, data, nil, "NotPKPOwner") })
	}

	// getTokenIdsForAuthMethod across PKPs
	tok2 := e.mint(carol)
	e.send(carol, P, contracts.PermsABI.PackAddPermittedAction(tok2, cidA, scopes(1)), nil)
	ids := call(e, e.perms, contracts.PermsABI.PackGetTokenIdsForAuthMethod(big.NewInt(2), cidA), contracts.PermsABI.UnpackGetTokenIdsForAuthMethod)
	if len(ids) != 2 || ids[0].Cmp(tok) != 0 || ids[1].Cmp(tok2) != 0 {
		t.Fatalf("getTokenIdsForAuthMethod %v", ids)
	}
	e.send(alice, P, contracts.PermsABI.PackRemovePermittedAuthMethod(tok, big.NewInt(6), am.Id), nil)
	e.send(alice, P, contracts.PermsABI.PackRemovePermittedAddress(tok, bob.From()), nil)
	if e.isAddr(tok, bob.From()) || call(e, e.perms, contracts.PermsABI.PackIsPermittedAuthMethod(tok, big.NewInt(6), am.Id), contracts.PermsABI.UnpackIsPermittedAuthMethod) {
		t.Fatal("removals not applied")
	}

	// a transfer moves control: the new owner changes, the old one cannot
	e.send(alice, P, contracts.PermsABI.PackRemovePermittedAddress(tok, alice.From()), nil)
	e.send(alice, e.addr.PKPNFT, contracts.NFTABI.PackTransferFrom(alice.From(), bob.From(), tok), nil)
	if e.isAddr(tok, alice.From()) || !e.isAddr(tok, bob.From()) {
		t.Fatal("implicit owner permission did not follow the transfer")
	}
	e.mustRevert(alice, P, contracts.PermsABI.PackAddPermittedAction(tok, cidB, scopes(1)), nil, "NotPKPOwner")
	e.send(bob, P, contracts.PermsABI.PackAddPermittedAction(tok, cidB, scopes(1)), nil)

	// a burned PKP's permissions are fixed, for everyone
	e.send(bob, e.addr.PKPNFT, contracts.NFTABI.PackBurn(tok), nil)
	e.mustRevert(bob, P, contracts.PermsABI.PackRemovePermittedAction(tok, cidA), nil, "PermissionsFrozen")
	e.mustRevert(bob, P, contracts.PermsABI.PackAddPermittedAction(tok, cidA, scopes(2)), nil, "PermissionsFrozen")
	if !e.isAction(tok, cidA) {
		t.Fatal("burned PKP lost its permissions")
	}
	if e.isAddr(tok, bob.From()) {
		t.Fatal("a burned PKP has no owner to count as permitted")
	}

	// a self-owned PKP's permissions are fixed, even for the PKP address itself
	pkp := call(e, e.nft, contracts.NFTABI.PackPkpAddressOf(tok2), contracts.NFTABI.UnpackPkpAddressOf)
	e.send(carol, e.addr.PKPNFT, contracts.NFTABI.PackTransferFrom(carol.From(), pkp, tok2), nil)
	e.mustRevert(carol, P, contracts.PermsABI.PackAddPermittedAction(tok2, cidB, scopes(1)), nil, "PermissionsFrozen")
	if !e.isAddr(tok2, pkp) {
		t.Fatal("self-owned PKP: its owner (itself) should count as permitted")
	}
	// nonexistent token
	e.mustRevert(alice, P, contracts.PermsABI.PackAddPermittedAction(big.NewInt(99), cidA, scopes(1)), nil, "ERC721NonexistentToken")
}

func TestPermissionsLimit(t *testing.T) {
	e := newEnv(t, 1)
	alice := e.users[0]
	e.setupNodes(1, rootKey(t))
	tok := e.mint(alice)
	for i := 0; i < 64; i++ {
		e.send(alice, e.addr.PKPPermissions, contracts.PermsABI.PackAddPermittedAction(tok, []byte{0x12, byte(i)}, scopes(1)), nil)
	}
	e.mustRevert(alice, e.addr.PKPPermissions, contracts.PermsABI.PackAddPermittedAction(tok, []byte{0x13}, scopes(1)), nil, "TooManyPermissions")
	// re-adding an existing one is still fine (scope merge)
	e.send(alice, e.addr.PKPPermissions, contracts.PermsABI.PackAddPermittedAction(tok, []byte{0x12, 0}, scopes(2)), nil)
}

func TestMintGrantAndBurnNext(t *testing.T) {
	e := newEnv(t, 1)
	alice := e.users[0]
	e.setupNodes(1, rootKey(t))
	r := e.send(alice, e.addr.PKPNFT, contracts.NFTABI.PackMintGrantAndBurnNext(cidA), nil)
	ev := e.minted(r)
	// one transaction: mint, grant, burn, in this order
	var order []string
	for _, l := range r.Logs {
		if tr, err := contracts.NFTABI.UnpackTransferEvent(l); err == nil {
			if tr.From == (common.Address{}) {
				order = append(order, "mint")
			} else if tr.To == (common.Address{}) {
				order = append(order, "burn")
			}
		}
		if pa, err := contracts.PermsABI.UnpackPermissionAddedEvent(l); err == nil && bytes.Equal(pa.Id, cidA) && pa.Scopes.Int64() == 2 {
			order = append(order, "grant")
		}
	}
	if len(order) != 3 || order[0] != "mint" || order[1] != "grant" || order[2] != "burn" {
		t.Fatalf("events in the tx: %v", order)
	}
	if !call(e, e.nft, contracts.NFTABI.PackIsBurned(ev.TokenId), contracts.NFTABI.UnpackIsBurned) {
		t.Fatal("not burned")
	}
	if !e.isAction(ev.TokenId, cidA) || e.mask(ev.TokenId, 2, cidA) != 0b10 {
		t.Fatal("action not permitted with scope 1")
	}
	e.mustRevert(alice, e.addr.PKPPermissions, contracts.PermsABI.PackAddPermittedAction(ev.TokenId, cidB, scopes(1)), nil, "PermissionsFrozen")
	// pays the mint cost like mintNext
	e.send(e.owner, e.addr.PKPNFT, contracts.NFTABI.PackSetMintCost(big.NewInt(5)), nil)
	e.mustRevert(alice, e.addr.PKPNFT, contracts.NFTABI.PackMintGrantAndBurnNext(cidA), nil, "WrongMintCost")
	e.send(alice, e.addr.PKPNFT, contracts.NFTABI.PackMintGrantAndBurnNext(cidA), big.NewInt(5))
}

func TestPKPHelper(t *testing.T) {
	e := newEnv(t, 2)
	alice, bob := e.users[0], e.users[1]
	e.setupNodes(1, rootKey(t))
	if a := call(e, e.helper, contracts.HelperABI.PackPkpNFT(), contracts.HelperABI.UnpackPkpNFT); a != e.addr.PKPNFT {
		t.Fatalf("helper pkpNFT %s", a)
	}
	if a := call(e, e.helper, contracts.HelperABI.PackPermissions(), contracts.HelperABI.UnpackPermissions); a != e.addr.PKPPermissions {
		t.Fatalf("helper permissions %s", a)
	}
	am := bindings.AuthMethod{AuthMethodType: big.NewInt(3), Id: []byte("webauthn-cred"), UserPubkey: []byte{4, 5}}
	params := bindings.PKPHelperMintParams{
		PermittedActions:                   [][]byte{cidA},
		PermittedActionScopes:              [][]*big.Int{scopes(1)},
		PermittedAddresses:                 []common.Address{bob.From()},
		PermittedAddressScopes:             [][]*big.Int{scopes(2)},
		PermittedAuthMethods:               []bindings.AuthMethod{am},
		PermittedAuthMethodScopes:          [][]*big.Int{scopes(0)},
		AddPkpEthAddressAsPermittedAddress: true,
		PkpEthAddressScopes:                scopes(1),
		SendPkpToItself:                    false,
	}
	r := e.send(alice, e.addr.PKPHelper, contracts.HelperABI.PackMintNextAndAddPermissions(params), nil)
	tok := e.minted(r).TokenId
	pkp := call(e, e.nft, contracts.NFTABI.PackPkpAddressOf(tok), contracts.NFTABI.UnpackPkpAddressOf)
	if o := call(e, e.nft, contracts.NFTABI.PackOwnerOf(tok), contracts.NFTABI.UnpackOwnerOf); o != alice.From() {
		t.Fatalf("owner %s, want caller", o)
	}
	if !e.isAction(tok, cidA) || e.mask(tok, 1, bob.From().Bytes()) != 0b100 || e.mask(tok, 3, am.Id) != 0b1 || e.mask(tok, 1, pkp.Bytes()) != 0b10 {
		t.Fatal("helper permissions not all set")
	}
	// the caller owns it and can still change it
	e.send(alice, e.addr.PKPPermissions, contracts.PermsABI.PackRemovePermittedAction(tok, cidA), nil)

	// sendPkpToItself: the PKP owns its own NFT and its permissions are fixed
	params.SendPkpToItself = true
	params.PermittedAuthMethods[0].Id = []byte("webauthn-cred-2")
	r = e.send(alice, e.addr.PKPHelper, contracts.HelperABI.PackMintNextAndAddPermissions(params), nil)
	tok = e.minted(r).TokenId
	pkp = call(e, e.nft, contracts.NFTABI.PackPkpAddressOf(tok), contracts.NFTABI.UnpackPkpAddressOf)
	if o := call(e, e.nft, contracts.NFTABI.PackOwnerOf(tok), contracts.NFTABI.UnpackOwnerOf); o != pkp {
		t.Fatalf("owner %s, want the PKP itself %s", o, pkp)
	}
	if !e.isAction(tok, cidA) {
		t.Fatal("permission missing")
	}
	e.mustRevert(alice, e.addr.PKPPermissions, contracts.PermsABI.PackRemovePermittedAction(tok, cidA), nil, "PermissionsFrozen")

	// mismatched array lengths
	params.PermittedActionScopes = nil
	e.mustRevert(alice, e.addr.PKPHelper, contracts.HelperABI.PackMintNextAndAddPermissions(params), nil, "LengthMismatch")
	// the helper pays the mint cost with msg.value
	e.send(e.owner, e.addr.PKPNFT, contracts.NFTABI.PackSetMintCost(big.NewInt(7)), nil)
	params.PermittedActionScopes = [][]*big.Int{scopes(1)}
	params.PermittedAuthMethods[0].Id = []byte("webauthn-cred-3")
	e.mustRevert(alice, e.addr.PKPHelper, contracts.HelperABI.PackMintNextAndAddPermissions(params), nil, "WrongMintCost")
	e.send(alice, e.addr.PKPHelper, contracts.HelperABI.PackMintNextAndAddPermissions(params), big.NewInt(7))
	// the helper refuses NFTs it did not mint for itself
	tok3 := e.minted(e.send(bob, e.addr.PKPNFT, contracts.NFTABI.PackMintNext(), big.NewInt(7))).TokenId
	e.mustRevert(bob, e.addr.PKPNFT, contracts.NFTABI.PackSafeTransferFrom(bob.From(), e.addr.PKPHelper, tok3), nil, "UnexpectedNFT")
}
