// Package epochs holds the epoch-transition end-to-end test: a devnet whose
// nodes run in goroutines (node.Run, real libp2p, real CMP, the dev chain)
// goes 3 -> 4 nodes (add), 4 -> 3 (remove a node that is down), restarts
// every node, and refreshes the same set while requests run. It takes a few
// minutes of CPU: it runs only with PKPNET_EPOCH_TEST=1.
package epochs

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/contracts/bindings"
	"github.com/pkpnet/pkpnet/devnet"
	"github.com/pkpnet/pkpnet/node"
	"github.com/pkpnet/pkpnet/runtime"
	"github.com/pkpnet/pkpnet/tdec"
)

func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == runtime.WorkerCommandName {
		os.Exit(runtime.WorkerMain(os.Args[2:]))
	}
	os.Exit(m.Run())
}

func logger() *slog.Logger {
	if os.Getenv("E2E_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// net runs a devnet's nodes in goroutines and keeps each one's latest
// instance (a node restarts itself at an epoch switch).
type net struct {
	t     *testing.T
	d     *devnet.Devnet
	mu    sync.Mutex
	nodes map[int]*node.Node
	stops map[int]context.CancelFunc
	dones map[int]chan error
}

func (tn *net) start(i int) {
	tn.t.Helper()
	cfg := tn.d.Nodes[i].Config
	cfg.RPCURL, cfg.EthClient = "", tn.d.Chain.Client()
	cfg.PollInterval = 50 * time.Millisecond
	cfg.SandboxWorkers = 1
	cfg.ShareGrace = -1 // erase old shares at the switch: the test checks it
	cfg.WorkerCommand = runtime.WorkerCommand{Path: os.Args[0], Args: []string{runtime.WorkerCommandName}}
	cfg.Logger = logger().With("node", i+1)
	cfg.OnReady = func(n *node.Node) {
		tn.mu.Lock()
		tn.nodes[i] = n
		tn.mu.Unlock()
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	tn.mu.Lock()
	tn.stops[i], tn.dones[i] = cancel, done
	tn.mu.Unlock()
	go func() { done <- node.Run(ctx, cfg) }()
}

func (tn *net) stop(i int) error {
	tn.mu.Lock()
	stop, done := tn.stops[i], tn.dones[i]
	delete(tn.stops, i)
	delete(tn.nodes, i)
	tn.mu.Unlock()
	if stop == nil {
		return nil
	}
	stop()
	return <-done
}

func (tn *net) stopAll() {
	tn.mu.Lock()
	var idx []int
	for i := range tn.stops {
		idx = append(idx, i)
	}
	tn.mu.Unlock()
	for _, i := range idx {
		_ = tn.stop(i)
	}
}

// waitServing waits until nodes idx serve epoch ep (ready, latest instance).
func (tn *net) waitServing(ctx context.Context, ep uint64, idx ...int) {
	tn.t.Helper()
	for {
		ok := 0
		tn.mu.Lock()
		for _, i := range idx {
			if nd := tn.nodes[i]; nd != nil && nd.Epoch() == ep && nd.Ready() == nil {
				ok++
			}
			select {
			case err := <-tn.dones[i]:
				tn.dones[i] <- err // for stop
				tn.mu.Unlock()
				tn.t.Fatalf("node %d stopped: %v", i+1, err)
			default:
			}
		}
		tn.mu.Unlock()
		if ok == len(idx) {
			return
		}
		select {
		case <-ctx.Done():
			tn.t.Fatalf("nodes %v not serving epoch %d: %v", idx, ep, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func (tn *net) epoch(ctx context.Context) uint64 {
	tn.t.Helper()
	reg := bindings.NewNodeRegistry()
	out, err := tn.d.Chain.Client().CallContract(ctx, ethereum.CallMsg{To: &tn.d.Chain.Contracts.NodeRegistry, Data: reg.PackEpoch()}, nil)
	if err != nil {
		tn.t.Fatal(err)
	}
	ep, err := reg.UnpackEpoch(out)
	if err != nil {
		tn.t.Fatal(err)
	}
	return ep.Uint64()
}

func (tn *net) pkpAddress(ctx context.Context, tok *big.Int) common.Address {
	tn.t.Helper()
	r := bindings.NewPubkeyRouter()
	out, err := tn.d.Chain.Client().CallContract(ctx, ethereum.CallMsg{To: &tn.d.Chain.Contracts.PubkeyRouter, Data: r.PackPkpAddress(tok)}, nil)
	if err != nil {
		tn.t.Fatal(err)
	}
	a, err := r.UnpackPkpAddress(out)
	if err != nil {
		tn.t.Fatal(err)
	}
	return a
}

// checkSig verifies a signature over hash with go-ethereum's Ecrecover
// against the PKP's address.
func checkSig(t *testing.T, what string, s client.Signature, want common.Address, hash []byte) {
	t.Helper()
	rec, err := crypto.Ecrecover(hash, s.Bytes())
	if err != nil {
		t.Fatalf("%s: ecrecover: %v", what, err)
	}
	if got := common.BytesToAddress(crypto.Keccak256(rec[1:])[12:]); got != want {
		t.Fatalf("%s: ecrecover gives %s, want %s", what, got, want)
	}
}

func randHash(t *testing.T) []byte {
	h := crypto.Keccak256([]byte(t.Name() + time.Now().String()))
	return h
}

func TestEpochTransitions(t *testing.T) {
	if os.Getenv("PKPNET_EPOCH_TEST") == "" {
		t.Skip("set PKPNET_EPOCH_TEST=1 to run the epoch-transition test (minutes of CPU)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Config{Nodes: 3, Dir: t.TempDir(), Network: "epochs", PoolTarget: 1, Logger: logger()})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	tn := &net{t: t, d: d, nodes: map[int]*node.Node{}, stops: map[int]context.CancelFunc{}, dones: map[int]chan error{}}
	defer tn.stopAll()
	for i := range 3 {
		tn.start(i)
	}
	root, err := d.WaitGenesis(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	ep0 := tn.epoch(ctx)
	tn.waitServing(ctx, ep0, 0, 1, 2)

	ccfg := d.ClientConfig(d.ClientKey)
	ccfg.Logger = logger()
	// The machine may be loaded (CMP on 2 shared cores): generous bounds.
	ccfg.AttemptTimeout, ccfg.RequestTimeout, ccfg.HandshakeTimeout = 2*time.Minute, 8*time.Minute, 10*time.Second
	c, err := client.New(ctx, ccfg)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ch, err := client.NewChain(ctx, d.Chain.Client(), d.Chain.Contracts, d.ClientKey, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := ch.MintPKP(ctx)
	if err != nil {
		t.Fatal(err)
	}
	addr := tn.pkpAddress(ctx, p.TokenID)
	if addr != p.Address {
		t.Fatalf("pkp address %s, minted %s", addr, p.Address)
	}
	sign := func(what string) {
		t.Helper()
		h := randHash(t)
		r, err := c.PKPSign(ctx, p.PubKeyBytes(), h, nil)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		checkSig(t, what, r.Signatures["sig"], addr, h)
	}
	unchanged := func(what string) {
		t.Helper()
		rk, err := d.RootKey(ctx)
		if err != nil || !bytes.Equal(rk, root) {
			t.Fatalf("%s: root key %x (%v), want %x", what, rk, err, root)
		}
		if a := tn.pkpAddress(ctx, p.TokenID); a != addr {
			t.Fatalf("%s: pkp address %s, was %s", what, a, addr)
		}
	}
	if err := c.WaitIndexed(ctx, ch.LastBlock()); err != nil {
		t.Fatal(err)
	}
	firstPresign := func() {
		t.Helper()
		if _, _, err := c.RefreshNodes(ctx); err != nil {
			t.Fatal(err)
		}
		if err := devnet.WaitFirstPresign(ctx, c, nil); err != nil {
			t.Fatal(err)
		}
	}
	firstPresign()
	sign("epoch 0")

	// Data encrypted in epoch 0 must decrypt after every transition, under
	// the same key P, with the epoch's voted key set.
	encKey := tn.waitKeySet(ctx, c, nil).Public
	cond := `[{"conditionType":"evmBasic","contractAddress":"","standardContractType":"","chain":"pkpnet","method":"eth_getBalance","parameters":[":userAddress","latest"],"returnValueTest":{"comparator":">","value":"0"}}]`
	ct, err := c.Encrypt(ctx, tdec.Access{Kind: tdec.AccessConditions, Value: []byte(cond)}, []byte("encrypted in epoch 0"))
	if err != nil {
		t.Fatal(err)
	}
	decrypt := func(what string) {
		t.Helper()
		set := tn.waitKeySet(ctx, c, encKey)
		var res *client.DecryptResult
		for try := 1; ; try++ {
			if res, err = c.Decrypt(ctx, ct, nil); err == nil || try == 3 {
				break
			}
			// A node may still be activating the key set it just voted.
			t.Logf("%s: decrypt attempt %d: %v", what, try, err)
			if _, _, err := c.RefreshNodes(ctx); err != nil {
				t.Fatal(err)
			}
		}
		if err != nil {
			t.Fatalf("%s: decrypt: %v", what, err)
		}
		if string(res.Plaintext) != "encrypted in epoch 0" || len(res.Used) != set.Threshold || len(res.BadNodes()) != 0 {
			t.Fatalf("%s: plaintext %q, used %v, bad %v", what, res.Plaintext, res.Used, res.BadNodes())
		}
	}
	decrypt("epoch 0")

	// 3 -> 4: a new node, proposed, started, reshared to; every node
	// switches when the transition completes.
	spec, err := d.PrepareNode()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if _, err := d.ProposeTransition(ctx, nil, []*devnet.NodeSpec{spec}); err != nil {
		t.Fatal(err)
	}
	tn.start(3)
	tn.waitServing(ctx, ep0+1, 0, 1, 2, 3)
	t.Logf("3 -> 4 transition: %s", time.Since(start).Round(time.Millisecond))
	unchanged("after 3 -> 4")
	firstPresign()
	sign("after 3 -> 4")
	decrypt("after 3 -> 4")

	// 4 -> 3: node 2 is down and removed; the three others deal.
	if err := tn.stop(1); err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	if _, err := d.ProposeTransition(ctx, []common.Address{d.Nodes[1].Operator()}, nil); err != nil {
		t.Fatal(err)
	}
	tn.waitServing(ctx, ep0+2, 0, 2, 3)
	t.Logf("4 -> 3 transition (a node down): %s", time.Since(start).Round(time.Millisecond))
	unchanged("after 4 -> 3")
	firstPresign()
	sign("after 4 -> 3")
	decrypt("after 4 -> 3")
	// The removed node, restarted, stops and erases its shares.
	tn.start(1)
	tn.mu.Lock()
	done := tn.dones[1]
	tn.mu.Unlock()
	select {
	case err := <-done:
		if !errors.Is(err, node.ErrRemoved) {
			t.Fatalf("removed node: %v, want ErrRemoved", err)
		}
		done <- err
	case <-ctx.Done():
		t.Fatal("removed node did not stop")
	}
	_ = tn.stop(1)

	// Restart every node: each starts in the current epoch.
	for _, i := range []int{0, 2, 3} {
		if err := tn.stop(i); err != nil {
			t.Fatal(err)
		}
	}
	for _, i := range []int{0, 2, 3} {
		tn.start(i)
	}
	tn.waitServing(ctx, ep0+2, 0, 2, 3)
	for _, i := range []int{0, 2, 3} {
		tn.mu.Lock()
		nd := tn.nodes[i]
		tn.mu.Unlock()
		if nd.KeygenRuns() != 0 || !bytes.Equal(nd.RootKey(), root) {
			t.Fatalf("node %d after restart: %d keygens, root %x", i+1, nd.KeygenRuns(), nd.RootKey())
		}
	}
	unchanged("after restart")
	firstPresign()
	sign("after restart")
	decrypt("after restart")

	// Refresh of the same set while requests run: each request succeeds
	// (its signature verifies) or fails with an error; after the switch
	// requests succeed.
	start = time.Now()
	if _, err := d.ProposeTransition(ctx, nil, nil); err != nil {
		t.Fatal(err)
	}
	var ok, failed int
	for tn.epoch(ctx) == ep0+2 && ctx.Err() == nil {
		h := randHash(t)
		r, err := c.PKPSign(ctx, p.PubKeyBytes(), h, nil)
		if err != nil {
			failed++
			if err.Error() == "" {
				t.Fatal("a failed request without an error message")
			}
			t.Logf("request during the transition failed: %v", err)
			continue
		}
		ok++
		checkSig(t, "during refresh", r.Signatures["sig"], addr, h)
	}
	tn.waitServing(ctx, ep0+3, 0, 2, 3)
	t.Logf("refresh of 3 nodes: %s; requests during it: %d ok, %d failed", time.Since(start).Round(time.Millisecond), ok, failed)
	unchanged("after refresh")
	sign("after refresh")
	decrypt("after refresh")

	// Replace node 4 by a new node 5 in one transition: node 4 deals and
	// leaves (it stops with ErrRemoved at the switch), node 5 joins.
	spec5, err := d.PrepareNode()
	if err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	if _, err := d.ProposeTransition(ctx, []common.Address{d.Nodes[3].Operator()}, []*devnet.NodeSpec{spec5}); err != nil {
		t.Fatal(err)
	}
	tn.start(4)
	tn.waitServing(ctx, ep0+4, 0, 2, 4)
	t.Logf("replace node 4 by node 5: %s", time.Since(start).Round(time.Millisecond))
	tn.mu.Lock()
	done4 := tn.dones[3]
	tn.mu.Unlock()
	select {
	case err := <-done4:
		if !errors.Is(err, node.ErrRemoved) {
			t.Fatalf("replaced node: %v, want ErrRemoved", err)
		}
		done4 <- err
	case <-ctx.Done():
		t.Fatal("replaced node did not stop")
	}
	_ = tn.stop(3)
	unchanged("after replace")
	firstPresign()
	sign("after replace")
	decrypt("after replace")
}

// waitKeySet waits until the client's current epoch has an active
// encryption key set (re-reading the node set as epochs move) and returns
// it; with want, its key must be want.
func (tn *net) waitKeySet(ctx context.Context, c *client.Client, want []byte) *tdec.KeySet {
	tn.t.Helper()
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for {
		if _, _, err := c.RefreshNodes(ctx); err != nil {
			tn.t.Fatal(err)
		}
		set, err := c.EncryptionKey(ctx)
		switch {
		case err == nil:
			if want != nil && !bytes.Equal(set.Public, want) {
				tn.t.Fatalf("encryption key %x, want %x", set.Public, want)
			}
			return set
		case !errors.Is(err, client.ErrNoEncryptionKey):
			tn.t.Fatal(err)
		}
		select {
		case <-ctx.Done():
			tn.t.Fatalf("no active encryption key set: %v", err)
		case <-tick.C:
		}
	}
}
