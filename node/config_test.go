package node_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

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
