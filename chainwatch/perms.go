package chainwatch

import (
	"bytes"
	"encoding/binary"
	"hash/maphash"
	"slices"
)

// A PKP's permissions are kept packed in one byte slice of exactly their size, in the
// contract's EnumerableSet order (issue 12: 1M entries at 100k PKPs in well under 100 MB;
// docs/performance.md). One entry is
//
//	uvarint type | uvarint len(id) | id | scopes (1 byte) | uvarint len(pubkey) | pubkey
//
// Only this file reads or writes the layout. Entries are added through applyPerms and
// decodePKP, which bound the type, ID and pubkey sizes, so the slice is always well formed.

// permEntry is one decoded entry. id and pubkey alias the PKP's bytes: copy them before
// the index lock is released.
type permEntry struct {
	typ     uint64
	id      []byte
	pubkey  []byte
	scopes  uint8
	off     int // the entry is perms[off:end]
	scopeAt int
	end     int
}

// entryAt decodes the entry that starts at off.
func entryAt(b []byte, off int) permEntry {
	e := permEntry{off: off}
	var k int
	e.typ, k = binary.Uvarint(b[off:])
	off += k
	n, k := binary.Uvarint(b[off:])
	off += k
	e.id = b[off : off+int(n) : off+int(n)]
	off += int(n)
	e.scopeAt, e.scopes = off, b[off]
	off++
	n, k = binary.Uvarint(b[off:])
	off += k
	e.pubkey = b[off : off+int(n) : off+int(n)]
	e.end = off + int(n)
	return e
}

// each calls f on every entry in order until f returns false.
func (p *pkp) each(f func(permEntry) bool) {
	for off := 0; off < len(p.perms); {
		e := entryAt(p.perms, off)
		if !f(e) {
			return
		}
		off = e.end
	}
}

// find returns the entry of (typ, id). It is the permission check's inner loop: it
// decodes only the type and ID length of the entries it skips.
func (p *pkp) find(typ uint64, id []byte) (permEntry, bool) {
	b := p.perms
	for off := 0; off < len(b); {
		start := off
		t, k := uvarint(b, off)
		off += k
		n, k := uvarint(b, off)
		off += k
		idEnd := off + int(n)
		if t == typ && int(n) == len(id) && bytes.Equal(b[off:idEnd], id) {
			return entryAt(b, start), true
		}
		off = idEnd + 1 // scopes
		n, k = uvarint(b, off)
		off += k + int(n)
	}
	return permEntry{}, false
}

// uvarint decodes the uvarint at b[off:] and returns it and its length; the one-byte
// case (types, and IDs and pubkeys under 128 bytes) is inlined.
func uvarint(b []byte, off int) (uint64, int) {
	if c := b[off]; c < 0x80 {
		return uint64(c), 1
	}
	v, k := binary.Uvarint(b[off:])
	return v, k
}

// addPerm appends an entry; the caller checked that (typ, id) is not there yet.
func (p *pkp) addPerm(typ uint64, id, pubkey []byte, scopes uint8) {
	size := len(p.perms) + uvarintLen(typ) + uvarintLen(uint64(len(id))) + len(id) + 1 +
		uvarintLen(uint64(len(pubkey))) + len(pubkey)
	b := make([]byte, len(p.perms), size) // exactly its size
	copy(b, p.perms)
	b = binary.AppendUvarint(b, typ)
	b = binary.AppendUvarint(b, uint64(len(id)))
	b = append(b, id...)
	b = append(b, scopes)
	b = binary.AppendUvarint(b, uint64(len(pubkey)))
	p.perms = append(b, pubkey...)
	p.nperms++
}

func uvarintLen(x uint64) int {
	n := 1
	for ; x >= 0x80; x >>= 7 {
		n++
	}
	return n
}

// removePerm removes e like EnumerableSet.remove: the last entry takes its place.
func (p *pkp) removePerm(e permEntry) {
	last := e
	p.each(func(x permEntry) bool {
		last = x
		return true
	})
	b := make([]byte, 0, len(p.perms)-(e.end-e.off))
	b = append(b, p.perms[:e.off]...)
	if last.off != e.off {
		b = append(b, p.perms[last.off:last.end]...)
		b = append(b, p.perms[e.end:last.off]...)
	}
	p.perms = b
	p.nperms--
}

// revIndex maps a permitted (type, id) to the tokens that permit it, keyed by a 64-bit
// hash of (type, id). A hash is only a lead: GetTokenIDsForAuthMethod keeps the tokens
// that hold the exact (type, id), so a collision costs a lookup, never a wrong answer.
type revIndex struct {
	one  map[uint64]uint64   // hash -> the one token; 0 when more than one (see many)
	many map[uint64][]uint64 // hash -> its tokens, when more than one
}

var methodSeed = maphash.MakeSeed()

func methodHash(typ uint64, id []byte) uint64 {
	return maphash.Bytes(methodSeed, id) ^ (typ * 0x9e3779b97f4a7c15)
}

func newRevIndex() revIndex {
	return revIndex{one: make(map[uint64]uint64), many: make(map[uint64][]uint64)}
}

func (r *revIndex) add(typ uint64, id []byte, tok uint64) {
	h := methodHash(typ, id)
	v, ok := r.one[h]
	switch {
	case !ok:
		r.one[h] = tok
	case v != 0:
		r.one[h] = 0
		r.many[h] = []uint64{v, tok}
	default:
		r.many[h] = append(r.many[h], tok)
	}
}

func (r *revIndex) remove(typ uint64, id []byte, tok uint64) {
	h := methodHash(typ, id)
	v, ok := r.one[h]
	switch {
	case !ok:
	case v != 0:
		if v == tok {
			delete(r.one, h)
		}
	default:
		s := removeSwap(r.many[h], tok)
		if len(s) == 1 {
			r.one[h] = s[0]
			delete(r.many, h)
		} else {
			r.many[h] = s
		}
	}
}

// candidates returns the tokens filed under the hash of (typ, id), in a new slice.
func (r *revIndex) candidates(typ uint64, id []byte) []uint64 {
	h := methodHash(typ, id)
	v, ok := r.one[h]
	switch {
	case !ok:
		return nil
	case v != 0:
		return []uint64{v}
	}
	return slices.Clone(r.many[h])
}
