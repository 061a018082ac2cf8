package chainwatch

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/contracts"
)

// fakeChain is an in-memory RPC backend: a canonical list of blocks with synthetic,
// ABI-encoded contract logs, which a test can extend, reorganise, slow down or make lie.
type fakeChain struct {
	mu     sync.Mutex
	blocks []fakeBlock // canonical chain; blocks[i] has number i
	forks  uint64      // makes every reorganised block's hash new

	// lagAt >= 0: the endpoint is behind at that height (head = lagAt, higher headers
	// are NotFound). -1: in sync.
	lagAt    int64
	notFound int // NotFound answers given
	// maxResults > 0: a log query with more results fails, like a provider's cap.
	maxResults int
	logCalls   int
	// finalized >= 0: the endpoint answers the "finalized" tag with that block.
	finalized int64
	tagCalls  int // queries of a block tag
	// failFrom > 0: a log query reaching block failFrom or above fails.
	failFrom uint64
	// onLogs runs after a log query computed its answer, before it is returned.
	onLogs func(from, to uint64)
}

type fakeBlock struct {
	hdr  *types.Header
	logs []*types.Log
}

var _ Client = (*fakeChain)(nil)

func newFakeChain() *fakeChain {
	f := &fakeChain{lagAt: -1, finalized: -1}
	f.blocks = []fakeBlock{{hdr: &types.Header{Number: big.NewInt(0), Extra: []byte("genesis")}}}
	return f
}

// add appends a block with logs and returns its number. Caller holds no lock.
func (f *fakeChain) add(logs ...*types.Log) uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.addLocked(logs)
}

func (f *fakeChain) addLocked(logs []*types.Log) uint64 {
	parent := f.blocks[len(f.blocks)-1].hdr
	n := uint64(len(f.blocks))
	extra := make([]byte, 8)
	binary.BigEndian.PutUint64(extra, f.forks)
	hdr := &types.Header{Number: new(big.Int).SetUint64(n), ParentHash: parent.Hash(), Extra: extra}
	h := hdr.Hash()
	var out []*types.Log
	for i, l := range logs {
		c := *l
		c.BlockNumber, c.BlockHash, c.Index, c.TxIndex = n, h, uint(i), uint(i)
		c.TxHash = common.BytesToHash(append(h.Bytes()[:16], byte(i)))
		out = append(out, &c)
	}
	f.blocks = append(f.blocks, fakeBlock{hdr: hdr, logs: out})
	return n
}

// reorg drops the top depth blocks; the blocks added next have new hashes.
func (f *fakeChain) reorg(depth int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reorgLocked(depth)
}

func (f *fakeChain) reorgLocked(depth int) {
	f.blocks = f.blocks[:len(f.blocks)-depth]
	f.forks++
}

func (f *fakeChain) head() uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return uint64(len(f.blocks) - 1)
}

func (f *fakeChain) hashAt(n uint64) common.Hash {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.blocks[n].hdr.Hash()
}

func (f *fakeChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	top := int64(len(f.blocks) - 1)
	if f.lagAt >= 0 {
		top = min(top, f.lagAt)
	}
	if n == nil {
		return types.CopyHeader(f.blocks[top].hdr), nil
	}
	if n.Sign() < 0 {
		f.tagCalls++
		if n.Int64() == int64(rpc.FinalizedBlockNumber) && f.finalized >= 0 {
			return types.CopyHeader(f.blocks[f.finalized].hdr), nil
		}
		return nil, fmt.Errorf("block tag %d not supported", n)
	}
	if n.Int64() > top {
		f.notFound++
		return nil, ethereum.NotFound
	}
	return types.CopyHeader(f.blocks[n.Int64()].hdr), nil
}

func (f *fakeChain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	f.mu.Lock()
	f.logCalls++
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	var out []types.Log
	for n := from; n <= to && n < uint64(len(f.blocks)); n++ {
		for _, l := range f.blocks[n].logs {
			out = append(out, *l)
		}
	}
	hook := f.onLogs
	if f.failFrom > 0 && to >= f.failFrom {
		f.mu.Unlock()
		return nil, errors.New("upstream timeout")
	}
	if f.maxResults > 0 && len(out) > f.maxResults {
		f.mu.Unlock()
		return nil, fmt.Errorf("query returned more than %d results", f.maxResults)
	}
	f.mu.Unlock()
	if hook != nil {
		hook(from, to)
	}
	return out, nil
}

func (f *fakeChain) SubscribeNewHead(context.Context, chan<- *types.Header) (ethereum.Subscription, error) {
	return nil, rpc.ErrNotificationsUnsupported
}

func permRemovedLog(tok, typ uint64, id []byte) *types.Log {
	ev := contracts.PermsABI.GetABI().Events["PermissionRemoved"]
	data, err := ev.Inputs.NonIndexed().Pack(id)
	if err != nil {
		panic(err)
	}
	return &types.Log{Address: testAddrs.PKPPermissions, Topics: []common.Hash{ev.ID, u256(tok), u256(typ)}, Data: data}
}

func userAddr(i int) common.Address { return common.BigToAddress(big.NewInt(int64(0xa000 + i))) }

func openTestDB(t *testing.T) *bbolt.DB {
	t.Helper()
	db, err := bbolt.Open(filepath.Join(t.TempDir(), "node.db"), 0o600, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// fakeWatcher runs a watcher on f until the test ends.
func fakeWatcher(t *testing.T, f *fakeChain, conf uint64, mod func(*Config)) *Watcher {
	t.Helper()
	cfg := Config{
		Client: f, Contracts: testAddrs, DB: openTestDB(t), Confirmations: conf, StartBlock: 1,
		PollInterval: time.Millisecond, MinBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond,
		Logger: quietLog(),
	}
	if mod != nil {
		mod(&cfg)
	}
	w, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); _ = w.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
	return w
}

// caughtUpTo waits until the watcher's checkpoint is block n of f's current chain and
// it reports itself synced.
func caughtUpTo(t *testing.T, w *Watcher, f *fakeChain, n uint64) {
	t.Helper()
	want := f.hashAt(n)
	deadline := time.Now().Add(15 * time.Second)
	for {
		w.mu.Lock()
		ok := w.hasCP && w.cp.Number == n && w.cp.Hash == want && !w.status.Resolving
		w.mu.Unlock()
		if ok && w.Synced(0) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("watcher not at block %d %s: status %+v", n, want, w.Status())
		}
		w.mu.Lock()
		ch := w.advanced
		w.mu.Unlock()
		select {
		case <-ch:
		case <-time.After(2 * time.Millisecond):
		}
	}
}

// watchTrue records every (token, cid) for which CanSign(action) answered true, and every
// (token, address) for which CanSign(address) did, while the test runs.
type watchTrue struct {
	mu   sync.Mutex
	seen map[string]bool
	stop chan struct{}
	done chan struct{}
}

func spyIndex(ix *Index, toks []uint64, cids [][]byte, users int) *watchTrue {
	s := &watchTrue{seen: map[string]bool{}, stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(s.done)
		for {
			for _, tok := range toks {
				tb := new(big.Int).SetUint64(tok)
				for _, c := range cids {
					if ix.CanSign(tb, Action(c), contracts.ScopeSignAnything) {
						s.mu.Lock()
						s.seen[fmt.Sprintf("%d/action/%x", tok, c)] = true
						s.mu.Unlock()
					}
				}
				for u := 0; u < users; u++ {
					if ix.CanSign(tb, Address(userAddr(u)), contracts.ScopeSignAnything) {
						s.mu.Lock()
						s.seen[fmt.Sprintf("%d/owner/%d", tok, u)] = true
						s.mu.Unlock()
					}
				}
			}
			select {
			case <-s.stop:
				return
			default:
			}
		}
	}()
	return s
}

func (s *watchTrue) end() map[string]bool {
	close(s.stop)
	<-s.done
	return s.seen
}

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }
