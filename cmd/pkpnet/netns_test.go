//go:build netns

package main

// The hosts test: every node runs in its own network namespace with its own
// address, behind a veth on a bridge in a switch namespace; the test process
// (chain, bootstrap peer, client) reaches them through a veth of its own.
// Run as root:  go test -tags netns ./cmd/pkpnet/ -run TestNetnsCluster -v
// Needs iproute2 (`ip`). Addresses are in 198.18.0.0/24 (RFC 2544's
// benchmarking range), links and namespaces are removed at the end.

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	libcrypto "github.com/libp2p/go-libp2p/core/crypto"

	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/contracts/bindings"
	"github.com/pkpnet/pkpnet/devchain"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node"
	"github.com/pkpnet/pkpnet/p2p"
)

const (
	nsSwitch = "pkpsw"
	hostIP   = "198.18.0.254"
)

func nodeIP(i int) string { return fmt.Sprintf("198.18.0.%d", i) }
func nodeNS(i int) string { return fmt.Sprintf("pkpn%d", i) }
func swLink(i int) string { return fmt.Sprintf("pkpsw%d", i) } // switch side of node i's veth
func sh(t *testing.T, args ...string) {
	t.Helper()
	if out, err := exec.Command(args[0], args[1:]...).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// topology builds the namespaces and links; cleanup removes them.
func topology(t *testing.T, n int) {
	cleanup := func() {
		for i := 1; i <= n; i++ {
			_ = exec.Command("ip", "netns", "del", nodeNS(i)).Run()
		}
		_ = exec.Command("ip", "netns", "del", nsSwitch).Run()
		_ = exec.Command("ip", "link", "del", "pkphost").Run()
	}
	cleanup()
	t.Cleanup(cleanup)
	sh(t, "ip", "netns", "add", nsSwitch)
	sh(t, "ip", "-n", nsSwitch, "link", "add", "br0", "type", "bridge")
	sh(t, "ip", "-n", nsSwitch, "link", "set", "br0", "up")
	// the test process's own leg
	sh(t, "ip", "link", "add", "pkphost", "type", "veth", "peer", "name", "pkpswh", "netns", nsSwitch)
	sh(t, "ip", "addr", "add", hostIP+"/24", "dev", "pkphost")
	sh(t, "ip", "link", "set", "pkphost", "up")
	sh(t, "ip", "-n", nsSwitch, "link", "set", "pkpswh", "master", "br0", "up")
	for i := 1; i <= n; i++ {
		ns := nodeNS(i)
		sh(t, "ip", "netns", "add", ns)
		sh(t, "ip", "-n", ns, "link", "set", "lo", "up")
		sh(t, "ip", "-n", ns, "link", "add", "eth0", "type", "veth", "peer", "name", swLink(i), "netns", nsSwitch)
		sh(t, "ip", "-n", ns, "addr", "add", nodeIP(i)+"/24", "dev", "eth0")
		sh(t, "ip", "-n", ns, "link", "set", "eth0", "up")
		sh(t, "ip", "-n", nsSwitch, "link", "set", swLink(i), "master", "br0", "up")
	}
}

// partition cuts (or heals) node i's link at the switch.
func partition(t *testing.T, i int, cut bool) {
	state := "up"
	if cut {
		state = "down"
	}
	sh(t, "ip", "-n", nsSwitch, "link", "set", swLink(i), state)
}

// proxy forwards hostIP:port to 127.0.0.1:port (the dev chain binds
// loopback only).
func proxy(t *testing.T, port int) {
	ln, err := net.Listen("tcp", net.JoinHostPort(hostIP, strconv.Itoa(port)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				u, err := net.Dial("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
				if err != nil {
					return
				}
				defer u.Close()
				go func() { _, _ = io.Copy(u, c); u.(*net.TCPConn).CloseWrite() }()
				_, _ = io.Copy(c, u)
			}()
		}
	}()
}

type nsNode struct {
	i    int
	dir  string
	cmd  *exec.Cmd
	done chan error
	log  *syncBuffer
}

func TestNetnsCluster(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Fatal("the netns cluster test needs root (ip netns)")
	}
	const n = 3
	dir := t.TempDir()
	bin := pkpnetBinary(t)
	topology(t, n)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	ch, err := devchain.Start(ctx, devchain.Config{Accounts: n + 3})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	wsPort := ch.WSURL[strings.LastIndex(ch.WSURL, ":")+1:]
	wp, _ := strconv.Atoi(wsPort)
	proxy(t, wp)
	bk, _, _ := libcrypto.GenerateEd25519Key(rand.Reader)
	boot, err := p2p.New(ctx, p2p.Config{Network: "netns", Role: p2p.RoleBootstrap, Identity: bk, ListenAddrs: []string{"/ip4/" + hostIP + "/tcp/0"}})
	if err != nil {
		t.Fatal(err)
	}
	defer boot.Close()
	bootAddr := boot.Addrs()[0].String()

	reg := bindings.NewNodeRegistry()
	owner := ch.Sender(0)
	nodes := make([]*nsNode, n+1)
	for i := 1; i <= n; i++ {
		d := filepath.Join(dir, "node-"+strconv.Itoa(i))
		pid, err := node.PeerIDOf(d)
		if err != nil {
			t.Fatal(err)
		}
		listen := fmt.Sprintf("/ip4/%s/tcp/4001", nodeIP(i))
		op := devchain.DevKey(i)
		if _, err := owner.Transact(ctx, ch.Contracts.NodeRegistry, reg.PackAddNode(crypto.PubkeyToAddress(op.PublicKey), []byte(pid), []string{listen}), nil); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, "operator.key"), []byte(hex.EncodeToString(crypto.FromECDSA(op))), 0o600); err != nil {
			t.Fatal(err)
		}
		nodes[i] = &nsNode{i: i, dir: d}
	}
	start := func(nd *nsNode) {
		args := []string{"netns", "exec", nodeNS(nd.i), bin, "node", "--log-format", "json",
			"--data-dir", nd.dir, "--network", "netns", "--rpc", "ws://" + hostIP + ":" + wsPort,
			"--node-registry", ch.Contracts.NodeRegistry.Hex(), "--pubkey-router", ch.Contracts.PubkeyRouter.Hex(),
			"--pkp-nft", ch.Contracts.PKPNFT.Hex(), "--pkp-permissions", ch.Contracts.PKPPermissions.Hex(),
			"--pkp-helper", ch.Contracts.PKPHelper.Hex(), "--start-block", strconv.FormatUint(ch.DeployBlock, 10),
			"--listen", fmt.Sprintf("/ip4/%s/tcp/4001", nodeIP(nd.i)), "--bootstrap", bootAddr,
			"--metrics-addr", nodeIP(nd.i) + ":9464", "--pool-target", "2", "--sandbox-isolation", "auto"}
		nd.cmd = exec.Command("ip", args...)
		nd.cmd.Env = []string{"PKPNET_PASSPHRASE=netns test " + strconv.Itoa(nd.i), "PATH=" + os.Getenv("PATH"), "HOME=" + dir}
		nd.log = &syncBuffer{}
		nd.cmd.Stdout, nd.cmd.Stderr = nd.log, nd.log
		if err := nd.cmd.Start(); err != nil {
			t.Fatal(err)
		}
		nd.done = make(chan error, 1)
		go func() { nd.done <- nd.cmd.Wait() }()
	}
	var stopOnce sync.Once
	stopAll := func() {
		stopOnce.Do(func() {
			for _, nd := range nodes[1:] {
				if nd.cmd != nil && nd.cmd.ProcessState == nil {
					_ = nd.cmd.Process.Signal(syscall.SIGTERM)
					select {
					case <-nd.done:
					case <-time.After(30 * time.Second):
						_ = nd.cmd.Process.Kill()
					}
				}
			}
		})
	}
	defer stopAll()
	for _, nd := range nodes[1:] {
		start(nd)
	}
	readyz := func(i int) (int, string) {
		c := http.Client{Timeout: 3 * time.Second}
		resp, err := c.Get("http://" + nodeIP(i) + ":9464/readyz")
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	waitReady := func(i int, d time.Duration) {
		t.Helper()
		deadline := time.Now().Add(d)
		for {
			code, body := readyz(i)
			if code == 200 {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("node %d not ready within %v: %d %s\nlog:\n%s", i, d, code, body, tailStr(nodes[i].log.String(), 3000))
			}
			select {
			case err := <-nodes[i].done:
				t.Fatalf("node %d exited: %v\n%s", i, err, tailStr(nodes[i].log.String(), 3000))
			case <-time.After(time.Second):
			}
		}
	}
	for i := 1; i <= n; i++ {
		waitReady(i, 8*time.Minute)
	}

	user := devchain.DevKey(n + 1)
	chain, err := client.NewChain(ctx, ch.Client(), ch.Contracts, user, nil)
	if err != nil {
		t.Fatal(err)
	}
	pkp, err := chain.MintPKP(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c, err := client.New(ctx, client.Config{
		RPCURL: ch.WSURL, Registry: ch.Contracts.NodeRegistry, PubkeyRouter: ch.Contracts.PubkeyRouter,
		Bootstrap: []string{bootAddr}, Network: "netns", Key: user,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	presigs := map[string]string{}
	// sign signs once; after a restart or a heal, within > 0 lets the
	// client ask again until then (its libp2p dial backoff to the node
	// that was away, and the nodes' reconnection, take a few seconds).
	signWithin := func(what string, o *client.Options, within time.Duration) []string {
		t.Helper()
		h := crypto.Keccak256([]byte(what))
		deadline := time.Now().Add(within)
		r, err := c.PKPSign(ctx, pkp.PubKeyBytes(), h, o)
		for err != nil && time.Now().Before(deadline) {
			t.Logf("%s: %v; asking again", what, err)
			time.Sleep(2 * time.Second)
			r, err = c.PKPSign(ctx, pkp.PubKeyBytes(), h, o)
		}
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		for _, s := range r.Signatures {
			if err := mpc.VerifySignature(pkp.PubKeyBytes(), h, s.Bytes()); err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			if prev, dup := presigs[s.PresignID]; dup && s.PresignID != "" {
				t.Fatalf("%s: presignature %s already used by %q", what, s.PresignID, prev)
			}
			presigs[s.PresignID] = what
			return s.Signers
		}
		t.Fatalf("%s: no signature", what)
		return nil
	}
	sign := func(what string, o *client.Options) []string { t.Helper(); return signWithin(what, o, 0) }
	sign("all nodes up", nil)

	// Kill node 3: nodes 1 and 2 sign.
	_ = nodes[3].cmd.Process.Signal(syscall.SIGKILL)
	<-nodes[3].done
	// The client learns of the death from the failed request itself: the
	// first request may time out at the survivors (they wait for the dead
	// node's part) before the client asks again without it.
	if s := signWithin("node 3 killed", nil, time.Minute); strings.Contains(strings.Join(s, ","), "3") {
		t.Fatalf("signers %v with node 3 dead", s)
	}
	start(nodes[3])
	waitReady(3, 3*time.Minute)
	signWithin("node 3 restarted, without node 1", &client.Options{Exclude: []string{"1"}}, time.Minute)

	// Partition node 3 away: the majority signs; the minority is not ready
	// (too few nodes reachable) and signs nothing.
	partition(t, 3, true)
	if s := signWithin("node 3 partitioned", nil, time.Minute); strings.Contains(strings.Join(s, ","), "3") {
		t.Fatalf("signers %v with node 3 partitioned", s)
	}
	deadline := time.Now().Add(2 * time.Minute)
	for {
		out, err := exec.Command("ip", "netns", "exec", nodeNS(3), bin, "health", "http://"+nodeIP(3)+":9464/readyz").CombinedOutput()
		if err != nil && bytes.Contains(out, []byte("node peers: 1 of 3 nodes reachable")) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("partitioned node 3 still ready or unclear: %v %s", err, out)
		}
		time.Sleep(time.Second)
	}
	// Heal: node 3 serves again, and signs with node 2.
	partition(t, 3, false)
	waitReady(3, 3*time.Minute)
	if s := signWithin("healed, without node 1", &client.Options{Exclude: []string{"1"}}, time.Minute); !strings.Contains(strings.Join(s, ","), "3") {
		t.Fatalf("signers %v after the heal without node 1", s)
	}

	// Nothing stored was lost: node 3 came back from SIGKILL ready (its
	// /readyz root key check passes only with the share loaded from its
	// store, it never ran keygen again) and signed after the heal.
	if strings.Count(nodes[3].log.String(), `"msg":"keygen started"`) != 0 {
		t.Fatal("restarted node 3 ran keygen again")
	}
}

func tailStr(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
