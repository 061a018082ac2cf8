package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/devnet"
	"github.com/pkpnet/pkpnet/node"
)

// devnetIDTokenCmd is `pkpnet devnet id-token`: an ID token of the devnet's
// local OIDC issuer, for --id-token.
func devnetIDTokenCmd() *cobra.Command {
	var infoPath, sub string
	var ttl time.Duration
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "id-token --sub SUBJECT",
		Short: "Print an ID token of the devnet's local OIDC issuer",
		Long: `Mints an OIDC ID token (ES256) of the running devnet's local issuer, which every
devnet node trusts. Its auth method is type 10 with the ID printed by --json
(userId); permit it on a PKP with "pkpnet permit add auth-method", then sign with
"pkpnet sign --id-token TOKEN" or "pkpnet exec --id-token TOKEN".`,
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
			tok, err := in.OIDC.IDToken(sub, ttl)
			if err != nil {
				return err
			}
			if !asJSON {
				fmt.Fprintln(cmd.OutOrStdout(), tok)
				return nil
			}
			out, _ := json.MarshalIndent(map[string]any{"idToken": tok, "authMethodType": auth.AuthMethodOIDC,
				"userId": hexutil.Encode(in.OIDC.UserID(sub)), "issuer": in.OIDC.Issuer, "audience": in.OIDC.Audience}, "", "  ")
			fmt.Fprintln(cmd.OutOrStdout(), string(out))
			return nil
		},
	}
	cmd.Flags().StringVar(&infoPath, "info", "devnet.json", "the running devnet's info file")
	cmd.Flags().StringVar(&sub, "sub", "", "the subject (the user)")
	cmd.Flags().DurationVar(&ttl, "ttl", time.Hour, "how long the token is valid")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the token with its auth method ID as JSON")
	return cmd
}
