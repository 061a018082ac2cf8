package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/devnet"
)

// syncBuffer is a bytes.Buffer safe for a process writer and a reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestDevnetSurvivesNodeDeath runs `pkpnet devnet` with three node
// processes, kills node 3 with SIGKILL, checks that the devnet keeps
// running and that a PKP still signs with nodes 1 and 2, restarts node 3
// with `pkpnet devnet node start 3`, waits for its /readyz and signs again.
// It runs only with PKPNET_DEVNET_TEST=1 (needDevnetTest says why).
func TestDevnetSurvivesNodeDeath(t *testing.T) {
	needDevnetTest(t, "the devnet survival test")
	dir := t.TempDir()
	bin := pkpnetBinary(t)
	info := filepath.Join(dir, "devnet.json")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	dn := exec.CommandContext(ctx, bin, "devnet", "--http-port", "0", "--ws-port", "0", "--pool-target", "1",
		"--dir", filepath.Join(dir, "net"), "--info", info)
	var stderr syncBuffer
	dn.Stdout, dn.Stderr = &stderr, &stderr
	if err := dn.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- dn.Wait() }()
	defer func() {
		_ = dn.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(60 * time.Second):
			_ = dn.Process.Kill()
		}
	}()
	wait := func(what string, d time.Duration, ok func() bool) {
		t.Helper()
		deadline := time.Now().Add(d)
		for !ok() {
			select {
			case err := <-exited:
				t.Fatalf("devnet exited while waiting for %s: %v\n%s", what, err, stderr.String())
			case <-time.After(250 * time.Millisecond):
			}
			if time.Now().After(deadline) {
				t.Fatalf("no %s within %v\n%s", what, d, stderr.String())
			}
		}
	}
	var in devnet.Info
	wait("info file", 8*time.Minute, func() bool {
		b, err := os.ReadFile(info)
		return err == nil && json.Unmarshal(b, &in) == nil && in.Control != ""
	})
	run := func(args ...string) []byte {
		t.Helper()
		cmd := exec.CommandContext(ctx, bin, args...)
		var eb bytes.Buffer
		cmd.Stderr = &eb
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("pkpnet %s: %v\n%s\n%s\ndevnet:\n%s", strings.Join(args, " "), err, out, eb.String(), stderr.String())
		}
		return out
	}
	status := func() map[string]nodeStatus {
		var sts []nodeStatus
		if err := json.Unmarshal(run("devnet", "node", "status", "--info", info), &sts); err != nil {
			t.Fatal(err)
		}
		m := map[string]nodeStatus{}
		for _, s := range sts {
			m[s.Party] = s
		}
		return m
	}
	var pkp struct {
		TokenID json.Number `json:"tokenId"`
	}
	if err := json.Unmarshal(run("pkp", "mint", "--info", info, "--json"), &pkp); err != nil || pkp.TokenID == "" {
		t.Fatalf("mint output: %v", err)
	}
	sess := filepath.Join(dir, "session.json")
	sign := func(msg string) []string {
		t.Helper()
		var r struct {
			Signatures map[string]struct {
				Signature string   `json:"signature"`
				Signers   []string `json:"signers"`
			} `json:"signatures"`
		}
		out := run("sign", "--info", info, "--session", sess, "--pkp", pkp.TokenID.String(), "--message", msg, "--json")
		if err := json.Unmarshal(out, &r); err != nil || len(r.Signatures) != 1 {
			t.Fatalf("sign output %s: %v", out, err)
		}
		for _, s := range r.Signatures {
			return s.Signers
		}
		return nil
	}

	st := status()
	if !st["3"].Running || st["3"].PID == 0 {
		t.Fatalf("node 3 not running: %+v", st)
	}
	if err := syscall.Kill(st["3"].PID, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	wait("node 3 death logged", time.Minute, func() bool { return strings.Contains(stderr.String(), "node 3 exited") })
	if st := status(); st["3"].Running || !st["1"].Running || !st["2"].Running {
		t.Fatalf("status after the kill: %+v", st)
	}
	signers := sign("signed with node 3 dead")
	if strings.Contains(strings.Join(signers, ","), "3") || len(signers) != 2 {
		t.Fatalf("signers %v with node 3 dead", signers)
	}

	run("devnet", "node", "start", "3", "--info", info)
	wait("node 3 ready again", 3*time.Minute, func() bool {
		resp, err := http.Get("http://" + in.Metrics["3"] + "/readyz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})
	sign("signed after node 3 came back")
	if st := status(); !st["3"].Running {
		t.Fatalf("node 3 not running after start: %+v", st)
	}
	// A start of a running node and a stop of an unknown one are refused.
	for _, args := range [][]string{{"start", "3"}, {"stop", "9"}} {
		cmd := exec.CommandContext(ctx, bin, append([]string{"devnet", "node"}, append(args, "--info", info)...)...)
		if out, err := cmd.CombinedOutput(); err == nil {
			t.Fatalf("devnet node %v succeeded: %s", args, out)
		}
	}
}
