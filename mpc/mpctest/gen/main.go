// Command gen regenerates the mpctest fixtures: a CMP root key for n=3 and
// n=5 (party IDs "1".."n") and a stock of root presignatures, all run over
// mpc's in-memory transport with the real protocols.
//
//	go run ./mpc/mpctest/gen [-out mpc/mpctest/testdata] [-sizes 3,5,7] [-n3 60] [-n5 8] [-n7 9] [-n10 4]
//
// Each size is generated independently (its own keygen), so -sizes 7
// adds the n=7 fixture without touching the others. n=10 is generated only
// when asked for (-sizes 10, a few minutes on 2 cores).
package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp/config"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/mpctest"
)

func main() {
	out := flag.String("out", "mpc/mpctest/testdata", "output directory")
	n3 := flag.Int("n3", 60, "presignatures for n=3 (spread over the 3 signer sets of size 2)")
	n5 := flag.Int("n5", 8, "presignatures for n=5 (signers 1..4)")
	n7 := flag.Int("n7", 9, "presignatures for n=7 (spread over {1..5}, {2..6} and {1,3,4,5,6})")
	n10 := flag.Int("n10", 4, "presignatures for n=10 (spread over {1..6,10}, {4..10} and {2..7,10})")
	sizes := flag.String("sizes", "3,5,7", "comma-separated network sizes to generate")
	flag.Parse()
	ctx := context.Background()
	want := map[string]bool{}
	for _, s := range strings.Split(*sizes, ",") {
		want[strings.TrimSpace(s)] = true
	}
	for _, c := range []struct{ n, presigs int }{{3, *n3}, {5, *n5}, {7, *n7}, {10, *n10}} {
		if !want[fmt.Sprint(c.n)] {
			continue
		}
		f, err := generate(ctx, c.n, c.presigs)
		if err != nil {
			log.Fatalf("n=%d: %v", c.n, err)
		}
		b, err := json.MarshalIndent(f, "", " ")
		if err != nil {
			log.Fatal(err)
		}
		path := filepath.Join(*out, fmt.Sprintf("n%d.json", c.n))
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			log.Fatal(err)
		}
		log.Printf("wrote %s", path)
	}
}

// roundTimeout is generous: all parties share one (often loaded) machine.
const roundTimeout = 15 * time.Minute

func generate(ctx context.Context, n, presigs int) (*mpctest.File, error) {
	ids := mpc.PartyIDs(n)
	net := mpc.NewMemNetwork()
	defer net.Close()
	t0 := time.Now()
	kid := mpc.NewSessionID("keygen")
	cfgs, err := all(ids, func(id party.ID) (*config.Config, error) {
		s := mpc.Session{ID: kid, Topic: "keygen", Self: id, Parties: ids, RoundTimeout: roundTimeout}
		return mpc.Keygen(ctx, net.Transport(id), s)
	})
	if err != nil {
		return nil, err
	}
	log.Printf("n=%d keygen %v", n, time.Since(t0))
	f := &mpctest.File{N: n, Configs: map[string]string{}}
	for id, cfg := range cfgs {
		b, err := cfg.MarshalBinary()
		if err != nil {
			return nil, err
		}
		f.Configs[string(id)] = base64.StdEncoding.EncodeToString(b)
	}
	T := mpc.Threshold(n)
	var sets [][]party.ID
	switch n {
	case 3:
		sets = [][]party.ID{{"1", "2"}, {"1", "3"}, {"2", "3"}}
	case 7:
		// A set with parties 1 and 2, one without 1 and one without 2: the
		// signing tests' first runs and their follow-ups without a culprit.
		sets = [][]party.ID{{"1", "2", "3", "4", "5"}, {"2", "3", "4", "5", "6"}, {"1", "3", "4", "5", "6"}}
	case 10:
		// Signer sets with party 10 beside lower parties: multi-party-sig
		// orders "10" before "2", pkpnet's canonical order after "9".
		sets = [][]party.ID{
			{"1", "2", "3", "4", "5", "6", "10"}, {"4", "5", "6", "7", "8", "9", "10"}, {"2", "3", "4", "5", "6", "7", "10"},
		}
	default:
		sets = [][]party.ID{ids[:T]}
	}
	for i := range presigs {
		signers := sets[i%len(sets)]
		sid := mpc.NewSessionID("presign")
		t1 := time.Now()
		res, err := all(signers, func(id party.ID) ([]byte, error) {
			s := mpc.Session{ID: sid, Topic: "presign", Self: id, Parties: signers, RoundTimeout: roundTimeout}
			p, err := mpc.Presign(ctx, net.Transport(id), s, cfgs[id])
			if err != nil {
				return nil, err
			}
			return mpc.MarshalPresign(p)
		})
		if err != nil {
			return nil, err
		}
		fp := mpctest.FilePresig{Shares: map[string]string{}}
		for _, id := range signers {
			fp.Signers = append(fp.Signers, string(id))
			fp.Shares[string(id)] = base64.StdEncoding.EncodeToString(res[id])
		}
		f.Presigs = append(f.Presigs, fp)
		log.Printf("n=%d presign %d/%d %v", n, i+1, presigs, time.Since(t1))
	}
	return f, nil
}

// all runs f for every party concurrently and collects the results.
func all[T any](ids []party.ID, f func(party.ID) (T, error)) (map[party.ID]T, error) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	out := map[party.ID]T{}
	var firstErr error
	for _, id := range ids {
		wg.Go(func() {
			v, err := f(id)
			mu.Lock()
			defer mu.Unlock()
			if err != nil && firstErr == nil {
				firstErr = fmt.Errorf("party %s: %w", id, err)
			}
			out[id] = v
		})
	}
	wg.Wait()
	return out, firstErr
}
