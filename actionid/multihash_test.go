package actionid_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pkpnet/pkpnet/actionid"
)

func TestMultihash(t *testing.T) {
	// "hello world\n" added with `ipfs add --cid-version=0`; its multihash is sha2-256
	// (0x12), 32 bytes (0x20), then the digest.
	const v0 = "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"
	mh, err := actionid.Multihash(v0)
	if err != nil {
		t.Fatal(err)
	}
	if len(mh) != 34 || mh[0] != 0x12 || mh[1] != 0x20 {
		t.Fatalf("multihash %x", mh)
	}
	// The same content as CIDv1 (dag-pb, base32) has the same multihash.
	const v1 = "bafybeicg2rebjoofv4kbyovkw7af3rpiitvnl6i7ckcywaq6xjcxnc2mby"
	mh1, err := actionid.Multihash(v1)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(mh, mh1) {
		t.Fatalf("v0 %x v1 %x", mh, mh1)
	}
	for _, bad := range []string{"", "Qm", "not a cid", strings.Repeat("Q", 300)} {
		if _, err := actionid.Multihash(bad); err == nil {
			t.Errorf("Multihash(%q) accepted", bad)
		}
	}
}

func TestFromMultihash(t *testing.T) {
	v0, err := actionid.CID([]byte("x"))
	if err != nil {
		t.Fatal(err)
	}
	// A sha2-256 multihash of 20 bytes and an identity multihash are no
	// CIDv0: they come back as CIDv1 (raw).
	short := append([]byte{0x12, 20}, bytes.Repeat([]byte{7}, 20)...)
	identity := []byte{0x00, 3, 'a', 'b', 'c'}
	tests := []struct {
		name    string
		m       []byte
		version uint64
	}{
		{"sha2-256, 32 bytes", v0.Hash(), 0},
		{"sha2-256, 20 bytes", short, 1},
		{"identity", identity, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := actionid.FromMultihash(tt.m)
			if err != nil {
				t.Fatal(err)
			}
			if c.Version() != tt.version {
				t.Fatalf("version %d, want %d (%s)", c.Version(), tt.version, c)
			}
			// The CID text parses back to the same multihash, whatever its version.
			back, err := actionid.Multihash(c.String())
			if err != nil || !bytes.Equal(back, tt.m) {
				t.Fatalf("round trip %x -> %s -> %x (%v)", tt.m, c, back, err)
			}
		})
	}
	if c, _ := actionid.FromMultihash(v0.Hash()); c.String() != v0.String() {
		t.Fatalf("FromMultihash(CID(x).Hash()) = %s, want %s", c, v0)
	}
	for _, bad := range [][]byte{nil, {1, 2, 3}, {0x12, 0x20, 1}} {
		if c, err := actionid.FromMultihash(bad); err == nil {
			t.Errorf("FromMultihash(%x) = %s, want an error", bad, c)
		}
	}
}

// FuzzParse: arbitrary CID text never panics; an accepted one names a
// non-empty multihash shorter than the text, which FromMultihash renders as
// a CID naming the same multihash.
func FuzzParse(f *testing.F) {
	f.Add("QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o")
	f.Add("bafybeicg2rebjoofv4kbyovkw7af3rpiitvnl6i7ckcywaq6xjcxnc2mby")
	f.Add("Qm")
	f.Fuzz(func(t *testing.T, text string) {
		m, err := actionid.Multihash(text)
		if err != nil {
			return
		}
		if len(m) == 0 || len(m) >= len(text) {
			t.Fatalf("%q: multihash of %d bytes", text, len(m))
		}
		c, err := actionid.FromMultihash(m)
		if err != nil {
			t.Fatalf("Multihash(%q) = %x, which FromMultihash rejects: %v", text, m, err)
		}
		if !bytes.Equal(c.Hash(), m) {
			t.Fatalf("%q: multihash %x, FromMultihash gives %s with %x", text, m, c, []byte(c.Hash()))
		}
	})
}
