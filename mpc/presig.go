package mpc

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"

	"github.com/taurusgroup/multi-party-sig/pkg/ecdsa"
	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

// PresignIDLen is the length of a presignature ID (multi-party-sig's RID).
const PresignIDLen = 32

// presigVersion is the first byte of an encoded presignature.
const presigVersion = 1

// maxPresigSize caps an encoded presignature (secret or public).
const maxPresigSize = 1 + PresignIDLen + 33 + 2*32 + 2 + MaxParties*(1+3+2*33)

var group = curve.Secp256k1{}

// SignersOf returns the signer set of a presignature in the canonical order
// (multi-party-sig's SignerIDs are in its own, lexicographic order).
func SignersOf(p *ecdsa.PreSignature) []party.ID {
	return SortParties(p.SignerIDs())
}

// MarshalPresign encodes a presignature, secret shares included:
// version, ID, R, k_i, chi_i, then per signer (in the canonical order) its
// ID, RBar_j, S_j.
func MarshalPresign(p *ecdsa.PreSignature) ([]byte, error) {
	if err := checkPresign(p); err != nil {
		return nil, err
	}
	b := []byte{presigVersion}
	b = append(b, p.ID...)
	b = appendPoint(b, p.R)
	b = appendScalar(b, p.KShare)
	b = appendScalar(b, p.ChiShare)
	return appendSignerPoints(b, SignersOf(p), p.RBar.Points, p.S.Points), nil
}

// UnmarshalPresign decodes what MarshalPresign produced and validates it:
// points on the curve and not the identity, non-zero secret shares, valid
// party IDs, size caps.
func UnmarshalPresign(b []byte) (*ecdsa.PreSignature, error) {
	if len(b) > maxPresigSize {
		return nil, fmt.Errorf("presignature: %d bytes exceed the %d limit", len(b), maxPresigSize)
	}
	d := &pdec{b: b}
	if v := d.take(1); d.err == nil && v[0] != presigVersion {
		return nil, fmt.Errorf("presignature: unknown version %d", v[0])
	}
	p := ecdsa.EmptyPreSignature(group)
	p.ID = slices.Clone(d.take(PresignIDLen))
	p.R = d.point()
	p.KShare = d.scalar()
	p.ChiShare = d.scalar()
	_, rbar, s := d.signerPoints()
	if d.err != nil {
		return nil, fmt.Errorf("presignature: %w", d.err)
	}
	p.RBar = party.NewPointMap(rbar)
	p.S = party.NewPointMap(s)
	if err := checkPresign(p); err != nil {
		return nil, err
	}
	return p, nil
}

func checkPresign(p *ecdsa.PreSignature) error {
	if p == nil || p.R == nil || p.RBar == nil || p.S == nil || p.KShare == nil || p.ChiShare == nil {
		return errors.New("presignature: incomplete")
	}
	if len(p.ID) != PresignIDLen {
		return fmt.Errorf("presignature: ID of %d bytes, want %d", len(p.ID), PresignIDLen)
	}
	if err := p.Validate(); err != nil {
		return fmt.Errorf("presignature: %w", err)
	}
	ids := p.SignerIDs()
	if len(ids) < 1 || len(ids) > MaxParties {
		return fmt.Errorf("presignature: %d signers", len(ids))
	}
	for _, id := range ids {
		if err := ValidPartyID(id); err != nil {
			return fmt.Errorf("presignature: %w", err)
		}
	}
	return nil
}

// PresignPublic is the public part of a root presignature, identical at every
// signer: the ID, R = k^-1*G, and per signer RBar_j = k_j*R and S_j = chi_j*R.
// Signers return it with their shares so that a client can verify them.
type PresignPublic struct {
	ID      []byte
	R       curve.Point
	Signers []party.ID // canonical order (CompareParties)
	RBar    map[party.ID]curve.Point
	S       map[party.ID]curve.Point
}

// PublicOf extracts the public data of a presignature.
func PublicOf(p *ecdsa.PreSignature) (*PresignPublic, error) {
	if err := checkPresign(p); err != nil {
		return nil, err
	}
	pub := &PresignPublic{
		ID: slices.Clone(p.ID), R: p.R, Signers: SignersOf(p),
		RBar: map[party.ID]curve.Point{}, S: map[party.ID]curve.Point{},
	}
	for _, id := range pub.Signers {
		pub.RBar[id] = p.RBar.Points[id]
		pub.S[id] = p.S.Points[id]
	}
	return pub, nil
}

// Equal reports whether two public presignature data are the same.
func (p *PresignPublic) Equal(o *PresignPublic) bool {
	a, err1 := p.MarshalBinary()
	b, err2 := o.MarshalBinary()
	return err1 == nil && err2 == nil && slices.Equal(a, b)
}

// MarshalBinary encodes the public data: version, ID, R, then per signer
// its ID, RBar_j, S_j.
func (p *PresignPublic) MarshalBinary() ([]byte, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	b := []byte{presigVersion}
	b = append(b, p.ID...)
	b = appendPoint(b, p.R)
	return appendSignerPoints(b, p.Signers, p.RBar, p.S), nil
}

// UnmarshalBinary decodes and validates public presignature data.
func (p *PresignPublic) UnmarshalBinary(b []byte) error {
	if len(b) > maxPresigSize {
		return fmt.Errorf("presignature public data: %d bytes exceed the %d limit", len(b), maxPresigSize)
	}
	d := &pdec{b: b}
	if v := d.take(1); d.err == nil && v[0] != presigVersion {
		return fmt.Errorf("presignature public data: unknown version %d", v[0])
	}
	out := PresignPublic{ID: slices.Clone(d.take(PresignIDLen)), R: d.point()}
	out.Signers, out.RBar, out.S = d.signerPoints()
	if d.err != nil {
		return fmt.Errorf("presignature public data: %w", d.err)
	}
	if err := out.validate(); err != nil {
		return err
	}
	*p = out
	return nil
}

// DecodePresignPublic decodes public presignature data from its binary form.
func DecodePresignPublic(b []byte) (*PresignPublic, error) {
	p := &PresignPublic{}
	if err := p.UnmarshalBinary(b); err != nil {
		return nil, err
	}
	return p, nil
}

func (p *PresignPublic) validate() error {
	if p == nil || p.R == nil {
		return errors.New("presignature public data: incomplete")
	}
	if len(p.ID) != PresignIDLen {
		return fmt.Errorf("presignature public data: ID of %d bytes, want %d", len(p.ID), PresignIDLen)
	}
	if p.R.IsIdentity() {
		return errors.New("presignature public data: R is the identity")
	}
	if len(p.Signers) < 1 || len(p.Signers) > MaxParties || len(p.RBar) != len(p.Signers) || len(p.S) != len(p.Signers) {
		return errors.New("presignature public data: signer set and points disagree")
	}
	if !PartiesSorted(p.Signers) {
		return errors.New("presignature public data: signers not in canonical order")
	}
	for i, id := range p.Signers {
		if err := ValidPartyID(id); err != nil {
			return fmt.Errorf("presignature public data: %w", err)
		}
		if i > 0 && p.Signers[i-1] == id {
			return fmt.Errorf("presignature public data: duplicate signer %s", id)
		}
		rb, s := p.RBar[id], p.S[id]
		if rb == nil || s == nil || rb.IsIdentity() || s.IsIdentity() {
			return fmt.Errorf("presignature public data: bad points for signer %s", id)
		}
	}
	return nil
}

func appendPoint(b []byte, p curve.Point) []byte {
	enc, _ := p.MarshalBinary() // secp256k1 points always marshal to 33 bytes
	return append(b, enc...)
}

func appendScalar(b []byte, s curve.Scalar) []byte {
	enc, _ := s.MarshalBinary() // 32 bytes
	return append(b, enc...)
}

func appendSignerPoints(b []byte, ids []party.ID, rbar, s map[party.ID]curve.Point) []byte {
	sorted := SortParties(ids)
	b = binary.BigEndian.AppendUint16(b, uint16(len(sorted)))
	for _, id := range sorted {
		b = append(b, byte(len(id)))
		b = append(b, id...)
		b = appendPoint(b, rbar[id])
		b = appendPoint(b, s[id])
	}
	return b
}

// pdec decodes presignature fields; the first error sticks.
type pdec struct {
	b   []byte
	err error
}

func (d *pdec) take(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n > len(d.b) {
		d.err = errors.New("truncated")
		return nil
	}
	out := d.b[:n:n]
	d.b = d.b[n:]
	return out
}

func (d *pdec) point() curve.Point {
	b := d.take(33)
	if d.err != nil {
		return nil
	}
	p, err := parsePoint(b)
	if err != nil {
		d.err = err
		return nil
	}
	return p
}

func (d *pdec) scalar() curve.Scalar {
	b := d.take(32)
	if d.err != nil {
		return nil
	}
	s, err := parseScalar(b)
	if err != nil {
		d.err = err
	}
	return s
}

func (d *pdec) signerPoints() ([]party.ID, map[party.ID]curve.Point, map[party.ID]curve.Point) {
	nb := d.take(2)
	if d.err != nil {
		return nil, nil, nil
	}
	n := int(binary.BigEndian.Uint16(nb))
	if n < 1 || n > MaxParties {
		d.err = fmt.Errorf("%d signers", n)
		return nil, nil, nil
	}
	ids := make([]party.ID, 0, n)
	rbar, s := map[party.ID]curve.Point{}, map[party.ID]curve.Point{}
	for range n {
		l := d.take(1)
		if d.err != nil {
			return nil, nil, nil
		}
		id := party.ID(d.take(int(l[0])))
		if d.err != nil {
			return nil, nil, nil
		}
		if err := ValidPartyID(id); err != nil {
			d.err = err
			return nil, nil, nil
		}
		if _, dup := rbar[id]; dup {
			d.err = fmt.Errorf("duplicate signer %s", id)
			return nil, nil, nil
		}
		ids = append(ids, id)
		rbar[id] = d.point()
		s[id] = d.point()
	}
	if d.err == nil && len(d.b) != 0 {
		d.err = fmt.Errorf("%d trailing bytes", len(d.b))
	}
	if d.err == nil && !PartiesSorted(ids) {
		d.err = errors.New("signers not in canonical order")
	}
	return ids, rbar, s
}

// parsePoint parses a 33-byte compressed point, rejecting bad prefixes,
// coordinates off the curve and the identity.
func parsePoint(b []byte) (curve.Point, error) {
	if len(b) != 33 || (b[0] != 2 && b[0] != 3) {
		return nil, errors.New("point: want 33-byte compressed encoding")
	}
	p := group.NewPoint()
	if err := p.UnmarshalBinary(b); err != nil {
		return nil, fmt.Errorf("point: %w", err)
	}
	if p.IsIdentity() {
		return nil, errors.New("point: identity")
	}
	return p, nil
}

// parseScalar parses a 32-byte big-endian scalar in [1, q).
func parseScalar(b []byte) (curve.Scalar, error) {
	s := group.NewScalar()
	if err := s.UnmarshalBinary(b); err != nil {
		return nil, fmt.Errorf("scalar: %w", err)
	}
	if s.IsZero() {
		return nil, errors.New("scalar: zero")
	}
	return s, nil
}

// MarshalText encodes the public data as hex of MarshalBinary, so that it
// embeds in JSON messages as a string.
func (p *PresignPublic) MarshalText() ([]byte, error) {
	b, err := p.MarshalBinary()
	if err != nil {
		return nil, err
	}
	return []byte(hex.EncodeToString(b)), nil
}

// UnmarshalText decodes what MarshalText produced, with the same checks as
// UnmarshalBinary.
func (p *PresignPublic) UnmarshalText(t []byte) error {
	if len(t) > 2*maxPresigSize {
		return fmt.Errorf("presignature public data: %d hex bytes exceed the limit", len(t))
	}
	b, err := hex.DecodeString(string(t))
	if err != nil {
		return fmt.Errorf("presignature public data: %w", err)
	}
	return p.UnmarshalBinary(b)
}
