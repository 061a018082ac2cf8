package contracts_test

import (
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// TestInheritedAndConstantFunctions exercises what the other tests do not: the
// OpenZeppelin ERC-721 and Ownable surface, the limits, and the helper's receiver hook.
func TestInheritedAndConstantFunctions(t *testing.T) {
	e := newEnv(t, 2)
	alice, bob := e.users[0], e.users[1]
	e.setupNodes(1, rootKey(t))
	for _, c := range []struct {
		data   []byte
		unpack func([]byte) (*big.Int, error)
		want   int64
	}{
		{abiRegistry.PackMAXNODES(), abiRegistry.UnpackMAXNODES, 64},
		{abiRegistry.PackMAXPEERIDBYTES(), abiRegistry.UnpackMAXPEERIDBYTES, 64},
		{abiRegistry.PackMAXHINTS(), abiRegistry.UnpackMAXHINTS, 8},
		{abiRegistry.PackMAXHINTBYTES(), abiRegistry.UnpackMAXHINTBYTES, 256},
	} {
		if got := call(e, e.reg, c.data, c.unpack); got.Int64() != c.want {
			t.Fatalf("limit %d, want %d", got, c.want)
		}
	}
	if n := call(e, e.nft, abiNFT.PackName(), abiNFT.UnpackName); n != "pkpnet Programmable Key Pair" {
		t.Fatalf("name %q", n)
	}
	if s := call(e, e.nft, abiNFT.PackSymbol(), abiNFT.UnpackSymbol); s != "PKP" {
		t.Fatalf("symbol %q", s)
	}
	if !call(e, e.nft, abiNFT.PackSupportsInterface([4]byte{0x80, 0xac, 0x58, 0xcd}), abiNFT.UnpackSupportsInterface) {
		t.Fatal("ERC-721 interface not supported")
	}
	if a := call(e, e.nft, abiNFT.PackRouter(), abiNFT.UnpackRouter); a != e.addr.PubkeyRouter {
		t.Fatalf("router %s", a)
	}
	if a := call(e, e.nft, abiNFT.PackPermissions(), abiNFT.UnpackPermissions); a != e.addr.PKPPermissions {
		t.Fatalf("permissions %s", a)
	}
	if a := call(e, e.perms, abiPerms.PackPkpNFT(), abiPerms.UnpackPkpNFT); a != e.addr.PKPNFT {
		t.Fatalf("perms.pkpNFT %s", a)
	}
	tok := e.mint(alice)
	if uri := call(e, e.nft, abiNFT.PackTokenURI(tok), abiNFT.UnpackTokenURI); uri != "" {
		t.Fatalf("tokenURI %q", uri)
	}
	if n := call(e, e.nft, abiNFT.PackBalanceOf(alice.From()), abiNFT.UnpackBalanceOf); n.Int64() != 1 {
		t.Fatalf("balanceOf %s", n)
	}
	// approve / getApproved: an approved operator can move the PKP, and then owns it
	e.send(alice, e.addr.PKPNFT, abiNFT.PackApprove(bob.From(), tok), nil)
	if a := call(e, e.nft, abiNFT.PackGetApproved(tok), abiNFT.UnpackGetApproved); a != bob.From() {
		t.Fatalf("getApproved %s", a)
	}
	e.send(bob, e.addr.PKPNFT, abiNFT.PackSafeTransferFrom(alice.From(), bob.From(), tok), nil)
	// setApprovalForAll / isApprovedForAll
	e.send(bob, e.addr.PKPNFT, abiNFT.PackSetApprovalForAll(alice.From(), true), nil)
	if !call(e, e.nft, abiNFT.PackIsApprovedForAll(bob.From(), alice.From()), abiNFT.UnpackIsApprovedForAll) {
		t.Fatal("isApprovedForAll")
	}
	e.send(alice, e.addr.PKPNFT, abiNFT.PackSafeTransferFrom0(bob.From(), alice.From(), tok, []byte("hi")), nil)
	// an approved operator is not the owner: it cannot change permissions
	e.send(alice, e.addr.PKPNFT, abiNFT.PackApprove(bob.From(), tok), nil)
	e.mustRevert(bob, e.addr.PKPPermissions, abiPerms.PackAddPermittedAction(tok, cidA, scopes(1)), nil, "NotPKPOwner")
	// the helper's receiver hook refuses direct calls
	_, err := e.client.CallContract(e.ctx, ethCall(e.addr.PKPHelper, abiHelper.PackOnERC721Received(alice.From(), alice.From(), tok, nil)), nil)
	if revertName(err) != "UnexpectedNFT" {
		t.Fatalf("onERC721Received: %v", err)
	}
	// Ownable: transfer and renounce
	for _, c := range []struct {
		to    common.Address
		owner func() common.Address
		pack  func(common.Address) []byte
		ren   []byte
	}{
		{e.addr.NodeRegistry, func() common.Address { return call(e, e.reg, abiRegistry.PackOwner(), abiRegistry.UnpackOwner) }, abiRegistry.PackTransferOwnership, abiRegistry.PackRenounceOwnership()},
		{e.addr.PubkeyRouter, func() common.Address { return call(e, e.router, abiRouter.PackOwner(), abiRouter.UnpackOwner) }, abiRouter.PackTransferOwnership, abiRouter.PackRenounceOwnership()},
		{e.addr.PKPNFT, func() common.Address { return call(e, e.nft, abiNFT.PackOwner(), abiNFT.UnpackOwner) }, abiNFT.PackTransferOwnership, abiNFT.PackRenounceOwnership()},
	} {
		if c.owner() != e.owner.From() {
			t.Fatal("deployer is not the owner")
		}
		e.mustRevert(alice, c.to, c.pack(alice.From()), nil, "OwnableUnauthorizedAccount")
		e.send(e.owner, c.to, c.pack(alice.From()), nil)
		if c.owner() != alice.From() {
			t.Fatal("ownership not transferred")
		}
		e.send(alice, c.to, c.ren, nil)
		if c.owner() != (common.Address{}) {
			t.Fatal("ownership not renounced")
		}
	}
}

// TestEveryFunctionIsTested fails when a contract function is not called by any test in
// this package, so new functions cannot slip in untested.
func TestEveryFunctionIsTested(t *testing.T) {
	var src []byte
	files, _ := filepath.Glob("*_test.go")
	if len(files) < 3 {
		t.Fatalf("found only %v", files)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src = append(src, b...)
	}
	for _, a := range allABIs {
		for name, m := range a.Methods {
			pack := "Pack" + abi.ToCamelCase(name)
			if !regexp.MustCompile(`\b` + pack + `\b`).Match(src) {
				t.Errorf("function %s (%s) is not called by any test", m.Sig, pack)
			}
		}
	}
}
