package runtime_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/pkpnet/pkpnet/runtime"
)

// TestKilledWorkerIsReplaced kills the worker in the middle of a run: the
// run ends at once with a worker error, and the next run succeeds on a
// fresh worker.
func TestKilledWorkerIsReplaced(t *testing.T) {
	sb := newSandbox(t, runtime.Limits{WallTime: 20 * time.Second}, func(c *runtime.Config) { c.Workers = 1 })
	before := runtime.WorkerPIDs(sb)
	if len(before) != 1 {
		t.Fatalf("%d workers, want 1", len(before))
	}
	type outcome struct {
		res *runtime.Result
		err error
	}
	done := make(chan outcome, 1)
	gate := newGateHost(false)
	go func() {
		code := `console.log("started"); ` + gate.call + `; while (true) {}`
		res, err := sb.Run(context.Background(), runtime.Request{Code: []byte(code), Host: gate})
		done <- outcome{res, err}
	}()
	gate.wait(t) // the run has logged and is about to spin
	if err := syscall.Kill(before[0], syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	var o outcome
	select {
	case o = <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("run did not end after its worker was killed")
	}
	if runtime.KindOf(o.err) != runtime.KindWorker || !strings.Contains(o.err.Error(), "killed") {
		t.Fatalf("err = %v, want a worker error saying it was killed", o.err)
	}
	if o.res == nil || o.res.Logs != "started" {
		t.Errorf("partial result = %+v, want the log written before the kill", o.res)
	}
	res, err := run(t, sb, `Lit.Actions.setResponse({response: "next"})`, "")
	if err != nil || res.Response != "next" {
		t.Fatalf("next run: %+v, %v", res, err)
	}
	after := runtime.WorkerPIDs(sb)
	if len(after) != 1 || after[0] == before[0] {
		t.Fatalf("workers before %v, after %v: want one new worker", before, after)
	}
}

// TestBadInputRefusedBeforeWorker occupies the only worker, then sends bad
// requests: each must be refused at once with a clear error, which proves
// no worker was needed.
func TestBadInputRefusedBeforeWorker(t *testing.T) {
	sb := newSandbox(t, runtime.Limits{CodeBytes: 1024, ParamsBytes: 256}, func(c *runtime.Config) { c.Workers = 1 })
	busy := make(chan error, 1)
	gate := newGateHost(true)
	go func() {
		_, err := sb.Run(context.Background(), runtime.Request{Code: []byte(gate.call), Host: gate})
		busy <- err
	}()
	gate.wait(t) // the only worker is now held by the busy run
	other, _ := cid.Decode("QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH")
	tests := []struct {
		name     string
		req      runtime.Request
		kind     runtime.Kind
		contains string
	}{
		{"empty code", runtime.Request{}, runtime.KindInvalidInput, "empty"},
		{"non-UTF-8 code", runtime.Request{Code: []byte("Lit.Actions.setResponse({response: \"\xff\xfe\"})")}, runtime.KindInvalidInput, "UTF-8"},
		{"oversized code", runtime.Request{Code: bytes.Repeat([]byte("1;"), 600)}, runtime.KindLimit, runtime.LimitCode},
		{"invalid JSON params", runtime.Request{Code: []byte("1"), JSParams: []byte(`{"a": `)}, runtime.KindInvalidInput, "jsParams must be a JSON object"},
		{"array params", runtime.Request{Code: []byte("1"), JSParams: []byte(`[1, 2]`)}, runtime.KindInvalidInput, "jsParams must be a JSON object"},
		{"null params", runtime.Request{Code: []byte("1"), JSParams: []byte(`null`)}, runtime.KindInvalidInput, "not null"},
		{"reserved params key", runtime.Request{Code: []byte("1"), JSParams: []byte(`{"Lit": 1}`)}, runtime.KindInvalidInput, `"Lit" is reserved`},
		{"read-only global params key", runtime.Request{Code: []byte("1"), JSParams: []byte(`{"undefined": 1}`)}, runtime.KindInvalidInput, `"undefined" is reserved`},
		{"__proto__ params key", runtime.Request{Code: []byte("1"), JSParams: []byte(`{"__proto__": {}}`)}, runtime.KindInvalidInput, `"__proto__" is reserved`},
		{"oversized params", runtime.Request{Code: []byte("1"), JSParams: []byte(`{"a": "` + strings.Repeat("x", 300) + `"}`)}, runtime.KindLimit, runtime.LimitParams},
		{"CID mismatch", runtime.Request{Code: []byte("1"), ExpectedCID: other}, runtime.KindInvalidInput, "not the requested"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
			defer cancel()
			res, err := sb.Run(ctx, tc.req)
			if res != nil {
				t.Errorf("got a result for bad input: %+v", res)
			}
			if runtime.KindOf(err) != tc.kind || !strings.Contains(err.Error(), tc.contains) {
				t.Fatalf("err = %v, want kind %q containing %q", err, tc.kind, tc.contains)
			}
		})
	}
	close(gate.release)
	if err := <-busy; err != nil {
		t.Fatalf("the busy run failed: %v", err)
	}
}

// gateHost is a Host whose getLatestNonce marks the moment a run reaches it
// (so a test waits for that event, not for a guessed time) and, if it
// holds, keeps the run there until the test closes release.
type gateHost struct {
	*fakeHost
	call    string // the JS statement that reaches the gate
	reached chan struct{}
	once    sync.Once
	release chan struct{} // nil: the call returns at once
}

func newGateHost(hold bool) *gateHost {
	g := &gateHost{
		fakeHost: &fakeHost{},
		call:     `await Lit.Actions.getLatestNonce({address: "0x00000000000000000000000000000000000000aa", chain: "ethereum"})`,
		reached:  make(chan struct{}),
	}
	if hold {
		g.release = make(chan struct{})
	}
	return g
}

func (g *gateHost) NonceAt(ctx context.Context, _ string, _ common.Address) (uint64, error) {
	g.once.Do(func() { close(g.reached) })
	if g.release != nil {
		select {
		case <-g.release:
		case <-ctx.Done():
			return 0, ctx.Err()
		}
	}
	return 0, nil
}

// wait blocks until a run reaches the gate.
func (g *gateHost) wait(t *testing.T) {
	t.Helper()
	select {
	case <-g.reached:
	case <-time.After(10 * time.Second):
		t.Fatal("the run never reached the host call")
	}
}

// TestParallelRuns runs more actions than workers at once; each gets its
// own result.
func TestParallelRuns(t *testing.T) {
	sb := newSandbox(t, runtime.Limits{})
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := run(t, sb, `await new Promise(r => setTimeout(r, 10)); Lit.Actions.setResponse({response: "r" + i})`, fmt.Sprintf(`{"i": %d}`, i))
			if err != nil {
				errs <- err
				return
			}
			if res.Response != fmt.Sprintf("r%d", i) {
				errs <- fmt.Errorf("run %d got %q", i, res.Response)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestCanceledRun ends a run when the caller's context ends.
func TestCanceledRun(t *testing.T) {
	sb := newSandbox(t, runtime.Limits{}, func(c *runtime.Config) { c.Workers = 1 })
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := sb.Run(ctx, runtime.Request{Code: []byte(`while (true) {}`)})
	if runtime.KindOf(err) != runtime.KindCanceled {
		t.Fatalf("err = %v, want canceled", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("cancel took %s", d)
	}
	res, err := run(t, sb, `Lit.Actions.setResponse({response: "ok"})`, "")
	if err != nil || res.Response != "ok" {
		t.Fatalf("next run: %+v, %v", res, err)
	}
}

// TestWorkerIsolation inspects a live worker from outside: empty
// environment, rlimits and (on amd64) a seccomp filter.
func TestWorkerIsolation(t *testing.T) {
	sb := newSandbox(t, runtime.Limits{}, func(c *runtime.Config) { c.Workers = 1; c.Isolation = runtime.IsolationAuto })
	pids := runtime.WorkerPIDs(sb)
	if len(pids) != 1 {
		t.Fatalf("%d workers", len(pids))
	}
	proc := fmt.Sprintf("/proc/%d", pids[0])
	env, err := os.ReadFile(proc + "/environ")
	if err != nil {
		t.Fatal(err)
	}
	if len(env) != 0 {
		t.Errorf("worker environment is not empty: %q", env)
	}
	limits, err := os.ReadFile(proc + "/limits")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`Max open files\s+16\s+16`, `Max core file size\s+0\s+0`, `Max file size\s+0\s+0`, `Max data size\s+\d+\s+\d+`} {
		if !matchLine(string(limits), want) {
			t.Errorf("worker limits lack %q:\n%s", want, limits)
		}
	}
	if goruntime.GOARCH == "amd64" {
		status, err := os.ReadFile(proc + "/status")
		if err != nil {
			t.Fatal(err)
		}
		if !matchLine(string(status), `Seccomp:\s+2`) {
			t.Errorf("worker has no seccomp filter:\n%s", status)
		}
	}
}

// TestWorkerIsolationAsRoot inspects what a node started as root adds: the
// worker's own network namespace, an empty root directory and the nobody
// user.
func TestWorkerIsolationAsRoot(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root: the sandbox uses namespaces, chroot and setuid only when the node runs as root")
	}
	sb := newSandbox(t, runtime.Limits{}, func(c *runtime.Config) { c.Workers = 1; c.Isolation = runtime.IsolationAuto })
	pids := runtime.WorkerPIDs(sb)
	if len(pids) != 1 {
		t.Fatalf("%d workers", len(pids))
	}
	proc := fmt.Sprintf("/proc/%d", pids[0])
	mine, _ := os.Readlink("/proc/self/ns/net")
	theirs, err := os.Readlink(proc + "/ns/net")
	if err != nil {
		t.Fatal(err)
	}
	if allowed := namespacesAllowed(); allowed && mine == theirs {
		t.Errorf("the kernel allows namespaces, but the worker shares the node's network namespace %s", mine)
	} else if !allowed && mine != theirs {
		t.Errorf("namespaces are not allowed here, yet the worker is in %s", theirs)
	}
	root, err := os.Readlink(proc + "/root")
	if err != nil {
		t.Fatal(err)
	}
	jail, _ := filepath.EvalSymlinks(runtime.JailDir(sb))
	if root != jail {
		t.Errorf("worker root = %q, want the empty jail %q", root, jail)
	}
	status, err := os.ReadFile(proc + "/status")
	if err != nil {
		t.Fatal(err)
	}
	if !matchLine(string(status), `Uid:\s+65534\s+65534\s+65534\s+65534`) {
		t.Errorf("worker does not run as nobody:\n%s", status)
	}
	if !matchLine(string(status), `NoNewPrivs:\s+1`) {
		t.Errorf("worker lacks no_new_privs")
	}
	// And the action itself still works in there.
	res, err := run(t, sb, `Lit.Actions.setResponse({response: new Date(0).toString()})`, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Response, "1970") {
		t.Errorf("date in the jail: %q", res.Response)
	}
}

// namespacesAllowed probes whether this process may start a child in new
// namespaces (it may not in an unprivileged container, for instance).
func namespacesAllowed() bool {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.SysProcAttr = &syscall.SysProcAttr{Cloneflags: syscall.CLONE_NEWNET | syscall.CLONE_NEWNS |
		syscall.CLONE_NEWIPC | syscall.CLONE_NEWUTS | syscall.CLONE_NEWPID}
	if os.Geteuid() != 0 {
		cmd.SysProcAttr.Cloneflags |= syscall.CLONE_NEWUSER
		cmd.SysProcAttr.UidMappings = []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Geteuid(), Size: 1}}
		cmd.SysProcAttr.GidMappings = []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getegid(), Size: 1}}
	}
	return cmd.Run() == nil
}

// TestSeccompDeniesSyscalls installs the worker's filter in a helper
// process and checks that opening files, sockets and exec fail there while
// the Go runtime keeps working.
func TestSeccompDeniesSyscalls(t *testing.T) {
	out, err := exec.Command(os.Args[0], "seccomp-probe").CombinedOutput()
	if err != nil {
		t.Fatalf("probe: %v: %s", err, out)
	}
	if len(out) != 0 {
		t.Fatalf("under the filter these still worked: %s", out)
	}
}
