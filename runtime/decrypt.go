package runtime

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/dop251/goja"

	"github.com/pkpnet/pkpnet/tdec"
)

// Decrypter is the node's side of threshold decryption inside a run.
type Decrypter interface {
	// KeySet is the network encryption key set the shares verify against.
	KeySet() *tdec.KeySet
	// DecryptShare checks c's proof and its access for this run (an action
	// CID must be actionCID; conditions must hold for caller on confirmed
	// chain state) and returns this node's decryption share.
	DecryptShare(ctx context.Context, c *tdec.Capsule, actionCID, caller string) (*tdec.Share, error)
}

const callDecryptAndCombine = "decryptAndCombine"

type decryptArgs struct {
	Ciphertext string `json:"ciphertext"`
}

// decryptAndCombine({ciphertext}): ciphertext is the base64 of a pkpnet
// ciphertext (pkpnet encrypt). Every node of the request releases its share
// to the others over the run's channel; each combines T verified shares and
// resolves with the plaintext (UTF-8). The plaintext exists only inside the
// run. Lit's other fields (accessControlConditions, dataToEncryptHash,
// chain, authSig) are ignored: the ciphertext carries its access.
func (j *job) decryptAndCombine(call goja.FunctionCall) goja.Value {
	o := j.argObject(call, "decryptAndCombine")
	ct := j.str(o, "ciphertext")
	if ct == "" {
		j.throw("decryptAndCombine: ciphertext is missing")
	}
	return j.call(callDecryptAndCombine, decryptArgs{Ciphertext: ct})
}

// decryptCall serves decryptAndCombine on the node side.
func (ss *session) decryptCall(ctx context.Context, m *message) {
	var a decryptArgs
	if err := json.Unmarshal(m.Args, &a); err != nil {
		ss.reply(m.ID, nil, fmt.Errorf("decryptAndCombine: bad arguments: %w", err))
		return
	}
	d, p := ss.req.Decrypter, ss.req.Peers
	if d == nil || d.KeySet() == nil {
		ss.reply(m.ID, nil, errors.New("decryptAndCombine: this node has no encryption key"))
		return
	}
	if p == nil {
		ss.reply(m.ID, nil, errors.New("decryptAndCombine: this run has no channel to the other nodes"))
		return
	}
	if ss.chanCalls >= ss.lim.ChannelCalls {
		ss.fail(limitErr(LimitChannelCalls, "more than %d channel calls", ss.lim.ChannelCalls))
		return
	}
	ss.chanCalls++
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(a.Ciphertext))
	if err != nil {
		ss.reply(m.ID, nil, errors.New("decryptAndCombine: ciphertext is not base64"))
		return
	}
	ct, err := tdec.ParseCiphertext(raw)
	if err != nil {
		ss.reply(m.ID, nil, fmt.Errorf("decryptAndCombine: %w", err))
		return
	}
	if ss.chanIndex == nil {
		ss.chanIndex = map[string]uint32{}
	}
	capsule := ct.Capsule()
	id := capsule.Identity()
	key := "dec/" + base64.RawURLEncoding.EncodeToString(id[:12])
	idx := ss.chanIndex[key]
	ss.chanIndex[key] = idx + 1
	set := d.KeySet()
	cid, caller := ss.res.CID.String(), ss.req.AuthSigAddress
	timeout := ss.lim.ChannelTimeout
	ss.async(ctx, m.ID, func(ctx context.Context) callOutcome {
		own, err := d.DecryptShare(ctx, capsule, cid, caller)
		if err != nil {
			return callOutcome{refusal: fmt.Errorf("decryptAndCombine: %w", err)}
		}
		b, err := own.MarshalBinary()
		if err != nil {
			return callOutcome{refusal: fmt.Errorf("decryptAndCombine: %w", err)}
		}
		if err := p.Broadcast(key, idx, b); err != nil {
			return callOutcome{refusal: fmt.Errorf("decryptAndCombine: %w", err)}
		}
		cctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		got, missing := p.Collect(cctx, key, idx, p.Others())
		shares := []*tdec.Share{own}
		var malformed []string
		for party, v := range got {
			s, err := tdec.ParseShare(v)
			if err != nil || s.Party != party {
				malformed = append(malformed, party)
				continue
			}
			shares = append(shares, s)
		}
		pt, bad, err := set.Decrypt(ct, shares)
		if err != nil {
			for _, b := range bad {
				malformed = append(malformed, b.Party)
			}
			return callOutcome{refusal: fmt.Errorf("decryptAndCombine: %w (bad shares from %v, silent nodes %v)", err, malformed, missing)}
		}
		return callOutcome{value: string(pt)}
	})
}
