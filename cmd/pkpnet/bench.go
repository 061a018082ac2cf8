package main

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/devnet"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/p2p"
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
	// WarmOnDemand counts the warm samples whose signature was presigned on
	// demand although the pinned coordinator had reported a ready
	// presignature (consumed by a race or refused); they are left out of
	// the warm statistics above.
	WarmOnDemand struct {
		Execute int `json:"execute"`
		PKPSign int `json:"pkpSign"`
	} `json:"warmOnDemand"`
	Throughput struct {
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

// warmLevels returns, for each reachable node, how many presignatures it
// reports ready for signer sets it can take for a request sent to every
// reachable node: sets of t parties that contain it and hold only reachable
// parties (what the coordinator's pool take accepts). Levels are the nodes'
// own reports, clamped to p2p.MaxPoolLevel.
func warmLevels(sts []client.NodeStatus, t int) map[string]int {
	up := map[string]bool{}
	for _, s := range sts {
		if s.Err == nil && s.Info != nil {
			up[s.Party] = true
		}
	}
	out := map[string]int{}
	for _, s := range sts {
		if !up[s.Party] {
			continue
		}
		n := 0
		for k, v := range s.Info.PoolLevels {
			set := strings.Split(k, ",")
			if v <= 0 || len(set) != t || !slices.Contains(set, s.Party) {
				continue
			}
			ok := true
			for _, q := range set {
				ok = ok && up[q]
			}
			if ok {
				n = min(n+min(v, p2p.MaxPoolLevel), p2p.MaxPoolLevel)
			}
		}
		if n > 0 {
			out[s.Party] = n
		}
	}
	return out
}

// pickWarm chooses the coordinator of the next warm sample: round robin, in
// canonical party order after last, over the parties with a ready
// presignature in levels; "" when none has one.
func pickWarm(levels map[string]int, last string) string {
	var ready []string
	for p, n := range levels {
		if n > 0 {
			ready = append(ready, p)
		}
	}
	if len(ready) == 0 {
		return ""
	}
	slices.SortFunc(ready, mpc.CompareParties)
	for _, p := range ready {
		if last == "" || mpc.CompareParties(p, last) > 0 {
			return p
		}
	}
	return ready[0]
}

// benchEnv is a bench against one network: a client, a freshly minted PKP
// and the warm-sample bookkeeping. `pkpnet bench` and `pkpnet bench scale`
// both measure through it.
type benchEnv struct {
	c          *client.Client
	pub        []byte // the PKP's public key
	pubHex     string
	say        func(format string, args ...any)
	refillWait time.Duration

	// levels are the presignatures the nodes last reported ready, debited
	// one per warm sample; lastWarm is the last pinned coordinator.
	levels   map[string]int
	lastWarm string
}

// newBenchEnv mints a PKP owned by ch's key for the measurements.
func newBenchEnv(ctx context.Context, c *client.Client, ch *client.Chain, refillWait time.Duration, say func(string, ...any)) (*benchEnv, error) {
	p, err := ch.MintPKP(ctx)
	if err != nil {
		return nil, fmt.Errorf("mint a PKP: %w", err)
	}
	say("minted PKP %s (%s)", p.TokenID, p.Address)
	return &benchEnv{c: c, pub: p.PubKeyBytes(), pubHex: p.PubKey, say: say, refillWait: refillWait}, nil
}

// sampleFunc runs one timed request (with coordinator coord pinned when
// set) and reports whether its signature was presigned on demand.
type sampleFunc func(ctx context.Context, coord string) (d time.Duration, onDemand bool, err error)

func randomHash() []byte {
	var h [32]byte
	_, _ = rand.Read(h[:])
	return h[:]
}

// execOnce is one execute of the sign action, its signature verified.
func (b *benchEnv) execOnce(ctx context.Context, coord string) (time.Duration, bool, error) {
	h := randomHash()
	jp, _ := json.Marshal(map[string]string{"toSign": hexutil.Encode(h), "publicKey": b.pubHex, "sigName": "b"})
	t0 := time.Now()
	r, err := b.c.Execute(ctx, client.ExecuteParams{Code: devnet.SignAction, JSParams: jp}, &client.Options{Coordinator: coord})
	d := time.Since(t0)
	if err != nil {
		return d, false, err
	}
	sig := r.Signatures["b"]
	if err := mpc.VerifySignature(b.pub, h, sig.Bytes()); err != nil {
		return d, false, err
	}
	return d, sig.OnDemand, nil
}

// signOnce is one pkp-sign (the client verifies the signature).
func (b *benchEnv) signOnce(ctx context.Context, coord string) (time.Duration, bool, error) {
	h := randomHash()
	t0 := time.Now()
	r, err := b.c.PKPSign(ctx, b.pub, h, &client.Options{Coordinator: coord})
	d := time.Since(t0)
	if err != nil {
		return d, false, err
	}
	od := false
	for _, s := range r.Signatures {
		od = od || s.OnDemand
	}
	return d, od, nil
}

// waitWarm waits (untimed) until a node reports a presignature ready for a
// signer set it can take for the request, and returns that node: the warm
// sample pins it as coordinator. It keeps the reported levels and debits
// one per sample, asking the nodes again only when none is left, because
// the handshake is rate limited per peer.
func (b *benchEnv) waitWarm(ctx context.Context) (string, error) {
	deadline := time.Now().Add(b.refillWait)
	for asked := false; ; asked = true {
		if p := pickWarm(b.levels, b.lastWarm); p != "" {
			b.levels[p]--
			b.lastWarm = p
			return p, nil
		}
		if asked {
			if time.Now().After(deadline) {
				return "", fmt.Errorf("no coordinator reported a ready presignature within %s", b.refillWait)
			}
			select {
			case <-ctx.Done():
				return "", ctx.Err()
			case <-time.After(300 * time.Millisecond):
			}
		}
		b.levels = warmLevels(b.c.Handshake(ctx), b.c.Threshold())
	}
}

// settle waits until the pooled count stops changing (the pools are full
// and no presign runs) and returns it.
func (b *benchEnv) settle(ctx context.Context) (int, error) {
	prev, stable := -1, 0
	for stable < 5 {
		s := poolSum(b.c.Handshake(ctx))
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
	b.levels = nil
	return prev, nil
}

// warmUp sends one untimed request to warm connections and workers.
func (b *benchEnv) warmUp(ctx context.Context) error {
	coord, err := b.waitWarm(ctx)
	if err != nil {
		return fmt.Errorf("warm-up: %w", err)
	}
	if _, _, err := b.execOnce(ctx, coord); err != nil {
		return fmt.Errorf("warm-up: %w", err)
	}
	return nil
}

// warmRuns takes warm samples of execute+sign and pkp-sign into res, each
// with a coordinator that reported a ready presignature (with quiet, after
// the pools are full again). On an error res holds the samples taken so far.
func (b *benchEnv) warmRuns(ctx context.Context, warm int, quiet bool, res *benchResult) error {
	for _, m := range []struct {
		name     string
		f        sampleFunc
		out      *latencyStats
		onDemand *int
	}{
		{"warm execute+sign", b.execOnce, &res.WarmExecute, &res.WarmOnDemand.Execute},
		{"warm pkp-sign", b.signOnce, &res.WarmPKPSign, &res.WarmOnDemand.PKPSign},
	} {
		var ds []time.Duration
		err := func() error {
			for i := 0; i < warm; i++ {
				if quiet {
					if _, err := b.settle(ctx); err != nil {
						return err
					}
				}
				coord, err := b.waitWarm(ctx)
				if err != nil {
					return err
				}
				d, od, err := m.f(ctx, coord)
				if err != nil {
					return fmt.Errorf("%s: %w", m.name, err)
				}
				if od {
					*m.onDemand++
					b.say("%s: sample %d went on demand at coordinator %s (%s), left out of the warm figures", m.name, i+1, coord, d.Round(time.Millisecond))
					continue
				}
				ds = append(ds, d)
			}
			return nil
		}()
		*m.out = summarize(ds)
		if err != nil {
			return err
		}
		b.say("%s: %+v, %d on demand", m.name, *m.out, *m.onDemand)
	}
	return nil
}

// throughput waits until the pools are as full as they get, then sends a
// burst of n execute+sign requests (n <= 0: the pooled count) with conc in
// flight.
func (b *benchEnv) throughput(ctx context.Context, n, conc int, res *benchResult) error {
	b.say("waiting for the pools to refill before the throughput burst")
	prev, err := b.settle(ctx)
	if err != nil {
		return err
	}
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
				if _, _, err := b.execOnce(ctx, ""); err != nil {
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
	b.say("throughput: %d requests, %d in flight: %.1f/s (%d errors)", n, conc, res.Throughput.PerSecond, errs.Load())
	return nil
}

// coldRuns takes cold samples: each drains every pool first, then times one
// pkp-sign, whose signature needs an on-demand presignature. On an error
// out holds the samples taken so far.
func (b *benchEnv) coldRuns(ctx context.Context, cold int, out *latencyStats) error {
	var colds []time.Duration
	defer func() { *out = summarize(colds) }()
	pooled := 0
	for len(colds) < cold {
		for drained := 0; poolSum(b.c.Handshake(ctx)) > 0; drained++ {
			select { // the handshake is rate limited
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(250 * time.Millisecond):
			}
			if drained > 10000 {
				return errors.New("cannot drain the pools")
			}
			if _, _, err := b.signOnce(ctx, ""); err != nil {
				return fmt.Errorf("drain: %w", err)
			}
		}
		d, onDemand, err := b.signOnce(ctx, "")
		if err != nil {
			return fmt.Errorf("cold sign: %w", err)
		}
		if !onDemand {
			// The refill made a presignature between the drain and the
			// sample: not a cold sign; drain again.
			if pooled++; pooled > 10*cold+10 {
				return errors.New("cold sign: the refill keeps up with the drain; no sample went on demand")
			}
			continue
		}
		colds = append(colds, d)
	}
	return nil
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
  - warm execute+sign latency (p50, p99): an action that signs one hash, each sent with
    a pinned coordinator that reported a presignature ready for a signer set of the
    reachable nodes (the timer excludes waiting for refills); samples that still
    presigned on demand are counted apart and left out of the warm figures;
  - warm pkp-sign latency;
  - throughput: --burst execute+sign requests with --concurrency in flight;
  - cold-sign latency: the pools are drained first, so the signature needs an on-demand
    presignature (a sample the refill served from a pool anyway is drained again, not counted).
With --sustain DURATION it measures only the sustained rate instead: execute+sign
requests with --concurrency in flight for DURATION, each signature verified, reported
as signatures per second (pooled and on-demand presignatures alike).
'pkpnet bench scale' starts devnets of 3, 5, 7 and 10 node processes itself and
measures each.`,
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
			b, err := newBenchEnv(ctx, c, ch, refillWait, say)
			if err != nil {
				return err
			}
			nodes, _ := c.Nodes()
			res := &benchResult{Nodes: len(nodes), Threshold: c.Threshold()}
			if quiet {
				say("--quiet: waiting for full pools before every warm sample")
			}
			if err := b.warmUp(ctx); err != nil {
				return err
			}
			if sustainFor > 0 {
				say("sustain: %d in flight for %s", conc, sustainFor)
				res.Sustain = sustain(ctx, sustainFor, conc, func() (time.Duration, error) { d, _, err := b.execOnce(ctx, ""); return d, err })
				say("sustain: %+v", *res.Sustain)
				printOut(cmd.OutOrStdout(), o.json, res, func(w io.Writer) {
					s := res.Sustain
					fmt.Fprintf(w, "nodes %d, threshold %d\n", res.Nodes, res.Threshold)
					fmt.Fprintf(w, "sustained: %.2f signatures/s (%d signatures, %d errors, %d in flight, %.1fs; latency p50=%s p99=%s)\n",
						s.SigsPerSecond, s.Signatures, s.Errors, s.Concurrency, s.Seconds, s.Latency.P50, s.Latency.P99)
				})
				return nil
			}
			if err := b.warmRuns(ctx, warm, quiet, res); err != nil {
				return err
			}
			if err := b.throughput(ctx, burst, conc, res); err != nil {
				return err
			}
			if err := b.coldRuns(ctx, cold, &res.Cold); err != nil {
				return err
			}
			say("cold sign: %+v", res.Cold)
			printOut(cmd.OutOrStdout(), o.json, res, func(w io.Writer) {
				fmt.Fprintf(w, "nodes %d, threshold %d\n", res.Nodes, res.Threshold)
				fmt.Fprintf(w, "warm execute+sign: n=%d p50=%s p99=%s (min %s, max %s); %d more went on demand\n", res.WarmExecute.N, res.WarmExecute.P50, res.WarmExecute.P99, res.WarmExecute.Min, res.WarmExecute.Max, res.WarmOnDemand.Execute)
				fmt.Fprintf(w, "warm pkp-sign:     n=%d p50=%s p99=%s (min %s, max %s); %d more went on demand\n", res.WarmPKPSign.N, res.WarmPKPSign.P50, res.WarmPKPSign.P99, res.WarmPKPSign.Min, res.WarmPKPSign.Max, res.WarmOnDemand.PKPSign)
				fmt.Fprintf(w, "throughput:        %.1f requests/s (%d requests, %d in flight, %.2fs, %d errors)\n", res.Throughput.PerSecond, res.Throughput.Requests, res.Throughput.Concurrency, res.Throughput.Seconds, res.Throughput.Errors)
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
	cmd.AddCommand(benchScaleCmd())
	rootCmd.AddCommand(cmd)
}
