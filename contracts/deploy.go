package contracts

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/contracts/bindings"
)

// Addresses are the deployed pkpnet contracts.
type Addresses struct {
	NodeRegistry   common.Address `json:"nodeRegistry"`
	PubkeyRouter   common.Address `json:"pubkeyRouter"`
	PKPNFT         common.Address `json:"pkpNFT"`
	PKPPermissions common.Address `json:"pkpPermissions"`
	PKPHelper      common.Address `json:"pkpHelper"`
}

// List returns the addresses in a fixed order (registry, router, NFT, permissions, helper).
func (a Addresses) List() []common.Address {
	return []common.Address{a.NodeRegistry, a.PubkeyRouter, a.PKPNFT, a.PKPPermissions, a.PKPHelper}
}

// Backend is what Deploy and Sender need from a chain connection. Both
// *ethclient.Client and the simulated backend's client satisfy it.
type Backend interface {
	bind.ContractBackend
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// Sender sends transactions from one key with locally tracked nonces and waits for their
// receipts. Commit, when set, is called after each send to seal a block (simulated
// backend, dev chain in on-demand mode). A Sender is not safe for concurrent use.
type Sender struct {
	Backend Backend
	Key     *ecdsa.PrivateKey
	ChainID *big.Int
	Commit  func()
	// GasLimit of each transaction; 0 means estimate.
	GasLimit uint64
	// PollInterval between receipt lookups; 0 means 20ms.
	PollInterval time.Duration

	nonce    uint64
	nonceSet bool
}

// From returns the sender's address.
func (s *Sender) From() common.Address { return crypto.PubkeyToAddress(s.Key.PublicKey) }

// Opts returns transact options with the next nonce and value.
func (s *Sender) Opts(ctx context.Context, value *big.Int) (*bind.TransactOpts, error) {
	if !s.nonceSet {
		n, err := s.Backend.PendingNonceAt(ctx, s.From())
		if err != nil {
			return nil, fmt.Errorf("nonce of %s: %w", s.From(), err)
		}
		s.nonce, s.nonceSet = n, true
	}
	opts := bind.NewKeyedTransactor(s.Key, s.ChainID)
	opts.Context = ctx
	opts.Nonce = new(big.Int).SetUint64(s.nonce)
	opts.Value = value
	opts.GasLimit = s.GasLimit
	return opts, nil
}

// ResetNonce makes the next send read the nonce from the chain again.
func (s *Sender) ResetNonce() { s.nonceSet = false }

// Transact sends calldata with value to contract `to`, waits for the receipt and returns
// it. A reverted transaction is an error that carries the receipt.
func (s *Sender) Transact(ctx context.Context, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	opts, err := s.Opts(ctx, value)
	if err != nil {
		return nil, err
	}
	if opts.GasLimit == 0 {
		gas, err := s.Backend.EstimateGas(ctx, ethereum.CallMsg{From: s.From(), To: &to, Value: value, Data: data})
		if err != nil {
			return nil, fmt.Errorf("estimate gas: %w", err)
		}
		opts.GasLimit = gas + gas/4
	}
	c := bind.NewBoundContract(to, abi.ABI{}, s.Backend, s.Backend, s.Backend)
	tx, err := c.RawTransact(opts, data)
	if err != nil {
		return nil, fmt.Errorf("send tx to %s: %w", to, err)
	}
	s.nonce++
	return s.Wait(ctx, tx)
}

// Deploy sends a contract creation and returns the new address and receipt.
func (s *Sender) Deploy(ctx context.Context, bytecode, constructorInput []byte) (common.Address, *types.Receipt, error) {
	opts, err := s.Opts(ctx, nil)
	if err != nil {
		return common.Address{}, nil, err
	}
	if opts.GasLimit == 0 {
		data := append(append([]byte{}, bytecode...), constructorInput...)
		gas, err := s.Backend.EstimateGas(ctx, ethereum.CallMsg{From: s.From(), Data: data})
		if err != nil {
			return common.Address{}, nil, fmt.Errorf("estimate deploy gas: %w", err)
		}
		opts.GasLimit = gas + gas/4
	}
	addr, tx, err := bind.DeployContract(opts, bytecode, s.Backend, constructorInput)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy: %w", err)
	}
	s.nonce++
	rcpt, err := s.Wait(ctx, tx)
	return addr, rcpt, err
}

// ErrReverted is returned (wrapped) for a mined transaction with status 0.
var ErrReverted = errors.New("transaction reverted")

// Wait polls until tx has a receipt. When Commit is set it seals a block before each
// look-up.
func (s *Sender) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	poll := s.PollInterval
	if poll == 0 {
		poll = 20 * time.Millisecond
	}
	for {
		if s.Commit != nil {
			s.Commit()
		}
		rcpt, err := s.Backend.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if rcpt.Status != types.ReceiptStatusSuccessful {
				return rcpt, fmt.Errorf("tx %s: %w", tx.Hash(), ErrReverted)
			}
			return rcpt, nil
		}
		// A node that is still building its transaction index answers with an error
		// rather than "not found"; both mean "ask again".
		if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, fmt.Errorf("receipt of %s: %w", tx.Hash(), err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for %s: %w", tx.Hash(), ctx.Err())
		case <-time.After(poll):
		}
	}
}

// Deploy deploys and wires all five contracts from s, which becomes the owner of the
// registry, router and NFT. mintCost is the PKPNFT mint price in wei (nil means 0).
// The eight transactions are sent back to back with consecutive nonces (the contract
// addresses follow from them) and then awaited together, so a dev chain with a block
// period deploys in one or two blocks.
func Deploy(ctx context.Context, s *Sender, mintCost *big.Int) (Addresses, error) {
	if mintCost == nil {
		mintCost = new(big.Int)
	}
	owner := s.From()
	base, err := s.Backend.PendingNonceAt(ctx, owner)
	if err != nil {
		return Addresses{}, fmt.Errorf("deploy: nonce: %w", err)
	}
	s.nonce, s.nonceSet = base, true
	a := Addresses{
		NodeRegistry:   crypto.CreateAddress(owner, base),
		PubkeyRouter:   crypto.CreateAddress(owner, base+1),
		PKPNFT:         crypto.CreateAddress(owner, base+2),
		PKPPermissions: crypto.CreateAddress(owner, base+3),
		PKPHelper:      crypto.CreateAddress(owner, base+4),
	}
	type txSpec struct {
		name string
		to   *common.Address // nil: creation
		data []byte
	}
	creation := func(bin string, input []byte) []byte {
		return append(common.FromHex(bin), input...)
	}
	specs := []txSpec{
		{"NodeRegistry", nil, creation(bindings.NodeRegistryMetaData.Bin, bindings.NewNodeRegistry().PackConstructor(owner))},
		{"PubkeyRouter", nil, creation(bindings.PubkeyRouterMetaData.Bin, bindings.NewPubkeyRouter().PackConstructor(owner, a.NodeRegistry))},
		{"PKPNFT", nil, creation(bindings.PKPNFTMetaData.Bin, bindings.NewPKPNFT().PackConstructor(owner, a.PubkeyRouter, mintCost))},
		{"PKPPermissions", nil, creation(bindings.PKPPermissionsMetaData.Bin, bindings.NewPKPPermissions().PackConstructor(a.PKPNFT))},
		{"PKPHelper", nil, creation(bindings.PKPHelperMetaData.Bin, bindings.NewPKPHelper().PackConstructor(a.PKPNFT, a.PKPPermissions))},
		{"router.setPKPNFT", &a.PubkeyRouter, bindings.NewPubkeyRouter().PackSetPKPNFT(a.PKPNFT)},
		{"nft.setPermissions", &a.PKPNFT, bindings.NewPKPNFT().PackSetPermissions(a.PKPPermissions)},
		{"registry.setKeyRouter", &a.NodeRegistry, bindings.NewNodeRegistry().PackSetKeyRouter(a.PubkeyRouter)},
	}
	txs := make([]*types.Transaction, 0, len(specs))
	for _, sp := range specs {
		opts, err := s.Opts(ctx, nil)
		if err != nil {
			return Addresses{}, err
		}
		if sp.to == nil {
			// Constructors only store their arguments, so estimating before the
			// contracts they point at exist is exact.
			gas, err := s.Backend.EstimateGas(ctx, ethereum.CallMsg{From: owner, Data: sp.data})
			if err != nil {
				return Addresses{}, fmt.Errorf("deploy %s: estimate gas: %w", sp.name, err)
			}
			opts.GasLimit = gas + gas/4
		} else {
			opts.GasLimit = 300_000 // one SSTORE and an event
		}
		var tx *types.Transaction
		if sp.to == nil {
			_, tx, err = bind.DeployContract(opts, sp.data, s.Backend, nil)
		} else {
			c := bind.NewBoundContract(*sp.to, abi.ABI{}, s.Backend, s.Backend, s.Backend)
			tx, err = c.RawTransact(opts, sp.data)
		}
		if err != nil {
			return Addresses{}, fmt.Errorf("deploy %s: send: %w", sp.name, err)
		}
		s.nonce++
		txs = append(txs, tx)
	}
	for i, tx := range txs {
		if _, err := s.Wait(ctx, tx); err != nil {
			return Addresses{}, fmt.Errorf("deploy %s: %w", specs[i].name, err)
		}
	}
	return a, nil
}

// DeployTestWallet deploys a TestWallet (a minimal EIP-1271 contract wallet
// whose isValidSignature accepts owner's ECDSA signatures) from s. Tests and
// dev chains use it to exercise contract-wallet authentication.
func DeployTestWallet(ctx context.Context, s *Sender, owner common.Address) (common.Address, error) {
	code := append(common.FromHex(bindings.TestWalletMetaData.Bin), bindings.NewTestWallet().PackConstructor(owner)...)
	addr, _, err := s.Deploy(ctx, code, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy TestWallet: %w", err)
	}
	return addr, nil
}
