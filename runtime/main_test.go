package runtime_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/runtime"
)

// TestMain lets the test binary double as the sandbox worker, so the tests
// need not build cmd/pkpnet: the sandbox starts os.Args[0] sandbox-worker.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == runtime.WorkerCommandName {
		os.Exit(runtime.WorkerMain(os.Args[2:]))
	}
	if len(os.Args) > 1 && os.Args[1] == "seccomp-probe" {
		leaks := runtime.SeccompProbe()
		fmt.Print(strings.Join(leaks, ","))
		os.Exit(0)
	}
	if len(os.Args) > 1 && strings.HasPrefix(os.Args[1], "evil-worker-") {
		os.Exit(evilWorker(os.Args[1]))
	}
	os.Exit(m.Run())
}

func newSandbox(t testing.TB, lim runtime.Limits, mod ...func(*runtime.Config)) *runtime.Sandbox {
	t.Helper()
	cfg := runtime.Config{
		Workers:           2,
		Limits:            lim,
		Command:           runtime.WorkerCommand{Path: os.Args[0], Args: []string{runtime.WorkerCommandName}},
		AllowPrivateFetch: true,
		Logger:            slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	}
	for _, f := range mod {
		f(&cfg)
	}
	sb, err := runtime.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sb.Close() })
	return sb
}

func run(t testing.TB, sb *runtime.Sandbox, code string, params string) (*runtime.Result, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return sb.Run(ctx, runtime.Request{Code: []byte(code), JSParams: []byte(params)})
}

func TestSmoke(t *testing.T) {
	sb := newSandbox(t, runtime.Limits{})
	res, err := run(t, sb, `console.log("hi", 1, {a: 2}); Lit.Actions.setResponse({response: "ok:" + x});`, `{"x": 5}`)
	if err != nil {
		t.Fatal(err)
	}
	if res.Response != "ok:5" || res.Logs != `hi 1 {"a":2}` {
		t.Fatalf("got %+v", res)
	}
}
