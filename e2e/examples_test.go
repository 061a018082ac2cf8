package e2e

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/examples"
)

// TestOracleExample: the oracle example fetches a price from a local API
// (the devnet allows private fetches) and signs "<asset>:<price>" only at
// or above the threshold; the signature recovers to the PKP's address with
// go-ethereum's Ecrecover.
func TestOracleExample(t *testing.T) {
	ctx := ctxT(t, 3*time.Minute)
	var price atomic.Int64
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"asset": "ETH", "price": %d}`, price.Load())
	}))
	defer api.Close()
	c := newClient(t, net.user, nil)
	ch := newChain(t, net.user)
	p, err := ch.MintWithPermissions(ctx, client.MintOptions{Actions: []string{cidOf(t, examples.Oracle)}})
	if err != nil {
		t.Fatal(err)
	}
	run := func() *client.Result {
		t.Helper()
		params, _ := json.Marshal(map[string]any{"url": api.URL, "asset": "ETH", "threshold": 3000, "publicKey": p.PubKey, "sigName": "price"})
		r, err := c.Execute(ctx, client.ExecuteParams{Code: examples.Oracle, JSParams: params}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	price.Store(2999)
	if r := run(); len(r.Signatures) != 0 {
		t.Fatalf("price below the threshold was signed: %s", r.Response)
	}
	price.Store(3150)
	r := run()
	s, ok := r.Signatures["price"]
	if !ok {
		t.Fatalf("no signature at 3150: %s", r.Response)
	}
	pub, err := crypto.Ecrecover(accounts.TextHash([]byte("ETH:3150")), s.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if k, err := crypto.UnmarshalPubkey(pub); err != nil || crypto.PubkeyToAddress(*k) != p.Address {
		t.Fatalf("oracle signature does not recover to the PKP %s", p.Address)
	}
}
