package mpc_test

import (
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/mpc"
)

// TestScaledTimeout pins how waits grow with the number of parties: the
// base per three parties, rounded up, never below the base.
func TestScaledTimeout(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want time.Duration
	}{
		{0, 20 * time.Second}, {1, 20 * time.Second}, {2, 20 * time.Second}, {3, 20 * time.Second},
		{4, 40 * time.Second}, {5, 40 * time.Second}, {6, 40 * time.Second},
		{7, 60 * time.Second}, {10, 80 * time.Second}, {14, 100 * time.Second},
	} {
		if got := mpc.ScaledTimeout(20*time.Second, tc.n); got != tc.want {
			t.Errorf("ScaledTimeout(20s, %d) = %s, want %s", tc.n, got, tc.want)
		}
		if got, want := mpc.ScaledRoundTimeout(tc.n), mpc.DefaultRoundTimeout*(tc.want/(20*time.Second)); got != want {
			t.Errorf("ScaledRoundTimeout(%d) = %s, want %s", tc.n, got, want)
		}
	}
}
