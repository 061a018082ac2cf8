package signing

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
)

// Size caps of the coordination messages.
const (
	// MaxMessage caps one coordination message (the reveal carries the
	// sender's echo of every signer's signed commitment).
	MaxMessage = 64 << 10
	// MaxSigned caps one signed object (body and signature).
	MaxSigned = 2048
	// maxSig caps an identity signature (ed25519: 64 bytes; other libp2p
	// key types are larger).
	maxSig = 1024
	// maxField caps a string field of a signed body.
	maxField = mpc.MaxSessionIDLen
	// maxReason caps a decline or abort reason.
	maxReason = 512
)

// Kind tags a signed object; it is part of the signed bytes, so a signature
// over one kind never verifies as another.
type Kind byte

// Kinds of signed objects.
const (
	KindAssignment Kind = 1
	KindCommitment Kind = 2
	KindReveal     Kind = 3
)

// SignDomain prefixes every signed coordination object.
const SignDomain = "pkpnet/signing/v1"

// PresignAgreeDomain prefixes the digest every party of a presign run signs.
const PresignAgreeDomain = "pkpnet/presign-agree/v1"

// Signer signs with a node's identity key (libp2p crypto.PrivKey satisfies it).
type Signer interface {
	Sign(data []byte) ([]byte, error)
}

// KeyRing maps a party to its node identity public key (from the registry's
// peer ID). It returns an error for an unknown party.
type KeyRing interface {
	PubKey(p party.ID) (crypto.PubKey, error)
}

// Assignment is the coordinator's choice for one signature: which signers
// use which presignature for which hash and key. The coordinator signs it.
type Assignment struct {
	Session     string
	Coordinator party.ID
	Hash        [32]byte
	KeyID       mpc.KeyID
	Signers     []party.ID // canonical order (mpc.CompareParties)
	PresignID   []byte     // empty when OnDemand
	OnDemand    bool
	ODSession   string // the on-demand presign session
}

// Commitment is one signer's entropy commitment, bound to the assignment
// it answers (Digest of the signed assignment). Its signer signs it.
type Commitment struct {
	Session  string
	Party    party.ID
	Commit   [32]byte
	Assigned [32]byte // Digest of the signed assignment
}

// Reveal opens one signer's commitment. Its signer signs it.
type Reveal struct {
	Session string
	Party   party.ID
	Nonce   [32]byte
}

// Signed is a signed object as sent and stored: kind, body, signature.
type Signed struct {
	Kind Kind
	Body []byte
	Sig  []byte
}

// Digest is what a commitment binds of a signed object: sha256 of its
// signed content (domain, kind and body), not of its signature, so that
// two signatures over one assignment (randomized key types) bind alike.
// It returns zeros for bytes that are not a signed object.
func Digest(raw []byte) [32]byte {
	s, err := DecodeSigned(raw)
	if err != nil {
		return [32]byte{}
	}
	return sha256.Sum256(signedBytes(s.Kind, s.Body))
}

// Encode returns the wire form: kind, u16 body length, body, u16 sig
// length, sig.
func (s *Signed) Encode() []byte {
	b := []byte{byte(s.Kind)}
	b = appendBytes(b, s.Body)
	return appendBytes(b, s.Sig)
}

func signedBytes(k Kind, body []byte) []byte {
	b := append([]byte(SignDomain), 0, byte(k))
	return append(b, body...)
}

// DecodeSigned parses a signed object without checking its signature.
func DecodeSigned(b []byte) (*Signed, error) {
	if len(b) > MaxSigned {
		return nil, fmt.Errorf("signed object of %d bytes exceeds %d", len(b), MaxSigned)
	}
	d := &dec{b: b}
	k := Kind(d.byte())
	body := d.bytes(MaxSigned)
	sig := d.bytes(maxSig)
	d.end()
	if d.err != nil {
		return nil, fmt.Errorf("signed object: %w", d.err)
	}
	switch k {
	case KindAssignment, KindCommitment, KindReveal:
	default:
		return nil, fmt.Errorf("signed object: unknown kind %d", k)
	}
	return &Signed{Kind: k, Body: body, Sig: sig}, nil
}

// Verify checks the signature with the signer's public key.
func (s *Signed) Verify(pk crypto.PubKey) error {
	if pk == nil {
		return errors.New("no public key")
	}
	ok, err := pk.Verify(signedBytes(s.Kind, s.Body), s.Sig)
	if err != nil || !ok {
		return errors.New("invalid signature")
	}
	return nil
}

func sign(k Kind, body []byte, key Signer) ([]byte, error) {
	sig, err := key.Sign(signedBytes(k, body))
	if err != nil {
		return nil, fmt.Errorf("sign %d: %w", k, err)
	}
	s := &Signed{Kind: k, Body: body, Sig: sig}
	return s.Encode(), nil
}

// Sign encodes and signs the assignment.
func (a *Assignment) Sign(key Signer) ([]byte, error) { return sign(KindAssignment, a.encode(), key) }

// Sign encodes and signs the commitment.
func (c *Commitment) Sign(key Signer) ([]byte, error) { return sign(KindCommitment, c.encode(), key) }

// Sign encodes and signs the reveal.
func (r *Reveal) Sign(key Signer) ([]byte, error) { return sign(KindReveal, r.encode(), key) }

func (a *Assignment) encode() []byte {
	b := appendString(nil, a.Session)
	b = appendString(b, string(a.Coordinator))
	b = append(b, a.Hash[:]...)
	b = append(b, a.KeyID[:]...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(a.Signers)))
	for _, s := range a.Signers {
		b = appendString(b, string(s))
	}
	b = appendBytes(b, a.PresignID)
	if a.OnDemand {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	return appendString(b, a.ODSession)
}

// DecodeAssignment parses an assignment body and checks its fields' form.
func DecodeAssignment(body []byte) (*Assignment, error) {
	d := &dec{b: body}
	a := &Assignment{Session: d.str(), Coordinator: party.ID(d.str())}
	copy(a.Hash[:], d.take(32))
	copy(a.KeyID[:], d.take(32))
	n := int(d.u16())
	if d.err == nil && (n < 1 || n > mpc.MaxParties) {
		d.err = fmt.Errorf("%d signers", n)
	}
	for i := 0; i < n && d.err == nil; i++ {
		a.Signers = append(a.Signers, party.ID(d.str()))
	}
	a.PresignID = d.bytes(mpc.PresignIDLen)
	flag := d.byte()
	a.ODSession = d.str()
	d.end()
	if d.err != nil {
		return nil, fmt.Errorf("assignment: %w", d.err)
	}
	if flag > 1 {
		return nil, errors.New("assignment: bad on-demand flag")
	}
	a.OnDemand = flag == 1
	if err := checkSessionField(a.Session); err != nil {
		return nil, fmt.Errorf("assignment: %w", err)
	}
	if err := mpc.ValidPartyID(a.Coordinator); err != nil {
		return nil, fmt.Errorf("assignment: coordinator: %w", err)
	}
	for _, s := range a.Signers {
		if err := mpc.ValidPartyID(s); err != nil {
			return nil, fmt.Errorf("assignment: %w", err)
		}
	}
	if !mpc.PartiesSorted(a.Signers) {
		return nil, errors.New("assignment: signers not in canonical order or duplicated")
	}
	if a.OnDemand != (len(a.PresignID) == 0) {
		return nil, errors.New("assignment: exactly one of presignature ID and on-demand")
	}
	if a.OnDemand && a.ODSession == "" || !a.OnDemand && a.ODSession != "" {
		return nil, errors.New("assignment: on-demand session mismatch")
	}
	if len(a.PresignID) != 0 && len(a.PresignID) != mpc.PresignIDLen {
		return nil, errors.New("assignment: bad presignature ID")
	}
	return a, nil
}

func (c *Commitment) encode() []byte {
	b := appendString(nil, c.Session)
	b = appendString(b, string(c.Party))
	b = append(b, c.Commit[:]...)
	return append(b, c.Assigned[:]...)
}

// DecodeCommitment parses a commitment body.
func DecodeCommitment(body []byte) (*Commitment, error) {
	d := &dec{b: body}
	c := &Commitment{Session: d.str(), Party: party.ID(d.str())}
	copy(c.Commit[:], d.take(32))
	copy(c.Assigned[:], d.take(32))
	d.end()
	if d.err != nil {
		return nil, fmt.Errorf("commitment: %w", d.err)
	}
	if err := checkSessionField(c.Session); err != nil {
		return nil, fmt.Errorf("commitment: %w", err)
	}
	if err := mpc.ValidPartyID(c.Party); err != nil {
		return nil, fmt.Errorf("commitment: %w", err)
	}
	return c, nil
}

func (r *Reveal) encode() []byte {
	b := appendString(nil, r.Session)
	b = appendString(b, string(r.Party))
	return append(b, r.Nonce[:]...)
}

// DecodeReveal parses a reveal body.
func DecodeReveal(body []byte) (*Reveal, error) {
	d := &dec{b: body}
	r := &Reveal{Session: d.str(), Party: party.ID(d.str())}
	copy(r.Nonce[:], d.take(32))
	d.end()
	if d.err != nil {
		return nil, fmt.Errorf("reveal: %w", d.err)
	}
	if err := checkSessionField(r.Session); err != nil {
		return nil, fmt.Errorf("reveal: %w", err)
	}
	if err := mpc.ValidPartyID(r.Party); err != nil {
		return nil, fmt.Errorf("reveal: %w", err)
	}
	return r, nil
}

// Opened is a signed object whose signature was checked against its
// signer's key, with its decoded body.
type Opened struct {
	Raw        []byte // the signed object's encoding
	Signer     party.ID
	Assignment *Assignment
	Commitment *Commitment
	Reveal     *Reveal
}

// Open decodes a signed object, decodes its body and verifies its
// signature with the key of the party the body names (the coordinator of
// an assignment, the party of a commitment or reveal).
func Open(raw []byte, keys KeyRing) (*Opened, error) {
	s, err := DecodeSigned(raw)
	if err != nil {
		return nil, err
	}
	o := &Opened{Raw: raw}
	switch s.Kind {
	case KindAssignment:
		if o.Assignment, err = DecodeAssignment(s.Body); err == nil {
			o.Signer = o.Assignment.Coordinator
		}
	case KindCommitment:
		if o.Commitment, err = DecodeCommitment(s.Body); err == nil {
			o.Signer = o.Commitment.Party
		}
	case KindReveal:
		if o.Reveal, err = DecodeReveal(s.Body); err == nil {
			o.Signer = o.Reveal.Party
		}
	}
	if err != nil {
		return nil, err
	}
	pk, err := keys.PubKey(o.Signer)
	if err != nil {
		return nil, &unknownKeyError{party: o.Signer, err: err}
	}
	if err := s.Verify(strictKey(pk)); err != nil {
		return nil, fmt.Errorf("%s of party %s: %w", kindName(s.Kind), o.Signer, err)
	}
	return o, nil
}

// unknownKeyError: a signed object names a party whose key is not known, so
// nobody can tell whether it is genuine.
type unknownKeyError struct {
	party party.ID
	err   error
}

func (e *unknownKeyError) Error() string {
	return fmt.Sprintf("no identity key for party %s: %v", e.party, e.err)
}

func kindName(k Kind) string {
	switch k {
	case KindAssignment:
		return "assignment"
	case KindCommitment:
		return "commitment"
	case KindReveal:
		return "reveal"
	}
	return fmt.Sprintf("kind %d", k)
}

// PresignDigest is what every party of a presign run signs to agree on its
// public data: sha256(domain || presignID || public data encoding).
func PresignDigest(pub *mpc.PresignPublic) ([]byte, error) {
	pb, err := pub.MarshalBinary()
	if err != nil {
		return nil, err
	}
	h := sha256.New()
	h.Write([]byte(PresignAgreeDomain))
	h.Write([]byte{0})
	h.Write(pub.ID)
	h.Write(pb)
	return h.Sum(nil), nil
}

// Agreement holds every signer's identity signature over PresignDigest.
type Agreement map[party.ID][]byte

// MaxAgreement caps an encoded agreement.
const MaxAgreement = mpc.MaxParties * (maxSig + 16)

// Marshal encodes the agreement (JSON, for the store).
func (a Agreement) Marshal() ([]byte, error) { return json.Marshal(map[party.ID][]byte(a)) }

// DecodeAgreement decodes an agreement and bounds it.
func DecodeAgreement(b []byte) (Agreement, error) {
	if len(b) > 2*MaxAgreement {
		return nil, errors.New("agreement too large")
	}
	var m map[party.ID][]byte
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("agreement: %w", err)
	}
	for p, s := range m {
		if err := mpc.ValidPartyID(p); err != nil {
			return nil, fmt.Errorf("agreement: %w", err)
		}
		if len(s) == 0 || len(s) > maxSig {
			return nil, fmt.Errorf("agreement: signature of %s has %d bytes", p, len(s))
		}
	}
	return Agreement(m), nil
}

// VerifyAgreement checks that every signer of pub signed its digest. It
// returns the signers whose signature is missing or invalid, and an error
// when a key is unknown.
func VerifyAgreement(pub *mpc.PresignPublic, a Agreement, keys KeyRing) ([]party.ID, error) {
	dg, err := PresignDigest(pub)
	if err != nil {
		return nil, err
	}
	var bad []party.ID
	for _, p := range pub.Signers {
		pk, err := keys.PubKey(p)
		if err != nil {
			return nil, &unknownKeyError{party: p, err: err}
		}
		sig, ok := a[p]
		if !ok {
			bad = append(bad, p)
			continue
		}
		if v, err := strictKey(pk).Verify(agreeBytes(dg), sig); err != nil || !v {
			bad = append(bad, p)
		}
	}
	return bad, nil
}

func agreeBytes(digest []byte) []byte {
	return append([]byte(PresignAgreeDomain+"/sig\x00"), digest...)
}

// SignAgreement signs the presign digest with a node's identity key.
func SignAgreement(pub *mpc.PresignPublic, key Signer) ([]byte, error) {
	dg, err := PresignDigest(pub)
	if err != nil {
		return nil, err
	}
	return key.Sign(agreeBytes(dg))
}

func checkSessionField(s string) error {
	if s == "" || len(s) > maxField {
		return fmt.Errorf("session of %d bytes", len(s))
	}
	return nil
}

func appendBytes(b, f []byte) []byte {
	b = binary.BigEndian.AppendUint16(b, uint16(len(f)))
	return append(b, f...)
}

func appendString(b []byte, s string) []byte { return appendBytes(b, []byte(s)) }

// dec decodes fields; the first error sticks.
type dec struct {
	b   []byte
	err error
}

func (d *dec) take(n int) []byte {
	if d.err != nil {
		return make([]byte, n)
	}
	if n > len(d.b) {
		d.err = errors.New("truncated")
		return make([]byte, n)
	}
	out := d.b[:n:n]
	d.b = d.b[n:]
	return out
}

func (d *dec) byte() byte { return d.take(1)[0] }

func (d *dec) u16() uint16 { return binary.BigEndian.Uint16(d.take(2)) }

func (d *dec) bytes(max int) []byte {
	n := int(d.u16())
	if d.err == nil && n > max {
		d.err = fmt.Errorf("field of %d bytes exceeds %d", n, max)
	}
	if d.err != nil {
		return nil
	}
	return bytes.Clone(d.take(n))
}

func (d *dec) str() string { return string(d.bytes(maxField)) }

func (d *dec) end() {
	if d.err == nil && len(d.b) != 0 {
		d.err = fmt.Errorf("%d trailing bytes", len(d.b))
	}
}
