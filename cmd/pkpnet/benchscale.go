package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"github.com/prometheus/procfs"
	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/devnet"
)

// scaleResult is what `pkpnet bench scale` measured for one network size.
// Times are seconds; a zero time means the phase was not reached (Reached
// and Error say how far the size got).
type scaleResult struct {
	Nodes      int `json:"nodes"`
	Threshold  int `json:"threshold"`
	PoolTarget int `json:"poolTarget"`
	// LoadStart and LoadEnd are the 1-minute load average (/proc/loadavg)
	// before the devnet starts and after its processes stopped.
	LoadStart float64 `json:"loadStart"`
	LoadEnd   float64 `json:"loadEnd"`
	// GenesisSeconds: from the devnet's start (chain, bootstrap peer, node
	// processes) until the root key is active on chain.
	GenesisSeconds float64 `json:"genesisSeconds"`
	// KeygenSeconds: the slowest node's root keygen ("keygen finished
	// took=" in its log).
	KeygenSeconds float64 `json:"keygenSeconds"`
	// ReadySeconds: from the start until some node reports a presignature.
	ReadySeconds float64 `json:"readySeconds"`
	// PoolsFullSeconds: from the start until every node reports PoolTarget
	// presignatures for its fullest signer set; 0 if not within
	// --fill-timeout (PoolHave of PoolWant then says how far it got).
	PoolsFullSeconds float64 `json:"poolsFullSeconds"`
	PoolHave         int     `json:"poolHave"`
	PoolWant         int     `json:"poolWant"`
	// Fill is the presign work from genesis until the pools were full (or
	// the fill bound).
	Fill fillStats `json:"fill"`
	// The warm and cold figures, as `pkpnet bench` measures them, with the
	// background refill running.
	WarmExecute  latencyStats `json:"warmExecuteSign"`
	WarmPKPSign  latencyStats `json:"warmPkpSign"`
	WarmOnDemand struct {
		Execute int `json:"execute"`
		PKPSign int `json:"pkpSign"`
	} `json:"warmOnDemand"`
	Cold latencyStats `json:"coldSign"`
	// Reached is the last phase completed: started, genesis, ready, fill,
	// warm, cold.
	Reached string  `json:"reached"`
	Error   string  `json:"error,omitempty"`
	Seconds float64 `json:"seconds"`
}

// fillStats is the presign work of the fill phase, from the nodes' own
// metrics and /proc.
type fillStats struct {
	Seconds float64 `json:"seconds"`
	// PartySessions is the sum over the nodes of the presign sessions each
	// completed (pkpnet_presign_duration_seconds_count); Presignatures is
	// that divided by the signer-set size T.
	PartySessions int     `json:"partySessions"`
	Presignatures float64 `json:"presignatures"`
	// WallSeconds is the mean duration of a presign session as its parties
	// saw it (sum over nodes of the histogram's sum / PartySessions).
	WallSeconds float64 `json:"wallSeconds"`
	// CPUSeconds is utime+stime of the node processes (all their threads;
	// not their sandbox worker processes, idle while no action runs)
	// over the phase, all nodes together; CPUPerParty is CPUSeconds /
	// PartySessions: one party's CPU for one presignature, including
	// whatever else the node did meanwhile (chain index, gossip, the
	// bench's handshakes, presign sessions that failed).
	CPUSeconds  float64 `json:"cpuSeconds"`
	CPUPerParty float64 `json:"cpuPerPartySeconds"`
	// Failures is the sum of pkpnet_presign_failures_total over the nodes.
	Failures int `json:"failures"`
}

// scaleOpts are the flags of `pkpnet bench scale`.
type scaleOpts struct {
	nodes       []int
	poolTarget  int
	warm, cold  int
	fillTimeout time.Duration
	sizeTimeout time.Duration
	refillWait  time.Duration
	dir         string
	json        bool
	verbose     bool
	log         *slog.Logger // the client's, warnings to stderr
}

// samples returns the warm and cold sample counts for an n-node size:
// the flags when given, else 20 / 3 below 7 nodes and 5 / 1 from 7 up
// (each warm sample there costs a presignature of 5 or more parties).
func (o *scaleOpts) samples(n int) (warm, cold int) {
	warm, cold = o.warm, o.cold
	if warm < 0 {
		warm = 20
		if n >= 7 {
			warm = 5
		}
	}
	if cold < 0 {
		cold = 3
		if n >= 7 {
			cold = 1
		}
	}
	return warm, cold
}

func benchScaleCmd() *cobra.Command {
	o := scaleOpts{}
	cmd := &cobra.Command{
		Use:   "scale",
		Short: "Start devnets of 3, 5, 7 and 10 node processes in turn and measure each",
		Long: `scale measures how the network scales on this machine. For each --nodes size in
turn it starts a devnet of node processes in a temporary directory (dev chain,
bootstrap peer, IPFS gateway, free ports on 127.0.0.1), and records:
  - the load average (/proc/loadavg, 1 minute) before the devnet starts and after it stopped;
  - genesis (root key active on chain), the slowest node's keygen (its log's
    'keygen finished took='), ready (a first presignature) and pools full (every node at
    --pool-target for its fullest signer set, waited for at most --fill-timeout), all
    from the start of the devnet;
  - the fill phase (genesis until full): presign sessions completed, their mean wall time
    (the nodes' pkpnet_presign_duration_seconds), and CPU per party per presignature
    (utime+stime of the node processes from /proc over the phase, divided by the sessions
    all nodes completed), presign failures;
  - warm execute+sign and pkp-sign p50/p99 with the background refill running, and cold
    sign (pools drained first), measured as 'pkpnet bench' does.
Then it stops every node process and the devnet before the next size. A size that does
not finish within --size-timeout (or fails) reports what it reached and the error; the
next size still runs. Ctrl-C stops the current size's processes and prints what was
measured. The table goes to stdout (with --json: one JSON array there, the table on
stderr), progress to stderr.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if len(o.nodes) == 0 {
				return errors.New("--nodes: give at least one size")
			}
			for _, n := range o.nodes {
				if n < 2 || n > 16 {
					return fmt.Errorf("--nodes %d: use 2..16", n)
				}
			}
			if o.poolTarget < 1 {
				return fmt.Errorf("--pool-target %d: at least 1", o.poolTarget)
			}
			exe, err := os.Executable()
			if err != nil {
				return fmt.Errorf("find the pkpnet executable: %w", err)
			}
			lvl := slog.LevelWarn
			if o.verbose {
				lvl = slog.LevelInfo
			}
			o.log = slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: lvl}))
			say := func(format string, args ...any) {
				fmt.Fprintf(cmd.ErrOrStderr(), "bench scale: "+format+"\n", args...)
			}
			var out []*scaleResult
			for _, n := range o.nodes {
				if cmd.Context().Err() != nil {
					break
				}
				r := runScaleSize(cmd.Context(), exe, n, &o, say)
				out = append(out, r)
				if r.Error != "" {
					say("n=%d stopped after %s: %s", n, r.Reached, r.Error)
				}
			}
			printOut(cmd.OutOrStdout(), o.json, out, func(w io.Writer) { printScaleTable(w, out) })
			if o.json { // the table too, for the reader of the progress
				printScaleTable(cmd.ErrOrStderr(), out)
			}
			if err := cmd.Context().Err(); err != nil {
				return fmt.Errorf("interrupted: %w", err)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.IntSliceVar(&o.nodes, "nodes", []int{3, 5, 7, 10}, "network sizes to measure, one after the other")
	f.IntVar(&o.poolTarget, "pool-target", 2, "presignatures each node keeps per signer set it coordinates")
	f.IntVar(&o.warm, "warm", -1, "warm samples of each kind per size (-1: 20 below 7 nodes, 5 from 7 up)")
	f.IntVar(&o.cold, "cold", -1, "cold samples per size, each drains the pools first (-1: 3 below 7 nodes, 1 from 7 up)")
	f.DurationVar(&o.fillTimeout, "fill-timeout", 5*time.Minute, "how long to wait for full pools after the first presignature; the bench goes on without them")
	f.DurationVar(&o.sizeTimeout, "size-timeout", 25*time.Minute, "bound for one size (devnet start to cold samples); a size past it reports what it reached")
	f.DurationVar(&o.refillWait, "refill-wait", 3*time.Minute, "how long to wait for a presignature before a warm sample")
	f.StringVar(&o.dir, "dir", "", "keep each size's node data and logs in DIR/n<N> (default: a temporary directory, removed)")
	f.BoolVar(&o.json, "json", false, "print the results as a JSON array (the table goes to stderr)")
	f.BoolVarP(&o.verbose, "verbose", "v", false, "log the client's progress to stderr")
	return cmd
}

// runScaleSize measures one size. It stops every process it started
// before it returns, also on an error, a timeout or a cancelled ctx.
func runScaleSize(parent context.Context, exe string, n int, o *scaleOpts, say func(string, ...any)) *scaleResult {
	r := &scaleResult{Nodes: n, PoolTarget: o.poolTarget, Reached: "nothing"}
	r.LoadStart = loadAvg1()
	t0 := time.Now()
	sayN := func(format string, args ...any) { say("n=%d: "+format, append([]any{n}, args...)...) }
	err := measureSize(parent, exe, n, o, r, t0, sayN)
	r.Seconds = time.Since(t0).Seconds()
	if err != nil {
		r.Error = err.Error()
	}
	r.LoadEnd = loadAvg1()
	return r
}

// measureSize starts the devnet of n node processes and fills r phase by
// phase; r keeps what was reached when it returns an error.
func measureSize(parent context.Context, exe string, n int, o *scaleOpts, r *scaleResult, t0 time.Time, say func(string, ...any)) (err error) {
	ctx, cancel := context.WithTimeoutCause(parent, o.sizeTimeout, fmt.Errorf("--size-timeout %s passed", o.sizeTimeout))
	defer cancel()
	defer func() {
		if c := context.Cause(ctx); err != nil && c != nil && !errors.Is(c, context.Canceled) {
			err = fmt.Errorf("%w (%v)", err, c)
		}
	}()
	dir := ""
	if o.dir != "" {
		dir = filepath.Join(o.dir, fmt.Sprintf("n%d", n))
		if ents, err := os.ReadDir(dir); err == nil && len(ents) > 0 {
			return fmt.Errorf("%s is not empty: every devnet needs fresh node directories", dir)
		}
	} else {
		if dir, err = os.MkdirTemp("", fmt.Sprintf("pkpnet-scale-%d-", n)); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	}
	d, err := devnet.Start(ctx, devnet.Config{Nodes: n, Dir: dir, PoolTarget: o.poolTarget, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		return err
	}
	defer d.Close()
	ps := newProcSet(exe, d.Nodes, say)
	defer ps.stopAll(20 * time.Second) // runs before d.Close and the removal
	for _, s := range d.Nodes {
		if err := ps.start(s.Party); err != nil {
			return err
		}
	}
	r.Reached = "started"
	// A node process that dies fails the size at once.
	ctx, die := context.WithCancelCause(ctx)
	defer die(nil)
	go func() {
		select {
		case p := <-ps.deaths:
			die(fmt.Errorf("node %s exited (%v); its log ends with:\n%s", p.party, p.err, tail(p.log, 1500)))
		case <-ctx.Done():
		}
	}()
	say("%d node processes started (logs in %s)", n, dir)
	since := func() float64 { return time.Since(t0).Seconds() }
	defer func() { r.KeygenSeconds = keygenTook(d.Nodes) }()

	if _, err := d.WaitGenesis(ctx, nil); err != nil {
		return err
	}
	r.GenesisSeconds, r.Reached = since(), "genesis"
	say("genesis after %.1fs", r.GenesisSeconds)
	// The fill phase starts here: the CPU and presign counters now.
	cpu0, err := ps.cpuSeconds()
	if err != nil {
		return err
	}
	m0, err := scrapeAll(ctx, d.Nodes)
	if err != nil {
		return err
	}
	fillStart := time.Now()
	ccfg := d.ClientConfig(d.ClientKey)
	ccfg.Logger = o.log
	c, err := client.New(ctx, ccfg)
	if err != nil {
		return err
	}
	defer c.Close()
	r.Threshold = c.Threshold()
	if err := devnet.WaitFirstPresign(ctx, c, nil); err != nil {
		return err
	}
	r.ReadySeconds, r.Reached = since(), "ready"
	say("ready after %.1fs", r.ReadySeconds)
	fctx, fcancel := context.WithTimeout(ctx, o.fillTimeout)
	ferr := devnet.WaitPool(fctx, c, o.poolTarget, 30*time.Second, func(s string) { say("%s", s) })
	fcancel()
	if ctx.Err() != nil {
		return ctx.Err()
	}
	r.PoolHave, r.PoolWant, _ = devnet.PoolProgress(c.Handshake(ctx), o.poolTarget)
	if ferr == nil {
		r.PoolsFullSeconds = since()
		say("pools full after %.1fs", r.PoolsFullSeconds)
	} else {
		say("pools not full within --fill-timeout %s: %d of %d", o.fillTimeout, r.PoolHave, r.PoolWant)
	}
	cpu1, err := ps.cpuSeconds()
	if err != nil {
		return err
	}
	m1, err := scrapeAll(ctx, d.Nodes)
	if err != nil {
		return err
	}
	r.Fill = fillFrom(m0, m1, cpu0, cpu1, time.Since(fillStart), r.Threshold)
	r.Reached = "fill"
	say("fill: %+v", r.Fill)

	ch, err := client.NewChain(ctx, c.Eth(), d.Chain.Contracts, d.ClientKey, nil)
	if err != nil {
		return err
	}
	b, err := newBenchEnv(ctx, c, ch, o.refillWait, say)
	if err != nil {
		return err
	}
	warm, cold := o.samples(n)
	if err := b.warmUp(ctx); err != nil {
		return err
	}
	var res benchResult
	werr := b.warmRuns(ctx, warm, false, &res)
	r.WarmExecute, r.WarmPKPSign = res.WarmExecute, res.WarmPKPSign
	r.WarmOnDemand.Execute, r.WarmOnDemand.PKPSign = res.WarmOnDemand.Execute, res.WarmOnDemand.PKPSign
	if werr != nil {
		return werr
	}
	r.Reached = "warm"
	if err := b.coldRuns(ctx, cold, &r.Cold); err != nil {
		return err
	}
	say("cold sign: %+v", r.Cold)
	r.Reached = "cold"
	return nil
}

// presignCounters are one node's presign metrics at one moment.
type presignCounters struct {
	count    uint64
	sum      float64
	failures float64
}

// fillFrom computes the fill phase's figures from the counters and CPU
// times before (0) and after (1).
func fillFrom(m0, m1 map[string]presignCounters, cpu0, cpu1 map[string]float64, el time.Duration, t int) fillStats {
	f := fillStats{Seconds: el.Seconds()}
	var sum, fails float64
	for p, a := range m1 {
		b := m0[p]
		if a.count >= b.count {
			f.PartySessions += int(a.count - b.count)
		}
		sum += a.sum - b.sum
		fails += a.failures - b.failures
	}
	for p, c := range cpu1 {
		if c0, ok := cpu0[p]; ok && c >= c0 {
			f.CPUSeconds += c - c0
		}
	}
	f.Failures = int(fails)
	if f.PartySessions > 0 {
		f.WallSeconds = sum / float64(f.PartySessions)
		f.CPUPerParty = f.CPUSeconds / float64(f.PartySessions)
		if t > 0 {
			f.Presignatures = float64(f.PartySessions) / float64(t)
		}
	}
	return f
}

// cpuSeconds returns utime+stime of each running node process, by party.
func (ps *procSet) cpuSeconds() (map[string]float64, error) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	out := map[string]float64{}
	for party, p := range ps.procs {
		if p.exited() {
			continue
		}
		pr, err := procfs.NewProc(p.cmd.Process.Pid)
		if err != nil {
			return nil, fmt.Errorf("node %s: %w", party, err)
		}
		st, err := pr.Stat()
		if err != nil {
			return nil, fmt.Errorf("node %s: %w", party, err)
		}
		out[party] = st.CPUTime()
	}
	return out, nil
}

// maxMetricsBody caps a /metrics answer read by the bench.
const maxMetricsBody = 4 << 20

// scrapeAll reads the presign counters of every node's /metrics.
func scrapeAll(ctx context.Context, nodes []*devnet.NodeSpec) (map[string]presignCounters, error) {
	out := map[string]presignCounters{}
	var mu sync.Mutex
	var errs []error
	var wg sync.WaitGroup
	for _, s := range nodes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pc, err := scrapePresign(ctx, s.MetricsAddr)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, fmt.Errorf("node %s metrics: %w", s.Party, err))
				return
			}
			out[s.Party] = pc
		}()
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

func scrapePresign(ctx context.Context, addr string) (presignCounters, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/metrics", nil)
	if err != nil {
		return presignCounters{}, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return presignCounters{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return presignCounters{}, fmt.Errorf("status %s", resp.Status)
	}
	return parsePresignMetrics(io.LimitReader(resp.Body, maxMetricsBody))
}

// parsePresignMetrics reads the presign histogram and failure counters from
// a Prometheus text exposition.
func parsePresignMetrics(r io.Reader) (presignCounters, error) {
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(r)
	if err != nil {
		return presignCounters{}, fmt.Errorf("parse metrics: %w", err)
	}
	var pc presignCounters
	h := fams["pkpnet_presign_duration_seconds"]
	if h == nil || len(h.GetMetric()) == 0 || h.GetMetric()[0].GetHistogram() == nil {
		return pc, errors.New("no pkpnet_presign_duration_seconds histogram")
	}
	pc.count = h.GetMetric()[0].GetHistogram().GetSampleCount()
	pc.sum = h.GetMetric()[0].GetHistogram().GetSampleSum()
	for _, m := range fams["pkpnet_presign_failures_total"].GetMetric() {
		pc.failures += m.GetCounter().GetValue()
	}
	return pc, nil
}

// keygenLine matches a node's log line for its finished root keygen (not
// the encryption keygen) and captures its duration.
var keygenLine = regexp.MustCompile(`msg="keygen finished".*\btook=(\S+)`)

// keygenTook returns the longest root keygen the nodes logged, in seconds
// (the last run of each node counts: a retried keygen logs once per
// success); 0 if none logged one.
func keygenTook(nodes []*devnet.NodeSpec) float64 {
	longest := 0.0
	for _, s := range nodes {
		f, err := os.Open(filepath.Join(s.DataDir, "node.log"))
		if err != nil {
			continue
		}
		longest = max(longest, keygenFromLog(f))
		f.Close()
	}
	return longest
}

// keygenFromLog returns the duration of the last "keygen finished" line
// in a node log, in seconds; 0 if there is none.
func keygenFromLog(r io.Reader) float64 {
	last := 0.0
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		if m := keygenLine.FindSubmatch(sc.Bytes()); m != nil {
			if d, err := time.ParseDuration(string(m[1])); err == nil {
				last = d.Seconds()
			}
		}
	}
	return last
}

// loadAvg1 is the 1-minute load average, -1 if it cannot be read.
func loadAvg1() float64 {
	fs, err := procfs.NewDefaultFS()
	if err != nil {
		return -1
	}
	l, err := fs.LoadAvg()
	if err != nil {
		return -1
	}
	return l.Load1
}

// printScaleTable prints one row per measure and one column per size.
func printScaleTable(w io.Writer, rs []*scaleResult) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	secs := func(v float64) string {
		if v <= 0 {
			return "-"
		}
		return (time.Duration(v * float64(time.Second))).Round(100 * time.Millisecond).String()
	}
	row := func(name string, f func(r *scaleResult) string) {
		cells := []string{name}
		for _, r := range rs {
			cells = append(cells, f(r))
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	lat := func(l latencyStats) string {
		if l.N == 0 {
			return "-"
		}
		return fmt.Sprintf("%s / %s (%d)", l.P50, l.P99, l.N)
	}
	row("nodes (T)", func(r *scaleResult) string { return fmt.Sprintf("n=%d (T=%d)", r.Nodes, r.Threshold) })
	row("load average start / end", func(r *scaleResult) string { return fmt.Sprintf("%.1f / %.1f", r.LoadStart, r.LoadEnd) })
	row("genesis (root key active)", func(r *scaleResult) string { return secs(r.GenesisSeconds) })
	row("keygen (slowest node)", func(r *scaleResult) string { return secs(r.KeygenSeconds) })
	row("ready (first presignature)", func(r *scaleResult) string { return secs(r.ReadySeconds) })
	row("pools full", func(r *scaleResult) string {
		if r.PoolsFullSeconds > 0 {
			return fmt.Sprintf("%s (target %d)", secs(r.PoolsFullSeconds), r.PoolTarget)
		}
		if r.PoolWant == 0 {
			return "-"
		}
		return fmt.Sprintf("not full: %d of %d", r.PoolHave, r.PoolWant)
	})
	row("fill: presignatures (failures)", func(r *scaleResult) string {
		return fmt.Sprintf("%.1f (%d)", r.Fill.Presignatures, r.Fill.Failures)
	})
	row("presign wall per session", func(r *scaleResult) string { return secs(r.Fill.WallSeconds) })
	row("presign CPU per party", func(r *scaleResult) string { return secs(r.Fill.CPUPerParty) })
	row("warm execute+sign p50 / p99 (n)", func(r *scaleResult) string { return lat(r.WarmExecute) })
	row("warm pkp-sign p50 / p99 (n)", func(r *scaleResult) string { return lat(r.WarmPKPSign) })
	row("warm samples on demand", func(r *scaleResult) string {
		return fmt.Sprintf("%d + %d", r.WarmOnDemand.Execute, r.WarmOnDemand.PKPSign)
	})
	row("cold sign p50 (n)", func(r *scaleResult) string {
		if r.Cold.N == 0 {
			return "-"
		}
		return fmt.Sprintf("%s (%d)", r.Cold.P50, r.Cold.N)
	})
	row("reached", func(r *scaleResult) string { return r.Reached })
	row("size took", func(r *scaleResult) string { return secs(r.Seconds) })
	tw.Flush()
	for _, r := range rs {
		if r.Error != "" {
			first, _, _ := strings.Cut(r.Error, "\n")
			fmt.Fprintf(w, "n=%d: %s\n", r.Nodes, first)
		}
	}
}
