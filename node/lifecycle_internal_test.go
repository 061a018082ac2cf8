package node

import (
	"context"
	"errors"
	"log/slog"
	"slices"
	"strings"
	"testing"
)

func TestLifecycleOrderAndRollback(t *testing.T) {
	for _, tc := range []struct {
		name      string
		failAt    int // index of the failing Start; -1: none
		wantStart []string
		wantStop  []string // after stop
	}{
		{"all start, stop in reverse", -1, []string{"a", "b", "c", "d"}, []string{"d", "c", "a"}},
		{"third fails: first two roll back", 2, []string{"a", "b", "c"}, []string{"a"}},
		{"first fails: nothing to stop", 0, []string{"a"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var started, stopped []string
			mk := func(name string, i int, withStop bool) component {
				c := component{Name: name, Start: func(context.Context) error {
					started = append(started, name)
					if i == tc.failAt {
						return errors.New("boom")
					}
					return nil
				}}
				if withStop {
					c.Stop = func() { stopped = append(stopped, name) }
				}
				return c
			}
			// b has no Stop: it holds nothing.
			comps := []component{mk("a", 0, true), mk("b", 1, false), mk("c", 2, true), mk("d", 3, true)}
			lc := &lifecycle{log: slog.New(slog.DiscardHandler)}
			err := lc.start(context.Background(), comps)
			if tc.failAt >= 0 {
				if err == nil || !strings.Contains(err.Error(), "node: "+comps[tc.failAt].Name+": boom") {
					t.Fatalf("err = %v, want it to name step %s", err, comps[tc.failAt].Name)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			// Nothing stops before the caller asks (its goroutines may still
			// use the started components).
			if len(stopped) != 0 {
				t.Fatalf("stopped %v before stop", stopped)
			}
			lc.stop()
			if !slices.Equal(started, tc.wantStart) || !slices.Equal(stopped, tc.wantStop) {
				t.Fatalf("started %v stopped %v, want %v / %v", started, stopped, tc.wantStart, tc.wantStop)
			}
			lc.stop() // a second stop stops nothing again
			if !slices.Equal(stopped, tc.wantStop) {
				t.Fatalf("second stop: %v", stopped)
			}
		})
	}
}
