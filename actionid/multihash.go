package actionid

import (
	"fmt"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
)

// maxCIDString bounds the CID text Parse reads.
const maxCIDString = 256

// Parse reads an action's CID text: a CIDv0 ("Qm...") or a CIDv1 string.
// Both name the action by the same multihash (Cid.Hash).
func Parse(text string) (cid.Cid, error) {
	if len(text) == 0 || len(text) > maxCIDString {
		return cid.Undef, fmt.Errorf("action cid: length %d out of range", len(text))
	}
	c, err := cid.Decode(text)
	if err != nil {
		return cid.Undef, fmt.Errorf("action cid %q: %w", text, err)
	}
	return c, nil
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
// with the raw codec. Bytes that are no multihash are an error.
func FromMultihash(m []byte) (cid.Cid, error) {
	h, err := mh.Cast(m)
	if err != nil {
		return cid.Undef, fmt.Errorf("action multihash: %w", err)
	}
	if d, err := mh.Decode(h); err == nil && d.Code == mh.SHA2_256 && d.Length == 32 {
		return cid.NewCidV0(h), nil
	}
	return cid.NewCidV1(cid.Raw, h), nil
}
