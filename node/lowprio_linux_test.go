//go:build linux

package node

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// threadNice reads the calling thread's nice value from /proc.
func threadNice(t *testing.T) int {
	t.Helper()
	b, err := os.ReadFile("/proc/thread-self/stat")
	if err != nil {
		t.Fatal(err)
	}
	// Fields after the command name (in parentheses): state is field 3,
	// nice field 19.
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
	n, err := strconv.Atoi(f[19-3])
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestAtLowPriority: f runs on a thread at nice 19 with one P more than
// the low-priority threads running (nested: two), GOMAXPROCS is never
// lowered afterwards (a change stops the world), and the priority does not
// leak to the caller's thread or to goroutines that run afterwards.
func TestAtLowPriority(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	before := threadNice(t)
	if before == backgroundNice {
		t.Skip("the test already runs at nice 19: nothing to tell apart")
	}
	inside, procsInside, procsNested := -100, 0, 0
	if !atLowPriority(func() {
		inside, procsInside = threadNice(t), runtime.GOMAXPROCS(0)
		atLowPriority(func() { procsNested = runtime.GOMAXPROCS(0) })
	}) {
		t.Fatal("priority not lowered")
	}
	if inside != backgroundNice {
		t.Fatalf("f ran at nice %d, want %d", inside, backgroundNice)
	}
	base := foregroundProcs()
	if procsInside < base+1 || procsNested < base+2 {
		t.Fatalf("GOMAXPROCS %d inside, %d nested; want at least %d, %d (base %d)", procsInside, procsNested, base+1, base+2, base)
	}
	// Raised only: the high-water mark stays, and a later single thread
	// changes nothing.
	after := runtime.GOMAXPROCS(0)
	if after != procsNested {
		t.Fatalf("GOMAXPROCS %d after, want it kept at %d", after, procsNested)
	}
	atLowPriority(func() { procsInside = runtime.GOMAXPROCS(0) })
	if procsInside != after || runtime.GOMAXPROCS(0) != after {
		t.Fatalf("GOMAXPROCS %d in a later call, %d after it; want %d", procsInside, runtime.GOMAXPROCS(0), after)
	}
	if got := threadNice(t); got != before {
		t.Fatalf("caller's thread at nice %d after, was %d", got, before)
	}
	// Other goroutines, on whatever threads the runtime has, keep the
	// caller's priority: the lowered thread ended with f's goroutine.
	for range 20 {
		ch := make(chan int)
		go func() {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			ch <- threadNice(t)
		}()
		if n := <-ch; n != before {
			t.Fatalf("a later goroutine ran at nice %d, want %d", n, before)
		}
	}
}
