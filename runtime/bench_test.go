package runtime_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/runtime"
)

const trivialAction = `Lit.Actions.setResponse({response: "ok"});`

// BenchmarkTrivialAction measures the whole overhead of one run of a
// trivial action on a warm worker: input checks, CID, framing, pipes, a new
// goja runtime with the API installed, and the result. It reports p50 and
// p99 latency.
func BenchmarkTrivialAction(b *testing.B) {
	sb := newSandbox(b, runtime.Limits{}, func(c *runtime.Config) { c.Workers = 1 })
	req := runtime.Request{Code: []byte(trivialAction), JSParams: []byte(`{"a": 1}`)}
	ctx := context.Background()
	for range 50 { // warm up
		if _, err := sb.Run(ctx, req); err != nil {
			b.Fatal(err)
		}
	}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for b.Loop() {
		start := time.Now()
		res, err := sb.Run(ctx, req)
		lat = append(lat, time.Since(start))
		if err != nil || res.Response != "ok" {
			b.Fatalf("%+v %v", res, err)
		}
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
}

// BenchmarkParallelRuns measures throughput with parallel runs on a pool of
// two workers (the machine has two cores).
func BenchmarkParallelRuns(b *testing.B) {
	sb := newSandbox(b, runtime.Limits{}, func(c *runtime.Config) { c.Workers = 2 })
	req := runtime.Request{Code: []byte(trivialAction)}
	ctx := context.Background()
	b.SetParallelism(2)
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := sb.Run(ctx, req); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "runs/s")
}
