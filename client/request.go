package client

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	libp2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node/signing"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/wire"
)

// ExecuteParams is an action to run.
type ExecuteParams struct {
	// Code is the inline action. Exactly one of Code and IPFSID is set.
	Code string
	// IPFSID is the action's CID, for nodes to fetch from their gateway:
	// its CIDv0 or its dag-pb CIDv1 (actionid.Parse), sent as given.
	IPFSID string
	// JSParams become the action's globals: a JSON object, or nil.
	JSParams json.RawMessage
}

// Options tune one request.
type Options struct {
	// Session, when set, authenticates this request instead of the
	// client's session.
	Session *auth.Session
	// Exclude lists party IDs not to send the request to.
	Exclude []string
	// AuthMethods are auth method credentials sent with the request (an
	// OIDC ID token: wire.AuthMethod{AuthMethodType: auth.AuthMethodOIDC,
	// AccessToken: token}); a PKP that permits the auth method signs. The
	// token's nonce claim must bind it to the session that signs the
	// request: Client.OIDCNonce, or auth.OIDCNonce of Session's key.
	AuthMethods []wire.AuthMethod
	// Coordinator, when set, names the party that coordinates the first
	// attempt, if it is usable then; retries choose as usual. A caller
	// that knows where presignatures are pooled (pkpnet bench) uses it.
	Coordinator string
}

// Signature is one combined, verified signature.
type Signature struct {
	SigName   string         `json:"sigName"`
	TokenID   string         `json:"tokenId"`
	PubKey    string         `json:"pubKey"`     // 0x, 33 bytes compressed
	Address   common.Address `json:"pkpAddress"` // the PKP's Ethereum address
	Hash      string         `json:"signedHash"` // 0x, 32 bytes
	Signature string         `json:"signature"`  // 0x, 65 bytes [R || S || V], V in {0, 1}
	Signers   []string       `json:"signers"`
	PresignID string         `json:"presignId"`
	// OnDemand is true when the coordinator's signed assignment says the
	// signers presigned on demand for this signature (no pooled
	// presignature was available).
	OnDemand bool `json:"onDemand,omitempty"`
}

// Bytes returns the 65-byte signature.
func (s Signature) Bytes() []byte {
	b, _ := hex.DecodeString(trim0x(s.Signature))
	return b
}

// NodeError is one node's failure in one attempt.
type NodeError struct {
	Attempt int     `json:"attempt"`
	Party   string  `json:"party"`
	PeerID  peer.ID `json:"peerId"`
	Err     error   `json:"-"`
	// Code is the node's refusal code (p2p.ErrorCode), empty when the
	// failure was not a structured refusal.
	Code string `json:"code,omitempty"`
	// BadShare marks a node whose signature share failed verification.
	BadShare bool `json:"badShare,omitempty"`
}

func (e NodeError) Error() string { return fmt.Sprintf("node %s: %v", e.Party, e.Err) }

// MarshalJSON includes the error text.
func (e NodeError) MarshalJSON() ([]byte, error) {
	type plain NodeError
	return json.Marshal(struct {
		plain
		Error string `json:"error"`
	}{plain(e), e.Err.Error()})
}

// Result is the outcome of a request.
type Result struct {
	RequestID  string               `json:"requestId"` // of the successful attempt
	Signatures map[string]Signature `json:"signatures"`
	Response   string               `json:"response,omitempty"`
	Logs       string               `json:"logs,omitempty"`
	ActionCID  string               `json:"actionCid,omitempty"` // canonical CIDv0
	Attempts   int                  `json:"attempts"`
	// Coordinator and Nodes of the successful attempt.
	Coordinator string   `json:"coordinator"`
	Nodes       []string `json:"nodes"`
	// NodeErrors are the failures of every attempt, including ones that a
	// retry recovered from.
	NodeErrors []NodeError `json:"nodeErrors,omitempty"`
}

// RequestError is a request that failed. It names the nodes and why.
type RequestError struct {
	Msg        string
	NodeErrors []NodeError
	// Refused is true when the nodes refused the request (permission,
	// authentication, bad input): retrying the same request cannot succeed.
	Refused bool
	cause   error
}

func (e *RequestError) Error() string {
	var b strings.Builder
	b.WriteString(e.Msg)
	for i, g := range groupNodeErrors(e.NodeErrors) {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(g)
	}
	return b.String()
}

// groupNodeErrors prints identical errors once: "3 of 3 nodes: <err>" when
// several nodes said the same, "node 2: <err>" when one did. Groups keep
// the order of their first occurrence.
func groupNodeErrors(nes []NodeError) []string {
	var order []string
	parties := map[string][]string{}
	all := map[string]bool{}
	for _, ne := range nes {
		all[ne.Party] = true
		msg := fmt.Sprint(ne.Err)
		if _, ok := parties[msg]; !ok {
			order = append(order, msg)
		}
		if !slices.Contains(parties[msg], ne.Party) {
			parties[msg] = append(parties[msg], ne.Party)
		}
	}
	out := make([]string, 0, len(order))
	for _, msg := range order {
		ps := parties[msg]
		if len(ps) == 1 {
			out = append(out, fmt.Sprintf("node %s: %s", ps[0], msg))
			continue
		}
		sortParties(ps)
		out = append(out, fmt.Sprintf("%d of %d nodes (%s): %s", len(ps), len(all), strings.Join(ps, ", "), msg))
	}
	return out
}

func (e *RequestError) Unwrap() error { return e.cause }

// BadNodes lists the parties named for bad shares.
func (e *RequestError) BadNodes() []string { return badNodes(e.NodeErrors) }

func badNodes(nes []NodeError) []string {
	var out []string
	for _, ne := range nes {
		if ne.BadShare && !slices.Contains(out, ne.Party) {
			out = append(out, ne.Party)
		}
	}
	sortParties(out)
	return out
}

// BadNodes lists the parties named for bad shares in any attempt.
func (r *Result) BadNodes() []string { return badNodes(r.NodeErrors) }

// Execute runs an action on the network and returns its combined
// signatures, response and logs.
func (c *Client) Execute(ctx context.Context, p ExecuteParams, o *Options) (*Result, error) {
	if err := (&wire.ExecuteRequest{Code: p.Code, IPFSID: p.IPFSID, JSParams: p.JSParams}).Validate(); err != nil {
		return nil, invalid("execute", err)
	}
	if p.IPFSID != "" {
		if _, err := actionid.Parse(p.IPFSID); err != nil {
			return nil, invalid("execute", fmt.Errorf("ipfsId: %w", err))
		}
	}
	if len(p.JSParams) > 0 {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(p.JSParams, &obj); err != nil {
			return nil, fmt.Errorf("execute: jsParams must be a JSON object: %w", err)
		}
		// The body hash covers jsParams as sent: use the form the JSON
		// encoder sends (compact, HTML-escaped), so both ends hash the
		// same bytes.
		norm, err := json.Marshal(p.JSParams)
		if err != nil {
			return nil, fmt.Errorf("execute: jsParams: %w", err)
		}
		p.JSParams = norm
	}
	return c.do(ctx, o, wire.ExecuteProtocol, nil, func(cm wire.Common) any {
		return &wire.ExecuteRequest{Common: cm, Code: p.Code, IPFSID: p.IPFSID, JSParams: p.JSParams}
	})
}

// PKPSign signs a 32-byte hash with the PKP whose public key is pubKey (33
// or 65 bytes), as a permitted address: the caller's key must be permitted
// with the sign-anything scope (or own the PKP). The signature is named
// "sig".
func (c *Client) PKPSign(ctx context.Context, pubKey, hash []byte, o *Options) (*Result, error) {
	fields := wire.PKPSignRequest{ToSign: hexutil.Encode(hash), PubKey: hexutil.Encode(pubKey)}
	if err := fields.Validate(); err != nil {
		return nil, invalid("pkp-sign", err)
	}
	if _, err := mpc.ParsePubkey(pubKey); err != nil {
		return nil, fmt.Errorf("pkp-sign: public key: %w", err)
	}
	want := &expectSig{name: "sig", pubKey: pubKey, hash: hash}
	return c.do(ctx, o, wire.PKPSignProtocol, want, func(cm wire.Common) any {
		r := fields
		r.Common = cm
		return &r
	})
}

// invalid is a request that wire's Validate refuses, as the client's own
// error (not a node's refusal).
func invalid(what string, err error) error {
	var pe *p2p.Error
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %s", what, pe.Message)
	}
	return fmt.Errorf("%s: %w", what, err)
}

// expectSig is a signature the client knows it must get back.
type expectSig struct {
	name   string
	pubKey []byte
	hash   []byte
}

// refusal codes: the node looked at the request and said no. Retrying the
// same request with another signer set cannot change that.
func isRefusal(err error) (string, bool) {
	var pe *p2p.Error
	if !errors.As(err, &pe) {
		return "", false
	}
	switch pe.Code {
	case p2p.CodeBadRequest, p2p.CodeTooLarge, p2p.CodeUnauthorized, p2p.CodeForbidden, p2p.CodeNotFound:
		return string(pe.Code), true
	case p2p.CodeTimeout:
		// The action's own wall time: it runs as long on every node.
		return string(pe.Code), strings.HasPrefix(pe.Message, wire.ActionTimeoutPrefix)
	}
	return string(pe.Code), false
}

// statusCacheTTL is how long a handshake result is reused by requests.
const statusCacheTTL = 5 * time.Second

// registryCacheTTL is how long the node set read from the registry is reused.
const registryCacheTTL = 30 * time.Second

func (c *Client) usableStatuses(ctx context.Context, fresh bool) []NodeStatus {
	c.mu.Lock()
	nodes := c.nodes
	cached := make([]NodeStatus, 0, len(nodes))
	ok := !fresh
	for _, n := range nodes {
		s, have := c.statuses[n.Party]
		if !have || s.Info == nil && s.Err == nil {
			ok = false
			break
		}
		cached = append(cached, s)
	}
	stale := time.Since(c.statusAt) > statusCacheTTL
	// When this client's own requests used up every pool the handshake
	// reported, look again (the nodes refill in the background) rather
	// than send the next request to a coordinator that would presign on
	// demand. At most every 250 ms: the handshake is rate limited.
	if ok && !stale && time.Since(c.statusAt) > 250*time.Millisecond {
		left := 0
		for _, s := range cached {
			left += max(0, s.Pool()-c.debit[s.Party])
		}
		stale = left == 0
	}
	regStale := time.Since(c.nodesAt) > registryCacheTTL
	c.mu.Unlock()
	if ok && !stale {
		return cached
	}
	if regStale {
		if _, _, err := c.RefreshNodes(ctx); err != nil {
			c.log.Warn("re-reading the node set failed; using the last one", "err", err)
		}
	}
	sts := c.Handshake(ctx)
	if newerEpoch(sts) {
		// An epoch transition completed: follow it (docs/epochs.md).
		if _, ep, err := c.RefreshNodes(ctx); err != nil {
			c.log.Warn("re-reading the node set after an epoch switch failed", "err", err)
		} else {
			c.log.Info("the node set moved to a new epoch; following it", "epoch", ep)
			sts = c.Handshake(ctx)
		}
	}
	return sts
}

// do runs a request with retries. Each attempt goes to the usable nodes
// (reachable, same epoch, the root key PubkeyRouter holds) minus the ones
// excluded so far, with a coordinator the client chose itself
// (pickCoordinator). After a failed attempt:
//   - its coordinator coordinates no further attempt of this request while
//     another usable node has not failed as coordinator;
//   - a node that failed itself (no answer, a malformed or mismatched answer,
//     a share that fails verification, a missing share after answering) is
//     excluded from the next attempts; a node that answered with a
//     structured error (bad_coordination, timeout, unavailable, ...) stays
//     a member, since another party may have caused it;
//   - suspects are left out of the membership while at least T nodes
//     remain (leaveOut): a node held responsible by two or more others, or
//     one in strictly more failed attempts than any other.
//
// The request ends as refused only when so many nodes refuse it for
// request-level reasons (forbidden, unauthorized, bad_request, not_found,
// too_large) that no T of the rest can sign. MaxAttempts and RequestTimeout
// bound it.
func (c *Client) do(ctx context.Context, o *Options, proto protocol.ID, want *expectSig, build func(wire.Common) any) (*Result, error) {
	if o == nil {
		o = &Options{}
	}
	ctx, cancel := context.WithTimeout(ctx, c.cfg.RequestTimeout)
	defer cancel()
	var all []NodeError
	rootPub, err := c.RootKey(ctx)
	if err != nil {
		return nil, &RequestError{Msg: err.Error(), cause: err}
	}
	attempts := c.cfg.MaxAttempts
	rs := newRetryState(o.Exclude)
	var lastErr error
	for attempt := 1; attempt <= attempts; attempt++ {
		if err := ctx.Err(); err != nil {
			msg := "request cancelled"
			if lastErr != nil {
				msg = fmt.Sprintf("request stopped after %d attempts (%v): %v", attempt-1, err, lastErr)
			}
			return nil, &RequestError{Msg: msg, NodeErrors: all, cause: err}
		}
		sts := c.usableStatuses(ctx, attempt > 1)
		// Nodes between epochs serve again within seconds: wait for
		// them (bounded by SwitchWait and the request's timeout) rather
		// than fail with "not enough nodes".
		for wait, waited := 200*time.Millisecond, time.Duration(0); switching(sts, rs.excluded, c.Threshold()) && waited < c.cfg.SwitchWait; wait = min(2*wait, 2*time.Second) {
			c.log.Info("nodes are switching epochs; waiting for them", "wait", wait)
			select {
			case <-ctx.Done():
			case <-time.After(wait):
			}
			if ctx.Err() != nil {
				break
			}
			waited += wait
			sts = c.usableStatuses(ctx, true)
		}
		nodes, epoch := c.Nodes()
		t := mpc.Threshold(len(nodes))
		var usable []NodeStatus
		for _, s := range sts {
			switch {
			case rs.excluded[s.Party]:
			case s.Err != nil:
				all = append(all, NodeError{Attempt: attempt, Party: s.Party, PeerID: s.PeerID, Err: s.Err})
			default:
				usable = append(usable, s)
			}
		}
		if len(usable) < t {
			return nil, &RequestError{
				Msg:        fmt.Sprintf("not enough nodes: %d reachable, need %d", len(usable), t),
				NodeErrors: all, cause: ErrNotEnoughNodes,
			}
		}
		members, left := rs.members(usable, t)
		if len(left) > 0 {
			c.log.Info("leaving suspects out of the next attempt", "parties", left, "attempt", attempt)
		}
		coord, ok := pinnedCoordinator(members, o.Coordinator, rs.failedCoord)
		if ok {
			c.debitCoordinator(coord.Party)
		} else {
			coord = c.pickCoordinator(members, rs.failedCoord, rs.involved, rs.prev)
		}
		start := time.Now()
		res, nes, kinds, err := c.attempt(ctx, attempt, o, proto, want, build, members, coord, epoch, t, rootPub)
		all = append(all, nes...)
		if err == nil {
			c.coordinated(coord.Party, true, time.Since(start))
			res.Attempts = attempt
			res.NodeErrors = all
			return res, nil
		}
		var re *RequestError
		if errors.As(err, &re) && re.Refused {
			re.NodeErrors = all
			return nil, re
		}
		if kinds == nil {
			// Failed here, before any node was asked (e.g. signing the
			// auth sig): another attempt would fail the same way.
			return nil, &RequestError{Msg: err.Error(), NodeErrors: all, cause: err}
		}
		lastErr = err
		if rs.failed(coord.Party, kinds, nes) {
			c.coordinated(coord.Party, false, 0)
		}
		c.log.Info("retrying request with another coordinator", "attempt", attempt, "coordinator", coord.Party,
			"err", err, "excluded", keys(rs.excluded))
	}
	return nil, &RequestError{Msg: fmt.Sprintf("request failed after %d attempts: %v", attempts, lastErr), NodeErrors: all, cause: lastErr}
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sortParties(out)
	return out
}

type nodeAnswer struct {
	st   NodeStatus
	resp *wire.Response
	err  error
}

// answerKind classifies one node's answer in an attempt.
type answerKind int

const (
	answerOK      answerKind = iota // a response (with or without shares)
	answerRefused                   // a request-level refusal
	answerError                     // another structured error: bad_coordination, timeout, unavailable, ...
	answerNone                      // no answer, or a malformed or mismatched one
)

// attempt sends one request to every usable node with coordinator coord and
// combines the shares. It returns the node errors of this attempt and how
// each node answered; a *RequestError with Refused set when the request
// itself is refused.
func (c *Client) attempt(ctx context.Context, attempt int, o *Options, proto protocol.ID, want *expectSig,
	build func(wire.Common) any, usable []NodeStatus, coord NodeStatus, epoch uint64, t int, rootPub []byte) (*Result, []NodeError, map[string]answerKind, error) {
	parties := make([]string, len(usable))
	for i, s := range usable {
		parties[i] = s.Party
	}
	reqID := newRequestID()
	sess := o.Session
	if sess == nil {
		var err error
		if sess, err = c.Session(); err != nil {
			return nil, nil, nil, err
		}
	}
	req := build(wire.Common{RequestID: reqID, Epoch: epoch, Coordinator: coord.Party, Nodes: parties, AuthMethods: o.AuthMethods})
	signed, err := c.signPerNode(sess, proto, req, usable)
	if err != nil {
		return nil, nil, nil, err
	}
	attemptTimeout := AttemptTimeout(c.cfg.AttemptTimeout, c.cfg.ExecuteAttemptTimeout, proto == wire.ExecuteProtocol, t)
	actx, cancel := context.WithTimeout(ctx, attemptTimeout)
	defer cancel()
	answers := make([]nodeAnswer, len(usable))
	var wg sync.WaitGroup
	for i, s := range usable {
		wg.Add(1)
		go func() {
			defer wg.Done()
			answers[i] = nodeAnswer{st: s}
			resp, err := callNode(actx, c, s.PeerID, proto, signed[i])
			if err == nil && (resp.RequestID != reqID || resp.Party != s.Party) {
				err = fmt.Errorf("answer for request %q from party %q, want %q from %q", resp.RequestID, resp.Party, reqID, s.Party)
			}
			answers[i].resp, answers[i].err = resp, err
		}()
	}
	wg.Wait()

	var nes []NodeError
	kinds := make(map[string]answerKind, len(answers))
	refusals := 0
	var ok []nodeAnswer
	for _, a := range answers {
		if a.err != nil {
			code, refused := isRefusal(a.err)
			switch {
			case refused:
				refusals++
				kinds[a.st.Party] = answerRefused
			case code != "":
				kinds[a.st.Party] = answerError
			default:
				kinds[a.st.Party] = answerNone
			}
			// The stream's deadline is actx's and may fire a moment before
			// actx reports it: compare with the deadline itself.
			if dl, _ := actx.Deadline(); ctx.Err() == nil && code == "" && (actx.Err() != nil || !time.Now().Before(dl)) {
				a.err = fmt.Errorf("no answer within %s: %w", attemptTimeout, a.err)
			}
			nes = append(nes, NodeError{Attempt: attempt, Party: a.st.Party, PeerID: a.st.PeerID, Err: a.err, Code: code})
			continue
		}
		kinds[a.st.Party] = answerOK
		ok = append(ok, a)
	}
	if len(ok) < t && refusals > 0 && refusals > len(usable)-t {
		// So many nodes refused for request-level reasons that no T of the
		// others can sign: the request itself is refused. A refusal caused
		// by another party (bad_coordination) never counts here.
		return nil, nes, kinds, &RequestError{Msg: fmt.Sprintf("request refused by %d of %d nodes", refusals, len(usable)), Refused: true}
	}
	if len(ok) == 0 {
		return nil, nes, kinds, fmt.Errorf("no node answered with a result (coordinator %s)", coord.Party)
	}
	res, bad, err := combineAnswers(ok, rootPub, want, t)
	for _, b := range bad {
		b.Attempt = attempt
		nes = append(nes, b)
	}
	if err != nil {
		return nil, nes, kinds, err
	}
	res.RequestID, res.Coordinator, res.Nodes = reqID, coord.Party, parties
	return res, nes, kinds, nil
}

func callNode(ctx context.Context, c *Client, p peer.ID, proto protocol.ID, req any) (*wire.Response, error) {
	switch r := req.(type) {
	case *wire.ExecuteRequest:
		return p2p.Call[wire.ExecuteRequest, wire.Response](ctx, c.host.LibP2P(), p, proto, r, MaxResponse)
	case *wire.PKPSignRequest:
		return p2p.Call[wire.PKPSignRequest, wire.Response](ctx, c.host.LibP2P(), p, proto, r, MaxResponse)
	}
	return nil, fmt.Errorf("unknown request type %T", req)
}

// sigGroup is the shares of one sigName.
type sigGroup struct {
	name   string
	shares []wire.SignatureShare
	from   map[string]string // share party -> answering party
}

// combineAnswers verifies and combines the shares of every signature. It
// returns the node errors that name bad or missing shares.
func combineAnswers(ok []nodeAnswer, rootPub []byte, want *expectSig, t int) (*Result, []NodeError, error) {
	res := &Result{Signatures: map[string]Signature{}}
	// The action's response: the first answer's (every node ran the same
	// action on the same input).
	first := ok[0].resp
	res.Response, res.Logs, res.ActionCID = first.Response, first.Logs, first.ActionCID
	groups := map[string]*sigGroup{}
	var order []string
	var nes []NodeError
	peerOf := map[string]peer.ID{}
	answered := map[string]bool{}
	for _, a := range ok {
		peerOf[a.st.Party] = a.st.PeerID
		answered[a.st.Party] = true
		if len(a.resp.Shares) > 10*runtimeMaxSigs {
			nes = append(nes, NodeError{Party: a.st.Party, PeerID: a.st.PeerID, BadShare: true, Err: fmt.Errorf("%d shares in one answer", len(a.resp.Shares))})
			continue
		}
		for _, sh := range a.resp.Shares {
			if sh.Party != a.st.Party {
				nes = append(nes, NodeError{Party: a.st.Party, PeerID: a.st.PeerID, BadShare: true, Err: fmt.Errorf("share for %q claims party %q", sh.SigName, sh.Party)})
				continue
			}
			g := groups[sh.SigName]
			if g == nil {
				g = &sigGroup{name: sh.SigName, from: map[string]string{}}
				groups[sh.SigName] = g
				order = append(order, sh.SigName)
			}
			if _, dup := g.from[sh.Party]; dup {
				continue
			}
			g.from[sh.Party] = a.st.Party
			g.shares = append(g.shares, sh)
		}
	}
	// Every signature that at least T answering nodes say the action asked
	// for must come back: a result without it (its signers did not
	// answer) is a failed attempt, not a success. Fewer than T answers
	// cannot vouch for an execute result at all.
	if want == nil {
		if len(ok) < t {
			return nil, nes, fmt.Errorf("only %d nodes answered, need %d", len(ok), t)
		}
		listed := map[string]int{}
		for _, a := range ok {
			seen := map[string]bool{}
			for _, name := range a.resp.SigNames {
				if len(seen) < 10*runtimeMaxSigs && !seen[name] {
					seen[name] = true
					listed[name]++
				}
			}
		}
		var missing []string
		for name, k := range listed {
			if k >= t && groups[name] == nil {
				missing = append(missing, name)
			}
		}
		if len(missing) > 0 {
			slices.Sort(missing)
			return nil, nes, fmt.Errorf("no share for signature %s: its signers did not answer", strings.Join(missing, ", "))
		}
	}
	if want != nil && groups[want.name] == nil {
		// Nobody sent a share. Name the nodes that answered without one
		// only if none answered at all; otherwise the signer set is unknown.
		return nil, nes, fmt.Errorf("no share for signature %q", want.name)
	}
	var errs []string
	for _, name := range order {
		g := groups[name]
		sig, gnes, err := combineGroup(g, rootPub, want, answered, peerKeys(peerOf))
		for i := range gnes {
			gnes[i].PeerID = peerOf[gnes[i].Party]
		}
		nes = append(nes, gnes...)
		if err != nil {
			errs = append(errs, fmt.Sprintf("signature %q: %v", name, err))
			continue
		}
		res.Signatures[name] = *sig
	}
	if len(errs) > 0 {
		return nil, nes, errors.New(strings.Join(errs, "; "))
	}
	return res, nes, nil
}

// runtimeMaxSigs is the runtime's per-run signature limit (docs/runtime.md, "Limits").
const runtimeMaxSigs = 10

// combineGroup verifies the shares of one signature with the check the
// nodes use (signing.Verify) and combines them. It names a node
// (NodeError.BadShare) only when the shares prove it bad: an equivocation,
// a share whose signed transcript does not check out, or a sigma that
// fails against the public data every signer signed. A disagreement that
// no evidence resolves names nobody and is returned as an error, so that
// the caller retries with another signer set. There is no vote.
func combineGroup(g *sigGroup, rootPub []byte, want *expectSig, answered map[string]bool, keys signing.KeyRing) (*Signature, []NodeError, error) {
	exp := signing.Expect{RootPub: rootPub}
	if want != nil && want.name == g.name {
		exp.Hash, exp.PubKey = want.hash, want.pubKey
	}
	out := signing.Verify(g.shares, keys, exp)
	var nes []NodeError
	for _, c := range out.Culprits {
		nes = append(nes, NodeError{Party: string(c.Party), BadShare: true, Err: fmt.Errorf("signature %q: proven bad (%s): %s", g.name, c.Kind, c.Detail)})
	}
	if out.Signature == nil {
		for _, p := range out.Missing {
			if hasParty(nes, string(p)) {
				continue
			}
			why := "sent no good share"
			if !answered[string(p)] {
				why = "did not answer"
			}
			nes = append(nes, NodeError{Party: string(p), Err: fmt.Errorf("signer of %q %s", g.name, why)})
		}
		return nil, nes, out.Err()
	}
	s0 := out.Good[0]
	keyID, err := hexBytes(s0.KeyID, 32)
	if err != nil || len(keyID) != 32 {
		return nil, nes, errors.New("verified share without key ID")
	}
	derived, err := mpc.DerivePubkey(rootPub, mpc.KeyID(keyID))
	if err != nil {
		return nil, nes, fmt.Errorf("derive PKP key: %w", err)
	}
	hash, _ := hexBytes(s0.Hash, 32)
	// docs/invariants.md#I6, checked here again independently of Combine.
	addr, err := mpc.PubkeyAddress(derived)
	if err != nil {
		return nil, nes, err
	}
	if err := mpc.VerifySignature(derived, hash, out.Signature); err != nil {
		return nil, nes, fmt.Errorf("combined signature does not recover to %s: %w", addr, err)
	}
	pid, _ := hexBytes(s0.PresignID, mpc.PresignIDLen)
	return &Signature{
		SigName: g.name, TokenID: s0.TokenID, PubKey: "0x" + hex.EncodeToString(derived), Address: addr,
		Hash: "0x" + hex.EncodeToString(hash), Signature: "0x" + hex.EncodeToString(out.Signature),
		Signers: append([]string(nil), s0.Signers...), PresignID: "0x" + hex.EncodeToString(pid),
		OnDemand: out.Assignment != nil && out.Assignment.OnDemand,
	}, nes, nil
}

// peerKeys maps the answering parties to the identity keys of their peer
// IDs (from the registry): the keys the transcripts are signed with.
type peerKeys map[string]peer.ID

var _ signing.KeyRing = peerKeys(nil)

func (k peerKeys) PubKey(p party.ID) (libp2pcrypto.PubKey, error) {
	id, ok := k[string(p)]
	if !ok {
		return nil, fmt.Errorf("party %s did not answer", p)
	}
	return id.ExtractPublicKey()
}

func hasParty(nes []NodeError, p string) bool {
	for _, ne := range nes {
		if ne.Party == p {
			return true
		}
	}
	return false
}

func hexBytes(s string, max int) ([]byte, error) {
	h := trim0x(s)
	if len(h) > 2*max {
		return nil, fmt.Errorf("hex field longer than %d bytes", max)
	}
	return hex.DecodeString(h)
}

// sessionMargin: a session that expires sooner is renewed before a request.
const sessionMargin = time.Minute

// Session returns the client's session: Config.Session, or the one it
// created with Config.Key. A created session is renewed when it is about
// to expire; a given one is not (the caller renews it).
func (c *Client) Session() (*auth.Session, error) {
	c.sessMu.Lock()
	defer c.sessMu.Unlock()
	if s := c.session; s != nil && time.Until(s.Expiry()) > sessionMargin {
		return s, nil
	}
	if c.cfg.Key == nil {
		return nil, errors.New("client: the session expired and there is no wallet key to create another")
	}
	s, err := auth.NewSession(c.cfg.Key, auth.SessionParams{
		Network: c.cfg.Network, ChainID: c.chainID, Domain: c.cfg.Domain, Lifetime: c.cfg.SessionLifetime,
		// The client's own session grants what its methods use.
		Abilities: map[string][]auth.Caveat{auth.AbilityExecute: {{}}, auth.AbilityPKPSign: {{}}, auth.AbilityDecrypt: {{}}},
	})
	if err != nil {
		return nil, fmt.Errorf("client: create session: %w", err)
	}
	c.session = s
	return s, nil
}

// OIDCNonce is the nonce an OIDC ID token sent with this client's requests
// (Options.AuthMethods) must carry: auth.OIDCNonce of the network and the
// session key (docs/auth.md, "OIDC"). The app puts it in the OIDC
// authorization request. A session the client renews has a new key, so a
// token bound to the old one is refused: get the nonce, and the token,
// again after the session changes.
func (c *Client) OIDCNonce() (string, error) {
	s, err := c.Session()
	if err != nil {
		return "", err
	}
	return auth.OIDCNonce(c.cfg.Network, s.Capabilities().SessionKey), nil
}

// signPerNode returns, for each node, a copy of req carrying a session
// signature made for that node's peer ID.
func (c *Client) signPerNode(sess *auth.Session, proto protocol.ID, req any, nodes []NodeStatus) ([]any, error) {
	var body auth.Body
	switch r := req.(type) {
	case *wire.ExecuteRequest:
		body = r.Body()
	case *wire.PKPSignRequest:
		body = r.Body()
	default:
		return nil, fmt.Errorf("unknown request type %T", req)
	}
	hash := body.Hash()
	now := time.Now()
	out := make([]any, len(nodes))
	for i, n := range nodes {
		ss := sess.Sign(auth.RequestBinding{
			Network: c.cfg.Network, PeerID: []byte(n.PeerID), Protocol: string(proto), RequestID: body.RequestID,
			BodyHash: hash, IssuedAt: now.UnixMilli(), ExpiresAt: now.Add(c.cfg.RequestWindow).UnixMilli(),
		})
		switch r := req.(type) {
		case *wire.ExecuteRequest:
			cp := *r
			cp.Session = ss
			out[i] = &cp
		case *wire.PKPSignRequest:
			cp := *r
			cp.Session = ss
			out[i] = &cp
		}
	}
	return out, nil
}

// AttemptTimeout is how long one attempt waits for the nodes when T = t
// signers sign: base (Config.AttemptTimeout, for up to three signers)
// scaled with mpc.ScaledTimeout, since a sign without a pooled
// presignature runs a CMP presign of t parties inside the request. An
// execute attempt waits executeBase (Config.ExecuteAttemptTimeout, action
// wall time and a sign of up to three signers) plus the same extra signing
// time.
func AttemptTimeout(base, executeBase time.Duration, execute bool, t int) time.Duration {
	extra := mpc.ScaledTimeout(base, t) - base
	if execute {
		return executeBase + extra
	}
	return base + extra
}
