package runtime_test

import (
	"encoding/binary"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/runtime"
)

// evilWorker impersonates a compromised worker that breaks the protocol.
func evilWorker(mode string) int {
	frame := func(body string) {
		b := binary.BigEndian.AppendUint32(nil, uint32(len(body)))
		_, _ = os.Stdout.Write(append(b, body...))
	}
	if mode == "evil-worker-silent" {
		_, _ = io.Copy(io.Discard, os.Stdin) // never ready
		return 0
	}
	frame(`{"t":"ready"}`)
	var hdr [4]byte
	if _, err := io.ReadFull(os.Stdin, hdr[:]); err != nil {
		return 0
	}
	switch mode {
	case "evil-worker-bigframe":
		_, _ = os.Stdout.Write([]byte{0x40, 0, 0, 0}) // claims a 1 GiB frame
	case "evil-worker-garbage":
		frame(`this is not json`)
	case "evil-worker-deaf":
		// Ask for a big fetch, then never read stdin again.
		var u string
		if _, err := io.ReadFull(os.Stdin, make([]byte, binary.BigEndian.Uint32(hdr[:]))); err == nil {
			u = os.Getenv("EVIL_URL")
		}
		frame(`{"t":"call","id":1,"m":"fetch","a":{"url":"` + u + `"}}`)
	case "evil-worker-fakesig":
		// A signature request for a bad hash, then success: the node must
		// validate, not trust.
		frame(`{"t":"call","id":1,"m":"signEcdsa","a":{"toSign":"AAE=","publicKey":"0x02","sigName":"x"}}`)
		frame(`{"t":"done"}`)
	}
	time.Sleep(10 * time.Second) // linger: the node must not wait for us
	return 0
}

func evilSandbox(t *testing.T, mode string, mod ...func(*runtime.Config)) (*runtime.Sandbox, error) {
	cfg := runtime.Config{
		Workers: 1,
		Command: runtime.WorkerCommand{Path: os.Args[0], Args: []string{mode}},
	}
	for _, f := range mod {
		f(&cfg)
	}
	sb, err := runtime.New(cfg)
	if err == nil {
		t.Cleanup(func() { _ = sb.Close() })
	}
	return sb, err
}

func TestProtocolViolations(t *testing.T) {
	for _, tc := range []struct{ mode, contains string }{
		{"evil-worker-bigframe", "frame too big"},
		{"evil-worker-garbage", "decode frame"},
	} {
		t.Run(tc.mode, func(t *testing.T) {
			sb, err := evilSandbox(t, tc.mode)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			_, err = run(t, sb, `1`, "")
			if runtime.KindOf(err) != runtime.KindWorker || !strings.Contains(err.Error(), tc.contains) {
				t.Fatalf("err = %v, want a worker error mentioning %q", err, tc.contains)
			}
			if d := time.Since(start); d > 3*time.Second {
				t.Fatalf("took %s", d)
			}
		})
	}
}

func TestForgedSignatureIsNotRecorded(t *testing.T) {
	sb, err := evilSandbox(t, "evil-worker-fakesig")
	if err != nil {
		t.Fatal(err)
	}
	res, err := run(t, sb, `1`, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Signatures) != 0 {
		t.Fatalf("the node recorded a signature it should have refused: %+v", res.Signatures)
	}
}

func TestSilentWorkerFailsStart(t *testing.T) {
	start := time.Now()
	_, err := evilSandbox(t, "evil-worker-silent", func(c *runtime.Config) { c.StartTimeout = 500 * time.Millisecond })
	if err == nil || !strings.Contains(err.Error(), "not ready") {
		t.Fatalf("err = %v, want a start-up timeout", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Fatalf("took %s", d)
	}
}

// TestDeafWorkerIsKilled: a worker that stops reading its stdin cannot
// block the node: the write times out, the worker is killed and the run
// ends with a worker error.
func TestDeafWorkerIsKilled(t *testing.T) {
	srv := testServer(t)
	sb, err := evilSandbox(t, "evil-worker-deaf", func(c *runtime.Config) {
		c.Command.Env = []string{"EVIL_URL=" + srv.URL + "/big"}
		c.AllowPrivateFetch = true
		c.Limits.FetchResponseBytes = 4 << 20
	})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = run(t, sb, `1`, "")
	if runtime.KindOf(err) != runtime.KindWorker {
		t.Fatalf("err = %v, want a worker error", err)
	}
	if d := time.Since(start); d > 15*time.Second {
		t.Fatalf("took %s", d)
	}
}
