package p2p_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/mpctest"
	"github.com/pkpnet/pkpnet/p2p"
)

type selftestResult struct {
	Party         string    `json:"party"`
	PresignPublic []byte    `json:"presignPublic"`
	Share         mpc.Share `json:"share"`
}

// lockedBuffer collects a child's stderr for failure reports.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// CMP presign and a signature between 3 separate OS processes (the pkpnet
// binary, built by the test), discovering each other through a 4th process
// running `pkpnet bootstrap`.
func TestCMPAcrossProcesses(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go tool is needed to build the binary: %v", err)
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "pkpnet")
	start := time.Now()
	build := exec.Command(goBin, "build", "-o", bin, "github.com/pkpnet/pkpnet/cmd/pkpnet")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	t.Logf("built the binary in %v", time.Since(start))
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	startProc := func(name string, args ...string) (*exec.Cmd, io.WriteCloser, *bufio.Reader, *lockedBuffer) {
		cmd := exec.CommandContext(ctx, bin, args...)
		cmd.Cancel = func() error { return cmd.Process.Kill() }
		cmd.WaitDelay = 10 * time.Second
		stderr := &lockedBuffer{}
		cmd.Stderr = stderr
		stdin, err := cmd.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatalf("start %s: %v", name, err)
		}
		t.Cleanup(func() {
			if cmd.ProcessState == nil {
				_ = cmd.Process.Kill()
				_ = cmd.Wait()
			}
			if t.Failed() {
				t.Logf("%s stderr:\n%s", name, stderr.String())
			}
		})
		return cmd, stdin, bufio.NewReader(stdout), stderr
	}

	// The bootstrap peer.
	bootCmd, _, bootOut, _ := startProc("bootstrap", "bootstrap", "--network", "testnet",
		"--listen", "/ip4/127.0.0.1/tcp/0", "--identity", filepath.Join(dir, "boot.key"))
	line, err := bootOut.ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "listening on ") {
		t.Fatalf("bootstrap did not report its address: %q %v", line, err)
	}
	bootAddr := strings.TrimSpace(strings.TrimPrefix(line, "listening on "))

	// Three nodes with fixture key shares.
	cfgs, err := mpctest.Configs(3)
	if err != nil {
		t.Fatal(err)
	}
	rootPub, err := mpc.RootPubkey(cfgs["1"])
	if err != nil {
		t.Fatal(err)
	}
	var nodeFlags []string
	for i := 1; i <= 3; i++ {
		sk, err := p2p.LoadOrCreateIdentity(filepath.Join(dir, fmt.Sprintf("node%d.key", i)))
		if err != nil {
			t.Fatal(err)
		}
		nodeFlags = append(nodeFlags, "--node", fmt.Sprintf("%d=%s", i, peerOf(t, sk)))
	}
	var req mpc.SignRequest
	req.RootPub = rootPub
	_, _ = rand.Read(req.KeyID[:])
	_, _ = rand.Read(req.Entropy[:])
	hash := sha256.Sum256([]byte("signed across processes"))
	req.Hash = hash[:]
	session := mpc.NewSessionID("presign")

	type node struct {
		cmd    *exec.Cmd
		stdin  io.WriteCloser
		out    *bufio.Reader
		stderr *lockedBuffer
	}
	var nodes []node
	for i := 1; i <= 3; i++ {
		id := fmt.Sprint(i)
		raw, err := cfgs[mpcPartyID(id)].MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		cfgPath := filepath.Join(dir, "config"+id)
		if err := os.WriteFile(cfgPath, raw, 0o600); err != nil {
			t.Fatal(err)
		}
		args := append([]string{"p2p-selftest", "--network", "testnet",
			"--listen", "/ip4/127.0.0.1/tcp/0,/ip4/127.0.0.1/udp/0/quic-v1",
			"--identity", filepath.Join(dir, fmt.Sprintf("node%d.key", i)),
			"--bootstrap", bootAddr, "--self", id, "--config", cfgPath, "--session", session,
			"--key-id", hex.EncodeToString(req.KeyID[:]), "--hash", hex.EncodeToString(req.Hash),
			"--entropy", hex.EncodeToString(req.Entropy[:]), "--round-timeout", "60s", "--timeout", "150s"}, nodeFlags...)
		cmd, stdin, out, stderr := startProc("node "+id, args...)
		nodes = append(nodes, node{cmd, stdin, out, stderr})
	}

	results := make([]selftestResult, 3)
	errs := make([]error, 3)
	var wg sync.WaitGroup
	for i, n := range nodes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			line, err := n.out.ReadString('\n')
			if err != nil {
				errs[i] = fmt.Errorf("node %d: no result: %v", i+1, err)
				return
			}
			errs[i] = json.Unmarshal([]byte(line), &results[i])
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("3 processes finished presign and shares %v after start", time.Since(start))
	for i, n := range nodes {
		_ = n.stdin.Close()
		if err := n.cmd.Wait(); err != nil {
			t.Fatalf("node %d exited with %v", i+1, err)
		}
	}
	_ = bootCmd.Process.Signal(syscall.SIGINT)
	if err := bootCmd.Wait(); err != nil {
		t.Fatalf("bootstrap exited with %v", err)
	}

	// Combine as a client would.
	var answers []mpc.Answer
	for i, r := range results {
		if r.Party != fmt.Sprint(i+1) || string(r.Share.Party) != r.Party {
			t.Fatalf("result %d is from party %q/%q", i+1, r.Party, r.Share.Party)
		}
		pp, err := mpc.DecodePresignPublic(r.PresignPublic)
		if err != nil {
			t.Fatal(err)
		}
		answers = append(answers, mpc.Answer{Share: r.Share, Public: pp})
	}
	sig, err := mpc.CombineAnswers(req, answers)
	if err != nil {
		t.Fatalf("combine: %v", err)
	}
	if err := req.Verify(sig); err != nil {
		t.Fatalf("signature from 3 processes does not verify: %v", err)
	}
}
