package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/contracts"
)

// permitTarget is what a permit subcommand acts on, parsed from flags.
type permitTarget struct {
	kind   string // action | address | auth-method
	value  string // CID or file, address, or 0x ID
	typ    uint64 // auth method type
	pubkey string // auth method user pubkey, 0x
	scopes []int
}

// authID returns the (type, id) the contract keys the permission by.
func (t *permitTarget) authID() (uint64, []byte, error) {
	switch t.kind {
	case "action":
		c, err := actionCID(t.value)
		if err != nil {
			return 0, nil, err
		}
		m, err := actionid.Multihash(c)
		return contracts.AuthAction, m, err
	case "address":
		if !common.IsHexAddress(t.value) {
			return 0, nil, fmt.Errorf("%q is not an Ethereum address", t.value)
		}
		return contracts.AuthAddress, common.HexToAddress(t.value).Bytes(), nil
	default:
		id, err := hex.DecodeString(strings.TrimPrefix(t.value, "0x"))
		if err != nil || len(id) == 0 {
			return 0, nil, fmt.Errorf("auth method ID %q is not 0x-hex", t.value)
		}
		return t.typ, id, nil
	}
}

func init() {
	permitCmd := &cobra.Command{
		Use:   "permit",
		Short: "Change a PKP's permissions: actions, addresses, auth methods and their scopes",
		Long: `permit changes who may sign with a PKP. Only the PKP's owner may; a burned PKP or one
that owns itself has fixed permissions. Scopes: 0 auth only, 1 sign anything,
2 personal-sign only.

  pkpnet permit add action PKP ACTION_FILE_OR_CID [--scopes 1]
  pkpnet permit add address PKP 0xADDRESS [--scopes 1]
  pkpnet permit add auth-method PKP 0xID --type N [--user-pubkey 0x..] [--scopes 1]
  pkpnet permit remove action|address|auth-method PKP VALUE [--type N]
  pkpnet permit scope add|remove action|address|auth-method PKP VALUE --scope S [--type N]

PKP is a token ID, the PKP's 0x address or its 0x public key.`,
	}
	mk := func(verb string) *cobra.Command {
		var o clientOpts
		var t permitTarget
		var scope int
		use := verb + " action|address|auth-method PKP VALUE"
		short := map[string]string{"add": "Permit an action, address or auth method", "remove": "Revoke an action, address or auth method",
			"scope-add": "Add a scope to a permitted action, address or auth method", "scope-remove": "Remove a scope"}[verb]
		if strings.HasPrefix(verb, "scope-") {
			use = strings.TrimPrefix(verb, "scope-") + " action|address|auth-method PKP VALUE"
		}
		cmd := &cobra.Command{
			Use:   use,
			Short: short,
			Args:  cobra.ExactArgs(3),
			RunE: func(cmd *cobra.Command, args []string) error {
				t.kind, t.value = args[0], args[2]
				switch t.kind {
				case "action", "address", "auth-method":
				default:
					return fmt.Errorf("%q: say action, address or auth-method", t.kind)
				}
				if t.kind == "auth-method" && t.typ == 0 {
					return fmt.Errorf("auth-method needs --type (3 or more; 1 and 2 are address and action)")
				}
				ctx, cancel := context.WithTimeout(cmd.Context(), o.timeout)
				defer cancel()
				ch, eth, err := o.chain(ctx)
				if err != nil {
					return err
				}
				defer eth.Close()
				id, err := ch.TokenIDOf(ctx, args[1])
				if err != nil {
					return err
				}
				if err := applyPermit(ctx, ch, verb, id, &t, scope); err != nil {
					return err
				}
				p, err := ch.PKP(ctx, id)
				if err != nil {
					return err
				}
				printOut(cmd.OutOrStdout(), o.json, p, func(w io.Writer) { printPKP(w, p) })
				return nil
			},
		}
		addClientFlags(cmd, &o)
		f := cmd.Flags()
		f.Uint64Var(&t.typ, "type", 0, "auth method type (auth-method only)")
		switch verb {
		case "add":
			f.IntSliceVar(&t.scopes, "scopes", []int{int(contracts.ScopeSignAnything)}, "scopes to grant (0 auth only, 1 sign anything, 2 personal sign)")
			f.StringVar(&t.pubkey, "user-pubkey", "", "auth method user pubkey, 0x-hex (auth-method only)")
		case "scope-add", "scope-remove":
			f.IntVar(&scope, "scope", int(contracts.ScopeSignAnything), "the scope (0, 1 or 2)")
		}
		return cmd
	}
	scopeCmd := &cobra.Command{Use: "scope", Short: "Add or remove one scope of a permission"}
	scopeCmd.AddCommand(mk("scope-add"), mk("scope-remove"))
	permitCmd.AddCommand(mk("add"), mk("remove"), scopeCmd)
	rootCmd.AddCommand(permitCmd)
}

func applyPermit(ctx context.Context, ch *client.Chain, verb string, id *big.Int, t *permitTarget, scope int) error {
	switch verb {
	case "add":
		switch t.kind {
		case "action":
			c, err := actionCID(t.value)
			if err != nil {
				return err
			}
			return ch.AddPermittedAction(ctx, id, c, t.scopes)
		case "address":
			if !common.IsHexAddress(t.value) {
				return fmt.Errorf("%q is not an Ethereum address", t.value)
			}
			return ch.AddPermittedAddress(ctx, id, common.HexToAddress(t.value), t.scopes)
		default:
			return ch.AddPermittedAuthMethod(ctx, id, client.AuthMethod{Type: t.typ, ID: t.value, UserPubkey: t.pubkey, Scopes: t.scopes})
		}
	case "remove":
		switch t.kind {
		case "action":
			c, err := actionCID(t.value)
			if err != nil {
				return err
			}
			return ch.RemovePermittedAction(ctx, id, c)
		case "address":
			if !common.IsHexAddress(t.value) {
				return fmt.Errorf("%q is not an Ethereum address", t.value)
			}
			return ch.RemovePermittedAddress(ctx, id, common.HexToAddress(t.value))
		default:
			typ, aid, err := t.authID()
			if err != nil {
				return err
			}
			return ch.RemovePermittedAuthMethod(ctx, id, typ, aid)
		}
	default:
		typ, aid, err := t.authID()
		if err != nil {
			return err
		}
		return ch.SetAuthMethodScope(ctx, id, typ, aid, scope, verb == "scope-add")
	}
}
