package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/pflag"

	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/node"
)

// The node's configuration from the command line: flags, PKPNET_*
// environment variables and the JSON config file, into a node.Config.

// flag names, shared by bindNodeFlags, the env names and loadNodeConfig.
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

// bindNodeFlags defines the node's flags on fs. Every flag also reads the
// environment variable PKPNET_<NAME> (upper case, '-' -> '_').
func bindNodeFlags(fs *pflag.FlagSet) {
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
	fs.Uint64(flagConfirmations, 0, fmt.Sprintf("confirmations before chain events apply (default: 0 on a dev chain, chain ID %d; %d elsewhere)", node.DevChainID, node.DefaultConfirmations))
	fs.Bool(flagUnsafeLowConf, false, fmt.Sprintf("allow fewer than %d confirmations on a non-dev chain (unsafe: a permission from an orphaned block can authorise a share)", node.DefaultConfirmations))
	fs.String(flagOperatorKey, "", "file with the operator's hex private key (mode 0600)")
	fs.String(flagPassFile, "", "file with the store passphrase (mode 0600); or PKPNET_PASSPHRASE")
	fs.Int(flagPoolTarget, 0, "presignatures kept ready per coordinated signer set (default 8; -1: no pool)")
	fs.Int(flagPresignK, 0, "concurrent presign sessions coordinated (default 1)")
	fs.Int(flagWorkers, 0, "pre-started sandbox workers (default 2)")
	fs.String(flagGateway, "", "IPFS HTTP gateway for actions given by CID")
	fs.StringSlice(flagAuthDomains, nil, "SIWE domains (app origins) accepted in session authorisations (default: any)")
	fs.StringSlice(flagAnnounce, nil, "multiaddrs to announce instead of the listen addresses (public IPs, NAT port forwards)")
	fs.String(flagMetricsAddr, "", "host:port of /metrics, /healthz and /readyz (default "+node.DefaultMetricsAddr+"; \"off\" disables)")
	fs.String(flagIsolation, "", "action sandbox isolation: strict (default; refuse to start without namespaces and seccomp), auto (best effort, warns), off (rlimits only)")
}

// envName is the environment variable of a flag: PKPNET_DATA_DIR for data-dir.
func envName(flag string) string {
	return "PKPNET_" + strings.ToUpper(strings.ReplaceAll(flag, "-", "_"))
}

// loadNodeConfig builds a node.Config from fs (defined by bindNodeFlags): an explicitly
// set flag wins over its PKPNET_* variable, which wins over the JSON config
// file. The passphrase comes from PKPNET_PASSPHRASE or the passphrase file
// only. getenv is os.Getenv outside tests.
func loadNodeConfig(fs *pflag.FlagSet, getenv func(string) string) (node.Config, error) {
	var fc node.FileConfig
	cfgPath := pick(fs, getenv, flagConfig)
	if cfgPath != "" {
		b, err := node.ReadFileLimited(cfgPath, 1<<20)
		if err != nil {
			return node.Config{}, fmt.Errorf("config file: %w", err)
		}
		dec := json.NewDecoder(strings.NewReader(string(b)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&fc); err != nil {
			return node.Config{}, fmt.Errorf("config file %s: %w", cfgPath, err)
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
		if v := getenv(envName(name)); v != "" {
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
	cfg := node.Config{
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
		cfg.MetricsAddr = node.DefaultMetricsAddr
	case "off":
		cfg.MetricsAddr = ""
	}
	iso := str(flagIsolation, fc.SandboxIsolation)
	if iso == "" {
		iso = "strict"
	}
	if m, err := node.ParseIsolation(iso); err != nil {
		errs = append(errs, err)
	} else {
		cfg.SandboxIsolation = m
	}
	cfg.UnsafeAllowLowConfirmations = boolean(flagUnsafeLowConf, fc.UnsafeAllowLowConfirmations)
	cfg.AllowPrivateFetch = fc.AllowPrivateFetch
	cfg.DevFault = fc.DevFault
	cfg.OIDCIssuers = fc.OIDCIssuers
	cfg.ActionRPCURLs = fc.ActionRPCURLs
	if p := pick(fs, getenv, flagContracts); p != "" {
		b, err := node.ReadFileLimited(p, 1<<20)
		if err != nil {
			return node.Config{}, fmt.Errorf("contracts file: %w", err)
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
			return node.Config{}, fmt.Errorf("contracts file %s: %w", p, err)
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
		return node.Config{}, fmt.Errorf("config: %w", err)
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
	return getenv(envName(name))
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
