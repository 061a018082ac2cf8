package node

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/pflag"

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
			"(a permission from an orphaned block could authorise a share); raise --%s, or set --%s (%s) to accept the risk",
			*set, chainID, DefaultConfirmations, flagConfirmations, flagUnsafeLowConf, EnvName(flagUnsafeLowConf))
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
	ActionRPCURLs      map[string]string   `json:"actionRpcUrls,omitempty"`

	// UnsafeAllowLowConfirmations: see Config.
	UnsafeAllowLowConfirmations bool `json:"unsafeAllowLowConfirmations,omitempty"`
}

// flag names, shared by BindFlags, the env names and LoadConfig.
const (
	flagConfig        = "config"
	flagDataDir       = "data-dir"
	flagNetwork       = "network"
	flagListen        = "listen"
	flagBootstrap     = "bootstrap"
	flagRPC           = "rpc"
	flagContracts     = "contracts"
	flagRegistry      = "node-registry"
	flagRouter        = "pubkey-router"
	flagNFT           = "pkp-nft"
	flagPerms         = "pkp-permissions"
	flagHelper        = "pkp-helper"
	flagStartBlock    = "start-block"
	flagConfirmations = "confirmations"
	flagUnsafeLowConf = "unsafe-allow-low-confirmations"
	flagOperatorKey   = "operator-key-file"
	flagPassFile      = "passphrase-file"
	flagPoolTarget    = "pool-target"
	flagPresignK      = "presign-concurrency"
	flagWorkers       = "sandbox-workers"
	flagGateway       = "ipfs-gateway"
	flagAuthDomains   = "auth-domains"
	flagAnnounce      = "announce"
	flagMetricsAddr   = "metrics-addr"
	flagIsolation     = "sandbox-isolation"
)

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

// BindFlags defines the node's flags on fs. Every flag also reads the
// environment variable PKPNET_<NAME> (upper case, '-' -> '_').
func BindFlags(fs *pflag.FlagSet) {
	fs.String(flagConfig, "", "JSON config file (lowest precedence)")
	fs.String(flagDataDir, "", "data directory (node.db, identity.key)")
	fs.String(flagNetwork, "", "network name (default devnet)")
	fs.StringSlice(flagListen, nil, "libp2p listen multiaddrs (default 127.0.0.1 TCP+QUIC, random ports)")
	fs.StringSlice(flagBootstrap, nil, "bootstrap peers (multiaddrs with /p2p/<id>)")
	fs.String(flagRPC, "", "chain JSON-RPC URL")
	fs.String(flagContracts, "", "JSON file with the contract addresses: {\"contracts\": {...}, \"deployBlock\": N} as devchain info writes it, or the bare addresses object")
	fs.String(flagRegistry, "", "NodeRegistry address")
	fs.String(flagRouter, "", "PubkeyRouter address")
	fs.String(flagNFT, "", "PKPNFT address")
	fs.String(flagPerms, "", "PKPPermissions address")
	fs.String(flagHelper, "", "PKPHelper address")
	fs.Uint64(flagStartBlock, 0, "contracts deployment block")
	fs.Uint64(flagConfirmations, 0, fmt.Sprintf("confirmations before chain events apply (default: 0 on a dev chain, chain ID %d; %d elsewhere)", DevChainID, DefaultConfirmations))
	fs.Bool(flagUnsafeLowConf, false, fmt.Sprintf("allow fewer than %d confirmations on a non-dev chain (unsafe: a permission from an orphaned block can authorise a share)", DefaultConfirmations))
	fs.String(flagOperatorKey, "", "file with the operator's hex private key (mode 0600)")
	fs.String(flagPassFile, "", "file with the store passphrase (mode 0600); or PKPNET_PASSPHRASE")
	fs.Int(flagPoolTarget, 0, "presignatures kept ready per coordinated signer set (default 8; -1: no pool)")
	fs.Int(flagPresignK, 0, "concurrent presign sessions coordinated (default 1)")
	fs.Int(flagWorkers, 0, "pre-started sandbox workers (default 2)")
	fs.String(flagGateway, "", "IPFS HTTP gateway for actions given by CID")
	fs.StringSlice(flagAuthDomains, nil, "SIWE domains (app origins) accepted in session authorisations (default: any)")
	fs.StringSlice(flagAnnounce, nil, "multiaddrs to announce instead of the listen addresses (public IPs, NAT port forwards)")
	fs.String(flagMetricsAddr, "", "host:port of /metrics, /healthz and /readyz (default "+DefaultMetricsAddr+"; \"off\" disables)")
	fs.String(flagIsolation, "", "action sandbox isolation: strict (default; refuse to start without namespaces and seccomp), auto (best effort, warns), off (rlimits only)")
}

// EnvName is the environment variable of a flag: PKPNET_DATA_DIR for data-dir.
func EnvName(flag string) string {
	return "PKPNET_" + strings.ToUpper(strings.ReplaceAll(flag, "-", "_"))
}

// LoadConfig builds a Config from fs (defined by BindFlags): an explicitly
// set flag wins over its PKPNET_* variable, which wins over the JSON config
// file. The passphrase comes from PKPNET_PASSPHRASE or the passphrase file
// only. getenv is os.Getenv outside tests.
func LoadConfig(fs *pflag.FlagSet, getenv func(string) string) (Config, error) {
	var fc FileConfig
	cfgPath := pick(fs, getenv, flagConfig)
	if cfgPath != "" {
		b, err := ReadFileLimited(cfgPath, 1<<20)
		if err != nil {
			return Config{}, fmt.Errorf("config file: %w", err)
		}
		dec := json.NewDecoder(strings.NewReader(string(b)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&fc); err != nil {
			return Config{}, fmt.Errorf("config file %s: %w", cfgPath, err)
		}
	}
	str := func(name, file string) string {
		if v := pick(fs, getenv, name); v != "" {
			return v
		}
		return file
	}
	list := func(name string, file []string) []string {
		if f := fs.Lookup(name); f != nil && f.Changed {
			v, _ := fs.GetStringSlice(name)
			return v
		}
		if v := getenv(EnvName(name)); v != "" {
			return strings.Split(v, ",")
		}
		return file
	}
	var errs []error
	boolean := func(name string, file bool) bool {
		v := pick(fs, getenv, name)
		if v == "" {
			return file
		}
		b, err := strconv.ParseBool(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %q is not true or false", name, v))
		}
		return b
	}
	num := func(name string, file uint64) uint64 {
		v := pick(fs, getenv, name)
		if v == "" {
			return file
		}
		n, err := strconv.ParseUint(v, 10, 63)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %q is not a number", name, v))
		}
		return n
	}
	// optNum is num for a setting whose absence means "the default".
	optNum := func(name string, file *uint64) *uint64 {
		if pick(fs, getenv, name) == "" {
			return file
		}
		n := num(name, 0)
		return &n
	}
	integer := func(name string, file int) int {
		v := pick(fs, getenv, name)
		if v == "" {
			return file
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %q is not a number", name, v))
		}
		return n
	}
	cfg := Config{
		DataDir:            str(flagDataDir, fc.DataDir),
		Network:            str(flagNetwork, fc.Network),
		ListenAddrs:        list(flagListen, fc.Listen),
		Bootstrap:          list(flagBootstrap, fc.Bootstrap),
		RPCURL:             str(flagRPC, fc.RPC),
		Contracts:          fc.Contracts,
		StartBlock:         num(flagStartBlock, fc.StartBlock),
		Confirmations:      optNum(flagConfirmations, fc.Confirmations),
		OperatorKeyFile:    str(flagOperatorKey, fc.OperatorKeyFile),
		PassphraseFile:     str(flagPassFile, fc.PassphraseFile),
		PoolTarget:         integer(flagPoolTarget, fc.PoolTarget),
		PresignConcurrency: integer(flagPresignK, fc.PresignConcurrency),
		SandboxWorkers:     integer(flagWorkers, fc.SandboxWorkers),
		IPFSGateway:        str(flagGateway, fc.IPFSGateway),
		AuthDomains:        list(flagAuthDomains, fc.AuthDomains),
		AnnounceAddrs:      list(flagAnnounce, fc.Announce),
		MetricsAddr:        str(flagMetricsAddr, fc.MetricsAddr),
	}
	switch cfg.MetricsAddr {
	case "":
		cfg.MetricsAddr = DefaultMetricsAddr
	case "off":
		cfg.MetricsAddr = ""
	}
	iso := str(flagIsolation, fc.SandboxIsolation)
	if iso == "" {
		iso = "strict"
	}
	if m, err := ParseIsolation(iso); err != nil {
		errs = append(errs, err)
	} else {
		cfg.SandboxIsolation = m
	}
	cfg.UnsafeAllowLowConfirmations = boolean(flagUnsafeLowConf, fc.UnsafeAllowLowConfirmations)
	cfg.AllowPrivateFetch = fc.AllowPrivateFetch
	cfg.ActionRPCURLs = fc.ActionRPCURLs
	if p := pick(fs, getenv, flagContracts); p != "" {
		b, err := ReadFileLimited(p, 1<<20)
		if err != nil {
			return Config{}, fmt.Errorf("contracts file: %w", err)
		}
		var wrap struct {
			Contracts   *contracts.Addresses `json:"contracts"`
			DeployBlock uint64               `json:"deployBlock"`
		}
		if err := json.Unmarshal(b, &wrap); err == nil && wrap.Contracts != nil {
			cfg.Contracts = *wrap.Contracts
			if cfg.StartBlock == 0 {
				cfg.StartBlock = wrap.DeployBlock
			}
		} else if err := json.Unmarshal(b, &cfg.Contracts); err != nil {
			return Config{}, fmt.Errorf("contracts file %s: %w", p, err)
		}
	}
	for name, dst := range map[string]*common.Address{
		flagRegistry: &cfg.Contracts.NodeRegistry, flagRouter: &cfg.Contracts.PubkeyRouter,
		flagNFT: &cfg.Contracts.PKPNFT, flagPerms: &cfg.Contracts.PKPPermissions, flagHelper: &cfg.Contracts.PKPHelper,
	} {
		if v := pick(fs, getenv, name); v != "" {
			if !common.IsHexAddress(v) {
				errs = append(errs, fmt.Errorf("%s: %q is not an address", name, v))
				continue
			}
			*dst = common.HexToAddress(v)
		}
	}
	if p := getenv("PKPNET_PASSPHRASE"); p != "" {
		cfg.Passphrase = []byte(p)
	}
	if err := errors.Join(errs...); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	if cfg.DataDir != "" && cfg.OperatorKeyFile == "" {
		if p := filepath.Join(cfg.DataDir, "operator.key"); fileExists(p) {
			cfg.OperatorKeyFile = p
		}
	}
	return cfg, nil
}

// pick returns an explicitly set flag, else its environment variable.
func pick(fs *pflag.FlagSet, getenv func(string) string, name string) string {
	if f := fs.Lookup(name); f != nil && f.Changed {
		return f.Value.String()
	}
	return getenv(EnvName(name))
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

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
