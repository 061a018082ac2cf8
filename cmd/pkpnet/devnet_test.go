package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestDevnetDemoCommand runs `pkpnet devnet --demo` (this test binary
// under the name pkpnet): a dev chain, three node processes, genesis, pool
// fill and the demo; it must exit 0 with the summary JSON as the last stdout
// line, whose signature recovers to the PKP's address.
func TestDevnetDemoCommand(t *testing.T) {
	needDevnetTest(t, "the devnet --demo smoke test")
	dir := t.TempDir()
	bin := pkpnetBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "devnet", "--demo", "--http-port", "0", "--ws-port", "0",
		"--dir", filepath.Join(dir, "net"), "--info", filepath.Join(dir, "devnet.json"))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("devnet --demo: %v\nstderr:\n%s\nstdout:\n%s", err, stderr.String(), stdout.String())
	}
	t.Logf("devnet --demo took %s\n%s", time.Since(start).Round(time.Second), stdout.String())
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	var sum map[string]any
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &sum); err != nil {
		t.Fatalf("last line is not JSON: %q", lines[len(lines)-1])
	}
	str := func(k string) string {
		s, _ := sum[k].(string)
		if s == "" {
			t.Fatalf("summary lacks %q: %v", k, sum)
		}
		return s
	}
	for _, k := range []string{"tokenId", "pkpPublicKey", "txHash"} {
		str(k)
	}
	sig, err := hex.DecodeString(strings.TrimPrefix(str("signature"), "0x"))
	if err != nil || len(sig) != 65 {
		t.Fatalf("signature %q is not 65 bytes of hex", str("signature"))
	}
	h, err := hex.DecodeString(strings.TrimPrefix(str("signedHash"), "0x"))
	if err != nil || len(h) != 32 {
		t.Fatalf("signedHash %q", str("signedHash"))
	}
	pub, err := crypto.Ecrecover(h, sig)
	if err != nil {
		t.Fatal(err)
	}
	if got := common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]); got != common.HexToAddress(str("pkpAddress")) {
		t.Fatalf("signature recovers to %s, want the PKP %s", got, str("pkpAddress"))
	}
}

// devnetTestEnv enables the tests that run a devnet of node processes.
const devnetTestEnv = "PKPNET_DEVNET_TEST"

// needDevnetTest skips a devnet test unless PKPNET_DEVNET_TEST is set: each
// costs a full keygen and pool fill in separate node processes, a minute
// or more on a 2-core machine, too slow for the default go test ./...
// (e2e covers the same paths in one process). CI runs them (.ci/run).
func needDevnetTest(t *testing.T, what string) {
	t.Helper()
	if os.Getenv(devnetTestEnv) == "" {
		t.Skipf("%s starts a devnet of node processes (keygen and pool fill, over a minute on 2 cores); run it with %s=1 go test ./cmd/pkpnet/ -run TestDevnet", what, devnetTestEnv)
	}
}

// TestDevnetBadNodeLogLevel: a bad --node-log-level is refused before the
// devnet starts anything (the directory stays empty).
func TestDevnetBadNodeLogLevel(t *testing.T) {
	dir := t.TempDir()
	_, err := runRoot(t, "devnet", "--node-log-level", "loud", "--dir", dir, "--info", "", "--http-port", "0", "--ws-port", "0", "--gateway-port", "0")
	if err == nil || !strings.Contains(err.Error(), "--node-log-level") {
		t.Fatalf("err %v, want a --node-log-level error", err)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Fatalf("devnet wrote %d entries to its dir before refusing", len(ents))
	}
}
