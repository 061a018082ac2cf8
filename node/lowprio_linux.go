//go:build linux

package node

import (
	"runtime"

	"golang.org/x/sys/unix"
)

// backgroundNice is the nice value of the threads that compute background
// (refill) presignatures: the lowest priority, so that the OS scheduler
// preempts them for request handling and on-demand presigns, in this
// process and in every other one on the machine.
const backgroundNice = 19

// atLowPriority runs f on an OS thread of its own at nice backgroundNice
// and waits for it. The goroutine that runs f is locked to its thread and
// exits locked, so the runtime ends the thread afterwards: an unprivileged
// process cannot raise a thread's priority back, and no other goroutine
// may inherit it. Threads the runtime starts while f runs come from its
// template thread, not from this one (runtime.LockOSThread). It reports
// whether the priority was lowered (f runs either way).
func atLowPriority(f func()) bool {
	done := make(chan bool)
	go func() {
		runtime.LockOSThread() // never unlocked: the thread ends with the goroutine
		err := unix.Setpriority(unix.PRIO_PROCESS, unix.Gettid(), backgroundNice)
		f()
		done <- err == nil
	}()
	return <-done
}
