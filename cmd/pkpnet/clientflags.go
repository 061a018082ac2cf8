package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/devchain"
	"github.com/pkpnet/pkpnet/node"
	"github.com/pkpnet/pkpnet/wire"
)

// netInfo is what `pkpnet devchain --info` and `pkpnet devnet --info` write:
// the chain endpoints, contract addresses and dev keys, plus (devnet) the
// network name and bootstrap multiaddrs.
type netInfo struct {
	devchain.Info
	Network    string   `json:"network,omitempty"`
	Bootstrap  []string `json:"bootstrap,omitempty"`
	DevAccount int      `json:"devAccount,omitempty"` // the devnet's client dev key
	// IPFSGateway is the devnet's IPFS gateway (pkpnet action add).
	IPFSGateway string `json:"ipfsGateway,omitempty"`
}

// maxInfoFile caps the info file read.
const maxInfoFile = 1 << 20

func readNetInfo(path string) (*netInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxInfoFile+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(b) > maxInfoFile {
		return nil, fmt.Errorf("%s is larger than %d bytes", path, maxInfoFile)
	}
	var ni netInfo
	if err := json.Unmarshal(b, &ni); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	return &ni, nil
}

// clientOpts are the flags every client subcommand shares.
type clientOpts struct {
	info       string
	rpc        string
	bootstrap  []string
	network    string
	keyFile    string
	session    string
	devAccount int
	json       bool
	timeout    time.Duration
	verbose    bool

	ni *netInfo
}

func addClientFlags(cmd *cobra.Command, o *clientOpts) {
	f := cmd.Flags()
	f.StringVar(&o.info, "info", "", "network info JSON `file` written by pkpnet devnet or pkpnet devchain (default: ./devnet.json, else ./devchain.json)")
	f.StringVar(&o.rpc, "rpc", "", "chain JSON-RPC URL (default: from --info)")
	f.StringSliceVar(&o.bootstrap, "bootstrap", nil, "bootstrap multiaddrs with /p2p/<id> (default: from --info)")
	f.StringVar(&o.network, "network", "", "pkpnet network name (default: from --info, else devnet)")
	f.StringVar(&o.keyFile, "key-file", "", "file holding the caller's hex private key, mode 0600 (else $PKPNET_PRIVATE_KEY, else --dev-account)")
	f.StringVar(&o.session, "session", "", "session file, reused until it expires (default: <user config dir>/pkpnet/sessions/<network>-<chainId>-<address>.json)")
	f.IntVar(&o.devAccount, "dev-account", -1, "funded dev account of the --info file to use when no key is given (-1: the devnet's dev key, else account 1)")
	f.BoolVar(&o.json, "json", false, "print JSON")
	f.DurationVar(&o.timeout, "timeout", 2*time.Minute, "overall timeout")
	f.BoolVarP(&o.verbose, "verbose", "v", false, "log progress to stderr")
}

func (o *clientOpts) logger(w io.Writer) *slog.Logger {
	lvl := slog.LevelWarn
	if o.verbose {
		lvl = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: lvl}))
}

// load reads the info file (if any) and fills defaults.
func (o *clientOpts) load() error {
	path := o.info
	if path == "" {
		for _, p := range []string{"devnet.json", "devchain.json"} {
			if _, err := os.Stat(p); err == nil {
				path = p
				break
			}
		}
	}
	o.ni = &netInfo{}
	if path != "" {
		ni, err := readNetInfo(path)
		if err != nil {
			return fmt.Errorf("--info: %w", err)
		}
		o.ni = ni
	}
	if o.rpc == "" {
		o.rpc = o.ni.HTTPURL
	}
	if o.rpc == "" {
		return errors.New("no chain RPC URL: give --rpc or --info (run `pkpnet devnet` first)")
	}
	if len(o.bootstrap) == 0 {
		o.bootstrap = o.ni.Bootstrap
	}
	if o.network == "" {
		o.network = o.ni.Network
	}
	if o.network == "" {
		o.network = client.DefaultNetwork
	}
	if o.ni.Contracts.NodeRegistry == (contracts.Addresses{}).NodeRegistry {
		return errors.New("no contract addresses: give --info with the devnet/devchain JSON")
	}
	return nil
}

// key returns the caller's key: --key-file, $PKPNET_PRIVATE_KEY, or a dev
// account of the info file.
func (o *clientOpts) key() (*ecdsa.PrivateKey, error) {
	var hexKey string
	switch {
	case o.keyFile != "":
		k, err := node.ReadKeyFile(o.keyFile)
		if err != nil {
			return nil, fmt.Errorf("--key-file: %w", err)
		}
		return k, nil
	case os.Getenv("PKPNET_PRIVATE_KEY") != "":
		hexKey = strings.TrimSpace(os.Getenv("PKPNET_PRIVATE_KEY"))
	default:
		if o.devAccount < 0 {
			o.devAccount = o.ni.DevAccount
			if o.devAccount == 0 {
				o.devAccount = 1 // devchain.json: account 0 owns the contracts
			}
		}
		if o.devAccount >= len(o.ni.Accounts) {
			return nil, fmt.Errorf("no key: give --key-file or $PKPNET_PRIVATE_KEY (the info file has %d dev accounts)", len(o.ni.Accounts))
		}
		hexKey = o.ni.Accounts[o.devAccount].PrivateKey
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(hexKey, "0x"))
	if err != nil {
		return nil, errors.New("the private key is not 32 bytes of hex") // never echo key material
	}
	return k, nil
}

// chain connects to the chain and returns a Chain sending from the key.
func (o *clientOpts) chain(ctx context.Context) (*client.Chain, *ethclient.Client, error) {
	if err := o.load(); err != nil {
		return nil, nil, err
	}
	k, err := o.key()
	if err != nil {
		return nil, nil, err
	}
	eth, err := ethclient.DialContext(ctx, o.rpc)
	if err != nil {
		return nil, nil, fmt.Errorf("dial %s: %w", o.rpc, err)
	}
	ch, err := client.NewChain(ctx, eth, o.ni.Contracts, k, nil)
	if err != nil {
		eth.Close()
		return nil, nil, err
	}
	return ch, eth, nil
}

// client starts a network client authenticated by the stored session
// (created and stored first when there is none or it expired).
func (o *clientOpts) client(ctx context.Context, log *slog.Logger) (*client.Client, error) {
	if err := o.load(); err != nil {
		return nil, err
	}
	k, err := o.key()
	if err != nil {
		return nil, err
	}
	chainID, err := chainIDOf(ctx, o.rpc)
	if err != nil {
		return nil, err
	}
	s, err := loadOrCreateSession(o.session, o.network, chainID, k)
	if err != nil {
		return nil, err
	}
	return client.New(ctx, client.Config{
		RPCURL: o.rpc, Registry: o.ni.Contracts.NodeRegistry, PubkeyRouter: o.ni.Contracts.PubkeyRouter, Bootstrap: o.bootstrap,
		Network: o.network, Session: s, Key: k, Logger: log,
	})
}

// printOut prints v as JSON (--json) or with the text function.
func printOut(w io.Writer, asJSON bool, v any, text func(io.Writer)) {
	if asJSON {
		b, _ := json.Marshal(v)
		fmt.Fprintln(w, string(b))
		return
	}
	text(w)
}

// requestOptions turns --id-token (a JWT, or @FILE) into request options.
func requestOptions(idToken string) (*client.Options, error) {
	if idToken == "" {
		return nil, nil
	}
	if f, ok := strings.CutPrefix(idToken, "@"); ok {
		b, err := node.ReadFileLimited(f, auth.MaxIDToken)
		if err != nil {
			return nil, fmt.Errorf("--id-token: %w", err)
		}
		idToken = strings.TrimSpace(string(b))
	}
	if strings.Count(idToken, ".") != 2 || len(idToken) > auth.MaxIDToken {
		return nil, fmt.Errorf("--id-token: not a JWT (three base64url parts separated by dots, at most %d bytes)", auth.MaxIDToken)
	}
	return &client.Options{AuthMethods: []wire.AuthMethod{{AuthMethodType: auth.AuthMethodOIDC, AccessToken: idToken}}}, nil
}
