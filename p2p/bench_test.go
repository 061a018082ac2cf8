package p2p_test

import (
	"context"
	"syscall"
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/mpctest"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

// BenchmarkPresign compares CMP presign (n=3, all three parties sign) over
// the libp2p transport with the in-memory transport, on the same machine.
// The ratio libp2p/mem is the transport's overhead.
func BenchmarkPresign(b *testing.B) {
	cfgs, err := mpctest.Configs(3)
	if err != nil {
		b.Fatal(err)
	}
	parties := partyIDs(3)
	run := func(b *testing.B, trs map[party.ID]mpc.Transport) {
		ctx := context.Background()
		b.ResetTimer()
		cpu0 := processCPU()
		for b.Loop() {
			if _, errs := runPresign(ctx, trs, cfgs, parties, time.Minute); len(errs) > 0 {
				b.Fatal(errs)
			}
		}
		// CPU time is far less sensitive than wall time to other load on
		// a shared machine: report both.
		b.ReportMetric((processCPU()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	}
	b.Run("transport=mem/n=3", func(b *testing.B) {
		net := mpc.NewMemNetwork()
		defer net.Close()
		trs := map[party.ID]mpc.Transport{}
		for _, p := range parties {
			trs[p] = net.Transport(p)
		}
		run(b, trs)
	})
	b.Run("transport=libp2p/n=3", func(b *testing.B) {
		c := newCluster(b, 3, true)
		c.waitMesh(b, 20*time.Second)
		run(b, transports(c))
	})
}

// processCPU is this process's user+system CPU time so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
