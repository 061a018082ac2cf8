package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/devnet"
)

// benchSign measures one warm request kind: the timer runs only while the
// pools are full (waiting for refills is excluded).
func benchSign(b *testing.B, do func(ctx context.Context, c *client.Client, pub string, pubB []byte) error) {
	ctx := context.Background()
	ch, err := client.NewChain(ctx, net.d.Chain.Client(), net.d.Chain.Contracts, net.user, nil)
	if err != nil {
		b.Fatal(err)
	}
	p, err := ch.MintPKP(ctx)
	if err != nil {
		b.Fatal(err)
	}
	cfg := net.d.ClientConfig(net.user)
	cfg.Logger = logger()
	c, err := client.New(ctx, cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		// Full pools: no background presign competes for the CPU while
		// the request is timed (on a 2-core machine running all three
		// nodes a refill slows a request by an order of magnitude).
		wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		err := net.waitPool(wctx)
		if err == nil {
			err = net.waitQuiet(wctx) // the refill's last messages are delivered
		}
		cancel()
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := do(ctx, c, p.PubKey, p.PubKeyBytes()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExecuteSignWarm: one execute request whose action signs one hash,
// end to end through the client (3 nodes, T=2), with a pooled presignature.
func BenchmarkExecuteSignWarm(b *testing.B) {
	benchSign(b, func(ctx context.Context, c *client.Client, pub string, _ []byte) error {
		h := make([]byte, 32)
		h[0] = 1
		_, err := c.Execute(ctx, client.ExecuteParams{Code: devnet.SignAction, JSParams: signParamsB(pub, h)}, nil)
		return err
	})
}

// BenchmarkPKPSignWarm: one pkp-sign request with a pooled presignature.
func BenchmarkPKPSignWarm(b *testing.B) {
	benchSign(b, func(ctx context.Context, c *client.Client, _ string, pub []byte) error {
		h := make([]byte, 32)
		h[0] = 2
		_, err := c.PKPSign(ctx, pub, h, nil)
		return err
	})
}
