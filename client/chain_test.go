package client_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/contracts/bindings"
	"github.com/pkpnet/pkpnet/mpc"
)

type simEnv struct {
	sim   *simulated.Backend
	addrs contracts.Addresses
	owner *client.Chain // dev account that deploys
	users []*client.Chain
	keys  []*ecdsa.PrivateKey
	root  []byte
}

func key(t *testing.T) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// newSimEnv deploys the contracts on a simulated chain, registers three
// nodes and activates a root key, so that PKPs can be minted without nodes.
func newSimEnv(t *testing.T, users int) *simEnv {
	t.Helper()
	ctx := context.Background()
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(21), nil)
	var keys []*ecdsa.PrivateKey
	alloc := types.GenesisAlloc{}
	for i := 0; i < 4+users; i++ {
		k := key(t)
		keys = append(keys, k)
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: eth}
	}
	sim := simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = sim.Close() })
	cl := sim.Client()
	commit := func() { sim.Commit() }
	s := &contracts.Sender{Backend: cl, Key: keys[0], ChainID: big.NewInt(1337), Commit: commit}
	addrs, err := contracts.Deploy(ctx, s, nil)
	if err != nil {
		t.Fatal(err)
	}
	reg, router := bindings.NewNodeRegistry(), bindings.NewPubkeyRouter()
	var root []byte
	for {
		k := key(t)
		root = crypto.CompressPubkey(&k.PublicKey)
		if new(big.Int).SetBytes(root[1:]).Cmp(crypto.S256().Params().N) < 0 {
			break
		}
	}
	for i := 1; i <= 3; i++ {
		if _, err := s.Transact(ctx, addrs.NodeRegistry, reg.PackAddNode(crypto.PubkeyToAddress(keys[i].PublicKey), []byte{byte(i), 1}, nil), nil); err != nil {
			t.Fatal(err)
		}
	}
	for i := 1; i <= 3; i++ {
		ns := &contracts.Sender{Backend: cl, Key: keys[i], ChainID: big.NewInt(1337), Commit: commit}
		if _, err := ns.Transact(ctx, addrs.PubkeyRouter, router.PackVoteRootKey(root), nil); err != nil {
			t.Fatal(err)
		}
	}
	e := &simEnv{sim: sim, addrs: addrs, root: root}
	mk := func(k *ecdsa.PrivateKey) *client.Chain {
		ch, err := client.NewChain(ctx, cl, addrs, k, commit)
		if err != nil {
			t.Fatal(err)
		}
		return ch
	}
	e.owner = mk(keys[0])
	for _, k := range keys[4:] {
		e.users = append(e.users, mk(k))
		e.keys = append(e.keys, k)
	}
	return e
}

func TestChainMintShowPermit(t *testing.T) {
	ctx := context.Background()
	e := newSimEnv(t, 2)
	alice, bob := e.users[0], e.users[1]
	p, err := alice.MintPKP(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if p.TokenID.Int64() != 1 || p.Owner != alice.From() || p.Burned {
		t.Fatalf("minted %+v", p)
	}
	want, err := mpc.DerivePubkey(e.root, mpc.KeyID(p.KeyID))
	if err != nil {
		t.Fatal(err)
	}
	if p.PubKey != "0x"+common.Bytes2Hex(want) {
		t.Fatalf("pubkey %s, want derived %x", p.PubKey, want)
	}
	if a, _ := mpc.PubkeyAddress(want); a != p.Address {
		t.Fatalf("address %s, derived key has %s", p.Address, a)
	}
	c, err := actionid.CID([]byte("Lit.Actions.setResponse({response: 'x'})"))
	if err != nil {
		t.Fatal(err)
	}
	if err := alice.AddPermittedAction(ctx, p.TokenID, c.String(), nil); err != nil {
		t.Fatal(err)
	}
	if err := alice.AddPermittedAddress(ctx, p.TokenID, bob.From(), []int{int(contracts.ScopePersonalSign)}); err != nil {
		t.Fatal(err)
	}
	if err := alice.AddPermittedAuthMethod(ctx, p.TokenID, client.AuthMethod{Type: 7, ID: "0xabcd", Scopes: []int{0, 1}}); err != nil {
		t.Fatal(err)
	}
	if err := alice.SetAuthMethodScope(ctx, p.TokenID, 7, []byte{0xab, 0xcd}, 2, true); err != nil {
		t.Fatal(err)
	}
	// Someone else may not change the permissions: a clear revert name.
	err = bob.AddPermittedAddress(ctx, p.TokenID, bob.From(), nil)
	if err == nil || !strings.Contains(err.Error(), "NotPKPOwner") {
		t.Fatalf("non-owner permit: %v, want NotPKPOwner", err)
	}
	got, err := bob.PKP(ctx, p.TokenID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Actions) != 1 || got.Actions[0] != c.String() {
		t.Fatalf("actions %v, want [%s]", got.Actions, c)
	}
	if !slices.Contains(got.Addresses, bob.From().Hex()) {
		t.Fatalf("addresses %v", got.Addresses)
	}
	if len(got.AuthMethods) != 1 || got.AuthMethods[0].ID != "0xabcd" || len(got.AuthMethods[0].Scopes) != 3 {
		t.Fatalf("auth methods %+v", got.AuthMethods)
	}
	// Resolve by address and public key.
	for _, ref := range []string{"1", p.Address.Hex(), p.PubKey} {
		id, err := bob.TokenIDOf(ctx, ref)
		if err != nil || id.Int64() != 1 {
			t.Fatalf("TokenIDOf(%s) = %v, %v", ref, id, err)
		}
	}
	if _, err := bob.TokenIDOf(ctx, "0x"+strings.Repeat("11", 20)); err == nil {
		t.Fatal("unknown address resolved")
	}
	if err := alice.RemovePermittedAction(ctx, p.TokenID, c.String()); err != nil {
		t.Fatal(err)
	}
	if err := alice.BurnPKP(ctx, p.TokenID); err != nil {
		t.Fatal(err)
	}
	got, err = bob.PKP(ctx, p.TokenID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Burned || len(got.Actions) != 0 {
		t.Fatalf("after revoke+burn: %+v", got)
	}
	err = alice.AddPermittedAction(ctx, p.TokenID, c.String(), nil)
	if err == nil {
		t.Fatal("permit after burn succeeded")
	}
}

func TestChainGrantBurnAndSendToSelf(t *testing.T) {
	ctx := context.Background()
	e := newSimEnv(t, 1)
	alice := e.users[0]
	c, _ := actionid.CID([]byte("// action"))
	p, err := alice.MintGrantAndBurn(ctx, c.String())
	if err != nil {
		t.Fatal(err)
	}
	if !p.Burned || len(p.Actions) != 1 || p.Actions[0] != c.String() {
		t.Fatalf("grant-burn PKP %+v", p)
	}
	q, err := alice.MintWithPermissions(ctx, client.MintOptions{Actions: []string{c.String()}, PermitSelf: true, SendPkpToSelf: true})
	if err != nil {
		t.Fatal(err)
	}
	if q.Owner != q.Address || len(q.Actions) != 1 || !slices.Contains(q.Addresses, q.Address.Hex()) {
		t.Fatalf("send-to-self PKP %+v", q)
	}
	if err := alice.AddPermittedAddress(ctx, q.TokenID, alice.From(), nil); err == nil || !strings.Contains(err.Error(), "PermissionsFrozen") {
		t.Fatalf("previous minter changed a self-owned PKP: %v", err)
	}
	if _, err := alice.MintGrantAndBurn(ctx, "not-a-cid"); err == nil {
		t.Fatal("bad CID accepted")
	}
}
