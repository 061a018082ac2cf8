// Package wire owns the wire types of pkpnet's client protocols
// (/pkpnet/execute/1.0.0 and /pkpnet/pkp-sign/1.0.0): what a client sends to
// each node of a request, and what every node answers. Nodes and the client
// library both use it; the framing (length-delimited JSON with size caps and
// structured p2p.Error refusals) is p2p's.
package wire

import (
	"encoding/json"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/p2p"
)

// Protocol IDs of the client protocols that carry these types.
var (
	ExecuteProtocol = p2p.ClientProtocolID("execute", "1.0.0")
	PKPSignProtocol = p2p.ClientProtocolID("pkp-sign", "1.0.0")
)

// Size limits of requests (checked by nodes before any work).
const (
	MaxRequestIDLen = 64
	MaxCodeSize     = 16 << 20 // the runtime's code limit (docs/runtime.md, "Limits")
	MaxJSParamsSize = 1 << 20
	MaxIPFSIDLen    = 256 // actionid.MaxCIDText
	// ActionTimeoutPrefix starts the message of the `timeout` error a node
	// returns when the action itself ran past its wall-time limit: the
	// same action times out on every honest node, so clients do not retry.
	ActionTimeoutPrefix = "action timed out"
	MaxNodes            = p2p.MaxNodes
)

// Common is the part every client request carries.
type Common struct {
	// RequestID is chosen by the client: 8..64 characters of [A-Za-z0-9_-].
	// The same ID goes to every node of one attempt; a retry uses a new one.
	RequestID string `json:"requestId"`
	// Session authenticates the caller: the wallet's session authorisation
	// (SIWE with a ReCap delegating to a session key) and the session key's
	// signature over this node's peer ID, the protocol, the request ID and
	// the body hash (docs/auth.md). Each node gets its own signature; the
	// only auth form there is.
	Session auth.SessionSig `json:"session"`
	// Epoch is the node-set epoch the client read; nodes refuse another.
	Epoch uint64 `json:"epoch"`
	// Coordinator is the party ID of the node that assigns presignatures.
	// It must be one of Nodes.
	Coordinator string `json:"coordinator"`
	// Nodes are the party IDs the client sent this same request to. Signer
	// sets are chosen among them; it has at least T entries.
	Nodes []string `json:"nodes"`
	// AuthMethods are credentials of auth methods (an OIDC ID token) that
	// may sign with a PKP that permits them (docs/auth.md, "OIDC"). At
	// most MaxAuthMethods.
	AuthMethods []AuthMethod `json:"authMethods,omitempty"`
}

// MaxAuthMethods caps Common.AuthMethods.
const MaxAuthMethods = 4

// AuthMethod is one auth method credential.
type AuthMethod struct {
	// AuthMethodType: 10 (auth.AuthMethodOIDC) is the only one nodes verify.
	AuthMethodType uint64 `json:"authMethodType"`
	// AccessToken is the credential: an OIDC ID token (a JWT).
	AccessToken string `json:"accessToken"`
}

// ExecuteRequest asks a node to run an action and release signature shares
// for the signatures it requests.
type ExecuteRequest struct {
	Common
	// Code is the inline action (UTF-8 JavaScript). Exactly one of Code and
	// IPFSID is set.
	Code string `json:"code,omitempty"`
	// IPFSID is the action's CID when the node is to fetch the code from
	// its IPFS gateway: its CIDv0 or its dag-pb CIDv1 (actionid.Parse; the
	// node reads either as the CIDv0).
	IPFSID string `json:"ipfsId,omitempty"`
	// JSParams is a JSON object whose keys become globals of the action.
	JSParams json.RawMessage `json:"jsParams,omitempty"`
}

// PKPSignRequest asks a node to sign a 32-byte hash with a PKP directly, as a
// permitted address (the session's wallet address) with the sign-anything scope.
type PKPSignRequest struct {
	Common
	// ToSign is the 32-byte message hash, 0x-hex.
	ToSign string `json:"toSign"`
	// PubKey is the PKP's public key, 0x-hex, 33 or 65 bytes.
	PubKey string `json:"pubKey"`
}

// Body returns the fields of the request that its session signature's body
// hash covers (auth.Body.Hash).
func (r *ExecuteRequest) Body() auth.Body {
	return auth.Body{Kind: auth.KindExecute, RequestID: r.RequestID, Epoch: r.Epoch, Coordinator: r.Coordinator,
		Nodes: r.Nodes, Code: r.Code, IPFSID: r.IPFSID, JSParams: r.JSParams}
}

// Body returns the fields of the request that its session signature's body
// hash covers (auth.Body.Hash).
func (r *PKPSignRequest) Body() auth.Body {
	return auth.Body{Kind: auth.KindPKPSign, RequestID: r.RequestID, Epoch: r.Epoch, Coordinator: r.Coordinator,
		Nodes: r.Nodes, ToSign: r.ToSign, PubKey: r.PubKey}
}

// Response is one node's answer to an execute or pkp-sign request. Refusals
// come back as p2p.Error instead, and consume no presignature.
type Response struct {
	RequestID string `json:"requestId"`
	Party     string `json:"party"` // the answering node's party ID
	// Response and Logs are the action's (execute only).
	Response string `json:"response,omitempty"`
	Logs     string `json:"logs,omitempty"`
	// ActionCID is the CIDv0 of the action that ran (execute only), in
	// whatever form the request named it by.
	ActionCID string `json:"actionCid,omitempty"`
	// Shares holds this node's signature shares, one per signature it was
	// selected to sign for. A node outside a signature's signer set has
	// no entry for it.
	Shares []SignatureShare `json:"shares,omitempty"`
	// SigNames lists every signature the action asked for (execute only),
	// whether or not this node was chosen to sign it, so that a client
	// notices a signature whose signers did not answer.
	SigNames []string `json:"sigNames,omitempty"`
}

// SignatureShare is one signer's share of one named signature, with
// everything a client needs to verify it and combine the signature without
// key material.
type SignatureShare struct {
	SigName string `json:"sigName"`
	// TokenID of the PKP, decimal.
	TokenID string `json:"tokenId"`
	// PubKey is the PKP's 33-byte compressed public key, 0x-hex.
	PubKey string `json:"pubKey"`
	// KeyID is the PKP's key ID, 0x-hex (32 bytes).
	KeyID string `json:"keyId"`
	// Hash is the signed 32-byte message hash, 0x-hex.
	Hash string `json:"hash"`
	// Entropy is the signer set's agreed re-randomization entropy, 0x-hex.
	Entropy string `json:"entropy"`
	// Signers is the signer set S, party IDs, sorted.
	Signers []string `json:"signers"`
	// Presign is the presignature's public data (mpc.PresignPublic binary), 0x-hex.
	Presign string `json:"presign"`
	// PresignID is the presignature's ID, 0x-hex.
	PresignID string `json:"presignId"`
	// Sigma is this signer's share of s, 0x-hex (32 bytes).
	Sigma string `json:"sigma"`
	// Party is the signer's party ID.
	Party string `json:"party"`

	// The transcript that lets anyone check the share's public fields and
	// prove a misbehaving party (docs/protocol.md, "Evidence"). Each entry
	// is a signing.Signed object, 0x-hex, signed by its author's node
	// identity key. At most MaxParties entries per list.

	// Assignment is the coordinator's signed assignment.
	Assignment string `json:"assignment,omitempty"`
	// Commitments are every signer's signed entropy commitment, as this
	// signer received them.
	Commitments []string `json:"commitments,omitempty"`
	// Reveals are every signer's signed entropy reveal.
	Reveals []string `json:"reveals,omitempty"`
	// PresignSigs maps each signer's party ID to its node identity
	// signature over the presignature's ID and public data (0x-hex).
	PresignSigs map[string]string `json:"presignSigs,omitempty"`
}
