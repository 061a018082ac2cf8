package runtime

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/crypto"
)

const (
	// killGrace is how long a worker gets past the wall time before the
	// node kills it (a native built-in may ignore the interrupt for a while).
	killGrace = time.Second
	// abortGrace is how long a worker gets to report after an abort.
	abortGrace = 500 * time.Millisecond
	// maxSigName caps a signature name.
	maxSigName = 128
)

// session is the node side of one run: it serves or refuses every message
// the worker sends and has the last word on every limit.
type session struct {
	s    *Sandbox
	p    *proc
	req  Request
	res  *Result
	lim  Limits
	logs strings.Builder

	failure  *Error // the first error the node decided (a limit, a refusal)
	healthy  bool   // the worker may be reused
	sigNames map[string]bool
	calls    int // host calls

	chanCalls int               // broadcastAndCollect and runOnce calls
	chanIndex map[string]uint32 // next occurrence index per channel name

	results chan callResult
	wg      sync.WaitGroup
	ended   chan struct{} // closed when run returns
}

// callOutcome is how the node answers a call: a value, a refusal (the
// action's promise rejects) or a fatal limit (the run ends).
type callOutcome struct {
	value   any
	refusal error
	fatal   *Error
	// apply, if set, runs in the run loop before the reply (it may touch
	// the session); an error ends the run.
	apply func(*session) *Error
}

type callResult struct {
	id     uint64
	result json.RawMessage
	err    string // refusal: the promise rejects with this
	fatal  *Error // a limit: the run ends
	apply  func(*session) *Error
}

func newSession(s *Sandbox, p *proc, req Request, res *Result) *session {
	return &session{
		s:        s,
		p:        p,
		req:      req,
		res:      res,
		lim:      s.lim,
		sigNames: make(map[string]bool),
		results:  make(chan callResult, 16),
		ended:    make(chan struct{}),
	}
}

func (ss *session) run(ctx context.Context, spec *runSpec) error {
	start := time.Now()
	callCtx, cancelCalls := context.WithDeadline(ctx, start.Add(ss.lim.WallTime))
	defer func() {
		close(ss.ended)
		cancelCalls()
		ss.wg.Wait()
	}()

	if err := ss.send(&message{T: msgRun, Run: spec}); err != nil {
		ss.p.kill()
		return ss.finish(&Error{Kind: KindWorker, Msg: fmt.Sprintf("send run: %v (%s)", err, ss.p.exitReason())})
	}
	hard := time.NewTimer(ss.lim.WallTime + killGrace)
	defer hard.Stop()
	ctxDone := ctx.Done()
	for {
		select {
		case m, ok := <-ss.p.msgs:
			if !ok {
				return ss.finish(ss.crashErr())
			}
			if m.T == msgDone {
				ss.healthy = !m.Recycle && ss.p.alive()
				var werr *Error
				if m.Kind != "" {
					werr = &Error{Kind: m.Kind, Limit: m.Limit, Msg: m.Text}
				}
				if ss.failure != nil {
					return ss.finish(ss.failure)
				}
				if werr != nil {
					return ss.finish(werr)
				}
				return ss.finish(nil)
			}
			ss.handle(callCtx, m)
		case r := <-ss.results:
			if r.fatal != nil {
				ss.fail(r.fatal)
				continue
			}
			if ss.failure != nil {
				continue // the run is ending; do not feed it
			}
			if r.apply != nil {
				if e := r.apply(ss); e != nil {
					ss.fail(e)
					continue
				}
			}
			if err := ss.send(&message{T: msgReply, ID: r.id, Result: r.result, Text: r.err}); err != nil {
				ss.fail(&Error{Kind: KindWorker, Msg: "send reply: " + err.Error()})
			}
		case <-ctxDone:
			ctxDone = nil
			ss.fail(&Error{Kind: KindCanceled, Msg: ctx.Err().Error()})
		case <-hard.C:
			// The worker ignored the wall time (or an abort): kill it. A
			// long native call that is building a huge value is a memory
			// problem, not a time one: say so.
			rss := ss.p.rssBytes()
			ss.p.kill()
			if ss.failure == nil {
				if rss > ss.lim.MemoryBytes {
					ss.failure = limitErr(LimitMemory, "the worker held %d bytes when it was killed", rss)
				} else {
					ss.failure = limitErr(LimitWallTime, "the action ran longer than %s and was killed", ss.lim.WallTime)
				}
			}
			<-ss.p.exited
			return ss.finish(ss.failure)
		}
	}
}

// finish records the outcome on the result.
func (ss *session) finish(err *Error) error {
	ss.res.Logs = ss.logs.String()
	if err == nil {
		return nil
	}
	if err.Kind == KindWorker || err.Kind == KindLimit && err.Limit == LimitMemory {
		ss.healthy = false
	}
	return err
}

// fail records the node's decision to end the run and tells the worker.
func (ss *session) fail(e *Error) {
	if ss.failure != nil {
		return
	}
	ss.failure = e
	if err := ss.send(&message{T: msgAbort, Kind: e.Kind, Limit: e.Limit, Text: e.Msg}); err != nil {
		ss.p.kill()
	}
	// The worker must report within abortGrace or be killed.
	go func(p *proc, ended <-chan struct{}) {
		t := time.NewTimer(abortGrace)
		defer t.Stop()
		select {
		case <-t.C:
			p.kill()
		case <-p.exited:
		case <-ended:
		}
	}(ss.p, ss.ended)
}

// crashErr explains a worker that went away mid-run.
func (ss *session) crashErr() *Error {
	reason := ss.p.exitReason()
	ss.healthy = false
	if ss.failure != nil {
		return ss.failure
	}
	if isOOM(ss.p.stderr.String()) {
		return limitErr(LimitMemory, "the worker ran out of memory (more than %d bytes)", ss.lim.MemoryBytes)
	}
	return &Error{Kind: KindWorker, Msg: "worker exited during the run: " + reason}
}

func (ss *session) handle(ctx context.Context, m *message) {
	if ss.failure != nil {
		return
	}
	switch m.T {
	case msgLog:
		if ss.logs.Len()+len(m.Text)+1 > ss.lim.LogBytes {
			ss.fail(limitErr(LimitLog, "more than %d bytes of console output", ss.lim.LogBytes))
			return
		}
		if ss.logs.Len() > 0 {
			ss.logs.WriteByte('\n')
		}
		ss.logs.WriteString(strings.ToValidUTF8(m.Text, "\uFFFD"))
	case msgResp:
		if len(m.Text) > ss.lim.ResponseBytes {
			ss.fail(limitErr(LimitResponse, "response of %d bytes, the limit is %d", len(m.Text), ss.lim.ResponseBytes))
			return
		}
		ss.res.Response = strings.ToValidUTF8(m.Text, "\uFFFD")
	case msgCall:
		ss.call(ctx, m)
	default:
		ss.fail(&Error{Kind: KindWorker, Msg: fmt.Sprintf("unexpected %q message during a run", m.T)})
	}
}

// reply answers a call right away.
func (ss *session) reply(id uint64, v any, refusal error) {
	r := callResult{id: id}
	if refusal != nil {
		r.err = refusal.Error()
	} else {
		b, err := json.Marshal(v)
		if err != nil {
			r.err = err.Error()
		}
		r.result = b
	}
	if err := ss.send(&message{T: msgReply, ID: r.id, Result: r.result, Text: r.err}); err != nil {
		ss.fail(&Error{Kind: KindWorker, Msg: "send reply: " + err.Error()})
	}
}

// async serves a call in its own goroutine; the answer comes back through
// ss.results to the run loop.
func (ss *session) async(ctx context.Context, id uint64, f func(context.Context) callOutcome) {
	ss.wg.Add(1)
	go func() {
		defer ss.wg.Done()
		out := f(ctx)
		r := callResult{id: id, fatal: out.fatal, apply: out.apply}
		if out.fatal == nil {
			if out.refusal != nil {
				r.err = out.refusal.Error()
			} else if b, err := json.Marshal(out.value); err != nil {
				r.err = err.Error()
			} else {
				r.result = b
			}
		}
		select {
		case ss.results <- r:
		case <-ctx.Done():
		}
	}()
}

func (ss *session) call(ctx context.Context, m *message) {
	switch m.Method {
	case callSignEcdsa, callEthPersonalSign:
		sr, err := ss.signRequest(m)
		if err != nil {
			if e, ok := err.(*Error); ok {
				ss.fail(e)
				return
			}
			ss.reply(m.ID, nil, err)
			return
		}
		ss.res.Signatures = append(ss.res.Signatures, *sr)
		ss.reply(m.ID, "success", nil)
	case callBroadcastCollect, callRunOnceShare, callRunOnceWait:
		ss.channelCall(ctx, m)
	case callDecryptAndCombine, callDecryptToSingleNode:
		ss.decryptCall(ctx, m)
	case callSignAndCombine:
		ss.signAndCombine(ctx, m)
	case callCall:
		ss.childCall(ctx, m)
	case callFetch:
		var a fetchArgs
		if err := json.Unmarshal(m.Args, &a); err != nil {
			ss.reply(m.ID, nil, fmt.Errorf("fetch: bad arguments: %w", err))
			return
		}
		if ss.res.Fetches >= ss.lim.FetchCount {
			ss.fail(limitErr(LimitFetchCount, "more than %d fetches", ss.lim.FetchCount))
			return
		}
		ss.res.Fetches++
		ss.async(ctx, m.ID, func(ctx context.Context) callOutcome {
			return ss.s.fetch(ctx, &a)
		})
	default:
		ss.calls++
		if ss.calls > ss.lim.HostCalls {
			ss.fail(limitErr(LimitHostCalls, "more than %d chain-view calls", ss.lim.HostCalls))
			return
		}
		h := ss.req.Host
		if h == nil {
			ss.reply(m.ID, nil, fmt.Errorf("%s: this node offers no chain view to actions", m.Method))
			return
		}
		method, args := m.Method, m.Args
		cidStr := ss.res.CID.String()
		ss.async(ctx, m.ID, func(ctx context.Context) callOutcome {
			v, err := serveHost(ctx, h, method, args, cidStr)
			return callOutcome{value: v, refusal: err}
		})
	}
}

// signRequest validates a signEcdsa / ethPersonalSignMessageEcdsa call. A
// limit comes back as *Error; anything else is a refusal.
func (ss *session) signRequest(m *message) (*SignRequest, error) {
	var a signArgs
	if err := json.Unmarshal(m.Args, &a); err != nil {
		return nil, fmt.Errorf("%s: bad arguments: %w", m.Method, err)
	}
	if len(ss.res.Signatures)+len(ss.res.Combined) >= ss.lim.Signatures {
		return nil, limitErr(LimitSignatures, "more than %d signatures requested", ss.lim.Signatures)
	}
	if a.SigName == "" || len(a.SigName) > maxSigName {
		return nil, fmt.Errorf("%s: sigName must be 1 to %d bytes", m.Method, maxSigName)
	}
	if ss.sigNames[a.SigName] {
		return nil, fmt.Errorf("%s: sigName %q is already used in this run", m.Method, a.SigName)
	}
	pub, err := parsePublicKey(a.PublicKey)
	if err != nil {
		return nil, fmt.Errorf("%s: publicKey: %w", m.Method, err)
	}
	sr := &SignRequest{SigName: a.SigName, PublicKey: pub}
	if m.Method == callSignEcdsa || m.Method == callSignAndCombine {
		if len(a.ToSign) != 32 {
			return nil, fmt.Errorf("%s: toSign must be a 32-byte hash, got %d bytes", m.Method, len(a.ToSign))
		}
		sr.Kind = SignEcdsa
		copy(sr.Hash[:], a.ToSign)
	} else {
		sr.Kind = SignEthPersonalSign
		sr.Message = a.Message
		copy(sr.Hash[:], accounts.TextHash(a.Message))
	}
	ss.sigNames[a.SigName] = true
	return sr, nil
}

// parsePublicKey accepts a hex secp256k1 public key, compressed (33 bytes)
// or uncompressed (65 bytes, 0x04 prefix), with or without 0x, and returns
// it uncompressed.
func parsePublicKey(s string) ([]byte, error) {
	h := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if h == "" {
		return nil, fmt.Errorf("missing")
	}
	b, err := hex.DecodeString(h)
	if err != nil {
		return nil, fmt.Errorf("not hex: %w", err)
	}
	switch len(b) {
	case 65:
		k, err := crypto.UnmarshalPubkey(b)
		if err != nil {
			return nil, fmt.Errorf("not a secp256k1 point: %w", err)
		}
		return crypto.FromECDSAPub(k), nil
	case 33:
		k, err := crypto.DecompressPubkey(b)
		if err != nil {
			return nil, fmt.Errorf("not a secp256k1 point: %w", err)
		}
		return crypto.FromECDSAPub(k), nil
	default:
		return nil, fmt.Errorf("%d bytes, want 33 or 65", len(b))
	}
}

// isOOM recognises a Go runtime that died for lack of memory: under
// RLIMIT_DATA that is a failed heap mmap or a failed thread stack.
func isOOM(stderr string) bool {
	for _, marker := range []string{"out of memory", "cannot allocate memory", "pthread_create failed", "failed to create new OS thread"} {
		if strings.Contains(stderr, marker) {
			return true
		}
	}
	return false
}

// writeTimeout bounds one write to a worker's stdin. A worker that stops
// reading (stalled, stopped, thrashing) is killed, which unblocks the write,
// so the run loop itself can never hang on a pipe.
const writeTimeout = 5 * time.Second

func (ss *session) send(m *message) error {
	t := time.AfterFunc(writeTimeout, ss.p.kill)
	defer t.Stop()
	return ss.p.fw.send(m)
}
