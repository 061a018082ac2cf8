package chainwatch

import (
	"bytes"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pkpnet/pkpnet/contracts"
)

// pkpChain is a fake chain whose block 1 mints token 1 to user 0.
func pkpChain() *fakeChain {
	f := newFakeChain()
	f.add(transferLog(1, [20]byte{}, userAddr(0)), mintedLog(1))
	return f
}

func (f *fakeChain) lag(at int64) {
	f.mu.Lock()
	f.lagAt = at
	f.mu.Unlock()
}

func (f *fakeChain) notFounds() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.notFound
}

// Finding 1: one NotFound for the checkpoint header (a lagging backend) wiped the index
// and replayed it in place, so a revoked action passed CanSign during the replay. Now a
// missing header means "behind": the watcher retries and the index does not move.
func TestLaggingEndpointDoesNotRebuild(t *testing.T) {
	f := pkpChain()
	cidA := cidOf(1)
	f.add(permAddedLog(1, contracts.AuthAction, cidA, nil, 2)) // block 2: permitted
	f.add(permRemovedLog(1, contracts.AuthAction, cidA))       // block 3: revoked
	for range 3 {
		f.add()
	}
	w := fakeWatcher(t, f, 0, func(c *Config) { c.MaxBlockRange = 1 })
	caughtUpTo(t, w, f, f.head())
	before := w.Index().Snapshot()
	s := spyIndex(w.Index(), []uint64{1}, [][]byte{cidA}, 0)

	f.lag(2) // the endpoint is behind: it knows blocks up to 2 (cidA permitted there)
	for seen := f.notFounds(); f.notFounds() < seen+5; {
		w.mu.Lock()
		ch := w.advanced
		w.mu.Unlock()
		select {
		case <-ch:
			t.Fatal("the checkpoint moved while the endpoint was behind")
		default:
		}
	}
	if got := w.Index().Snapshot(); !bytes.Equal(got, before) {
		t.Fatalf("the index changed while the endpoint was behind:\n%s\n%s", before, got)
	}
	f.lag(-1)
	f.add(permAddedLog(1, contracts.AuthAction, cidOf(2), nil, 2))
	caughtUpTo(t, w, f, f.head())
	if seen := s.end(); len(seen) != 0 {
		t.Fatalf("a revoked action passed CanSign: %v", seen)
	}
	if st := w.Status(); st.Rebuilds != 0 {
		t.Fatalf("%d rebuilds for a lagging endpoint", st.Rebuilds)
	}
	if !w.Index().IsPermittedAction(big.NewInt(1), cidOf(2)) {
		t.Fatal("the watcher did not resume after the endpoint caught up")
	}
}

// Finding 1, the other half: a real deep reorg builds the new index aside. While it
// builds, the live index keeps its last state (no history), the watcher is not synced,
// and the swap is atomic.
func TestDeepReorgRebuildsAside(t *testing.T) {
	f := pkpChain()
	cidA, cidB, cidC := cidOf(1), cidOf(2), cidOf(3)
	f.add(permAddedLog(1, contracts.AuthAction, cidA, nil, 2)) // 2
	f.add(permRemovedLog(1, contracts.AuthAction, cidA))       // 3
	f.add(permAddedLog(1, contracts.AuthAction, cidB, nil, 2)) // 4
	w := fakeWatcher(t, f, 0, func(c *Config) { c.MaxBlockRange = 1 })
	caughtUpTo(t, w, f, 4)
	live := w.Index().Snapshot()
	s := spyIndex(w.Index(), []uint64{1}, [][]byte{cidA}, 0)

	// Block 4 is replaced (a reorg deeper than the 0 confirmations). Pause the rebuild
	// at its first query to look at the watcher mid-way.
	paused, resume := make(chan struct{}), make(chan struct{})
	var once sync.Once
	f.mu.Lock()
	f.onLogs = func(from, to uint64) {
		if from == 1 {
			once.Do(func() { close(paused); <-resume })
		}
	}
	f.reorgLocked(1)
	f.addLocked(nil)
	f.addLocked(toLogs(permAddedLog(1, contracts.AuthAction, cidC, nil, 2)))
	f.mu.Unlock()

	<-paused
	err := w.CheckSynced(1000)
	if !errors.Is(err, ErrNotSynced) || !strings.Contains(err.Error(), "reorganisation") {
		t.Fatalf("CheckSynced during the rebuild: %v", err)
	}
	if got := w.Index().Snapshot(); !bytes.Equal(got, live) {
		t.Fatalf("the live index changed before the rebuild was complete:\n%s\n%s", live, got)
	}
	close(resume)
	caughtUpTo(t, w, f, 5)
	ix := w.Index()
	if ix.IsPermittedAction(big.NewInt(1), cidB) || !ix.IsPermittedAction(big.NewInt(1), cidC) {
		t.Fatalf("after the rebuild: cidB %v cidC %v", ix.IsPermittedAction(big.NewInt(1), cidB), ix.IsPermittedAction(big.NewInt(1), cidC))
	}
	if seen := s.end(); len(seen) != 0 {
		t.Fatalf("history showed in the live index: %v", seen)
	}
	if st := w.Status(); st.Rebuilds != 1 {
		t.Fatalf("rebuilds %d", st.Rebuilds)
	}
}

func toLogs(l ...*types.Log) []*types.Log { return l }

// Finding 2: a reorg between the log query and the header reads was lost for good: the
// "from" header was read before the query and the "to" header after it, so logs of the
// old branch were applied under the new branch's checkpoint.
func TestReorgDuringLogQuery(t *testing.T) {
	f := pkpChain()
	cidA, cidB := cidOf(1), cidOf(2)
	w := fakeWatcher(t, f, 0, nil)
	caughtUpTo(t, w, f, 1)
	s := spyIndex(w.Index(), []uint64{1}, [][]byte{cidA}, 0)

	var once sync.Once
	switched := make(chan struct{})
	f.mu.Lock()
	f.onLogs = func(from, to uint64) {
		if from != 2 {
			return
		}
		// the answer holds the old branch; the chain switches before the headers are read
		once.Do(func() {
			f.mu.Lock()
			f.reorgLocked(2)
			f.addLocked(toLogs(permAddedLog(1, contracts.AuthAction, cidB, nil, 2)))
			f.addLocked(nil)
			f.addLocked(nil)
			f.mu.Unlock()
			close(switched)
		})
	}
	f.addLocked(toLogs(permAddedLog(1, contracts.AuthAction, cidA, nil, 2))) // 2, old branch
	f.addLocked(nil)                                                         // 3, old branch
	f.mu.Unlock()

	<-switched
	caughtUpTo(t, w, f, 4)
	ix := w.Index()
	if ix.IsPermittedAction(big.NewInt(1), cidA) || !ix.IsPermittedAction(big.NewInt(1), cidB) {
		t.Fatalf("after a reorg during the query: cidA (old branch) %v, cidB (canonical) %v",
			ix.IsPermittedAction(big.NewInt(1), cidA), ix.IsPermittedAction(big.NewInt(1), cidB))
	}
	if seen := s.end(); len(seen) != 0 {
		t.Fatalf("the old branch's permission passed CanSign: %v", seen)
	}
}

// Finding 3: a provider's cap on log results stalled the index forever (a failed range
// was retried unchanged). Now the range halves down to one block and grows back.
func TestLogResultCap(t *testing.T) {
	f := pkpChain()
	f.maxResults = 4
	cid := cidOf(1)
	f.add(permAddedLog(1, contracts.AuthAction, cid, nil, 2))
	// a flood: 3 events a block, so any range of 2 or more blocks exceeds the cap
	for range 40 {
		f.add(permRemovedLog(1, contracts.AuthAction, cid), permAddedLog(1, contracts.AuthAction, cid, nil, 4), permAddedLog(1, contracts.AuthAction, cid, nil, 6))
	}
	f.add(permRemovedLog(1, contracts.AuthAction, cid)) // the revocation after the flood
	for range 200 {
		f.add()
	}
	w := fakeWatcher(t, f, 0, func(c *Config) { c.MaxBlockRange = 64 })
	caughtUpTo(t, w, f, f.head())
	if w.Index().IsPermittedAction(big.NewInt(1), cid) {
		t.Fatal("the revocation after the flood is not in the index")
	}
	st := w.Status()
	if st.Range < 32 {
		t.Fatalf("the range did not grow back after the flood: %d", st.Range)
	}
	f.mu.Lock()
	calls := f.logCalls
	f.mu.Unlock()
	t.Logf("%d blocks indexed in %d log queries under a cap of %d results", f.head(), calls, f.maxResults)
}

// CheckSynced: a node must refuse while the watcher has not synced, is behind the
// confirmed head, or its last sync is stale.
func TestCheckSynced(t *testing.T) {
	f := pkpChain()
	for range 5 {
		f.add()
	}
	idle, err := New(Config{Client: f, Contracts: testAddrs, DB: openTestDB(t), StartBlock: 1, Logger: quietLog()})
	if err != nil {
		t.Fatal(err)
	}
	if err := idle.CheckSynced(1000); !errors.Is(err, ErrNotSynced) {
		t.Fatalf("a watcher that never synced: %v", err)
	}
	w := fakeWatcher(t, f, 2, func(c *Config) { c.StaleAfter = time.Hour })
	caughtUpTo(t, w, f, f.head()-2)
	if err := w.CheckSynced(0); err != nil {
		t.Fatalf("synced watcher: %v", err)
	}
	// the endpoint shows 10 new blocks but fails every log query for them
	f.mu.Lock()
	f.failFrom = uint64(len(f.blocks))
	f.mu.Unlock()
	for range 10 {
		f.add()
	}
	for st := w.Status(); st.Head != f.head() || st.ConsecutiveErrors == 0; st = w.Status() {
		w.mu.Lock()
		ch := w.advanced
		w.mu.Unlock()
		select {
		case <-ch:
		case <-time.After(time.Millisecond):
		}
	}
	if err := w.CheckSynced(3); !errors.Is(err, ErrNotSynced) || !strings.Contains(err.Error(), "confirmed head") {
		t.Fatalf("10 blocks behind, bound 3: %v", err)
	}
	if err := w.CheckSynced(10); err != nil {
		t.Fatalf("10 blocks behind, bound 10: %v", err)
	}
	w.cfg.StaleAfter = time.Nanosecond // only CheckSynced, on this goroutine, reads it
	if err := w.CheckSynced(10); !errors.Is(err, ErrNotSynced) || !strings.Contains(err.Error(), "last successful sync") {
		t.Fatalf("stale watcher: %v", err)
	}
}

// UseFinalized: events apply once finalized, never fewer than Confirmations deep, and
// confirmations alone decide where the endpoint has no finalized tag.
func TestUseFinalized(t *testing.T) {
	for _, c := range []struct {
		name                  string
		conf                  uint64
		finalized             int64
		wantBefore, wantAfter uint64 // checkpoint at head 7, then at head 8
	}{
		{"finalized behind the confirmations", 1, 3, 3, 3},
		{"confirmations behind the finalized block", 3, 6, 4, 5},
		{"no finalized tag", 2, -1, 5, 6},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := pkpChain()
			for range 6 {
				f.add()
			}
			f.mu.Lock()
			f.finalized = c.finalized
			f.mu.Unlock()
			w := fakeWatcher(t, f, c.conf, func(cfg *Config) { cfg.UseFinalized = true })
			caughtUpTo(t, w, f, c.wantBefore)
			// three more syncs see the new head
			tags := func() int { f.mu.Lock(); defer f.mu.Unlock(); return f.tagCalls }
			f.add(permAddedLog(1, contracts.AuthAction, cidOf(1), nil, 2))
			for seen := tags(); tags() < seen+3; {
				time.Sleep(time.Millisecond)
			}
			if cp := w.Status().Checkpoint; cp != c.wantAfter {
				t.Fatalf("checkpoint %d, want %d", cp, c.wantAfter)
			}
			if err := w.CheckSynced(0); err != nil {
				t.Fatalf("caught up to the confirmed block: %v", err)
			}
		})
	}
}

// A sync in progress (a new head seen, its logs not applied yet) does not make the node
// refuse: the lag counts against the last successful sync until this one fails.
func TestCheckSyncedDuringSync(t *testing.T) {
	f := pkpChain()
	f.add()
	w := fakeWatcher(t, f, 0, func(c *Config) { c.StaleAfter = time.Hour })
	caughtUpTo(t, w, f, f.head())
	paused, resume := make(chan struct{}), make(chan struct{})
	var once sync.Once
	f.mu.Lock()
	f.onLogs = func(from, to uint64) { once.Do(func() { close(paused); <-resume }) }
	for range 5 {
		f.addLocked(nil)
	}
	f.mu.Unlock()
	<-paused
	if st := w.Status(); st.Confirmed != f.head() || st.Checkpoint+5 != f.head() {
		t.Fatalf("status during the sync: %+v", st)
	}
	if err := w.CheckSynced(0); err != nil {
		t.Fatalf("during a sync: %v", err)
	}
	close(resume)
	caughtUpTo(t, w, f, f.head())
}
