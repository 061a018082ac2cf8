//go:build !linux

package node

import "runtime"

// atLowPriority runs f. Lowering one thread's priority is implemented on
// Linux only (lowprio_linux.go); elsewhere background presigns rely on
// the yielder alone.
func atLowPriority(f func()) bool {
	f()
	return false
}

// foregroundProcs is the number of Ps request work may use.
func foregroundProcs() int { return runtime.GOMAXPROCS(0) }
