package node_test

import (
	"context"
	"math/big"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/pkpnet/pkpnet/node"
)

func u64(v uint64) *uint64 { return &v }

// TestConfirmationsFor: 0 by default on the dev chain, the floor elsewhere,
// and a value below the floor on a non-dev chain only with the unsafe flag.
func TestConfirmationsFor(t *testing.T) {
	for _, tc := range []struct {
		name    string
		chainID uint64
		set     *uint64
		unsafe  bool
		want    uint64
		wantErr string
	}{
		{"dev chain default", node.DevChainID, nil, false, 0, ""},
		{"dev chain explicit", node.DevChainID, u64(3), false, 3, ""},
		{"mainnet default", 1, nil, false, node.DefaultConfirmations, ""},
		{"other chain default", 11155111, nil, false, node.DefaultConfirmations, ""},
		{"mainnet at the floor", 1, u64(node.DefaultConfirmations), false, node.DefaultConfirmations, ""},
		{"mainnet above the floor", 1, u64(64), false, 64, ""},
		{"mainnet zero refused", 1, u64(0), false, 0, "needs at least 12"},
		{"mainnet below floor refused", 1, u64(node.DefaultConfirmations - 1), false, 0, "unsafe-allow-low-confirmations"},
		{"mainnet zero with unsafe", 1, u64(0), true, 0, ""},
		{"mainnet low with unsafe", 1, u64(2), true, 2, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := node.ConfirmationsFor(tc.chainID, tc.set, tc.unsafe)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("got %d, %v; want an error containing %q", got, err, tc.wantErr)
				}
				if !strings.Contains(err.Error(), "PKPNET_UNSAFE_ALLOW_LOW_CONFIRMATIONS") {
					t.Fatalf("error does not name the environment variable: %v", err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("got %d, %v; want %d", got, err, tc.want)
			}
		})
	}
}

// chainIDService answers eth_chainId over JSON-RPC, as a non-dev chain.
type chainIDService struct{ id int64 }

func (s chainIDService) ChainId() *hexutil.Big { return (*hexutil.Big)(big.NewInt(s.id)) }

// TestRunRefusesLowConfirmationsOnRealChain: a node whose chain is not a
// dev chain refuses to start with 0 confirmations, and the error says how
// to fix it; the unsafe flag lets it past that step.
func TestRunRefusesLowConfirmationsOnRealChain(t *testing.T) {
	srv := rpc.NewServer()
	if err := srv.RegisterName("eth", chainIDService{id: 1}); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	t.Cleanup(srv.Stop)
	for _, tc := range []struct {
		name    string
		set     *uint64
		unsafe  bool
		wantErr string
	}{
		{"zero", u64(0), false, "node: confirmations: config: 0 confirmations on chain 1: a non-dev chain needs at least 12"},
		{"eleven", u64(11), false, "needs at least 12"},
		// Past the floor the next step talks to contracts this endpoint does
		// not have: the error is then chainwatch's, not the floor's.
		{"zero with unsafe", u64(0), true, "node: chainwatch"},
		{"default", nil, false, "node: chainwatch"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			cfg := node.Config{
				DataDir: filepath.Join(dir, "data"), RPCURL: hs.URL, Confirmations: tc.set, UnsafeAllowLowConfirmations: tc.unsafe,
				OperatorKeyFile: writeFile(t, dir, "key", strings.Repeat("11", 32), 0o600), Passphrase: []byte("pw"),
				Logger: logger(),
			}
			cfg.Contracts.NodeRegistry = common.HexToAddress("0x01")
			cfg.Contracts.PubkeyRouter = common.HexToAddress("0x02")
			cfg.Contracts.PKPPermissions = common.HexToAddress("0x03")
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			err := node.Run(ctx, cfg)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("got %v, want an error containing %q", err, tc.wantErr)
			}
		})
	}
}
