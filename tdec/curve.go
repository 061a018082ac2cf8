package tdec

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
)

// point is a secp256k1 point in Jacobian coordinates.
type point = secp256k1.JacobianPoint

// scalar is an integer mod q, the group order.
type scalar = secp256k1.ModNScalar

// PointLen is the size of a compressed point.
const PointLen = 33

// parsePoint decodes a 33-byte compressed point; the point at infinity has
// no encoding and is refused.
func parsePoint(b []byte) (point, error) {
	var p point
	if len(b) != PointLen {
		return p, fmt.Errorf("point of %d bytes, want %d (compressed)", len(b), PointLen)
	}
	pk, err := secp256k1.ParsePubKey(b)
	if err != nil {
		return p, fmt.Errorf("bad point: %w", err)
	}
	pk.AsJacobian(&p)
	return p, nil
}

// encodePoint returns the compressed encoding; ok is false at infinity.
func encodePoint(p point) ([]byte, bool) {
	if (p.X.IsZero() && p.Y.IsZero()) || p.Z.IsZero() {
		return nil, false
	}
	p.ToAffine()
	return secp256k1.NewPublicKey(&p.X, &p.Y).SerializeCompressed(), true
}

func mustEncode(p point) []byte {
	b, ok := encodePoint(p)
	if !ok {
		return make([]byte, PointLen) // never a valid point: any check on it fails
	}
	return b
}

func baseMul(k *scalar) point {
	var r point
	secp256k1.ScalarBaseMultNonConst(k, &r)
	return r
}

func mul(k *scalar, p point) point {
	var r point
	secp256k1.ScalarMultNonConst(k, &p, &r)
	return r
}

func add(a, b point) point {
	var r point
	secp256k1.AddNonConst(&a, &b, &r)
	return r
}

func neg(p point) point {
	p.ToAffine()
	p.Y.Negate(1).Normalize()
	return p
}

func equal(a, b point) bool {
	ea, oka := encodePoint(a)
	eb, okb := encodePoint(b)
	if !oka || !okb {
		return oka == okb
	}
	return string(ea) == string(eb)
}

// transcript hashes domain-separated, length-prefixed fields with SHA-256.
type transcript struct{ buf []byte }

func newTranscript(tag string) *transcript {
	t := &transcript{}
	t.add([]byte(tag))
	return t
}

func (t *transcript) add(b []byte) *transcript {
	t.buf = binary.BigEndian.AppendUint32(t.buf, uint32(len(b)))
	t.buf = append(t.buf, b...)
	return t
}

func (t *transcript) sum() [32]byte { return sha256.Sum256(t.buf) }

// scalar reduces the transcript's hash mod q; zero is refused (2^-256).
func (t *transcript) scalar() (scalar, error) {
	var s scalar
	h := t.sum()
	s.SetByteSlice(h[:])
	if s.IsZero() {
		return s, errors.New("hash to scalar gave zero")
	}
	return s, nil
}

func scalarBytes(s *scalar) []byte {
	b := s.Bytes()
	return b[:]
}

// parseScalar decodes 32 big-endian bytes, refusing values >= q.
func parseScalar(b []byte) (scalar, error) {
	var s scalar
	if len(b) != 32 {
		return s, fmt.Errorf("scalar of %d bytes, want 32", len(b))
	}
	if s.SetByteSlice(b) {
		return s, errors.New("scalar not below the group order")
	}
	return s, nil
}

// randomScalar draws a uniform non-zero scalar from rnd.
func randomScalar(rnd io.Reader) (scalar, error) {
	k, err := secp256k1.GeneratePrivateKeyFromRand(rnd)
	if err != nil {
		return scalar{}, fmt.Errorf("random scalar: %w", err)
	}
	s := k.Key
	k.Zero()
	return s, nil
}
