package auth_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/node/auth"
)

// The example message of EIP-4361 (with its address), parsed field by field.
const specExample = `service.invalid wants you to sign in with your Ethereum account:
0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2

I accept the ServiceOrg Terms of Service: https://service.invalid/tos

URI: https://service.invalid/login
Version: 1
Chain ID: 1
Nonce: 32891756
Issued At: 2021-09-30T16:25:24Z
Resources:
- ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/
- https://example.com/my-web2-claim.json`

func TestParseSpecExample(t *testing.T) {
	m, err := auth.ParseMessage(specExample)
	if err != nil {
		t.Fatal(err)
	}
	checks := map[string][2]string{
		"domain":    {m.Domain, "service.invalid"},
		"address":   {m.Address.Hex(), "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"},
		"statement": {m.Statement, "I accept the ServiceOrg Terms of Service: https://service.invalid/tos"},
		"uri":       {m.URI, "https://service.invalid/login"},
		"nonce":     {m.Nonce, "32891756"},
		"issued":    {m.IssuedAt.Format(time.RFC3339), "2021-09-30T16:25:24Z"},
		"resource1": {m.Resources[1], "https://example.com/my-web2-claim.json"},
	}
	for name, c := range checks {
		if c[0] != c[1] {
			t.Errorf("%s: got %q, want %q", name, c[0], c[1])
		}
	}
	if m.ChainID != 1 || len(m.Resources) != 2 {
		t.Errorf("chain %d resources %d", m.ChainID, len(m.Resources))
	}
	if got := m.String(); got != specExample {
		t.Errorf("String() does not reproduce the message:\n%s", got)
	}
}

func TestParseMalformed(t *testing.T) {
	cases := map[string]string{
		"empty":               "",
		"no header":           strings.Replace(specExample, " wants you to sign in", " wants", 1),
		"lowercase address":   strings.Replace(specExample, "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2", 1),
		"bad version":         strings.Replace(specExample, "Version: 1", "Version: 2", 1),
		"short nonce":         strings.Replace(specExample, "Nonce: 32891756", "Nonce: 123", 1),
		"bad chain":           strings.Replace(specExample, "Chain ID: 1", "Chain ID: x", 1),
		"bad time":            strings.Replace(specExample, "2021-09-30T16:25:24Z", "yesterday", 1),
		"trailing garbage":    specExample + "\nextra",
		"fields out of order": strings.Replace(specExample, "URI: https://service.invalid/login\nVersion: 1", "Version: 1\nURI: https://service.invalid/login", 1),
		"oversized":           specExample + "\n- " + strings.Repeat("a", auth.MaxMessageSize),
	}
	for name, msg := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := auth.ParseMessage(msg); !errors.Is(err, auth.ErrMalformed) {
				t.Fatalf("got %v, want ErrMalformed", err)
			}
		})
	}
}

func TestVerify(t *testing.T) {
	key, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	msg := func(mod func(*auth.Message)) auth.Message {
		m := auth.Message{
			Domain: "localhost", URI: "lit:session:1", Version: "1", ChainID: 1337,
			Nonce: auth.NewNonce(), IssuedAt: now.Add(-time.Minute), ExpirationTime: now.Add(time.Hour),
		}
		if mod != nil {
			mod(&m)
		}
		return m
	}
	sign := func(m auth.Message) auth.AuthSig {
		a, err := auth.Sign(key, m)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	forged := sign(msg(nil))
	if s, err := auth.Sign(other, msg(nil)); err == nil {
		forged.Sig = s.Sig // another key's signature over a different message
	}
	tampered := sign(msg(nil))
	tampered.SignedMessage = strings.Replace(tampered.SignedMessage, "Chain ID: 1337", "Chain ID: 1338", 1)
	badV := sign(msg(nil))
	b := hexutil.MustDecode(badV.Sig)
	b[64] = 29
	badV.Sig = hexutil.Encode(b)
	cases := []struct {
		name string
		sig  auth.AuthSig
		want error
	}{
		{"valid", sign(msg(nil)), nil},
		{"valid with not-before and request id", sign(msg(func(m *auth.Message) { m.NotBefore = now.Add(-time.Second); m.RequestID = "req-1" })), nil},
		{"forged signature", forged, auth.ErrBadSignature},
		{"tampered message", tampered, auth.ErrBadSignature},
		{"bad recovery id", badV, auth.ErrBadSignature},
		{"wrong chain", sign(msg(func(m *auth.Message) { m.ChainID = 1 })), auth.ErrWrongChain},
		{"expired", sign(msg(func(m *auth.Message) { m.ExpirationTime = now.Add(-time.Second) })), auth.ErrExpired},
		{"no expiry", sign(msg(func(m *auth.Message) { m.ExpirationTime = time.Time{} })), auth.ErrTooLong},
		{"too long", sign(msg(func(m *auth.Message) { m.ExpirationTime = now.Add(48 * time.Hour) })), auth.ErrTooLong},
		{"issued in the future", sign(msg(func(m *auth.Message) { m.IssuedAt = now.Add(time.Hour); m.ExpirationTime = now.Add(2 * time.Hour) })), auth.ErrNotYetValid},
		{"not before in the future", sign(msg(func(m *auth.Message) { m.NotBefore = now.Add(time.Hour) })), auth.ErrNotYetValid},
		{"malformed", auth.AuthSig{Sig: "0x00", DerivedVia: auth.DerivedVia, SignedMessage: "hello"}, auth.ErrMalformed},
		{"wrong derivedVia", func() auth.AuthSig { a := sign(msg(nil)); a.DerivedVia = "eth_sign"; return a }(), auth.ErrBadSignature},
		{"address field mismatch", func() auth.AuthSig {
			a := sign(msg(nil))
			a.Address = crypto.PubkeyToAddress(other.PublicKey).Hex()
			return a
		}(), auth.ErrBadSignature},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := &auth.Verifier{ChainID: 1337, Now: func() time.Time { return now }, Nonces: auth.NewNonceCache(100)}
			addr, _, err := v.Verify(c.sig)
			if c.want == nil {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if addr != crypto.PubkeyToAddress(key.PublicKey) {
					t.Fatalf("address %s", addr.Hex())
				}
				return
			}
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if v.Nonces.Len() != 0 {
				t.Fatalf("a refused auth sig consumed its nonce")
			}
		})
	}
}

func TestNonceReplay(t *testing.T) {
	key, _ := crypto.GenerateKey()
	now := time.Now()
	v := &auth.Verifier{ChainID: 5, Nonces: auth.NewNonceCache(2)}
	mk := func() auth.AuthSig {
		a, err := auth.Sign(key, auth.Message{Domain: "localhost", URI: "lit:session:1", Version: "1", ChainID: 5,
			Nonce: auth.NewNonce(), IssuedAt: now, ExpirationTime: now.Add(time.Minute)})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	a := mk()
	if _, _, err := v.Verify(a); err != nil {
		t.Fatal(err)
	}
	if _, _, err := v.Verify(a); !errors.Is(err, auth.ErrReplay) {
		t.Fatalf("replay: got %v, want ErrReplay", err)
	}
	if _, _, err := v.Verify(mk()); err != nil {
		t.Fatal(err)
	}
	if _, _, err := v.Verify(mk()); !errors.Is(err, auth.ErrCacheFull) {
		t.Fatalf("full cache: got %v, want ErrCacheFull", err)
	}
	// Once the first two expire, the cache makes room again.
	v.Now = func() time.Time { return now.Add(2 * time.Minute) }
	b2, _ := auth.Sign(key, auth.Message{Domain: "localhost", URI: "lit:session:1", Version: "1", ChainID: 5,
		Nonce: auth.NewNonce(), IssuedAt: now.Add(time.Minute), ExpirationTime: now.Add(3 * time.Minute)})
	if _, _, err := v.Verify(b2); err != nil {
		t.Fatalf("after expiry: %v", err)
	}
}

func FuzzParseMessage(f *testing.F) {
	f.Add(specExample)
	f.Add("a wants you to sign in with your Ethereum account:\n0x0000000000000000000000000000000000000000\n\n\nURI: a:b\nVersion: 1\nChain ID: 1\nNonce: 12345678\nIssued At: 2021-09-30T16:25:24Z")
	f.Fuzz(func(t *testing.T, s string) {
		m, err := auth.ParseMessage(s)
		if err != nil {
			return
		}
		m2, err := auth.ParseMessage(m.String())
		if err != nil {
			t.Fatalf("re-parse of String(): %v", err)
		}
		if m2.String() != m.String() {
			t.Fatalf("String() not stable")
		}
	})
}
