package runtime

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/ipfs/go-cid"

	"github.com/pkpnet/pkpnet/actionid"
)

// maxRunsPerWorker bounds how long one worker process lives, so that any
// slow leak in the JS engine cannot accumulate.
const maxRunsPerWorker = 10000

// WorkerCommand says how to start a worker process. The zero value starts
// this executable with the hidden subcommand and an empty environment.
type WorkerCommand struct {
	Path string   // "" = os.Executable()
	Args []string // nil = ["sandbox-worker"]; the runtime appends its own flags
	Env  []string // nil = empty environment
}

// Isolation selects how hard the runtime insists on OS isolation of workers.
type Isolation int

const (
	// IsolationAuto applies every isolation step the kernel and privileges
	// allow, logs the ones that fail and runs anyway.
	IsolationAuto Isolation = iota
	// IsolationRequired refuses to run workers unless namespaces, the empty
	// root and the rlimits all apply.
	IsolationRequired
	// IsolationNone only applies the rlimits (for debugging).
	IsolationNone
)

// Config configures a Sandbox.
type Config struct {
	Workers   int    // pre-started workers; 0 = 2
	Limits    Limits // zero fields take DefaultLimits
	Command   WorkerCommand
	Isolation Isolation
	// AllowPrivateFetch lets actions fetch loopback, private and link-local
	// addresses. Off by default: actions must not reach the node's own
	// services. Tests against httptest servers turn it on.
	AllowPrivateFetch bool
	// HTTPClient, if set, replaces the fetch client (and its address policy).
	HTTPClient *http.Client
	Logger     *slog.Logger
	// StartTimeout bounds a worker's start-up (default 10s).
	StartTimeout time.Duration
}

// Request is one action run.
type Request struct {
	Code []byte
	// JSParams is a JSON object (or empty). Its keys become globals.
	JSParams []byte
	// ExpectedCID, if defined, must equal the code's CID (code fetched by CID).
	ExpectedCID cid.Cid
	// ParentActionIDs is the action CID stack of the caller (usually empty);
	// the run's own CID is pushed on top for Lit.Auth.actionIpfsIds.
	ParentActionIDs []string
	// childCalls counts the Lit.Actions.call calls of the whole request
	// (set by the top-level run, shared by its nested runs).
	childCalls *atomic.Int32
	// AuthSigAddress is the caller's address, already verified by the node.
	AuthSigAddress string
	// Host answers permission views and chain reads; nil refuses them.
	Host Host
	// Peers is the channel to the request's other nodes
	// (broadcastAndCollect, runOnce); nil refuses those calls, and runOnce
	// then runs its function on this node alone.
	Peers Peers
	// Decrypter releases this node's decryption shares
	// (decryptAndCombine); nil refuses those calls.
	Decrypter Decrypter
	// Combiner signs during the run for signAndCombineEcdsa; nil refuses
	// those calls.
	Combiner Combiner
	// Loader loads actions by CID for Lit.Actions.call; nil refuses it.
	Loader ActionLoader
	// AuthMethodContexts are the auth methods the node verified for this
	// request (Lit.Auth.authMethodContexts).
	AuthMethodContexts []AuthMethodContext
}

// AuthMethodContext is one verified auth method, as an action sees it.
type AuthMethodContext struct {
	AuthMethodType uint64 `json:"authMethodType"`
	UserID         string `json:"userId"` // 0x-hex auth method ID
	AppID          string `json:"appId"`  // OIDC: the audience
	Issuer         string `json:"issuer,omitempty"`
	Subject        string `json:"subject,omitempty"`
	Expiration     int64  `json:"expiration,omitempty"` // Unix seconds
}

// SignKind says how a signature request's hash was made.
type SignKind string

const (
	SignEcdsa           SignKind = "ecdsa"             // signEcdsa: the 32 bytes as given
	SignEthPersonalSign SignKind = "eth_personal_sign" // EIP-191 hash of Message
)

// SignRequest is a signature the action asked for. The node signs it after
// the run, after its own permission check.
type SignRequest struct {
	SigName   string
	Kind      SignKind
	Hash      [32]byte
	PublicKey []byte // 65-byte uncompressed secp256k1 key
	Message   []byte // the personal message, for SignEthPersonalSign
	// ActionCID is the action that asked, when it is a nested one
	// (Lit.Actions.call); undefined for the run's own action.
	ActionCID cid.Cid
}

// Result is what a run produced. On failure Run returns the partial Result
// (logs so far, ...) together with the error.
type Result struct {
	CID        cid.Cid
	Response   string
	Logs       string
	Signatures []SignRequest
	// Combined are the signatures made during the run
	// (signAndCombineEcdsa), already combined; the node does not sign
	// them again after the run.
	Combined []SignRequest
	Fetches  int
	Duration time.Duration
}

// Sandbox runs actions in a pool of pre-started worker processes.
type Sandbox struct {
	cfg    Config
	lim    Limits
	log    *slog.Logger
	client *http.Client
	jail   string

	idle     chan *proc
	closed   chan struct{}
	once     sync.Once
	mu       sync.Mutex // guards isClosed and wg.Add against Close
	isClosed bool
	wg       sync.WaitGroup // replacement goroutines

	procsMu sync.Mutex
	procs   map[*proc]struct{} // every live worker, idle or busy

	isoMu      sync.Mutex
	noNS       bool            // namespaces failed once: do not try again
	warnedIsos map[string]bool // isolation failures already logged
}

// New starts the worker pool. It fails if a worker cannot start.
func New(cfg Config) (*Sandbox, error) {
	if cfg.Workers <= 0 {
		cfg.Workers = 2
	}
	if cfg.StartTimeout <= 0 {
		cfg.StartTimeout = 10 * time.Second
	}
	lim := cfg.Limits.withDefaults()
	if err := lim.validate(); err != nil {
		return nil, fmt.Errorf("sandbox: %w", err)
	}
	if cfg.Command.Path == "" {
		exe, err := os.Executable()
		if err != nil {
			return nil, fmt.Errorf("sandbox: worker executable: %w", err)
		}
		cfg.Command.Path = exe
	}
	if cfg.Command.Args == nil {
		cfg.Command.Args = []string{WorkerCommandName}
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	s := &Sandbox{
		cfg:        cfg,
		lim:        lim,
		log:        log.With("component", "runtime"),
		idle:       make(chan *proc, cfg.Workers),
		closed:     make(chan struct{}),
		warnedIsos: make(map[string]bool),
		procs:      make(map[*proc]struct{}),
	}
	s.client = cfg.HTTPClient
	if s.client == nil {
		s.client = newFetchClient(cfg.AllowPrivateFetch)
	}
	if cfg.Isolation != IsolationNone {
		dir, err := os.MkdirTemp("", "pkpnet-sandbox-jail-")
		if err != nil {
			return nil, fmt.Errorf("sandbox: jail dir: %w", err)
		}
		if err := os.Chmod(dir, 0o100); err != nil {
			_ = os.Remove(dir)
			return nil, fmt.Errorf("sandbox: jail dir: %w", err)
		}
		s.jail = dir
	}
	for range cfg.Workers {
		p, err := s.startWorker()
		if err != nil {
			_ = s.Close()
			return nil, fmt.Errorf("sandbox: start worker: %w", err)
		}
		s.idle <- p
	}
	return s, nil
}

// Limits returns the limits in force (defaults filled in).
func (s *Sandbox) Limits() Limits { return s.lim }

// Close stops every worker and waits for the pool's goroutines.
func (s *Sandbox) Close() error {
	s.once.Do(func() {
		s.mu.Lock()
		s.isClosed = true
		close(s.closed)
		s.mu.Unlock()
		s.wg.Wait()
		for {
			select {
			case p := <-s.idle:
				p.stop()
				continue
			default:
			}
			break
		}
		if s.jail != "" {
			_ = os.Remove(s.jail)
		}
	})
	return nil
}

// Run checks the request, runs it on a warm worker and returns the result.
// Bad input is refused before a worker is used. On a failed run, Run returns
// the partial result and an *Error that names the cause (a limit, a script
// error, a refused call, a worker crash). A crashed or killed worker is
// replaced in the background.
func (s *Sandbox) Run(ctx context.Context, req Request) (*Result, error) {
	spec, id, err := s.prepare(req)
	if err != nil {
		return nil, err
	}
	p, err := s.acquire(ctx)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	res := &Result{CID: id}
	sess := newSession(s, p, req, res)
	err = sess.run(ctx, spec)
	res.Duration = time.Since(start)
	s.release(p, sess.healthy)
	if err != nil {
		return res, err
	}
	return res, nil
}

// prepare validates the request and builds the worker's run spec.
func (s *Sandbox) prepare(req Request) (*runSpec, cid.Cid, error) {
	if len(req.Code) == 0 {
		return nil, cid.Undef, inputErr("empty action code")
	}
	if len(req.Code) > s.lim.CodeBytes {
		return nil, cid.Undef, limitErr(LimitCode, "code of %d bytes, the limit is %d", len(req.Code), s.lim.CodeBytes)
	}
	if !utf8.Valid(req.Code) {
		return nil, cid.Undef, inputErr("action code is not valid UTF-8")
	}
	params := json.RawMessage(strings.TrimSpace(string(req.JSParams)))
	if len(params) > s.lim.ParamsBytes {
		return nil, cid.Undef, limitErr(LimitParams, "jsParams of %d bytes, the limit is %d", len(params), s.lim.ParamsBytes)
	}
	if len(params) > 0 {
		var keys map[string]json.RawMessage
		if err := json.Unmarshal(params, &keys); err != nil {
			return nil, cid.Undef, inputErr("jsParams must be a JSON object: %v", err)
		}
		if keys == nil {
			return nil, cid.Undef, inputErr("jsParams must be a JSON object, not null")
		}
		for k := range keys {
			if reservedGlobals[k] {
				return nil, cid.Undef, inputErr("jsParams key %q is reserved", k)
			}
		}
	}
	id, err := actionid.CID(req.Code)
	if err != nil {
		return nil, cid.Undef, inputErr("%v", err)
	}
	if req.ExpectedCID.Defined() && !req.ExpectedCID.Equals(id) {
		return nil, cid.Undef, inputErr("code hashes to %s, not the requested %s", id, req.ExpectedCID)
	}
	stack := append(append([]string(nil), req.ParentActionIDs...), id.String())
	return &runSpec{
		Code:   string(req.Code),
		Params: params,
		Auth:   authSpec{ActionIPFSIDs: stack, AuthSigAddress: req.AuthSigAddress, AuthMethodContexts: req.AuthMethodContexts},
		Runner: req.Peers == nil || req.Peers.Self() == req.Peers.Leader(),
		Alone:  req.Peers == nil,
		Nested: len(req.ParentActionIDs) > 0,
		Limits: s.workerLimits(),
	}, id, nil
}

func (s *Sandbox) workerLimits() workerLimits {
	return workerLimits{
		WallMillis:     s.lim.WallTime.Milliseconds(),
		MemoryBytes:    s.lim.MemoryBytes,
		CallStackDepth: s.lim.CallStackDepth,
		ResponseBytes:  s.lim.ResponseBytes,
		LogBytes:       s.lim.LogBytes,
		FetchCount:     s.lim.FetchCount,
		Signatures:     s.lim.Signatures,
		ArgBytes:       max(s.lim.FetchRequestBytes+4096, 64<<10),
	}
}

// workerFrameLimit caps frames from a worker: the largest legitimate one is
// a log line, a response or a fetch request, base64 and JSON included.
func (s *Sandbox) workerFrameLimit() int {
	m := max(s.lim.ResponseBytes, s.lim.LogBytes, s.workerLimits().ArgBytes)
	return 2*m + 64<<10
}

func (s *Sandbox) acquire(ctx context.Context) (*proc, error) {
	for {
		select {
		case p := <-s.idle:
			if p.alive() {
				return p, nil
			}
			s.replace(p)
		case <-ctx.Done():
			return nil, &Error{Kind: KindCanceled, Msg: fmt.Sprintf("waiting for a worker: %v", ctx.Err())}
		case <-s.closed:
			return nil, &Error{Kind: KindClosed, Msg: "sandbox closed"}
		}
	}
}

func (s *Sandbox) release(p *proc, healthy bool) {
	select {
	case <-s.closed:
		p.stop()
		return
	default:
	}
	p.runs++
	if healthy && p.alive() && p.runs < maxRunsPerWorker {
		s.idle <- p
		return
	}
	s.replace(p)
}

// replace stops p and starts a new worker in the background, retrying with
// backoff until it starts or the sandbox closes.
func (s *Sandbox) replace(p *proc) {
	p.stop()
	s.mu.Lock()
	if s.isClosed {
		s.mu.Unlock()
		return
	}
	s.wg.Add(1)
	s.mu.Unlock()
	go func() {
		defer s.wg.Done()
		backoff := 50 * time.Millisecond
		for {
			select {
			case <-s.closed:
				return
			default:
			}
			np, err := s.startWorker()
			if err == nil {
				select {
				case s.idle <- np:
				case <-s.closed:
					np.stop()
				}
				return
			}
			s.log.Error("sandbox worker restart failed", "err", err, "retry_in", backoff)
			select {
			case <-time.After(backoff):
			case <-s.closed:
				return
			}
			backoff = min(2*backoff, 5*time.Second)
		}
	}()
}

// workerPIDs lists the live workers' process IDs (for tests and metrics).
func (s *Sandbox) workerPIDs() []int {
	s.procsMu.Lock()
	defer s.procsMu.Unlock()
	out := make([]int, 0, len(s.procs))
	for p := range s.procs {
		if p.alive() {
			out = append(out, p.pid())
		}
	}
	return out
}
