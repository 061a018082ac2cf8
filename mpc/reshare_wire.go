package mpc

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

// reshareWireVersion is the first byte of every encoded resharing message.
const reshareWireVersion = 1

// Kinds of resharing messages, in round order.
const (
	kindCommit byte = 1 // dealer, broadcast: chain key and Feldman commitments
	kindShare  byte = 2 // dealer to one receiver: its evaluation f_i(j)
	kindView   byte = 3 // every party, broadcast: hashes of the commitments seen, complaints
	kindReveal byte = 4 // every party, broadcast: digest of the views seen, revealed shares
	kindAbort  byte = 5 // any party, broadcast: it stops, with a printable reason
)

// maxAbortReason caps the reason of an abort notice.
const maxAbortReason = 200

const (
	chainKeyLen = 32
	scalarLen   = 32
	pointLen    = 33
	digestLen   = 32
)

// partyHash is the hash of one party's broadcast as another party got it:
// a dealer's commitments in a view, a party's view in a reveal message.
type partyHash struct {
	Party party.ID
	Hash  [digestLen]byte
}

// reveal is a dealer's public answer to a receiver's complaint: the
// evaluation it owes that receiver.
type reveal struct {
	To    party.ID
	Share curve.Scalar
}

// reshareMsg is one resharing message; which fields are set depends on
// Kind. Party lists are in the canonical order without duplicates.
type reshareMsg struct {
	Kind byte

	// kindCommit
	ChainKey []byte        // chainKeyLen bytes
	Coeffs   []curve.Point // A_0 .. A_{t'-1}, none the identity

	// kindShare
	Share curve.Scalar

	// kindView
	Views    []partyHash // one per dealer, in dealer order
	BadShare []party.ID  // dealers whose share to the sender fails its commitments
	OffKey   []party.ID  // dealers whose constant term or chain key is off the old key

	// kindReveal
	Seen    []partyHash // one per party of the session: its view as the sender got it
	Reveals []reveal    // in the canonical order of To

	// kindAbort
	Reason string // printable ASCII, at most maxAbortReason bytes
}

// encodeReshare serialises m: version, kind, then the kind's fields with
// 16-bit counts and length-prefixed party IDs. Points are 33-byte
// compressed, scalars 32-byte big-endian.
func encodeReshare(m *reshareMsg) ([]byte, error) {
	b := []byte{reshareWireVersion, m.Kind}
	var err error
	switch m.Kind {
	case kindCommit:
		if len(m.ChainKey) != chainKeyLen {
			return nil, errors.New("encode reshare: chain key length")
		}
		if len(m.Coeffs) == 0 || len(m.Coeffs) > MaxParties {
			return nil, fmt.Errorf("encode reshare: %d coefficients", len(m.Coeffs))
		}
		b = append(b, m.ChainKey...)
		b = binary.BigEndian.AppendUint16(b, uint16(len(m.Coeffs)))
		for _, c := range m.Coeffs {
			if b, err = appendCanonicalPoint(b, c); err != nil {
				return nil, err
			}
		}
	case kindShare:
		if b, err = appendCanonicalScalar(b, m.Share); err != nil {
			return nil, err
		}
	case kindView:
		if len(m.Views) > MaxParties {
			return nil, errors.New("encode reshare: too many views")
		}
		b = appendHashes(b, m.Views)
		b = appendIDList(b, m.BadShare)
		b = appendIDList(b, m.OffKey)
	case kindReveal:
		if len(m.Seen) > MaxParties {
			return nil, errors.New("encode reshare: too many hashes")
		}
		b = appendHashes(b, m.Seen)
		if len(m.Reveals) > MaxParties {
			return nil, errors.New("encode reshare: too many reveals")
		}
		b = binary.BigEndian.AppendUint16(b, uint16(len(m.Reveals)))
		for _, r := range m.Reveals {
			b = appendShort(b, []byte(r.To))
			if b, err = appendCanonicalScalar(b, r.Share); err != nil {
				return nil, err
			}
		}
	case kindAbort:
		if len(m.Reason) > maxAbortReason || sanitize(m.Reason, maxAbortReason) != m.Reason {
			return nil, errors.New("encode reshare: abort reason not printable or too long")
		}
		b = appendShort(b, []byte(m.Reason))
	default:
		return nil, fmt.Errorf("encode reshare: unknown kind %d", m.Kind)
	}
	if len(b) > MaxMessageSize {
		return nil, fmt.Errorf("encode reshare: %d bytes exceed the %d limit", len(b), MaxMessageSize)
	}
	return b, nil
}

func appendCanonicalPoint(b []byte, p curve.Point) ([]byte, error) {
	if p == nil || p.IsIdentity() {
		return nil, errors.New("encode reshare: identity point")
	}
	pb, err := p.MarshalBinary()
	if err != nil || len(pb) != pointLen {
		return nil, errors.New("encode reshare: point does not marshal")
	}
	return append(b, pb...), nil
}

func appendCanonicalScalar(b []byte, s curve.Scalar) ([]byte, error) {
	if s == nil {
		return nil, errors.New("encode reshare: nil scalar")
	}
	sb, err := s.MarshalBinary()
	if err != nil || len(sb) != scalarLen {
		return nil, errors.New("encode reshare: scalar does not marshal")
	}
	return append(b, sb...), nil
}

func appendHashes(b []byte, hs []partyHash) []byte {
	b = binary.BigEndian.AppendUint16(b, uint16(len(hs)))
	for _, h := range hs {
		b = appendShort(b, []byte(h.Party))
		b = append(b, h.Hash[:]...)
	}
	return b
}

func appendIDList(b []byte, ids []party.ID) []byte {
	b = binary.BigEndian.AppendUint16(b, uint16(len(ids)))
	for _, id := range ids {
		b = appendShort(b, []byte(id))
	}
	return b
}

// decodeReshare decodes and validates what encodeReshare produced: valid
// and canonically ordered party IDs, points on the curve in compressed
// form and not the identity, scalars below the group order, no trailing
// bytes. It does not check the message against the session (who may send
// which kind, which dealers): the caller does.
func decodeReshare(b []byte) (*reshareMsg, error) {
	if len(b) > MaxMessageSize {
		return nil, fmt.Errorf("decode reshare: %d bytes exceed the %d limit", len(b), MaxMessageSize)
	}
	d := &decoder{b: b}
	if v := d.byte(); d.err == nil && v != reshareWireVersion {
		return nil, fmt.Errorf("decode reshare: version %d, want %d", v, reshareWireVersion)
	}
	m := &reshareMsg{Kind: d.byte()}
	if d.err != nil {
		return nil, fmt.Errorf("decode reshare: %w", d.err)
	}
	group := curve.Secp256k1{}
	point := func() curve.Point {
		pb := d.take(pointLen)
		if d.err != nil {
			return nil
		}
		if pb[0] != 2 && pb[0] != 3 {
			d.err = errors.New("point not in compressed form")
			return nil
		}
		p := group.NewPoint()
		if err := p.UnmarshalBinary(pb); err != nil {
			d.err = errors.New("point not on the curve")
			return nil
		}
		if p.IsIdentity() {
			d.err = errors.New("identity point")
			return nil
		}
		return p
	}
	scalar := func() curve.Scalar {
		sb := d.take(scalarLen)
		if d.err != nil {
			return nil
		}
		s := group.NewScalar()
		if err := s.UnmarshalBinary(sb); err != nil {
			d.err = errors.New("scalar not below the group order")
			return nil
		}
		return s
	}
	id := func() party.ID {
		raw := d.short(maxWireID)
		if d.err != nil {
			return ""
		}
		p := party.ID(raw)
		if err := ValidPartyID(p); err != nil {
			d.err = err
			return ""
		}
		return p
	}
	count := func() int {
		n := int(d.uint16())
		if d.err == nil && n > MaxParties {
			d.err = fmt.Errorf("count %d exceeds %d", n, MaxParties)
		}
		return n
	}
	idList := func() []party.ID {
		n := count()
		var out []party.ID
		for i := 0; i < n && d.err == nil; i++ {
			out = append(out, id())
		}
		if d.err == nil && !PartiesSorted(out) {
			d.err = errors.New("party list not in canonical order")
		}
		return out
	}

	hashes := func() []partyHash {
		n := count()
		var out []partyHash
		var ids []party.ID
		for i := 0; i < n && d.err == nil; i++ {
			h := partyHash{Party: id()}
			copy(h.Hash[:], d.take(digestLen))
			out = append(out, h)
			ids = append(ids, h.Party)
		}
		if d.err == nil && !PartiesSorted(ids) {
			d.err = errors.New("hashes not in canonical party order")
		}
		return out
	}

	switch m.Kind {
	case kindCommit:
		m.ChainKey = append([]byte(nil), d.take(chainKeyLen)...)
		n := count()
		if d.err == nil && n == 0 {
			d.err = errors.New("no coefficients")
		}
		for i := 0; i < n && d.err == nil; i++ {
			m.Coeffs = append(m.Coeffs, point())
		}
	case kindShare:
		m.Share = scalar()
	case kindView:
		m.Views = hashes()
		if d.err == nil {
			m.BadShare = idList()
		}
		if d.err == nil {
			m.OffKey = idList()
		}
	case kindReveal:
		m.Seen = hashes()
		n := count()
		var to []party.ID
		for i := 0; i < n && d.err == nil; i++ {
			r := reveal{To: id()}
			r.Share = scalar()
			m.Reveals = append(m.Reveals, r)
			to = append(to, r.To)
		}
		if d.err == nil && !PartiesSorted(to) {
			d.err = errors.New("reveals not in canonical order")
		}
	case kindAbort:
		r := string(d.short(maxAbortReason))
		if d.err == nil && sanitize(r, maxAbortReason) != r {
			d.err = errors.New("abort reason not printable")
		}
		m.Reason = r
	default:
		return nil, fmt.Errorf("decode reshare: unknown kind %d", m.Kind)
	}
	if d.err != nil {
		return nil, fmt.Errorf("decode reshare: %w", d.err)
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("decode reshare: %d trailing bytes", len(d.b))
	}
	return m, nil
}
