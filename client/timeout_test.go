package client_test

import (
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/client"
)

// TestAttemptTimeoutScales pins the attempt timeouts against the signer
// count: the configured base up to three signers, one base more per three
// signers after that; an execute attempt adds the same extra to its own
// base. With the defaults, T = 5 (n = 7) waits 40 s for a pkp-sign.
func TestAttemptTimeoutScales(t *testing.T) {
	const base, exec = client.DefaultAttemptTimeout, client.DefaultExecuteAttemptTimeout
	for _, tc := range []struct {
		t           int
		sign, execu time.Duration
	}{
		{1, base, exec},
		{2, base, exec},
		{3, base, exec},
		{4, 2 * base, exec + base},
		{5, 2 * base, exec + base},
		{7, 3 * base, exec + 2*base},
		{10, 4 * base, exec + 3*base},
	} {
		if got := client.AttemptTimeout(base, exec, false, tc.t); got != tc.sign {
			t.Errorf("T=%d: sign attempt %s, want %s", tc.t, got, tc.sign)
		}
		if got := client.AttemptTimeout(base, exec, true, tc.t); got != tc.execu {
			t.Errorf("T=%d: execute attempt %s, want %s", tc.t, got, tc.execu)
		}
	}
	if got := client.AttemptTimeout(time.Second, 2*time.Second, false, 5); got != 2*time.Second {
		t.Errorf("a configured 1 s base at T=5: %s, want 2s", got)
	}
	if base != 20*time.Second || exec != time.Minute {
		t.Errorf("defaults changed (%s, %s): update docs/client.md", base, exec)
	}
}
