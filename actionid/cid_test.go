package actionid_test

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	chunker "github.com/ipfs/boxo/chunker"
	mdutils "github.com/ipfs/boxo/ipld/merkledag/test"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"

	"github.com/pkpnet/pkpnet/actionid"
)

// The expected CIDs below were printed by kubo v0.43.1 (the `ipfs` CLI, built
// from github.com/ipfs/kubo/cmd/ipfs@v0.43.1 in a scratch module, repo made
// with `ipfs init --profile test`, no daemon) with
//
//	ipfs add -n -Q --cid-version=0 FILE
//
// where FILE was, respectively: an empty file; testdata/cid/small.js;
// `head -c 262144 /dev/zero | tr '\0' 'a'` (exactly one chunk);
// `head -c 262145 /dev/zero | tr '\0' 'a'` (one byte into a second chunk);
// `seq 1 100000` (588,895 bytes, 3 chunks); `seq 1 2000000` (14,888,896
// bytes, 57 chunks); `seq 1 7000000` (54,888,896 bytes, 210 chunks, so the
// balanced layout needs a second level above 174 links).
func TestCIDMatchesKubo(t *testing.T) {
	small, err := os.ReadFile("testdata/cid/small.js")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH"},
		{"small.js", small, "QmNbvxsthwRMaKNYPRBjp7CHgHy92i34iiSJwdnYtDmcYX"},
		{"a x 262144", bytes.Repeat([]byte("a"), 262144), "Qma81h2ZqbvJW2EQkiVUZ17aSvNWqAtvUPhh8mQBPU8W7c"},
		{"a x 262145", bytes.Repeat([]byte("a"), 262145), "QmTaxvXcxpzzaatSEEAYr7t3knkJ6DmTVbr8MjJJWLRWpV"},
		{"seq 1 100000", seq(100000), "QmNXMxAVAEnDeDMsDk62KPwM95Cxao48mmTUBPP8CPXxPL"},
		{"seq 1 2000000", seq(2000000), "QmSLGvzJpBXo1s6tKux7z9PjXv8UFUH4yCFggG6frX57jr"},
		{"seq 1 7000000", seq(7000000), "QmUBGo8ESnMRFBps5kuoPUJfm2aJzQ1cfzFTBu7frqoCNj"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := actionid.CID(tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != tt.want {
				t.Fatalf("CID(%d bytes) = %s, want %s", len(tt.data), got, tt.want)
			}
			if got.Version() != 0 {
				t.Fatalf("CID version %d, want 0", got.Version())
			}
		})
	}
}

// seq returns the output of `seq 1 n`.
func seq(n int) []byte {
	var b bytes.Buffer
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d\n", i)
	}
	return b.Bytes()
}

func BenchmarkCIDSmall(b *testing.B) {
	code := []byte(`Lit.Actions.setResponse({response: "hello"});`)
	for b.Loop() {
		if _, err := actionid.CID(code); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCIDv1Import pins what docs/runtime.md says of `ipfs add
// --cid-version=1 --raw-leaves=false`: for a file of one chunk it builds
// the same dag-pb block as the CIDv0 (so Parse maps its CID to the same
// action); above one chunk its root links by CIDv1, another block.
func TestCIDv1Import(t *testing.T) {
	v1 := func(code []byte) cid.Cid {
		params := helpers.DagBuilderParams{
			Dagserv:    mdutils.Mock(),
			Maxlinks:   helpers.DefaultLinksPerBlock,
			CidBuilder: cid.V1Builder{Codec: cid.DagProtobuf, MhType: mh.SHA2_256},
		}
		db, err := params.New(chunker.NewSizeSplitter(bytes.NewReader(code), 256*1024))
		if err != nil {
			t.Fatal(err)
		}
		root, err := balanced.Layout(db)
		if err != nil {
			t.Fatal(err)
		}
		return root.Cid()
	}
	for _, tt := range []struct {
		name string
		code []byte
		same bool
	}{
		{"one chunk", []byte(`Lit.Actions.setResponse({response: "hi"});`), true},
		{"exactly one chunk", bytes.Repeat([]byte("a"), 262144), true},
		{"two chunks", bytes.Repeat([]byte("a"), 262145), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v0, err := actionid.CID(tt.code)
			if err != nil {
				t.Fatal(err)
			}
			c := v1(tt.code)
			got, err := actionid.Parse(c.String())
			if err != nil {
				t.Fatalf("Parse(%s): %v", c, err)
			}
			if got.Equals(v0) != tt.same {
				t.Fatalf("v1 import %s -> %s, CIDv0 %s: same %v, want %v", c, got, v0, got.Equals(v0), tt.same)
			}
		})
	}
}
