package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/node"
)

// maxSessionFile caps a session file read.
const maxSessionFile = 64 << 10

// sessionRenewMargin: a stored session expiring sooner is replaced.
const sessionRenewMargin = 5 * time.Minute

// sessionFile is the stored form of a session. SessionKey is the ed25519
// seed: a secret, so the file is written with mode 0600 and read only when
// no other user may read it.
type sessionFile struct {
	Network    string       `json:"network"`
	ChainID    uint64       `json:"chainId"`
	Address    string       `json:"address"`
	AuthSig    auth.AuthSig `json:"authSig"`
	SessionKey string       `json:"sessionKey"` // hex ed25519 seed (32 bytes)
}

// defaultSessionPath is where client commands keep the session of one
// wallet on one network and chain.
func defaultSessionPath(network string, chainID uint64, addr common.Address) (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("no user config dir for the session file (give --session): %w", err)
	}
	name := fmt.Sprintf("%s-%d-%s.json", network, chainID, strings.ToLower(addr.Hex()))
	return filepath.Join(dir, "pkpnet", "sessions", name), nil
}

// writeSession stores s at path with mode 0600 (the directory 0700),
// replacing the file atomically.
func writeSession(path, network string, chainID uint64, s *auth.Session) error {
	f := sessionFile{
		Network: network, ChainID: chainID, Address: common.Address(s.Address()).Hex(), AuthSig: s.AuthSig,
		SessionKey: hex.EncodeToString(s.Key.Seed()),
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("session dir: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".session-*")
	if err != nil {
		return fmt.Errorf("session file: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("session file: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// readSession loads the session at path for network and chainID. It
// refuses a file other users may read, a file over maxSessionFile, and a
// session of another network or chain.
func readSession(path, network string, chainID uint64) (*auth.Session, error) {
	b, err := node.ReadSecretFile(path, maxSessionFile)
	if err != nil {
		return nil, err
	}
	var sf sessionFile
	if err := json.Unmarshal(b, &sf); err != nil {
		return nil, fmt.Errorf("%s: not a session file: %w", path, err)
	}
	if sf.Network != network || sf.ChainID != chainID {
		return nil, fmt.Errorf("%s: session of network %q chain %d, want %q chain %d", path, sf.Network, sf.ChainID, network, chainID)
	}
	seed, err := hex.DecodeString(sf.SessionKey)
	if err != nil || len(seed) != ed25519.SeedSize {
		return nil, fmt.Errorf("%s: session key is not a 32-byte hex seed", path) // never echo key material
	}
	s, err := auth.SessionFromAuthSig(sf.AuthSig, ed25519.NewKeyFromSeed(seed), network)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if s.Message().ChainID != chainID {
		return nil, fmt.Errorf("%s: the authorisation is for chain %d", path, s.Message().ChainID)
	}
	return s, nil
}

// sessionFlags choose what a created session grants.
type sessionFlags struct {
	abilities []string
	tokenIDs  []string
	actions   []string
	lifetime  time.Duration
	domain    string
}

// params turns the flags into session parameters.
func (f *sessionFlags) params(network string, chainID uint64) (auth.SessionParams, error) {
	cav := auth.Caveat{}
	if len(f.tokenIDs) > 0 {
		cav.TokenIDs = f.tokenIDs
	}
	if len(f.actions) > 0 {
		cav.Actions = f.actions
	}
	abilities := map[string][]auth.Caveat{}
	for _, a := range f.abilities {
		switch a {
		case "execute":
			abilities[auth.AbilityExecute] = []auth.Caveat{cav}
		case "pkp-sign":
			abilities[auth.AbilityPKPSign] = []auth.Caveat{cav}
		case "decrypt":
			abilities[auth.AbilityDecrypt] = []auth.Caveat{{}}
		default:
			return auth.SessionParams{}, fmt.Errorf("--abilities: unknown ability %q (execute, pkp-sign, decrypt)", a)
		}
	}
	if len(abilities) == 0 {
		return auth.SessionParams{}, errors.New("--abilities: give at least one of execute, pkp-sign")
	}
	if f.lifetime <= 0 || f.lifetime > auth.MaxSessionLifetime {
		return auth.SessionParams{}, fmt.Errorf("--lifetime %s: must be in (0, %s]", f.lifetime, auth.MaxSessionLifetime)
	}
	return auth.SessionParams{Network: network, ChainID: chainID, Domain: f.domain, Lifetime: f.lifetime, Abilities: abilities}, nil
}

// chainIDOf asks the chain for its ID.
func chainIDOf(ctx context.Context, rpc string) (uint64, error) {
	eth, err := ethclient.DialContext(ctx, rpc)
	if err != nil {
		return 0, fmt.Errorf("dial %s: %w", rpc, err)
	}
	defer eth.Close()
	id, err := eth.ChainID(ctx)
	if err != nil {
		return 0, fmt.Errorf("chain ID: %w", err)
	}
	if !id.IsUint64() {
		return 0, fmt.Errorf("chain ID %s out of range", id)
	}
	return id.Uint64(), nil
}

// loadOrCreateSession returns the stored session for key on network and
// chain when it is valid for at least sessionRenewMargin, else creates one
// with default capabilities (execute and pkp-sign, unrestricted, 24 h) and
// stores it.
func loadOrCreateSession(path, network string, chainID uint64, key *ecdsa.PrivateKey) (*auth.Session, error) {
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if path == "" {
		var err error
		if path, err = defaultSessionPath(network, chainID, addr); err != nil {
			return nil, err
		}
	}
	s, err := readSession(path, network, chainID)
	switch {
	case err == nil && common.Address(s.Address()) == addr && time.Until(s.Expiry()) > sessionRenewMargin:
		return s, nil
	case err == nil, errors.Is(err, os.ErrNotExist):
		// expired, another wallet's, or none: create a new one
	default:
		return nil, fmt.Errorf("session: %w", err)
	}
	s, err = auth.NewSession(key, auth.SessionParams{Network: network, ChainID: chainID})
	if err != nil {
		return nil, err
	}
	if err := writeSession(path, network, chainID, s); err != nil {
		return nil, err
	}
	return s, nil
}

func init() {
	var o clientOpts
	var f sessionFlags
	cmd := &cobra.Command{
		Use:   "session create",
		Short: "Create a session: the wallet signs once, requests are signed by a session key",
		Long: `session create has the caller's wallet key sign one SIWE (EIP-4361) authorisation whose
URI is pkpnet://<network> and whose ReCap resource (EIP-5573) delegates the chosen abilities
to a fresh ed25519 session key, and stores both (mode 0600) in the session file. Client
commands (exec, sign, bench) then sign each request with the session key, per node, until the
session expires, and create a new default session (execute and pkp-sign, unrestricted,
24 h) when there is none or it expired. Restrict a session with --token-ids and --actions.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if args[0] != "create" {
				return fmt.Errorf("unknown session subcommand %q (create)", args[0])
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), o.timeout)
			defer cancel()
			if err := o.load(); err != nil {
				return err
			}
			key, err := o.key()
			if err != nil {
				return err
			}
			chainID, err := chainIDOf(ctx, o.rpc)
			if err != nil {
				return err
			}
			p, err := f.params(o.network, chainID)
			if err != nil {
				return err
			}
			s, err := auth.NewSession(key, p)
			if err != nil {
				return err
			}
			path := o.session
			if path == "" {
				if path, err = defaultSessionPath(o.network, chainID, crypto.PubkeyToAddress(key.PublicKey)); err != nil {
					return err
				}
			}
			if err := writeSession(path, o.network, chainID, s); err != nil {
				return err
			}
			out := map[string]any{
				"path": path, "address": common.Address(s.Address()).Hex(), "network": o.network, "chainId": chainID,
				"sessionPublicKey": hex.EncodeToString(s.Capabilities().SessionKey), "expires": s.Expiry().UTC().Format(time.RFC3339),
				// the nonce of an OIDC ID token for this session (docs/auth.md, "OIDC")
				"oidcNonce": auth.OIDCNonce(o.network, s.Capabilities().SessionKey),
			}
			printOut(cmd.OutOrStdout(), o.json, out, func(w io.Writer) {
				fmt.Fprintf(w, "session for %s on %s (chain %d), key ed25519:%x\nexpires %s\nstored in %s\nOIDC nonce %s\n",
					out["address"], o.network, chainID, []byte(s.Capabilities().SessionKey), out["expires"], path, out["oidcNonce"])
			})
			return nil
		},
	}
	addClientFlags(cmd, &o)
	fl := cmd.Flags()
	fl.StringSliceVar(&f.abilities, "abilities", []string{"execute", "pkp-sign"}, "abilities granted: execute, pkp-sign")
	fl.StringSliceVar(&f.tokenIDs, "token-ids", nil, "restrict to these PKP token IDs (decimal); default any")
	fl.StringSliceVar(&f.actions, "actions", nil, "restrict execute to these action CIDs (CIDv0 Qm... or its CIDv1 bafy...); default any")
	fl.DurationVar(&f.lifetime, "lifetime", auth.MaxSessionLifetime, "session lifetime, at most 24h")
	fl.StringVar(&f.domain, "domain", "localhost", "the SIWE domain (the app's origin as the wallet shows it)")
	rootCmd.AddCommand(cmd)
}
