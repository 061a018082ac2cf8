package tdec_test

import (
	"bytes"
	"testing"

	"github.com/pkpnet/pkpnet/tdec"
)

func seedCiphertext(f *testing.F) *tdec.Ciphertext {
	ks := deal(f, 3, 2)
	ct, err := tdec.Encrypt(ks[0].Set.Public, conditions(`[{"a":1}]`), []byte("seed"))
	if err != nil {
		f.Fatal(err)
	}
	return ct
}

func FuzzParseCiphertext(f *testing.F) {
	b, _ := seedCiphertext(f).MarshalBinary()
	f.Add(b)
	f.Add([]byte{1, 1, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := tdec.ParseCiphertext(data)
		if err != nil {
			return
		}
		out, err := c.MarshalBinary()
		if err != nil || !bytes.Equal(out, data) {
			t.Fatalf("re-encoding differs: %v", err)
		}
		cb, _ := c.Capsule().MarshalBinary()
		if _, err := tdec.ParseCapsule(cb); err != nil {
			t.Fatalf("capsule of a parsed ciphertext: %v", err)
		}
	})
}

func FuzzParseCapsule(f *testing.F) {
	b, _ := seedCiphertext(f).Capsule().MarshalBinary()
	f.Add(b)
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := tdec.ParseCapsule(data)
		if err != nil {
			return
		}
		out, _ := c.MarshalBinary()
		if !bytes.Equal(out, data) {
			t.Fatal("re-encoding differs")
		}
	})
}

func FuzzParseShare(f *testing.F) {
	ks := deal(f, 3, 2)
	ct, _ := tdec.Encrypt(ks[0].Set.Public, conditions(`[1]`), []byte("s"))
	sh, _ := ks[0].DecryptShare(ct.Capsule())
	b, _ := sh.MarshalBinary()
	f.Add(b)
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := tdec.ParseShare(data)
		if err != nil {
			return
		}
		out, err := s.MarshalBinary()
		if err != nil || !bytes.Equal(out, data) {
			t.Fatalf("re-encoding differs: %v", err)
		}
		_ = ks[0].Set.VerifyShare(ct.Capsule(), s) // must not panic
	})
}
