package examples_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

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

// TestSelfWalletAction runs the send-to-self wallet in the sandbox: the hash
// it asks to sign is go-ethereum's signing hash of the same EIP-1559
// transaction, and a transfer above the limit gets no signature.
func TestSelfWalletAction(t *testing.T) {
	sb, err := runtime.New(runtime.Config{
		Workers: 1, Command: runtime.WorkerCommand{Path: os.Args[0]},
		Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	})
	if err != nil {
		t.Fatal(err)
	}
	defer sb.Close()
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	for _, tc := range []struct {
		value  string
		signed bool
	}{{"10000000000000000", true}, {"1", true}, {"10000000000000001", false}} {
		params, _ := json.Marshal(map[string]any{"publicKey": pub, "chainId": 1337, "nonce": 3, "to": to.Hex(), "value": tc.value,
			"maxFeePerGas": "2000000000", "maxPriorityFeePerGas": "1000000000"})
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		res, err := sb.Run(ctx, runtime.Request{Code: []byte(examples.SelfWallet), JSParams: params})
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		if !tc.signed {
			if len(res.Signatures) != 0 || !strings.Contains(res.Response, "above 0.01 ether") {
				t.Fatalf("value %s: %d signatures, response %s", tc.value, len(res.Signatures), res.Response)
			}
			continue
		}
		v, _ := new(big.Int).SetString(tc.value, 10)
		tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1337), Nonce: 3, To: &to, Value: v, Gas: 21000,
			GasFeeCap: big.NewInt(2e9), GasTipCap: big.NewInt(1e9)})
		want := types.LatestSignerForChainID(big.NewInt(1337)).Hash(tx)
		if len(res.Signatures) != 1 || res.Signatures[0].Hash != want {
			t.Fatalf("value %s: signatures %+v, want hash %x", tc.value, res.Signatures, want)
		}
	}
}
