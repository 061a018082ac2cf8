// Package e2e holds pkpnet's end-to-end tests: one 3-node devnet (dev chain,
// bootstrap peer, three nodes run by node.Run in goroutines with the real
// sandbox, real libp2p and real CMP), driven through the client library.
// The devnet is shared by every test (TestMain pays keygen and the first
// pool fill once); tests that stop nodes restart them before they return.
package e2e

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/devchain"
	"github.com/pkpnet/pkpnet/devnet"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node"
	"github.com/pkpnet/pkpnet/node/signing/signingtest"
	"github.com/pkpnet/pkpnet/runtime"
)

// poolTarget per signer set in the e2e devnet.
const poolTarget = 2

// replayQuota is each node's per-address quota of live recorded requests
// in the e2e devnet: small, so that TestOutsiderFillsReplayState can reach
// it.
const replayQuota = 48

// readyTimeout bounds a node's start (genesis included: keygen on a busy
// 2-core machine can take minutes).
const readyTimeout = 6 * time.Minute

// net is the shared devnet.
var net *testnet

// testnet runs the devnet's nodes in goroutines.
type testnet struct {
	d  *devnet.Devnet
	r  *devnet.InProcess
	mu sync.Mutex // guards evil
	// evil wraps each node's MPC transport (node.Config.WrapTransport):
	// honest until a test makes that node malicious (behave).
	evil  []*signingtest.Transport
	user  *ecdsa.PrivateKey // PKP owner and caller
	other *ecdsa.PrivateKey // a second, unprivileged caller
	root  []byte
}

func logger() *slog.Logger {
	if os.Getenv("E2E_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == runtime.WorkerCommandName {
		os.Exit(runtime.WorkerMain(os.Args[2:]))
	}
	os.Exit(run(m))
}

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "pkpnet-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Config{Nodes: 3, Dir: dir, Network: "e2e", PoolTarget: poolTarget, Logger: logger(), AllowPrivateFetch: true})
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e: devnet:", err)
		return 1
	}
	defer d.Close()
	net = &testnet{d: d, user: d.ClientKey, other: devchain.DevKey(len(d.Nodes) + 2)}
	net.r = d.InProcess(net.config)
	net.evil = make([]*signingtest.Transport, len(d.Nodes))
	defer net.stopAll()
	t0 := time.Now()
	if err := net.startAll(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	if net.root, err = d.WaitGenesis(ctx, nil); err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	tGen := time.Since(t0)
	if err := net.waitPool(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	fmt.Fprintf(os.Stderr, "e2e: devnet ready: genesis after %s, pools full (target %d) after %s\n",
		tGen.Round(time.Millisecond), poolTarget, time.Since(t0).Round(time.Millisecond))
	return m.Run()
}

func (tn *testnet) config(i int) node.Config {
	cfg := tn.d.Nodes[i].Config
	cfg.RPCURL, cfg.EthClient = "", tn.d.Chain.Client()
	cfg.PollInterval = 50 * time.Millisecond
	cfg.SandboxWorkers = 1
	cfg.WorkerCommand = runtime.WorkerCommand{Path: os.Args[0], Args: []string{runtime.WorkerCommandName}}
	cfg.WrapTransport = func(tr mpc.Transport) mpc.Transport {
		w := signingtest.Wrap(tr, nil)
		tn.mu.Lock()
		tn.evil[i] = w
		tn.mu.Unlock()
		return w
	}
	cfg.ReplayQuota = replayQuota
	cfg.Logger = logger().With("node", i+1)
	return cfg
}

// behave makes node i (0-based) malicious with b, or honest again with nil.
func (tn *testnet) behave(i int, b *signingtest.Behaviour) {
	tn.mu.Lock()
	defer tn.mu.Unlock()
	tn.evil[i].Set(b)
}

// start starts node i (0-based), honest, and waits until it serves.
func (tn *testnet) start(i int) error { return tn.r.Start(i, readyTimeout) }

// startAll starts every stopped node in parallel.
func (tn *testnet) startAll() error { return tn.r.StartAll(readyTimeout) }

// stop stops node i and waits until Run returned.
func (tn *testnet) stop(i int) error { return tn.r.Stop(i) }

func (tn *testnet) stopAll() { _ = tn.r.StopAll() }

func (tn *testnet) node(i int) *node.Node { return tn.r.Node(i) }

// spent returns, per running node, the presignatures consumed and shares
// released so far, keyed "party/consumed" and "party/shares".
func (tn *testnet) spent() map[string]int {
	out := map[string]int{}
	for i := range tn.d.Nodes {
		if nd := tn.node(i); nd != nil {
			st := nd.Stats()
			out[strconv.Itoa(i+1)+"/consumed"] = st.PresignsConsumed
			out[strconv.Itoa(i+1)+"/shares"] = st.SharesReleased
		}
	}
	return out
}

// levels returns every running node's pool levels, keyed "party/set".
func (tn *testnet) levels() map[string]int {
	out := map[string]int{}
	for i := range tn.d.Nodes {
		if nd := tn.node(i); nd != nil {
			for k, v := range nd.PoolLevels() {
				out[strconv.Itoa(i+1)+"/"+k] = v
			}
		}
	}
	return out
}

// waitPool waits until every running node's pool is at the target.
func (tn *testnet) waitPool(ctx context.Context) error {
	for {
		full, any := true, false
		for i := range tn.d.Nodes {
			nd := tn.node(i)
			if nd == nil {
				continue
			}
			lv := nd.PoolLevels()
			if len(lv) == 0 {
				full = false
			}
			for _, v := range lv {
				any = true
				if v < poolTarget {
					full = false
				}
			}
		}
		if full && any {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("pool fill: %w (levels %v)", ctx.Err(), tn.levels())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// waitQuiet waits until no running node has an MPC session open or still
// delivering its last messages.
func (tn *testnet) waitQuiet(ctx context.Context) error {
	for {
		busy := 0
		for i := range tn.d.Nodes {
			if nd := tn.node(i); nd != nil {
				open, draining := nd.MPCSessions()
				busy += open + draining
			}
		}
		if busy == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("sessions still live: %d: %w", busy, ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// newClient returns a client whose in-memory session key is authorised by
// wallet key.
func newClient(t *testing.T, key *ecdsa.PrivateKey, mod func(*client.Config)) *client.Client {
	t.Helper()
	cfg := net.d.ClientConfig(key)
	cfg.Logger = logger()
	if mod != nil {
		mod(&cfg)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := client.New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// newChain returns a Chain sending from key.
func newChain(t *testing.T, key *ecdsa.PrivateKey) *client.Chain {
	t.Helper()
	ch, err := client.NewChain(context.Background(), net.d.Chain.Client(), net.d.Chain.Contracts, key, nil)
	if err != nil {
		t.Fatal(err)
	}
	// A test that mints or permits and then sends a request must not race
	// the nodes' indexes: wait until every running node has the block.
	ch.OnMined(net.waitIndexed)
	return ch
}

// waitIndexed waits until every running node's chain index has applied
// block.
func (tn *testnet) waitIndexed(ctx context.Context, block uint64) error {
	for {
		behind := 0
		for i := range tn.d.Nodes {
			if nd := tn.node(i); nd != nil && nd.IndexedBlock() < block {
				behind++
			}
		}
		if behind == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%d running nodes have not indexed block %d: %w", behind, block, ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// waitPoolT waits for full pools within a test.
func waitPoolT(t *testing.T) {
	t.Helper()
	// Generous: a refill whose partner node was stopped mid-presign waits
	// for the round timeout before it retries.
	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Second)
	defer cancel()
	start := time.Now()
	if err := net.waitPool(ctx); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Logf("pools took %s to refill", d.Round(time.Second))
	}
}
