package web2

import (
	"encoding/hex"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestStoreAccept(t *testing.T) {
	key, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	s := NewStore(crypto.PubkeyToAddress(key.PublicKey))
	msg := `{"key":"a","value":"v","owner":"0x0000000000000000000000000000000000000001","nonce":1}`
	good, _ := crypto.Sign(accounts.TextHash([]byte(msg)), key)
	bad, _ := crypto.Sign(accounts.TextHash([]byte(msg)), other)
	for _, tc := range []struct {
		name, msg, sig string
		ok             bool
	}{
		{"signed by the PKP", msg, "0x" + hex.EncodeToString(good), true},
		{"replay", msg, "0x" + hex.EncodeToString(good), false},
		{"other key", msg, "0x" + hex.EncodeToString(bad), false},
		{"short sig", msg, "0x01", false},
		{"unknown field", `{"key":"a","x":1}`, "0x" + hex.EncodeToString(good), false},
	} {
		if err := s.accept(tc.msg, tc.sig); (err == nil) != tc.ok {
			t.Errorf("%s: err = %v", tc.name, err)
		}
	}
}

func FuzzStoreAccept(f *testing.F) {
	f.Add(`{"key":"a","value":"v","owner":"0x01","nonce":1}`, "0x"+hex.EncodeToString(make([]byte, 65)))
	key, _ := crypto.GenerateKey()
	s := NewStore(crypto.PubkeyToAddress(key.PublicKey))
	f.Fuzz(func(t *testing.T, msg, sig string) {
		_ = s.accept(msg, sig) // never panics; nothing unsigned is stored
		if len(s.kv) != 0 {
			t.Fatal("stored a write the PKP did not sign")
		}
	})
}
