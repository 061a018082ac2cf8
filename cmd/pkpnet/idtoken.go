package main

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/devnet"
	"github.com/pkpnet/pkpnet/node"
)

// devnetIDTokenCmd is `pkpnet devnet id-token`: an ID token of the devnet's
// local OIDC issuer, for --id-token.
func devnetIDTokenCmd() *cobra.Command {
	var infoPath, sub, sessPath, sessKey string
	var ttl time.Duration
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "id-token --sub SUBJECT",
		Short: "Print an ID token of the devnet's local OIDC issuer",
		Long: `Mints an OIDC ID token (ES256) of the running devnet's local issuer, which every
devnet node trusts. Its auth method is type 10 with the ID printed by --json
(userId); permit it on a PKP with "pkpnet permit add auth-method", then sign with
"pkpnet sign --id-token TOKEN" or "pkpnet exec --id-token TOKEN".

The token is bound to one session key by its nonce claim (docs/auth.md, "OIDC"):
nodes accept it only in requests that session signs. The session is --session
(a file of "pkpnet session create"), or --session-key (an ed25519 public key in
hex), or by default the session that exec and sign use with this info file's dev
key (created and stored when there is none). Sign with the same session.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			b, err := node.ReadFileLimited(infoPath, 1<<20)
			if err != nil {
				return fmt.Errorf("--info: %w", err)
			}
			var in devnet.Info
			if err := json.Unmarshal(b, &in); err != nil || in.OIDC == nil {
				return fmt.Errorf("%s describes no devnet OIDC issuer", infoPath)
			}
			if sub == "" {
				return errors.New("--sub is required")
			}
			pub, err := idTokenSessionKey(&in, sessPath, sessKey)
			if err != nil {
				return err
			}
			nonce := auth.OIDCNonce(in.Network, pub)
			tok, err := in.OIDC.IDToken(sub, nonce, ttl)
			if err != nil {
				return err
			}
			if !asJSON {
				fmt.Fprintln(cmd.OutOrStdout(), tok)
				return nil
			}
			out, _ := json.MarshalIndent(map[string]any{"idToken": tok, "authMethodType": auth.AuthMethodOIDC,
				"userId": hexutil.Encode(in.OIDC.UserID(sub)), "issuer": in.OIDC.Issuer, "audience": in.OIDC.Audience,
				"nonce": nonce, "sessionPublicKey": hex.EncodeToString(pub)}, "", "  ")
			fmt.Fprintln(cmd.OutOrStdout(), string(out))
			return nil
		},
	}
	cmd.Flags().StringVar(&infoPath, "info", "devnet.json", "the running devnet's info file")
	cmd.Flags().StringVar(&sub, "sub", "", "the subject (the user)")
	cmd.Flags().StringVar(&sessPath, "session", "", "the session `file` whose key the token is bound to (default: the dev key's session that exec and sign use)")
	cmd.Flags().StringVar(&sessKey, "session-key", "", "the session's ed25519 public key in hex, instead of --session")
	cmd.Flags().DurationVar(&ttl, "ttl", time.Hour, "how long the token is valid")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the token with its auth method ID as JSON")
	return cmd
}

// idTokenSessionKey is the session public key `devnet id-token` binds the
// token to: --session-key, the key of the --session file, or that of the
// default session of the devnet's dev key (created when missing).
func idTokenSessionKey(in *devnet.Info, sessPath, sessKey string) (ed25519.PublicKey, error) {
	if sessKey != "" {
		if sessPath != "" {
			return nil, errors.New("give --session or --session-key, not both")
		}
		b, err := hex.DecodeString(strings.TrimPrefix(sessKey, "0x"))
		if err != nil || len(b) != ed25519.PublicKeySize {
			return nil, errors.New("--session-key: not a 32-byte ed25519 public key in hex")
		}
		return ed25519.PublicKey(b), nil
	}
	if sessPath != "" {
		s, err := readSession(sessPath, in.Network, in.ChainID)
		if err != nil {
			return nil, fmt.Errorf("--session: %w", err)
		}
		return s.Capabilities().SessionKey, nil
	}
	if in.DevAccount <= 0 || in.DevAccount >= len(in.Accounts) {
		return nil, errors.New("the info file has no dev key: give --session or --session-key")
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(in.Accounts[in.DevAccount].PrivateKey, "0x"))
	if err != nil {
		return nil, errors.New("the info file's dev key is not 32 bytes of hex") // never echo key material
	}
	s, err := loadOrCreateSession("", in.Network, in.ChainID, k)
	if err != nil {
		return nil, err
	}
	return s.Capabilities().SessionKey, nil
}
