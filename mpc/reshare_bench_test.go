package mpc_test

import (
	"testing"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp/config"

	"github.com/pkpnet/pkpnet/mpc"
)

// BenchmarkReshare times one whole transition, dealing and CMP refresh of
// the next set, with every party in this process over the in-memory
// transport. 4 -> 7 starts from a 4-node key made by one untimed 3 -> 4.
// Run: go test ./mpc -run '^$' -bench Reshare -benchtime 1x
func BenchmarkReshare(b *testing.B) {
	old3, root := fixture(b, 3)
	net := mpc.NewMemNetwork()
	defer net.Close()
	run := func(b *testing.B, old map[party.ID]*config.Config, from, to int) map[party.ID]*config.Config {
		p := params(root, uint64(from*100+to), mpc.PartyIDs(from), mpc.PartyIDs(to), mpc.PartyIDs(from))
		p.RoundTimeout = 10 * time.Minute
		var out map[party.ID]*config.Config
		attempt := uint32(0)
		defer reportCPU(b)()
		for b.Loop() {
			p.Attempt = attempt
			attempt++
			cfgs, errs := reshareAll(b, net, reshareCase{params: p, old: old})
			if len(errs) > 0 {
				b.Fatal(errs)
			}
			out = cfgs
		}
		return out
	}
	var old4 map[party.ID]*config.Config
	b.Run("3to4", func(b *testing.B) { old4 = run(b, old3, 3, 4) })
	b.Run("4to7", func(b *testing.B) {
		if old4 == nil {
			b.Skip("needs the 3to4 result")
		}
		run(b, old4, 4, 7)
	})
}
