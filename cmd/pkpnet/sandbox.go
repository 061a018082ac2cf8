package main

import (
	"os"

	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/runtime"
)

// sandboxWorkerCmd is the hidden worker the action sandbox starts: it runs
// untrusted actions and talks to the node over stdin/stdout only.
var sandboxWorkerCmd = &cobra.Command{
	Use:                runtime.WorkerCommandName,
	Short:              "internal: the action sandbox worker (started by the node)",
	Hidden:             true,
	DisableFlagParsing: true,
	Run: func(_ *cobra.Command, args []string) {
		os.Exit(runtime.WorkerMain(args))
	},
}

func init() { rootCmd.AddCommand(sandboxWorkerCmd) }
