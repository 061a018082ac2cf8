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

// lowProcs counts the low-priority threads running and the extra Ps
// GOMAXPROCS was raised by for them.
var lowProcs struct {
	sync.Mutex
	n     int // low-priority threads running
	extra int // Ps added above base, never lowered
	base  int
}

// atLowPriority runs f on an OS thread of its own at nice backgroundNice
// and waits for it. The goroutine that runs f is locked to its thread and
// exits locked, so the runtime ends the thread afterwards: an unprivileged
// process cannot raise a thread's priority back, and no other goroutine
// may inherit it. Threads the runtime starts while f runs come from its
// template thread, not from this one (runtime.LockOSThread).
//
// GOMAXPROCS is raised to one P more than the most low-priority threads
// that ever ran at once: a low-priority thread that the OS keeps waiting
// still holds its P (the runtime cannot take it back from a thread that is
// not running), and the extra P keeps that from taking one from request
// handling. It is raised only, never lowered: changing GOMAXPROCS stops
// the world, and stopping the world waits until every P's thread has run
// to a safe point, the low-priority ones included, which the OS may keep
// waiting for tens or hundreds of milliseconds while the cores are busy
// (docs/performance.md, "Where a warm request waits"). With a change at
// every session's start and end, requests stalled behind those waits; the
// high-water mark is reached after the first few sessions. It reports
// whether the priority was lowered (f runs either way).
func atLowPriority(f func()) bool {
	lowProcs.Lock()
	if lowProcs.base == 0 {
		lowProcs.base = runtime.GOMAXPROCS(0)
	}
	lowProcs.n++
	if lowProcs.n > lowProcs.extra {
		lowProcs.extra = lowProcs.n
		runtime.GOMAXPROCS(lowProcs.base + lowProcs.extra)
	}
	lowProcs.Unlock()
	defer func() {
		lowProcs.Lock()
		lowProcs.n--
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

// foregroundProcs is the number of Ps request work may use (an on-demand
// presign's workers): GOMAXPROCS without the Ps added for low-priority
// threads.
func foregroundProcs() int {
	lowProcs.Lock()
	defer lowProcs.Unlock()
	if lowProcs.base > 0 {
		return lowProcs.base
	}
	return runtime.GOMAXPROCS(0)
}
