//go:build !linux

package runtime

import "syscall"

func sysProcAttr(bool) (*syscall.SysProcAttr, int, int) { return nil, -1, -1 }

type hardenOptions struct {
	dataLimit int64
	jail      string
	uid, gid  int
}

func hardenWorker(hardenOptions) (applied, failed []string) {
	return nil, []string{"hardening: only implemented on Linux"}
}
