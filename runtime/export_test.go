package runtime

import (
	"fmt"
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// WorkerPIDs exposes the live workers' PIDs to the external tests.
func WorkerPIDs(s *Sandbox) []int { return s.workerPIDs() }

// JailDir exposes the workers' empty root directory to the external tests.
func JailDir(s *Sandbox) string { return s.jail }

// SeccompProbe installs the worker's seccomp filter in this (test helper)
// process and reports which denied operations still succeeded.
func SeccompProbe() []string {
	if err := unix.Prctl(unix.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0); err != nil {
		return []string{"no_new_privs: " + err.Error()}
	}
	ok, err := installSeccomp()
	if !ok {
		return nil
	}
	if err != nil {
		return []string{err.Error()}
	}
	var leaks []string
	if f, err := os.Open("/proc/self/status"); err == nil {
		f.Close()
		leaks = append(leaks, "open")
	}
	if fd, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM, 0); err == nil {
		unix.Close(fd)
		leaks = append(leaks, "socket")
	}
	if err := unix.Exec("/bin/true", []string{"true"}, nil); err == nil || err != unix.EPERM {
		leaks = append(leaks, "exec: "+fmt.Sprint(err))
	}
	// The Go runtime still works: threads, timers, memory.
	done := make(chan []byte)
	go func() { done <- make([]byte, 64<<20) }()
	select {
	case b := <-done:
		if len(b) != 64<<20 {
			leaks = append(leaks, "alloc")
		}
	case <-time.After(5 * time.Second):
		leaks = append(leaks, "runtime stalled")
	}
	return leaks
}
