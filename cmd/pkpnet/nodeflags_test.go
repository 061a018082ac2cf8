package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/pflag"

	"github.com/pkpnet/pkpnet/node"
)

func writeTestFile(t *testing.T, dir, name, body string, mode os.FileMode) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), mode); err != nil {
		t.Fatal(err)
	}
	return p
}

func u64(v uint64) *uint64 { return &v }

func TestLoadConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	file := writeTestFile(t, dir, "node.json", `{
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
			bindNodeFlags(fs)
			if fs.Lookup("passphrase") != nil {
				t.Fatal("a passphrase flag exists")
			}
			if err := fs.Parse(tc.args); err != nil {
				t.Fatal(err)
			}
			c, err := loadNodeConfig(fs, func(k string) string { return tc.env[k] })
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, c)
		})
	}
}
func TestLoadConfigErrors(t *testing.T) {
	dir := t.TempDir()
	bad := writeTestFile(t, dir, "bad.json", `{"dataDir": "x", "passphrase": "no secrets in files"}`, 0o644)
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
			bindNodeFlags(fs)
			if err := fs.Parse(tc.args); err != nil {
				t.Fatal(err)
			}
			_, err := loadNodeConfig(fs, func(k string) string { return tc.env[k] })
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

// TestLoadConfigConfirmations: unset stays nil (the chain decides), and an
// explicit 0 from a flag, the environment or the file is kept as 0.
func TestLoadConfigConfirmations(t *testing.T) {
	dir := t.TempDir()
	zeroFile := writeTestFile(t, dir, "zero.json", `{"confirmations": 0, "unsafeAllowLowConfirmations": true}`, 0o644)
	fiveFile := writeTestFile(t, dir, "five.json", `{"confirmations": 5}`, 0o644)
	for _, tc := range []struct {
		name       string
		args       []string
		env        map[string]string
		want       *uint64
		wantUnsafe bool
	}{
		{"unset", nil, nil, nil, false},
		{"flag zero", []string{"--confirmations", "0"}, nil, u64(0), false},
		{"env", nil, map[string]string{"PKPNET_CONFIRMATIONS": "20"}, u64(20), false},
		{"file zero", []string{"--config", zeroFile}, nil, u64(0), true},
		{"flag over file", []string{"--config", fiveFile, "--confirmations", "30"}, nil, u64(30), false},
		{"file", []string{"--config", fiveFile}, nil, u64(5), false},
		{"unsafe flag", []string{"--unsafe-allow-low-confirmations"}, nil, nil, true},
		{"unsafe env", nil, map[string]string{"PKPNET_UNSAFE_ALLOW_LOW_CONFIRMATIONS": "true"}, nil, true},
		{"unsafe env false", nil, map[string]string{"PKPNET_UNSAFE_ALLOW_LOW_CONFIRMATIONS": "0"}, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := pflag.NewFlagSet("node", pflag.ContinueOnError)
			bindNodeFlags(fs)
			if err := fs.Parse(tc.args); err != nil {
				t.Fatal(err)
			}
			c, err := loadNodeConfig(fs, func(k string) string { return tc.env[k] })
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case tc.want == nil && c.Confirmations != nil:
				t.Fatalf("confirmations %d, want unset", *c.Confirmations)
			case tc.want != nil && (c.Confirmations == nil || *c.Confirmations != *tc.want):
				t.Fatalf("confirmations %v, want %d", c.Confirmations, *tc.want)
			}
			if c.UnsafeAllowLowConfirmations != tc.wantUnsafe {
				t.Fatalf("unsafe %v, want %v", c.UnsafeAllowLowConfirmations, tc.wantUnsafe)
			}
		})
	}
	fs := pflag.NewFlagSet("node", pflag.ContinueOnError)
	bindNodeFlags(fs)
	_, err := loadNodeConfig(fs, func(k string) string {
		return map[string]string{"PKPNET_UNSAFE_ALLOW_LOW_CONFIRMATIONS": "maybe"}[k]
	})
	if err == nil || !strings.Contains(err.Error(), "not true or false") {
		t.Fatalf("bad boolean: %v", err)
	}
}
