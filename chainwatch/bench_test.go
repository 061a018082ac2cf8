package chainwatch_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pkpnet/pkpnet/chainwatch"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/contracts/bindings"
)

// BenchmarkIngestFromChain measures a from-scratch catch-up over JSON-RPC (in-process
// client of the simulated backend): 300 PKPHelper mints with 3 permissions each, 6
// events per transaction, 50 transactions per block.
func BenchmarkIngestFromChain(b *testing.B) {
	ch := newChain(b, 1)
	ch.setupNodes(1)
	u := ch.users[0]
	ctx := context.Background()
	const txs = 300
	var events uint64
	opts, err := u.Opts(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	mkParams := func(i int) []byte {
		return contracts.HelperABI.PackMintNextAndAddPermissions(bindings.PKPHelperMintParams{
			PermittedActions:          [][]byte{append([]byte{0x12, 0x20}, common.BigToHash(big.NewInt(int64(i))).Bytes()...)},
			PermittedActionScopes:     [][]*big.Int{sc(1)},
			PermittedAddresses:        []common.Address{common.BigToAddress(big.NewInt(int64(i + 1000)))},
			PermittedAddressScopes:    [][]*big.Int{sc(2)},
			PermittedAuthMethods:      []bindings.AuthMethod{{AuthMethodType: big.NewInt(6), Id: []byte(fmt.Sprintf("g:%d", i))}},
			PermittedAuthMethodScopes: [][]*big.Int{sc(0)},
		})
	}
	gas, err := ch.c.EstimateGas(ctx, ethereum.CallMsg{From: u.From(), To: &ch.addr.PKPHelper, Data: mkParams(0)})
	if err != nil {
		b.Fatal(err)
	}
	c := bind.NewBoundContract(ch.addr.PKPHelper, contracts.HelperABI.GetABI(), ch.c, ch.c, ch.c)
	nonce := opts.Nonce.Uint64()
	for i := 0; i < txs; i++ {
		opts.Nonce = new(big.Int).SetUint64(nonce + uint64(i))
		opts.GasLimit = gas * 2
		if _, err := c.RawTransact(opts, mkParams(i)); err != nil {
			b.Fatal(err)
		}
		if i%50 == 49 {
			ch.sim.Commit()
		}
	}
	for i := 0; ; i++ {
		ch.sim.Commit()
		n, err := ch.c.NonceAt(ctx, u.From(), nil)
		if err != nil || i > 100 {
			b.Fatalf("transactions not mined: %v", err)
		}
		if n == nonce+txs {
			break
		}
	}
	head := ch.head()
	events = txs * 6
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		db := openDB(b, "")
		w, err := chainwatch.New(chainwatch.Config{Client: ch.c, Contracts: ch.addr, DB: db, StartBlock: 1, Logger: quietLogger(),
			PollInterval: 10 * time.Millisecond})
		if err != nil {
			b.Fatal(err)
		}
		rctx, cancel := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() { _ = w.Run(rctx); close(done) }()
		if err := w.WaitFor(ctx, head); err != nil {
			b.Fatal(err)
		}
		cancel()
		<-done
		if w.Index().PKPCount() != txs {
			b.Fatalf("indexed %d PKPs, want %d", w.Index().PKPCount(), txs)
		}
		_ = db.Close()
	}
	b.StopTimer()
	b.ReportMetric(float64(events)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
}
