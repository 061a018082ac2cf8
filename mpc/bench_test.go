package mpc_test

import (
	"context"
	"fmt"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/ecdsa"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp/config"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/mpctest"
	"github.com/pkpnet/pkpnet/mpc/sharestore"
)

// Benchmarks run every party in this process over the in-memory transport,
// so protocol figures are wall time for the whole network on this machine.
// Run: go test ./mpc -run '^$' -bench . -benchtime 3x

func BenchmarkKeygen(b *testing.B) {
	for _, n := range []int{3, 5} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			ids := mpc.PartyIDs(n)
			net := mpc.NewMemNetwork()
			defer net.Close()
			defer reportCPU(b)()
			for b.Loop() {
				sid := mpc.NewSessionID("keygen")
				_, errs := runAll(ids, func(id party.ID) (*config.Config, error) {
					return mpc.Keygen(context.Background(), net.Transport(id), mpc.Session{ID: sid, Self: id, Parties: ids, RoundTimeout: 5 * time.Minute})
				})
				if len(errs) > 0 {
					b.Fatal(errs)
				}
			}
		})
	}
}

func BenchmarkPresign(b *testing.B) {
	for _, n := range []int{3, 5, 7} {
		for _, workers := range []int{0, 2} {
			b.Run(fmt.Sprintf("n=%d/workers=%d", n, workers), func(b *testing.B) {
				cfgs, err := mpctest.Configs(n)
				if err != nil {
					b.Fatal(err)
				}
				signers := mpc.PartyIDs(n)[:mpc.Threshold(n)]
				net := mpc.NewMemNetwork()
				defer net.Close()
				defer reportCPU(b)()
				for b.Loop() {
					sid := mpc.NewSessionID("presign")
					_, errs := runAll(signers, func(id party.ID) (*ecdsa.PreSignature, error) {
						s := mpc.Session{ID: sid, Self: id, Parties: signers, RoundTimeout: 5 * time.Minute}
						return mpc.PresignWith(context.Background(), net.Transport(id), s, cfgs[id], mpc.PresignOptions{Workers: workers})
					})
					if len(errs) > 0 {
						b.Fatal(errs)
					}
				}
			})
		}
	}
}

// benchSetup returns one presignature of the n fixture and a request.
func benchSetup(b *testing.B, n int) (mpctest.Presig, mpc.SignRequest) {
	cfgs, err := mpctest.Configs(n)
	if err != nil {
		b.Fatal(err)
	}
	pres, err := mpctest.Presigs(n)
	if err != nil {
		b.Fatal(err)
	}
	root, _ := mpc.RootPubkey(cfgs["1"])
	return pres[0], mpc.SignRequest{RootPub: root, KeyID: randKeyID(b), Hash: randHash(b), Entropy: [32]byte{3}}
}

// BenchmarkShare is one signer's online step (re-target, re-randomize, sigma_j).
func BenchmarkShare(b *testing.B) {
	for _, n := range []int{3, 5} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			p, req := benchSetup(b, n)
			id := p.Signers[0]
			for b.Loop() {
				if _, _, err := mpc.SignShare(p.Shares[id], id, req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCombineVerify is the client: verify every share, combine,
// normalise, ecrecover-check.
func BenchmarkCombineVerify(b *testing.B) {
	for _, n := range []int{3, 5} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			p, req := benchSetup(b, n)
			var shares []mpc.Share
			var pub *mpc.PresignPublic
			for _, id := range p.Signers {
				sh, pb, err := mpc.SignShare(p.Shares[id], id, req)
				if err != nil {
					b.Fatal(err)
				}
				shares, pub = append(shares, sh), pb
			}
			for b.Loop() {
				if _, err := mpc.Combine(pub, req, shares); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkOpenStore is the scrypt key derivation plus the check value.
func BenchmarkOpenStore(b *testing.B) {
	db, err := bbolt.Open(filepath.Join(b.TempDir(), "s.db"), 0o600, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for b.Loop() {
		if _, err := sharestore.Open(db, []byte("passphrase")); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReleaseShare is a node's durable consume (one fsynced bbolt
// commit) plus the share.
func BenchmarkReleaseShare(b *testing.B) {
	db, err := bbolt.Open(filepath.Join(b.TempDir(), "s.db"), 0o600, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	s, err := sharestore.Open(db, []byte("passphrase"))
	if err != nil {
		b.Fatal(err)
	}
	p, req := benchSetup(b, 3)
	id := p.Signers[0]
	pre := p.Shares[id]
	for b.Loop() {
		b.StopTimer()
		pre.ID = randHash(b) // a fresh ID per iteration
		if err := s.PutPresign("root/1", pre); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, _, err := s.ReleaseShare(pre.ID, id, req, "bench"); err != nil {
			b.Fatal(err)
		}
	}
}

// reportCPU adds the process CPU time per operation (all parties together),
// which a loaded machine inflates less than wall time.
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() {
		if b.N > 0 {
			b.ReportMetric((cpuTime()-start).Seconds()/float64(b.N), "cpu-s/op")
		}
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
