// Command pkpnet is the one pkpnet binary: node, bootstrap, devnet, devchain,
// the client subcommands, and the hidden sandbox worker.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

// rootCmd is the top of the command tree. Every subcommand lives in its own
// file and adds itself in an init function.
var rootCmd = &cobra.Command{
	Use:           "pkpnet",
	Short:         "pkpnet: a decentralized network of threshold-ECDSA Programmable Key Pairs",
	SilenceUsage:  true,
	SilenceErrors: true,
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := rootCmd.ExecuteContext(ctx)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "pkpnet:", err)
		os.Exit(1)
	}
}
