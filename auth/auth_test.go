package auth_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/auth"
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
