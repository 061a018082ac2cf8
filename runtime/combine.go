package runtime

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Combiner signs during a run: the node checks the permission as it does
// for signEcdsa, takes part in the signature with the request's other
// nodes, exchanges the shares with them over the run's channel, verifies
// each and combines them. It returns the 65-byte signature (r || s || v,
// v 0 or 1) or an error that says why (a bad share names its node).
type Combiner interface {
	SignAndCombine(ctx context.Context, sr SignRequest) ([]byte, error)
}

// combinedSig is what signAndCombineEcdsa resolves with, JSON-encoded as
// Lit's does: r and s as 0x-hex, v 27 or 28, and the 65-byte signature.
type combinedSig struct {
	R         string `json:"r"`
	S         string `json:"s"`
	V         int    `json:"v"`
	Signature string `json:"signature"`
}

func (ss *session) signAndCombine(ctx context.Context, m *message) {
	sr, err := ss.signRequest(m)
	if err != nil {
		if e, ok := err.(*Error); ok {
			ss.fail(e)
			return
		}
		ss.reply(m.ID, nil, err)
		return
	}
	c := ss.req.Combiner
	if c == nil {
		ss.reply(m.ID, nil, fmt.Errorf("signAndCombineEcdsa: this node cannot sign during a run"))
		return
	}
	ss.res.Combined = append(ss.res.Combined, *sr)
	req := *sr
	ss.async(ctx, m.ID, func(ctx context.Context) callOutcome {
		sig, err := c.SignAndCombine(ctx, req)
		if err != nil {
			return callOutcome{refusal: fmt.Errorf("signAndCombineEcdsa %q: %w", req.SigName, err)}
		}
		if len(sig) != 65 {
			return callOutcome{refusal: fmt.Errorf("signAndCombineEcdsa %q: signature of %d bytes", req.SigName, len(sig))}
		}
		v := int(sig[64])
		if v < 27 {
			v += 27
		}
		b, _ := json.Marshal(combinedSig{R: hexutil.Encode(sig[:32]), S: hexutil.Encode(sig[32:64]), V: v, Signature: hexutil.Encode(sig)})
		return callOutcome{value: string(b)}
	})
}
