package chainwatch_test

import (
	"context"
	"crypto/ecdsa"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/chainwatch"
	"github.com/pkpnet/pkpnet/contracts"
)

type chain struct {
	t     testing.TB
	ctx   context.Context
	sim   *simulated.Backend
	c     simulated.Client
	owner *contracts.Sender
	users []*contracts.Sender
	addr  contracts.Addresses
	start uint64
	root  []byte
}

func newChain(t testing.TB, nUsers int) *chain {
	t.Helper()
	keys := []*ecdsa.PrivateKey{}
	alloc := types.GenesisAlloc{}
	for i := 0; i <= nUsers; i++ {
		k, _ := crypto.GenerateKey()
		keys = append(keys, k)
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}
	}
	sim := simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = sim.Close() })
	ch := &chain{t: t, ctx: context.Background(), sim: sim, c: sim.Client()}
	mk := func(k *ecdsa.PrivateKey) *contracts.Sender {
		return &contracts.Sender{Backend: ch.c, Key: k, ChainID: big.NewInt(1337), Commit: func() { sim.Commit() }}
	}
	ch.owner = mk(keys[0])
	for _, k := range keys[1:] {
		ch.users = append(ch.users, mk(k))
	}
	a, err := contracts.Deploy(ch.ctx, ch.owner, nil)
	if err != nil {
		t.Fatal(err)
	}
	ch.addr = a
	ch.start = 1
	return ch
}

func (ch *chain) send(s *contracts.Sender, to [20]byte, data []byte) *types.Receipt {
	ch.t.Helper()
	r, err := s.Transact(ch.ctx, to, data, nil)
	if err != nil {
		ch.t.Fatalf("tx: %v", err)
	}
	return r
}

// setupNodes registers users[0..n) and activates a root key.
func (ch *chain) setupNodes(n int) {
	ch.t.Helper()
	for {
		k, _ := crypto.GenerateKey()
		pub := crypto.CompressPubkey(&k.PublicKey)
		if new(big.Int).SetBytes(pub[1:]).Cmp(crypto.S256().Params().N) < 0 {
			ch.root = pub
			break
		}
	}
	for i := 0; i < n; i++ {
		ch.send(ch.owner, ch.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(ch.users[i].From(), []byte{byte(i + 1), 0x70}, []string{"/ip4/127.0.0.1/tcp/4001"}))
	}
	for i := 0; i < n; i++ {
		ch.send(ch.users[i], ch.addr.PubkeyRouter, contracts.RouterABI.PackVoteRootKey(ch.root))
	}
}

func (ch *chain) mint(s *contracts.Sender) *big.Int {
	ch.t.Helper()
	r := ch.send(s, ch.addr.PKPNFT, contracts.NFTABI.PackMintNext())
	for _, l := range r.Logs {
		if ev, err := contracts.NFTABI.UnpackPKPMintedEvent(l); err == nil {
			return ev.TokenId
		}
	}
	ch.t.Fatal("no PKPMinted")
	return nil
}

func (ch *chain) head() uint64 {
	n, err := ch.c.BlockNumber(ch.ctx)
	if err != nil {
		ch.t.Fatal(err)
	}
	return n
}

func openDB(t testing.TB, path string) *bbolt.DB {
	t.Helper()
	if path == "" {
		path = filepath.Join(t.TempDir(), "node.db")
	}
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// running is a watcher whose Run goroutine the test owns.
type running struct {
	w      *chainwatch.Watcher
	cancel context.CancelFunc
	done   chan error
}

func (ch *chain) watch(db *bbolt.DB, conf uint64, client chainwatch.Client, mod func(*chainwatch.Config)) *running {
	ch.t.Helper()
	if client == nil {
		client = ch.c
	}
	cfg := chainwatch.Config{
		Client: client, Contracts: ch.addr, DB: db, StartBlock: ch.start, Confirmations: conf,
		PollInterval: 20 * time.Millisecond, MinBackoff: 5 * time.Millisecond, MaxBackoff: 50 * time.Millisecond,
		Logger: quietLogger(),
	}
	if mod != nil {
		mod(&cfg)
	}
	w, err := chainwatch.New(cfg)
	if err != nil {
		ch.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{w: w, cancel: cancel, done: make(chan error, 1)}
	go func() { r.done <- w.Run(ctx) }()
	ch.t.Cleanup(r.stop)
	return r
}

func (r *running) stop() {
	r.cancel()
	<-r.done
	r.done <- nil // let a second stop return
}

// caughtUp waits until the watcher has applied everything up to block n.
func (r *running) caughtUp(t *testing.T, n uint64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := r.w.WaitFor(ctx, n); err != nil {
		t.Fatalf("%v (status %+v)", err, r.w.Status())
	}
}
