package e2e

import (
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/examples"
	"github.com/pkpnet/pkpnet/examples/web2"
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

// TestWeb2Example: the web2 backend replacement. The action validates a
// write (schema, owner = caller) and the PKP signs it; the store accepts
// only PKP-signed writes. An invalid write gets no signature, and a write
// the PKP did not sign, or a replayed one, is refused by the store.
func TestWeb2Example(t *testing.T) {
	ctx := ctxT(t, 3*time.Minute)
	c := newClient(t, net.user, nil)
	ch := newChain(t, net.user)
	p, err := ch.MintWithPermissions(ctx, client.MintOptions{Actions: []string{cidOf(t, web2.ValidateWrite)}})
	if err != nil {
		t.Fatal(err)
	}
	store := web2.NewStore(p.Address)
	srv := httptest.NewServer(store)
	defer srv.Close()
	owner := client.KeyAddress(net.user)
	write := func(key string, nonce int, ownerAddr string) (*client.Result, error) {
		params, _ := json.Marshal(map[string]any{"write": map[string]any{"key": key, "value": "v" + key, "owner": ownerAddr, "nonce": nonce}, "publicKey": p.PubKey})
		return c.Execute(ctx, client.ExecuteParams{Code: web2.ValidateWrite, JSParams: params}, nil)
	}
	post := func(message, sig string) int {
		b, _ := json.Marshal(map[string]string{"message": message, "signature": sig})
		resp, err := http.Post(srv.URL, "application/json", strings.NewReader(string(b)))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	r, err := write("profile", 1, owner.Hex())
	if err != nil {
		t.Fatal(err)
	}
	s := r.Signatures["write"]
	if code := post(r.Response, s.Signature); code != http.StatusNoContent {
		t.Fatalf("store refused a PKP-signed write: %d", code)
	}
	if w, ok := store.Get("profile"); !ok || w.Value != "vprofile" {
		t.Fatalf("stored %+v", w)
	}
	if code := post(r.Response, s.Signature); code != http.StatusForbidden {
		t.Fatalf("replayed write: %d", code)
	}
	forged := strings.Replace(r.Response, "vprofile", "hacked", 1)
	if code := post(forged, s.Signature); code != http.StatusForbidden {
		t.Fatalf("altered write: %d", code)
	}
	for name, f := range map[string]func() (*client.Result, error){
		"bad key": func() (*client.Result, error) { return write("Not Valid!", 2, owner.Hex()) },
		"other owner": func() (*client.Result, error) {
			return write("profile", 2, "0x00000000000000000000000000000000000000dd")
		},
	} {
		if _, err := f(); err == nil {
			t.Errorf("%s: the action accepted an invalid write", name)
		}
	}
}

// TestSendToSelfExample: a PKP minted with the wallet action and sent to
// itself owns itself; the action signs a transfer within its limit, the
// signature recovers to the PKP's address with go-ethereum's Ecrecover and
// makes a valid transaction from that address; a transfer above the limit
// gets no signature, and nobody can change the PKP's permissions.
func TestSendToSelfExample(t *testing.T) {
	ctx := ctxT(t, 3*time.Minute)
	c := newClient(t, net.other, nil)
	ch := newChain(t, net.user)
	p, err := ch.MintWithPermissions(ctx, client.MintOptions{Actions: []string{cidOf(t, examples.SelfWallet)}, SendPkpToSelf: true})
	if err != nil {
		t.Fatal(err)
	}
	if p.Owner != p.Address {
		t.Fatalf("owner %s, want the PKP's own address %s", p.Owner, p.Address)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	chainID := big.NewInt(int64(c.ChainID()))
	run := func(value *big.Int) *client.Result {
		t.Helper()
		params, _ := json.Marshal(map[string]any{"publicKey": p.PubKey, "chainId": chainID.Int64(), "nonce": 0, "to": to.Hex(),
			"value": value.String(), "maxFeePerGas": "2000000000", "maxPriorityFeePerGas": "1000000000"})
		r, err := c.Execute(ctx, client.ExecuteParams{Code: examples.SelfWallet, JSParams: params}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	if r := run(new(big.Int).Add(big.NewInt(1e16), big.NewInt(1))); len(r.Signatures) != 0 {
		t.Fatalf("a transfer above the limit was signed: %s", r.Response)
	}
	value := big.NewInt(1e16)
	r := run(value)
	s, ok := r.Signatures["tx"]
	if !ok {
		t.Fatalf("no signature: %s", r.Response)
	}
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: 0, To: &to, Value: value, Gas: 21000,
		GasFeeCap: big.NewInt(2e9), GasTipCap: big.NewInt(1e9)})
	signer := types.LatestSignerForChainID(chainID)
	h := signer.Hash(tx)
	checkSig(t, "self-owned wallet", s, p.PubKeyBytes(), h[:])
	signed, err := tx.WithSignature(signer, s.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if from, err := types.Sender(signer, signed); err != nil || from != p.Address {
		t.Fatalf("transaction sender %s (%v), want the PKP %s", from, err, p.Address)
	}
	if err := ch.AddPermittedAddress(ctx, p.TokenID, ch.From(), nil); err == nil || !strings.Contains(err.Error(), "PermissionsFrozen") {
		t.Fatalf("changing a self-owned PKP: %v, want PermissionsFrozen", err)
	}
}
