package wire

import (
	"regexp"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pkpnet/pkpnet/p2p"
)

// requestIDRE is the form of Common.RequestID.
var requestIDRE = regexp.MustCompile(`^[A-Za-z0-9_-]{8,64}$`)

// Validate checks the fields of c that need no node state: the request
// ID's form and the number of nodes. Errors are *p2p.Error, as a node
// returns them.
func (c *Common) Validate() error {
	if !requestIDRE.MatchString(c.RequestID) {
		return p2p.Errorf(p2p.CodeBadRequest, "requestId must be 8..%d characters of [A-Za-z0-9_-]", MaxRequestIDLen)
	}
	if len(c.Nodes) > MaxNodes {
		return p2p.Errorf(p2p.CodeBadRequest, "too many nodes: %d", len(c.Nodes))
	}
	return nil
}

// Validate checks the execute-specific fields of r (not Common): exactly
// one of Code and IPFSID, UTF-8 code, and the size limits. Errors are
// *p2p.Error, as a node returns them.
func (r *ExecuteRequest) Validate() error {
	if (r.Code == "") == (r.IPFSID == "") {
		return p2p.Errorf(p2p.CodeBadRequest, "exactly one of code and ipfsId must be set")
	}
	if len(r.Code) > MaxCodeSize {
		return p2p.Errorf(p2p.CodeTooLarge, "code exceeds %d bytes", MaxCodeSize)
	}
	if len(r.JSParams) > MaxJSParamsSize {
		return p2p.Errorf(p2p.CodeTooLarge, "jsParams exceed %d bytes", MaxJSParamsSize)
	}
	if len(r.IPFSID) > MaxIPFSIDLen {
		return p2p.Errorf(p2p.CodeTooLarge, "ipfsId exceeds %d bytes", MaxIPFSIDLen)
	}
	if !utf8.ValidString(r.Code) {
		return p2p.Errorf(p2p.CodeBadRequest, "code is not valid UTF-8")
	}
	return nil
}

// Validate checks the pkp-sign-specific fields of r (not Common). Errors
// are *p2p.Error, as a node returns them.
func (r *PKPSignRequest) Validate() error {
	_, _, err := r.Decode()
	return err
}

// Decode returns the pkp-sign-specific fields of r decoded: the 32-byte
// hash and the 33- or 65-byte public key (see Validate).
func (r *PKPSignRequest) Decode() (hash [32]byte, pubKey []byte, err error) {
	h, err := hexutil.Decode(r.ToSign)
	if err != nil || len(h) != 32 {
		return hash, nil, p2p.Errorf(p2p.CodeBadRequest, "toSign must be 32 bytes of 0x-hex")
	}
	pubKey, err = hexutil.Decode(r.PubKey)
	if err != nil || (len(pubKey) != 33 && len(pubKey) != 65) {
		return hash, nil, p2p.Errorf(p2p.CodeBadRequest, "pubKey must be a 33- or 65-byte public key in 0x-hex")
	}
	return [32]byte(h), pubKey, nil
}
