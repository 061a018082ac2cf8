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
	// MaxBlockRange caps one eth_getLogs query (default 1000 blocks).
	MaxBlockRange uint64
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
	Checkpoint        uint64 // every event up to this block is in the index
	Synced            bool   // the checkpoint is at head - confirmations
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
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	w := &Watcher{
		cfg:      cfg,
		log:      cfg.Logger.With("component", "chainwatch"),
		fp:       fingerprint{Contracts: cfg.Contracts, StartBlock: cfg.StartBlock},
		ix:       newIndex(),
		advanced: make(chan struct{}),
		status:   Status{Mode: ModeStarting},
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

var errReorgInFlight = errors.New("chain reorganised during the sync step")

// header fetches and sanity-checks a header.
func (w *Watcher) header(ctx context.Context, n *big.Int) (*types.Header, error) {
	h, err := w.cfg.Client.HeaderByNumber(ctx, n)
	if err != nil {
		return nil, fmt.Errorf("header %v: %w", n, err)
	}
	if h == nil || h.Number == nil || (n != nil && h.Number.Cmp(n) != 0) {
		return nil, fmt.Errorf("header %v: endpoint returned a bad header", n)
	}
	return h, nil
}

// sync applies every confirmed block after the checkpoint.
func (w *Watcher) sync(ctx context.Context) error {
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
	w.mu.Unlock()
	if broken {
		if err := w.rebuild(); err != nil {
			return err
		}
	}
	w.mu.Lock()
	cp, hasCP := w.cp, w.hasCP
	w.mu.Unlock()
	if hn < w.cfg.Confirmations+w.cfg.StartBlock {
		w.markSynced(cp.Number, true)
		return nil
	}
	target := hn - w.cfg.Confirmations

	if hasCP {
		h, err := w.cfg.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(cp.Number))
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return fmt.Errorf("checkpoint header %d: %w", cp.Number, err)
		}
		if err != nil || h == nil || h.Hash() != cp.Hash {
			w.log.Warn("checkpoint block is no longer canonical (reorg deeper than the confirmation depth); rebuilding the index from the start block",
				"checkpoint", cp.Number, "hash", cp.Hash)
			if err := w.rebuild(); err != nil {
				return err
			}
			hasCP = false
		}
	}
	from := w.cfg.StartBlock
	if hasCP {
		from = cp.Number + 1
	}
	for from <= target {
		if err := ctx.Err(); err != nil {
			return err
		}
		to := min(from+w.cfg.MaxBlockRange-1, target)
		if err := w.step(ctx, from, to, cp, hasCP); err != nil {
			return err
		}
		w.mu.Lock()
		cp, hasCP = w.cp, w.hasCP
		w.mu.Unlock()
		from = to + 1
	}
	w.markSynced(cp.Number, true)
	return nil
}

func (w *Watcher) markSynced(cpn uint64, ok bool) {
	w.mu.Lock()
	w.status.Healthy = ok
	w.status.ConsecutiveErrors = 0
	head := w.status.Head
	w.status.Synced = head < w.cfg.StartBlock+w.cfg.Confirmations || (w.hasCP && cpn+w.cfg.Confirmations >= head)
	w.mu.Unlock()
}

// step reads blocks [from, to], checks that every log belongs to the canonical chain
// that extends the checkpoint, applies the logs and persists index and checkpoint.
func (w *Watcher) step(ctx context.Context, from, to uint64, cp checkpoint, hasCP bool) error {
	fromHdr, err := w.header(ctx, new(big.Int).SetUint64(from))
	if err != nil {
		return err
	}
	if hasCP && fromHdr.ParentHash != cp.Hash {
		return fmt.Errorf("block %d does not extend the checkpoint: %w", from, errReorgInFlight)
	}
	addrs := w.cfg.Contracts.List()
	logs, err := w.cfg.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: addrs,
	})
	if err != nil {
		return fmt.Errorf("eth_getLogs %d-%d: %w", from, to, err)
	}
	toHdr := fromHdr
	if to != from {
		if toHdr, err = w.header(ctx, new(big.Int).SetUint64(to)); err != nil {
			return err
		}
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
			return fmt.Errorf("removed log in block %d: %w", l.BlockNumber, errReorgInFlight)
		}
		if i > 0 && (l.BlockNumber < prevBlock || (l.BlockNumber == prevBlock && l.Index <= prevIndex)) {
			return fmt.Errorf("eth_getLogs returned logs out of order at block %d index %d", l.BlockNumber, l.Index)
		}
		prevBlock, prevIndex = l.BlockNumber, l.Index
		h, ok := canon[l.BlockNumber]
		if !ok {
			hdr, err := w.header(ctx, new(big.Int).SetUint64(l.BlockNumber))
			if err != nil {
				return err
			}
			h = hdr.Hash()
			canon[l.BlockNumber] = h
		}
		if l.BlockHash != h {
			return fmt.Errorf("log of block %d from a non-canonical block %s: %w", l.BlockNumber, l.BlockHash, errReorgInFlight)
		}
		valid = append(valid, l)
	}

	// Apply and encode under the index lock; write to the store outside it, so queries
	// are not blocked by the disk. Only this goroutine changes the index.
	ch := &changes{}
	newCP := checkpoint{Number: to, Hash: toHdr.Hash()}
	w.ix.mu.Lock()
	st := w.ix.st
	for _, l := range valid {
		switch err := applyLog(st, w.cfg.Contracts, l, ch); {
		case err == nil:
			st.applied++
		case errors.Is(err, errIgnored):
		default:
			st.skipped++
			w.skip(l, err)
		}
	}
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
			w.mu.Unlock()
		}
		w.ix.mu.Unlock()
		return fmt.Errorf("persist blocks %d-%d: %w", from, to, err)
	}

	w.mu.Lock()
	w.cp, w.hasCP = newCP, true
	w.status.Checkpoint = to
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

// rebuild forgets the index and checkpoint, in memory and in the store.
func (w *Watcher) rebuild() error {
	if err := wipe(w.cfg.DB); err != nil {
		return fmt.Errorf("wipe index: %w", err)
	}
	w.ix.mu.Lock()
	w.ix.st = newState()
	w.ix.mu.Unlock()
	w.mu.Lock()
	w.cp, w.hasCP, w.broken = checkpoint{}, false, false
	w.status.Rebuilds++
	w.status.Checkpoint = 0
	w.mu.Unlock()
	return nil
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
	out.Global = globalRecord{Epoch: st.epoch, RootKey: st.rootKey, RootKeyEpoch: st.rootKeyEpoch, Applied: st.applied, Skipped: st.skipped}
	for _, n := range st.nodes {
		out.Global.Nodes = append(out.Global.Nodes, nodeRecord{Operator: n.Operator, PeerID: n.PeerID, Hints: n.Hints})
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
