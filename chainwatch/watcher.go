package chainwatch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/contracts"
)

// Client is what the watcher needs from a chain connection. *ethclient.Client and the
// simulated backend's client implement it.
type Client interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// Config configures a Watcher.
type Config struct {
	Client    Client
	Contracts contracts.Addresses
	// DB is the node's one bbolt file; chainwatch keeps to its "chainwatch/" buckets.
	DB *bbolt.DB
	// StartBlock is the first block to read (the contracts' deployment block).
	StartBlock uint64
	// Confirmations: an event is applied once its block is this many blocks below the
	// head (0 applies events from the head block itself).
	Confirmations uint64
	// PollInterval is the wait between polls without a head subscription (default 2s).
	PollInterval time.Duration
	// MaxBlockRange caps one eth_getLogs query (default 1000 blocks). The watcher halves
	// the range after a failed query, down to one block, and doubles it back after each
	// success, so a provider's result cap or a response size limit cannot stall it.
	MaxBlockRange uint64
	// UseFinalized applies events only once their block is finalized (the "finalized"
	// block tag), never fewer than Confirmations below the head. Where the endpoint has no
	// finalized block, Confirmations alone decide.
	UseFinalized bool
	// StaleAfter: CheckSynced reports the index as not synced when the last successful
	// sync is older than this (default 30 poll intervals, at least 1 minute).
	StaleAfter time.Duration
	// MinBackoff and MaxBackoff bound the retry delay after an RPC error (250ms, 30s).
	MinBackoff, MaxBackoff time.Duration
	// DisableSubscription forces polling.
	DisableSubscription bool
	Logger              *slog.Logger
}

// Modes reported in Status.Mode.
const (
	ModeStarting     = "starting"
	ModeSubscription = "subscription"
	ModePolling      = "polling"
)

// Status is the watcher's health, for logs, metrics and the node's status endpoint.
type Status struct {
	Mode              string
	Healthy           bool   // the last sync succeeded
	Head              uint64 // latest head seen
	Confirmed         uint64 // the highest confirmed block at the last sync (0: none yet)
	Checkpoint        uint64 // every event up to this block is in the index
	Synced            bool   // the checkpoint is at head - confirmations
	Resolving         bool   // a reorg is being resolved or the index is being rebuilt aside
	LastSync          time.Time
	Range             uint64 // the current eth_getLogs block range
	LastError         string
	LastErrorAt       time.Time
	ConsecutiveErrors int
	Rebuilds          int // index rebuilds after a reorg deeper than the confirmations
}

// Watcher follows the contracts and maintains the Index. Create it with New and run it
// with Run; Index can be queried at any time.
type Watcher struct {
	cfg Config
	log *slog.Logger
	fp  fingerprint
	ix  *Index

	mu       sync.Mutex // guards cp, hasCP, status, advanced
	cp       checkpoint
	hasCP    bool
	status   Status
	advanced chan struct{} // closed and replaced whenever the checkpoint moves
	running  bool
	broken   bool // memory and store may differ: rebuild before the next step

	// Only the Run goroutine uses these.
	rng   uint64   // current eth_getLogs block range
	aside *rebuild // a rebuild in progress, nil when none

	// Guarded by mu. While a sync runs, CheckSynced measures the lag against the
	// confirmed block of the last successful sync (okConfirmed), so that the few
	// milliseconds between seeing a new head and applying it do not count; once the sync
	// fails, against the block it could not reach.
	inSync      bool
	okConfirmed uint64
}

// rebuild is an index state built from the start block beside the live one. It replaces
// the live state only once it reached the confirmed head.
type rebuild struct {
	st    *state
	cp    checkpoint
	hasCP bool
}

// New loads the index from cfg.DB and returns a watcher that resumes after the stored
// checkpoint. It fails if the store holds the index of other contracts.
func New(cfg Config) (*Watcher, error) {
	if cfg.Client == nil || cfg.DB == nil {
		return nil, errors.New("chainwatch: Client and DB are required")
	}
	if cfg.Contracts.PKPNFT == (common.Address{}) || cfg.Contracts.PKPPermissions == (common.Address{}) ||
		cfg.Contracts.NodeRegistry == (common.Address{}) || cfg.Contracts.PubkeyRouter == (common.Address{}) {
		return nil, errors.New("chainwatch: contract addresses are required")
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 2 * time.Second
	}
	if cfg.MaxBlockRange == 0 {
		cfg.MaxBlockRange = 1000
	}
	if cfg.MinBackoff <= 0 {
		cfg.MinBackoff = 250 * time.Millisecond
	}
	if cfg.MaxBackoff < cfg.MinBackoff {
		cfg.MaxBackoff = max(30*time.Second, cfg.MinBackoff)
	}
	if cfg.StaleAfter <= 0 {
		cfg.StaleAfter = max(time.Minute, 30*cfg.PollInterval)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	w := &Watcher{
		cfg:      cfg,
		log:      cfg.Logger.With("component", "chainwatch"),
		fp:       fingerprint{Contracts: cfg.Contracts, StartBlock: cfg.StartBlock},
		ix:       newIndex(),
		advanced: make(chan struct{}),
		status:   Status{Mode: ModeStarting, Range: cfg.MaxBlockRange},
		rng:      cfg.MaxBlockRange,
	}
	st, cp, ok, err := loadState(cfg.DB, w.fp)
	if err != nil {
		return nil, err
	}
	w.ix.st = st
	if ok {
		w.cp, w.hasCP = cp, true
		w.status.Checkpoint = cp.Number
		w.log.Info("resuming", "checkpoint", cp.Number, "pkps", len(st.pkps))
	}
	return w, nil
}

// Index returns the watcher's index.
func (w *Watcher) Index() *Index { return w.ix }

// Status returns a snapshot of the watcher's health.
func (w *Watcher) Status() Status {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.status
}

// WaitFor blocks until every event up to block n is in the index, or ctx ends.
func (w *Watcher) WaitFor(ctx context.Context, n uint64) error {
	for {
		w.mu.Lock()
		done := w.hasCP && w.cp.Number >= n
		ch := w.advanced
		w.mu.Unlock()
		if done {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for block %d: %w", n, ctx.Err())
		case <-ch:
		}
	}
}

// Run follows the chain until ctx ends. RPC errors and disconnects are retried with
// exponential backoff; they show in Status. It returns nil when ctx ends, and an error
// only if the watcher is already running.
func (w *Watcher) Run(ctx context.Context) error {
	w.mu.Lock()
	if w.running {
		w.mu.Unlock()
		return errors.New("chainwatch: already running")
	}
	w.running = true
	w.mu.Unlock()
	defer func() {
		w.mu.Lock()
		w.running = false
		w.mu.Unlock()
	}()

	heads := make(chan *types.Header, 16)
	var sub ethereum.Subscription
	defer func() {
		if sub != nil {
			sub.Unsubscribe()
		}
	}()
	trySub := !w.cfg.DisableSubscription
	backoff := w.cfg.MinBackoff
	for {
		if sub == nil && trySub {
			s, err := w.cfg.Client.SubscribeNewHead(ctx, heads)
			switch {
			case err == nil:
				sub = s
				w.setMode(ModeSubscription)
			case errors.Is(err, rpc.ErrNotificationsUnsupported):
				w.log.Info("endpoint has no subscriptions; polling eth_getLogs", "interval", w.cfg.PollInterval)
				trySub = false
				w.setMode(ModePolling)
			default:
				w.log.Warn("head subscription failed; polling until it works", "err", err)
				w.setMode(ModePolling)
			}
		} else if sub == nil {
			w.setMode(ModePolling)
		}

		err := w.sync(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			w.setError(err)
			w.log.Warn("sync failed; retrying", "err", err, "in", backoff)
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(backoff):
			}
			backoff = min(backoff*2, w.cfg.MaxBackoff)
			continue
		}
		backoff = w.cfg.MinBackoff

		wait := w.cfg.PollInterval
		var errc <-chan error
		if sub != nil {
			errc = sub.Err()
			wait = 10 * w.cfg.PollInterval // heads wake us; this is a safety net
		}
		select {
		case <-ctx.Done():
			return nil
		case <-heads:
			for len(heads) > 0 {
				<-heads
			}
		case err := <-errc:
			w.log.Warn("head subscription dropped; reconnecting", "err", err)
			sub.Unsubscribe()
			sub = nil
			w.setError(fmt.Errorf("subscription dropped: %w", err))
		case <-time.After(wait):
		}
	}
}

func (w *Watcher) setMode(m string) {
	w.mu.Lock()
	w.status.Mode = m
	w.mu.Unlock()
}

func (w *Watcher) setError(err error) {
	w.mu.Lock()
	w.status.Healthy = false
	w.status.LastError = err.Error()
	w.status.LastErrorAt = time.Now()
	w.status.ConsecutiveErrors++
	w.mu.Unlock()
}

var (
	errReorgInFlight = errors.New("chain reorganised during the sync step")
	errLogsQuery     = errors.New("eth_getLogs failed")
	// ErrNotSynced is wrapped by CheckSynced's errors.
	ErrNotSynced = errors.New("chain index not synced")
)

// CheckSynced returns nil when the index may be used for a permission decision: the
// last sync succeeded less than StaleAfter ago, no reorg is being resolved, and the
// checkpoint is at most maxLag blocks below the confirmed head (head - confirmations).
// Otherwise it returns an error wrapping ErrNotSynced that says why. A node releases no
// share while it fails.
func (w *Watcher) CheckSynced(maxLag uint64) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	st := w.status
	switch {
	case st.Resolving:
		return fmt.Errorf("%w: a chain reorganisation is being resolved (index rebuilt from block %d)", ErrNotSynced, w.cfg.StartBlock)
	case st.LastSync.IsZero():
		return fmt.Errorf("%w: no successful sync yet", ErrNotSynced)
	case time.Since(st.LastSync) > w.cfg.StaleAfter:
		return fmt.Errorf("%w: last successful sync %s ago (last error: %s)", ErrNotSynced, time.Since(st.LastSync).Round(time.Second), st.LastError)
	}
	ref := st.Confirmed
	if w.inSync {
		ref = w.okConfirmed
	}
	if ref > 0 && (!w.hasCP || w.cp.Number+maxLag < ref) {
		return fmt.Errorf("%w: index at block %d, confirmed head %d (lag bound %d)", ErrNotSynced, w.cp.Number, ref, maxLag)
	}
	return nil
}

// Synced reports whether CheckSynced(maxLag) passes.
func (w *Watcher) Synced(maxLag uint64) bool { return w.CheckSynced(maxLag) == nil }

// header fetches and sanity-checks a header.
func (w *Watcher) header(ctx context.Context, n *big.Int) (*types.Header, error) {
	h, err := w.cfg.Client.HeaderByNumber(ctx, n)
	if err != nil {
		return nil, fmt.Errorf("header %v: %w", n, err)
	}
	if h == nil || h.Number == nil || (n != nil && n.Sign() >= 0 && h.Number.Cmp(n) != 0) {
		return nil, fmt.Errorf("header %v: endpoint returned a bad header", n)
	}
	return h, nil
}

func (w *Watcher) setResolving(v bool) {
	w.mu.Lock()
	w.status.Resolving = v
	w.mu.Unlock()
}

// target returns the highest block whose events may be applied, false when none.
func (w *Watcher) target(ctx context.Context, hn uint64) (uint64, bool, error) {
	if hn < w.cfg.Confirmations+w.cfg.StartBlock {
		return 0, false, nil
	}
	t := hn - w.cfg.Confirmations
	if w.cfg.UseFinalized {
		f, err := w.cfg.Client.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
		switch {
		case err == nil && f != nil && f.Number != nil && f.Number.IsUint64():
			if fn := f.Number.Uint64(); fn < t {
				t = fn
			}
		case err == nil || errors.Is(err, ethereum.NotFound):
			// no finalized block yet: nothing is final
			return 0, false, nil
		default:
			// Endpoints without the tag answer with an error: confirmations decide.
			w.log.Debug("no finalized block tag; using confirmations", "err", err)
		}
		if t < w.cfg.StartBlock {
			return 0, false, nil
		}
	}
	return t, true, nil
}

// sync applies every confirmed block after the checkpoint.
func (w *Watcher) sync(ctx context.Context) error {
	w.mu.Lock()
	w.inSync = true
	w.mu.Unlock()
	defer func() {
		w.mu.Lock()
		w.inSync = false
		w.mu.Unlock()
	}()
	head, err := w.header(ctx, nil)
	if err != nil {
		return err
	}
	if !head.Number.IsUint64() {
		return errors.New("head number out of range")
	}
	hn := head.Number.Uint64()
	w.mu.Lock()
	w.status.Head = hn
	broken := w.broken
	cp, hasCP := w.cp, w.hasCP
	w.mu.Unlock()
	if broken && w.aside == nil {
		w.startRebuild("the index in memory may differ from the store")
	}
	target, ok, err := w.target(ctx, hn)
	if err != nil {
		return err
	}
	if ok {
		w.mu.Lock()
		w.status.Confirmed = target
		w.mu.Unlock()
	}
	if !ok {
		w.markSynced(cp.Number)
		return nil
	}

	if w.aside == nil && hasCP {
		// A missing header means the endpoint is behind (a lagging or load-balanced
		// backend): retry. Only a different canonical hash at the height is a reorg.
		h, err := w.cfg.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(cp.Number))
		if err != nil {
			return fmt.Errorf("checkpoint header %d (endpoint behind or failing; retrying): %w", cp.Number, err)
		}
		if h == nil || h.Number == nil || h.Number.Uint64() != cp.Number {
			return fmt.Errorf("checkpoint header %d: endpoint returned no or a bad header (behind?); retrying", cp.Number)
		}
		if h.Hash() != cp.Hash {
			w.startRebuild(fmt.Sprintf("checkpoint block %d %s is no longer canonical (reorg deeper than the confirmation depth)", cp.Number, cp.Hash))
		}
	}
	if w.aside != nil {
		return w.syncAside(ctx, target)
	}

	from := w.cfg.StartBlock
	if hasCP {
		from = cp.Number + 1
	}
	for from <= target {
		if err := ctx.Err(); err != nil {
			return err
		}
		to := min(from+w.rng-1, target)
		logs, toHash, err := w.fetch(ctx, from, to, cp, hasCP)
		if w.shrink(err, from, to) {
			continue
		}
		if err != nil {
			return err
		}
		if err := w.applyLive(logs, checkpoint{Number: to, Hash: toHash}); err != nil {
			return err
		}
		w.mu.Lock()
		cp, hasCP = w.cp, w.hasCP
		w.mu.Unlock()
		from = to + 1
	}
	w.markSynced(cp.Number)
	return nil
}

// shrink halves the log range after a failed query of more than one block and reports
// whether the caller should retry at once.
func (w *Watcher) shrink(err error, from, to uint64) bool {
	if err == nil {
		w.rng = min(w.rng*2, w.cfg.MaxBlockRange)
		w.setRange()
		return false
	}
	if errors.Is(err, errReorgInFlight) {
		w.setResolving(true)
	}
	if !errors.Is(err, errLogsQuery) || to == from {
		return false
	}
	w.rng = max(1, (to-from+1)/2)
	w.setRange()
	w.log.Info("log query failed; halving the block range", "from", from, "to", to, "range", w.rng, "err", err)
	return true
}

func (w *Watcher) setRange() {
	w.mu.Lock()
	w.status.Range = w.rng
	w.mu.Unlock()
}

// startRebuild starts building a new index from the start block beside the live one.
// The live index stays as it is (and the node refuses to sign) until the new one is
// complete.
func (w *Watcher) startRebuild(why string) {
	w.log.Warn("rebuilding the index from the start block beside the live one", "reason", why, "start", w.cfg.StartBlock)
	w.aside = &rebuild{st: newState()}
	w.mu.Lock()
	w.status.Rebuilds++
	w.status.Resolving = true
	w.mu.Unlock()
}

// syncAside continues the rebuild up to target and swaps it in when it gets there.
func (w *Watcher) syncAside(ctx context.Context, target uint64) error {
	a := w.aside
	if a.hasCP {
		h, err := w.header(ctx, new(big.Int).SetUint64(a.cp.Number))
		if err != nil {
			return fmt.Errorf("rebuild checkpoint header %d: %w", a.cp.Number, err)
		}
		if h.Hash() != a.cp.Hash {
			w.log.Warn("chain reorganised during the rebuild; starting it again", "checkpoint", a.cp.Number)
			a.st, a.cp, a.hasCP = newState(), checkpoint{}, false
		}
	}
	from := w.cfg.StartBlock
	if a.hasCP {
		from = a.cp.Number + 1
	}
	for from <= target {
		if err := ctx.Err(); err != nil {
			return err
		}
		to := min(from+w.rng-1, target)
		logs, toHash, err := w.fetch(ctx, from, to, a.cp, a.hasCP)
		if w.shrink(err, from, to) {
			continue
		}
		if err != nil {
			return err
		}
		var ch changes
		w.applyTo(a.st, logs, &ch)
		a.cp, a.hasCP = checkpoint{Number: to, Hash: toHash}, true
		from = to + 1
	}
	if !a.hasCP {
		return nil
	}
	// Store the whole new state in one transaction, then swap it in.
	b, err := encodeFull(w.fp, a.st, a.cp)
	if err == nil {
		err = b.write(w.cfg.DB)
	}
	if err != nil {
		return fmt.Errorf("persist the rebuilt index: %w", err)
	}
	w.ix.mu.Lock()
	w.ix.st = a.st
	w.ix.mu.Unlock()
	w.aside = nil
	w.mu.Lock()
	w.cp, w.hasCP, w.broken = a.cp, true, false
	w.status.Checkpoint = a.cp.Number
	close(w.advanced)
	w.advanced = make(chan struct{})
	w.mu.Unlock()
	w.log.Info("rebuilt index swapped in", "checkpoint", a.cp.Number)
	w.markSynced(a.cp.Number)
	return nil
}

func (w *Watcher) markSynced(cpn uint64) {
	w.mu.Lock()
	w.status.Healthy = true
	w.status.ConsecutiveErrors = 0
	w.status.LastSync = time.Now()
	if w.aside == nil {
		w.status.Resolving = false
	}
	w.status.Synced = w.status.Confirmed == 0 || (w.hasCP && cpn >= w.status.Confirmed)
	w.okConfirmed = w.status.Confirmed
	w.mu.Unlock()
}

// fetch reads the logs of blocks [from, to] and checks that they are one consistent
// view of the canonical chain that extends parent: the "to" header is read first, the
// logs next, then the header of every block with a log, and last the "from" and "to"
// headers again. A changed hash at either end means a reorg during the step.
func (w *Watcher) fetch(ctx context.Context, from, to uint64, parent checkpoint, hasParent bool) ([]*types.Log, common.Hash, error) {
	toHdr, err := w.header(ctx, new(big.Int).SetUint64(to))
	if err != nil {
		return nil, common.Hash{}, err
	}
	fromHdr := toHdr
	if to != from {
		if fromHdr, err = w.header(ctx, new(big.Int).SetUint64(from)); err != nil {
			return nil, common.Hash{}, err
		}
	}
	if hasParent && fromHdr.ParentHash != parent.Hash {
		return nil, common.Hash{}, fmt.Errorf("block %d does not extend the checkpoint: %w", from, errReorgInFlight)
	}
	logs, err := w.cfg.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: w.cfg.Contracts.List(),
	})
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("%w for blocks %d-%d: %w", errLogsQuery, from, to, err)
	}
	canon := map[uint64]common.Hash{from: fromHdr.Hash(), to: toHdr.Hash()}
	var (
		prevBlock uint64
		prevIndex uint
	)
	valid := make([]*types.Log, 0, len(logs))
	for i := range logs {
		l := &logs[i]
		if l.BlockNumber < from || l.BlockNumber > to {
			w.skip(l, fmt.Errorf("log of block %d outside the requested range %d-%d", l.BlockNumber, from, to))
			continue
		}
		if l.Removed {
			return nil, common.Hash{}, fmt.Errorf("removed log in block %d: %w", l.BlockNumber, errReorgInFlight)
		}
		if i > 0 && (l.BlockNumber < prevBlock || (l.BlockNumber == prevBlock && l.Index <= prevIndex)) {
			return nil, common.Hash{}, fmt.Errorf("eth_getLogs returned logs out of order at block %d index %d", l.BlockNumber, l.Index)
		}
		prevBlock, prevIndex = l.BlockNumber, l.Index
		h, ok := canon[l.BlockNumber]
		if !ok {
			hdr, err := w.header(ctx, new(big.Int).SetUint64(l.BlockNumber))
			if err != nil {
				return nil, common.Hash{}, err
			}
			h = hdr.Hash()
			canon[l.BlockNumber] = h
		}
		if l.BlockHash != h {
			return nil, common.Hash{}, fmt.Errorf("log of block %d from a non-canonical block %s: %w", l.BlockNumber, l.BlockHash, errReorgInFlight)
		}
		valid = append(valid, l)
	}
	// The ends again: the logs and the headers above belong to one chain only if
	// neither end moved meanwhile.
	for _, n := range []uint64{from, to} {
		hdr, err := w.header(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, common.Hash{}, err
		}
		if hdr.Hash() != canon[n] {
			return nil, common.Hash{}, fmt.Errorf("block %d changed during the log query: %w", n, errReorgInFlight)
		}
		if from == to {
			break
		}
	}
	return valid, toHdr.Hash(), nil
}

// applyTo applies logs to st. The caller holds the lock st needs, if any.
func (w *Watcher) applyTo(st *state, logs []*types.Log, ch *changes) {
	for _, l := range logs {
		switch err := applyLog(st, w.cfg.Contracts, l, ch); {
		case err == nil:
			st.applied++
		case errors.Is(err, errIgnored):
		default:
			st.skipped++
			w.skip(l, err)
		}
	}
}

// applyLive applies checked logs to the live index and persists index and checkpoint.
func (w *Watcher) applyLive(valid []*types.Log, newCP checkpoint) error {
	// Apply and encode under the index lock; write to the store outside it, so queries
	// are not blocked by the disk. Only this goroutine changes the index.
	ch := &changes{}
	w.ix.mu.Lock()
	st := w.ix.st
	w.applyTo(st, valid, ch)
	b, err := encodeBatch(w.fp, st, ch, newCP)
	w.ix.mu.Unlock()
	if err == nil {
		err = b.write(w.cfg.DB)
	}
	if err != nil {
		// Keep memory and store identical: fall back to what the store holds.
		w.ix.mu.Lock()
		if rst, rcp, ok, lerr := loadState(w.cfg.DB, w.fp); lerr == nil {
			w.ix.st = rst
			w.mu.Lock()
			w.cp, w.hasCP = rcp, ok
			w.mu.Unlock()
		} else {
			// Memory may now be ahead of the store: rebuild on the next sync.
			w.log.Error("reloading the index after a failed write; will rebuild", "err", lerr)
			w.mu.Lock()
			w.broken = true
			w.status.Resolving = true
			w.mu.Unlock()
		}
		w.ix.mu.Unlock()
		return fmt.Errorf("persist blocks up to %d: %w", newCP.Number, err)
	}

	w.mu.Lock()
	w.cp, w.hasCP = newCP, true
	w.status.Checkpoint = newCP.Number
	close(w.advanced)
	w.advanced = make(chan struct{})
	w.mu.Unlock()
	return nil
}

func (w *Watcher) skip(l *types.Log, reason error) {
	var topic common.Hash
	if len(l.Topics) > 0 {
		topic = l.Topics[0]
	}
	w.log.Warn("skipping log", "reason", reason, "block", l.BlockNumber, "tx", l.TxHash, "index", l.Index,
		"address", l.Address, "topic", topic)
}

// Snapshot returns a canonical JSON dump of the index, for tests and debugging. Two
// indexes with equal snapshots answer every query the same.
func (ix *Index) Snapshot() []byte {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	type pk struct {
		Token uint64    `json:"token"`
		Rec   pkpRecord `json:"rec"`
	}
	var out struct {
		Global globalRecord `json:"global"`
		PKPs   []pk         `json:"pkps"`
	}
	st := ix.st
	out.Global = globalRecord{Epoch: st.epoch, RootKey: st.rootKey, RootKeyEpoch: st.rootKeyEpoch, Transition: encodeTransition(&st.trans), Applied: st.applied, Skipped: st.skipped}
	for _, n := range st.nodes {
		out.Global.Nodes = append(out.Global.Nodes, nodeRecord{Operator: n.Operator, Party: n.Party, PeerID: n.PeerID, Hints: n.Hints})
	}
	keys := make([]uint64, 0, len(st.pkps))
	for k := range st.pkps {
		keys = append(keys, k)
	}
	sortUint64(keys)
	for _, k := range keys {
		b, _ := encodePKP(st.pkps[k])
		var r pkpRecord
		_ = json.Unmarshal(b, &r)
		out.PKPs = append(out.PKPs, pk{k, r})
	}
	b, _ := json.Marshal(out)
	return b
}
