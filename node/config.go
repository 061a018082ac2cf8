package node

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/runtime"
)

// Config configures one node. Zero fields take the defaults listed in
// docs/node.md. Build it by hand (tests, devnet) or with LoadConfig (the
// `pkpnet node` command: flags, then PKPNET_* environment, then a JSON file).
type Config struct {
	// DataDir holds the node's bbolt file (node.db) and its libp2p identity
	// (identity.key). Required.
	DataDir string
	// Network names the pkpnet network (DHT namespace, topics). Default "devnet".
	Network string
	// ListenAddrs are the libp2p listen multiaddrs. Default: TCP and QUIC on
	// 127.0.0.1 with random ports.
	ListenAddrs []string
	// Bootstrap peers (full multiaddrs with /p2p/<id>).
	Bootstrap []string
	// AnnounceAddrs, when set, are the multiaddrs the node advertises
	// instead of its listen addresses (a public IP, a NAT port forward).
	AnnounceAddrs []string

	// RPCURL is the chain's JSON-RPC endpoint (http(s) or ws(s)). Required
	// unless EthClient is set.
	RPCURL string
	// EthClient, when set, is used instead of dialling RPCURL (in-process
	// chains in tests and the devnet). The node does not close it.
	EthClient *ethclient.Client
	// Contracts are the deployed pkpnet contracts. NodeRegistry,
	// PubkeyRouter and PKPPermissions are required.
	Contracts contracts.Addresses
	// StartBlock is the contracts' deployment block (chainwatch starts there).
	StartBlock uint64
	// Confirmations before chainwatch applies an event. Nil takes the
	// chain's default (see ConfirmationsFor): 0 on a dev chain (chain ID
	// DevChainID, which mines on demand and never gets deeper),
	// DefaultConfirmations elsewhere. Below DefaultConfirmations on a
	// non-dev chain the node refuses to start unless
	// UnsafeAllowLowConfirmations is set.
	Confirmations *uint64
	// UnsafeAllowLowConfirmations lets a node on a non-dev chain run with
	// fewer than DefaultConfirmations confirmations: a permission from a
	// block that is later orphaned can then authorise a share.
	UnsafeAllowLowConfirmations bool
	// PollInterval of chainwatch without a head subscription. Default 1s.
	PollInterval time.Duration

	// OperatorKey signs the node's root key vote. Its address must be the
	// operator registered in NodeRegistry. Either OperatorKey or
	// OperatorKeyFile (hex private key, mode 0600) is required.
	OperatorKey     *ecdsa.PrivateKey
	OperatorKeyFile string
	// Passphrase encrypts key shares and presignatures at rest. LoadConfig
	// reads it from PKPNET_PASSPHRASE or PassphraseFile only, never a flag.
	Passphrase     []byte
	PassphraseFile string

	// PoolTarget is the number of presignatures this node keeps ready per
	// signer set it coordinates. Default 8; -1 disables the pool (every
	// signature is then presigned on demand).
	PoolTarget int
	// PresignConcurrency is k: the most presign sessions this node
	// coordinates at once; it follows at most as many for others. Default 1.
	PresignConcurrency int
	// SandboxWorkers is the number of pre-started action workers. Default 2.
	SandboxWorkers int
	// WorkerCommand starts an action sandbox worker. Zero value: this
	// executable with the hidden sandbox-worker subcommand.
	WorkerCommand runtime.WorkerCommand
	// SandboxIsolation selects how strictly workers are isolated.
	SandboxIsolation runtime.Isolation
	// Limits of action runs; zero fields take runtime.DefaultLimits.
	Limits runtime.Limits
	// IPFSGateway lists the trustless HTTP gateways (comma-separated, tried
	// in order) actions given by CID are fetched from, e.g.
	// https://trustless-gateway.link; every block is verified against its
	// CID. Empty: requests by CID are refused.
	IPFSGateway string
	// AllowPrivateFetch lets actions fetch loopback and private addresses
	// (the devnet turns it on for local mock APIs; logged at start).
	AllowPrivateFetch bool
	// DevFault makes this node misbehave on purpose, for client tests
	// against a devnet only (TEST ONLY; the node refuses to start with it
	// on any chain but a dev chain, chain ID DevChainID). "bad-share":
	// every signature share it answers carries a corrupted sigma, so that
	// a client must name it and retry without it.
	DevFault string
	// OIDCIssuers are the OIDC issuers whose ID tokens authenticate auth
	// methods (docs/auth.md, "OIDC"). Empty: requests with ID tokens are
	// refused.
	OIDCIssuers []auth.OIDCIssuer
	// ChainNames are the chain names actions may use in getLatestNonce and
	// checkConditions; all of them read the node's chain. Default
	// ["pkpnet", "ethereum"].
	ChainNames []string
	// ActionRPCURLs are the public JSON-RPC URLs getRpcUrl gives actions,
	// by chain name (the devnet sets its devchain's).
	ActionRPCURLs map[string]string
	// ClientRate and ClientBurst bound client requests per peer and
	// protocol. Defaults 200/s and 400.
	ClientRate  float64
	ClientBurst int

	// AuthDomains, when not empty, are the only SIWE domains (app origins)
	// this node accepts in session authorisations. Empty: any domain (the
	// URI pkpnet://<network> is what binds an authorisation to pkpnet).
	AuthDomains []string
	// ReplayQuota is the number of live recorded requests one authenticated
	// address may have at this node. Default replay.DefaultQuota.
	ReplayQuota int

	// Timeouts of one signature's coordination. Defaults: ready 3s, round 5s.
	ReadyTimeout time.Duration
	RoundTimeout time.Duration

	// MetricsAddr is the host:port of the Prometheus /metrics, /healthz and
	// /readyz server. Empty: no server (the `pkpnet node` command defaults
	// to DefaultMetricsAddr).
	MetricsAddr string
	// ReadyMaxLag is how many blocks the chain index may trail the
	// confirmed head (head - confirmations) before the node refuses to
	// release shares and /readyz fails (chainwatch CheckSynced). Default 2.
	ReadyMaxLag uint64

	// ShareGrace is how long a node keeps its key share of the previous
	// epoch after an epoch switch before erasing it (docs/epochs.md).
	// Default 10 minutes; negative erases at the switch.
	ShareGrace time.Duration
	// ReadyMinNodes is how many nodes, this one included, must be
	// reachable for /readyz. Default: the signing threshold T.
	ReadyMinNodes int

	// Logger; nil means slog.Default().
	Logger *slog.Logger

	// WrapTransport, when set, wraps the node's MPC transport (keygen,
	// presign, sign coordination): the composition point for
	// instrumentation and for tests that inject faults (a malicious
	// participant's transport). Never set from flags, env or files.
	WrapTransport func(mpc.Transport) mpc.Transport
	// OnReady, when set, is called once the node serves client requests.
	OnReady func(*Node)
}

// DevChainID is the chain ID of dev chains: the embedded devchain, geth
// --dev and go-ethereum's simulated backend. A node on it defaults to 0
// confirmations. Every other chain ID is treated as a real chain.
const DevChainID = 1337

// DefaultConfirmations is the confirmation floor on a non-dev chain.
const DefaultConfirmations = 12

// ConfirmationsFor resolves the confirmations a node uses on the chain with
// chainID: set (nil when not configured) or the chain's default. A value
// below DefaultConfirmations on a non-dev chain is an error unless unsafe
// is true.
func ConfirmationsFor(chainID uint64, set *uint64, unsafe bool) (uint64, error) {
	dev := chainID == DevChainID
	if set == nil {
		if dev {
			return 0, nil
		}
		return DefaultConfirmations, nil
	}
	if *set < DefaultConfirmations && !dev && !unsafe {
		return 0, fmt.Errorf("config: %d confirmations on chain %d: a non-dev chain needs at least %d "+
			"(a permission from an orphaned block could authorise a share); raise --confirmations, or set "+
			"--unsafe-allow-low-confirmations (PKPNET_UNSAFE_ALLOW_LOW_CONFIRMATIONS) to accept the risk",
			*set, chainID, DefaultConfirmations)
	}
	return *set, nil
}

func (c *Config) setDefaults() {
	if c.Network == "" {
		c.Network = "devnet"
	}
	if len(c.ListenAddrs) == 0 {
		c.ListenAddrs = []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"}
	}
	if c.PollInterval <= 0 {
		c.PollInterval = time.Second
	}
	if c.ShareGrace == 0 {
		c.ShareGrace = 10 * time.Minute
	}
	if c.PoolTarget == 0 {
		c.PoolTarget = 8
	}
	if c.PresignConcurrency <= 0 {
		c.PresignConcurrency = 1
	}
	if c.SandboxWorkers <= 0 {
		c.SandboxWorkers = 2
	}
	if len(c.ChainNames) == 0 {
		c.ChainNames = []string{"pkpnet", "ethereum"}
	}
	if c.ClientRate <= 0 {
		c.ClientRate = 200
	}
	if c.ClientBurst <= 0 {
		c.ClientBurst = 400
	}
	if c.ReadyTimeout <= 0 {
		c.ReadyTimeout = 3 * time.Second
	}
	if c.RoundTimeout <= 0 {
		c.RoundTimeout = 5 * time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.ReadyMaxLag == 0 {
		c.ReadyMaxLag = 2
	}
}

// validate checks the configuration and resolves the secrets from files.
func (c *Config) validate() error {
	if c.DataDir == "" {
		return errors.New("config: data dir is required")
	}
	if c.RPCURL == "" && c.EthClient == nil {
		return errors.New("config: chain RPC URL is required")
	}
	if c.Contracts.NodeRegistry == (common.Address{}) || c.Contracts.PubkeyRouter == (common.Address{}) || c.Contracts.PKPPermissions == (common.Address{}) {
		return errors.New("config: contract addresses (nodeRegistry, pubkeyRouter, pkpPermissions) are required")
	}
	if c.PoolTarget < -1 || c.PoolTarget > 10000 {
		return fmt.Errorf("config: pool target %d not in -1..10000", c.PoolTarget)
	}
	if c.PresignConcurrency > 64 {
		return fmt.Errorf("config: presign concurrency %d above 64", c.PresignConcurrency)
	}
	if c.OperatorKey == nil {
		if c.OperatorKeyFile == "" {
			return errors.New("config: operator key file is required")
		}
		k, err := ReadKeyFile(c.OperatorKeyFile)
		if err != nil {
			return fmt.Errorf("config: operator key: %w", err)
		}
		c.OperatorKey = k
	}
	if len(c.Passphrase) == 0 {
		if c.PassphraseFile == "" {
			return errors.New("config: store passphrase is required (PKPNET_PASSPHRASE or --passphrase-file)")
		}
		p, err := ReadSecretFile(c.PassphraseFile, 4096)
		if err != nil {
			return fmt.Errorf("config: passphrase file: %w", err)
		}
		c.Passphrase = []byte(strings.TrimRight(string(p), "\r\n"))
		if len(c.Passphrase) == 0 {
			return errors.New("config: passphrase file is empty")
		}
	}
	return nil
}

// readSecretFile reads a small secret file that only its owner may read.
func ReadSecretFile(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("%s: mode %v: other users may read it (use chmod 600)", path, st.Mode().Perm())
	}
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%s: larger than %d bytes", path, max)
	}
	return b, nil
}

// ReadKeyFile reads a hex secp256k1 private key from a file that only its
// owner may read (mode 0600 or stricter), at most 1 KiB.
func ReadKeyFile(path string) (*ecdsa.PrivateKey, error) {
	b, err := ReadSecretFile(path, 1024)
	if err != nil {
		return nil, err
	}
	s := strings.TrimPrefix(strings.TrimSpace(string(b)), "0x")
	k, err := crypto.HexToECDSA(s)
	if err != nil {
		return nil, fmt.Errorf("%s: not a hex secp256k1 private key", path)
	}
	return k, nil
}

// FileConfig is the JSON config file (--config / PKPNET_CONFIG). Secrets
// other than file paths are not accepted in it.
type FileConfig struct {
	DataDir            string              `json:"dataDir,omitempty"`
	Network            string              `json:"network,omitempty"`
	Listen             []string            `json:"listen,omitempty"`
	Bootstrap          []string            `json:"bootstrap,omitempty"`
	RPC                string              `json:"rpc,omitempty"`
	Contracts          contracts.Addresses `json:"contracts"`
	StartBlock         uint64              `json:"startBlock,omitempty"`
	Confirmations      *uint64             `json:"confirmations,omitempty"`
	OperatorKeyFile    string              `json:"operatorKeyFile,omitempty"`
	PassphraseFile     string              `json:"passphraseFile,omitempty"`
	PoolTarget         int                 `json:"poolTarget,omitempty"`
	PresignConcurrency int                 `json:"presignConcurrency,omitempty"`
	SandboxWorkers     int                 `json:"sandboxWorkers,omitempty"`
	IPFSGateway        string              `json:"ipfsGateway,omitempty"`
	AuthDomains        []string            `json:"authDomains,omitempty"`
	Announce           []string            `json:"announce,omitempty"`
	MetricsAddr        string              `json:"metricsAddr,omitempty"`
	SandboxIsolation   string              `json:"sandboxIsolation,omitempty"`
	AllowPrivateFetch  bool                `json:"allowPrivateFetch,omitempty"`
	DevFault           string              `json:"devFault,omitempty"` // TEST ONLY, dev chains only
	OIDCIssuers        []auth.OIDCIssuer   `json:"oidcIssuers,omitempty"`
	ActionRPCURLs      map[string]string   `json:"actionRpcUrls,omitempty"`

	// UnsafeAllowLowConfirmations: see Config.
	UnsafeAllowLowConfirmations bool `json:"unsafeAllowLowConfirmations,omitempty"`
}

// DefaultMetricsAddr is where `pkpnet node` serves /metrics, /healthz and
// /readyz unless told otherwise: loopback only.
const DefaultMetricsAddr = "127.0.0.1:9464"

// ParseIsolation maps strict, auto and off to the runtime's isolation modes.
func ParseIsolation(s string) (runtime.Isolation, error) {
	switch s {
	case "strict":
		return runtime.IsolationRequired, nil
	case "auto":
		return runtime.IsolationAuto, nil
	case "off":
		return runtime.IsolationNone, nil
	}
	return 0, fmt.Errorf("sandbox isolation %q: use strict, auto or off", s)
}

// ReadFileLimited reads a file of at most max bytes (config, contracts and
// info files): a larger one is an error, never read whole.
func ReadFileLimited(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%s: larger than %d bytes", path, max)
	}
	return b, nil
}
