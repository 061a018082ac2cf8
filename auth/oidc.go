package auth

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/golang-jwt/jwt/v5"
)

// AuthMethodOIDC is the auth method type of an OIDC identity
// (issuer, subject, audience) in PKPPermissions. Its ID is OIDCUserID.
const AuthMethodOIDC uint64 = 10

// OIDC limits.
const (
	MaxIDToken     = 16 << 10  // bytes of one ID token
	maxJWKS        = 256 << 10 // bytes of a JWKS document
	maxJWKSKeys    = 64
	jwksTTL        = 10 * time.Minute // a JWKS is re-read after this
	jwksMinRefresh = 10 * time.Second // an unknown kid refreshes at most this often
	oidcLeeway     = time.Minute
)

// ErrOIDC marks a refused ID token.
var ErrOIDC = errors.New("auth: ID token refused")

// OIDCIssuer is one trusted issuer, as a node operator configures it.
type OIDCIssuer struct {
	Issuer    string   `json:"issuer"`    // the exact iss claim
	JWKSURL   string   `json:"jwksUrl"`   // its key set
	Audiences []string `json:"audiences"` // client IDs accepted (aud)
}

// OIDCIdentity is a verified ID token's auth method.
type OIDCIdentity struct {
	Issuer, Subject, Audience string
	Expiry                    time.Time
	Type                      uint64 // AuthMethodOIDC
	ID                        []byte // OIDCUserID(iss, sub, aud)
}

// OIDCUserID is the auth method ID of an OIDC identity:
// keccak256("pkpnet/oidc/v1" || len(iss) || iss || len(sub) || sub ||
// len(aud) || aud), lengths as 4-byte big-endian.
func OIDCUserID(iss, sub, aud string) []byte {
	var b []byte
	b = append(b, "pkpnet/oidc/v1"...)
	for _, s := range []string{iss, sub, aud} {
		b = binary.BigEndian.AppendUint32(b, uint32(len(s)))
		b = append(b, s...)
	}
	return crypto.Keccak256(b)
}

// oidcNonceDomain tags the bytes OIDCNonce hashes.
const oidcNonceDomain = "pkpnet-oidc-nonce/v1"

// ErrOIDCNonce marks an ID token whose nonce claim is not the one of the
// request's session key (it is also ErrOIDC).
var ErrOIDCNonce = errors.New("ID token nonce is not bound to this session key")

// OIDCNonce is the nonce an ID token must carry to authenticate requests
// signed by the session key sessionKey on network: lowercase hex of
// sha256("pkpnet-oidc-nonce/v1" || len(network) || network || sessionKey),
// the length as 4-byte big-endian. The app puts it in the OIDC
// authorization request (nonce=...), the issuer copies it into the ID
// token, and nodes accept the token only with requests of that session
// key: a node that sees the token cannot use it with a session of its own.
func OIDCNonce(network string, sessionKey ed25519.PublicKey) string {
	b := make([]byte, 0, len(oidcNonceDomain)+4+len(network)+len(sessionKey))
	b = append(b, oidcNonceDomain...)
	b = lp(b, []byte(network))
	b = append(b, sessionKey...)
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// OIDC verifies ID tokens against the JWKS of trusted issuers, caching each
// key set and re-reading it when it is old or a token names an unknown key
// (key rotation), at most every 10 s per issuer.
type OIDC struct {
	client *http.Client
	now    func() time.Time

	mu      sync.Mutex
	issuers map[string]*issuerState
}

type issuerState struct {
	cfg     OIDCIssuer
	mu      sync.Mutex // one fetch at a time
	keys    map[string]any
	fetched time.Time
	tried   time.Time
}

// NewOIDC makes a verifier for the given issuers. client nil means an
// http.Client with a 10 s timeout.
func NewOIDC(issuers []OIDCIssuer, client *http.Client) (*OIDC, error) {
	if client == nil {
		client = &http.Client{Timeout: 10 * time.Second}
	}
	o := &OIDC{client: client, now: time.Now, issuers: map[string]*issuerState{}}
	for _, is := range issuers {
		if is.Issuer == "" || is.JWKSURL == "" || len(is.Audiences) == 0 {
			return nil, fmt.Errorf("auth: OIDC issuer %q needs issuer, jwksUrl and audiences", is.Issuer)
		}
		if _, dup := o.issuers[is.Issuer]; dup {
			return nil, fmt.Errorf("auth: OIDC issuer %q listed twice", is.Issuer)
		}
		o.issuers[is.Issuer] = &issuerState{cfg: is}
	}
	return o, nil
}

// SetClock replaces the verifier's clock (tests).
func (o *OIDC) SetClock(now func() time.Time) { o.now = now }

type oidcClaims struct {
	jwt.RegisteredClaims
	Nonce string `json:"nonce"`
}

// Verify checks an ID token: a trusted issuer, a signature by a key of the
// issuer's current JWKS (RS256 or ES256), an expiry in the future, an
// audience the issuer is configured for, and a nonce claim equal to nonce,
// the OIDCNonce of the request's session key (an empty nonce is refused).
func (o *OIDC) Verify(ctx context.Context, token, nonce string) (*OIDCIdentity, error) {
	if nonce == "" {
		return nil, fmt.Errorf("%w: no session nonce to check the ID token against", ErrOIDC)
	}
	if len(token) > MaxIDToken {
		return nil, fmt.Errorf("%w: longer than %d bytes", ErrOIDC, MaxIDToken)
	}
	var st *issuerState
	keyfunc := func(t *jwt.Token) (any, error) {
		iss, err := t.Claims.GetIssuer()
		if err != nil {
			return nil, err
		}
		o.mu.Lock()
		st = o.issuers[iss]
		o.mu.Unlock()
		if st == nil {
			return nil, fmt.Errorf("issuer %q is not trusted by this node", truncateStr(iss, 100))
		}
		kid, _ := t.Header["kid"].(string)
		return st.key(ctx, o, kid)
	}
	var claims oidcClaims
	_, err := jwt.ParseWithClaims(token, &claims, keyfunc,
		jwt.WithValidMethods([]string{"RS256", "ES256"}), jwt.WithExpirationRequired(),
		jwt.WithLeeway(oidcLeeway), jwt.WithTimeFunc(o.now))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrOIDC, err)
	}
	if claims.Subject == "" {
		return nil, fmt.Errorf("%w: no subject", ErrOIDC)
	}
	aud := ""
	for _, a := range st.cfg.Audiences {
		if slices.Contains(claims.Audience, a) {
			aud = a
			break
		}
	}
	if aud == "" {
		return nil, fmt.Errorf("%w: audience %v is not one this node accepts for issuer %s", ErrOIDC, []string(claims.Audience), claims.Issuer)
	}
	if claims.Nonce == "" {
		return nil, fmt.Errorf("%w: %w (the token has no nonce claim)", ErrOIDC, ErrOIDCNonce)
	}
	if claims.Nonce != nonce {
		return nil, fmt.Errorf("%w: %w", ErrOIDC, ErrOIDCNonce)
	}
	return &OIDCIdentity{
		Issuer: claims.Issuer, Subject: claims.Subject, Audience: aud, Expiry: claims.ExpiresAt.Time,
		Type: AuthMethodOIDC, ID: OIDCUserID(claims.Issuer, claims.Subject, aud),
	}, nil
}

// key returns the issuer's key kid, reading the JWKS when it is missing,
// old, or does not have kid (rate-limited).
func (st *issuerState) key(ctx context.Context, o *OIDC, kid string) (any, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	now := o.now()
	if k, ok := st.keys[kid]; ok && now.Sub(st.fetched) < jwksTTL {
		return k, nil
	}
	// At most one read per jwksMinRefresh, whatever the reason (no keys
	// yet, stale keys, unknown kid): tokens naming a trusted issuer must not
	// make the node fetch on every request while the issuer is down.
	if now.Sub(st.tried) >= jwksMinRefresh {
		st.tried = now
		keys, err := fetchJWKS(ctx, o.client, st.cfg.JWKSURL)
		if err != nil {
			if k, ok := st.keys[kid]; ok {
				return k, nil // keep serving a known key while the issuer is unreachable
			}
			return nil, err
		}
		st.keys, st.fetched = keys, now
	}
	if k, ok := st.keys[kid]; ok {
		return k, nil
	}
	return nil, fmt.Errorf("no key %q in the issuer's key set", truncateStr(kid, 100))
}

type jwk struct {
	Kty string `json:"kty"`
	Kid string `json:"kid"`
	Use string `json:"use"`
	N   string `json:"n"`
	E   string `json:"e"`
	Crv string `json:"crv"`
	X   string `json:"x"`
	Y   string `json:"y"`
}

func fetchJWKS(ctx context.Context, c *http.Client, url string) (map[string]any, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("JWKS %s: %w", url, err)
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, fmt.Errorf("JWKS %s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("JWKS %s: HTTP %d", url, resp.StatusCode)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxJWKS+1))
	if err != nil {
		return nil, fmt.Errorf("JWKS %s: %w", url, err)
	}
	if len(body) > maxJWKS {
		return nil, fmt.Errorf("JWKS %s: larger than %d bytes", url, maxJWKS)
	}
	return ParseJWKS(body)
}

// ParseJWKS reads a JSON Web Key Set: RSA and P-256 signing keys by kid.
// Keys of other types or for encryption are skipped.
func ParseJWKS(body []byte) (map[string]any, error) {
	var set struct {
		Keys []jwk `json:"keys"`
	}
	if err := json.Unmarshal(body, &set); err != nil {
		return nil, fmt.Errorf("JWKS: %w", err)
	}
	if len(set.Keys) > maxJWKSKeys {
		return nil, fmt.Errorf("JWKS: %d keys, at most %d", len(set.Keys), maxJWKSKeys)
	}
	out := map[string]any{}
	for _, k := range set.Keys {
		if k.Use != "" && k.Use != "sig" {
			continue
		}
		b64 := func(s string) ([]byte, error) { return base64.RawURLEncoding.DecodeString(s) }
		switch k.Kty {
		case "RSA":
			n, err1 := b64(k.N)
			e, err2 := b64(k.E)
			if err1 != nil || err2 != nil || len(n) < 256 || len(n) > 1024 || len(e) == 0 || len(e) > 4 {
				return nil, fmt.Errorf("JWKS: RSA key %q is malformed or under 2048 bits", truncateStr(k.Kid, 100))
			}
			out[k.Kid] = &rsa.PublicKey{N: new(big.Int).SetBytes(n), E: int(new(big.Int).SetBytes(e).Int64())}
		case "EC":
			if k.Crv != "P-256" {
				continue
			}
			x, err1 := b64(k.X)
			y, err2 := b64(k.Y)
			if err1 != nil || err2 != nil || len(x) != 32 || len(y) != 32 {
				return nil, fmt.Errorf("JWKS: EC key %q is malformed", truncateStr(k.Kid, 100))
			}
			pk, err := ecdsa.ParseUncompressedPublicKey(elliptic.P256(), append(append([]byte{4}, x...), y...))
			if err != nil {
				return nil, fmt.Errorf("JWKS: EC key %q is not on P-256", truncateStr(k.Kid, 100))
			}
			out[k.Kid] = pk
		}
	}
	return out, nil
}

func truncateStr(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
