// Package devchain runs an embedded go-ethereum dev-mode node in process, with the
// pkpnet contracts deployed and a set of funded dev accounts. It serves HTTP and
// WebSocket JSON-RPC on 127.0.0.1 only, has no p2p listener, no discovery and no NAT,
// and produces blocks with go-ethereum's simulated beacon: every Period, or, with
// Period 0, as soon as a transaction arrives. The chain ID is 1337.
//
// The dev keys are derived from a fixed seed and are public knowledge: never use them
// anywhere but a local dev chain.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/pkpnet/pkpnet/contracts"
)

// ChainID is the dev chain's fixed chain ID (go-ethereum's dev-mode ID).
const ChainID = 1337

// keySeed is the domain of the deterministic dev keys.
const keySeed = "pkpnet/devchain/key/v1"

// infoFile is where a persistent dev chain remembers its deployment.
const infoFile = "pkpnet-devchain.json"

// Config configures a dev chain.
type Config struct {
	// DataDir keeps the chain on disk. Empty means ephemeral (in memory).
	DataDir string
	// HTTPPort and WSPort on 127.0.0.1. 0 picks a free port; equal ports share one
	// server that answers both.
	HTTPPort, WSPort int
	// Period between blocks. 0 seals a block as soon as a transaction arrives.
	Period time.Duration
	// Accounts is the number of funded dev accounts (default 10). Account 0 deploys the
	// contracts and owns NodeRegistry, PubkeyRouter and PKPNFT.
	Accounts int
	// Balance of each dev account in wei (default 10^24, a million ether).
	Balance *big.Int
	// MintCost of a PKP in wei (default 0).
	MintCost *big.Int
	Logger   *slog.Logger
}

// Account is a funded dev account.
type Account struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// Info is what a dev chain tells its users; WriteInfo saves it as JSON.
type Info struct {
	ChainID     uint64              `json:"chainId"`
	HTTPURL     string              `json:"httpUrl"`
	WSURL       string              `json:"wsUrl"`
	Contracts   contracts.Addresses `json:"contracts"`
	DeployBlock uint64              `json:"deployBlock"`
	Accounts    []AccountInfo       `json:"accounts"`
}

// AccountInfo is a dev account in Info. The key is hex, for dev use only.
type AccountInfo struct {
	Address    common.Address `json:"address"`
	PrivateKey string         `json:"privateKey"`
}

// Chain is a running dev chain.
type Chain struct {
	HTTPURL     string
	WSURL       string
	ChainID     *big.Int
	Contracts   contracts.Addresses
	DeployBlock uint64
	Accounts    []Account

	stack  *node.Node
	eth    *eth.Ethereum
	beacon *catalyst.SimulatedBeacon
	client *ethclient.Client
	period time.Duration
	log    *slog.Logger

	mineMu  sync.Mutex
	miner   *contracts.Sender
	ownerMu sync.Mutex
	owner   *contracts.Sender
}

// DevKey returns dev account i's key. It is deterministic: the same on every run.
func DevKey(i int) *ecdsa.PrivateKey {
	var idx [8]byte
	binary.BigEndian.PutUint64(idx[:], uint64(i))
	for ctr := byte(0); ; ctr++ {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(keySeed), idx[:], []byte{ctr}))
		if err == nil {
			return k
		}
	}
}

// Start starts the node, funds the dev accounts and deploys the contracts (or, with a
// DataDir that already holds a dev chain, reuses its deployment).
func Start(ctx context.Context, cfg Config) (*Chain, error) {
	if cfg.Accounts <= 0 {
		cfg.Accounts = 10
	}
	if cfg.Accounts > 1000 {
		return nil, errors.New("devchain: at most 1000 accounts")
	}
	if cfg.Balance == nil {
		cfg.Balance = new(big.Int).Exp(big.NewInt(10), big.NewInt(24), nil)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Period < 0 || (cfg.Period > 0 && cfg.Period < time.Second) {
		return nil, errors.New("devchain: period must be 0 or at least 1s")
	}
	c := &Chain{ChainID: big.NewInt(ChainID), period: cfg.Period, log: cfg.Logger.With("component", "devchain")}
	for i := 0; i < cfg.Accounts; i++ {
		k := DevKey(i)
		c.Accounts = append(c.Accounts, Account{Address: crypto.PubkeyToAddress(k.PublicKey), Key: k})
	}

	nodeCfg := &node.Config{
		Name:                 "pkpnet-devchain",
		DataDir:              cfg.DataDir,
		IPCPath:              "", // no IPC socket
		HTTPHost:             "127.0.0.1",
		HTTPPort:             cfg.HTTPPort,
		HTTPModules:          []string{"eth", "net", "web3", "dev"},
		HTTPVirtualHosts:     []string{"localhost", "127.0.0.1"},
		HTTPCors:             []string{"*"},
		HTTPTimeouts:         rpc.DefaultHTTPTimeouts,
		WSHost:               "127.0.0.1",
		WSPort:               cfg.WSPort,
		WSModules:            []string{"eth", "net", "web3", "dev"},
		WSOrigins:            []string{"*"},
		AuthAddr:             "127.0.0.1",
		AuthPort:             0,
		BatchRequestLimit:    1000,
		BatchResponseMaxSize: 25 * 1000 * 1000,
		HTTPBodyLimit:        5 * 1024 * 1024,
		UseLightweightKDF:    true,
		P2P: p2p.Config{
			NoDiscovery: true,
			DiscoveryV4: false,
			DiscoveryV5: false,
			NoDial:      true,
			ListenAddr:  "",
			MaxPeers:    0,
			NAT:         nil,
		},
	}
	stack, err := node.New(nodeCfg)
	if err != nil {
		return nil, fmt.Errorf("devchain: node: %w", err)
	}
	c.stack = stack
	ok := false
	defer func() {
		if !ok {
			_ = stack.Close()
		}
	}()

	genesis := core.DeveloperGenesisBlock(60_000_000, nil)
	for _, a := range c.Accounts {
		genesis.Alloc[a.Address] = types.Account{Balance: new(big.Int).Set(cfg.Balance)}
	}
	ethCfg := ethconfig.Defaults
	ethCfg.NetworkId = ChainID
	ethCfg.Genesis = genesis
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.Miner.PendingFeeRecipient = c.Accounts[0].Address
	ethCfg.TxPool.NoLocals = true
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		return nil, fmt.Errorf("devchain: eth: %w", err)
	}
	c.eth = backend
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	beacon, err := catalyst.NewSimulatedBeacon(uint64(cfg.Period/time.Second), c.Accounts[0].Address, backend)
	if err != nil {
		return nil, fmt.Errorf("devchain: simulated beacon: %w", err)
	}
	c.beacon = beacon
	catalyst.RegisterSimulatedBeaconAPIs(stack, beacon)
	stack.RegisterLifecycle(beacon)
	if err := stack.Start(); err != nil {
		return nil, fmt.Errorf("devchain: start: %w", err)
	}
	c.HTTPURL = stack.HTTPEndpoint()
	c.WSURL = stack.WSEndpoint()
	c.client = ethclient.NewClient(stack.Attach())

	if err := c.deploy(ctx, cfg); err != nil {
		return nil, err
	}
	ok = true
	c.log.Info("dev chain ready", "http", c.HTTPURL, "ws", c.WSURL, "chainId", ChainID,
		"nodeRegistry", c.Contracts.NodeRegistry, "pkpNFT", c.Contracts.PKPNFT)
	return c, nil
}

func (c *Chain) deploy(ctx context.Context, cfg Config) error {
	path := ""
	if cfg.DataDir != "" {
		path = filepath.Join(cfg.DataDir, infoFile)
		if b, err := os.ReadFile(path); err == nil {
			var prev Info
			if err := json.Unmarshal(b, &prev); err != nil {
				return fmt.Errorf("devchain: %s: %w", path, err)
			}
			code, err := c.client.CodeAt(ctx, prev.Contracts.PKPHelper, nil)
			if err != nil {
				return fmt.Errorf("devchain: check deployment: %w", err)
			}
			if len(code) > 0 {
				c.Contracts, c.DeployBlock = prev.Contracts, prev.DeployBlock
				c.log.Info("reusing the deployment in the data dir", "file", path)
				return nil
			}
		}
	}
	s := c.Sender(0)
	start, err := c.client.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	a, err := contracts.Deploy(ctx, s, cfg.MintCost)
	if err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	c.Contracts, c.DeployBlock = a, start+1
	if path != "" {
		if err := c.WriteInfo(path); err != nil {
			return err
		}
	}
	return nil
}

// Sender returns a transaction sender for dev account i. With Period 0 it relies on
// the on-demand block production; otherwise it waits for the next periodic block.
func (c *Chain) Sender(i int) *contracts.Sender {
	return &contracts.Sender{Backend: c.client, Key: c.Accounts[i].Key, ChainID: c.ChainID, PollInterval: 25 * time.Millisecond}
}

// Client returns an in-process RPC client (no sockets).
func (c *Chain) Client() *ethclient.Client { return c.client }

// Info returns the chain's public description, including the dev keys.
func (c *Chain) Info() Info {
	in := Info{ChainID: ChainID, HTTPURL: c.HTTPURL, WSURL: c.WSURL, Contracts: c.Contracts, DeployBlock: c.DeployBlock}
	for _, a := range c.Accounts {
		in.Accounts = append(in.Accounts, AccountInfo{Address: a.Address, PrivateKey: hexutil.Encode(crypto.FromECDSA(a.Key))})
	}
	return in
}

// WriteInfo writes Info as JSON to path (mode 0600: it holds the dev keys).
func (c *Chain) WriteInfo(path string) error {
	b, err := json.MarshalIndent(c.Info(), "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("devchain: write info: %w", err)
	}
	return nil
}

// Mine produces one more block (for confirmations) by sending a zero-value
// transaction from the last dev account to itself and waiting for it to be mined. It
// works in both block modes and never races the block producer.
func (c *Chain) Mine(ctx context.Context) error {
	c.mineMu.Lock()
	defer c.mineMu.Unlock()
	if c.miner == nil {
		c.miner = c.Sender(len(c.Accounts) - 1)
		c.miner.GasLimit = 21_000
	}
	self := c.miner.From()
	if _, err := c.miner.Transact(ctx, self, nil, nil); err != nil {
		c.miner.ResetNonce()
		return fmt.Errorf("devchain: mine: %w", err)
	}
	return nil
}

// Close stops the node.
func (c *Chain) Close() error {
	if c.client != nil {
		c.client.Close()
	}
	return c.stack.Close()
}
