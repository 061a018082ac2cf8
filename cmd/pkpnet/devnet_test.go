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

// TestDevnetDemoCommand builds the pkpnet binary and runs `pkpnet devnet
// --demo`: a dev chain, three node processes, genesis, pool fill and the
// demo; it must exit 0 with the summary JSON as the last stdout line, whose
// signature recovers to the PKP's address. It costs a full keygen and pool
// fill (about a minute on an idle 2-core machine), so it runs only with
// PKPNET_DEVNET_TEST=1; the e2e package covers the same path in one process.
func TestDevnetDemoCommand(t *testing.T) {
	if os.Getenv("PKPNET_DEVNET_TEST") == "" {
		t.Skip("set PKPNET_DEVNET_TEST=1 to run the devnet --demo smoke test (separate node processes)")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "pkpnet")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
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
