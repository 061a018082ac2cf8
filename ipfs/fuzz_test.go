package ipfs_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"

	"github.com/pkpnet/pkpnet/ipfs"
)

// FuzzFetchRoot serves arbitrary bytes as the root block of their own CID
// (so the hash check passes and the dag-pb and UnixFS decoders see them):
// Fetch must return an error or data within the limit, never panic or hang.
func FuzzFetchRoot(f *testing.F) {
	f.Add([]byte{0x0a, 0x08, 0x08, 0x02, 0x12, 0x02, 'h', 'i', 0x18, 0x02})
	f.Add([]byte{0x12, 0x2a, 0x0a, 0x22})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, block []byte) {
		h, err := mh.Sum(block, mh.SHA2_256, -1)
		if err != nil {
			t.Skip()
		}
		c := cid.NewCidV0(h)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.Contains(r.URL.Path, c.String()) {
				w.Write(block)
				return
			}
			http.NotFound(w, r)
		}))
		defer srv.Close()
		out, err := (&ipfs.Fetcher{Gateways: []string{srv.URL}, MaxSize: 1 << 16, MaxBlocks: 8}).Fetch(context.Background(), c)
		if err == nil && len(out) > 1<<16 {
			t.Fatalf("%d bytes past the limit", len(out))
		}
	})
}
