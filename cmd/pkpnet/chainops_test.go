package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/pflag"

	"github.com/pkpnet/pkpnet/devchain"
	"github.com/pkpnet/pkpnet/node"
)

// runCLI runs the command tree with args and returns stdout.
func runCLI(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	rootCmd.SetArgs(args)
	rootCmd.SetOut(&out)
	rootCmd.SetErr(&discard{})
	defer func() {
		rootCmd.SetArgs(nil)
		rootCmd.SetOut(nil)
		rootCmd.SetErr(nil)
	}()
	err := rootCmd.ExecuteContext(t.Context())
	return out.String(), err
}

// TestContractsDeployAndRegistry deploys the contracts with `pkpnet
// contracts deploy` on a dev chain, registers a node with `registry
// add-node`, lists it, removes it, and checks that the node config reads
// the contracts file.
func TestContractsDeployAndRegistry(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	ch, err := devchain.Start(ctx, devchain.Config{Accounts: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "owner.key")
	owner := devchain.DevKey(2) // not the devchain's own deployer: a fresh deployment
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(owner))), 0o600); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "contracts.json")
	if _, err := runCLI(t, "contracts", "deploy", "--rpc", ch.HTTPURL, "--key-file", keyFile, "--out", out); err != nil {
		t.Fatal(err)
	}
	var info devchain.Info
	b, err := os.ReadFile(out)
	if err != nil || json.Unmarshal(b, &info) != nil {
		t.Fatalf("contracts file: %v %s", err, b)
	}
	if info.ChainID != devchain.ChainID || info.HTTPURL != ch.HTTPURL || info.Contracts.NodeRegistry == ch.Contracts.NodeRegistry {
		t.Fatalf("contracts file %+v", info)
	}
	code, err := ch.Client().CodeAt(ctx, info.Contracts.PKPHelper, nil)
	if err != nil || len(code) == 0 {
		t.Fatalf("no PKPHelper code at %s", info.Contracts.PKPHelper)
	}
	if _, err := runCLI(t, "contracts", "deploy", "--rpc", ch.HTTPURL, "--key-file", keyFile, "--out", out); err == nil {
		t.Fatal("deploy overwrote an existing contracts file")
	}

	pid, err := node.PeerIDOf(filepath.Join(dir, "node"))
	if err != nil {
		t.Fatal(err)
	}
	op := crypto.PubkeyToAddress(devchain.DevKey(1).PublicKey)
	hint := "/ip4/127.0.0.1/tcp/4100"
	if _, err := runCLI(t, "registry", "add-node", "--contracts", out, "--key-file", keyFile,
		"--operator", op.Hex(), "--peer-id", pid.String(), "--hint", hint); err != nil {
		t.Fatal(err)
	}
	type listing struct {
		Epoch int64 `json:"epoch"`
		Nodes []struct {
			Operator common.Address `json:"operator"`
			PeerID   string         `json:"peerId"`
			Hints    []string       `json:"hints"`
		} `json:"nodes"`
	}
	list := func() listing {
		s, err := runCLI(t, "registry", "list", "--contracts", out, "--json")
		if err != nil {
			t.Fatal(err)
		}
		var l listing
		if err := json.Unmarshal([]byte(s), &l); err != nil {
			t.Fatalf("list output %q: %v", s, err)
		}
		return l
	}
	l := list()
	if len(l.Nodes) != 1 || l.Nodes[0].Operator != op || l.Nodes[0].PeerID != pid.String() || strings.Join(l.Nodes[0].Hints, ",") != hint {
		t.Fatalf("after add: %+v", l)
	}
	// Only the owner may add: another key's transaction reverts.
	other := filepath.Join(dir, "other.key")
	if err := os.WriteFile(other, []byte(hex.EncodeToString(crypto.FromECDSA(devchain.DevKey(1)))), 0o600); err != nil {
		t.Fatal(err)
	}
	pid2, _ := node.PeerIDOf(filepath.Join(dir, "node2"))
	if _, err := runCLI(t, "registry", "add-node", "--contracts", out, "--key-file", other,
		"--operator", op.Hex(), "--peer-id", pid2.String()); err == nil {
		t.Fatal("a non-owner added a node")
	}
	for _, bad := range [][]string{
		{"--operator", "0x12", "--peer-id", pid2.String()},
		{"--operator", op.Hex(), "--peer-id", "not-a-peer-id"},
	} {
		if _, err := runCLI(t, append([]string{"registry", "add-node", "--contracts", out, "--key-file", keyFile}, bad...)...); err == nil {
			t.Fatalf("add-node %v accepted", bad)
		}
	}
	if _, err := runCLI(t, "registry", "remove-node", "--contracts", out, "--key-file", keyFile, "--operator", op.Hex()); err != nil {
		t.Fatal(err)
	}
	if l2 := list(); len(l2.Nodes) != 0 || l2.Epoch <= l.Epoch {
		t.Fatalf("after remove: %+v (before: epoch %d)", l2, l.Epoch)
	}
	// The node reads the contracts file: addresses and start block.
	fs := pflag.NewFlagSet("node", pflag.ContinueOnError)
	bindNodeFlags(fs)
	if err := fs.Parse([]string{"--contracts", out, "--data-dir", dir}); err != nil {
		t.Fatal(err)
	}
	cfg, err := loadNodeConfig(fs, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Contracts != info.Contracts || cfg.StartBlock != info.DeployBlock {
		t.Fatalf("node config %+v / %d from %+v", cfg.Contracts, cfg.StartBlock, info)
	}
}
