//go:build linux && amd64

package runtime

import (
	"fmt"
	"unsafe"

	"golang.org/x/sys/unix"
)

// seccompDenied are the system calls a worker never needs once it is
// running: no sockets, no exec or fork, no opening files, no namespace,
// mount, module, key, tracing or BPF games. They fail with EPERM. The list
// is a deny list, not an allow list, so that a Go runtime update cannot
// break the worker with a new syscall.
var seccompDenied = []uint32{
	unix.SYS_SOCKET, unix.SYS_SOCKETPAIR, unix.SYS_CONNECT, unix.SYS_BIND, unix.SYS_LISTEN,
	unix.SYS_ACCEPT, unix.SYS_ACCEPT4,
	unix.SYS_EXECVE, unix.SYS_EXECVEAT, unix.SYS_FORK, unix.SYS_VFORK,
	unix.SYS_OPEN, unix.SYS_OPENAT, unix.SYS_OPENAT2, unix.SYS_CREAT, unix.SYS_OPEN_BY_HANDLE_AT,
	unix.SYS_MKNOD, unix.SYS_MKNODAT,
	unix.SYS_MOUNT, unix.SYS_UMOUNT2, unix.SYS_PIVOT_ROOT, unix.SYS_CHROOT,
	unix.SYS_SETNS, unix.SYS_UNSHARE,
	unix.SYS_PTRACE, unix.SYS_PROCESS_VM_READV, unix.SYS_PROCESS_VM_WRITEV,
	unix.SYS_KEXEC_LOAD, unix.SYS_KEXEC_FILE_LOAD, unix.SYS_INIT_MODULE, unix.SYS_FINIT_MODULE,
	unix.SYS_DELETE_MODULE, unix.SYS_REBOOT, unix.SYS_SWAPON, unix.SYS_SWAPOFF,
	unix.SYS_BPF, unix.SYS_PERF_EVENT_OPEN, unix.SYS_USERFAULTFD, unix.SYS_IO_URING_SETUP,
	unix.SYS_KEYCTL, unix.SYS_ADD_KEY, unix.SYS_REQUEST_KEY,
	unix.SYS_SETTIMEOFDAY, unix.SYS_CLOCK_SETTIME, unix.SYS_ACCT, unix.SYS_QUOTACTL,
}

// installSeccomp installs the deny-list filter on every thread of the
// process (TSYNC). It needs no_new_privs first. ok is false where no filter
// is implemented.
func installSeccomp() (ok bool, err error) {
	const (
		ldW   = unix.BPF_LD | unix.BPF_W | unix.BPF_ABS
		jeqK  = unix.BPF_JMP | unix.BPF_JEQ | unix.BPF_K
		jgeK  = unix.BPF_JMP | unix.BPF_JGE | unix.BPF_K
		retK  = unix.BPF_RET | unix.BPF_K
		x32   = 0x40000000
		errno = unix.SECCOMP_RET_ERRNO | uint32(unix.EPERM)
	)
	n := len(seccompDenied)
	// 0 ld arch; 1 jeq x86_64 ? 3 : 2; 2 kill; 3 ld nr; 4 jge x32 -> deny;
	// 5..5+n-1 jeq nr -> deny; 5+n allow; 6+n deny.
	deny := 6 + n
	prog := []unix.SockFilter{
		{Code: ldW, K: 4},
		{Code: jeqK, Jt: 1, Jf: 0, K: unix.AUDIT_ARCH_X86_64},
		{Code: retK, K: unix.SECCOMP_RET_KILL_PROCESS},
		{Code: ldW, K: 0},
		{Code: jgeK, Jt: uint8(deny - 5), Jf: 0, K: x32},
	}
	for i, nr := range seccompDenied {
		at := 5 + i
		prog = append(prog, unix.SockFilter{Code: jeqK, Jt: uint8(deny - at - 1), Jf: 0, K: nr})
	}
	prog = append(prog,
		unix.SockFilter{Code: retK, K: unix.SECCOMP_RET_ALLOW},
		unix.SockFilter{Code: retK, K: errno})
	fprog := unix.SockFprog{Len: uint16(len(prog)), Filter: &prog[0]}
	_, _, e := unix.Syscall(unix.SYS_SECCOMP, unix.SECCOMP_SET_MODE_FILTER, unix.SECCOMP_FILTER_FLAG_TSYNC,
		uintptr(unsafe.Pointer(&fprog)))
	if e != 0 {
		return true, fmt.Errorf("seccomp: %w", e)
	}
	return true, nil
}
