package devnet

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/pkpnet/pkpnet/auth"
)

// The devnet's local OIDC issuer: a P-256 key kept in the devnet dir, its
// JWKS served by the gateway's HTTP server at JWKSPath, trusted by every
// node for DevAudience. `pkpnet devnet id-token` mints tokens with it.
const (
	JWKSPath    = "/.well-known/jwks.json"
	DevAudience = "pkpnet-devnet"
	devKid      = "devnet-1"
)

// OIDCInfo describes the devnet's issuer (in Info; the key is a dev key,
// like the accounts').
type OIDCInfo struct {
	Issuer   string `json:"issuer"`
	JWKSURL  string `json:"jwksUrl"`
	Audience string `json:"audience"`
	Key      string `json:"key"` // P-256 private scalar, hex
}

func loadOrCreateIssuerKey(path string) (*ecdsa.PrivateKey, error) {
	if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
		return parseIssuerKey(string(b))
	}
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	kh, err := issuerKeyHex(k)
	if err != nil {
		return nil, err
	}
	if err := writeSecret(path, kh); err != nil {
		return nil, err
	}
	return k, nil
}

func parseIssuerKey(s string) (*ecdsa.PrivateKey, error) {
	d, err := hex.DecodeString(s)
	if err != nil || len(d) != 32 {
		return nil, errors.New("devnet: issuer key is not 32 bytes of hex")
	}
	k, err := ecdsa.ParseRawPrivateKey(elliptic.P256(), d)
	if err != nil {
		return nil, fmt.Errorf("devnet: issuer key: %w", err)
	}
	return k, nil
}

// issuerKeyHex is the issuer's 32-byte private scalar in hex.
func issuerKeyHex(k *ecdsa.PrivateKey) (string, error) {
	b, err := k.Bytes()
	if err != nil {
		return "", fmt.Errorf("devnet: issuer key: %w", err)
	}
	return hex.EncodeToString(b), nil
}

func jwksHandler(pub *ecdsa.PublicKey) http.Handler {
	raw, _ := pub.Bytes() // 0x04 || X || Y for a P-256 key
	body, _ := json.Marshal(map[string]any{"keys": []map[string]string{{
		"kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256", "kid": devKid,
		"x": base64.RawURLEncoding.EncodeToString(raw[1:33]),
		"y": base64.RawURLEncoding.EncodeToString(raw[33:65]),
	}}})
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	})
}

// IDToken mints an ES256 ID token of the devnet's issuer for subject sub,
// valid for ttl, with the nonce claim nonce: auth.OIDCNonce of the network
// and the session key that will sign the requests carrying it. An empty
// nonce mints a token without the claim, which nodes refuse (tests).
func (o *OIDCInfo) IDToken(sub, nonce string, ttl time.Duration) (string, error) {
	if sub == "" {
		return "", errors.New("devnet: the subject is empty")
	}
	k, err := parseIssuerKey(o.Key)
	if err != nil {
		return "", err
	}
	now := time.Now()
	claims := jwt.MapClaims{"iss": o.Issuer, "sub": sub, "aud": o.Audience, "iat": now.Unix(), "exp": now.Add(ttl).Unix()}
	if nonce != "" {
		claims["nonce"] = nonce
	}
	t := jwt.NewWithClaims(jwt.SigningMethodES256, claims)
	t.Header["kid"] = devKid
	s, err := t.SignedString(k)
	if err != nil {
		return "", fmt.Errorf("devnet: sign ID token: %w", err)
	}
	return s, nil
}

// UserID is the auth method ID (type auth.AuthMethodOIDC) of subject sub.
func (o *OIDCInfo) UserID(sub string) []byte { return auth.OIDCUserID(o.Issuer, sub, o.Audience) }
