//go:build !linux

package node

// atLowPriority runs f. Lowering one thread's priority is implemented on
// Linux only (lowprio_linux.go); elsewhere background presigns rely on
// the yielder alone.
func atLowPriority(f func()) bool {
	f()
	return false
}
