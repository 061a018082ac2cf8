package examples_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"

	"github.com/pkpnet/pkpnet/examples"
	"github.com/pkpnet/pkpnet/runtime"
)

func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == runtime.WorkerCommandName {
		os.Exit(runtime.WorkerMain(os.Args[2:]))
	}
	os.Exit(m.Run())
}

const pub = "0x0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"

// TestPrimeAction runs the prime example in the sandbox: primes give one
// signature request over the EIP-191 hash of the number's digits,
// composites and malformed numbers give none.
func TestPrimeAction(t *testing.T) {
	sb, err := runtime.New(runtime.Config{
		Workers: 1, Command: runtime.WorkerCommand{Path: os.Args[0]},
		Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	})
	if err != nil {
		t.Fatal(err)
	}
	defer sb.Close()
	for _, tc := range []struct {
		number string
		prime  bool
		err    string
	}{
		{"2", true, ""}, {"7919", true, ""}, {"999999999989", true, ""},
		{"1", false, ""}, {"4", false, ""}, {"7917", false, ""}, {"999999999999", false, ""},
		{"07", false, "canonical"}, {"-7", false, "canonical"}, {"1000000000039", false, "canonical"}, {"7.0", false, "canonical"},
	} {
		t.Run(tc.number, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			params, _ := json.Marshal(map[string]string{"number": tc.number, "publicKey": pub})
			res, err := sb.Run(ctx, runtime.Request{Code: []byte(examples.Prime), JSParams: params})
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want %q", err, tc.err)
				}
				if res != nil && len(res.Signatures) != 0 {
					t.Fatal("signature requested for a refused number")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !tc.prime {
				if len(res.Signatures) != 0 {
					t.Fatalf("composite %s got a signature request", tc.number)
				}
				return
			}
			if len(res.Signatures) != 1 {
				t.Fatalf("prime %s: %d signature requests", tc.number, len(res.Signatures))
			}
			if got, want := res.Signatures[0].Hash, [32]byte(accounts.TextHash([]byte(tc.number))); got != want {
				t.Fatalf("hash %x, want EIP-191 of %q %x", got, tc.number, want)
			}
		})
	}
}
