package main

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/devchain"
)

// writeDevKeys writes the dev accounts' keys as account-N.key files.
func writeDevKeys(dir string, in devchain.Info) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	for i, a := range in.Accounts {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("account-%d.key", i)), []byte(a.PrivateKey), 0o600); err != nil {
			return err
		}
	}
	return nil
}

func init() {
	var (
		httpPort, wsPort, accounts int
		period                     time.Duration
		dataDir, infoPath, mint    string
		keysDir                    string
	)
	cmd := &cobra.Command{
		Use:   "devchain",
		Short: "Run an embedded go-ethereum dev chain with the pkpnet contracts deployed",
		Long: `devchain runs go-ethereum in dev mode inside this process. It serves HTTP and
WebSocket JSON-RPC on 127.0.0.1 only (no p2p, no discovery, no NAT), deploys the pkpnet
contracts, funds a set of dev accounts, prints the contract addresses and dev keys, and
writes them as JSON to --info. Chain ID 1337. The chain is ephemeral unless --datadir is
given. The dev keys are public knowledge: use them on this chain only.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cost, ok := new(big.Int).SetString(mint, 10)
			if !ok || cost.Sign() < 0 {
				return fmt.Errorf("--mint-cost: %q is not a wei amount", mint)
			}
			log := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: slog.LevelInfo}))
			c, err := devchain.Start(cmd.Context(), devchain.Config{
				DataDir: dataDir, HTTPPort: httpPort, WSPort: wsPort, Period: period,
				Accounts: accounts, MintCost: cost, Logger: log,
			})
			if err != nil {
				return err
			}
			defer c.Close()
			if keysDir != "" {
				if err := writeDevKeys(keysDir, c.Info()); err != nil {
					return err
				}
			}
			if infoPath != "" {
				if err := c.WriteInfo(infoPath); err != nil {
					return err
				}
			}
			out, _ := json.MarshalIndent(c.Info(), "", "  ")
			fmt.Fprintln(cmd.OutOrStdout(), string(out))
			if infoPath != "" {
				fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s; Ctrl-C to stop\n", infoPath)
			}
			<-cmd.Context().Done()
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&httpPort, "http-port", 8545, "HTTP JSON-RPC port on 127.0.0.1 (0 picks a free port)")
	f.IntVar(&wsPort, "ws-port", 8546, "WebSocket JSON-RPC port on 127.0.0.1 (0 picks a free port; equal to --http-port shares it)")
	f.DurationVar(&period, "period", time.Second, "block period; 0 seals a block per transaction")
	f.IntVar(&accounts, "accounts", 10, "number of funded dev accounts (account 0 owns the contracts)")
	f.StringVar(&dataDir, "datadir", "", "keep the chain in this directory (default: ephemeral, in memory)")
	f.StringVar(&infoPath, "info", "devchain.json", "write the endpoints, contract addresses and dev keys here as JSON (mode 0600); empty to skip")
	f.StringVar(&mint, "mint-cost", "0", "PKP mint cost in wei")
	f.StringVar(&keysDir, "keys-dir", "", "also write each dev account's key as DIR/account-N.key (mode 0600), for --key-file and --operator-key-file")
	rootCmd.AddCommand(cmd)
}
