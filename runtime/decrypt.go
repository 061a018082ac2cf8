package runtime

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"strings"
	"time"

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

const (
	callDecryptAndCombine   = "decryptAndCombine"
	callDecryptToSingleNode = "decryptToSingleNode"
)

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
	return j.decrypt(call, callDecryptAndCombine)
}

// decryptToSingleNode({ciphertext}): as decryptAndCombine, but only the
// run's coordinator (Peers.Leader, the runOnce runner) receives the shares
// and decrypts: it resolves with the plaintext, every other node resolves
// with null once it released its share to the coordinator.
func (j *job) decryptToSingleNode(call goja.FunctionCall) goja.Value {
	return j.decrypt(call, callDecryptToSingleNode)
}

func (j *job) decrypt(call goja.FunctionCall, method string) goja.Value {
	o := j.argObject(call, method)
	ct := j.str(o, "ciphertext")
	if ct == "" {
		j.throw("%s: ciphertext is missing", method)
	}
	return j.call(method, decryptArgs{Ciphertext: ct})
}

// Single-node share messages: a tag byte, then a share or, when the node
// refused its share, the reason (so the coordinator need not wait for it).
const (
	singleShare   byte = 0
	singleRefusal byte = 1
	// maxRefusalReason caps the reason a node sends the coordinator.
	maxRefusalReason = 300
)

// decryptCall serves decryptAndCombine and decryptToSingleNode on the node
// side.
func (ss *session) decryptCall(ctx context.Context, m *message) {
	method := m.Method
	var a decryptArgs
	if err := json.Unmarshal(m.Args, &a); err != nil {
		ss.reply(m.ID, nil, fmt.Errorf("%s: bad arguments: %w", method, err))
		return
	}
	d, p := ss.req.Decrypter, ss.req.Peers
	if d == nil || d.KeySet() == nil {
		ss.reply(m.ID, nil, fmt.Errorf("%s: this node has no encryption key", method))
		return
	}
	if p == nil {
		ss.reply(m.ID, nil, fmt.Errorf("%s: this run has no channel to the other nodes", method))
		return
	}
	if ss.chanCalls >= ss.lim.ChannelCalls {
		ss.fail(limitErr(LimitChannelCalls, "more than %d channel calls", ss.lim.ChannelCalls))
		return
	}
	ss.chanCalls++
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(a.Ciphertext))
	if err != nil {
		ss.reply(m.ID, nil, fmt.Errorf("%s: ciphertext is not base64", method))
		return
	}
	ct, err := tdec.ParseCiphertext(raw)
	if err != nil {
		ss.reply(m.ID, nil, fmt.Errorf("%s: %w", method, err))
		return
	}
	if ss.chanIndex == nil {
		ss.chanIndex = map[string]uint32{}
	}
	capsule := ct.Capsule()
	id := capsule.Identity()
	prefix := "dec/"
	if method == callDecryptToSingleNode {
		prefix = "dec1/"
	}
	key := prefix + base64.RawURLEncoding.EncodeToString(id[:12])
	idx := ss.chanIndex[key]
	ss.chanIndex[key] = idx + 1
	set := d.KeySet()
	cid, caller := ss.res.CID.String(), ss.req.AuthSigAddress
	timeout := ss.lim.ChannelTimeout
	if method == callDecryptToSingleNode {
		log := ss.s.log
		ss.async(ctx, m.ID, func(ctx context.Context) callOutcome {
			return decryptSingle(ctx, d, p, set, ct, cid, caller, key, idx, timeout, log)
		})
		return
	}
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

// decryptSingle is decryptToSingleNode after the arguments checked out.
// Every node checks the ciphertext's access itself before it releases its
// share; a node other than the coordinator sends its share (or its
// refusal) to the coordinator only and resolves with null; the coordinator
// collects, verifies each share's proof, names the bad and silent ones and
// combines T good shares.
func decryptSingle(ctx context.Context, d Decrypter, p Peers, set *tdec.KeySet, ct *tdec.Ciphertext, cid, caller, key string, idx uint32, timeout time.Duration, log *slog.Logger) callOutcome {
	const method = callDecryptToSingleNode
	leader := p.Leader()
	own, err := d.DecryptShare(ctx, ct.Capsule(), cid, caller)
	if p.Self() != leader {
		msg := []byte{singleShare}
		if err == nil {
			var b []byte
			if b, err = own.MarshalBinary(); err == nil {
				msg = append(msg, b...)
			}
		}
		if err != nil {
			msg = append([]byte{singleRefusal}, truncate(err.Error(), maxRefusalReason)...)
		}
		if serr := p.SendTo([]string{leader}, key, idx, msg); serr != nil && err == nil {
			err = serr
		}
		if err != nil {
			return callOutcome{refusal: fmt.Errorf("%s: %w", method, err)}
		}
		return callOutcome{value: nil}
	}
	if err != nil {
		return callOutcome{refusal: fmt.Errorf("%s: %w", method, err)}
	}
	cctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	got, missing := p.Collect(cctx, key, idx, p.Others())
	shares := []*tdec.Share{own}
	var malformed, refused []string
	for _, party := range slices.Sorted(maps.Keys(got)) {
		s, reason, err := parseSingleShare(party, got[party])
		switch {
		case err != nil:
			malformed = append(malformed, party)
		case s == nil:
			refused = append(refused, fmt.Sprintf("%s (%q)", party, reason))
		default:
			shares = append(shares, s)
		}
	}
	pt, bad, err := set.Decrypt(ct, shares)
	for _, b := range bad {
		malformed = append(malformed, b.Party)
	}
	if err != nil {
		return callOutcome{refusal: fmt.Errorf("%s: %w (bad shares from %v, refused by %v, silent nodes %v)", method, err, malformed, refused, missing)}
	}
	if len(malformed) > 0 {
		log.Warn("decryptToSingleNode: bad decryption shares skipped", "nodes", malformed)
	}
	return callOutcome{value: string(pt)}
}

// parseSingleShare decodes what party sent the coordinator for
// decryptToSingleNode: its share, or the reason it refused (share nil).
func parseSingleShare(party string, v []byte) (*tdec.Share, string, error) {
	if len(v) == 0 {
		return nil, "", errors.New("empty message")
	}
	switch v[0] {
	case singleRefusal:
		return nil, truncate(strings.ToValidUTF8(string(v[1:]), "?"), maxRefusalReason), nil
	case singleShare:
		s, err := tdec.ParseShare(v[1:])
		if err != nil {
			return nil, "", err
		}
		if s.Party != party {
			return nil, "", fmt.Errorf("share of party %q sent by %q", truncate(s.Party, 16), truncate(party, 16))
		}
		return s, "", nil
	default:
		return nil, "", fmt.Errorf("unknown message tag %d", v[0])
	}
}
