package runtime

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	goruntime "runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
)

// WorkerCommandName is the hidden subcommand that runs a sandbox worker.
const WorkerCommandName = "sandbox-worker"

// The action runs inside an async function so that top-level await works,
// as it does in Lit's runtime. The prefix has no newline, so line numbers in
// errors match the action's own.
const (
	wrapPrefix = "(async () => {"
	wrapSuffix = "\n})()"
)

// maxErrorText caps the error text (message and JS stack) a worker reports.
const maxErrorText = 8 << 10

// WorkerMain is the body of the sandbox worker process (`pkpnet
// sandbox-worker`). It hardens the process (see harden_*.go), then serves
// runs from stdin, writing to stdout, until stdin closes. It returns the
// process exit code. It holds no key material: it only ever receives code,
// jsParams and the answers to its own calls.
func WorkerMain(args []string) int {
	fs := flag.NewFlagSet(WorkerCommandName, flag.ContinueOnError)
	fs.SetOutput(os.Stderr)
	mem := fs.Int64("mem", DefaultLimits.MemoryBytes, "heap cap in bytes (watchdog and GOMEMLIMIT)")
	dataLimit := fs.Int64("rlimit-data", 0, "RLIMIT_DATA in bytes (0: none)")
	jail := fs.String("jail", "", "empty directory to chroot into")
	uid := fs.Int("uid", -1, "uid to switch to after chroot (-1: keep)")
	gid := fs.Int("gid", -1, "gid to switch to after chroot (-1: keep)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	applied, failed := hardenWorker(hardenOptions{
		dataLimit: *dataLimit,
		jail:      *jail,
		uid:       *uid,
		gid:       *gid,
	})
	// Actions see UTC on every node (and the jail has no zoneinfo anyway).
	time.Local = time.UTC
	debug.SetMemoryLimit(memoryTarget(*mem))

	w := &worker{in: os.Stdin, fw: &frameWriter{w: os.Stdout}}
	if err := w.fw.send(&message{T: msgReady, Applied: applied, Failed: failed}); err != nil {
		fmt.Fprintln(os.Stderr, "sandbox worker:", err)
		return 1
	}
	w.serve()
	return 0
}

// worker is the worker-process side: one run at a time.
type worker struct {
	in  io.Reader
	fw  *frameWriter
	cur atomic.Pointer[job]
	// spare is a VM with ethers already loaded, built while the worker is
	// idle once it has seen an action that uses ethers (see ethers.go).
	spare chan *preloaded
	// building says a spare is being built or waits in spare.
	building bool
}

func (w *worker) serve() {
	runs := make(chan *runSpec)
	go w.readLoop(runs)
	for spec := range runs {
		w.run(spec)
	}
}

// readLoop owns stdin. It hands runs to serve and replies and aborts to the
// current job. It ends (closing runs) when the node closes the pipe.
func (w *worker) readLoop(runs chan<- *runSpec) {
	defer close(runs)
	var hdr [4]byte
	for {
		m, err := decodeFrame(w.in, &hdr, maxFrame)
		if err != nil {
			if j := w.cur.Load(); j != nil {
				j.abort(&Error{Kind: KindWorker, Msg: "node closed the channel"})
			}
			return
		}
		switch m.T {
		case msgRun:
			if m.Run != nil {
				runs <- m.Run
			}
		case msgReply, msgAbort:
			if j := w.cur.Load(); j != nil {
				j.post(m)
			}
		}
	}
}

func (w *worker) run(spec *runSpec) {
	j := newJob(spec, w.fw)
	usesEthers := strings.Contains(spec.Code, "ethers")
	if usesEthers {
		if pl := w.takeSpare(); pl != nil {
			j.adopt(pl)
		}
	}
	w.cur.Store(j)
	err := j.execute()
	close(j.done)
	w.cur.Store(nil)
	if usesEthers {
		defer w.buildSpare()
	}
	done := &message{T: msgDone, Recycle: j.memHit.Load()}
	if err != nil {
		var e *Error
		if !errors.As(err, &e) {
			e = &Error{Kind: KindWorker, Msg: err.Error()}
		}
		done.Kind, done.Limit, done.Text = e.Kind, e.Limit, truncate(e.Msg, maxErrorText)
		if e.Kind == KindLimit && (e.Limit == LimitMemory || e.Limit == LimitWallTime) {
			done.Recycle = true
		}
	}
	_ = w.fw.send(done)
	// A run that built a big heap leaves garbage behind: return it to the
	// OS now rather than carry it into the next run.
	if heapObjects() > uint64(spec.Limits.MemoryBytes)/4 {
		debug.FreeOSMemory()
	}
}

func heapObjects() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// pendingCall is a promise waiting for the node's reply.
type pendingCall struct {
	method          string
	resolve, reject func(any) error
}

// job is one run inside the worker. Everything except post, abort and the
// fields marked atomic belongs to the goroutine that runs execute.
type job struct {
	spec  *runSpec
	lim   workerLimits
	fw    *frameWriter
	vm    *goja.Runtime
	qmu   sync.Mutex
	queue []*message // replies and timer events, in arrival order
	wake  chan struct{}
	done  chan struct{}

	abortErr atomic.Pointer[Error]
	memHit   atomic.Bool

	nextCall  uint64
	pending   map[uint64]pendingCall
	nextTimer int64
	timers    map[int64]*time.Timer
	callbacks map[int64]func() error
	unhandled map[*goja.Promise]struct{}

	logBytes, fetches, sigs int

	jsonParse, jsonStringify, freeze goja.Callable
	errorCtor                        goja.Value
	u8Ctor                           *goja.Object
	pre                              *preloaded // the VM was preloaded with ethers
}

// takeSpare waits for the spare VM if one is being built (building one now
// would take as long), or returns nil for the first ethers action.
func (w *worker) takeSpare() *preloaded {
	if !w.building {
		return nil
	}
	w.building = false
	pl := <-w.spare
	if pl.err != nil {
		return nil
	}
	return pl
}

// buildSpare starts building the next spare VM in the background.
func (w *worker) buildSpare() {
	if w.building {
		return
	}
	if w.spare == nil {
		w.spare = make(chan *preloaded, 1)
	}
	w.building = true
	go func() { w.spare <- buildPreloaded() }()
}

func newJob(spec *runSpec, fw *frameWriter) *job {
	return &job{
		spec:      spec,
		lim:       spec.Limits,
		vm:        goja.New(),
		fw:        fw,
		wake:      make(chan struct{}, 1),
		done:      make(chan struct{}),
		pending:   make(map[uint64]pendingCall),
		timers:    make(map[int64]*time.Timer),
		callbacks: make(map[int64]func() error),
		unhandled: make(map[*goja.Promise]struct{}),
	}
}

// post delivers a reply, abort or timer event to the job's loop. It never
// blocks, so the reader always stays free to see an abort.
func (j *job) post(m *message) {
	if m.T == msgAbort {
		e := &Error{Kind: m.Kind, Limit: m.Limit, Msg: m.Text}
		if e.Kind == "" {
			e.Kind = KindCanceled
		}
		j.abort(e)
		return
	}
	j.qmu.Lock()
	j.queue = append(j.queue, m)
	j.qmu.Unlock()
	j.signal()
}

func (j *job) signal() {
	select {
	case j.wake <- struct{}{}:
	default:
	}
}

// next takes the oldest queued event, or nil.
func (j *job) next() *message {
	j.qmu.Lock()
	defer j.qmu.Unlock()
	if len(j.queue) == 0 {
		return nil
	}
	m := j.queue[0]
	j.queue[0] = nil
	j.queue = j.queue[1:]
	return m
}

// abort stops the run with e (the first abort wins). Safe from any goroutine.
func (j *job) abort(e *Error) {
	if !j.abortErr.CompareAndSwap(nil, e) {
		return
	}
	j.vm.Interrupt(e)
	j.signal()
}

func (j *job) execute() error {
	vm := j.vm
	if j.lim.CallStackDepth > 0 {
		vm.SetMaxCallStackSize(j.lim.CallStackDepth)
	}
	vm.SetPromiseRejectionTracker(j.track)
	if err := j.install(); err != nil {
		return j.mapErr(err)
	}
	prog, err := goja.Compile("action.js", wrapPrefix+j.spec.Code+wrapSuffix, false)
	if err != nil {
		return &Error{Kind: KindScript, Msg: err.Error()}
	}

	wall := time.Duration(j.lim.WallMillis) * time.Millisecond
	wallErr := limitErr(LimitWallTime, "the action ran longer than %s", wall)
	wallTimer := time.AfterFunc(wall, func() { j.abort(wallErr) })
	defer wallTimer.Stop()
	stopWatchdog := j.watchMemory()
	defer stopWatchdog()
	defer func() {
		for _, t := range j.timers {
			t.Stop()
		}
	}()

	v, err := vm.RunProgram(prog)
	if err != nil {
		return j.mapErr(err)
	}
	p, ok := v.Export().(*goja.Promise)
	if !ok {
		return &Error{Kind: KindWorker, Msg: "action wrapper did not return a promise"}
	}
	for {
		if e := j.abortErr.Load(); e != nil {
			return e
		}
		switch p.State() {
		case goja.PromiseStateRejected:
			return j.scriptErr("uncaught (in promise)", p.Result())
		case goja.PromiseStateFulfilled:
			if len(j.pending) == 0 && len(j.timers) == 0 {
				return j.checkUnhandled()
			}
		}
		if err := j.checkUnhandled(); err != nil {
			return err
		}
		if p.State() == goja.PromiseStatePending && len(j.pending) == 0 && len(j.timers) == 0 {
			return &Error{Kind: KindScript, Msg: "the action awaits a promise that nothing can settle"}
		}
		m := j.next()
		if m == nil {
			<-j.wake
			continue
		}
		if err := j.handle(m); err != nil {
			return j.mapErr(err)
		}
	}
}

// track follows promise rejections nobody handles.
func (j *job) track(p *goja.Promise, op goja.PromiseRejectionOperation) {
	if op == goja.PromiseRejectionReject {
		j.unhandled[p] = struct{}{}
	} else {
		delete(j.unhandled, p)
	}
}

func (j *job) checkUnhandled() error {
	for p := range j.unhandled {
		return j.scriptErr("unhandled promise rejection", p.Result())
	}
	return nil
}

// handle runs one event (a reply or a timer) on the VM.
func (j *job) handle(m *message) error {
	switch m.T {
	case msgReply:
		pc, ok := j.pending[m.ID]
		if !ok {
			return nil
		}
		delete(j.pending, m.ID)
		if m.Text != "" {
			return pc.reject(j.newError(m.Text))
		}
		v, err := j.decodeReply(pc.method, m.Result)
		if err != nil {
			return pc.reject(j.newError(err.Error()))
		}
		return pc.resolve(v)
	case "timer":
		cb, ok := j.callbacks[int64(m.ID)]
		if !ok {
			return nil
		}
		delete(j.callbacks, int64(m.ID))
		delete(j.timers, int64(m.ID))
		return cb()
	}
	return nil
}

// mapErr turns what goja returned into a run error.
func (j *job) mapErr(err error) error {
	if e := j.abortErr.Load(); e != nil {
		return e
	}
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		if e, ok := ie.Value().(*Error); ok {
			return e
		}
		return &Error{Kind: KindWorker, Msg: "interrupted"}
	}
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		return limitErr(LimitCallStack, "the action nested calls deeper than %d", j.lim.CallStackDepth)
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return &Error{Kind: KindScript, Msg: truncate(ex.Error(), maxErrorText)}
	}
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return &Error{Kind: KindScript, Msg: truncate(err.Error(), maxErrorText)}
}

func (j *job) scriptErr(prefix string, v goja.Value) error {
	msg := "undefined"
	if v != nil {
		msg = j.describe(v)
		if o, ok := v.(*goja.Object); ok {
			if st := o.Get("stack"); st != nil && !goja.IsUndefined(st) && st.String() != "" {
				msg = st.String()
			}
		}
	}
	return &Error{Kind: KindScript, Msg: truncate(prefix+": "+msg, maxErrorText)}
}

// describe renders a value for an error message or a log line without
// trusting it: a throwing toString gives a placeholder, not a crash.
func (j *job) describe(v goja.Value) (s string) {
	defer func() {
		if r := recover(); r != nil {
			switch r.(type) {
			case *goja.InterruptedError, *goja.StackOverflowError:
				panic(r) // uncatchable: let the run end
			}
			s = "[unprintable value]"
		}
	}()
	if goja.IsUndefined(v) {
		return "undefined"
	}
	if goja.IsNull(v) {
		return "null"
	}
	if o, ok := v.(*goja.Object); ok {
		if _, isFunc := goja.AssertFunction(o); !isFunc && o.ClassName() != "Error" {
			if out, err := j.jsonStringify(goja.Undefined(), o); err == nil && !goja.IsUndefined(out) {
				return out.String()
			}
		}
	}
	return v.String()
}

func (j *job) newError(msg string) goja.Value {
	o, err := j.vm.New(j.errorCtor, j.vm.ToValue(msg))
	if err != nil {
		return j.vm.ToValue(msg)
	}
	return o
}

// watchMemory stops the run when the live heap passes the cap. It polls
// runtime/metrics every 2ms: once the heap (live and not yet collected) is
// over 1.5x the cap it forces a collection, and the run stops if what
// survives is still over the cap. GOMEMLIMIT (memoryTarget) keeps the
// collector from thrashing below that point; RLIMIT_DATA is the backstop
// for a single allocation too large to watch.
func (j *job) watchMemory() (stop func()) {
	limit := uint64(j.lim.MemoryBytes)
	if limit == 0 {
		return func() {}
	}
	quit := make(chan struct{})
	go func() {
		samples := []metrics.Sample{
			{Name: "/memory/classes/heap/objects:bytes"},
			{Name: "/gc/heap/live:bytes"},
		}
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-quit:
				return
			case <-t.C:
			}
			metrics.Read(samples)
			heap, live := samples[0].Value.Uint64(), samples[1].Value.Uint64()
			if live <= limit && heap <= limit+limit/2 {
				continue
			}
			if live <= limit {
				goruntime.GC()
				metrics.Read(samples)
				live = samples[1].Value.Uint64()
			}
			if live > limit {
				j.memHit.Store(true)
				j.abort(limitErr(LimitMemory, "the action used more than %d bytes of heap", limit))
				return
			}
		}
	}()
	return func() { close(quit) }
}

// memoryTarget is the worker's GOMEMLIMIT for a heap cap.
func memoryTarget(limit int64) int64 { return limit + limit/2 + 32<<20 }

// send writes a message to the node; a broken pipe aborts the run.
func (j *job) send(m *message) {
	if err := j.fw.send(m); err != nil {
		j.abort(&Error{Kind: KindWorker, Msg: "node channel: " + err.Error()})
	}
}

// call sends a call to the node and returns a promise for its reply.
func (j *job) call(method string, args any) goja.Value {
	body, err := json.Marshal(args)
	if err != nil {
		panic(j.vm.NewTypeError(method + ": " + err.Error()))
	}
	if j.lim.ArgBytes > 0 && len(body) > j.lim.ArgBytes {
		panic(j.vm.NewTypeError(fmt.Sprintf("%s: arguments are %d bytes, the limit is %d", method, len(body), j.lim.ArgBytes)))
	}
	p, resolve, reject := j.vm.NewPromise()
	j.nextCall++
	id := j.nextCall
	j.pending[id] = pendingCall{method: method, resolve: resolve, reject: reject}
	j.send(&message{T: msgCall, ID: id, Method: method, Args: body})
	return j.vm.ToValue(p)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…"
}

// toBytes converts a JS byte source: Uint8Array (or any typed array or
// DataView), ArrayBuffer, an array of byte values, or a 0x-hex string.
func (j *job) toBytes(v goja.Value, what string, max int) ([]byte, error) {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil, fmt.Errorf("%s is missing", what)
	}
	if s, ok := v.Export().(string); ok {
		h := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
		if len(h) > 2*max {
			return nil, fmt.Errorf("%s is longer than %d bytes", what, max)
		}
		b, err := hex.DecodeString(h)
		if err != nil {
			return nil, fmt.Errorf("%s: a string must be 0x-prefixed hex: %w", what, err)
		}
		return b, nil
	}
	switch x := v.Export().(type) {
	case goja.ArrayBuffer:
		if len(x.Bytes()) > max {
			return nil, fmt.Errorf("%s is longer than %d bytes", what, max)
		}
		return append([]byte(nil), x.Bytes()...), nil
	case []byte:
		if len(x) > max {
			return nil, fmt.Errorf("%s is longer than %d bytes", what, max)
		}
		return append([]byte(nil), x...), nil
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, fmt.Errorf("%s must be a Uint8Array, an array of bytes or a hex string", what)
	}
	n := o.Get("length")
	if n == nil || goja.IsUndefined(n) {
		return nil, fmt.Errorf("%s must be a Uint8Array, an array of bytes or a hex string", what)
	}
	ln := n.ToInteger()
	if ln < 0 || ln > int64(max) {
		return nil, fmt.Errorf("%s is longer than %d bytes", what, max)
	}
	out := make([]byte, ln)
	for i := range out {
		f := o.Get(fmt.Sprint(i)).ToFloat()
		if f < 0 || f > 255 || f != math.Trunc(f) {
			return nil, fmt.Errorf("%s[%d] = %v is not a byte", what, i, f)
		}
		out[i] = byte(f)
	}
	return out, nil
}
