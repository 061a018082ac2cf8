package node_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/pflag"

	"github.com/pkpnet/pkpnet/node"
)

func writeFile(t *testing.T, dir, name, body string, mode os.FileMode) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), mode); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, dir, "node.json", `{
  "dataDir": "/from/file", "network": "filenet", "rpc": "http://file", "poolTarget": 3,
  "listen": ["/ip4/127.0.0.1/tcp/1"],
  "contracts": {"nodeRegistry": "0x00000000000000000000000000000000000000f1", "pubkeyRouter": "0x00000000000000000000000000000000000000f2", "pkpPermissions": "0x00000000000000000000000000000000000000f3"}
}`, 0o644)
	for _, tc := range []struct {
		name  string
		args  []string
		env   map[string]string
		check func(t *testing.T, c node.Config)
	}{
		{"file only", []string{"--config", file}, nil, func(t *testing.T, c node.Config) {
			if c.DataDir != "/from/file" || c.Network != "filenet" || c.RPCURL != "http://file" || c.PoolTarget != 3 ||
				len(c.ListenAddrs) != 1 || c.Contracts.PubkeyRouter != common.HexToAddress("0xf2") {
				t.Fatalf("%+v", c)
			}
		}},
		{"env over file", []string{"--config", file}, map[string]string{"PKPNET_DATA_DIR": "/from/env", "PKPNET_POOL_TARGET": "-1", "PKPNET_LISTEN": "/ip4/127.0.0.1/tcp/2,/ip4/127.0.0.1/tcp/3"},
			func(t *testing.T, c node.Config) {
				if c.DataDir != "/from/env" || c.Network != "filenet" || c.PoolTarget != -1 || len(c.ListenAddrs) != 2 {
					t.Fatalf("%+v", c)
				}
			}},
		{"flag over env", []string{"--config", file, "--data-dir", "/from/flag", "--pubkey-router", "0x00000000000000000000000000000000000000aa"},
			map[string]string{"PKPNET_DATA_DIR": "/from/env", "PKPNET_CONFIG": "/nonexistent"},
			func(t *testing.T, c node.Config) {
				if c.DataDir != "/from/flag" || c.Contracts.PubkeyRouter != common.HexToAddress("0xaa") || c.Contracts.NodeRegistry != common.HexToAddress("0xf1") {
					t.Fatalf("%+v", c)
				}
			}},
		{"passphrase from env only", []string{"--config", file}, map[string]string{"PKPNET_PASSPHRASE": "s3cret"}, func(t *testing.T, c node.Config) {
			if string(c.Passphrase) != "s3cret" {
				t.Fatalf("passphrase %q", c.Passphrase)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := pflag.NewFlagSet("node", pflag.ContinueOnError)
			node.BindFlags(fs)
			if fs.Lookup("passphrase") != nil {
				t.Fatal("a passphrase flag exists")
			}
			if err := fs.Parse(tc.args); err != nil {
				t.Fatal(err)
			}
			c, err := node.LoadConfig(fs, func(k string) string { return tc.env[k] })
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, c)
		})
	}
}

func TestLoadConfigErrors(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.json", `{"dataDir": "x", "passphrase": "no secrets in files"}`, 0o644)
	for _, tc := range []struct {
		name string
		args []string
		env  map[string]string
		want string
	}{
		{"unknown key in file", []string{"--config", bad}, nil, "unknown field"},
		{"missing file", []string{"--config", filepath.Join(dir, "nope.json")}, nil, "no such file"},
		{"bad number", nil, map[string]string{"PKPNET_POOL_TARGET": "lots"}, "not a number"},
		{"bad address", []string{"--node-registry", "0x12"}, nil, "not an address"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := pflag.NewFlagSet("node", pflag.ContinueOnError)
			node.BindFlags(fs)
			if err := fs.Parse(tc.args); err != nil {
				t.Fatal(err)
			}
			_, err := node.LoadConfig(fs, func(k string) string { return tc.env[k] })
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

// TestRunRefusesBadConfig: Run fails fast with a clear error, before
// touching anything, for incomplete configurations and unsafe secret files.
func TestRunRefusesBadConfig(t *testing.T) {
	dir := t.TempDir()
	addrs := func(c *node.Config) {
		c.Contracts.NodeRegistry = common.HexToAddress("0x01")
		c.Contracts.PubkeyRouter = common.HexToAddress("0x02")
		c.Contracts.PKPPermissions = common.HexToAddress("0x03")
	}
	open := writeFile(t, dir, "pass-open", "pw\n", 0o644)
	private := writeFile(t, dir, "pass", "pw\n", 0o600)
	keyOpen := writeFile(t, dir, "key-open", strings.Repeat("11", 32), 0o644)
	keyBad := writeFile(t, dir, "key-bad", "not a key", 0o600)
	for _, tc := range []struct {
		name string
		cfg  node.Config
		want string
	}{
		{"no data dir", node.Config{}, "data dir is required"},
		{"no rpc", node.Config{DataDir: dir}, "RPC URL is required"},
		{"no contracts", node.Config{DataDir: dir, RPCURL: "http://127.0.0.1:1"}, "contract addresses"},
		{"no operator key", node.Config{DataDir: dir, RPCURL: "http://127.0.0.1:1"}, "operator key"},
		{"readable key file", node.Config{DataDir: dir, RPCURL: "http://127.0.0.1:1", OperatorKeyFile: keyOpen}, "other users may read it"},
		{"bad key file", node.Config{DataDir: dir, RPCURL: "http://127.0.0.1:1", OperatorKeyFile: keyBad}, "not a hex secp256k1 private key"},
		{"no passphrase", node.Config{DataDir: dir, RPCURL: "http://127.0.0.1:1", OperatorKeyFile: writeFile(t, dir, "key", strings.Repeat("11", 32), 0o600)}, "passphrase is required"},
		{"readable passphrase", node.Config{DataDir: dir, RPCURL: "http://127.0.0.1:1", OperatorKeyFile: filepath.Join(dir, "key"), PassphraseFile: open}, "other users may read it"},
		{"pool target", node.Config{DataDir: dir, RPCURL: "http://127.0.0.1:1", OperatorKeyFile: filepath.Join(dir, "key"), PassphraseFile: private, PoolTarget: -2}, "pool target"},
		{"chain unreachable", node.Config{DataDir: dir, RPCURL: "http://127.0.0.1:1", OperatorKeyFile: filepath.Join(dir, "key"), PassphraseFile: private}, "node: chain client"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := tc.cfg
			if tc.name != "no contracts" && tc.name != "no data dir" && tc.name != "no rpc" {
				addrs(&cfg)
			}
			cfg.Logger = logger()
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			err := node.Run(ctx, cfg)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "pw") && tc.name == "readable passphrase" {
				t.Fatal("error shows the passphrase")
			}
		})
	}
}
