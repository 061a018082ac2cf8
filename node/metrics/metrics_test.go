package metrics_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/pkpnet/pkpnet/node/metrics"
)

type fakeSource struct{}

func (fakeSource) PoolLevels() map[string]int          { return map[string]int{"1,2": 3, "1,3": 0} }
func (fakeSource) ChainStatus() (uint64, uint64, bool) { return 120, 100, true }
func (fakeSource) NodePeers() (int, int)               { return 1, 3 }

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServer(t *testing.T) {
	m := metrics.New()
	m.RegisterSource(fakeSource{})
	m.Requests.WithLabelValues("/pkpnet/pkp-sign/1.0.0", "ok").Inc()
	var ready atomic.Bool
	srv, err := metrics.Listen("127.0.0.1:0", m.Registry, []metrics.Check{
		{Name: "always", Fn: func(context.Context) error { return nil }},
		{Name: "switch", Fn: func(context.Context) error {
			if !ready.Load() {
				return errors.New("not yet")
			}
			return nil
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	base := "http://" + srv.Addr()
	if code, _ := get(t, base+"/healthz"); code != 200 {
		t.Fatalf("/healthz %d", code)
	}
	code, body := get(t, base+"/readyz")
	if code != 503 || !strings.Contains(body, "switch: not yet") || !strings.Contains(body, "always: ok") {
		t.Fatalf("/readyz %d %q", code, body)
	}
	ready.Store(true)
	if code, body := get(t, base+"/readyz"); code != 200 {
		t.Fatalf("/readyz after ready: %d %q", code, body)
	}
	_, text := get(t, base+"/metrics")
	for _, want := range []string{
		`pkpnet_requests_total{outcome="ok",protocol="/pkpnet/pkp-sign/1.0.0"} 1`,
		`pkpnet_pool_presignatures{signers="1,2"} 3`,
		`pkpnet_chain_index_lag_blocks 20`,
		`pkpnet_node_peers_connected 1`,
		`pkpnet_node_set_size 3`,
		`go_goroutines`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if code, _ := get(t, base+"/nope"); code != 404 {
		t.Fatalf("unknown path %d", code)
	}
	if _, err := metrics.Listen(srv.Addr(), m.Registry, nil); err == nil {
		t.Fatal("a second server bound the same address")
	}
}
