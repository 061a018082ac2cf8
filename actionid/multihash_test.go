package actionid_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"

	"github.com/pkpnet/pkpnet/actionid"
)

// "hello world\n" added with `ipfs add --cid-version=0`, and the same CID
// as `ipfs cid format -v 1 -b base32` prints it (the IPFS docs' example).
const (
	helloV0 = "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"
	helloV1 = "bafybeicg2rebjoofv4kbyovkw7af3rpiitvnl6i7ckcywaq6xjcxnc2mby"
)

func TestParse(t *testing.T) {
	v0, err := cid.Decode(helloV0)
	if err != nil {
		t.Fatal(err)
	}
	h := v0.Hash()
	must := func(s string, err error) string {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	v1 := cid.NewCidV1(cid.DagProtobuf, h)
	if v1.String() != helloV1 {
		t.Fatalf("CIDv1 of %s is %s, want %s", helloV0, v1, helloV1)
	}
	// The raw CIDv1 `ipfs add --cid-version=1` prints for hello world\n:
	// the hash of the file's bytes, another multihash.
	fileHash, err := mh.Sum([]byte("hello world\n"), mh.SHA2_256, -1)
	if err != nil {
		t.Fatal(err)
	}
	sha512, err := mh.Sum([]byte("x"), mh.SHA2_512, -1)
	if err != nil {
		t.Fatal(err)
	}
	truncated, err := mh.Sum([]byte("x"), mh.SHA2_256, 20)
	if err != nil {
		t.Fatal(err)
	}
	identity, err := mh.Sum([]byte("Lit.Actions.setResponse({response: 1})"), mh.IDENTITY, -1)
	if err != nil {
		t.Fatal(err)
	}
	base2 := must(v1.StringOfBase('0'))

	tests := []struct {
		name    string
		text    string
		want    string // canonical CIDv0; "" for a refusal
		notAct  bool   // refused with ErrNotAction
		errPart string // part of the refusal's text
	}{
		{name: "CIDv0", text: helloV0, want: helloV0},
		{name: "CIDv1 dag-pb base32", text: helloV1, want: helloV0},
		{name: "CIDv1 dag-pb base32 upper", text: must(v1.StringOfBase('B')), want: helloV0},
		{name: "CIDv1 dag-pb base58btc", text: must(v1.StringOfBase('z')), want: helloV0},
		{name: "CIDv1 dag-pb base36", text: must(v1.StringOfBase('k')), want: helloV0},
		{name: "CIDv1 dag-pb base16", text: must(v1.StringOfBase('f')), want: helloV0},
		{name: "CIDv1 dag-pb base64", text: must(v1.StringOfBase('m')), want: helloV0},

		{name: "raw CIDv1 with the CIDv0's multihash", text: cid.NewCidV1(cid.Raw, h).String(), notAct: true, errPart: "raw"},
		{name: "raw CIDv1 of the file bytes", text: cid.NewCidV1(cid.Raw, fileHash).String(), notAct: true, errPart: "raw"},
		{name: "dag-cbor CIDv1", text: cid.NewCidV1(cid.DagCBOR, h).String(), notAct: true, errPart: "dag-cbor"},
		{name: "dag-json CIDv1", text: cid.NewCidV1(cid.DagJSON, h).String(), notAct: true},
		{name: "libp2p-key CIDv1", text: cid.NewCidV1(cid.Libp2pKey, h).String(), notAct: true},
		{name: "dag-pb sha2-512", text: cid.NewCidV1(cid.DagProtobuf, sha512).String(), notAct: true, errPart: "sha2-256"},
		{name: "dag-pb truncated sha2-256", text: cid.NewCidV1(cid.DagProtobuf, truncated).String(), notAct: true},
		{name: "dag-pb identity hash", text: cid.NewCidV1(cid.DagProtobuf, identity).String(), notAct: true},

		{name: "CIDv1 mixed case", text: strings.Replace(helloV1, "bafybei", "bafyBei", 1), errPart: "canonical"},
		{name: "CIDv0 as multibase z", text: "z" + helloV0, errPart: "canonical"},
		{name: "CIDv0 with a bad base58 digit", text: helloV0[:45] + "0"},
		{name: "CIDv0 one short", text: helloV0[:45]},
		{name: "CIDv0 with a space", text: helloV0 + " "},
		{name: "CIDv0 with a NUL", text: helloV0 + "\x00"},
		{name: "CIDv1 base32 with trailing data", text: helloV1 + "aa"},
		{name: "CIDv1 base32 cut", text: helloV1[:len(helloV1)-2]},
		{name: "empty", text: ""},
		{name: "one character", text: "b"},
		{name: "text", text: "not a cid"},
		{name: "unknown multibase", text: "#abc"},
		{name: "non-ASCII", text: "🚀" + helloV0},
		{name: "too long", text: "b" + strings.Repeat("a", actionid.MaxCIDText)},
		{name: "CIDv1 in base2 (longer than the bound)", text: base2, errPart: "characters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := actionid.Parse(tt.text)
			if tt.want == "" {
				if err == nil {
					t.Fatalf("Parse(%q) = %s, want a refusal", tt.text, c)
				}
				if tt.notAct != errors.Is(err, actionid.ErrNotAction) {
					t.Fatalf("Parse(%q): %v; ErrNotAction %v, want %v", tt.text, err, errors.Is(err, actionid.ErrNotAction), tt.notAct)
				}
				if !strings.Contains(err.Error(), tt.errPart) {
					t.Fatalf("Parse(%q): %v, want it to mention %q", tt.text, err, tt.errPart)
				}
				if _, err := actionid.Multihash(tt.text); err == nil {
					t.Fatalf("Multihash(%q) accepted what Parse refuses", tt.text)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.text, err)
			}
			if c.Version() != 0 || c.String() != tt.want {
				t.Fatalf("Parse(%q) = %s (v%d), want %s", tt.text, c, c.Version(), tt.want)
			}
			if s, err := actionid.Canonical(tt.text); err != nil || s != tt.want {
				t.Fatalf("Canonical(%q) = %q, %v", tt.text, s, err)
			}
			m, err := actionid.Multihash(tt.text)
			if err != nil || !bytes.Equal(m, h) {
				t.Fatalf("Multihash(%q) = %x, %v; want %x", tt.text, m, err, []byte(h))
			}
			if !actionid.Same(tt.text, helloV0) || !actionid.Same(helloV1, tt.text) {
				t.Fatalf("Same(%q, the other forms) is false", tt.text)
			}
		})
	}
}

func TestSame(t *testing.T) {
	other, err := actionid.CID([]byte("another action"))
	if err != nil {
		t.Fatal(err)
	}
	otherV1 := cid.NewCidV1(cid.DagProtobuf, other.Hash()).String()
	v0, _ := cid.Decode(helloV0)
	rawSameHash := cid.NewCidV1(cid.Raw, v0.Hash()).String()
	tests := []struct {
		a, b string
		want bool
	}{
		{helloV0, helloV0, true},
		{helloV0, helloV1, true},
		{helloV1, helloV0, true},
		{otherV1, other.String(), true},
		{helloV0, other.String(), false},
		{helloV1, otherV1, false},
		{helloV0, rawSameHash, false}, // same multihash, other bytes named
		{rawSameHash, rawSameHash, false},
		{"", "", false},
		{"x", "x", false},
	}
	for _, tt := range tests {
		if got := actionid.Same(tt.a, tt.b); got != tt.want {
			t.Errorf("Same(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// The CIDv1 forms of kubo's CIDv0 vectors name the same action as the code.
func TestCIDv1OfKuboVectors(t *testing.T) {
	for _, code := range [][]byte{nil, []byte("x"), bytes.Repeat([]byte("a"), 262145)} {
		v0, err := actionid.CID(code)
		if err != nil {
			t.Fatal(err)
		}
		v1 := cid.NewCidV1(cid.DagProtobuf, v0.Hash()).String()
		got, err := actionid.Parse(v1)
		if err != nil || !got.Equals(v0) {
			t.Fatalf("Parse(%s) = %s, %v; want %s", v1, got, err, v0)
		}
	}
}

func TestFromMultihash(t *testing.T) {
	v0, err := actionid.CID([]byte("x"))
	if err != nil {
		t.Fatal(err)
	}
	// A sha2-256 multihash of 20 bytes and an identity multihash are no
	// action: they come back as CIDv1 (raw), for display, which Parse
	// refuses.
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
			if !bytes.Equal(c.Hash(), tt.m) {
				t.Fatalf("FromMultihash(%x) = %s with multihash %x", tt.m, c, []byte(c.Hash()))
			}
			back, err := actionid.Multihash(c.String())
			if tt.version == 0 && (err != nil || !bytes.Equal(back, tt.m)) {
				t.Fatalf("round trip %x -> %s -> %x (%v)", tt.m, c, back, err)
			}
			if tt.version == 1 && !errors.Is(err, actionid.ErrNotAction) {
				t.Fatalf("Multihash(%s) = %x, %v; want ErrNotAction", c, back, err)
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

// FuzzParse: arbitrary CID text never panics; accepted text is a CIDv0 or
// a CIDv1 with the dag-pb codec and a sha2-256 multihash, written as its
// own canonical text, and Parse returns the CIDv0 with that multihash, so
// two accepted texts give the same action only if they decode to the same
// dag-pb block hash.
func FuzzParse(f *testing.F) {
	f.Add(helloV0)
	f.Add(helloV1)
	f.Add("bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4")
	f.Add("z" + helloV0)
	f.Add("Qm")
	f.Fuzz(func(t *testing.T, text string) {
		c, err := actionid.Parse(text)
		if err != nil {
			return
		}
		if len(text) > actionid.MaxCIDText {
			t.Fatalf("accepted %d characters", len(text))
		}
		d, err := cid.Decode(text)
		if err != nil {
			t.Fatalf("Parse(%q) accepted what cid.Decode refuses: %v", text, err)
		}
		if d.Version() == 1 && d.Type() != cid.DagProtobuf {
			t.Fatalf("Parse(%q) accepted codec 0x%x", text, d.Type())
		}
		if c.Version() != 0 || !bytes.Equal(c.Hash(), d.Hash()) {
			t.Fatalf("Parse(%q) = %s, decoded %s", text, c, d)
		}
		if d.Version() == 0 && text != c.String() {
			t.Fatalf("Parse accepted %q as a spelling of %s", text, c)
		}
		again, err := actionid.Parse(c.String())
		if err != nil || !again.Equals(c) {
			t.Fatalf("canonical %s does not parse to itself: %s, %v", c, again, err)
		}
		m, err := actionid.FromMultihash(c.Hash())
		if err != nil || !m.Equals(c) {
			t.Fatalf("FromMultihash(Parse(%q).Hash()) = %s, %v", text, m, err)
		}
	})
}
