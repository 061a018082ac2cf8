package p2p_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/mpctest"
	"github.com/pkpnet/pkpnet/p2p"
)

// childEnv selects a child role when the test binary re-executes itself:
// its value is a JSON childSpec.
const childEnv = "PKPNET_P2P_TEST_CHILD"

// TestMain lets the test binary double as the processes of the
// multi-process test (a bootstrap peer or one node), so the test needs
// neither the go tool nor a test command in the production binary.
func TestMain(m *testing.M) {
	if spec := os.Getenv(childEnv); spec != "" {
		if err := runChild(spec); err != nil {
			fmt.Fprintln(os.Stderr, "child:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// childSpec is what a child process does.
type childSpec struct {
	Role         string            `json:"role"` // "bootstrap" or "node"
	Network      string            `json:"network"`
	Listen       []string          `json:"listen"`
	Identity     string            `json:"identity"`
	Bootstrap    []string          `json:"bootstrap,omitempty"`
	Nodes        map[string]string `json:"nodes,omitempty"` // party -> peer ID
	Self         string            `json:"self,omitempty"`
	Config       string            `json:"config,omitempty"` // file with the party's marshalled CMP config
	Session      string            `json:"session,omitempty"`
	KeyID        [32]byte          `json:"keyId"`
	Hash         [32]byte          `json:"hash"`
	Entropy      [32]byte          `json:"entropy"`
	RoundTimeout time.Duration     `json:"roundTimeout,omitempty"`
	Timeout      time.Duration     `json:"timeout,omitempty"`
}

// childResult is the JSON line a node child prints: its signature share and
// the presignature's public data, for the test to combine as a client would.
type childResult struct {
	Party         string    `json:"party"`
	PresignPublic []byte    `json:"presignPublic"`
	Share         mpc.Share `json:"share"`
}

// runChild is one process of the multi-process test. A bootstrap child
// prints "listening on <multiaddr>"; a node child runs one CMP presign over
// libp2p and prints its childResult. Both stay up (so the others get their
// last messages) until stdin closes.
func runChild(raw string) error {
	var s childSpec
	if err := json.Unmarshal([]byte(raw), &s); err != nil {
		return fmt.Errorf("spec: %w", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), s.Timeout)
	defer cancel()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	stdinClosed := make(chan struct{})
	go func() {
		_, _ = io.Copy(io.Discard, os.Stdin)
		close(stdinClosed)
	}()
	sk, err := p2p.LoadOrCreateIdentity(s.Identity)
	if err != nil {
		return err
	}
	boot, err := p2p.ParseAddrInfos(s.Bootstrap)
	if err != nil {
		return fmt.Errorf("bootstrap addresses: %w", err)
	}
	if s.Role == "bootstrap" {
		h, err := p2p.New(ctx, p2p.Config{Network: s.Network, Role: p2p.RoleBootstrap, Identity: sk, ListenAddrs: s.Listen, Bootstrap: boot, Logger: log})
		if err != nil {
			return err
		}
		defer h.Close()
		for _, a := range h.Addrs() {
			fmt.Println("listening on", a)
		}
		select {
		case <-stdinClosed:
		case <-ctx.Done():
		}
		return nil
	}
	if s.Role != "node" {
		return fmt.Errorf("unknown role %q", s.Role)
	}
	members := map[party.ID]peer.ID{}
	for id, pid := range s.Nodes {
		p, err := peer.Decode(pid)
		if err != nil {
			return fmt.Errorf("node %s: %w", id, err)
		}
		members[party.ID(id)] = p
	}
	ns, err := p2p.NewNodeSet(1, members)
	if err != nil {
		return err
	}
	rawCfg, err := os.ReadFile(s.Config)
	if err != nil {
		return fmt.Errorf("read config: %w", err)
	}
	cfg := cmp.EmptyConfig(curve.Secp256k1{})
	if err := cfg.UnmarshalBinary(rawCfg); err != nil {
		return fmt.Errorf("decode config: %w", err)
	}
	req := mpc.SignRequest{KeyID: s.KeyID, Entropy: s.Entropy, Hash: s.Hash[:]}
	if req.RootPub, err = mpc.RootPubkey(cfg); err != nil {
		return err
	}
	host, err := p2p.New(ctx, p2p.Config{Network: s.Network, Role: p2p.RoleNode, Identity: sk, ListenAddrs: s.Listen, Bootstrap: boot, Nodes: ns, Logger: log})
	if err != nil {
		return err
	}
	defer host.Close()
	tr, err := p2p.NewTransport(host, p2p.TransportOptions{})
	if err != nil {
		return err
	}
	defer tr.Close()
	if err := host.WaitConnected(ctx, ns.Peers()...); err != nil {
		return fmt.Errorf("discover the node set: %w", err)
	}
	self := party.ID(s.Self)
	pre, err := mpc.Presign(ctx, tr, mpc.Session{ID: s.Session, Topic: "presign", Self: self, Parties: ns.Parties(), RoundTimeout: s.RoundTimeout}, cfg)
	if err != nil {
		return err
	}
	share, pub, err := mpc.SignShare(pre, self, req)
	if err != nil {
		return err
	}
	pubBytes, err := pub.MarshalBinary()
	if err != nil {
		return err
	}
	out, err := json.Marshal(childResult{Party: s.Self, PresignPublic: pubBytes, Share: share})
	if err != nil {
		return err
	}
	fmt.Println(string(out))
	select {
	case <-stdinClosed:
	case <-ctx.Done():
		return errors.New("stdin still open at the timeout")
	}
	dctx, dcancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer dcancel()
	return tr.Drain(dctx)
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

// CMP presign and a signature between 3 separate OS processes (this test
// binary, re-executed as nodes), discovering each other through a 4th
// process that is only a bootstrap peer.
func TestCMPAcrossProcesses(t *testing.T) {
	dir := t.TempDir()
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	type child struct {
		cmd   *exec.Cmd
		stdin io.WriteCloser
		out   *bufio.Reader
	}
	startChild := func(name string, s childSpec) child {
		s.Network, s.Timeout = "testnet", 150*time.Second
		spec, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"="+string(spec))
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
		return child{cmd, stdin, bufio.NewReader(stdout)}
	}

	// The bootstrap peer.
	boot := startChild("bootstrap", childSpec{Role: "bootstrap", Listen: []string{"/ip4/127.0.0.1/tcp/0"}, Identity: filepath.Join(dir, "boot.key")})
	line, err := boot.out.ReadString('\n')
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
	members := map[string]string{}
	for i := 1; i <= 3; i++ {
		sk, err := p2p.LoadOrCreateIdentity(filepath.Join(dir, fmt.Sprintf("node%d.key", i)))
		if err != nil {
			t.Fatal(err)
		}
		members[fmt.Sprint(i)] = peerOf(t, sk).String()
	}
	var req mpc.SignRequest
	req.RootPub = rootPub
	_, _ = rand.Read(req.KeyID[:])
	_, _ = rand.Read(req.Entropy[:])
	hash := sha256.Sum256([]byte("signed across processes"))
	req.Hash = hash[:]
	session := mpc.NewSessionID("presign")

	var nodes []child
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
		nodes = append(nodes, startChild("node "+id, childSpec{
			Role: "node", Listen: []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"},
			Identity: filepath.Join(dir, fmt.Sprintf("node%d.key", i)), Bootstrap: []string{bootAddr},
			Nodes: members, Self: id, Config: cfgPath, Session: session,
			KeyID: req.KeyID, Hash: hash, Entropy: req.Entropy, RoundTimeout: 60 * time.Second,
		}))
	}

	results := make([]childResult, 3)
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
	for i, n := range append(nodes, boot) {
		_ = n.stdin.Close()
		if err := n.cmd.Wait(); err != nil {
			t.Fatalf("process %d exited with %v", i+1, err)
		}
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
