package devnet

import (
	"net/http/httptest"
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/auth"
)

// TestDevIssuer: a token minted by the devnet issuer verifies against its
// served JWKS, as the nodes configure it, and names the documented ID.
func TestDevIssuer(t *testing.T) {
	k, err := loadOrCreateIssuerKey(t.TempDir() + "/k")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(jwksHandler(&k.PublicKey))
	defer srv.Close()
	info := &OIDCInfo{Issuer: "http://devnet.test", JWKSURL: srv.URL, Audience: DevAudience, Key: "x"}
	if _, err := info.IDToken("alice", time.Hour); err == nil {
		t.Fatal("a malformed key minted a token")
	}
	info.Key = ""
	b := k.D.FillBytes(make([]byte, 32))
	for _, c := range b {
		info.Key += string("0123456789abcdef"[c>>4]) + string("0123456789abcdef"[c&15])
	}
	tok, err := info.IDToken("alice", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	v, err := auth.NewOIDC([]auth.OIDCIssuer{{Issuer: info.Issuer, JWKSURL: info.JWKSURL, Audiences: []string{DevAudience}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	id, err := v.Verify(t.Context(), tok)
	if err != nil {
		t.Fatal(err)
	}
	if string(id.ID) != string(info.UserID("alice")) || id.Subject != "alice" {
		t.Fatalf("identity %+v", id)
	}
}
