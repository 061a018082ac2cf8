package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"

	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/node"
)

// nodeCmd runs a pkpnet node until interrupted.
var nodeCmd = &cobra.Command{
	Use:   "node",
	Short: "Run a pkpnet node",
	Long: `Run a pkpnet node: chain index, libp2p host, root key genesis, presignature
pool and the execute / pkp-sign protocols.

Configuration comes from flags, then PKPNET_* environment variables (the flag
name in upper case with '-' as '_', e.g. PKPNET_DATA_DIR), then the JSON file
given by --config. The store passphrase comes only from PKPNET_PASSPHRASE or
--passphrase-file.

When the node serves requests it prints one line "ready {json}" on stdout
with its peer ID, party, epoch, root key and listen addresses (or only the
JSON object with --json).`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		f := cmd.Flags()
		cfg, err := node.LoadConfig(f, os.Getenv)
		if err != nil {
			return err
		}
		level, _ := f.GetString("log-level")
		var lv slog.Level
		if err := lv.UnmarshalText([]byte(level)); err != nil {
			return fmt.Errorf("--log-level: %w", err)
		}
		cfg.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: lv}))
		asJSON, _ := f.GetBool("json")
		out := cmd.OutOrStdout()
		cfg.OnReady = func(n *node.Node) {
			var addrs []string
			for _, a := range n.Addrs() {
				addrs = append(addrs, a.String())
			}
			b, _ := json.Marshal(map[string]any{
				"peerId": n.PeerID().String(), "party": n.Party(), "epoch": n.Epoch(),
				"rootKey": "0x" + hex.EncodeToString(n.RootKey()), "addrs": addrs,
			})
			if asJSON {
				fmt.Fprintln(out, string(b))
			} else {
				fmt.Fprintln(out, "ready", string(b))
			}
		}
		return node.Run(cmd.Context(), cfg)
	},
}

// nodeIDCmd prints the peer ID of a data dir's identity (creating it on
// first use), for registering the node in NodeRegistry before it starts.
var nodeIDCmd = &cobra.Command{
	Use:   "id DATA_DIR",
	Short: "Print the libp2p peer ID of a node data dir (creating its identity)",
	Args:  cobra.ExactArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		pid, err := node.PeerIDOf(args[0])
		if err != nil {
			return err
		}
		asJSON, _ := cmd.Flags().GetBool("json")
		if asJSON {
			b, _ := json.Marshal(map[string]string{"peerId": pid.String(), "peerIdHex": "0x" + hex.EncodeToString([]byte(pid))})
			fmt.Fprintln(cmd.OutOrStdout(), string(b))
			return nil
		}
		fmt.Fprintln(cmd.OutOrStdout(), pid.String())
		return nil
	},
}

func init() {
	f := nodeCmd.Flags()
	node.BindFlags(f)
	f.String("log-level", "info", "log level: debug, info, warn, error")
	f.Bool("json", false, "print the ready line as a bare JSON object")
	nodeIDCmd.Flags().Bool("json", false, "JSON output")
	nodeCmd.AddCommand(nodeIDCmd)
	rootCmd.AddCommand(nodeCmd)
}
