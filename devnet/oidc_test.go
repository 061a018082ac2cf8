package devnet

import (
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/auth"
)

// TestDevIssuer: a token minted by the devnet issuer verifies against its
// served JWKS (an issuer entry like the one the devnet gives its nodes,
// TestFileConfigKeepsIssuers) and names the documented ID.
func TestDevIssuer(t *testing.T) {
	k, err := loadOrCreateIssuerKey(t.TempDir() + "/k")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(jwksHandler(&k.PublicKey))
	defer srv.Close()
	info := &OIDCInfo{Issuer: "http://devnet.test", JWKSURL: srv.URL, Audience: DevAudience, Key: "x"}
	pub, _, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	nonce := auth.OIDCNonce("devnet", pub)
	if _, err := info.IDToken("alice", nonce, time.Hour); err == nil {
		t.Fatal("a malformed key minted a token")
	}
	kh, err := issuerKeyHex(k)
	if err != nil {
		t.Fatal(err)
	}
	info.Key = kh
	tok, err := info.IDToken("alice", nonce, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	v, err := auth.NewOIDC([]auth.OIDCIssuer{{Issuer: info.Issuer, JWKSURL: info.JWKSURL, Audiences: []string{DevAudience}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	id, err := v.Verify(t.Context(), tok, nonce)
	if err != nil {
		t.Fatal(err)
	}
	if string(id.ID) != string(info.UserID("alice")) || id.Subject != "alice" {
		t.Fatalf("identity %+v", id)
	}
	// The token is bound to pub's session: another session key's nonce,
	// or a token minted without a nonce, is refused.
	other, _, _ := ed25519.GenerateKey(rand.Reader)
	if _, err := v.Verify(t.Context(), tok, auth.OIDCNonce("devnet", other)); !errors.Is(err, auth.ErrOIDCNonce) {
		t.Fatalf("another session key: %v", err)
	}
	bare, err := info.IDToken("alice", "", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := v.Verify(t.Context(), bare, nonce); !errors.Is(err, auth.ErrOIDCNonce) {
		t.Fatalf("no nonce: %v", err)
	}
}
