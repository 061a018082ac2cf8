package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/client"
)

// maxActionFile caps an action file read from disk (the runtime's code limit).
const maxActionFile = 16 << 20

// readAction reads an action file and returns its code and CIDv0.
func readAction(path string) (string, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", "", err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxActionFile+1))
	if err != nil {
		return "", "", fmt.Errorf("read %s: %w", path, err)
	}
	if len(b) > maxActionFile {
		return "", "", fmt.Errorf("%s is larger than %d bytes", path, maxActionFile)
	}
	c, err := actionid.CID(b)
	if err != nil {
		return "", "", fmt.Errorf("CID of %s: %w", path, err)
	}
	return string(b), c.String(), nil
}

// actionCID resolves an action argument: a file's CID, or a CID given as
// its CIDv0 or its dag-pb CIDv1; either way the canonical CIDv0.
func actionCID(arg string) (string, error) {
	if st, err := os.Stat(arg); err == nil && !st.IsDir() {
		_, c, err := readAction(arg)
		return c, err
	}
	c, err := actionid.Canonical(arg)
	if err != nil {
		return "", fmt.Errorf("%q is neither an action file nor an action CID: %w", arg, err)
	}
	return c, nil
}

func printPKP(w io.Writer, p *client.PKP) {
	fmt.Fprintf(w, "token ID:     %s\n", p.TokenID)
	fmt.Fprintf(w, "address:      %s\n", p.Address)
	fmt.Fprintf(w, "public key:   %s\n", p.PubKey)
	fmt.Fprintf(w, "key ID:       %s\n", p.KeyID.Hex())
	if p.Burned {
		fmt.Fprintf(w, "owner:        none (burned: permissions are fixed)\n")
	} else {
		note := ""
		if p.Owner == p.Address {
			note = " (the PKP itself: permissions are fixed)"
		}
		fmt.Fprintf(w, "owner:        %s%s\n", p.Owner, note)
	}
	for _, a := range p.Actions {
		fmt.Fprintf(w, "action:       %s\n", a)
	}
	for _, a := range p.Addresses {
		fmt.Fprintf(w, "address:      %s\n", a)
	}
	for _, am := range p.AuthMethods {
		fmt.Fprintf(w, "auth method:  type %d id %s scopes %v\n", am.Type, am.ID, am.Scopes)
	}
}

func init() {
	pkpCmd := &cobra.Command{Use: "pkp", Short: "Mint and inspect PKPs"}

	var mo clientOpts
	var actions, addrs []string
	var permitSelf, sendSelf bool
	var grantBurn string
	mint := &cobra.Command{
		Use:   "mint",
		Short: "Mint a PKP (optionally with permissions, sent to itself, or mint-grant-burn)",
		Long: `mint mints the next PKP to the caller. With --action/--address/--permit-self/
--send-to-self it mints through PKPHelper and sets the permissions in the same
transaction. With --grant-and-burn it mints, permits one action and burns the NFT in one
transaction: only that action can ever sign with the PKP. Actions are given as a file
(its CIDv0 is computed) or as a CID.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, cancel := context.WithTimeout(cmd.Context(), mo.timeout)
			defer cancel()
			ch, eth, err := mo.chain(ctx)
			if err != nil {
				return err
			}
			defer eth.Close()
			var p *client.PKP
			switch {
			case grantBurn != "":
				if len(actions) > 0 || len(addrs) > 0 || permitSelf || sendSelf {
					return fmt.Errorf("--grant-and-burn cannot be combined with other permissions")
				}
				c, err := actionCID(grantBurn)
				if err != nil {
					return err
				}
				p, err = ch.MintGrantAndBurn(ctx, c)
				if err != nil {
					return err
				}
			case len(actions) > 0 || len(addrs) > 0 || permitSelf || sendSelf:
				o := client.MintOptions{PermitSelf: permitSelf, SendPkpToSelf: sendSelf}
				for _, a := range actions {
					c, err := actionCID(a)
					if err != nil {
						return err
					}
					o.Actions = append(o.Actions, c)
				}
				for _, a := range addrs {
					if !common.IsHexAddress(a) {
						return fmt.Errorf("--address %q is not an Ethereum address", a)
					}
					o.Addresses = append(o.Addresses, common.HexToAddress(a))
				}
				p, err = ch.MintWithPermissions(ctx, o)
				if err != nil {
					return err
				}
			default:
				p, err = ch.MintPKP(ctx)
				if err != nil {
					return err
				}
			}
			printOut(cmd.OutOrStdout(), mo.json, p, func(w io.Writer) { printPKP(w, p) })
			return nil
		},
	}
	addClientFlags(mint, &mo)
	mint.Flags().StringSliceVar(&actions, "action", nil, "permit this action (file or CID) with scope sign-anything")
	mint.Flags().StringSliceVar(&addrs, "address", nil, "permit this Ethereum address with scope sign-anything")
	mint.Flags().BoolVar(&permitSelf, "permit-self", false, "permit the PKP's own address")
	mint.Flags().BoolVar(&sendSelf, "send-to-self", false, "transfer the NFT to the PKP's own address (permissions become fixed)")
	mint.Flags().StringVar(&grantBurn, "grant-and-burn", "", "mint, permit this action (file or CID) and burn, in one transaction")

	var so clientOpts
	show := &cobra.Command{
		Use:   "show PKP",
		Short: "Show a PKP (token ID, 0x address or 0x public key): keys, owner and permissions",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, cancel := context.WithTimeout(cmd.Context(), so.timeout)
			defer cancel()
			ch, eth, err := so.chain(ctx)
			if err != nil {
				return err
			}
			defer eth.Close()
			id, err := ch.TokenIDOf(ctx, strings.TrimSpace(args[0]))
			if err != nil {
				return err
			}
			p, err := ch.PKP(ctx, id)
			if err != nil {
				return err
			}
			printOut(cmd.OutOrStdout(), so.json, p, func(w io.Writer) { printPKP(w, p) })
			return nil
		},
	}
	addClientFlags(show, &so)
	pkpCmd.AddCommand(mint, show)
	rootCmd.AddCommand(pkpCmd)
}
