// Command pkpnet is the one pkpnet binary: node, bootstrap, devnet, devchain,
// the client subcommands, and the hidden sandbox worker.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/client"
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
		os.Exit(exitCode(err))
	}
}

// Exit codes: the network refused the request (permission, authentication,
// bad input, the action failing or running out of time: retrying the same
// request cannot help) vs. any other failure (unreachable nodes, timeouts,
// local errors).
const (
	exitFailure = 1
	exitRefused = 3
)

func exitCode(err error) int {
	var re *client.RequestError
	if errors.As(err, &re) && re.Refused {
		return exitRefused
	}
	return exitFailure
}
