package node_test

import (
	"runtime/debug"
	"testing"

	"github.com/pkpnet/pkpnet/node"
)

// TestTuneGC: the node's GOGC applies unless the environment sets GOGC.
func TestTuneGC(t *testing.T) {
	orig := debug.SetGCPercent(100)
	t.Cleanup(func() { debug.SetGCPercent(orig) })
	for _, tc := range []struct {
		name string
		env  map[string]string
		want int
	}{
		{"no GOGC", map[string]string{}, node.NodeGCPercent},
		{"GOGC set", map[string]string{"GOGC": "150"}, 150},
	} {
		t.Run(tc.name, func(t *testing.T) {
			debug.SetGCPercent(150) // what the runtime took from GOGC=150
			node.TuneGC(func(k string) string { return tc.env[k] })
			if got := debug.SetGCPercent(150); got != tc.want {
				t.Fatalf("GOGC %d, want %d", got, tc.want)
			}
		})
	}
}
