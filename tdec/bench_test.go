package tdec_test

import (
	"testing"

	"github.com/pkpnet/pkpnet/tdec"
)

// BenchmarkTdec: encrypt (1 KiB), one node's share (proof check + DLEQ),
// and the client's verify-all + combine + open, n = 3, T = 2.
func BenchmarkTdec(b *testing.B) {
	ks := deal(b, 3, 2)
	set := &ks[0].Set
	msg := make([]byte, 1024)
	acc := conditions(`[{"chain":"pkpnet"}]`)
	b.Run("encrypt-1KiB", func(b *testing.B) {
		for b.Loop() {
			if _, err := tdec.Encrypt(set.Public, acc, msg); err != nil {
				b.Fatal(err)
			}
		}
	})
	ct, _ := tdec.Encrypt(set.Public, acc, msg)
	c := ct.Capsule()
	b.Run("share", func(b *testing.B) {
		for b.Loop() {
			if _, err := ks[0].DecryptShare(c); err != nil {
				b.Fatal(err)
			}
		}
	})
	all := shares(b, ks[:2], c)
	b.Run("verify-combine-open", func(b *testing.B) {
		for b.Loop() {
			if _, _, err := set.Decrypt(ct, all); err != nil {
				b.Fatal(err)
			}
		}
	})
}
