package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/wire"
)

// TestDevnetOIDC: the devnet's local issuer mints an ID token; a PKP that
// permits its auth method signs for a caller whose own address it does not
// permit, and the signature recovers to the PKP with Ecrecover. Another
// subject's token is refused, and so is alice's token in the hands of
// another session (the replay of a node that saw it) or without a nonce.
func TestDevnetOIDC(t *testing.T) {
	ctx := ctxT(t, 3*time.Minute)
	o := net.d.OIDC
	if o == nil {
		t.Fatal("the devnet has no OIDC issuer")
	}
	ch := newChain(t, net.user)
	p, err := ch.MintPKP(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := ch.AddPermittedAuthMethod(ctx, p.TokenID, client.AuthMethod{Type: auth.AuthMethodOIDC, ID: hexutil.Encode(o.UserID("alice")), Scopes: []int{1}}); err != nil {
		t.Fatal(err)
	}
	c := newClient(t, net.other, nil) // an address the PKP does not permit
	nonce, err := c.OIDCNonce()       // binds the token to c's session key
	if err != nil {
		t.Fatal(err)
	}
	token := func(sub, nonce string) *client.Options {
		tk, err := o.IDToken(sub, nonce, 10*time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		return &client.Options{AuthMethods: []wire.AuthMethod{{AuthMethodType: auth.AuthMethodOIDC, AccessToken: tk}}}
	}
	h := randHash(t)
	r, err := c.PKPSign(ctx, p.PubKeyBytes(), h, token("alice", nonce))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range r.Signatures {
		checkSig(t, "signed with alice's ID token", s, p.PubKeyBytes(), h)
	}
	if len(r.Signatures) != 1 {
		t.Fatalf("%d signatures", len(r.Signatures))
	}
	if _, err := c.PKPSign(ctx, p.PubKeyBytes(), randHash(t), token("bob", nonce)); err == nil || !strings.Contains(err.Error(), "nor the auth method of the ID token") {
		t.Fatalf("bob's token: %v", err)
	}
	// A node that saw alice's token replays it in a request of its own
	// session: refused at every node.
	thiefKey, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	thief := newClient(t, thiefKey, nil)
	if _, err := thief.PKPSign(ctx, p.PubKeyBytes(), randHash(t), token("alice", nonce)); err == nil || !strings.Contains(err.Error(), "ID token nonce is not bound to this session key") {
		t.Fatalf("alice's token with another session: %v", err)
	}
	if _, err := c.PKPSign(ctx, p.PubKeyBytes(), randHash(t), token("alice", "")); err == nil || !strings.Contains(err.Error(), "ID token nonce is not bound to this session key") {
		t.Fatalf("alice's token without a nonce: %v", err)
	}
}
