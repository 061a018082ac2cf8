//go:build linux

package runtime

import (
	"fmt"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// sysProcAttr returns how the node starts a worker: with namespaces when
// asked (a new network namespace has only a down loopback interface, so the
// worker has no network at all), and the uid/gid the worker should drop to.
// As root the worker drops to nobody after chroot; as another user it runs
// as root of a new user namespace that maps only that user.
func sysProcAttr(namespaces bool) (attr *syscall.SysProcAttr, uid, gid int) {
	attr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	root := os.Geteuid() == 0
	uid, gid = -1, -1
	if root {
		uid, gid = 65534, 65534
	}
	if !namespaces {
		return attr, uid, gid
	}
	attr.Cloneflags = syscall.CLONE_NEWNET | syscall.CLONE_NEWNS | syscall.CLONE_NEWIPC |
		syscall.CLONE_NEWUTS | syscall.CLONE_NEWPID
	if !root {
		attr.Cloneflags |= syscall.CLONE_NEWUSER
		attr.UidMappings = []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Geteuid(), Size: 1}}
		attr.GidMappings = []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getegid(), Size: 1}}
		attr.GidMappingsEnableSetgroups = false
	}
	return attr, uid, gid
}

type hardenOptions struct {
	dataLimit int64
	jail      string
	uid, gid  int
}

// hardenWorker runs first in the worker, before it reads any code. Each step
// that applies is listed in applied; each that fails is in failed with its
// reason, and the node decides (Isolation) whether that is acceptable.
func hardenWorker(o hardenOptions) (applied, failed []string) {
	step := func(name string, err error) {
		if err != nil {
			failed = append(failed, fmt.Sprintf("%s: %v", name, err))
		} else {
			applied = append(applied, name)
		}
	}
	setrl := func(res int, v uint64) error {
		return unix.Setrlimit(res, &unix.Rlimit{Cur: v, Max: v})
	}
	step("rlimit-core=0", setrl(unix.RLIMIT_CORE, 0))
	step("rlimit-fsize=0", setrl(unix.RLIMIT_FSIZE, 0))
	step("rlimit-nofile=16", setrl(unix.RLIMIT_NOFILE, 16))
	if o.dataLimit > 0 {
		step(fmt.Sprintf("rlimit-data=%d", o.dataLimit), setrl(unix.RLIMIT_DATA, uint64(o.dataLimit)))
	}
	if o.jail != "" {
		err := unix.Chroot(o.jail)
		if err == nil {
			err = unix.Chdir("/")
		}
		step("chroot", err)
	}
	if o.gid >= 0 {
		err := unix.Setgroups(nil)
		if err == nil {
			err = unix.Setgid(o.gid)
		}
		step(fmt.Sprintf("setgid=%d", o.gid), err)
	}
	if o.uid >= 0 {
		step(fmt.Sprintf("setuid=%d", o.uid), unix.Setuid(o.uid))
	}
	step("no-new-privs", unix.Prctl(unix.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
	step("not-dumpable", unix.Prctl(unix.PR_SET_DUMPABLE, 0, 0, 0, 0))
	if ok, err := installSeccomp(); ok {
		step("seccomp", err)
	}
	return applied, failed
}
