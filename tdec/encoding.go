package tdec

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Encodings (all big-endian):
//
//	header     = version(1) kind(1) len(2) access dataHash(32) C1(33)
//	ciphertext = header E(32) Z(32) nonce(12) len(4) sealed
//	capsule    = header bodyHash(32) E(32) Z(32)
//	share      = version(1) len(1) party D(33) E(32) Z(32)

// MaxShareLen bounds an encoded share.
const MaxShareLen = 1 + 1 + MaxPartyIDLen + PointLen + 64

// MaxCapsuleLen bounds an encoded capsule.
const MaxCapsuleLen = 1 + 1 + 2 + MaxAccessLen + 32 + PointLen + 32 + 64

func encodeHeader(h *header) []byte {
	b := make([]byte, 0, 4+len(h.Access.Value)+32+PointLen)
	b = append(b, Version1, h.Access.Kind)
	b = binary.BigEndian.AppendUint16(b, uint16(len(h.Access.Value)))
	b = append(b, h.Access.Value...)
	b = append(b, h.DataHash[:]...)
	return append(b, h.C1...)
}

// reader consumes a byte slice with bounds checks.
type reader struct {
	b   []byte
	err error
}

func (r *reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.err = errors.New("truncated")
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

func (r *reader) byte1() byte {
	v := r.take(1)
	if v == nil {
		return 0
	}
	return v[0]
}

func (r *reader) fixed32(dst *[32]byte) { copy(dst[:], r.take(32)) }

func (r *reader) end() error {
	if r.err != nil {
		return r.err
	}
	if len(r.b) != 0 {
		return fmt.Errorf("%d trailing bytes", len(r.b))
	}
	return nil
}

func decodeHeader(r *reader, h *header) error {
	if v := r.byte1(); r.err == nil && v != Version1 {
		return fmt.Errorf("unknown version %d", v)
	}
	h.Access.Kind = r.byte1()
	lb := r.take(2)
	if r.err != nil {
		return r.err
	}
	n := int(binary.BigEndian.Uint16(lb))
	if n > MaxAccessLen {
		return fmt.Errorf("access of %d bytes, limit %d", n, MaxAccessLen)
	}
	h.Access.Value = append([]byte(nil), r.take(n)...)
	r.fixed32(&h.DataHash)
	h.C1 = append([]byte(nil), r.take(PointLen)...)
	if r.err != nil {
		return r.err
	}
	if err := h.Access.Validate(); err != nil {
		return err
	}
	if _, err := parsePoint(h.C1); err != nil {
		return fmt.Errorf("C1: %w", err)
	}
	return nil
}

// MarshalBinary encodes the ciphertext.
func (c *Ciphertext) MarshalBinary() ([]byte, error) {
	if len(c.Sealed) > MaxSealedLen {
		return nil, errors.New("sealed body too large")
	}
	b := encodeHeader(&c.header)
	b = append(b, c.E[:]...)
	b = append(b, c.Z[:]...)
	b = append(b, c.Nonce[:]...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(c.Sealed)))
	return append(b, c.Sealed...), nil
}

// ParseCiphertext decodes and checks the structure of an encoded
// ciphertext (not its proof: that needs the network key).
func ParseCiphertext(b []byte) (*Ciphertext, error) {
	if len(b) > MaxCiphertext {
		return nil, fmt.Errorf("ciphertext: %d bytes, limit %d", len(b), MaxCiphertext)
	}
	r := &reader{b: b}
	c := &Ciphertext{}
	if err := decodeHeader(r, &c.header); err != nil {
		return nil, fmt.Errorf("ciphertext: %w", err)
	}
	r.fixed32(&c.E)
	r.fixed32(&c.Z)
	copy(c.Nonce[:], r.take(nonceLen))
	lb := r.take(4)
	if r.err == nil {
		n := binary.BigEndian.Uint32(lb)
		if n < saltLen+tagLen || n > MaxSealedLen {
			return nil, fmt.Errorf("ciphertext: sealed body of %d bytes, want %d..%d", n, saltLen+tagLen, MaxSealedLen)
		}
		c.Sealed = append([]byte(nil), r.take(int(n))...)
	}
	if err := r.end(); err != nil {
		return nil, fmt.Errorf("ciphertext: %w", err)
	}
	return c, nil
}

// MarshalBinary encodes the capsule.
func (c *Capsule) MarshalBinary() ([]byte, error) {
	b := encodeHeader(&c.header)
	b = append(b, c.BodyHash[:]...)
	b = append(b, c.E[:]...)
	return append(b, c.Z[:]...), nil
}

// ParseCapsule decodes an encoded capsule.
func ParseCapsule(b []byte) (*Capsule, error) {
	if len(b) > MaxCapsuleLen {
		return nil, fmt.Errorf("capsule: %d bytes, limit %d", len(b), MaxCapsuleLen)
	}
	r := &reader{b: b}
	c := &Capsule{}
	if err := decodeHeader(r, &c.header); err != nil {
		return nil, fmt.Errorf("capsule: %w", err)
	}
	r.fixed32(&c.BodyHash)
	r.fixed32(&c.E)
	r.fixed32(&c.Z)
	if err := r.end(); err != nil {
		return nil, fmt.Errorf("capsule: %w", err)
	}
	return c, nil
}

// MarshalBinary encodes the share.
func (s *Share) MarshalBinary() ([]byte, error) {
	if err := checkPartyID(s.Party); err != nil {
		return nil, err
	}
	b := []byte{Version1, byte(len(s.Party))}
	b = append(b, s.Party...)
	b = append(b, s.D...)
	b = append(b, s.E[:]...)
	return append(b, s.Z[:]...), nil
}

// ParseShare decodes an encoded share (not its proof: VerifyShare).
func ParseShare(b []byte) (*Share, error) {
	if len(b) > MaxShareLen {
		return nil, fmt.Errorf("share: %d bytes, limit %d", len(b), MaxShareLen)
	}
	r := &reader{b: b}
	if v := r.byte1(); r.err == nil && v != Version1 {
		return nil, fmt.Errorf("share: unknown version %d", v)
	}
	n := int(r.byte1())
	s := &Share{Party: string(r.take(n))}
	s.D = append([]byte(nil), r.take(PointLen)...)
	r.fixed32(&s.E)
	r.fixed32(&s.Z)
	if err := r.end(); err != nil {
		return nil, fmt.Errorf("share: %w", err)
	}
	if err := checkPartyID(s.Party); err != nil {
		return nil, fmt.Errorf("share: %w", err)
	}
	if _, err := parsePoint(s.D); err != nil {
		return nil, fmt.Errorf("share: D: %w", err)
	}
	return s, nil
}

// EncodeKeySet is the key set as PubkeyRouter.voteEncryptionKey takes it:
// P || X_1 || ... || X_n, the public shares in pkpnet's party order.
func EncodeKeySet(k *KeySet) []byte {
	ids := k.parties()
	b := make([]byte, 0, PointLen*(1+len(ids)))
	b = append(b, k.Public...)
	for _, id := range ids {
		b = append(b, k.Shares[id]...)
	}
	return b
}

// DecodeKeySet reads an on-chain key set for parties (pkpnet's order, the
// node set of its epoch) and threshold T, and validates it.
func DecodeKeySet(b []byte, parties []string, T int) (*KeySet, error) {
	if len(parties) == 0 || len(b) != PointLen*(1+len(parties)) {
		return nil, fmt.Errorf("key set of %d bytes for %d parties", len(b), len(parties))
	}
	k := &KeySet{Public: append([]byte(nil), b[:PointLen]...), Threshold: T, Shares: map[string][]byte{}}
	for i, id := range parties {
		off := PointLen * (i + 1)
		k.Shares[id] = append([]byte(nil), b[off:off+PointLen]...)
	}
	if err := k.Validate(); err != nil {
		return nil, err
	}
	if len(k.Shares) != len(parties) {
		return nil, errors.New("duplicate party in the key set")
	}
	return k, nil
}
