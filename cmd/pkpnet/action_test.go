package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"

	"github.com/pkpnet/pkpnet/ipfs"
)

func runRoot(t *testing.T, args ...string) (string, error) {
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
	err := rootCmd.ExecuteContext(context.Background())
	return strings.TrimSpace(out.String()), err
}

// TestActionAdd: `pkpnet action add` prints kubo's CIDv0 (testdata/small.js
// is actionid/testdata/cid/small.js, whose CID kubo v0.43.1 printed), with -n
// and through the gateway named in the devnet info file, and the gateway
// then serves the code to a verified fetch.
func TestActionAdd(t *testing.T) {
	const want = "QmNbvxsthwRMaKNYPRBjp7CHgHy92i34iiSJwdnYtDmcYX"
	got, err := runRoot(t, "action", "add", "-n", "testdata/small.js")
	if err != nil || got != want {
		t.Fatalf("action add -n: %q, %v", got, err)
	}
	g, err := ipfs.NewGateway()
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(g.Handler())
	defer srv.Close()
	info := filepath.Join(t.TempDir(), "devnet.json")
	b, _ := json.Marshal(map[string]any{"ipfsGateway": srv.URL})
	if err := os.WriteFile(info, b, 0o600); err != nil {
		t.Fatal(err)
	}
	got, err = runRoot(t, "action", "add", "--only-hash=false", "--info", info, "testdata/small.js") // cobra keeps flag values between runs
	if err != nil || got != want {
		t.Fatalf("action add: %q, %v", got, err)
	}
	code, _ := os.ReadFile("testdata/small.js")
	c, _ := cid.Decode(want)
	fetched, err := (&ipfs.Fetcher{Gateways: []string{srv.URL}, MaxSize: 1 << 20}).Fetch(context.Background(), c)
	if err != nil || !bytes.Equal(fetched, code) {
		t.Fatalf("fetch after add: %v", err)
	}
	if _, err := runRoot(t, "action", "add", "--gateway=", "--info", filepath.Join(t.TempDir(), "none.json"), "testdata/small.js"); err == nil || !strings.Contains(err.Error(), "pkpnet devnet") {
		t.Fatalf("no info: err = %v", err)
	}
}
