package signing

import (
	"encoding/json"
	"fmt"

	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
)

// Message types of the coordination (JSON in mpc.Envelope.Data, always
// point to point).
const (
	MsgReady   = "ready"   // member -> coordinator: my hash and key ID
	MsgDecline = "decline" // any -> others: I will not sign (reason, culprit, proof)
	MsgAssign  = "assign"  // coordinator -> every member: signed assignment
	MsgAbort   = "abort"   // coordinator -> every member: no signature (reason)
	MsgCommit  = "commit"  // signer -> signers: signed commitment and the assignment it answers
	MsgReveal  = "reveal"  // signer -> signers: signed reveal and the commitments the sender holds (echo)
	MsgAgree   = "agree"   // presign party -> parties: signature over the presignature's public data
)

// Message is one coordination message. Signed objects (Assign, Signed,
// Echo, Proof) are Signed encodings; receivers verify every signature
// before they use or forward one.
type Message struct {
	Type    string   `json:"t"`
	Hash    []byte   `json:"h,omitempty"`
	KeyID   []byte   `json:"k,omitempty"`
	Reason  string   `json:"r,omitempty"`
	Culprit party.ID `json:"c,omitempty"`
	Proof   [][]byte `json:"p,omitempty"`
	Assign  []byte   `json:"a,omitempty"`
	Signed  []byte   `json:"s,omitempty"`
	Echo    [][]byte `json:"e,omitempty"`
	Agree   []byte   `json:"g,omitempty"`
}

// Encode returns the JSON form.
func (m *Message) Encode() ([]byte, error) {
	b, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	if len(b) > MaxMessage {
		return nil, fmt.Errorf("message of %d bytes exceeds %d", len(b), MaxMessage)
	}
	return b, nil
}

// DecodeMessage decodes and bounds one coordination message. It checks the
// form only; signatures are checked where the objects are used.
func DecodeMessage(b []byte) (*Message, error) {
	if len(b) > MaxMessage {
		return nil, fmt.Errorf("message of %d bytes exceeds %d", len(b), MaxMessage)
	}
	var m Message
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("message: %w", err)
	}
	switch m.Type {
	case MsgReady, MsgDecline, MsgAssign, MsgAbort, MsgCommit, MsgReveal, MsgAgree:
	default:
		return nil, fmt.Errorf("message: unknown type %q", truncate(m.Type, 16))
	}
	if len(m.Hash) > 32 || len(m.KeyID) > 32 || len(m.Reason) > maxReason || len(m.Agree) > maxSig ||
		len(m.Assign) > MaxSigned || len(m.Signed) > MaxSigned {
		return nil, fmt.Errorf("message %s: field too large", m.Type)
	}
	if len(m.Echo) > mpc.MaxParties || len(m.Proof) > 4 {
		return nil, fmt.Errorf("message %s: too many signed objects", m.Type)
	}
	for _, e := range append(append([][]byte(nil), m.Echo...), m.Proof...) {
		if len(e) > MaxSigned {
			return nil, fmt.Errorf("message %s: signed object too large", m.Type)
		}
	}
	if m.Culprit != "" {
		if err := mpc.ValidPartyID(m.Culprit); err != nil {
			return nil, fmt.Errorf("message %s: culprit: %w", m.Type, err)
		}
	}
	return &m, nil
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}
