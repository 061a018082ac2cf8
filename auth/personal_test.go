package auth_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/auth"
)

// TestRecoverPersonalSign: V in {0,1} and {27,28} recover the signer; a
// signature of another message recovers someone else; other V values and
// lengths are errors.
func TestRecoverPersonalSign(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	want := crypto.PubkeyToAddress(key.PublicKey)
	const msg = "pkpnet personal sign test"
	sig, err := crypto.Sign(accounts.TextHash([]byte(msg)), key)
	if err != nil {
		t.Fatal(err)
	}
	with := func(v byte) []byte {
		s := append([]byte(nil), sig...)
		s[64] = sig[64] + v
		return s
	}
	for _, tc := range []struct {
		name string
		msg  string
		sig  []byte
		ok   bool
	}{
		{"V 0/1", msg, with(0), true},
		{"V 27/28", msg, with(27), true},
		{"other message", msg + ".", with(27), true},
		{"V 2/3", msg, with(2), false},
		{"V 29/30", msg, with(29), false},
		{"64 bytes", msg, sig[:64], false},
		{"66 bytes", msg, append(with(27), 0), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := append([]byte(nil), tc.sig...)
			got, err := auth.RecoverPersonalSign(tc.msg, tc.sig)
			if (err == nil) != tc.ok {
				t.Fatalf("err %v, want ok %v", err, tc.ok)
			}
			if string(in) != string(tc.sig) {
				t.Fatal("the signature was modified")
			}
			if tc.ok && (got == want) != (tc.msg == msg) {
				t.Fatalf("recovered %s, signer %s", got, want)
			}
		})
	}
}
