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

// benchPubKey is any valid secp256k1 key (the runtime only validates it).
const benchPubKey = "0x0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"

// signAction is a warm execute+sign run as the node sees it: one signEcdsa.
const signAction = `const toSign = new Uint8Array(32).fill(7);
await Lit.Actions.signEcdsa({toSign, publicKey: pk, sigName: "s"});
Lit.Actions.setResponse({response: "ok"});`

// ethersSignAction hashes with the ethers global, then signs.
const ethersSignAction = `const toSign = ethers.utils.arrayify(ethers.utils.keccak256(ethers.utils.toUtf8Bytes("hello")));
await Lit.Actions.signEcdsa({toSign, publicKey: pk, sigName: "s"});
Lit.Actions.setResponse({response: "ok"});`

func benchLatency(b *testing.B, code string, idle time.Duration) {
	sb := newSandbox(b, runtime.Limits{}, func(c *runtime.Config) { c.Workers = 1 })
	req := runtime.Request{Code: []byte(code), JSParams: []byte(`{"pk": "` + benchPubKey + `"}`)}
	ctx := context.Background()
	for range 20 { // warm up
		if _, err := sb.Run(ctx, req); err != nil {
			b.Fatal(err)
		}
	}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for b.Loop() {
		if idle > 0 {
			b.StopTimer()
			time.Sleep(idle) // the worker is idle when the request arrives
			b.StartTimer()
		}
		start := time.Now()
		res, err := sb.Run(ctx, req)
		lat = append(lat, time.Since(start))
		if err != nil || res.Response != "ok" || len(res.Signatures) != 1 {
			b.Fatalf("%+v %v", res, err)
		}
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
}

// BenchmarkSignAction: warm execute+sign without ethers.
func BenchmarkSignAction(b *testing.B) { benchLatency(b, signAction, 0) }

// BenchmarkSignActionIdle: the same, each request arriving at an idle worker.
func BenchmarkSignActionIdle(b *testing.B) { benchLatency(b, signAction, 50*time.Millisecond) }

// BenchmarkEthersSignAction: warm execute+sign with the ethers global used.
// Back to back, each run waits for the VM the previous one left building.
func BenchmarkEthersSignAction(b *testing.B) { benchLatency(b, ethersSignAction, 0) }

// BenchmarkEthersSignActionIdle: each request arrives at an idle worker,
// whose spare VM with ethers loaded is ready.
func BenchmarkEthersSignActionIdle(b *testing.B) {
	benchLatency(b, ethersSignAction, 50*time.Millisecond)
}
