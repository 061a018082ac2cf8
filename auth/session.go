package auth

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Limits of a session.
const (
	// MaxSessionLifetime is the longest validity of a session authorisation
	// (SIWE expiration - issued-at).
	MaxSessionLifetime = 24 * time.Hour
	// MaxRequestWindow is the longest validity of one request's session
	// signature (expiresAt - issuedAt).
	MaxRequestWindow = 5 * time.Minute
	// ClockSkew is tolerated between client and node clocks.
	ClockSkew = 30 * time.Second
)

// SigningDomain tags the bytes a session key signs for a request.
const SigningDomain = "pkpnet/session-request/v1"

// SessionSig is what a request carries to one node (api.Common.Session):
// the wallet-signed session authorisation, and the session key's signature
// over this node's request binding.
type SessionSig struct {
	// AuthSig is the SIWE session authorisation, signed once by the wallet.
	AuthSig AuthSig `json:"authSig"`
	// Sig is the session key's ed25519 signature (0x, 64 bytes) over
	// RequestBinding.SigningBytes.
	Sig string `json:"sig"`
	// IssuedAt and ExpiresAt bound the signature, in Unix milliseconds.
	IssuedAt  int64 `json:"issuedAt"`
	ExpiresAt int64 `json:"expiresAt"`
}

// RequestBinding is everything one session signature is bound to.
type RequestBinding struct {
	Network   string // the pkpnet network name
	PeerID    []byte // the receiving node's libp2p peer ID (its binary form)
	Protocol  string // the libp2p protocol ID of the request
	RequestID string
	BodyHash  [32]byte // BodyHash of the request
	IssuedAt  int64    // Unix ms
	ExpiresAt int64    // Unix ms
}

// lp appends a big-endian uint32 length and then b.
func lp(dst, b []byte) []byte {
	dst = binary.BigEndian.AppendUint32(dst, uint32(len(b)))
	return append(dst, b...)
}

func u64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

// SigningBytes is the byte string the session key signs: every field
// length-prefixed (4-byte big-endian length), integers as 8-byte
// big-endian values:
//
//	lp("pkpnet/session-request/v1") || lp(network) || lp(peerID) ||
//	lp(protocol) || lp(requestId) || lp(bodyHash) || lp(u64(issuedAt)) ||
//	lp(u64(expiresAt))
func (r *RequestBinding) SigningBytes() []byte {
	b := make([]byte, 0, 128+len(r.Network)+len(r.PeerID)+len(r.Protocol)+len(r.RequestID))
	b = lp(b, []byte(SigningDomain))
	b = lp(b, []byte(r.Network))
	b = lp(b, r.PeerID)
	b = lp(b, []byte(r.Protocol))
	b = lp(b, []byte(r.RequestID))
	b = lp(b, r.BodyHash[:])
	b = lp(b, u64(uint64(r.IssuedAt)))
	b = lp(b, u64(uint64(r.ExpiresAt)))
	return b
}

// Body is the part of a request that its body hash covers. Kind selects
// the request-specific fields.
type Body struct {
	Kind        BodyKind
	RequestID   string
	Epoch       uint64
	Coordinator string
	Nodes       []string
	// execute
	Code     string
	IPFSID   string
	JSParams []byte // the raw JSON bytes as sent
	// pkp-sign
	ToSign string
	PubKey string
	// decrypt: the capsule's binary encoding (tdec)
	Capsule []byte
}

// BodyKind is the request type a Body describes.
type BodyKind int

// Request types.
const (
	KindExecute BodyKind = iota + 1
	KindPKPSign
	KindDecrypt
)

// Hash is sha256 over the length-prefixed fields, in this order:
//
//	lp(requestId) || lp(u64(epoch)) || lp(coordinator) || lp(u64(len(nodes))) ||
//	lp(node) for each node ||
//	execute:  lp(code) || lp(ipfsId) || lp(jsParams)
//	pkp-sign: lp(toSign) || lp(pubKey)
//	decrypt:  lp(capsule bytes)
//
// Strings are their UTF-8 bytes as sent; jsParams is the raw JSON value as
// it appears in the request (empty when absent). No JSON re-encoding is
// involved, so any client can compute it.
func (b Body) Hash() [32]byte {
	h := sha256.New()
	var buf []byte
	buf = lp(buf, []byte(b.RequestID))
	buf = lp(buf, u64(b.Epoch))
	buf = lp(buf, []byte(b.Coordinator))
	buf = lp(buf, u64(uint64(len(b.Nodes))))
	for _, n := range b.Nodes {
		buf = lp(buf, []byte(n))
	}
	h.Write(buf)
	buf = buf[:0]
	switch b.Kind {
	case KindExecute:
		// Large fields are written without copying them.
		for _, f := range [][]byte{[]byte(b.Code), []byte(b.IPFSID), b.JSParams} {
			h.Write(binary.BigEndian.AppendUint32(buf[:0], uint32(len(f))))
			h.Write(f)
		}
	case KindPKPSign:
		buf = lp(buf, []byte(b.ToSign))
		buf = lp(buf, []byte(b.PubKey))
		h.Write(buf)
	case KindDecrypt:
		h.Write(binary.BigEndian.AppendUint32(buf[:0], uint32(len(b.Capsule))))
		h.Write(b.Capsule)
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// Session is a client's delegated session: the wallet-signed SIWE
// authorisation and the ed25519 key it delegates to. The private key is a
// secret: it never leaves the client and never appears in errors or logs.
type Session struct {
	AuthSig AuthSig
	Key     ed25519.PrivateKey

	msg  *Message
	caps *Capabilities
}

// SessionParams describe a session to create.
type SessionParams struct {
	Network string
	ChainID uint64
	// Domain is the app's origin as the wallet shows it. Default "localhost".
	Domain string
	// Lifetime of the authorisation; default and maximum 24 h.
	Lifetime time.Duration
	// Abilities granted; nil means execute and pkp-sign, unrestricted.
	Abilities map[string][]Caveat
	// Now; zero means time.Now().
	Now time.Time
}

// SessionMessage builds the SIWE message of a new session for the wallet
// address addr and a fresh ed25519 session key. The wallet signs
// Message.String() with personal_sign; SessionFromAuthSig then assembles
// the session. Use NewSession when the wallet key is at hand.
func SessionMessage(addr [20]byte, p SessionParams) (Message, ed25519.PrivateKey, error) {
	if p.Network == "" {
		return Message{}, nil, errors.New("session: network is required")
	}
	if p.Domain == "" {
		p.Domain = "localhost"
	}
	if p.Lifetime <= 0 {
		p.Lifetime = MaxSessionLifetime
	}
	if p.Lifetime > MaxSessionLifetime {
		return Message{}, nil, fmt.Errorf("session: lifetime %s exceeds %s", p.Lifetime, MaxSessionLifetime)
	}
	if p.Abilities == nil {
		p.Abilities = map[string][]Caveat{AbilityExecute: {{}}, AbilityPKPSign: {{}}}
	}
	if p.Now.IsZero() {
		p.Now = time.Now()
	}
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return Message{}, nil, fmt.Errorf("session: key: %w", err)
	}
	caps := Capabilities{SessionKey: pub, Abilities: p.Abilities}
	res, err := EncodeRecap(p.Network, caps)
	if err != nil {
		return Message{}, nil, fmt.Errorf("session: %w", err)
	}
	now := p.Now.UTC().Truncate(time.Second)
	m := Message{
		Domain: p.Domain, Address: addr, Statement: RecapStatement(p.Network, caps),
		URI: NetworkURI(p.Network), Version: "1", ChainID: p.ChainID, Nonce: NewNonce(),
		IssuedAt: now, ExpirationTime: now.Add(p.Lifetime), Resources: []string{res},
	}
	return m, priv, nil
}

// NewSession creates a session whose authorisation wallet signs now.
func NewSession(wallet *ecdsa.PrivateKey, p SessionParams) (*Session, error) {
	m, key, err := SessionMessage([20]byte{}, p)
	if err != nil {
		return nil, err
	}
	a, err := Sign(wallet, m) // sets the address from the key
	if err != nil {
		return nil, err
	}
	return SessionFromAuthSig(a, key, p.Network)
}

// SessionFromAuthSig assembles a session from a signed authorisation and
// its session key, checking that they belong together. It does not check
// the wallet signature (a contract wallet's needs the chain); nodes do.
func SessionFromAuthSig(a AuthSig, key ed25519.PrivateKey, network string) (*Session, error) {
	if len(key) != ed25519.PrivateKeySize {
		return nil, errors.New("session: bad session key size")
	}
	m, caps, err := parseSessionMessage(a.SignedMessage, network)
	if err != nil {
		return nil, err
	}
	if !caps.SessionKey.Equal(key.Public()) {
		return nil, errors.New("session: the authorisation delegates to another session key")
	}
	return &Session{AuthSig: a, Key: key, msg: m, caps: caps}, nil
}

// parseSessionMessage parses a session authorisation's SIWE text and its
// recap, and checks the parts that do not depend on a node: URI, the one
// recap resource, the statement.
func parseSessionMessage(text, network string) (*Message, *Capabilities, error) {
	m, err := ParseMessage(text)
	if err != nil {
		return nil, nil, err
	}
	if m.URI != NetworkURI(network) {
		return nil, nil, fmt.Errorf("%w: URI %q, this network is %q", ErrWrongURI, truncate(m.URI, 120), NetworkURI(network))
	}
	if len(m.Resources) != 1 {
		return nil, nil, fmt.Errorf("%w: %d resources, want exactly one urn:recap", ErrRecap, len(m.Resources))
	}
	caps, err := DecodeRecap(network, m.Resources[0])
	if err != nil {
		return nil, nil, err
	}
	if m.Statement != RecapStatement(network, *caps) {
		return nil, nil, fmt.Errorf("%w: the statement is not the one the recap implies", ErrRecap)
	}
	if m.ExpirationTime.IsZero() {
		return nil, nil, fmt.Errorf("%w: no expiration time", ErrTooLong)
	}
	if life := m.ExpirationTime.Sub(m.IssuedAt); life > MaxSessionLifetime || life <= 0 {
		return nil, nil, fmt.Errorf("%w: lifetime %s, limit %s", ErrTooLong, life, MaxSessionLifetime)
	}
	return m, caps, nil
}

// Message is the session's parsed SIWE message.
func (s *Session) Message() *Message { return s.msg }

// Capabilities are what the session delegates.
func (s *Session) Capabilities() *Capabilities { return s.caps }

// Expiry is when the authorisation expires.
func (s *Session) Expiry() time.Time { return s.msg.ExpirationTime }

// Address is the wallet address the session acts for.
func (s *Session) Address() [20]byte { return s.msg.Address }

// Sign signs a request binding for one node. IssuedAt and ExpiresAt must
// be set by the caller; ExpiresAt is clamped to the session's expiry.
func (s *Session) Sign(r RequestBinding) SessionSig {
	if exp := s.msg.ExpirationTime.UnixMilli(); r.ExpiresAt > exp {
		r.ExpiresAt = exp
	}
	sig := ed25519.Sign(s.Key, r.SigningBytes())
	return SessionSig{AuthSig: s.AuthSig, Sig: hexutil.Encode(sig), IssuedAt: r.IssuedAt, ExpiresAt: r.ExpiresAt}
}
