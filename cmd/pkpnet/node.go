package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
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
with its peer ID, party, epoch, root key, listen addresses and metrics
address (or only the JSON object with --json).

Operations: /metrics (Prometheus), /healthz (alive) and /readyz (root key
active, chain index at most 8 blocks behind the head beyond the confirmations, at least T nodes
reachable, presignature pool non-empty) are served on --metrics-addr
(default 127.0.0.1:9464, loopback only; "off" disables). Logs go to stderr as
text or, with --log-format json, one JSON object per line; every line has
one "component" field. Action workers are isolated with namespaces and
seccomp: --sandbox-isolation strict (the default) refuses to start when the
kernel or privileges do not allow it and says why; auto runs with what is
available and warns; off applies only rlimits.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		f := cmd.Flags()
		node.TuneGC(os.Getenv)
		cfg, err := loadNodeConfig(f, os.Getenv)
		if err != nil {
			return err
		}
		if cfg.Logger, err = commandLogger(cmd); err != nil {
			return err
		}
		asJSON, _ := f.GetBool("json")
		out := cmd.OutOrStdout()
		cfg.OnReady = func(n *node.Node) {
			var addrs []string
			for _, a := range n.Addrs() {
				addrs = append(addrs, a.String())
			}
			b, _ := json.Marshal(map[string]any{
				"peerId": n.PeerID().String(), "party": n.Party(), "epoch": n.Epoch(),
				"rootKey": "0x" + hex.EncodeToString(n.RootKey()), "addrs": addrs, "metrics": n.MetricsAddr(),
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
	bindNodeFlags(f)
	addLogFlags(f)
	f.Bool("json", false, "print the ready line as a bare JSON object")
	nodeIDCmd.Flags().Bool("json", false, "JSON output")
	nodeCmd.AddCommand(nodeIDCmd)
	rootCmd.AddCommand(nodeCmd)
}
