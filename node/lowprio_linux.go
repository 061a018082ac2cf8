//go:build linux

package node

import (
	"runtime"
	"sync"

	"golang.org/x/sys/unix"
)

// backgroundNice is the nice value of the threads that compute background
// (refill) presignatures: the lowest priority, so that the OS scheduler
// preempts them for request handling and on-demand presigns, in this
// process and in every other one on the machine.
const backgroundNice = 19

// lowProcs counts the low-priority threads running and the GOMAXPROCS
// they were added to.
var lowProcs struct {
	sync.Mutex
	n    int
	base int
}

// atLowPriority runs f on an OS thread of its own at nice backgroundNice
// and waits for it. The goroutine that runs f is locked to its thread and
// exits locked, so the runtime ends the thread afterwards: an unprivileged
// process cannot raise a thread's priority back, and no other goroutine
// may inherit it. Threads the runtime starts while f runs come from its
// template thread, not from this one (runtime.LockOSThread).
//
// While f runs, GOMAXPROCS is one higher: a low-priority thread that the
// OS keeps waiting still holds its P (the runtime cannot take it back from
// a thread that is not running), and the extra P keeps that from taking
// one from request handling. It reports whether the priority was lowered
// (f runs either way).
func atLowPriority(f func()) bool {
	lowProcs.Lock()
	if lowProcs.n == 0 {
		lowProcs.base = runtime.GOMAXPROCS(0)
	}
	lowProcs.n++
	runtime.GOMAXPROCS(lowProcs.base + lowProcs.n)
	lowProcs.Unlock()
	defer func() {
		lowProcs.Lock()
		lowProcs.n--
		runtime.GOMAXPROCS(lowProcs.base + lowProcs.n)
		lowProcs.Unlock()
	}()
	done := make(chan bool)
	go func() {
		runtime.LockOSThread() // never unlocked: the thread ends with the goroutine
		err := unix.Setpriority(unix.PRIO_PROCESS, unix.Gettid(), backgroundNice)
		f()
		done <- err == nil
	}()
	return <-done
}
