package runtime

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync/atomic"

	"github.com/dop251/goja"
	"github.com/ipfs/go-cid"

	"github.com/pkpnet/pkpnet/actionid"
)

// ActionLoader gets an action's code by CID, verified against it (the node:
// its trustless gateways). The sandbox checks the CID once more.
type ActionLoader interface {
	LoadAction(ctx context.Context, id cid.Cid) ([]byte, error)
}

const (
	callCall = "call"
	// MaxCallDepth bounds the action stack of Lit.Actions.call: the
	// top-level action and at most three nested calls.
	MaxCallDepth = 4
	// maxChildCalls bounds the Lit.Actions.call calls of one request: of
	// its action and all nested ones together (children run at once, each
	// on a worker process, so a per-run bound would allow 8+64+512).
	maxChildCalls = 8
)

type childArgs struct {
	IPFSID string          `json:"ipfsId"`
	Params json.RawMessage `json:"params,omitempty"`
}

// call({ipfsId, params}) runs the action with that CID with params as its
// jsParams and resolves with its response.
func (j *job) callAction(call goja.FunctionCall) goja.Value {
	o := j.argObject(call, "call")
	a := childArgs{IPFSID: j.str(o, "ipfsId")}
	if a.IPFSID == "" {
		j.throw("call: ipfsId is missing")
	}
	if p := o.Get("params"); p != nil && !goja.IsUndefined(p) && !goja.IsNull(p) {
		if _, ok := p.(*goja.Object); !ok {
			j.throw("call: params must be an object")
		}
		s, err := j.jsonStringify(goja.Undefined(), p)
		if err != nil {
			panic(err)
		}
		a.Params = json.RawMessage(s.String())
	}
	return j.call(callCall, a)
}

// childCall serves Lit.Actions.call: load the child by CID, run it in
// another worker with the same limits and the parent's remaining time,
// and merge its logs and signature requests into the parent's result
// (each signature request keeps the child's CID: the node checks its
// permission for the action that asked).
func (ss *session) childCall(ctx context.Context, m *message) {
	var a childArgs
	if err := json.Unmarshal(m.Args, &a); err != nil {
		ss.reply(m.ID, nil, fmt.Errorf("call: bad arguments: %w", err))
		return
	}
	// The canonical CIDv0, whichever form (CIDv0 or its dag-pb CIDv1)
	// the action names its child by.
	id, err := actionid.Parse(a.IPFSID)
	if err != nil {
		ss.reply(m.ID, nil, fmt.Errorf("call: ipfsId: %w", err))
		return
	}
	stack := append(append([]string(nil), ss.req.ParentActionIDs...), ss.res.CID.String())
	if len(stack) >= MaxCallDepth {
		ss.reply(m.ID, nil, fmt.Errorf("call: nesting deeper than %d actions", MaxCallDepth))
		return
	}
	if ss.req.childCalls == nil { // the top-level run: the request's budget
		ss.req.childCalls = new(atomic.Int32)
	}
	if ss.req.childCalls.Add(1) > maxChildCalls {
		ss.fail(limitErr(LimitChildCalls, "more than %d Lit.Actions.call calls in the request", maxChildCalls))
		return
	}
	loader := ss.req.Loader
	if loader == nil {
		ss.reply(m.ID, nil, fmt.Errorf("call: this node cannot load actions by CID"))
		return
	}
	child := Request{
		JSParams: a.Params, ExpectedCID: id, ParentActionIDs: stack, AuthSigAddress: ss.req.AuthSigAddress,
		Host: ss.req.Host, Loader: loader, childCalls: ss.req.childCalls,
	}
	ss.async(ctx, m.ID, func(ctx context.Context) callOutcome {
		code, err := loader.LoadAction(ctx, id)
		if err != nil {
			return callOutcome{refusal: fmt.Errorf("call %s: %w", id, err)}
		}
		child.Code = code
		res, err := ss.s.runChild(ctx, child)
		merge := func(ss *session) *Error {
			if res == nil {
				return nil
			}
			if res.Logs != "" {
				lines := strings.Split(res.Logs, "\n")
				for _, l := range lines {
					if ss.logs.Len()+len(l)+1 > ss.lim.LogBytes {
						return limitErr(LimitLog, "more than %d bytes of console output", ss.lim.LogBytes)
					}
					if ss.logs.Len() > 0 {
						ss.logs.WriteByte('\n')
					}
					ss.logs.WriteString(l)
				}
			}
			if err != nil {
				return nil
			}
			for _, s := range res.Signatures {
				if len(ss.res.Signatures)+len(ss.res.Combined) >= ss.lim.Signatures {
					return limitErr(LimitSignatures, "more than %d signatures requested", ss.lim.Signatures)
				}
				if ss.sigNames[s.SigName] {
					return &Error{Kind: KindRefused, Msg: fmt.Sprintf("sigName %q of action %s is already used in this run", s.SigName, id)}
				}
				ss.sigNames[s.SigName] = true
				if !s.ActionCID.Defined() {
					s.ActionCID = res.CID
				}
				ss.res.Signatures = append(ss.res.Signatures, s)
			}
			return nil
		}
		if err != nil {
			return callOutcome{refusal: fmt.Errorf("call %s: %w", id, err), apply: merge}
		}
		return callOutcome{value: res.Response, apply: merge}
	})
}

// runChild runs a nested action: on an idle worker if there is one,
// otherwise on a worker started for it (a parent holds its own worker, so
// waiting for the pool could wait for ever).
func (s *Sandbox) runChild(ctx context.Context, req Request) (*Result, error) {
	spec, id, err := s.prepare(req)
	if err != nil {
		return nil, err
	}
	var p *proc
	temporary := false
	select {
	case p = <-s.idle:
		if !p.alive() {
			s.replace(p)
			p = nil
		}
	default:
	}
	if p == nil {
		if p, err = s.startWorker(); err != nil {
			return nil, &Error{Kind: KindWorker, Msg: "start a worker for a nested action: " + err.Error()}
		}
		temporary = true
	}
	res := &Result{CID: id}
	sess := newSession(s, p, req, res)
	err = sess.run(ctx, spec)
	if temporary {
		p.stop()
	} else {
		s.release(p, sess.healthy)
	}
	return res, err
}
