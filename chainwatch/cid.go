package chainwatch

import (
	"fmt"

	"github.com/ipfs/go-cid"
)

// maxCIDString bounds the CID text ActionID parses.
const maxCIDString = 256

// ActionID returns the multihash bytes under which PKPPermissions stores an action, from
// its IPFS CID text ("Qm..." v0 or a v1 string). Lit's isPermittedAction(cid) becomes
// IsPermittedAction(tokenID, ActionID(cid)).
func ActionID(cidText string) ([]byte, error) {
	if len(cidText) == 0 || len(cidText) > maxCIDString {
		return nil, fmt.Errorf("action cid: length %d out of range", len(cidText))
	}
	c, err := cid.Decode(cidText)
	if err != nil {
		return nil, fmt.Errorf("action cid %q: %w", cidText, err)
	}
	return c.Hash(), nil
}
