package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

const sampleMetrics = `# HELP pkpnet_presign_duration_seconds Duration of successful presign sessions.
# TYPE pkpnet_presign_duration_seconds histogram
pkpnet_presign_duration_seconds_bucket{le="0.25"} 0
pkpnet_presign_duration_seconds_bucket{le="+Inf"} 4
pkpnet_presign_duration_seconds_sum 6.5
pkpnet_presign_duration_seconds_count 4
# HELP pkpnet_presign_failures_total Presign sessions that failed, by cause.
# TYPE pkpnet_presign_failures_total counter
pkpnet_presign_failures_total{cause="timeout"} 2
pkpnet_presign_failures_total{cause="abort"} 1
# TYPE pkpnet_pool_presignatures gauge
pkpnet_pool_presignatures{signers="1,2"} 2
`

// TestParsePresignMetrics checks what the bench reads from a node's
// /metrics: the presign histogram's count and sum and the failures summed
// over causes; a text without the histogram or not in the exposition
// format is an error.
func TestParsePresignMetrics(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		want    presignCounters
		wantErr bool
	}{
		{"histogram and failures", sampleMetrics, presignCounters{count: 4, sum: 6.5, failures: 3}, false},
		{"no failures yet", strings.Split(sampleMetrics, "# HELP pkpnet_presign_failures_total")[0], presignCounters{count: 4, sum: 6.5}, false},
		{"no histogram", "# TYPE pkpnet_pool_presignatures gauge\npkpnet_pool_presignatures{signers=\"1,2\"} 2\n", presignCounters{}, true},
		{"not metrics", "<html>hello</html>\n", presignCounters{}, true},
		{"empty", "", presignCounters{}, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parsePresignMetrics(strings.NewReader(tc.in))
			if (err != nil) != tc.wantErr {
				t.Fatalf("err %v, want error %v", err, tc.wantErr)
			}
			if err == nil && got != tc.want {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

// FuzzParsePresignMetrics: any input gives counters or an error, never a
// panic.
func FuzzParsePresignMetrics(f *testing.F) {
	f.Add(sampleMetrics)
	f.Add("pkpnet_presign_duration_seconds_count 1\n")
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = parsePresignMetrics(strings.NewReader(s))
	})
}

// TestKeygenFromLog checks that the root keygen's duration comes from the
// last "keygen finished" line, and that the encryption keygen's line and
// other lines do not count.
func TestKeygenFromLog(t *testing.T) {
	cases := []struct {
		name string
		log  string
		want float64
	}{
		{"one keygen", `time=2026-11-26T07:22:44.123Z level=INFO msg="keygen finished" party=1 session=keygen/a3 took=29.748s
time=2026-11-26T07:22:44.193Z level=INFO msg="encryption keygen finished" party=1 session=enckey/bb took=12ms
`, 29.748},
		{"retried: the last counts", `level=INFO msg="keygen finished" took=1m2s
level=INFO msg="keygen finished" took=500ms
`, 0.5},
		{"only the encryption keygen", `level=INFO msg="encryption keygen finished" took=12ms` + "\n", 0},
		{"started, not finished", `level=INFO msg="keygen started" party=1` + "\n", 0},
		{"bad duration ignored", `level=INFO msg="keygen finished" took=soon` + "\n", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := keygenFromLog(strings.NewReader(tc.log)); got != tc.want {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestFillFrom checks the fill-phase arithmetic: sessions and CPU are the
// deltas summed over the nodes, the wall time is the mean per party
// session, presignatures are sessions / T; a node missing from the first
// reading, or a counter that went backwards (a restart), adds no CPU.
func TestFillFrom(t *testing.T) {
	m0 := map[string]presignCounters{"1": {count: 1, sum: 2}, "2": {count: 1, sum: 2}, "3": {}}
	m1 := map[string]presignCounters{"1": {count: 3, sum: 6, failures: 1}, "2": {count: 3, sum: 6}, "3": {count: 2, sum: 4}}
	cpu0 := map[string]float64{"1": 10, "2": 10, "3": 50}
	cpu1 := map[string]float64{"1": 13, "2": 12, "3": 1, "4": 99}
	got := fillFrom(m0, m1, cpu0, cpu1, 30*time.Second, 2)
	want := fillStats{Seconds: 30, PartySessions: 6, Presignatures: 3, WallSeconds: 2, CPUSeconds: 5, CPUPerParty: 5.0 / 6, Failures: 1}
	if got != want {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	if z := fillFrom(m0, m0, cpu0, cpu0, time.Second, 2); z.PartySessions != 0 || z.CPUPerParty != 0 || z.WallSeconds != 0 {
		t.Fatalf("no sessions: %+v", z)
	}
}

// TestScaleSamples checks the per-size sample defaults and that given
// counts apply to every size.
func TestScaleSamples(t *testing.T) {
	auto := scaleOpts{warm: -1, cold: -1}
	for _, tc := range []struct {
		o          scaleOpts
		n          int
		warm, cold int
	}{
		{auto, 3, 20, 3}, {auto, 5, 20, 3}, {auto, 7, 5, 1}, {auto, 10, 5, 1},
		{scaleOpts{warm: 2, cold: 0}, 10, 2, 0},
	} {
		if w, c := tc.o.samples(tc.n); w != tc.warm || c != tc.cold {
			t.Errorf("n=%d %+v: warm %d cold %d, want %d %d", tc.n, tc.o, w, c, tc.warm, tc.cold)
		}
	}
}

// TestScaleTableUnreached checks that a size that stopped early shows its
// missing figures as "-", the pool level it reached, and its error's first
// line.
func TestScaleTableUnreached(t *testing.T) {
	var b bytes.Buffer
	printScaleTable(&b, []*scaleResult{
		{Nodes: 3, Threshold: 2, PoolTarget: 2, GenesisSeconds: 12, ReadySeconds: 20, PoolsFullSeconds: 30, Reached: "cold",
			WarmExecute: latencyStats{N: 2, P50: "10ms", P99: "20ms"}},
		{Nodes: 10, Threshold: 7, PoolTarget: 2, GenesisSeconds: 90, PoolHave: 3, PoolWant: 20, Reached: "genesis",
			Error: "devnet: first presignature: context deadline exceeded\nlog tail"},
	})
	out := b.String()
	for _, want := range []string{"n=3 (T=2)", "n=10 (T=7)", "10ms / 20ms (2)", "not full: 3 of 20", "30s (target 2)",
		"n=10: devnet: first presignature: context deadline exceeded"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "log tail") {
		t.Errorf("table shows more than the error's first line:\n%s", out)
	}
}

// leftovers lists the processes started from the executable bin (argv[0]):
// the bench's node processes and their sandbox workers. A worker ends by
// its parent-death signal just after its node, so it asks again for up to
// 5 s while some remain.
func leftovers(t *testing.T, bin string) []string {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); ; {
		left := procsOf(t, bin)
		if len(left) == 0 || time.Now().After(deadline) {
			return left
		}
		time.Sleep(200 * time.Millisecond) // polling /proc
	}
}

// procsOf lists the running processes whose argv[0] is bin.
func procsOf(t *testing.T, bin string) []string {
	t.Helper()
	ents, err := os.ReadDir("/proc")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if err != nil || len(b) == 0 {
			continue
		}
		argv := strings.Split(strings.TrimRight(string(b), "\x00"), "\x00")
		if argv[0] == bin {
			out = append(out, e.Name()+": "+strings.Join(argv, " "))
		}
	}
	return out
}

// TestDevnetBenchScale runs `pkpnet bench scale --nodes 3` (this test binary
// as pkpnet) with tiny sample counts against real node processes and checks
// the figures it names: genesis before ready before full pools, a keygen
// time, presign sessions with wall time and CPU, warm p50 <= p99, a cold
// sample, and no process left. Then it checks that a size cut by
// --size-timeout and one interrupted by SIGINT report what they reached
// and leave no process behind. PKPNET_DEVNET_TEST=1 only.
func TestDevnetBenchScale(t *testing.T) {
	needDevnetTest(t, "the bench scale test")
	bin := pkpnetBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	run := func(args ...string) ([]scaleResult, string, error) {
		cmd := exec.CommandContext(ctx, bin, append([]string{"bench", "scale", "--json"}, args...)...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		var rs []scaleResult
		if jerr := json.Unmarshal(stdout.Bytes(), &rs); jerr != nil {
			t.Fatalf("bench scale %v: stdout is not a JSON array (%v; exit %v)\nstdout:\n%s\nstderr:\n%s", args, jerr, err, stdout.String(), stderr.String())
		}
		if left := leftovers(t, bin); len(left) > 0 {
			t.Fatalf("bench scale %v left processes behind:\n%s", args, strings.Join(left, "\n"))
		}
		return rs, stderr.String(), err
	}

	rs, stderr, err := run("--nodes", "3", "--warm", "2", "--cold", "1", "--pool-target", "1", "--size-timeout", "10m")
	if err != nil {
		t.Fatalf("bench scale: %v\n%s", err, stderr)
	}
	t.Logf("%+v", rs)
	if len(rs) != 1 {
		t.Fatalf("%d results, want 1", len(rs))
	}
	r := rs[0]
	if r.Error != "" || r.Reached != "cold" {
		t.Fatalf("reached %q, error %q\n%s", r.Reached, r.Error, stderr)
	}
	if r.Nodes != 3 || r.Threshold != 2 || r.PoolTarget != 1 {
		t.Errorf("nodes %d threshold %d pool target %d", r.Nodes, r.Threshold, r.PoolTarget)
	}
	if !(0 < r.GenesisSeconds && r.GenesisSeconds <= r.ReadySeconds && r.ReadySeconds <= r.PoolsFullSeconds && r.PoolsFullSeconds < r.Seconds) {
		t.Errorf("times out of order: genesis %.1f ready %.1f full %.1f size %.1f", r.GenesisSeconds, r.ReadySeconds, r.PoolsFullSeconds, r.Seconds)
	}
	if !(0 < r.KeygenSeconds && r.KeygenSeconds < r.GenesisSeconds) {
		t.Errorf("keygen %.1fs, genesis %.1fs", r.KeygenSeconds, r.GenesisSeconds)
	}
	if r.PoolHave != r.PoolWant || r.PoolWant != 3 {
		t.Errorf("pool %d of %d, want 3 of 3", r.PoolHave, r.PoolWant)
	}
	f := r.Fill
	if f.PartySessions < 2*3 || f.Presignatures != float64(f.PartySessions)/2 {
		t.Errorf("fill: %d party sessions, %.1f presignatures; want at least one presignature per node, 2 parties each", f.PartySessions, f.Presignatures)
	}
	if !(f.WallSeconds > 0 && f.CPUSeconds > 0 && f.CPUPerParty > 0 && f.CPUPerParty*float64(f.PartySessions) <= f.CPUSeconds*1.0001) {
		t.Errorf("fill: %+v", f)
	}
	if f.Seconds <= 0 || f.Seconds > r.PoolsFullSeconds {
		t.Errorf("fill phase %.1fs, pools full at %.1fs", f.Seconds, r.PoolsFullSeconds)
	}
	for name, l := range map[string]latencyStats{"warm execute": r.WarmExecute, "warm pkp-sign": r.WarmPKPSign} {
		p50, err1 := time.ParseDuration(l.P50)
		p99, err2 := time.ParseDuration(l.P99)
		if err1 != nil || err2 != nil || p50 <= 0 || p50 > p99 {
			t.Errorf("%s: %+v", name, l)
		}
		if l.N+r.WarmOnDemand.Execute+r.WarmOnDemand.PKPSign < 2 {
			t.Errorf("%s: %d samples", name, l.N)
		}
	}
	if d, err := time.ParseDuration(r.Cold.P50); r.Cold.N != 1 || err != nil || d <= 0 {
		t.Errorf("cold: %+v", r.Cold)
	}
	if r.LoadStart < 0 || r.LoadEnd < 0 {
		t.Errorf("load average %v / %v", r.LoadStart, r.LoadEnd)
	}

	// A size cut by its timeout reports what it reached and the cause.
	rs, stderr, err = run("--nodes", "3", "--size-timeout", "3s")
	if err != nil {
		t.Fatalf("bench scale with a size timeout: %v\n%s", err, stderr)
	}
	if len(rs) != 1 || rs[0].Reached == "cold" || !strings.Contains(rs[0].Error, "--size-timeout 3s passed") {
		t.Fatalf("size cut by --size-timeout 3s: %+v\n%s", rs, stderr)
	}

	// SIGINT once the nodes run: the processes stop, the partial table is
	// printed, the exit status is a failure.
	cmd := exec.CommandContext(ctx, bin, "bench", "scale", "--json", "--nodes", "3,5")
	var stdout bytes.Buffer
	var serr syncBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &serr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(2 * time.Minute); !strings.Contains(serr.String(), "node processes started"); {
		if time.Now().After(deadline) {
			t.Fatalf("no node processes started:\n%s", serr.String())
		}
		time.Sleep(100 * time.Millisecond) // polling the process's output
	}
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err == nil {
		t.Fatalf("interrupted bench scale exited 0\n%s", serr.String())
	}
	if left := leftovers(t, bin); len(left) > 0 {
		t.Fatalf("interrupted bench scale left processes behind:\n%s", strings.Join(left, "\n"))
	}
	if err := json.Unmarshal(stdout.Bytes(), &rs); err != nil || len(rs) != 1 || rs[0].Nodes != 3 || rs[0].Error == "" {
		t.Fatalf("interrupted: want the n=3 result with its error and no n=5: %v %+v\n%s", err, rs, serr.String())
	}
}
