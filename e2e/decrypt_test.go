package e2e

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/tdec"
)

// TestDecryptWithClient: the Go client encrypts under a balance condition
// (no node contacted), decryption is refused by the nodes while the
// condition is false, and succeeds with T verified shares after a transfer
// makes it true on the dev chain.
func TestDecryptWithClient(t *testing.T) {
	reader, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(reader.PublicKey)
	c := newClient(t, reader, nil)
	ctx := ctxT(t, 2*time.Minute)
	cond := `[{"conditionType":"evmBasic","contractAddress":"","standardContractType":"","chain":"pkpnet","method":"eth_getBalance","parameters":[":userAddress","latest"],"returnValueTest":{"comparator":">","value":"0"}}]`
	ct, err := c.Encrypt(ctx, tdec.Access{Kind: tdec.AccessConditions, Value: []byte(cond)}, []byte("for funded readers only"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Decrypt(ctx, ct, nil)
	var re *client.RequestError
	if !errors.As(err, &re) || !re.Refused {
		t.Fatalf("decrypt with an empty balance: %v", err)
	}
	r, err := net.d.Chain.Fund(ctx, 0, addr, big.NewInt(1e15))
	if err != nil {
		t.Fatal(err)
	}
	if err := net.waitIndexed(ctx, r.BlockNumber.Uint64()); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	res, err := c.Decrypt(ctx, ct, nil)
	took := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	if string(res.Plaintext) != "for funded readers only" || len(res.Used) != c.Threshold() || len(res.BadNodes()) != 0 {
		t.Fatalf("plaintext %q, used %v, bad %v", res.Plaintext, res.Used, res.BadNodes())
	}
	t.Logf("decrypted with nodes %v in %s (end to end: key set read, 3 shares, verify, combine)", res.Used, took)
}
