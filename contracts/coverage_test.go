package contracts_test

import (
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pkpnet/pkpnet/contracts"
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
		{contracts.RegistryABI.PackMAXNODES(), contracts.RegistryABI.UnpackMAXNODES, 64},
		{contracts.RegistryABI.PackMAXPEERIDBYTES(), contracts.RegistryABI.UnpackMAXPEERIDBYTES, 64},
		{contracts.RegistryABI.PackMAXHINTS(), contracts.RegistryABI.UnpackMAXHINTS, 8},
		{contracts.RegistryABI.PackMAXHINTBYTES(), contracts.RegistryABI.UnpackMAXHINTBYTES, 256},
	} {
		if got := call(e, e.reg, c.data, c.unpack); got.Int64() != c.want {
			t.Fatalf("limit %d, want %d", got, c.want)
		}
	}
	if n := call(e, e.nft, contracts.NFTABI.PackName(), contracts.NFTABI.UnpackName); n != "pkpnet Programmable Key Pair" {
		t.Fatalf("name %q", n)
	}
	if s := call(e, e.nft, contracts.NFTABI.PackSymbol(), contracts.NFTABI.UnpackSymbol); s != "PKP" {
		t.Fatalf("symbol %q", s)
	}
	if !call(e, e.nft, contracts.NFTABI.PackSupportsInterface([4]byte{0x80, 0xac, 0x58, 0xcd}), contracts.NFTABI.UnpackSupportsInterface) {
		t.Fatal("ERC-721 interface not supported")
	}
	if a := call(e, e.nft, contracts.NFTABI.PackRouter(), contracts.NFTABI.UnpackRouter); a != e.addr.PubkeyRouter {
		t.Fatalf("router %s", a)
	}
	if a := call(e, e.nft, contracts.NFTABI.PackPermissions(), contracts.NFTABI.UnpackPermissions); a != e.addr.PKPPermissions {
		t.Fatalf("permissions %s", a)
	}
	if a := call(e, e.perms, contracts.PermsABI.PackPkpNFT(), contracts.PermsABI.UnpackPkpNFT); a != e.addr.PKPNFT {
		t.Fatalf("perms.pkpNFT %s", a)
	}
	tok := e.mint(alice)
	if uri := call(e, e.nft, contracts.NFTABI.PackTokenURI(tok), contracts.NFTABI.UnpackTokenURI); uri != "" {
		t.Fatalf("tokenURI %q", uri)
	}
	if n := call(e, e.nft, contracts.NFTABI.PackBalanceOf(alice.From()), contracts.NFTABI.UnpackBalanceOf); n.Int64() != 1 {
		t.Fatalf("balanceOf %s", n)
	}
	// approve / getApproved: an approved operator can move the PKP, and then owns it
	e.send(alice, e.addr.PKPNFT, contracts.NFTABI.PackApprove(bob.From(), tok), nil)
	if a := call(e, e.nft, contracts.NFTABI.PackGetApproved(tok), contracts.NFTABI.UnpackGetApproved); a != bob.From() {
		t.Fatalf("getApproved %s", a)
	}
	e.send(bob, e.addr.PKPNFT, contracts.NFTABI.PackSafeTransferFrom(alice.From(), bob.From(), tok), nil)
	// setApprovalForAll / isApprovedForAll
	e.send(bob, e.addr.PKPNFT, contracts.NFTABI.PackSetApprovalForAll(alice.From(), true), nil)
	if !call(e, e.nft, contracts.NFTABI.PackIsApprovedForAll(bob.From(), alice.From()), contracts.NFTABI.UnpackIsApprovedForAll) {
		t.Fatal("isApprovedForAll")
	}
	e.send(alice, e.addr.PKPNFT, contracts.NFTABI.PackSafeTransferFrom0(bob.From(), alice.From(), tok, []byte("hi")), nil)
	// an approved operator is not the owner: it cannot change permissions
	e.send(alice, e.addr.PKPNFT, contracts.NFTABI.PackApprove(bob.From(), tok), nil)
	e.mustRevert(bob, e.addr.PKPPermissions, contracts.PermsABI.PackAddPermittedAction(tok, cidA, scopes(1)), nil, "NotPKPOwner")
	// the helper's receiver hook refuses direct calls
	_, err := e.client.CallContract(e.ctx, ethCall(e.addr.PKPHelper, contracts.HelperABI.PackOnERC721Received(alice.From(), alice.From(), tok, nil)), nil)
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
		{e.addr.NodeRegistry, func() common.Address {
			return call(e, e.reg, contracts.RegistryABI.PackOwner(), contracts.RegistryABI.UnpackOwner)
		}, contracts.RegistryABI.PackTransferOwnership, contracts.RegistryABI.PackRenounceOwnership()},
		{e.addr.PubkeyRouter, func() common.Address {
			return call(e, e.router, contracts.RouterABI.PackOwner(), contracts.RouterABI.UnpackOwner)
		}, contracts.RouterABI.PackTransferOwnership, contracts.RouterABI.PackRenounceOwnership()},
		{e.addr.PKPNFT, func() common.Address {
			return call(e, e.nft, contracts.NFTABI.PackOwner(), contracts.NFTABI.UnpackOwner)
		}, contracts.NFTABI.PackTransferOwnership, contracts.NFTABI.PackRenounceOwnership()},
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
	for _, a := range contracts.ABIs() {
		for name, m := range a.Methods {
			pack := "Pack" + abi.ToCamelCase(name)
			if !regexp.MustCompile(`\b` + pack + `\b`).Match(src) {
				t.Errorf("function %s (%s) is not called by any test", m.Sig, pack)
			}
		}
	}
}
