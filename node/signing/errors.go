package signing

import (
	"fmt"
	"strings"

	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/p2p"
)

// CoordinationError is a run this node stopped because of another party:
// the coordinator's assignment, an equivocating, misbehaving or silent
// signer. Parties are the ones this node holds responsible (none when it
// cannot tell), and Proof says whether it holds evidence signed by them
// (transferable: anyone with the registry's peer IDs can check it).
type CoordinationError struct {
	Parties []party.ID
	Proof   bool
	Reason  string
	// Evidence are the signed objects that prove it, when Proof.
	Evidence [][]byte
}

func (e *CoordinationError) Error() string {
	who := "nobody named"
	if len(e.Parties) > 0 {
		ids := make([]string, len(e.Parties))
		for i, p := range e.Parties {
			ids[i] = string(p)
		}
		proof := "without proof"
		if e.Proof {
			proof = "with signed proof"
		}
		who = "responsible: " + strings.Join(ids, ",") + " (" + proof + ")"
	}
	return fmt.Sprintf("bad coordination: %s; %s", e.Reason, who)
}

// P2P is the client-visible refusal: p2p.CodeBadCoordination.
func (e *CoordinationError) P2P() *p2p.Error {
	return p2p.Errorf(p2p.CodeBadCoordination, "%s", truncate(e.Error(), 600))
}

func blame(p party.ID, proof bool, format string, args ...any) *CoordinationError {
	return &CoordinationError{Parties: []party.ID{p}, Proof: proof, Reason: fmt.Sprintf(format, args...)}
}

func nobody(format string, args ...any) *CoordinationError {
	return &CoordinationError{Reason: fmt.Sprintf(format, args...)}
}
