package contracts_test

import (
	"bytes"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/contracts/bindings"
)

// Issue 10, finding 4: a credential's user public key was global and first-come, so
// anyone could bind a victim's credential ID to their own key.
func TestAuthMethodPubkeyIsPerPKP(t *testing.T) {
	e := newEnv(t, 2)
	mallory, victim := e.users[0], e.users[1]
	e.setupNodes(1, rootKey(t))
	P := e.addr.PKPPermissions
	mtok, vtok := e.mint(mallory), e.mint(victim)
	cred := []byte("webauthn:victim-credential")
	squat := bindings.AuthMethod{AuthMethodType: big.NewInt(6), Id: cred, UserPubkey: []byte("mallory's key")}
	real := bindings.AuthMethod{AuthMethodType: big.NewInt(6), Id: cred, UserPubkey: []byte("victim's key")}

	e.send(mallory, P, contracts.PermsABI.PackAddPermittedAuthMethod(mtok, squat, scopes(1)), nil)
	e.send(mallory, P, contracts.PermsABI.PackRemovePermittedAuthMethod(mtok, big.NewInt(6), cred), nil)
	e.send(mallory, P, contracts.PermsABI.PackAddPermittedAuthMethod(mtok, squat, scopes(1)), nil)
	// the victim can still add its credential with its own key
	e.send(victim, P, contracts.PermsABI.PackAddPermittedAuthMethod(vtok, real, scopes(1)), nil)
	pk := func(tok *big.Int) []byte {
		return call(e, e.perms, contracts.PermsABI.PackGetUserPubkeyForAuthMethod(tok, big.NewInt(6), cred), contracts.PermsABI.UnpackGetUserPubkeyForAuthMethod)
	}
	if !bytes.Equal(pk(vtok), real.UserPubkey) || !bytes.Equal(pk(mtok), squat.UserPubkey) {
		t.Fatalf("pubkeys: victim %q mallory %q", pk(vtok), pk(mtok))
	}
	ams := call(e, e.perms, contracts.PermsABI.PackGetPermittedAuthMethods(vtok), contracts.PermsABI.UnpackGetPermittedAuthMethods)
	if len(ams) != 1 || !bytes.Equal(ams[0].UserPubkey, real.UserPubkey) {
		t.Fatalf("victim's auth methods %+v", ams)
	}
	// one entry has one key: changing it needs a removal first; a removal forgets it
	e.mustRevert(victim, P, contracts.PermsABI.PackAddPermittedAuthMethod(vtok, squat, scopes(1)), nil, "UserPubkeyMismatch")
	e.send(victim, P, contracts.PermsABI.PackRemovePermittedAuthMethod(vtok, big.NewInt(6), cred), nil)
	if len(pk(vtok)) != 0 {
		t.Fatalf("pubkey survives the removal: %q", pk(vtok))
	}
}

// Issue 10, finding 3 (contract side): calls that change nothing emit nothing, so they
// cannot be used to flood the nodes' log queries for free.
func TestNoEventWithoutChange(t *testing.T) {
	e := newEnv(t, 1)
	alice := e.users[0]
	e.setupNodes(1, rootKey(t))
	P := e.addr.PKPPermissions
	tok := e.mint(alice)
	e.send(alice, P, contracts.PermsABI.PackAddPermittedAction(tok, cidA, scopes(1, 2)), nil)
	cases := []struct {
		name string
		data []byte
		logs int
	}{
		{"add an existing scope", contracts.PermsABI.PackAddPermittedAuthMethodScope(tok, big.NewInt(2), cidA, big.NewInt(1)), 0},
		{"remove an absent scope", contracts.PermsABI.PackRemovePermittedAuthMethodScope(tok, big.NewInt(2), cidA, big.NewInt(0)), 0},
		{"re-add with a subset of scopes", contracts.PermsABI.PackAddPermittedAction(tok, cidA, scopes(2)), 0},
		{"re-add with no scopes", contracts.PermsABI.PackAddPermittedAction(tok, cidA, scopes()), 0},
		{"add a new scope", contracts.PermsABI.PackAddPermittedAuthMethodScope(tok, big.NewInt(2), cidA, big.NewInt(0)), 1},
		{"re-add with a new scope", contracts.PermsABI.PackAddPermittedAction(tok, cidB, scopes(1)), 1},
	}
	for _, c := range cases {
		r := e.send(alice, P, c.data, nil)
		if len(r.Logs) != c.logs {
			t.Errorf("%s: %d logs, want %d", c.name, len(r.Logs), c.logs)
		}
	}
	if m := e.mask(tok, 2, cidA); m != 0b111 {
		t.Fatalf("mask %b", m)
	}
}

// Issue 10, finding 5: permissions follow the token; the buyer sees all of them in one
// call, and an approved operator cannot burn the token to freeze them.
func TestTransferViewAndBurn(t *testing.T) {
	e := newEnv(t, 3)
	seller, buyer, market := e.users[0], e.users[1], e.users[2]
	e.setupNodes(1, rootKey(t))
	P := e.addr.PKPPermissions
	tok := e.mint(seller)
	am := bindings.AuthMethod{AuthMethodType: big.NewInt(6), Id: []byte("cred"), UserPubkey: []byte{7}}
	e.send(seller, P, contracts.PermsABI.PackAddPermittedAddress(tok, seller.From(), scopes(1)), nil)
	e.send(seller, P, contracts.PermsABI.PackAddPermittedAction(tok, cidA, scopes(2)), nil)
	e.send(seller, P, contracts.PermsABI.PackAddPermittedAuthMethod(tok, am, scopes(0)), nil)
	e.send(seller, e.addr.PKPNFT, contracts.NFTABI.PackSetApprovalForAll(market.From(), true), nil)
	e.send(market, e.addr.PKPNFT, contracts.NFTABI.PackTransferFrom(seller.From(), buyer.From(), tok), nil)

	out := call(e, e.perms, contracts.PermsABI.PackGetPermissions(tok), contracts.PermsABI.UnpackGetPermissions)
	var got []string
	for i, m := range out.Methods {
		got = append(got, fmt.Sprintf("%d:%x:%x:%d", m.AuthMethodType, m.Id, m.UserPubkey, out.ScopeMasks[i]))
	}
	want := []string{
		fmt.Sprintf("1:%x::2", seller.From().Bytes()),
		fmt.Sprintf("2:%x::4", cidA),
		fmt.Sprintf("6:%x:07:1", am.Id),
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("getPermissions after the sale:\n got %v\nwant %v", got, want)
	}
	// the buyer can revoke what it did not want; the market (approved by the seller,
	// never by the buyer) cannot burn, and neither could it while it was approved
	e.send(buyer, P, contracts.PermsABI.PackRemovePermittedAddress(tok, seller.From()), nil)
	e.send(buyer, e.addr.PKPNFT, contracts.NFTABI.PackSetApprovalForAll(market.From(), true), nil)
	e.mustRevert(market, e.addr.PKPNFT, contracts.NFTABI.PackBurn(tok), nil, "NotTokenOwner")
	if e.isAddr(tok, seller.From()) {
		t.Fatal("seller still permitted after the buyer removed it")
	}
}

// Issue 10, finding 7: removeNode copied every later node with its hints (13.8M gas at 64
// nodes with maximal hints). Now its gas does not depend on the number of nodes.
func TestRemoveNodeGasIsConstant(t *testing.T) {
	e := newEnv(t, 0)
	hints := make([]string, 8)
	for i := range hints {
		hints[i] = strings.Repeat(string(rune('a'+i)), 256)
	}
	ops := make([]common.Address, 64)
	for i := range ops {
		ops[i] = crypto.PubkeyToAddress(newKey(t).PublicKey)
		peer := append([]byte{byte(i)}, bytes.Repeat([]byte{0xee}, 63)...)
		e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(ops[i], peer, hints), nil)
	}
	first := e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackRemoveNode(ops[0]), nil).GasUsed
	// shrink to 2 nodes, then remove the first of those two: same work, same gas
	for i := 2; i < 63; i++ {
		e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackRemoveNode(ops[i]), nil)
	}
	small := e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackRemoveNode(ops[1]), nil).GasUsed
	t.Logf("removeNode gas: first of 64 nodes %d, first of 2 nodes %d", first, small)
	if first > 1_000_000 {
		t.Fatalf("removeNode of the first of 64 nodes with maximal hints: %d gas", first)
	}
	if diff := int64(first) - int64(small); diff > 10_000 || diff < -10_000 {
		t.Fatalf("removeNode gas depends on the node count: %d at 64 nodes, %d at 2", first, small)
	}
	nodes := call(e, e.reg, contracts.RegistryABI.PackGetNodes(), contracts.RegistryABI.UnpackGetNodes)
	if len(nodes) != 1 || nodes[0].Operator != ops[63] || len(nodes[0].Hints) != 8 {
		t.Fatalf("remaining nodes %+v", nodes)
	}
	if i := call(e, e.reg, contracts.RegistryABI.PackIndexOf(ops[63]), contracts.RegistryABI.UnpackIndexOf); i.Int64() != 1 {
		t.Fatalf("indexOf the last node %d", i)
	}
	// a removed operator's peer ID is free again, and its old hints are gone
	e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(ops[0], append([]byte{0}, bytes.Repeat([]byte{0xee}, 63)...), nil), nil)
	if n := call(e, e.reg, contracts.RegistryABI.PackNodeAt(big.NewInt(2)), contracts.RegistryABI.UnpackNodeAt); n.Operator != ops[0] || len(n.Hints) != 0 {
		t.Fatalf("re-added node %+v", n)
	}
}
