package runtime_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/runtime"
)

func TestFetchTimeoutIsALimit(t *testing.T) {
	srv := testServer(t)
	sb := newSandbox(t, runtime.Limits{FetchTimeout: 200 * time.Millisecond}, func(c *runtime.Config) { c.Workers = 1 })
	start := time.Now()
	_, err := run(t, sb, `await fetch(baseUrl + "/slow")`, `{"baseUrl": "`+srv.URL+`"}`)
	if !runtime.IsLimit(err, runtime.LimitFetchTimeout) {
		t.Fatalf("err = %v, want the fetch timeout limit", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("took %s", d)
	}
}

// TestFetchRefusesPrivateAddresses: with the default policy an action
// cannot reach loopback services such as the node's own RPC.
func TestFetchRefusesPrivateAddresses(t *testing.T) {
	srv := testServer(t)
	sb := newSandbox(t, runtime.Limits{}, func(c *runtime.Config) { c.Workers = 1; c.AllowPrivateFetch = false })
	for _, url := range []string{srv.URL + "/hello", "http://10.1.2.3:80/", "http://[::1]:1/", "http://169.254.169.254/latest/meta-data/"} {
		res, err := run(t, sb, `try { await fetch(u); Lit.Actions.setResponse({response: "reached"}) } catch (e) { Lit.Actions.setResponse({response: e.message}) }`,
			`{"u": "`+url+`"}`)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(res.Response, "address is not public") {
			t.Errorf("fetch %s: response %q, want a refusal", url, res.Response)
		}
	}
}

// TestIsolationRequired starts workers only if every hardening step
// applies: where the kernel allows namespaces it must work, elsewhere New
// must fail with a clear error instead of running unisolated.
func TestIsolationRequired(t *testing.T) {
	cfg := runtime.Config{
		Workers:   1,
		Command:   runtime.WorkerCommand{Path: os.Args[0], Args: []string{runtime.WorkerCommandName}},
		Isolation: runtime.IsolationRequired,
	}
	sb, err := runtime.New(cfg)
	if !namespacesAllowed() {
		if err == nil {
			_ = sb.Close()
			t.Fatal("IsolationRequired started a worker although namespaces are not allowed here")
		}
		if !strings.Contains(err.Error(), "isolated worker") {
			t.Fatalf("err = %v, want a clear isolation error", err)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	defer sb.Close()
	res, err := run(t, sb, `Lit.Actions.setResponse({response: "isolated"})`, "")
	if err != nil || res.Response != "isolated" {
		t.Fatalf("%+v %v", res, err)
	}
}
