package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/node"
	"github.com/pkpnet/pkpnet/tdec"
)

// readInput reads FILE, or stdin for "-", within max bytes.
func readInput(cmd *cobra.Command, path string, max int) ([]byte, error) {
	if path == "-" {
		b, err := io.ReadAll(io.LimitReader(cmd.InOrStdin(), int64(max)+1))
		if err != nil {
			return nil, err
		}
		if len(b) > max {
			return nil, fmt.Errorf("stdin exceeds %d bytes", max)
		}
		return b, nil
	}
	return node.ReadFileLimited(path, int64(max))
}

func writeOutput(cmd *cobra.Command, path string, b []byte) error {
	if path == "" || path == "-" {
		_, err := cmd.OutOrStdout().Write(b)
		return err
	}
	return os.WriteFile(path, b, 0o600)
}

// accessOf builds the access of encrypt's flags: a conditions file (a JSON
// array of Lit EVM basic/contract conditions, compacted) or an action CID.
func accessOf(conditionsFile, action string) (tdec.Access, error) {
	if (conditionsFile == "") == (action == "") {
		return tdec.Access{}, errors.New("give exactly one of --conditions and --action")
	}
	if action != "" {
		// The canonical CIDv0 of either form: one action, one identity.
		c, err := actionid.Canonical(action)
		if err != nil {
			return tdec.Access{}, fmt.Errorf("--action: %w", err)
		}
		return tdec.Access{Kind: tdec.AccessAction, Value: []byte(c)}, nil
	}
	raw, err := node.ReadFileLimited(conditionsFile, tdec.MaxAccessLen*4)
	if err != nil {
		return tdec.Access{}, fmt.Errorf("--conditions: %w", err)
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, raw); err != nil {
		return tdec.Access{}, fmt.Errorf("--conditions: not JSON: %w", err)
	}
	var arr []json.RawMessage
	if err := json.Unmarshal(buf.Bytes(), &arr); err != nil || len(arr) == 0 {
		return tdec.Access{}, errors.New("--conditions: the file must hold a non-empty JSON array of conditions")
	}
	a := tdec.Access{Kind: tdec.AccessConditions, Value: buf.Bytes()}
	return a, a.Validate()
}

func init() {
	var o clientOpts
	var conditions, action, in, out string
	enc := &cobra.Command{
		Use:   "encrypt (--conditions FILE | --action CID) [--in FILE] [--out FILE]",
		Short: "Encrypt data to the network under access conditions or for an action",
		Long: `encrypt encrypts the input (a file, or stdin with --in -) to the network's encryption key
for an identity bound to the access conditions (Lit EVM basic/contract conditions, a JSON
array) or to an action CID, and the data. No node is contacted: the key is read from
PubkeyRouter. The ciphertext is written base64-encoded. docs/crypto.md §11 has the scheme.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			access, err := accessOf(conditions, action)
			if err != nil {
				return err
			}
			pt, err := readInput(cmd, in, tdec.MaxPlaintext)
			if err != nil {
				return fmt.Errorf("--in: %w", err)
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), o.timeout)
			defer cancel()
			c, err := o.client(ctx, o.logger(cmd.ErrOrStderr()))
			if err != nil {
				return err
			}
			defer c.Close()
			ct, err := c.Encrypt(ctx, access, pt)
			if err != nil {
				return err
			}
			b, err := ct.MarshalBinary()
			if err != nil {
				return err
			}
			return writeOutput(cmd, out, []byte(base64.StdEncoding.EncodeToString(b)+"\n"))
		},
	}
	addClientFlags(enc, &o)
	enc.Flags().StringVar(&conditions, "conditions", "", "file with the access conditions (JSON array)")
	enc.Flags().StringVar(&action, "action", "", "CID of the only action that may decrypt (CIDv0, or its CIDv1: stored as the CIDv0)")
	enc.Flags().StringVar(&in, "in", "-", "plaintext file, - for stdin")
	enc.Flags().StringVar(&out, "out", "", "ciphertext file (default stdout)")
	rootCmd.AddCommand(enc)

	var do clientOpts
	var din, dout string
	dec := &cobra.Command{
		Use:   "decrypt [--in FILE] [--out FILE]",
		Short: "Decrypt a ciphertext with decryption shares from the nodes",
		Long: `decrypt asks the nodes for their decryption shares of a ciphertext made by encrypt. Each
node releases its share only when the ciphertext's access conditions hold for the caller's
wallet on confirmed chain state. Every share's proof is checked; a bad share names its
node; T good shares are combined. The plaintext is written to --out or stdout.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			raw, err := readInput(cmd, din, base64.StdEncoding.EncodedLen(tdec.MaxCiphertext)+2)
			if err != nil {
				return fmt.Errorf("--in: %w", err)
			}
			b, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(raw)))
			if err != nil {
				return fmt.Errorf("--in: not base64: %w", err)
			}
			ct, err := tdec.ParseCiphertext(b)
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), do.timeout)
			defer cancel()
			c, err := do.client(ctx, do.logger(cmd.ErrOrStderr()))
			if err != nil {
				return err
			}
			defer c.Close()
			// The stored session grants execute and pkp-sign by default:
			// decrypt signs with a short decrypt-only session of its own.
			k, err := do.key()
			if err != nil {
				return err
			}
			s, err := auth.NewSession(k, auth.SessionParams{Network: do.network, ChainID: c.ChainID(), Lifetime: 10 * time.Minute,
				Abilities: map[string][]auth.Caveat{auth.AbilityDecrypt: {{}}}})
			if err != nil {
				return err
			}
			r, err := c.Decrypt(ctx, ct, &client.Options{Session: s})
			if err != nil {
				return err
			}
			if bad := r.BadNodes(); len(bad) > 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "bad decryption shares from nodes %s (skipped)\n", strings.Join(bad, ", "))
			}
			return writeOutput(cmd, dout, r.Plaintext)
		},
	}
	addClientFlags(dec, &do)
	dec.Flags().StringVar(&din, "in", "-", "ciphertext file (base64), - for stdin")
	dec.Flags().StringVar(&dout, "out", "", "plaintext file (default stdout)")
	rootCmd.AddCommand(dec)
}
