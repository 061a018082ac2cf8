package main

import (
	"context"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/runtime"
)

// TestSandboxWorkerSubcommand runs an action through the real cobra
// subcommand: the sandbox starts this test binary, which (in
// TestSandboxWorkerHelperProcess) executes rootCmd with the worker's
// arguments, exactly as `pkpnet sandbox-worker ...` would.
func TestSandboxWorkerSubcommand(t *testing.T) {
	sb, err := runtime.New(runtime.Config{
		Workers: 1,
		Command: runtime.WorkerCommand{
			Path: os.Args[0],
			Args: []string{"-test.run=^TestSandboxWorkerHelperProcess$", "--", runtime.WorkerCommandName},
			Env:  []string{"PKPNET_SANDBOX_HELPER=1"},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer sb.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	res, err := sb.Run(ctx, runtime.Request{Code: []byte(`Lit.Actions.setResponse({response: "from " + who})`), JSParams: []byte(`{"who": "pkpnet sandbox-worker"}`)})
	if err != nil {
		t.Fatal(err)
	}
	if res.Response != "from pkpnet sandbox-worker" {
		t.Fatalf("response = %q", res.Response)
	}
}

// TestSandboxWorkerHelperProcess is not a test: it is the worker process of
// TestSandboxWorkerSubcommand.
func TestSandboxWorkerHelperProcess(t *testing.T) {
	if os.Getenv("PKPNET_SANDBOX_HELPER") != "1" {
		return
	}
	i := slices.Index(os.Args, "--")
	rootCmd.SetArgs(os.Args[i+1:])
	_ = rootCmd.Execute() // the subcommand exits the process
	os.Exit(3)
}
