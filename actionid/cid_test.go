package actionid_test

import (
	"bytes"
	"fmt"
	"os"
	"testing"

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
