package tdec

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// Version1 is the only ciphertext, capsule and share format so far.
const Version1 byte = 1

// Access kinds: what decides whether the network releases decryption shares.
const (
	// AccessConditions: Lit-format EVM basic/contract access conditions
	// (JSON), evaluated by each node on confirmed chain state.
	AccessConditions byte = 1
	// AccessAction: only a run of the action with this IPFS CID may ask for
	// shares (Lit.Actions.decryptAndCombine / decryptToSingleNode).
	AccessAction byte = 2
)

// Size limits of every encoding.
const (
	MaxAccessLen  = 16 << 10 // conditions JSON or CID
	MaxPlaintext  = 1 << 20
	saltLen       = 32
	nonceLen      = 12
	tagLen        = 16
	MaxSealedLen  = saltLen + MaxPlaintext + tagLen
	MaxCiphertext = 1 + 1 + 2 + MaxAccessLen + 32 + PointLen + 64 + nonceLen + 4 + MaxSealedLen
)

// Domain tags of every hash.
const (
	tagIdentity = "pkpnet/tdec/identity/v1"
	tagTweak    = "pkpnet/tdec/tweak/v1"
	tagData     = "pkpnet/tdec/data/v1"
	tagPoK      = "pkpnet/tdec/pok/v1"
	tagAEAD     = "pkpnet/tdec/aead/v1"
	tagBody     = "pkpnet/tdec/body/v1"
	tagDLEQ     = "pkpnet/tdec/dleq/v1"
)

// Access is what a ciphertext is encrypted under.
type Access struct {
	Kind  byte
	Value []byte // conditions JSON (as given) or the action's CID
}

// Validate checks the kind and size; it does not parse conditions (the
// nodes' evaluator does).
func (a Access) Validate() error {
	switch a.Kind {
	case AccessConditions, AccessAction:
	default:
		return fmt.Errorf("unknown access kind %d", a.Kind)
	}
	if len(a.Value) == 0 || len(a.Value) > MaxAccessLen {
		return fmt.Errorf("access value of %d bytes, want 1..%d", len(a.Value), MaxAccessLen)
	}
	if !utf8.Valid(a.Value) {
		return errors.New("access value is not UTF-8")
	}
	return nil
}

// Identity is H(tag, access kind, access value, data hash): the identity a
// ciphertext's key is derived for.
func Identity(a Access, dataHash [32]byte) [32]byte {
	return newTranscript(tagIdentity).add([]byte{a.Kind}).add(a.Value).add(dataHash[:]).sum()
}

// tweak is delta_id = H(tag, P, id) mod q: public, so anyone derives the
// identity's public key P + delta_id*G and every node its share x_i + delta_id.
func tweak(pub []byte, id [32]byte) (scalar, error) {
	return newTranscript(tagTweak).add(pub).add(id[:]).scalar()
}

// IdentityKey returns P_id = P + delta_id*G, compressed.
func IdentityKey(pub []byte, id [32]byte) ([]byte, error) {
	P, err := parsePoint(pub)
	if err != nil {
		return nil, fmt.Errorf("network key: %w", err)
	}
	d, err := tweak(pub, id)
	if err != nil {
		return nil, err
	}
	b, ok := encodePoint(add(P, baseMul(&d)))
	if !ok {
		return nil, errors.New("identity key is the point at infinity")
	}
	return b, nil
}

// header is the part of a ciphertext that its AEAD authenticates and its
// proof covers.
type header struct {
	Access   Access
	DataHash [32]byte // H(tag, salt, plaintext); the salt is inside the AEAD
	C1       []byte   // r*G, compressed
}

// Capsule is what a node needs to release a decryption share: the header,
// the hash of the encrypted body and the proof of knowledge of r.
type Capsule struct {
	header
	BodyHash [32]byte
	E, Z     [32]byte // Schnorr proof of knowledge of r with C1 = r*G
}

// Ciphertext is an encrypted message for an identity.
type Ciphertext struct {
	header
	E, Z   [32]byte
	Nonce  [nonceLen]byte
	Sealed []byte // AES-256-GCM of salt || plaintext
}

// Identity returns the capsule's identity.
func (c *Capsule) Identity() [32]byte { return Identity(c.Access, c.DataHash) }

// Identity returns the ciphertext's identity.
func (c *Ciphertext) Identity() [32]byte { return Identity(c.Access, c.DataHash) }

func bodyHash(nonce []byte, sealed []byte) [32]byte {
	return newTranscript(tagBody).add(nonce).add(sealed).sum()
}

// Capsule returns the capsule of c.
func (c *Ciphertext) Capsule() *Capsule {
	return &Capsule{header: c.header, BodyHash: bodyHash(c.Nonce[:], c.Sealed), E: c.E, Z: c.Z}
}

// pokChallenge is e = H(tag, P, version, kind, value, dataHash, C1, A, bodyHash).
func pokChallenge(pub []byte, h *header, A []byte, body [32]byte) (scalar, error) {
	return newTranscript(tagPoK).add(pub).add([]byte{Version1, h.Access.Kind}).add(h.Access.Value).
		add(h.DataHash[:]).add(h.C1).add(A).add(body[:]).scalar()
}

// VerifyProof checks the capsule's proof of knowledge of r (C1 = r*G) under
// the network key pub. A node checks it before it releases any share: it
// binds C1 to this identity and body, so nobody who did not make C1 can
// present it under another identity.
func (c *Capsule) VerifyProof(pub []byte) error {
	if err := c.Access.Validate(); err != nil {
		return err
	}
	C1, err := parsePoint(c.C1)
	if err != nil {
		return fmt.Errorf("C1: %w", err)
	}
	e, err := parseScalar(c.E[:])
	if err != nil {
		return fmt.Errorf("proof: %w", err)
	}
	z, err := parseScalar(c.Z[:])
	if err != nil {
		return fmt.Errorf("proof: %w", err)
	}
	// A = z*G - e*C1
	A, ok := encodePoint(add(baseMul(&z), neg(mul(&e, C1))))
	if !ok {
		return errors.New("proof: bad commitment")
	}
	want, err := pokChallenge(pub, &c.header, A, c.BodyHash)
	if err != nil {
		return err
	}
	if !want.Equals(&e) {
		return errors.New("the ciphertext's proof of knowledge does not verify for its identity")
	}
	return nil
}

// Encrypt encrypts plaintext under the network key pub for access: no
// network round trip.
func Encrypt(pub []byte, access Access, plaintext []byte) (*Ciphertext, error) {
	return encrypt(pub, access, plaintext, rand.Reader)
}

// encrypt draws salt, r, nonce and the proof's k from rnd in that order
// (test vectors use a deterministic rnd).
func encrypt(pub []byte, access Access, plaintext []byte, rnd io.Reader) (*Ciphertext, error) {
	if err := access.Validate(); err != nil {
		return nil, err
	}
	if len(plaintext) > MaxPlaintext {
		return nil, fmt.Errorf("plaintext of %d bytes, limit %d", len(plaintext), MaxPlaintext)
	}
	if _, err := parsePoint(pub); err != nil {
		return nil, fmt.Errorf("network key: %w", err)
	}
	var salt [saltLen]byte
	if _, err := io.ReadFull(rnd, salt[:]); err != nil {
		return nil, err
	}
	c := &Ciphertext{}
	c.Access = Access{Kind: access.Kind, Value: append([]byte(nil), access.Value...)}
	c.DataHash = newTranscript(tagData).add(salt[:]).add(plaintext).sum()
	id := c.Identity()
	pid, err := IdentityKey(pub, id)
	if err != nil {
		return nil, err
	}
	Pid, _ := parsePoint(pid)
	r, err := randomScalar(rnd)
	if err != nil {
		return nil, err
	}
	defer r.Zero()
	c.C1 = mustEncode(baseMul(&r))
	S := mul(&r, Pid)
	key, err := aeadKey(S, c.C1, id)
	if err != nil {
		return nil, err
	}
	defer clear(key)
	if _, err := io.ReadFull(rnd, c.Nonce[:]); err != nil {
		return nil, err
	}
	msg := make([]byte, 0, saltLen+len(plaintext))
	msg = append(append(msg, salt[:]...), plaintext...)
	defer clear(msg)
	c.Sealed, err = seal(key, c.Nonce[:], msg, encodeHeader(&c.header))
	if err != nil {
		return nil, err
	}
	// Proof of knowledge of r over the whole ciphertext.
	k, err := randomScalar(rnd)
	if err != nil {
		return nil, err
	}
	defer k.Zero()
	A := mustEncode(baseMul(&k))
	e, err := pokChallenge(pub, &c.header, A, bodyHash(c.Nonce[:], c.Sealed))
	if err != nil {
		return nil, err
	}
	var z scalar
	z.Mul2(&e, &r).Add(&k)
	c.E, c.Z = e.Bytes(), z.Bytes()
	return c, nil
}

func aeadKey(S point, C1 []byte, id [32]byte) ([]byte, error) {
	s, ok := encodePoint(S)
	if !ok {
		return nil, errors.New("shared secret is the point at infinity")
	}
	defer clear(s)
	info := append([]byte(tagAEAD), id[:]...)
	return hkdf.Key(sha256.New, s, C1, string(info), 32)
}

func gcm(key []byte) (cipher.AEAD, error) {
	blk, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(blk)
}

func seal(key, nonce, msg, aad []byte) ([]byte, error) {
	g, err := gcm(key)
	if err != nil {
		return nil, err
	}
	return g.Seal(nil, nonce, msg, aad), nil
}

func open(key, nonce, sealed, aad []byte) ([]byte, error) {
	g, err := gcm(key)
	if err != nil {
		return nil, err
	}
	return g.Open(nil, nonce, sealed, aad)
}

// openWith decrypts c with the shared secret S = (x + delta_id)*C1 and
// checks the data hash.
func (c *Ciphertext) openWith(S point) ([]byte, error) {
	id := c.Identity()
	key, err := aeadKey(S, c.C1, id)
	if err != nil {
		return nil, err
	}
	defer clear(key)
	msg, err := open(key, c.Nonce[:], c.Sealed, encodeHeader(&c.header))
	if err != nil {
		return nil, errors.New("decryption failed: the combined key does not open the ciphertext")
	}
	if len(msg) < saltLen {
		return nil, errors.New("decryption failed: short message")
	}
	dh := newTranscript(tagData).add(msg[:saltLen]).add(msg[saltLen:]).sum()
	if subtle.ConstantTimeCompare(dh[:], c.DataHash[:]) != 1 {
		clear(msg)
		return nil, errors.New("decryption failed: the data hash does not match")
	}
	return msg[saltLen:], nil
}
