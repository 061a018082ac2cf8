package client

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/contracts/bindings"
	"github.com/pkpnet/pkpnet/mpc"
)

// Chain sends a PKP owner's transactions to the pkpnet contracts and reads
// PKP state. It is safe for concurrent use (transactions are serialised).
type Chain struct {
	backend contracts.Backend
	addrs   contracts.Addresses
	mu      sync.Mutex
	sender  *contracts.Sender
	// lastBlock is the highest block a transaction of this Chain was
	// mined in (under mu).
	lastBlock uint64
	onMined   func(ctx context.Context, block uint64) error
}

// OnMined sets f to run after each transaction of this Chain was mined,
// with its block, before the call returns (e.g. to wait until the nodes
// have indexed it: Client.WaitIndexed). An error from f is the call's.
func (ch *Chain) OnMined(f func(ctx context.Context, block uint64) error) {
	ch.mu.Lock()
	defer ch.mu.Unlock()
	ch.onMined = f
}

// NewChain returns a Chain that sends from key. commit, when not nil, seals
// a block after each send (simulated backends).
func NewChain(ctx context.Context, backend contracts.Backend, addrs contracts.Addresses, key *ecdsa.PrivateKey, commit func()) (*Chain, error) {
	type chainIDer interface {
		ChainID(context.Context) (*big.Int, error)
	}
	ci, ok := backend.(chainIDer)
	if !ok {
		return nil, errors.New("chain: backend cannot tell its chain ID")
	}
	id, err := ci.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: chain ID: %w", err)
	}
	return &Chain{backend: backend, addrs: addrs, sender: &contracts.Sender{Backend: backend, Key: key, ChainID: id, Commit: commit}}, nil
}

// From is the sending address.
func (ch *Chain) From() common.Address { return ch.sender.From() }

// LastBlock is the block of the last transaction this Chain had mined (0
// before the first). Pass it to Client.WaitIndexed before a request that
// depends on the transaction's effect (a new PKP, a permission).
func (ch *Chain) LastBlock() uint64 {
	ch.mu.Lock()
	defer ch.mu.Unlock()
	return ch.lastBlock
}

// Addresses are the contracts the Chain talks to.
func (ch *Chain) Addresses() contracts.Addresses { return ch.addrs }

// PKP is a PKP's on-chain state.
type PKP struct {
	TokenID     *big.Int       `json:"tokenId"`
	KeyID       common.Hash    `json:"keyId"`
	Address     common.Address `json:"pkpAddress"`
	PubKey      string         `json:"pkpPublicKey"` // 0x, 33 bytes compressed
	Owner       common.Address `json:"owner"`        // zero once burned
	Burned      bool           `json:"burned"`
	Actions     []string       `json:"permittedActions,omitempty"` // CIDv0
	Addresses   []string       `json:"permittedAddresses,omitempty"`
	AuthMethods []AuthMethod   `json:"permittedAuthMethods,omitempty"`
}

// PubKeyBytes decodes PubKey.
func (p *PKP) PubKeyBytes() []byte {
	b, _ := hex.DecodeString(trim0x(p.PubKey))
	return b
}

// AuthMethod is a permitted auth method and its scopes.
type AuthMethod struct {
	Type       uint64 `json:"type"`
	ID         string `json:"id"`                   // 0x
	UserPubkey string `json:"userPubkey,omitempty"` // 0x
	Scopes     []int  `json:"scopes"`
}

// transact sends one transaction and waits for its receipt; a revert is
// reported with the contract's error name.
func (ch *Chain) transact(ctx context.Context, what string, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	ch.mu.Lock()
	defer ch.mu.Unlock()
	r, err := ch.sender.Transact(ctx, to, data, value)
	if r != nil && r.BlockNumber != nil && r.BlockNumber.IsUint64() {
		ch.lastBlock = max(ch.lastBlock, r.BlockNumber.Uint64())
	}
	if err != nil {
		ch.sender.ResetNonce()
		if name := contracts.RevertName(err); name != "" {
			return r, fmt.Errorf("%s: reverted with %s: %w", what, name, err)
		}
		return r, fmt.Errorf("%s: %w", what, err)
	}
	if r != nil && r.BlockNumber != nil {
		if err := ch.waitHead(ctx, r.BlockNumber); err != nil {
			return r, fmt.Errorf("%s: %w", what, err)
		}
	}
	if ch.onMined != nil && r != nil && r.BlockNumber != nil {
		if err := ch.onMined(ctx, r.BlockNumber.Uint64()); err != nil {
			return r, fmt.Errorf("%s: after block %d: %w", what, r.BlockNumber, err)
		}
	}
	return r, nil
}

// waitHead waits until the backend's latest block is at least block: a
// node can serve a receipt before its head moves to the receipt's block
// (geth in dev mode imports the block, then makes it the head), and a read
// at "latest" right after a transaction must see the transaction.
func (ch *Chain) waitHead(ctx context.Context, block *big.Int) error {
	for {
		h, err := ch.backend.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("read the chain head: %w", err)
		}
		if h.Number.Cmp(block) >= 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("chain head %s, waiting for block %s: %w", h.Number, block, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func call[T any](ctx context.Context, ch *Chain, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) (T, error) {
	return bind.Call(c, &bind.CallOpts{Context: ctx}, data, unpack)
}

func (ch *Chain) nft() *bind.BoundContract {
	return contracts.NFTABI.Instance(ch.backend, ch.addrs.PKPNFT)
}
func (ch *Chain) perms() *bind.BoundContract {
	return contracts.PermsABI.Instance(ch.backend, ch.addrs.PKPPermissions)
}
func (ch *Chain) router() *bind.BoundContract {
	return contracts.RouterABI.Instance(ch.backend, ch.addrs.PubkeyRouter)
}

// RootKey is the active root key (33 bytes) from PubkeyRouter.
func (ch *Chain) RootKey(ctx context.Context) ([]byte, error) {
	has, err := call(ctx, ch, ch.router(), contracts.RouterABI.PackHasRootKey(), contracts.RouterABI.UnpackHasRootKey)
	if err != nil {
		return nil, fmt.Errorf("read root key: %w", err)
	}
	if !has {
		return nil, errors.New("the network has no active root key yet (genesis not finished)")
	}
	k, err := call(ctx, ch, ch.router(), contracts.RouterABI.PackRootKey(), contracts.RouterABI.UnpackRootKey)
	if err != nil {
		return nil, fmt.Errorf("read root key: %w", err)
	}
	return k, nil
}

func (ch *Chain) mintCost(ctx context.Context) (*big.Int, error) {
	v, err := call(ctx, ch, ch.nft(), contracts.NFTABI.PackMintCost(), contracts.NFTABI.UnpackMintCost)
	if err != nil {
		return nil, fmt.Errorf("read mint cost: %w", err)
	}
	return v, nil
}

// minted reads the PKPMinted event of a receipt and checks the PKP address
// the contract derived against the one derived locally from the root key.
func (ch *Chain) minted(ctx context.Context, r *types.Receipt) (*PKP, error) {
	for _, l := range r.Logs {
		if l.Address != ch.addrs.PKPNFT {
			continue
		}
		ev, err := contracts.NFTABI.UnpackPKPMintedEvent(l)
		if err != nil {
			continue
		}
		return ch.PKP(ctx, ev.TokenId)
	}
	return nil, errors.New("mint: no PKPMinted event in the receipt")
}

// MintPKP mints the next PKP to the sender, paying the mint cost.
func (ch *Chain) MintPKP(ctx context.Context) (*PKP, error) {
	cost, err := ch.mintCost(ctx)
	if err != nil {
		return nil, err
	}
	r, err := ch.transact(ctx, "mint", ch.addrs.PKPNFT, contracts.NFTABI.PackMintNext(), cost)
	if err != nil {
		return nil, err
	}
	return ch.minted(ctx, r)
}

// MintGrantAndBurn mints a PKP, permits action actionCID with the
// sign-anything scope and burns it, in one transaction: only that action
// can ever use the PKP.
func (ch *Chain) MintGrantAndBurn(ctx context.Context, actionCID string) (*PKP, error) {
	m, err := actionid.Multihash(actionCID)
	if err != nil {
		return nil, err
	}
	cost, err := ch.mintCost(ctx)
	if err != nil {
		return nil, err
	}
	r, err := ch.transact(ctx, "mint, grant and burn", ch.addrs.PKPNFT, contracts.NFTABI.PackMintGrantAndBurnNext(m), cost)
	if err != nil {
		return nil, err
	}
	return ch.minted(ctx, r)
}

// MintOptions are the permissions PKPHelper sets up at mint.
type MintOptions struct {
	Actions       []string // CIDv0 or its dag-pb CIDv1, each with ActionScopes
	ActionScopes  []int    // default {ScopeSignAnything}
	Addresses     []common.Address
	AddressScopes []int        // default {ScopeSignAnything}
	PermitSelf    bool         // permit the PKP's own address (sign anything)
	SendPkpToSelf bool         // the PKP owns its NFT: permissions are then fixed
	AuthMethods   []AuthMethod // each with its own Scopes
}

func scopesOrDefault(s []int) []*big.Int {
	if len(s) == 0 {
		s = []int{int(contracts.ScopeSignAnything)}
	}
	out := make([]*big.Int, len(s))
	for i, v := range s {
		out[i] = big.NewInt(int64(v))
	}
	return out
}

// MintWithPermissions mints a PKP through PKPHelper with its permissions, in
// one transaction.
func (ch *Chain) MintWithPermissions(ctx context.Context, o MintOptions) (*PKP, error) {
	p := bindings.PKPHelperMintParams{
		PermittedActions: [][]byte{}, PermittedActionScopes: [][]*big.Int{},
		PermittedAddresses: []common.Address{}, PermittedAddressScopes: [][]*big.Int{},
		PermittedAuthMethods: []bindings.AuthMethod{}, PermittedAuthMethodScopes: [][]*big.Int{},
		AddPkpEthAddressAsPermittedAddress: o.PermitSelf, PkpEthAddressScopes: []*big.Int{},
		SendPkpToItself: o.SendPkpToSelf,
	}
	for _, a := range o.Actions {
		m, err := actionid.Multihash(a)
		if err != nil {
			return nil, err
		}
		p.PermittedActions = append(p.PermittedActions, m)
		p.PermittedActionScopes = append(p.PermittedActionScopes, scopesOrDefault(o.ActionScopes))
	}
	for _, a := range o.Addresses {
		p.PermittedAddresses = append(p.PermittedAddresses, a)
		p.PermittedAddressScopes = append(p.PermittedAddressScopes, scopesOrDefault(o.AddressScopes))
	}
	for _, am := range o.AuthMethods {
		bm, err := am.binding()
		if err != nil {
			return nil, err
		}
		p.PermittedAuthMethods = append(p.PermittedAuthMethods, bm)
		p.PermittedAuthMethodScopes = append(p.PermittedAuthMethodScopes, scopesOrDefault(am.Scopes))
	}
	if o.PermitSelf {
		p.PkpEthAddressScopes = scopesOrDefault(nil)
	}
	cost, err := ch.mintCost(ctx)
	if err != nil {
		return nil, err
	}
	r, err := ch.transact(ctx, "mint with permissions", ch.addrs.PKPHelper, contracts.HelperABI.PackMintNextAndAddPermissions(p), cost)
	if err != nil {
		return nil, err
	}
	return ch.minted(ctx, r)
}

func (am AuthMethod) binding() (bindings.AuthMethod, error) {
	id, err := hex.DecodeString(trim0x(am.ID))
	if err != nil || len(id) == 0 {
		return bindings.AuthMethod{}, fmt.Errorf("auth method ID %q is not hex", am.ID)
	}
	var up []byte
	if am.UserPubkey != "" {
		if up, err = hex.DecodeString(trim0x(am.UserPubkey)); err != nil {
			return bindings.AuthMethod{}, fmt.Errorf("auth method user pubkey %q is not hex", am.UserPubkey)
		}
	}
	return bindings.AuthMethod{AuthMethodType: new(big.Int).SetUint64(am.Type), Id: id, UserPubkey: up}, nil
}

// PKP reads a PKP's state and permissions. The public key is derived from
// the active root key and checked against the address the contract derived.
func (ch *Chain) PKP(ctx context.Context, tokenID *big.Int) (*PKP, error) {
	nft := ch.nft()
	keyID, err := call(ctx, ch, nft, contracts.NFTABI.PackKeyIdOf(tokenID), contracts.NFTABI.UnpackKeyIdOf)
	if err != nil {
		if name := contracts.RevertName(err); name != "" {
			return nil, fmt.Errorf("PKP %s: %s", tokenID, name)
		}
		return nil, fmt.Errorf("PKP %s: %w", tokenID, err)
	}
	addr, err := call(ctx, ch, nft, contracts.NFTABI.PackPkpAddressOf(tokenID), contracts.NFTABI.UnpackPkpAddressOf)
	if err != nil {
		return nil, fmt.Errorf("PKP %s address: %w", tokenID, err)
	}
	burned, err := call(ctx, ch, nft, contracts.NFTABI.PackIsBurned(tokenID), contracts.NFTABI.UnpackIsBurned)
	if err != nil {
		return nil, fmt.Errorf("PKP %s: %w", tokenID, err)
	}
	p := &PKP{TokenID: new(big.Int).Set(tokenID), KeyID: keyID, Address: addr, Burned: burned}
	if !burned {
		if p.Owner, err = call(ctx, ch, nft, contracts.NFTABI.PackOwnerOf(tokenID), contracts.NFTABI.UnpackOwnerOf); err != nil {
			return nil, fmt.Errorf("PKP %s owner: %w", tokenID, err)
		}
	}
	root, err := ch.RootKey(ctx)
	if err != nil {
		return nil, err
	}
	pub, err := mpc.DerivePubkey(root, mpc.KeyID(keyID))
	if err != nil {
		return nil, fmt.Errorf("PKP %s: derive public key: %w", tokenID, err)
	}
	if a, err := mpc.PubkeyAddress(pub); err != nil || a != addr {
		return nil, fmt.Errorf("PKP %s: the contract's address %s differs from the derived key's %s", tokenID, addr, a)
	}
	p.PubKey = "0x" + hex.EncodeToString(pub)
	perms := ch.perms()
	acts, err := call(ctx, ch, perms, contracts.PermsABI.PackGetPermittedActions(tokenID), contracts.PermsABI.UnpackGetPermittedActions)
	if err != nil {
		return nil, fmt.Errorf("PKP %s actions: %w", tokenID, err)
	}
	for _, a := range acts {
		if c, err := actionid.FromMultihash(a); err == nil {
			p.Actions = append(p.Actions, c.String())
		} else {
			p.Actions = append(p.Actions, "0x"+hex.EncodeToString(a))
		}
	}
	addrs, err := call(ctx, ch, perms, contracts.PermsABI.PackGetPermittedAddresses(tokenID), contracts.PermsABI.UnpackGetPermittedAddresses)
	if err != nil {
		return nil, fmt.Errorf("PKP %s addresses: %w", tokenID, err)
	}
	for _, a := range addrs {
		p.Addresses = append(p.Addresses, a.Hex())
	}
	ams, err := call(ctx, ch, perms, contracts.PermsABI.PackGetPermittedAuthMethods(tokenID), contracts.PermsABI.UnpackGetPermittedAuthMethods)
	if err != nil {
		return nil, fmt.Errorf("PKP %s auth methods: %w", tokenID, err)
	}
	for _, am := range ams {
		scopes, err := call(ctx, ch, perms, contracts.PermsABI.PackGetPermittedAuthMethodScopes(tokenID, am.AuthMethodType, am.Id, big.NewInt(int64(contracts.MaxScope))), contracts.PermsABI.UnpackGetPermittedAuthMethodScopes)
		if err != nil {
			return nil, fmt.Errorf("PKP %s auth method scopes: %w", tokenID, err)
		}
		out := AuthMethod{Type: am.AuthMethodType.Uint64(), ID: "0x" + hex.EncodeToString(am.Id), Scopes: []int{}}
		if len(am.UserPubkey) > 0 {
			out.UserPubkey = "0x" + hex.EncodeToString(am.UserPubkey)
		}
		for i, ok := range scopes {
			if ok {
				out.Scopes = append(out.Scopes, i)
			}
		}
		p.AuthMethods = append(p.AuthMethods, out)
	}
	return p, nil
}

// TokenIDOf resolves a PKP reference: a decimal token ID, a 0x PKP address,
// or a 0x public key (33 or 65 bytes).
func (ch *Chain) TokenIDOf(ctx context.Context, ref string) (*big.Int, error) {
	if t, ok := new(big.Int).SetString(ref, 10); ok && t.Sign() > 0 {
		return t, nil
	}
	b, err := hex.DecodeString(trim0x(ref))
	if err != nil || !strings.HasPrefix(ref, "0x") {
		return nil, fmt.Errorf("PKP %q: give a token ID, a 0x address or a 0x public key", ref)
	}
	var addr common.Address
	switch len(b) {
	case 20:
		addr = common.BytesToAddress(b)
	case 33, 65:
		if addr, err = mpc.PubkeyAddress(b); err != nil {
			return nil, fmt.Errorf("PKP %q: %w", ref, err)
		}
	default:
		return nil, fmt.Errorf("PKP %q: %d bytes is neither an address nor a public key", ref, len(b))
	}
	t, err := call(ctx, ch, ch.nft(), contracts.NFTABI.PackTokenIdOfAddress(addr), contracts.NFTABI.UnpackTokenIdOfAddress)
	if err != nil {
		return nil, fmt.Errorf("PKP %q: %w", ref, err)
	}
	if t.Sign() == 0 {
		return nil, fmt.Errorf("PKP %q: no PKP has address %s", ref, addr)
	}
	return t, nil
}

// AddPermittedAction permits action actionCID for the PKP with scopes
// (default sign anything).
func (ch *Chain) AddPermittedAction(ctx context.Context, tokenID *big.Int, actionCID string, scopes []int) error {
	m, err := actionid.Multihash(actionCID)
	if err != nil {
		return err
	}
	_, err = ch.transact(ctx, "permit action", ch.addrs.PKPPermissions, contracts.PermsABI.PackAddPermittedAction(tokenID, m, scopesOrDefault(scopes)), nil)
	return err
}

// RemovePermittedAction revokes an action.
func (ch *Chain) RemovePermittedAction(ctx context.Context, tokenID *big.Int, actionCID string) error {
	m, err := actionid.Multihash(actionCID)
	if err != nil {
		return err
	}
	_, err = ch.transact(ctx, "revoke action", ch.addrs.PKPPermissions, contracts.PermsABI.PackRemovePermittedAction(tokenID, m), nil)
	return err
}

// AddPermittedAddress permits an Ethereum address with scopes.
func (ch *Chain) AddPermittedAddress(ctx context.Context, tokenID *big.Int, a common.Address, scopes []int) error {
	_, err := ch.transact(ctx, "permit address", ch.addrs.PKPPermissions, contracts.PermsABI.PackAddPermittedAddress(tokenID, a, scopesOrDefault(scopes)), nil)
	return err
}

// RemovePermittedAddress revokes an address.
func (ch *Chain) RemovePermittedAddress(ctx context.Context, tokenID *big.Int, a common.Address) error {
	_, err := ch.transact(ctx, "revoke address", ch.addrs.PKPPermissions, contracts.PermsABI.PackRemovePermittedAddress(tokenID, a), nil)
	return err
}

// AddPermittedAuthMethod permits an auth method with its Scopes.
func (ch *Chain) AddPermittedAuthMethod(ctx context.Context, tokenID *big.Int, am AuthMethod) error {
	bm, err := am.binding()
	if err != nil {
		return err
	}
	_, err = ch.transact(ctx, "permit auth method", ch.addrs.PKPPermissions, contracts.PermsABI.PackAddPermittedAuthMethod(tokenID, bm, scopesOrDefault(am.Scopes)), nil)
	return err
}

// RemovePermittedAuthMethod revokes an auth method.
func (ch *Chain) RemovePermittedAuthMethod(ctx context.Context, tokenID *big.Int, typ uint64, id []byte) error {
	_, err := ch.transact(ctx, "revoke auth method", ch.addrs.PKPPermissions, contracts.PermsABI.PackRemovePermittedAuthMethod(tokenID, new(big.Int).SetUint64(typ), id), nil)
	return err
}

// SetAuthMethodScope adds (on) or removes (off) one scope of a permitted
// auth method, action or address (their auth method types are 2 and 1).
func (ch *Chain) SetAuthMethodScope(ctx context.Context, tokenID *big.Int, typ uint64, id []byte, scope int, on bool) error {
	t, s := new(big.Int).SetUint64(typ), big.NewInt(int64(scope))
	if on {
		_, err := ch.transact(ctx, "add scope", ch.addrs.PKPPermissions, contracts.PermsABI.PackAddPermittedAuthMethodScope(tokenID, t, id, s), nil)
		return err
	}
	_, err := ch.transact(ctx, "remove scope", ch.addrs.PKPPermissions, contracts.PermsABI.PackRemovePermittedAuthMethodScope(tokenID, t, id, s), nil)
	return err
}

// TransferPKP transfers the PKP's NFT from the sender to `to`.
func (ch *Chain) TransferPKP(ctx context.Context, tokenID *big.Int, to common.Address) error {
	_, err := ch.transact(ctx, "transfer", ch.addrs.PKPNFT, contracts.NFTABI.PackTransferFrom(ch.From(), to, tokenID), nil)
	return err
}

// BurnPKP burns the PKP's NFT: its permissions are fixed from then on.
func (ch *Chain) BurnPKP(ctx context.Context, tokenID *big.Int) error {
	_, err := ch.transact(ctx, "burn", ch.addrs.PKPNFT, contracts.NFTABI.PackBurn(tokenID), nil)
	return err
}

// KeyAddress is the Ethereum address of a private key.
func KeyAddress(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// Transfer sends value wei from the sender to `to`.
func (ch *Chain) Transfer(ctx context.Context, to common.Address, value *big.Int) error {
	_, err := ch.transact(ctx, "transfer value", to, nil, value)
	return err
}
