package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestMain lets the test binary double as the pkpnet binary: started under
// the name "pkpnet" (see pkpnetBinary) it runs main, so tests that start
// pkpnet processes (devnet, its nodes and their sandbox workers) need no
// go build.
func TestMain(m *testing.M) {
	if filepath.Base(os.Args[0]) == "pkpnet" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// pkpnetBinary returns a path named pkpnet to this test binary (a hard link,
// or a copy across file systems). Processes started from it, and the node
// processes they start through os.Executable, run pkpnet's main.
func pkpnetBinary(t testing.TB) string {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "pkpnet")
	if os.Link(self, bin) == nil {
		return bin
	}
	src, err := os.Open(self)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(bin, os.O_CREATE|os.O_WRONLY|os.O_EXCL, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
	return bin
}
