package devchain_test

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/chainwatch"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/contracts/bindings"
	"github.com/pkpnet/pkpnet/devchain"
	"github.com/pkpnet/pkpnet/mpc"
)

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func start(t *testing.T, cfg devchain.Config) *devchain.Chain {
	t.Helper()
	cfg.Logger = quiet()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c, err := devchain.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// TestDevchainOverJSONRPC drives the dev chain over real HTTP and WebSocket JSON-RPC:
// contracts deployed, accounts funded, nodes registered, a root key voted, a PKP minted
// and permitted, and two chain watchers (WS subscription and HTTP polling) that agree.
func TestDevchainOverJSONRPC(t *testing.T) {
	c := start(t, devchain.Config{Accounts: 5})
	ctx := context.Background()
	if !strings.HasPrefix(c.HTTPURL, "http://127.0.0.1:") || !strings.HasPrefix(c.WSURL, "ws://127.0.0.1:") {
		t.Fatalf("endpoints %s %s", c.HTTPURL, c.WSURL)
	}
	httpc, err := ethclient.Dial(c.HTTPURL)
	if err != nil {
		t.Fatal(err)
	}
	defer httpc.Close()
	wsc, err := ethclient.Dial(c.WSURL)
	if err != nil {
		t.Fatal(err)
	}
	defer wsc.Close()
	for name, cl := range map[string]*ethclient.Client{"http": httpc, "ws": wsc} {
		id, err := cl.ChainID(ctx)
		if err != nil || id.Int64() != devchain.ChainID {
			t.Fatalf("%s: chain id %v %v", name, id, err)
		}
		for _, a := range c.Contracts.List() {
			if code, err := cl.CodeAt(ctx, a, nil); err != nil || len(code) == 0 {
				t.Fatalf("%s: no code at %s (%v)", name, a, err)
			}
		}
		for _, acc := range c.Accounts {
			if bal, err := cl.BalanceAt(ctx, acc.Address, nil); err != nil || bal.Sign() <= 0 {
				t.Fatalf("%s: account %s unfunded", name, acc.Address)
			}
		}
	}
	// Dev keys are deterministic.
	if c.Accounts[0].Address != crypto.PubkeyToAddress(devchain.DevKey(0).PublicKey) {
		t.Fatal("account 0 is not DevKey(0)")
	}

	// Two watchers: WS (subscription) and HTTP (polling fallback), 1 confirmation.
	dir := t.TempDir()
	watch := func(name string, cl chainwatch.Client) (*chainwatch.Watcher, func()) {
		db, err := bbolt.Open(filepath.Join(dir, name+".db"), 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		w, err := chainwatch.New(chainwatch.Config{Client: cl, Contracts: c.Contracts, DB: db, StartBlock: c.DeployBlock,
			Confirmations: 1, PollInterval: 50 * time.Millisecond, Logger: quiet()})
		if err != nil {
			t.Fatal(err)
		}
		wctx, cancel := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() { _ = w.Run(wctx); close(done) }()
		return w, func() { cancel(); <-done; _ = db.Close() }
	}
	wWS, stopWS := watch("ws", wsc)
	defer stopWS()
	wHTTP, stopHTTP := watch("http", httpc)
	defer stopHTTP()

	// Transactions over WS: owner registers 3 nodes, they vote a root key.
	send := func(i int, cl *ethclient.Client, to common.Address, data []byte, value *big.Int) *types.Receipt {
		t.Helper()
		s := &contracts.Sender{Backend: cl, Key: c.Accounts[i].Key, ChainID: c.ChainID, PollInterval: 10 * time.Millisecond}
		r, err := s.Transact(ctx, to, data, value)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	reg, router, nft, perms := bindings.NewNodeRegistry(), bindings.NewPubkeyRouter(), bindings.NewPKPNFT(), bindings.NewPKPPermissions()
	var root []byte
	for {
		k, _ := crypto.GenerateKey()
		root = crypto.CompressPubkey(&k.PublicKey)
		if new(big.Int).SetBytes(root[1:]).Cmp(crypto.S256().Params().N) < 0 {
			break
		}
	}
	for i := 1; i <= 3; i++ {
		send(0, wsc, c.Contracts.NodeRegistry, reg.PackAddNode(c.Accounts[i].Address, []byte{byte(i)}, []string{"/ip4/127.0.0.1/tcp/4001"}), nil)
	}
	for i := 1; i <= 3; i++ {
		send(i, wsc, c.Contracts.PubkeyRouter, router.PackVoteRootKey(root), nil)
	}
	// Over HTTP: mint a PKP and permit an action.
	r := send(4, httpc, c.Contracts.PKPNFT, nft.PackMintNext(), nil)
	var minted *bindings.PKPNFTPKPMinted
	for _, l := range r.Logs {
		if ev, err := nft.UnpackPKPMintedEvent(l); err == nil {
			minted = ev
		}
	}
	if minted == nil {
		t.Fatal("no PKPMinted")
	}
	want, _ := mpc.DeriveAddress(root, mpc.KeyID(minted.KeyId))
	if minted.PkpAddress != want {
		t.Fatalf("PKP address %s, Go derivation %s", minted.PkpAddress, want)
	}
	cid := append([]byte{0x12, 0x20}, make([]byte, 32)...)
	last := send(4, httpc, c.Contracts.PKPPermissions, perms.PackAddPermittedAction(minted.TokenId, cid, []*big.Int{big.NewInt(1)}), nil)
	// An EIP-1559 transfer to the PKP's address, over HTTP.
	tip, _ := httpc.SuggestGasTipCap(ctx)
	head, _ := httpc.HeaderByNumber(ctx, nil)
	nonce, _ := httpc.PendingNonceAt(ctx, c.Accounts[2].Address)
	tx := types.MustSignNewTx(c.Accounts[2].Key, types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{
		ChainID: c.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas: 21000, To: &minted.PkpAddress, Value: big.NewInt(12345),
	})
	if err := httpc.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, httpc, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	if bal, _ := wsc.BalanceAt(ctx, minted.PkpAddress, nil); bal.Int64() != 12345 {
		t.Fatalf("PKP balance %s", bal)
	}
	// One more block confirms the permission.
	if err := c.Mine(ctx); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for _, w := range []*chainwatch.Watcher{wWS, wHTTP} {
		if err := w.WaitFor(wctx, last.BlockNumber.Uint64()); err != nil {
			t.Fatalf("%v: %+v", err, w.Status())
		}
		ix := w.Index()
		if !ix.CanSign(minted.TokenId, chainwatch.Action(cid), contracts.ScopeSignAnything) || ix.Threshold() != 2 || len(ix.Nodes()) != 3 || string(ix.RootKey()) != string(root) {
			t.Fatalf("watcher index incomplete: status %+v", w.Status())
		}
	}
	if wWS.Status().Mode != chainwatch.ModeSubscription || wHTTP.Status().Mode != chainwatch.ModePolling {
		t.Fatalf("modes: ws %s http %s", wWS.Status().Mode, wHTTP.Status().Mode)
	}
	if string(wWS.Index().Snapshot()) != string(wHTTP.Index().Snapshot()) {
		t.Fatal("WS and HTTP watchers disagree")
	}

	// The info file.
	path := filepath.Join(t.TempDir(), "devchain.json")
	if err := c.WriteInfo(path); err != nil {
		t.Fatal(err)
	}
	var info devchain.Info
	b, _ := os.ReadFile(path)
	if err := json.Unmarshal(b, &info); err != nil || info.Contracts != c.Contracts || len(info.Accounts) != 5 || info.ChainID != 1337 {
		t.Fatalf("info file: %v %+v", err, info)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Fatalf("info file mode %v", fi.Mode())
	}
}

// TestDevchainLoopbackOnly lists this process's sockets: every TCP listener and every
// UDP socket must be bound to 127.0.0.1 (no p2p listener, discovery or NAT).
func TestDevchainLoopbackOnly(t *testing.T) {
	c := start(t, devchain.Config{Accounts: 1})
	_ = c
	inodes := ownSocketInodes(t)
	checked := 0
	for _, f := range []string{"tcp", "tcp6", "udp", "udp6"} {
		for _, s := range readSockets(t, "/proc/self/net/"+f) {
			if !inodes[s.inode] {
				continue
			}
			listening := strings.HasPrefix(f, "udp") || s.state == "0A"
			if !listening {
				continue
			}
			checked++
			if s.local[:8] != "0100007F" || len(s.local) != 13 {
				t.Errorf("%s socket bound to %s (want 127.0.0.1)", f, s.local)
			}
		}
	}
	if checked == 0 {
		t.Fatal("found no listening socket of this process; the check is broken")
	}
}

type sock struct{ local, state, inode string }

func readSockets(t *testing.T, path string) []sock {
	f, err := os.Open(path)
	if err != nil {
		if os.IsNotExist(err) {
			return nil
		}
		t.Fatal(err)
	}
	defer f.Close()
	var out []sock
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 10 {
			continue
		}
		out = append(out, sock{local: fs[1], state: fs[3], inode: fs[9]})
	}
	return out
}

func ownSocketInodes(t *testing.T) map[string]bool {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, e := range ents {
		l, err := os.Readlink("/proc/self/fd/" + e.Name())
		if err == nil && strings.HasPrefix(l, "socket:[") {
			out[strings.TrimSuffix(strings.TrimPrefix(l, "socket:["), "]")] = true
		}
	}
	return out
}

// TestDevchainDataDir: with a data dir the chain and its deployment survive a restart.
func TestDevchainDataDir(t *testing.T) {
	dir := t.TempDir()
	c1 := start(t, devchain.Config{DataDir: dir, Accounts: 2})
	ctx := context.Background()
	if err := c1.Mine(ctx); err != nil {
		t.Fatal(err)
	}
	n1, _ := c1.Client().BlockNumber(ctx)
	addrs := c1.Contracts
	if err := c1.Close(); err != nil {
		t.Fatal(err)
	}
	c2 := start(t, devchain.Config{DataDir: dir, Accounts: 2})
	if c2.Contracts != addrs {
		t.Fatalf("deployment not reused: %+v vs %+v", c2.Contracts, addrs)
	}
	n2, _ := c2.Client().BlockNumber(ctx)
	if n2 < n1 {
		t.Fatalf("chain lost blocks: %d < %d", n2, n1)
	}
}

// TestDevchainPeriod: with a 1 s period, blocks come without transactions.
func TestDevchainPeriod(t *testing.T) {
	c := start(t, devchain.Config{Period: time.Second, Accounts: 1})
	ctx := context.Background()
	n1, _ := c.Client().BlockNumber(ctx)
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if n, _ := c.Client().BlockNumber(ctx); n >= n1+2 {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("no periodic blocks")
}

// TestDevchainOps: the helpers devnet uses to register nodes and fund PKP addresses.
func TestDevchainOps(t *testing.T) {
	c := start(t, devchain.Config{Accounts: 3})
	ctx := context.Background()
	for i := 1; i <= 2; i++ {
		if err := c.AddNode(ctx, c.Accounts[i].Address, []byte{byte(i)}, []string{"/ip4/127.0.0.1/tcp/1"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.AddNode(ctx, c.Accounts[1].Address, []byte{9}, nil); err == nil {
		t.Fatal("duplicate node accepted")
	}
	if err := c.AddNode(ctx, c.Accounts[0].Address, []byte{7}, nil); err != nil {
		t.Fatalf("owner nonce not recovered after a failed tx: %v", err)
	}
	reg := bindings.NewNodeRegistry()
	n, err := bind.Call(reg.Instance(c.Client(), c.Contracts.NodeRegistry), nil, reg.PackNodeCount(), reg.UnpackNodeCount)
	if err != nil || n.Int64() != 3 {
		t.Fatalf("nodeCount %v %v", n, err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000c0ffe")
	if _, err := c.Fund(ctx, 2, to, big.NewInt(5e15)); err != nil {
		t.Fatal(err)
	}
	if bal, _ := c.Client().BalanceAt(ctx, to, nil); bal.Cmp(big.NewInt(5e15)) != 0 {
		t.Fatalf("balance %s", bal)
	}
}
