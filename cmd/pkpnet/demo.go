package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/devnet"
)

func init() {
	var o clientOpts
	demo := &cobra.Command{
		Use:   "demo",
		Short: "Run the devnet demo against a running network (mint, permit, execute, broadcast, Mint/Grant/Burn)",
		Long: `demo runs the steps of 'pkpnet devnet --demo' against a network that is already
running (a compose network, a devnet, a test network): mint a PKP, permit the
signing action, execute it to sign an EIP-1559 transfer from the PKP's address,
broadcast it, then Mint/Grant/Burn. The caller's key pays (--key-file,
$PKPNET_PRIVATE_KEY or --dev-account). The last line on stdout is the summary
JSON.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, cancel := context.WithTimeout(cmd.Context(), o.timeout)
			defer cancel()
			ch, eth, err := o.chain(ctx)
			if err != nil {
				return err
			}
			defer eth.Close()
			c, err := o.client(ctx, o.logger(cmd.ErrOrStderr()))
			if err != nil {
				return err
			}
			defer c.Close()
			res, err := devnet.RunDemo(ctx, devnet.DemoConfig{Client: c, Chain: ch, Eth: eth, Out: cmd.ErrOrStderr()})
			if err != nil {
				return err
			}
			b, _ := json.Marshal(res)
			fmt.Fprintln(cmd.OutOrStdout(), string(b))
			return nil
		},
	}
	addClientFlags(demo, &o)
	rootCmd.AddCommand(demo)

	var timeout time.Duration
	health := &cobra.Command{
		Use:   "health URL",
		Short: "GET a health URL (a node's /readyz or /healthz); exit 0 only on 200",
		Long: `health is for container health checks in images without a shell: it sends
GET URL and exits 0 when the answer is 200, 1 otherwise, printing the body.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
			defer cancel()
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, args[0], nil)
			if err != nil {
				return err
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
			fmt.Fprint(cmd.OutOrStdout(), string(body))
			if resp.StatusCode != http.StatusOK {
				return fmt.Errorf("%s: %s", args[0], resp.Status)
			}
			return nil
		},
	}
	health.Flags().DurationVar(&timeout, "timeout", 5*time.Second, "request timeout")
	rootCmd.AddCommand(health)
}
