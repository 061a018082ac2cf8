package main

import (
	"context"
	"errors"
	"io"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/client"
)

func init() {
	var o clientOpts
	var pkpRef, hash, message, idToken string
	cmd := &cobra.Command{
		Use:   "sign --pkp PKP (--hash 0x... | --message TEXT)",
		Short: "Sign a hash with a PKP as a permitted address (pkp-sign)",
		Long: `sign asks the nodes to sign a 32-byte hash with a PKP directly, with no action: the
caller's key must own the PKP or be a permitted address with the sign-anything scope.
--message signs the EIP-191 personal-message hash of TEXT instead. The signature is
verified against the PKP's address before it is printed.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if (hash == "") == (message == "") {
				return errors.New("give exactly one of --hash and --message")
			}
			if pkpRef == "" {
				return errors.New("--pkp is required")
			}
			var h []byte
			if hash != "" {
				var err error
				if h, err = decodeHash(hash); err != nil {
					return err
				}
			} else {
				h = accounts.TextHash([]byte(message))
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), o.timeout)
			defer cancel()
			ch, eth, err := o.chain(ctx)
			if err != nil {
				return err
			}
			id, err := ch.TokenIDOf(ctx, pkpRef)
			var p *client.PKP
			if err == nil {
				p, err = ch.PKP(ctx, id)
			}
			eth.Close()
			if err != nil {
				return err
			}
			ro, err := requestOptions(idToken)
			if err != nil {
				return err
			}
			c, err := o.client(ctx, o.logger(cmd.ErrOrStderr()))
			if err != nil {
				return err
			}
			defer c.Close()
			r, err := c.PKPSign(ctx, p.PubKeyBytes(), h, ro)
			if err != nil {
				return err
			}
			printOut(cmd.OutOrStdout(), o.json, r, func(w io.Writer) { printResult(w, r) })
			return nil
		},
	}
	addClientFlags(cmd, &o)
	cmd.Flags().StringVar(&idToken, "id-token", "", "an OIDC ID token (JWT) bound to this command's session by its nonce (docs/auth.md), or @FILE: a PKP that permits its auth method signs")
	cmd.Flags().StringVar(&pkpRef, "pkp", "", "PKP: token ID, 0x address or 0x public key")
	cmd.Flags().StringVar(&hash, "hash", "", "the 32-byte hash to sign, 0x-hex")
	cmd.Flags().StringVar(&message, "message", "", "sign the EIP-191 personal-message hash of this text")
	rootCmd.AddCommand(cmd)
}
