package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pkpnet/pkpnet/devchain"
)

// TestDevchainCommand runs `pkpnet devchain` and talks to it over HTTP and WS.
func TestDevchainCommand(t *testing.T) {
	info := filepath.Join(t.TempDir(), "devchain.json")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rootCmd.SetArgs([]string{"devchain", "--http-port", "0", "--ws-port", "0", "--period", "0", "--accounts", "3", "--info", info})
	rootCmd.SetOut(&discard{})
	rootCmd.SetErr(&discard{})
	defer func() {
		rootCmd.SetArgs(nil)
		rootCmd.SetOut(nil)
		rootCmd.SetErr(nil)
	}()
	done := make(chan error, 1)
	go func() { done <- rootCmd.ExecuteContext(ctx) }()
	var in devchain.Info
	deadline := time.Now().Add(60 * time.Second)
	for {
		b, err := os.ReadFile(info)
		if err == nil && json.Unmarshal(b, &in) == nil {
			break
		}
		select {
		case err := <-done:
			t.Fatalf("devchain exited: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("no info file")
		}
		time.Sleep(20 * time.Millisecond)
	}
	for _, url := range []string{in.HTTPURL, in.WSURL} {
		c, err := ethclient.Dial(url)
		if err != nil {
			t.Fatal(err)
		}
		id, err := c.ChainID(ctx)
		if err != nil || id.Int64() != devchain.ChainID {
			t.Fatalf("%s: chain id %v %v", url, id, err)
		}
		code, err := c.CodeAt(ctx, in.Contracts.PKPPermissions, nil)
		if err != nil || len(code) == 0 {
			t.Fatalf("%s: no PKPPermissions code", url)
		}
		c.Close()
	}
	if len(in.Accounts) != 3 || in.Accounts[0].PrivateKey == "" {
		t.Fatalf("accounts %+v", in.Accounts)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("devchain returned %v after Ctrl-C", err)
	}
}

type discard struct{}

func (*discard) Write(p []byte) (int, error) { return len(p), nil }
