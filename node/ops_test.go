package node_test

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/pkpnet/pkpnet/logging"
	"github.com/pkpnet/pkpnet/node"
)

// logBuffer collects every node's JSON log lines of a cluster run, at debug
// level, for the secret scan.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// logger is a JSON logger into b (and stderr with NODE_TEST_LOG set).
func (b *logBuffer) logger() *slog.Logger {
	var w io.Writer = b
	if os.Getenv("NODE_TEST_LOG") != "" {
		w = io.MultiWriter(b, os.Stderr)
	}
	l, err := logging.New(w, "json", slog.LevelDebug)
	if err != nil {
		panic(err)
	}
	return l
}

func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// metricValue sums the samples of a metric whose label text contains every
// one of labels.
func metricValue(text, name string, labels ...string) (float64, bool) {
	sum, found := 0.0, false
	for _, line := range strings.Split(text, "\n") {
		if !strings.HasPrefix(line, name+"{") && !strings.HasPrefix(line, name+" ") {
			continue
		}
		ok := true
		for _, l := range labels {
			if !strings.Contains(line, l) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		f := strings.Fields(line)
		v, err := strconv.ParseFloat(f[len(f)-1], 64)
		if err == nil {
			sum += v
			found = true
		}
	}
	return sum, found
}

// checkNoSecrets fails if any secret appears in text raw, as hex or as base64.
func checkNoSecrets(t *testing.T, what, text string, secrets [][]byte) {
	t.Helper()
	for i, s := range secrets {
		if len(s) < 16 {
			t.Fatalf("secret %d is %d bytes: too short to scan for", i, len(s))
		}
		for _, enc := range []string{string(s), hex.EncodeToString(s), strings.ToUpper(hex.EncodeToString(s)),
			base64.StdEncoding.EncodeToString(s), base64.RawURLEncoding.EncodeToString(s)} {
			if strings.Contains(text, enc) {
				t.Fatalf("%s contains secret %d", what, i)
			}
		}
	}
}

// checkOps scrapes every node's /metrics after the cluster served pkp-sign
// and execute requests, checks /healthz and /readyz, and scans metrics and
// the run's logs for key material.
func checkOps(t *testing.T, nodes []*node.Node, logs *logBuffer) {
	var secrets [][]byte
	var sharesTotal float64
	for _, nd := range nodes {
		addr := nd.MetricsAddr()
		if addr == "" {
			t.Fatalf("node %s serves no metrics", nd.Party())
		}
		if code, body := httpGet(t, "http://"+addr+"/healthz"); code != 200 {
			t.Fatalf("node %s /healthz %d %s", nd.Party(), code, body)
		}
		if code, body := httpGet(t, "http://"+addr+"/readyz"); code != 200 {
			t.Fatalf("node %s /readyz %d:\n%s", nd.Party(), code, body)
		}
		code, text := httpGet(t, "http://"+addr+"/metrics")
		if code != 200 {
			t.Fatalf("node %s /metrics %d", nd.Party(), code)
		}
		for _, tc := range []struct {
			name   string
			labels []string
		}{
			{"pkpnet_requests_total", []string{`protocol="/pkpnet/pkp-sign/`, `outcome="ok"`}},
			{"pkpnet_requests_total", []string{`protocol="/pkpnet/execute/`, `outcome="ok"`}},
			{"pkpnet_request_duration_seconds_count", []string{`protocol="/pkpnet/pkp-sign/`}},
			{"pkpnet_sandbox_runs_total", []string{`outcome="ok"`}},
			{"pkpnet_presign_duration_seconds_count", nil},
			{"pkpnet_chain_head_block", nil},
			{"pkpnet_node_set_size", nil},
		} {
			if v, ok := metricValue(text, tc.name, tc.labels...); !ok || v <= 0 {
				t.Errorf("node %s: %s%v = %v (present %v), want > 0", nd.Party(), tc.name, tc.labels, v, ok)
			}
		}
		// A refused request is counted with its error code, not as ok.
		if v, _ := metricValue(text, "pkpnet_requests_total", `outcome="forbidden"`); v <= 0 {
			t.Errorf("node %s: no forbidden outcome counted after refused requests", nd.Party())
		}
		if v, ok := metricValue(text, "pkpnet_node_peers_connected"); !ok || v < 1 {
			t.Errorf("node %s: %v connected node peers", nd.Party(), v)
		}
		if _, ok := metricValue(text, "pkpnet_pool_presignatures"); !ok {
			t.Errorf("node %s: no pool level gauge", nd.Party())
		}
		if !strings.Contains(text, "libp2p_rcmgr_") {
			t.Errorf("node %s: no libp2p resource manager metrics", nd.Party())
		}
		v, _ := metricValue(text, "pkpnet_signature_shares_released_total")
		sharesTotal += v
		s := node.SecretsForTest(nd)
		if len(s) < 2 {
			t.Fatalf("node %s: %d secrets to scan for", nd.Party(), len(s))
		}
		secrets = append(secrets, s...)
		checkNoSecrets(t, "metrics of node "+nd.Party(), text, secrets)
	}
	if sharesTotal == 0 {
		t.Error("no node counted a released share")
	}
	l := logs.String()
	if !strings.Contains(l, `"component":"p2p"`) {
		t.Fatalf("logs lack the p2p component (%d bytes)", len(l))
	}
	for _, line := range strings.Split(l, "\n") {
		if strings.Count(line, `"component":`) > 1 {
			t.Fatalf("a log line has more than one component: %s", line)
		}
	}
	checkNoSecrets(t, "logs", l, secrets)
}
