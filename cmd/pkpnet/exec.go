package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/client"
)

// printResult prints a request's outcome as text.
func printResult(w io.Writer, r *client.Result) {
	names := make([]string, 0, len(r.Signatures))
	for n := range r.Signatures {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		s := r.Signatures[n]
		fmt.Fprintf(w, "signature %q: %s\n  pkp %s (token %s), hash %s, signers %v\n", n, s.Signature, s.Address, s.TokenID, s.Hash, s.Signers)
	}
	if r.ActionCID != "" {
		fmt.Fprintf(w, "action:   %s\n", r.ActionCID)
	}
	if r.Response != "" {
		fmt.Fprintf(w, "response: %s\n", r.Response)
	}
	if r.Logs != "" {
		fmt.Fprintf(w, "logs:\n%s", r.Logs)
		if r.Logs[len(r.Logs)-1] != '\n' {
			fmt.Fprintln(w)
		}
	}
	for _, ne := range r.NodeErrors {
		fmt.Fprintf(w, "note: attempt %d: node %s: %v\n", ne.Attempt, ne.Party, ne.Err)
	}
}

// withPKPParams adds publicKey, pkpAddress and tokenId of a PKP to the
// jsParams object unless they are set.
func withPKPParams(params json.RawMessage, p *client.PKP) (json.RawMessage, error) {
	obj := map[string]json.RawMessage{}
	if len(params) > 0 {
		if err := json.Unmarshal(params, &obj); err != nil {
			return nil, fmt.Errorf("--params must be a JSON object: %w", err)
		}
	}
	set := func(k string, v any) {
		if _, ok := obj[k]; !ok {
			b, _ := json.Marshal(v)
			obj[k] = b
		}
	}
	set("publicKey", p.PubKey)
	set("pkpAddress", p.Address.Hex())
	set("tokenId", p.TokenID.String())
	return json.Marshal(obj)
}

func init() {
	var o clientOpts
	var params, pkpRef, idToken string
	cmd := &cobra.Command{
		Use:   "exec ACTION_FILE_OR_CID",
		Short: "Run an action on the network and combine the signatures it requests",
		Long: `exec sends an action to the nodes (inline code from a file, or a CID the nodes fetch
from their IPFS gateway) with --params as its jsParams. With --pkp, the PKP's publicKey,
pkpAddress and tokenId are added to jsParams unless already set. It prints every
combined signature (verified against the PKP's address), the response and the logs.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, cancel := context.WithTimeout(cmd.Context(), o.timeout)
			defer cancel()
			var ep client.ExecuteParams
			if st, err := os.Stat(args[0]); err == nil && !st.IsDir() {
				code, _, err := readAction(args[0])
				if err != nil {
					return err
				}
				ep.Code = code
			} else {
				// Sent as given: the nodes take the CIDv0 or its dag-pb CIDv1.
				if _, err := actionid.Parse(args[0]); err != nil {
					return fmt.Errorf("%q is neither an action file nor an action CID: %w", args[0], err)
				}
				ep.IPFSID = args[0]
			}
			if params != "" {
				ep.JSParams = json.RawMessage(params)
			}
			log := o.logger(cmd.ErrOrStderr())
			if pkpRef != "" {
				ch, eth, err := o.chain(ctx)
				if err != nil {
					return err
				}
				id, err := ch.TokenIDOf(ctx, pkpRef)
				if err == nil {
					var p *client.PKP
					if p, err = ch.PKP(ctx, id); err == nil {
						ep.JSParams, err = withPKPParams(ep.JSParams, p)
					}
				}
				eth.Close()
				if err != nil {
					return err
				}
			}
			ro, err := requestOptions(idToken)
			if err != nil {
				return err
			}
			c, err := o.client(ctx, log)
			if err != nil {
				return err
			}
			defer c.Close()
			r, err := c.Execute(ctx, ep, ro)
			if err != nil {
				return err
			}
			printOut(cmd.OutOrStdout(), o.json, r, func(w io.Writer) { printResult(w, r) })
			return nil
		},
	}
	addClientFlags(cmd, &o)
	cmd.Flags().StringVar(&idToken, "id-token", "", "an OIDC ID token (JWT) bound to this command's session by its nonce (docs/auth.md), or @FILE: a PKP that permits its auth method signs")
	cmd.Flags().StringVar(&params, "params", "", "jsParams, a JSON object")
	cmd.Flags().StringVar(&pkpRef, "pkp", "", "PKP (token ID, 0x address or 0x public key) whose publicKey the action gets")
	rootCmd.AddCommand(cmd)
}

func decodeHash(s string) ([]byte, error) {
	b, err := hex.DecodeString(trimHex(s))
	if err != nil || len(b) != 32 {
		return nil, fmt.Errorf("--hash %q is not 32 bytes of 0x-hex", s)
	}
	return b, nil
}

func trimHex(s string) string {
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		return s[2:]
	}
	return s
}
