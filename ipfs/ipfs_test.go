package ipfs_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"

	"github.com/pkpnet/pkpnet/ipfs"
)

func seq(n int) []byte {
	var b bytes.Buffer
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d\n", i)
	}
	return b.Bytes()
}

func newGateway(t *testing.T) (*ipfs.Gateway, *httptest.Server) {
	t.Helper()
	g, err := ipfs.NewGateway()
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(g.Handler())
	t.Cleanup(srv.Close)
	return g, srv
}

// TestAddAndFetch: files added over HTTP get kubo's CIDv0 (vectors printed by
// kubo v0.43.1, see runtime/cid_test.go) and come back byte for byte through
// the verified fetch, single- and multi-block.
func TestAddAndFetch(t *testing.T) {
	_, srv := newGateway(t)
	f := &ipfs.Fetcher{Gateways: []string{srv.URL}, MaxSize: 16 << 20}
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"small", []byte("Lit.Actions.setResponse({response: \"hi\"});\n"), ""},
		{"a x 262145", bytes.Repeat([]byte("a"), 262145), "QmTaxvXcxpzzaatSEEAYr7t3knkJ6DmTVbr8MjJJWLRWpV"},
		{"seq 1 100000", seq(100000), "QmNXMxAVAEnDeDMsDk62KPwM95Cxao48mmTUBPP8CPXxPL"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := http.Post(srv.URL+ipfs.AddPath, "application/octet-stream", bytes.NewReader(tc.data))
			if err != nil {
				t.Fatal(err)
			}
			var out struct{ CID string }
			if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if tc.want != "" && out.CID != tc.want {
				t.Fatalf("cid %s, want %s", out.CID, tc.want)
			}
			c, err := cid.Decode(out.CID)
			if err != nil {
				t.Fatal(err)
			}
			got, err := f.Fetch(context.Background(), c)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, tc.data) {
				t.Fatalf("fetched %d bytes, want %d", len(got), len(tc.data))
			}
			// The deserialized path serves the file too (curl-friendly).
			r2, err := http.Get(srv.URL + "/ipfs/" + out.CID)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(r2.Body)
			r2.Body.Close()
			if !bytes.Equal(b, tc.data) {
				t.Fatalf("GET /ipfs/%s: %d bytes", out.CID, len(b))
			}
		})
	}
}

// TestFetchRefusesLies: a gateway that serves other bytes, an oversized
// file, a missing CID and a silent gateway all fail the fetch; a lying
// gateway first in the list does not stop an honest one after it.
func TestFetchRefusesLies(t *testing.T) {
	g, srv := newGateway(t)
	data := seq(100000)
	c, err := g.Add(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	liar := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "Lit.Actions.signEcdsa(...) // not what you asked for")
	}))
	defer liar.Close()
	flood := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write(bytes.Repeat([]byte("x"), 2<<20))
	}))
	defer flood.Close()

	ctx := context.Background()
	if _, err := (&ipfs.Fetcher{Gateways: []string{liar.URL}, MaxSize: 16 << 20}).Fetch(ctx, c); err == nil || !strings.Contains(err.Error(), "does not hash to") {
		t.Fatalf("liar: err = %v", err)
	}
	if _, err := (&ipfs.Fetcher{Gateways: []string{flood.URL}, MaxSize: 16 << 20}).Fetch(ctx, c); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Fatalf("flood: err = %v", err)
	}
	got, err := (&ipfs.Fetcher{Gateways: []string{liar.URL, srv.URL}, MaxSize: 16 << 20}).Fetch(ctx, c)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("liar then honest: %d bytes, err %v", len(got), err)
	}
	if _, err := (&ipfs.Fetcher{Gateways: []string{srv.URL}, MaxSize: 1000}).Fetch(ctx, c); err == nil || !strings.Contains(err.Error(), "limit is 1000") {
		t.Fatalf("size limit: err = %v", err)
	}
	missing, _ := cid.Decode("QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH")
	if _, err := (&ipfs.Fetcher{Gateways: []string{srv.URL}, MaxSize: 1000}).Fetch(ctx, missing); err == nil || !strings.Contains(err.Error(), "not found") {
		t.Fatalf("missing: err = %v", err)
	}
	if _, err := (&ipfs.Fetcher{MaxSize: 1000}).Fetch(ctx, c); err == nil {
		t.Fatal("no gateway: no error")
	}
}
