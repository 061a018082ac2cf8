package main

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/devnet"
	"github.com/pkpnet/pkpnet/mpc"
)

// latencyStats summarises samples.
type latencyStats struct {
	N    int    `json:"n"`
	P50  string `json:"p50"`
	P99  string `json:"p99"`
	Min  string `json:"min"`
	Max  string `json:"max"`
	Mean string `json:"mean"`
}

func summarize(d []time.Duration) latencyStats {
	if len(d) == 0 {
		return latencyStats{}
	}
	s := slices.Clone(d)
	slices.Sort(s)
	var sum time.Duration
	for _, v := range s {
		sum += v
	}
	q := func(p float64) time.Duration {
		i := int(p*float64(len(s))+0.5) - 1
		return s[max(0, min(len(s)-1, i))]
	}
	r := func(v time.Duration) string { return v.Round(10 * time.Microsecond).String() }
	return latencyStats{N: len(s), P50: r(q(0.50)), P99: r(q(0.99)), Min: r(s[0]), Max: r(s[len(s)-1]), Mean: r(sum / time.Duration(len(s)))}
}

type benchResult struct {
	Nodes       int          `json:"nodes"`
	Threshold   int          `json:"threshold"`
	WarmExecute latencyStats `json:"warmExecuteSign"`
	WarmPKPSign latencyStats `json:"warmPkpSign"`
	Throughput  struct {
		Requests    int     `json:"requests"`
		Concurrency int     `json:"concurrency"`
		Seconds     float64 `json:"seconds"`
		PerSecond   float64 `json:"perSecond"`
		Errors      int     `json:"errors"`
	} `json:"throughput"`
	Cold    latencyStats   `json:"coldSign"`
	Sustain *sustainResult `json:"sustain,omitempty"`
}

// sustainResult is a --sustain run: execute+sign requests at a steady
// concurrency for a fixed duration, each answered signature verified.
type sustainResult struct {
	Concurrency   int          `json:"concurrency"`
	Seconds       float64      `json:"seconds"`
	Signatures    int          `json:"signatures"`
	Errors        int          `json:"errors"`
	SigsPerSecond float64      `json:"signaturesPerSecond"`
	Latency       latencyStats `json:"latency"`
}

// sustain sends execute+sign requests from conc workers until d has passed and
// counts the verified signatures.
func sustain(ctx context.Context, d time.Duration, conc int, once func() (time.Duration, error)) *sustainResult {
	var mu sync.Mutex
	var lat []time.Duration
	var errs int
	var wg sync.WaitGroup
	t0 := time.Now()
	end := t0.Add(d)
	for w := 0; w < conc; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(end) && ctx.Err() == nil {
				l, err := once()
				mu.Lock()
				if err != nil {
					errs++
				} else {
					lat = append(lat, l)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	el := time.Since(t0)
	return &sustainResult{Concurrency: conc, Seconds: el.Seconds(), Signatures: len(lat), Errors: errs,
		SigsPerSecond: float64(len(lat)) / el.Seconds(), Latency: summarize(lat)}
}

// poolSum is the number of pooled presignatures the reachable nodes report.
func poolSum(sts []client.NodeStatus) int {
	n := 0
	for _, s := range sts {
		if s.Err == nil {
			n += s.Pool()
		}
	}
	return n
}

func init() {
	var o clientOpts
	var warm, cold, conc, burst int
	var refillWait, sustainFor time.Duration
	var quiet bool
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure warm execute+sign latency, throughput and cold-sign latency against a network",
		Long: `bench mints a PKP owned by the caller and measures, against a running network (e.g.
'pkpnet devnet --pool-target 8'):
  - warm execute+sign latency (p50, p99): an action that signs one hash, sent only while
    the coordinator has presignatures (the timer excludes waiting for refills);
  - warm pkp-sign latency;
  - throughput: --burst execute+sign requests with --concurrency in flight;
  - cold-sign latency: the pools are drained first, so the signature needs an on-demand
    presignature.
With --sustain DURATION it measures only the sustained rate instead: execute+sign
requests with --concurrency in flight for DURATION, each signature verified, reported
as signatures per second (pooled and on-demand presignatures alike).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, cancel := context.WithTimeout(cmd.Context(), o.timeout)
			defer cancel()
			ch, eth, err := o.chain(ctx)
			if err != nil {
				return err
			}
			defer eth.Close()
			c, err := o.client(ctx, o.logger(cmd.ErrOrStderr()))
			if err != nil {
				return err
			}
			defer c.Close()
			say := func(format string, args ...any) { fmt.Fprintf(cmd.ErrOrStderr(), "bench: "+format+"\n", args...) }
			p, err := ch.MintPKP(ctx)
			if err != nil {
				return err
			}
			pub := p.PubKeyBytes()
			say("minted PKP %s (%s)", p.TokenID, p.Address)
			nodes, _ := c.Nodes()
			res := &benchResult{Nodes: len(nodes), Threshold: c.Threshold()}
			hash := func() []byte {
				var h [32]byte
				_, _ = rand.Read(h[:])
				return h[:]
			}
			execOnce := func() (time.Duration, error) {
				h := hash()
				jp, _ := json.Marshal(map[string]string{"toSign": hexutil.Encode(h), "publicKey": p.PubKey, "sigName": "b"})
				t0 := time.Now()
				r, err := c.Execute(ctx, client.ExecuteParams{Code: devnet.SignAction, JSParams: jp}, nil)
				d := time.Since(t0)
				if err != nil {
					return d, err
				}
				if err := mpc.VerifySignature(pub, h, r.Signatures["b"].Bytes()); err != nil {
					return d, err
				}
				return d, nil
			}
			signOnce := func() (time.Duration, error) {
				h := hash()
				t0 := time.Now()
				_, err := c.PKPSign(ctx, pub, h, nil)
				return time.Since(t0), err
			}
			// waitStock waits (untimed) until some node has a presignature.
			// It tracks the pooled count locally (each request consumes one)
			// and asks the nodes again only when it reaches zero, because the
			// handshake is rate limited per peer.
			stock := 0
			waitStock := func() error {
				deadline := time.Now().Add(refillWait)
				for stock <= 0 {
					stock = poolSum(c.Handshake(ctx))
					if stock > 0 {
						break
					}
					if time.Now().After(deadline) {
						return fmt.Errorf("no presignature became available within %s", refillWait)
					}
					select {
					case <-ctx.Done():
						return ctx.Err()
					case <-time.After(300 * time.Millisecond):
					}
				}
				stock--
				return nil
			}
			// settle waits until the pooled count stops changing (the pools
			// are full and no presign runs) and returns it.
			settle := func() (int, error) {
				prev, stable := -1, 0
				for stable < 5 {
					s := poolSum(c.Handshake(ctx))
					if s == prev {
						stable++
					} else {
						stable = 0
					}
					prev = s
					select {
					case <-ctx.Done():
						return 0, ctx.Err()
					case <-time.After(time.Second):
					}
				}
				return prev, nil
			}
			if quiet {
				say("--quiet: waiting for full pools before every warm sample")
			}
			// One untimed request warms connections and workers.
			if err := waitStock(); err != nil {
				return err
			}
			if _, err := execOnce(); err != nil {
				return fmt.Errorf("warm-up: %w", err)
			}
			if sustainFor > 0 {
				say("sustain: %d in flight for %s", conc, sustainFor)
				res.Sustain = sustain(ctx, sustainFor, conc, execOnce)
				say("sustain: %+v", *res.Sustain)
				printOut(cmd.OutOrStdout(), o.json, res, func(w io.Writer) {
					s := res.Sustain
					fmt.Fprintf(w, "nodes %d, threshold %d\n", res.Nodes, res.Threshold)
					fmt.Fprintf(w, "sustained: %.2f signatures/s (%d signatures, %d errors, %d in flight, %.1fs; latency p50=%s p99=%s)\n",
						s.SigsPerSecond, s.Signatures, s.Errors, s.Concurrency, s.Seconds, s.Latency.P50, s.Latency.P99)
				})
				return nil
			}
			for _, m := range []struct {
				name string
				f    func() (time.Duration, error)
				out  *latencyStats
			}{{"warm execute+sign", execOnce, &res.WarmExecute}, {"warm pkp-sign", signOnce, &res.WarmPKPSign}} {
				var ds []time.Duration
				for i := 0; i < warm; i++ {
					if quiet {
						if _, err := settle(); err != nil {
							return err
						}
						stock = 0
					}
					if err := waitStock(); err != nil {
						return err
					}
					d, err := m.f()
					if err != nil {
						return fmt.Errorf("%s: %w", m.name, err)
					}
					ds = append(ds, d)
				}
				*m.out = summarize(ds)
				say("%s: %+v", m.name, *m.out)
			}

			// Throughput: wait until the pools are as full as they get, then
			// a burst of concurrent requests.
			say("waiting for the pools to refill before the throughput burst")
			prev, err := settle()
			if err != nil {
				return err
			}
			stock = 0
			n := burst
			if n <= 0 {
				n = max(prev, 1)
			}
			var next, errs atomic.Int64
			var wg sync.WaitGroup
			t0 := time.Now()
			for w := 0; w < conc; w++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for next.Add(1) <= int64(n) {
						if _, err := execOnce(); err != nil {
							errs.Add(1)
						}
					}
				}()
			}
			wg.Wait()
			el := time.Since(t0)
			res.Throughput.Requests, res.Throughput.Concurrency, res.Throughput.Seconds = n, conc, el.Seconds()
			res.Throughput.PerSecond = float64(n-int(errs.Load())) / el.Seconds()
			res.Throughput.Errors = int(errs.Load())
			say("throughput: %d requests, %d in flight: %.1f/s (%d errors)", n, conc, res.Throughput.PerSecond, errs.Load())

			// Cold: drain every pool, then time one sign (on-demand presign).
			var colds []time.Duration
			for i := 0; i < cold; i++ {
				for drained := 0; poolSum(c.Handshake(ctx)) > 0; drained++ {
					time.Sleep(250 * time.Millisecond) // the handshake is rate limited
					if drained > 10000 {
						return errors.New("cannot drain the pools")
					}
					if _, err := signOnce(); err != nil {
						return fmt.Errorf("drain: %w", err)
					}
				}
				d, err := signOnce()
				if err != nil {
					return fmt.Errorf("cold sign: %w", err)
				}
				colds = append(colds, d)
			}
			res.Cold = summarize(colds)
			say("cold sign: %+v", res.Cold)
			printOut(cmd.OutOrStdout(), o.json, res, func(w io.Writer) {
				fmt.Fprintf(w, "nodes %d, threshold %d\n", res.Nodes, res.Threshold)
				fmt.Fprintf(w, "warm execute+sign: n=%d p50=%s p99=%s (min %s, max %s)\n", res.WarmExecute.N, res.WarmExecute.P50, res.WarmExecute.P99, res.WarmExecute.Min, res.WarmExecute.Max)
				fmt.Fprintf(w, "warm pkp-sign:     n=%d p50=%s p99=%s (min %s, max %s)\n", res.WarmPKPSign.N, res.WarmPKPSign.P50, res.WarmPKPSign.P99, res.WarmPKPSign.Min, res.WarmPKPSign.Max)
				fmt.Fprintf(w, "throughput:        %.1f requests/s (%d requests, %d in flight, %.2fs, %d errors)\n", res.Throughput.PerSecond, n, conc, el.Seconds(), res.Throughput.Errors)
				fmt.Fprintf(w, "cold sign:         n=%d p50=%s max=%s\n", res.Cold.N, res.Cold.P50, res.Cold.Max)
			})
			return nil
		},
	}
	addClientFlags(cmd, &o)
	f := cmd.Flags()
	f.IntVar(&warm, "warm", 30, "warm samples of each kind")
	f.IntVar(&cold, "cold", 3, "cold samples (each drains the pools first)")
	f.IntVar(&conc, "concurrency", 4, "requests in flight in the throughput burst")
	f.IntVar(&burst, "burst", 24, "requests in the throughput burst (beyond the pooled presignatures they presign on demand); 0: the pooled count")
	f.DurationVar(&refillWait, "refill-wait", 2*time.Minute, "how long to wait for a presignature before a warm sample")
	f.DurationVar(&sustainFor, "sustain", 0, "measure only the sustained rate: execute+sign with --concurrency in flight for this long (e.g. 5m)")
	f.BoolVar(&quiet, "quiet", false, "before every warm sample wait until the pools are full again, so that no background presign competes for CPU (slow: 5 s or more per sample)")
	o.timeout = 15 * time.Minute // bench waits for refills
	f.Lookup("timeout").DefValue = o.timeout.String()
	rootCmd.AddCommand(cmd)
}
