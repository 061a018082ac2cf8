package actionid

import (
	"errors"
	"fmt"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
)

// MaxCIDText bounds the CID text Parse reads. A CIDv1 naming an action is
// 36 bytes; every multibase but base2 writes it in fewer characters.
const MaxCIDText = 256

// ErrNotAction marks CID text that is well formed but names no action: a
// codec other than dag-pb or a hash other than sha2-256.
var ErrNotAction = errors.New("not an action CID")

// Parse reads an action's CID text and returns its canonical form, the
// CIDv0. It accepts exactly the texts that name the root block of a UnixFS
// DAG by its sha2-256 hash, the block `ipfs add` builds and the contracts
// key the action by (its multihash):
//
//   - a CIDv0, "Qm..." (what `ipfs add --cid-version=0` and CID print);
//   - a CIDv1 with the dag-pb codec (0x70) and a 32-byte sha2-256
//     multihash, in any multibase of printable ASCII, written canonically
//     in it ("bafybei..." in base32, the default of CIDv1 tooling; what
//     `ipfs cid format -v 1 -b base32 Qm...` prints).
//
// Both forms of one action give the same CIDv0, so comparing Parse results
// (or their String) compares actions. Everything else is an error: a
// CIDv1 with the raw codec ("bafkrei...", what `ipfs add --cid-version=1`
// prints for a file of one chunk) hashes the file's bytes, not the dag-pb
// block, so its multihash is another key on chain and as a CIDv0 it would
// name other content; other codecs and hashes name no action the network
// can verify; a text that is not the canonical encoding of its CID (mixed
// case, a CIDv0 in multibase "z" form) is refused so that each form has
// one spelling.
func Parse(text string) (cid.Cid, error) {
	if len(text) < 2 || len(text) > MaxCIDText {
		return cid.Undef, fmt.Errorf("action cid: %d characters, want 2..%d", len(text), MaxCIDText)
	}
	for i := 0; i < len(text); i++ {
		if text[i] <= ' ' || text[i] > '~' {
			return cid.Undef, fmt.Errorf("action cid %q: not printable ASCII", text)
		}
	}
	c, err := cid.Decode(text)
	if err != nil {
		return cid.Undef, fmt.Errorf("action cid %q: %w", text, err)
	}
	enc, err := cid.ExtractEncoding(text)
	if err != nil {
		return cid.Undef, fmt.Errorf("action cid %q: %w", text, err)
	}
	if again, err := c.StringOfBase(enc); err != nil || again != text {
		return cid.Undef, fmt.Errorf("action cid %q: not the canonical text of CID %s", text, c)
	}
	if c.Type() != cid.DagProtobuf {
		hint := ""
		if c.Type() == cid.Raw {
			hint = " (a raw CIDv1 hashes the file bytes, not the UnixFS root the network names actions by; use the CIDv0 or its CIDv1 form, as `ipfs add --cid-version=0` then `ipfs cid format -v 1 -b base32` print it)"
		}
		return cid.Undef, fmt.Errorf("action cid %q: %w: codec %s (0x%x), want dag-pb%s", text, ErrNotAction, codecName(c.Type()), c.Type(), hint)
	}
	if !isSHA256(c.Hash()) {
		return cid.Undef, fmt.Errorf("action cid %q: %w: the hash is not a 32-byte sha2-256", text, ErrNotAction)
	}
	return cid.NewCidV0(c.Hash()), nil
}

// Canonical returns the canonical text (the CIDv0) of an action's CID text.
func Canonical(text string) (string, error) {
	c, err := Parse(text)
	if err != nil {
		return "", err
	}
	return c.String(), nil
}

// Same reports whether two CID texts name the same action; text that
// Parse refuses names none.
func Same(a, b string) bool {
	ca, err := Parse(a)
	if err != nil {
		return false
	}
	cb, err := Parse(b)
	return err == nil && ca.Equals(cb)
}

func codecName(code uint64) string {
	switch code {
	case cid.Raw:
		return "raw"
	case cid.DagCBOR:
		return "dag-cbor"
	case cid.DagJSON:
		return "dag-json"
	case cid.Libp2pKey:
		return "libp2p-key"
	}
	return "other"
}

func isSHA256(h mh.Multihash) bool {
	d, err := mh.Decode(h)
	return err == nil && d.Code == mh.SHA2_256 && d.Length == 32 && len(d.Digest) == 32
}

// Multihash returns the multihash bytes under which PKPPermissions stores an
// action, from its CID text (see Parse). Lit's isPermittedAction(cid) becomes
// IsPermittedAction(tokenID, Multihash(cid)).
func Multihash(text string) ([]byte, error) {
	c, err := Parse(text)
	if err != nil {
		return nil, err
	}
	return c.Hash(), nil
}

// FromMultihash returns the CID that stored multihash bytes name: the CIDv0
// for a 32-byte sha2-256 multihash (what CID computes), otherwise a CIDv1
// with the raw codec, for display only (Parse refuses it: it names no
// action the network runs). Bytes that are no multihash are an error.
func FromMultihash(m []byte) (cid.Cid, error) {
	h, err := mh.Cast(m)
	if err != nil {
		return cid.Undef, fmt.Errorf("action multihash: %w", err)
	}
	if isSHA256(h) {
		return cid.NewCidV0(h), nil
	}
	return cid.NewCidV1(cid.Raw, h), nil
}
