package runtime

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"
)

// errStart marks a failure to create the process (as opposed to a worker
// that started and then failed): only that falls back to no namespaces.
var errStart = errors.New("start")

// proc is the node's handle on one worker process.
type proc struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	fw     *frameWriter
	msgs   chan *message // closed when the worker's output ends
	exited chan struct{} // closed after the process was reaped
	stderr *tailBuffer

	runs    int    // runs served, owned by whoever holds the proc
	onStop  func() // unregisters the worker
	readErr error  // valid after msgs is closed
	waitErr error  // valid after exited is closed
	stopped sync.Once
}

// startWorker starts one worker, applying as much isolation as the
// Isolation mode asks and the kernel allows, and waits for its ready report.
func (s *Sandbox) startWorker() (*proc, error) {
	s.isoMu.Lock()
	tryNS := s.cfg.Isolation != IsolationNone && !s.noNS
	s.isoMu.Unlock()
	if tryNS {
		p, err := s.spawn(true)
		if err == nil {
			return p, nil
		}
		if s.cfg.Isolation == IsolationRequired || !errors.Is(err, errStart) {
			return nil, fmt.Errorf("isolated worker: %w", err)
		}
		s.isoMu.Lock()
		s.noNS = true
		s.isoMu.Unlock()
		s.log.Warn("sandbox: cannot start workers in new namespaces; running them without (no network/mount isolation)", "err", err)
	}
	return s.spawn(false)
}

func (s *Sandbox) spawn(namespaces bool) (*proc, error) {
	c := s.cfg.Command
	args := append([]string(nil), c.Args...)
	args = append(args,
		"--mem", strconv.FormatInt(s.lim.MemoryBytes, 10),
		"--rlimit-data", strconv.FormatInt(rlimitData(s.lim.MemoryBytes), 10))
	attr, uid, gid := sysProcAttr(namespaces)
	if s.jail != "" && s.cfg.Isolation != IsolationNone {
		args = append(args, "--jail", s.jail)
		if uid >= 0 {
			args = append(args, "--uid", strconv.Itoa(uid), "--gid", strconv.Itoa(gid))
		}
	}
	cmd := exec.Command(c.Path, args...)
	cmd.Env = append([]string{}, c.Env...) // never nil: nil would inherit the node's environment
	cmd.Dir = "/"
	cmd.SysProcAttr = attr
	stderr := &tailBuffer{max: 4096}
	cmd.Stderr = stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("%w %s: %w", errStart, c.Path, err)
	}
	p := &proc{
		cmd:    cmd,
		stdin:  stdin,
		fw:     &frameWriter{w: stdin},
		msgs:   make(chan *message, 64),
		exited: make(chan struct{}),
		stderr: stderr,
	}
	go p.readLoop(bufio.NewReaderSize(stdout, 64<<10), s.workerFrameLimit())

	timer := time.NewTimer(s.cfg.StartTimeout)
	defer timer.Stop()
	select {
	case m, ok := <-p.msgs:
		if !ok {
			<-p.exited
			return nil, fmt.Errorf("worker exited before it was ready: %v: %s", p.waitErr, p.stderr.String())
		}
		if m.T != msgReady {
			p.stop()
			return nil, fmt.Errorf("worker sent %q before ready", m.T)
		}
		if len(m.Failed) > 0 {
			if s.cfg.Isolation == IsolationRequired {
				p.stop()
				return nil, fmt.Errorf("worker hardening failed: %s", strings.Join(m.Failed, "; "))
			}
			s.warnIsolation(m.Failed)
		}
		s.procsMu.Lock()
		s.procs[p] = struct{}{}
		s.procsMu.Unlock()
		p.onStop = func() {
			s.procsMu.Lock()
			delete(s.procs, p)
			s.procsMu.Unlock()
		}
		s.log.Debug("sandbox worker ready", "pid", cmd.Process.Pid, "namespaces", namespaces, "applied", m.Applied)
		return p, nil
	case <-timer.C:
		p.stop()
		return nil, fmt.Errorf("worker not ready after %s", s.cfg.StartTimeout)
	}
}

func (s *Sandbox) warnIsolation(failed []string) {
	s.isoMu.Lock()
	defer s.isoMu.Unlock()
	for _, f := range failed {
		if !s.warnedIsos[f] {
			s.warnedIsos[f] = true
			s.log.Warn("sandbox: worker hardening step not applied", "step", f)
		}
	}
}

// rlimitData is the worker's RLIMIT_DATA: the heap cap plus room for the Go
// runtime, the binary's data and a burst the watchdog has not seen yet.
func rlimitData(mem int64) int64 {
	return memoryTarget(mem) + mem/2 + 256<<20
}

// readLoop owns the worker's stdout and reaps the process.
func (p *proc) readLoop(r io.Reader, limit int) {
	var hdr [4]byte
	for {
		m, err := decodeFrame(r, &hdr, limit)
		if err != nil {
			if !errors.Is(err, io.EOF) {
				p.readErr = err
				_ = p.cmd.Process.Kill()
			}
			break
		}
		p.msgs <- m // stop drains msgs, so this cannot block forever
	}
	close(p.msgs)
	p.waitErr = p.cmd.Wait()
	close(p.exited)
}

// alive reports whether the process is still running.
func (p *proc) alive() bool {
	select {
	case <-p.exited:
		return false
	default:
		return true
	}
}

// stop kills the worker and reaps it.
func (p *proc) stop() {
	p.stopped.Do(func() {
		_ = p.stdin.Close()
		_ = p.cmd.Process.Kill()
		go func() {
			// drain so the read loop can reach Wait
			for range p.msgs {
			}
		}()
		<-p.exited
		if p.onStop != nil {
			p.onStop()
		}
	})
}

// kill kills the worker without waiting.
func (p *proc) kill() { _ = p.cmd.Process.Kill() }

// exitReason describes why the worker's output ended.
func (p *proc) exitReason() string {
	select {
	case <-p.exited:
	case <-time.After(2 * time.Second):
		p.kill()
		<-p.exited
	}
	var b strings.Builder
	if p.readErr != nil {
		fmt.Fprintf(&b, "protocol error: %v; ", p.readErr)
	}
	if p.waitErr != nil {
		b.WriteString(p.waitErr.Error())
	} else {
		b.WriteString("exit status 0")
	}
	return b.String()
}

// tailBuffer keeps the first and the last max/2 bytes written to it (a
// worker's stderr: a Go fatal error starts with its reason and ends with the
// interesting goroutine).
type tailBuffer struct {
	mu   sync.Mutex
	max  int
	head []byte
	tail []byte
	cut  bool
}

func (t *tailBuffer) Write(b []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := len(b)
	if room := t.max/2 - len(t.head); room > 0 {
		k := min(room, len(b))
		t.head = append(t.head, b[:k]...)
		b = b[k:]
	}
	t.tail = append(t.tail, b...)
	if len(t.tail) > t.max/2 {
		t.tail = append(t.tail[:0], t.tail[len(t.tail)-t.max/2:]...)
		t.cut = true
	}
	return n, nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	sep := ""
	if t.cut {
		sep = "\n…\n"
	}
	return string(t.head) + sep + string(t.tail)
}

// rssBytes is the worker's resident memory, 0 if unknown (not Linux).
func (p *proc) rssBytes() int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/statm", p.pid()))
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0
	}
	pages, err := strconv.ParseInt(f[1], 10, 64)
	if err != nil {
		return 0
	}
	return pages * int64(os.Getpagesize())
}

// pid is for tests and logs.
func (p *proc) pid() int { return p.cmd.Process.Pid }
