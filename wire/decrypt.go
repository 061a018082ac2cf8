package wire

import (
	"errors"
	"fmt"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/tdec"
)

// DecryptProtocol carries threshold decryption share requests.
var DecryptProtocol = p2p.ClientProtocolID("decrypt", "1.0.0")

// MaxDecryptRequest bounds a decrypt request on the wire (JSON, base64
// capsule, session signature).
const MaxDecryptRequest = 2*tdec.MaxCapsuleLen + 64<<10

// DecryptRequest asks a node for its decryption share of a ciphertext whose
// access conditions the node evaluates on confirmed chain state.
// Common.Coordinator is one of Nodes (no coordination happens; nodes check
// it like every request's).
type DecryptRequest struct {
	Common
	// Capsule is the ciphertext's capsule (tdec binary encoding): header,
	// body hash and proof of knowledge of C1's discrete log. The encrypted
	// body never leaves the client.
	Capsule []byte `json:"capsule"`
}

// Body returns the fields the session signature's body hash covers.
func (r *DecryptRequest) Body() auth.Body {
	return auth.Body{Kind: auth.KindDecrypt, RequestID: r.RequestID, Epoch: r.Epoch, Coordinator: r.Coordinator,
		Nodes: r.Nodes, Capsule: r.Capsule}
}

// Validate checks the request's own fields (the node checks Common and the
// session).
func (r *DecryptRequest) Validate() (*tdec.Capsule, error) {
	if len(r.Capsule) == 0 {
		return nil, errors.New("no capsule")
	}
	c, err := tdec.ParseCapsule(r.Capsule)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// DecryptResponse is one node's decryption share.
type DecryptResponse struct {
	RequestID string `json:"requestId"`
	Party     string `json:"party"`
	// Share is the tdec share encoding: the party, D = (x_i + delta_id)*C1
	// and its DLEQ proof against the node's public share.
	Share []byte `json:"share"`
}

// Validate decodes the share and checks it names the answering party.
func (r *DecryptResponse) Validate() (*tdec.Share, error) {
	s, err := tdec.ParseShare(r.Share)
	if err != nil {
		return nil, err
	}
	if s.Party != r.Party {
		return nil, fmt.Errorf("share of party %q in the answer of party %q", s.Party, r.Party)
	}
	return s, nil
}
