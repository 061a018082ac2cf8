package chainwatch_test

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/chainwatch"
	"github.com/pkpnet/pkpnet/contracts"
)

// faultyClient wraps a real client: it fails some calls, returns a bad header once, and
// adds malformed logs to eth_getLogs answers, all stamped with canonical block hashes.
type faultyClient struct {
	chainwatch.Client
	mu          sync.Mutex
	headerFails int
	badHeader   int
	logFails    int
	inject      func(block uint64, hash common.Hash) []types.Log
	injected    int
	injectedAt  map[uint64]bool
}

func (f *faultyClient) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	f.mu.Lock()
	if f.headerFails > 0 {
		f.headerFails--
		f.mu.Unlock()
		return nil, errors.New("dial tcp 127.0.0.1:8545: connection refused")
	}
	if f.badHeader > 0 && n != nil {
		f.badHeader--
		f.mu.Unlock()
		return &types.Header{Number: big.NewInt(-5)}, nil
	}
	f.mu.Unlock()
	return f.Client.HeaderByNumber(ctx, n)
}

func (f *faultyClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	f.mu.Lock()
	if f.logFails > 0 {
		f.logFails--
		f.mu.Unlock()
		return nil, errors.New("invalid character 'x' looking for beginning of value")
	}
	f.mu.Unlock()
	logs, err := f.Client.FilterLogs(ctx, q)
	if err != nil {
		return nil, err
	}
	for b := q.FromBlock.Uint64(); b <= q.ToBlock.Uint64(); b++ {
		f.mu.Lock()
		done := f.injectedAt[b]
		f.mu.Unlock()
		if done {
			continue
		}
		h, err := f.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			return nil, err
		}
		extra := f.inject(b, h.Hash())
		if len(extra) == 0 {
			continue
		}
		f.mu.Lock()
		f.injected += len(extra)
		f.injectedAt[b] = true
		f.mu.Unlock()
		logs = append(logs, extra...)
	}
	slices.SortStableFunc(logs, func(a, b types.Log) int {
		if a.BlockNumber != b.BlockNumber {
			return int(a.BlockNumber) - int(b.BlockNumber)
		}
		return int(a.Index) - int(b.Index)
	})
	return logs, nil
}

// TestBadInputSkipped: malformed logs, unknown events and RPC garbage are logged and
// skipped; the watcher keeps going and its index matches the chain.
func TestBadInputSkipped(t *testing.T) {
	ch := newChain(t, 6)
	permAdded := contracts.PermsABI.GetABI().Events["PermissionAdded"].ID
	transfer := contracts.NFTABI.GetABI().Events["Transfer"].ID
	minted := contracts.NFTABI.GetABI().Events["PKPMinted"].ID
	nodeAdded := contracts.RegistryABI.GetABI().Events["NodeAdded"].ID
	huge := common.BigToHash(new(big.Int).Lsh(big.NewInt(1), 70))
	target := uint64(0)
	fc := &faultyClient{Client: ch.c, headerFails: 3, badHeader: 1, logFails: 2, injectedAt: map[uint64]bool{}}
	fc.inject = func(b uint64, h common.Hash) []types.Log {
		if b != target {
			return nil
		}
		mk := func(i uint, addr common.Address, data []byte, topics ...common.Hash) types.Log {
			return types.Log{Address: addr, Topics: topics, Data: data, BlockNumber: b, BlockHash: h, Index: 10_000 + i}
		}
		a := ch.addr
		return []types.Log{
			mk(0, a.PKPPermissions, []byte{1, 2, 3}, permAdded, common.BigToHash(big.NewInt(1)), common.BigToHash(big.NewInt(2))), // truncated data
			mk(1, a.PKPPermissions, nil, common.HexToHash("0xdeadbeef")),                                                          // unknown event
			mk(2, a.PKPNFT, nil, transfer, common.Hash{}, common.BytesToHash(ch.users[0].From().Bytes()), huge),                   // token id overflow
			mk(3, common.HexToAddress("0x1234"), nil, permAdded),                                                                  // unwatched address
			mk(4, a.PKPNFT, nil),                                                             // no topics
			mk(5, a.PKPNFT, make([]byte, 100_000), minted),                                   // oversized
			mk(6, a.PKPNFT, nil, minted, common.BigToHash(big.NewInt(1))),                    // missing topics
			mk(7, a.NodeRegistry, make([]byte, 64), nodeAdded, common.Hash{}, common.Hash{}), // bad ABI offsets
			mk(8, a.PKPNFT, nil, transfer, common.BytesToHash(ch.users[4].From().Bytes()), common.Hash{}, common.BigToHash(big.NewInt(77))), // burn of a token never minted
		}
	}
	tokens := scenario(ch)
	target = ch.head() - 3 // inject into a block that also has real events
	r := ch.watch(openDB(t, ""), 0, fc, nil)
	r.caughtUp(t, ch.head())
	checkAgainstChain(t, ch, r.w.Index(), tokens)
	_, skipped := r.w.Index().Stats()
	if fc.injected != 9 || skipped != 9 {
		t.Fatalf("injected %d bad logs, index skipped %d", fc.injected, skipped)
	}
	st := r.w.Status()
	if st.LastError == "" || !st.Healthy || st.ConsecutiveErrors != 0 {
		t.Fatalf("status after recovered errors: %+v", st)
	}
	// A fresh watcher on a clean client agrees on everything but the skip counter.
	clean := ch.watch(openDB(t, ""), 0, nil, nil)
	clean.caughtUp(t, ch.head())
	a1, _ := r.w.Index().Stats()
	a2, _ := clean.w.Index().Stats()
	if a1 != a2 {
		t.Fatalf("applied %d with garbage, %d without", a1, a2)
	}
}

// TestStatusShowsOutage: while the endpoint fails, Status says so; afterwards it recovers.
func TestStatusShowsOutage(t *testing.T) {
	ch := newChain(t, 1)
	fc := &faultyClient{Client: ch.c, headerFails: 1 << 30, injectedAt: map[uint64]bool{}, inject: func(uint64, common.Hash) []types.Log { return nil }}
	r := ch.watch(openDB(t, ""), 0, fc, nil)
	waitFor(t, func() bool { return r.w.Status().ConsecutiveErrors >= 3 })
	if st := r.w.Status(); st.Healthy || st.LastError == "" {
		t.Fatalf("status during outage %+v", st)
	}
	fc.mu.Lock()
	fc.headerFails = 0
	fc.mu.Unlock()
	r.caughtUp(t, ch.head())
	waitFor(t, func() bool { return r.w.Status().Healthy })
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10e9)
	defer cancel()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatal("condition not reached")
		default:
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// TestFailedWriteKeepsIndexEqualToStore: when the store refuses writes, the watcher
// reports the error, retries, and its in-memory index stays what the store holds.
func TestFailedWriteKeepsIndexEqualToStore(t *testing.T) {
	ch := newChain(t, 3)
	ch.setupNodes(1)
	path := t.TempDir() + "/ro.db"
	rw, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = rw.Close()
	ro, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ro.Close() })
	r := ch.watch(ro, 0, nil, nil)
	waitFor(t, func() bool { return r.w.Status().ConsecutiveErrors >= 2 })
	st := r.w.Status()
	if st.Healthy || !strings.Contains(st.LastError, "persist") {
		t.Fatalf("status %+v", st)
	}
	if len(r.w.Index().Nodes()) != 0 || r.w.Index().RootKey() != nil {
		t.Fatal("index holds events the store does not")
	}
}

// dropSub is a head subscription the test can break.
type dropSub struct {
	ethereum.Subscription
	errc chan error
}

func (d *dropSub) Err() <-chan error { return d.errc }

type droppingClient struct {
	chainwatch.Client
	mu   sync.Mutex
	subs []*dropSub
}

func (d *droppingClient) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	s, err := d.Client.SubscribeNewHead(ctx, ch)
	if err != nil {
		return nil, err
	}
	ds := &dropSub{Subscription: s, errc: make(chan error, 1)}
	d.mu.Lock()
	d.subs = append(d.subs, ds)
	d.mu.Unlock()
	return ds, nil
}

// TestSubscriptionDropReconnects: a dropped head subscription shows in Status, is
// re-created, and following continues.
func TestSubscriptionDropReconnects(t *testing.T) {
	ch := newChain(t, 3)
	dc := &droppingClient{Client: ch.c}
	r := ch.watch(openDB(t, ""), 0, dc, func(c *chainwatch.Config) { c.PollInterval = time.Hour })
	ch.setupNodes(1)
	r.caughtUp(t, ch.head())
	dc.mu.Lock()
	first := dc.subs[0]
	dc.mu.Unlock()
	first.errc <- errors.New("websocket: close 1006 (abnormal closure)")
	waitFor(t, func() bool {
		dc.mu.Lock()
		defer dc.mu.Unlock()
		return len(dc.subs) >= 2
	})
	if st := r.w.Status(); !strings.Contains(st.LastError, "subscription dropped") {
		t.Fatalf("status %+v", st)
	}
	// With an hour-long poll interval, only the new subscription can wake the watcher.
	tok := ch.mint(ch.users[0])
	r.caughtUp(t, ch.head())
	if _, ok := r.w.Index().PKP(tok); !ok || r.w.Status().Mode != chainwatch.ModeSubscription {
		t.Fatalf("not following after reconnect: %+v", r.w.Status())
	}
}
