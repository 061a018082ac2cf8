package auth_test

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/pkpnet/pkpnet/auth"
)

// issuer is a local OIDC issuer: a JWKS endpoint on 127.0.0.1 and the keys
// behind it, which it can rotate.
type issuer struct {
	srv   *httptest.Server
	mu    sync.Mutex
	keys  map[string]*rsa.PrivateKey
	reads int
}

func newIssuer(t *testing.T) *issuer {
	t.Helper()
	is := &issuer{keys: map[string]*rsa.PrivateKey{}}
	is.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		is.mu.Lock()
		defer is.mu.Unlock()
		is.reads++
		var set struct {
			Keys []map[string]string `json:"keys"`
		}
		for kid, k := range is.keys {
			set.Keys = append(set.Keys, map[string]string{"kty": "RSA", "kid": kid, "use": "sig", "alg": "RS256",
				"n": base64.RawURLEncoding.EncodeToString(k.N.Bytes()),
				"e": base64.RawURLEncoding.EncodeToString(big.NewInt(int64(k.E)).Bytes())})
		}
		_ = json.NewEncoder(w).Encode(set)
	}))
	t.Cleanup(is.srv.Close)
	is.rotate(t, "k1", false)
	return is
}

// rotate adds key kid; drop removes every older key.
func (is *issuer) rotate(t *testing.T, kid string, drop bool) {
	t.Helper()
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	is.mu.Lock()
	defer is.mu.Unlock()
	if drop {
		is.keys = map[string]*rsa.PrivateKey{}
	}
	is.keys[kid] = k
}

func (is *issuer) token(t *testing.T, kid string, claims jwt.MapClaims) string {
	t.Helper()
	is.mu.Lock()
	k := is.keys[kid]
	is.mu.Unlock()
	if k == nil {
		var err error
		if k, err = rsa.GenerateKey(rand.Reader, 2048); err != nil {
			t.Fatal(err)
		}
	}
	tok := jwt.NewWithClaims(jwt.SigningMethodRS256, claims)
	tok.Header["kid"] = kid
	s, err := tok.SignedString(k)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

const issURL = "https://issuer.test"

// sessKey is the session key the test's tokens are bound to; nonce is its
// OIDCNonce on the network "testnet".
var (
	sessKey, _, _ = ed25519.GenerateKey(rand.Reader)
	nonce         = auth.OIDCNonce("testnet", sessKey)
)

func claims(mod func(jwt.MapClaims)) jwt.MapClaims {
	c := jwt.MapClaims{"iss": issURL, "sub": "user-42", "aud": "pkpnet-app", "exp": time.Now().Add(time.Hour).Unix(), "iat": time.Now().Unix(),
		"nonce": nonce}
	if mod != nil {
		mod(c)
	}
	return c
}

func TestOIDC(t *testing.T) {
	is := newIssuer(t)
	v, err := auth.NewOIDC([]auth.OIDCIssuer{{Issuer: issURL, JWKSURL: is.srv.URL, Audiences: []string{"pkpnet-app"}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	id, err := v.Verify(t.Context(), is.token(t, "k1", claims(nil)), nonce)
	if err != nil {
		t.Fatal(err)
	}
	if id.Type != auth.AuthMethodOIDC || string(id.ID) != string(auth.OIDCUserID(issURL, "user-42", "pkpnet-app")) || id.Subject != "user-42" {
		t.Fatalf("identity %+v", id)
	}
	replayer, _, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		token string
		nonce string // the request's session nonce; empty: nonce
		want  string
	}{
		{"expired", is.token(t, "k1", claims(func(c jwt.MapClaims) { c["exp"] = time.Now().Add(-2 * time.Minute).Unix() })), "", "expired"},
		{"no expiry", is.token(t, "k1", claims(func(c jwt.MapClaims) { delete(c, "exp") })), "", "exp claim is required"},
		{"wrong audience", is.token(t, "k1", claims(func(c jwt.MapClaims) { c["aud"] = "other-app" })), "", "audience [other-app] is not one this node accepts"},
		{"unknown key", is.token(t, "k9", claims(nil)), "", `no key "k9"`},
		{"wrong issuer", is.token(t, "k1", claims(func(c jwt.MapClaims) { c["iss"] = "https://evil.test" })), "", `issuer "https://evil.test" is not trusted`},
		{"no subject", is.token(t, "k1", claims(func(c jwt.MapClaims) { delete(c, "sub") })), "", "no subject"},
		{"not a JWT", "abc.def", "", "malformed"},
		{"too long", strings.Repeat("a", auth.MaxIDToken+1), "", "longer than"},
		// A node that saw the token replays it with its own session key:
		// the nonce the token carries is the user's session's.
		{"nonce of another session key", is.token(t, "k1", claims(nil)), auth.OIDCNonce("testnet", replayer), "ID token nonce is not bound to this session key"},
		{"nonce of another network", is.token(t, "k1", claims(func(c jwt.MapClaims) { c["nonce"] = auth.OIDCNonce("othernet", sessKey) })), "", "ID token nonce is not bound to this session key"},
		{"no nonce", is.token(t, "k1", claims(func(c jwt.MapClaims) { delete(c, "nonce") })), "", "has no nonce claim"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.nonce
			if want == "" {
				want = nonce
			}
			_, err := v.Verify(t.Context(), tc.token, want)
			if !errors.Is(err, auth.ErrOIDC) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
		})
	}
	t.Run("unsigned token", func(t *testing.T) {
		tok := jwt.NewWithClaims(jwt.SigningMethodNone, claims(nil))
		s, _ := tok.SignedString(jwt.UnsafeAllowNoneSignatureType)
		if _, err := v.Verify(t.Context(), s, nonce); !errors.Is(err, auth.ErrOIDC) {
			t.Fatalf("alg none accepted: %v", err)
		}
	})
	t.Run("key rotation", func(t *testing.T) {
		now := time.Now()
		v.SetClock(func() time.Time { return now })
		old := is.token(t, "k1", claims(func(c jwt.MapClaims) { c["exp"] = time.Now().Add(time.Hour).Unix() }))
		is.rotate(t, "k2", true) // the issuer now signs with k2 only
		// Within the refresh interval an unknown kid does not re-read the
		// JWKS again (an attacker cannot make the node hammer the issuer).
		is.mu.Lock()
		before := is.reads
		is.mu.Unlock()
		now = now.Add(11 * time.Second)
		if _, err := v.Verify(t.Context(), is.token(t, "k2", claims(nil)), nonce); err != nil {
			t.Fatalf("token with the new key: %v", err)
		}
		if _, err := v.Verify(t.Context(), is.token(t, "k3", claims(nil)), nonce); err == nil {
			t.Fatal("unknown key accepted")
		}
		is.mu.Lock()
		after := is.reads
		is.mu.Unlock()
		if after != before+1 {
			t.Fatalf("JWKS read %d times for one rotation and one unknown kid, want 1", after-before)
		}
		// k1 came with the set that has k2 (one read): a k1 token is
		// refused from then on.
		if _, err := v.Verify(t.Context(), old, nonce); err == nil {
			t.Fatal("a key the issuer dropped was still accepted after the cache expired")
		}
	})
}

// TestOIDCNonce pins the nonce formula (docs/auth.md, "OIDC"): a vector,
// and that the network and the session key both change it.
func TestOIDCNonce(t *testing.T) {
	key := make(ed25519.PublicKey, ed25519.PublicKeySize)
	for i := range key {
		key[i] = byte(i)
	}
	// sha256("pkpnet-oidc-nonce/v1" || 00000006 "devnet" || 00 01 .. 1f)
	want := "16fb2833fd5b1ad3585d140c00a1bd13a7a828385c037586588328530e34ed6d"
	if got := auth.OIDCNonce("devnet", key); got != want {
		t.Fatalf("OIDCNonce = %s, want %s", got, want)
	}
	other := append(ed25519.PublicKey{}, key...)
	other[31] ^= 1
	if auth.OIDCNonce("devnet", other) == want || auth.OIDCNonce("devnet2", key) == want {
		t.Fatal("the nonce does not depend on the session key and the network")
	}
}

func TestOIDCVerifyNeedsNonce(t *testing.T) {
	is := newIssuer(t)
	v, err := auth.NewOIDC([]auth.OIDCIssuer{{Issuer: issURL, JWKSURL: is.srv.URL, Audiences: []string{"pkpnet-app"}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := v.Verify(t.Context(), is.token(t, "k1", claims(func(c jwt.MapClaims) { c["nonce"] = "" })), ""); !errors.Is(err, auth.ErrOIDC) {
		t.Fatalf("an empty expected nonce accepted a token with an empty nonce: %v", err)
	}
}

func FuzzParseJWKS(f *testing.F) {
	f.Add([]byte(`{"keys":[{"kty":"EC","crv":"P-256","kid":"a","x":"AA","y":"AA"}]}`))
	f.Add([]byte(`{"keys":[{"kty":"RSA","kid":"a","n":"AQAB","e":"AQAB"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) { _, _ = auth.ParseJWKS(b) })
}
