package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/contracts/bindings"
)

// env is a simulated chain with the contracts deployed by `owner`.
type env struct {
	t       *testing.T
	ctx     context.Context
	sim     *simulated.Backend
	client  simulated.Client
	owner   *contracts.Sender
	users   []*contracts.Sender // users[0..n)
	addr    contracts.Addresses
	reg     *bind.BoundContract
	router  *bind.BoundContract
	nft     *bind.BoundContract
	perms   *bind.BoundContract
	helper  *bind.BoundContract
	chainID *big.Int
}

func newKey(t testing.TB) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// newEnv starts a simulated backend with an owner and nUsers funded accounts and deploys
// the contracts.
func newEnv(t *testing.T, nUsers int) *env {
	t.Helper()
	ownerKey := newKey(t)
	keys := make([]*ecdsa.PrivateKey, nUsers)
	alloc := types.GenesisAlloc{crypto.PubkeyToAddress(ownerKey.PublicKey): {Balance: ether(1000)}}
	for i := range keys {
		keys[i] = newKey(t)
		alloc[crypto.PubkeyToAddress(keys[i].PublicKey)] = types.Account{Balance: ether(1000)}
	}
	sim := simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = sim.Close() })
	e := &env{t: t, ctx: context.Background(), sim: sim, client: sim.Client(), chainID: big.NewInt(1337)}
	mk := func(k *ecdsa.PrivateKey) *contracts.Sender {
		return &contracts.Sender{Backend: e.client, Key: k, ChainID: e.chainID, Commit: func() { sim.Commit() }}
	}
	e.owner = mk(ownerKey)
	for _, k := range keys {
		e.users = append(e.users, mk(k))
	}
	e.redeploy()
	return e
}

// redeploy deploys a fresh set of contracts on the same chain.
func (e *env) redeploy() {
	e.t.Helper()
	a, err := contracts.Deploy(e.ctx, e.owner, big.NewInt(0))
	if err != nil {
		e.t.Fatalf("deploy: %v", err)
	}
	e.addr = a
	e.reg = contracts.RegistryABI.Instance(e.client, a.NodeRegistry)
	e.router = contracts.RouterABI.Instance(e.client, a.PubkeyRouter)
	e.nft = contracts.NFTABI.Instance(e.client, a.PKPNFT)
	e.perms = contracts.PermsABI.Instance(e.client, a.PKPPermissions)
	e.helper = contracts.HelperABI.Instance(e.client, a.PKPHelper)
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// send sends a transaction that must succeed.
func (e *env) send(s *contracts.Sender, to common.Address, data []byte, value *big.Int) *types.Receipt {
	e.t.Helper()
	r, err := s.Transact(e.ctx, to, data, value)
	if err != nil {
		e.t.Fatalf("tx to %s: %v (%s)", to, err, revertName(err))
	}
	return r
}

// mustRevert sends a transaction that must revert with the named custom error.
func (e *env) mustRevert(s *contracts.Sender, to common.Address, data []byte, value *big.Int, wantErr string) {
	e.t.Helper()
	_, err := s.Transact(e.ctx, to, data, value)
	if err == nil {
		e.t.Fatalf("tx to %s succeeded, want revert %s", to, wantErr)
	}
	if got := revertName(err); got != wantErr {
		e.t.Fatalf("tx to %s: revert %q (%v), want %q", to, got, err, wantErr)
	}
	s.ResetNonce()
}

// revertName names a revert: the custom error, "Error(string)" or the 0x selector; "" if there is no revert data.
func revertName(err error) string {
	data := contracts.RevertData(err)
	if name := contracts.ErrorName(data); name != "" || len(data) < 4 {
		return name
	}
	if string(data[:4]) == string(crypto.Keccak256([]byte("Error(string)"))[:4]) {
		return "Error(string)"
	}
	return "0x" + hex.EncodeToString(data[:4])
}

func call[T any](e *env, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := bind.Call(c, &bind.CallOpts{Context: e.ctx}, data, unpack)
	if err != nil {
		e.t.Fatalf("call: %v", err)
	}
	return v
}

// rootKey returns a fresh compressed root key usable on chain (x < q).
func rootKey(t testing.TB) []byte {
	for {
		k := newKey(t)
		pub := crypto.CompressPubkey(&k.PublicKey)
		if new(big.Int).SetBytes(pub[1:]).Cmp(crypto.S256().Params().N) < 0 {
			return pub
		}
	}
}

// setupNodes registers users[0..n) as nodes and has them all vote for root.
func (e *env) setupNodes(n int, root []byte) {
	e.t.Helper()
	for i := 0; i < n; i++ {
		e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(e.users[i].From(), []byte{byte(i + 1), 0xaa}, []string{"/ip4/127.0.0.1/tcp/4001"}), nil)
	}
	for i := 0; i < n; i++ {
		e.send(e.users[i], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteRootKey(root), nil)
	}
}

// mint mints a PKP for s and returns its token ID.
func (e *env) mint(s *contracts.Sender) *big.Int {
	e.t.Helper()
	r := e.send(s, e.addr.PKPNFT, contracts.NFTABI.PackMintNext(), nil)
	ev := e.minted(r)
	return ev.TokenId
}

func (e *env) minted(r *types.Receipt) *bindings.PKPNFTPKPMinted {
	e.t.Helper()
	for _, l := range r.Logs {
		if ev, err := contracts.NFTABI.UnpackPKPMintedEvent(l); err == nil {
			return ev
		}
	}
	e.t.Fatal("no PKPMinted event")
	return nil
}
