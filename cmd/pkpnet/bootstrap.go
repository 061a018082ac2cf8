package main

import (
	"fmt"
	"log/slog"
	"os"

	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/p2p"
)

// bootstrapCmd runs a bootstrap-only peer: a DHT server in the network's
// private namespace. It holds no key shares and joins no topic.
var bootstrapCmd = &cobra.Command{
	Use:   "bootstrap",
	Short: "Run a bootstrap-only peer (a DHT server with no keys)",
	Long: `Run a bootstrap-only peer: a Kademlia DHT server in the network's private
namespace (/pkpnet/<network>/kad/1.0.0) that seeds discovery for nodes and
clients. It holds no key shares and joins no gossip topic.

It prints each listen address (with /p2p/<peer ID>) on a line of its own,
prefixed "listening on ", for nodes to use as --bootstrap.`,
	Args: cobra.NoArgs,
	RunE: func(cmd *cobra.Command, _ []string) error {
		f := cmd.Flags()
		network, _ := f.GetString("network")
		listen, _ := f.GetStringSlice("listen")
		identity, _ := f.GetString("identity")
		peers, _ := f.GetStringSlice("bootstrap")
		sk, err := p2p.LoadOrCreateIdentity(identity)
		if err != nil {
			return err
		}
		boot, err := p2p.ParseAddrInfos(peers)
		if err != nil {
			return fmt.Errorf("--bootstrap: %w", err)
		}
		log := slog.New(slog.NewTextHandler(os.Stderr, nil))
		h, err := p2p.New(cmd.Context(), p2p.Config{
			Network:     network,
			Role:        p2p.RoleBootstrap,
			Identity:    sk,
			ListenAddrs: listen,
			Bootstrap:   boot,
			Logger:      log,
		})
		if err != nil {
			return err
		}
		defer h.Close()
		for _, a := range h.Addrs() {
			fmt.Fprintln(cmd.OutOrStdout(), "listening on", a)
		}
		<-cmd.Context().Done()
		log.Info("bootstrap peer stopping")
		return nil
	},
}

func init() {
	f := bootstrapCmd.Flags()
	f.String("network", "devnet", "network name (DHT namespace /pkpnet/<network>)")
	f.StringSlice("listen", []string{"/ip4/127.0.0.1/tcp/4001", "/ip4/127.0.0.1/udp/4001/quic-v1"}, "listen multiaddrs (TCP and QUIC)")
	f.String("identity", "pkpnet-bootstrap.key", "identity key file (created with mode 0600 on first start)")
	f.StringSlice("bootstrap", nil, "other bootstrap peers (multiaddrs with /p2p/<id>)")
	rootCmd.AddCommand(bootstrapCmd)
}
