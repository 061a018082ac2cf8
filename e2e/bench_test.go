package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/client/devnet"
)

// stocked reports whether some running node has a pooled presignature.
func stocked() bool {
	for _, v := range net.levels() {
		if v > 0 {
			return true
		}
	}
	return false
}

// benchSign measures one warm request kind: the timer runs only while a
// presignature is pooled (waiting for refills is excluded).
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
		deadline := time.Now().Add(2 * time.Minute)
		for !stocked() {
			if time.Now().After(deadline) {
				b.Fatal("no presignature pooled within 2m")
			}
			time.Sleep(20 * time.Millisecond)
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
