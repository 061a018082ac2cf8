package node

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"golang.org/x/sync/errgroup"

	"github.com/pkpnet/pkpnet/actionchan"
	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/ipfs"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node/signing"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/runtime"
	"github.com/pkpnet/pkpnet/wire"
)

var _ runtime.Peers = actionchan.Actions{}

// serveClients registers the execute and pkp-sign protocols.
func (n *Node) serveClients() {
	lim := n.sandbox.Limits()
	// A sign may run an on-demand presign of T signers (the node set's,
	// scaled like the signers' own wait).
	signTime := 3*n.cfg.ReadyTimeout + 3*n.cfg.RoundTimeout + signing.OnDemandTimeout(n.threshold())
	exec := p2p.HandlerOptions{
		MaxRequest: wire.MaxCodeSize + wire.MaxJSParamsSize + 64<<10, MaxResponse: 4 << 20,
		ReadTimeout: 30 * time.Second, Timeout: lim.WallTime + signTime,
		Rate: n.cfg.ClientRate, Burst: n.cfg.ClientBurst,
	}
	p2p.Handle(n.host, wire.ExecuteProtocol, exec, instrument(n, wire.ExecuteProtocol, n.handleExecute))
	sign := exec
	sign.MaxRequest = 64 << 10
	sign.Timeout = signTime
	p2p.Handle(n.host, wire.PKPSignProtocol, sign, instrument(n, wire.PKPSignProtocol, n.handlePKPSign))
	n.serveDecrypt()
}

// checkCommon validates the fields every request carries and authenticates
// it: the session signature must be this node's, for this protocol,
// request ID and body, under a valid wallet authorisation. Nothing is
// recorded here; the handler checks the capability and then calls
// n.record. It returns the grant and the nodes.
func (n *Node) checkCommon(ctx context.Context, c *wire.Common, proto protocol.ID, body auth.Body) (*auth.Grant, []party.ID, error) {
	if err := c.Validate(); err != nil {
		return nil, nil, err
	}
	if c.Epoch != n.epoch {
		// Unavailable, not a refusal: during an epoch switch the client and
		// some nodes may see different epochs for a moment; retry.
		return nil, nil, p2p.Errorf(p2p.CodeUnavailable, "epoch %d: this node serves epoch %d (an epoch switch may be under way; retry)", c.Epoch, n.epoch)
	}
	if cfg, _ := n.rootConfig(); cfg == nil {
		return nil, nil, p2p.Errorf(p2p.CodeUnavailable, "node has no root key yet")
	}
	// Permissions are read from the index: refuse while it may be wrong.
	if err := n.refuseUnsynced(); err != nil {
		return nil, nil, err
	}
	ns := n.members
	nodes := make([]party.ID, 0, len(c.Nodes))
	for _, s := range c.Nodes {
		q := party.ID(s)
		if _, ok := ns.Peer(q); !ok {
			return nil, nil, p2p.Errorf(p2p.CodeBadRequest, "node %q is not in the node set of epoch %d", truncate(s, 16), n.epoch)
		}
		if slices.Contains(nodes, q) {
			return nil, nil, p2p.Errorf(p2p.CodeBadRequest, "node %s listed twice", q)
		}
		nodes = append(nodes, q)
	}
	if t := n.threshold(); len(nodes) < t {
		return nil, nil, p2p.Errorf(p2p.CodeBadRequest, "not enough nodes: %d in the request, need %d", len(nodes), t)
	}
	if !slices.Contains(nodes, n.self) {
		return nil, nil, p2p.Errorf(p2p.CodeBadRequest, "this node (%s) is not among the request's nodes", n.self)
	}
	if !slices.Contains(nodes, party.ID(c.Coordinator)) {
		return nil, nil, p2p.Errorf(p2p.CodeBadRequest, "coordinator %q is not among the request's nodes", truncate(c.Coordinator, 16))
	}
	g, err := n.verifier.Verify(ctx, &c.Session, string(proto), c.RequestID, body.Hash())
	if err != nil {
		return nil, nil, authError(err)
	}
	return g, nodes, nil
}

// authError maps a failed authentication to a refusal.
func authError(err error) error {
	msg := truncate(err.Error(), 300)
	switch {
	case errors.Is(err, auth.ErrChain):
		return p2p.Errorf(p2p.CodeUnavailable, "%s", msg)
	case errors.Is(err, auth.ErrQuota):
		return p2p.Errorf(p2p.CodeRateLimited, "%s", msg)
	case errors.Is(err, auth.ErrNotPermitted):
		return p2p.Errorf(p2p.CodeForbidden, "%s", msg)
	}
	return p2p.Errorf(p2p.CodeUnauthorized, "%s", msg)
}

// record remembers an authenticated, permitted request so that it is
// served once (replay state survives restarts).
func (n *Node) record(g *auth.Grant, requestID string) error {
	t0 := time.Now()
	defer func() { n.log.Debug("request recorded", "request", requestID, "took", time.Since(t0)) }()
	if err := n.replay.Record(g.Address, g.Capabilities.SessionKey, requestID, g.ReplayUntil, time.Now()); err != nil {
		if errors.Is(err, auth.ErrReplay) || errors.Is(err, auth.ErrQuota) {
			return authError(err)
		}
		n.log.Error("recording a request failed", "request", requestID, "err", err)
		return p2p.Errorf(p2p.CodeInternal, "could not record the request")
	}
	return nil
}

// serving enters a client request: it refuses while the node stops, and its
// context ends with the request or with the node's run; done leaves.
func (n *Node) serving(ctx context.Context) (context.Context, func(), error) {
	if !n.enter() {
		return nil, nil, p2p.Errorf(p2p.CodeUnavailable, "node is stopping")
	}
	ctx, cancel := context.WithCancel(ctx)
	stop := context.AfterFunc(n.runCtx, cancel)
	return ctx, func() { stop(); cancel(); n.leave() }, nil
}

// mayActionSign checks a signature an action asked for: the session must
// grant execute to the asking action for the PKP, and the PKP must permit
// the action, the caller's address or one of its verified auth methods
// (with scope) to sign.
func (n *Node) mayActionSign(g *auth.Grant, caller common.Address, ids []*auth.OIDCIdentity, action cid.Cid, job *signJob, scope contracts.Scope) error {
	if err := g.Capabilities.Permits(auth.AbilityExecute, action.String(), job.TokenID); err != nil {
		return errors.New(truncate(err.Error(), 300))
	}
	if !n.canSignAs(job.TokenID, []byte(action.Hash()), caller, ids, scope) {
		return fmt.Errorf("PKP %s permits neither action %s nor address %s%s to sign", job.TokenID, action, caller.Hex(), idsText(ids))
	}
	return nil
}

// requestKey is the value every node of a request derives the same way from
// it: hex(sha256(wallet signature bytes || 0x00 || requestId)). Sign
// sessions are named after it.
func requestKey(c *wire.Common) string {
	sig, _ := hexutil.Decode(c.Session.AuthSig.Sig) // verified already
	h := sha256.New()
	h.Write(sig)
	h.Write([]byte{0})
	h.Write([]byte(c.RequestID))
	return hex.EncodeToString(h.Sum(nil))
}

func (n *Node) handlePKPSign(ctx context.Context, _ peer.ID, req *wire.PKPSignRequest) (*wire.Response, error) {
	ctx, done, err := n.serving(ctx)
	if err != nil {
		return nil, err
	}
	defer done()
	hash, pubIn, err := req.Decode()
	if err != nil {
		return nil, err
	}
	g, nodes, err := n.checkCommon(ctx, &req.Common, wire.PKPSignProtocol, req.Body())
	if err != nil {
		return nil, err
	}
	ids, err := n.identities(ctx, &req.Common, g)
	if err != nil {
		return nil, err
	}
	caller := g.Address
	job, err := n.jobFor("sig", pubIn, hash)
	if err != nil {
		return nil, err
	}
	if err := g.Capabilities.Permits(auth.AbilityPKPSign, "", job.TokenID); err != nil {
		return nil, authError(err)
	}
	if !n.canSignAs(job.TokenID, nil, caller, ids, contracts.ScopeSignAnything) {
		if len(ids) > 0 {
			return nil, p2p.Errorf(p2p.CodeForbidden, "PKP %s permits neither address %s nor the auth method of the ID token (type %d, id %s) to sign",
				job.TokenID, caller.Hex(), ids[0].Type, hexutil.Encode(ids[0].ID))
		}
		return nil, p2p.Errorf(p2p.CodeForbidden, "address %s may not sign with PKP %s", caller.Hex(), job.TokenID)
	}
	if err := n.record(g, req.RequestID); err != nil {
		return nil, err
	}
	shares, err := n.signAll(ctx, newSignCtx(&req.Common, nodes), []*signJob{job})
	if err != nil {
		return nil, err
	}
	return &wire.Response{RequestID: req.RequestID, Party: string(n.self), Shares: n.devFault(shares)}, nil
}

func (n *Node) handleExecute(ctx context.Context, _ peer.ID, req *wire.ExecuteRequest) (*wire.Response, error) {
	// A request in flight when the node stops ends with the node.
	ctx, done, err := n.serving(ctx)
	if err != nil {
		return nil, err
	}
	defer done()
	if err := req.Validate(); err != nil {
		return nil, err
	}
	var want cid.Cid
	if req.IPFSID != "" {
		// The canonical CIDv0, whichever form (CIDv0 or its dag-pb CIDv1)
		// the request names it by.
		c, err := actionid.Parse(req.IPFSID)
		if err != nil {
			return nil, p2p.Errorf(p2p.CodeBadRequest, "ipfsId: %s", truncate(err.Error(), 300))
		}
		want = c
	}
	g, nodes, err := n.checkCommon(ctx, &req.Common, wire.ExecuteProtocol, req.Body())
	if err != nil {
		return nil, err
	}
	ids, err := n.identities(ctx, &req.Common, g)
	if err != nil {
		return nil, err
	}
	caller := g.Address
	// The capability check before the run covers the action: its CID is
	// the given one, or inline code's hash. The PKPs are checked per
	// signature after the run. The request is recorded before the run, so
	// a replay never runs the action again.
	ac := want
	if !ac.Defined() {
		if ac, err = actionid.CID([]byte(req.Code)); err != nil {
			return nil, p2p.Errorf(p2p.CodeBadRequest, "code: %v", err)
		}
	}
	actionCID := ac.String()
	if err := g.Capabilities.Permits(auth.AbilityExecute, actionCID); err != nil {
		return nil, authError(err)
	}
	if err := n.record(g, req.RequestID); err != nil {
		return nil, err
	}
	code := []byte(req.Code)
	if want.Defined() {
		if code, err = n.fetchAction(ctx, want); err != nil {
			return nil, err
		}
	}
	// The channel among this request's nodes (broadcastAndCollect,
	// runOnce): every node derives the same run key; the coordinator runs
	// runOnce functions.
	sc := newSignCtx(&req.Common, nodes)
	peers, err := n.actions.Open(sc.requestKey, nodes, sc.coord)
	if err != nil {
		return nil, p2p.Errorf(p2p.CodeBadRequest, "%s", truncate(err.Error(), 300))
	}
	defer peers.Close()
	combiner := &inRunSigner{n: n, g: g, caller: caller, ids: ids, action: ac, run: peers,
		sc:   sc,
		wait: 3*n.cfg.RoundTimeout + 10*time.Second}
	t0 := time.Now()
	res, err := n.sandbox.Run(ctx, runtime.Request{
		Code: code, JSParams: req.JSParams, ExpectedCID: want, AuthSigAddress: caller.Hex(), Host: n.chain,
		Peers: actionchan.Actions{R: peers}, Combiner: combiner, Loader: nodeLoader{n}, AuthMethodContexts: authContexts(ids),
		Decrypter: actionDecrypter{n},
	})
	n.log.Debug("action run done", "request", req.RequestID, "took", time.Since(t0))
	n.observeRun(err)
	if err != nil {
		return nil, runError(err, res)
	}
	var jobs []*signJob
	for _, s := range res.Signatures {
		job, err := n.jobFor(s.SigName, s.PublicKey, s.Hash)
		if err != nil {
			return nil, err
		}
		// A signature asked for by a nested action (Lit.Actions.call)
		// needs that action's permission.
		asker := res.CID
		if s.ActionCID.Defined() {
			asker = s.ActionCID
		}
		scope := contracts.ScopeSignAnything
		if s.Kind == runtime.SignEthPersonalSign {
			scope = contracts.ScopePersonalSign
		}
		if err := n.mayActionSign(g, caller, ids, asker, job, scope); err != nil {
			return nil, p2p.Errorf(p2p.CodeForbidden, "signature %q: %s", s.SigName, err)
		}
		jobs = append(jobs, job)
	}
	shares, err := n.signAll(ctx, combiner.sc, jobs)
	if err != nil {
		return nil, err
	}
	return &wire.Response{
		RequestID: req.RequestID, Party: string(n.self), Response: res.Response, Logs: res.Logs,
		ActionCID: res.CID.String(), Shares: n.devFault(shares), SigNames: sigNames(jobs),
	}, nil
}

// jobFor maps a signature request to its PKP.
func (n *Node) jobFor(sigName string, pub []byte, hash [32]byte) (*signJob, error) {
	tok, ok := n.index.PubkeyToTokenID(pub)
	if !ok {
		return nil, p2p.Errorf(p2p.CodeNotFound, "signature %q: no PKP has public key %s", sigName, hexutil.Encode(pub))
	}
	pkp, ok := n.index.PKP(tok)
	if !ok {
		return nil, p2p.Errorf(p2p.CodeNotFound, "signature %q: PKP %s not indexed", sigName, tok)
	}
	comp, ok := n.index.Pubkey(tok)
	if !ok {
		return nil, p2p.Errorf(p2p.CodeUnavailable, "signature %q: PKP %s has no key yet", sigName, tok)
	}
	return &signJob{SigName: sigName, TokenID: new(big.Int).Set(tok), KeyID: mpc.KeyID(pkp.KeyID), PubKey: comp, Hash: hash}, nil
}

// newSignCtx is a request's context for its sign runs.
func newSignCtx(c *wire.Common, nodes []party.ID) *signCtx {
	return &signCtx{requestID: c.RequestID, requestKey: requestKey(c), coord: party.ID(c.Coordinator), nodes: nodes}
}

// signAll runs every signature of a request concurrently.
func (n *Node) signAll(ctx context.Context, sc *signCtx, jobs []*signJob) ([]wire.SignatureShare, error) {
	if len(jobs) == 0 {
		return nil, nil
	}
	out := make([]*wire.SignatureShare, len(jobs))
	g, gctx := errgroup.WithContext(ctx)
	for i, j := range jobs {
		g.Go(func() error {
			sh, err := n.signOne(gctx, sc, j)
			out[i] = sh
			return err
		})
	}
	if err := g.Wait(); err != nil {
		var pe *p2p.Error
		if errors.As(err, &pe) {
			return nil, pe
		}
		n.log.Warn("signing failed", "request", sc.requestID, "err", err)
		return nil, p2p.Errorf(p2p.CodeUnavailable, "signing failed: %s", truncate(err.Error(), 300))
	}
	var shares []wire.SignatureShare
	for _, sh := range out {
		if sh != nil {
			shares = append(shares, *sh)
		}
	}
	return shares, nil
}

// runError maps a failed action run to a client-visible refusal.
func runError(err error, res *runtime.Result) error {
	msg := truncate(err.Error(), 1000)
	if res != nil && res.Logs != "" {
		msg += "; logs: " + truncate(res.Logs, 1000)
	}
	if runtime.IsLimit(err, runtime.LimitWallTime) {
		return p2p.Errorf(p2p.CodeTimeout, "%s: %s", wire.ActionTimeoutPrefix, msg)
	}
	switch runtime.KindOf(err) {
	case runtime.KindInvalidInput, runtime.KindScript, runtime.KindLimit, runtime.KindRefused:
		return p2p.Errorf(p2p.CodeBadRequest, "action failed: %s", msg)
	case runtime.KindCanceled:
		return p2p.Errorf(p2p.CodeTimeout, "action canceled: %s", msg)
	default:
		return p2p.Errorf(p2p.CodeUnavailable, "action could not run: %s", msg)
	}
}

// fetchAction gets an action's code by CID from the configured trustless
// gateways, verifying every block against its CID (the sandbox checks the
// root CID again).
func (n *Node) fetchAction(ctx context.Context, c cid.Cid) ([]byte, error) {
	var gws []string
	for _, g := range strings.Split(n.cfg.IPFSGateway, ",") {
		if g = strings.TrimSpace(g); g != "" {
			gws = append(gws, g)
		}
	}
	if len(gws) == 0 {
		return nil, p2p.Errorf(p2p.CodeBadRequest, "this node has no IPFS gateway: send the code inline")
	}
	fctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	f := &ipfs.Fetcher{Gateways: gws, MaxSize: wire.MaxCodeSize}
	code, err := f.Fetch(fctx, c)
	if err != nil {
		if errors.Is(err, ipfs.ErrNotFound) {
			return nil, p2p.Errorf(p2p.CodeNotFound, "fetch action %s: %s", c, truncate(err.Error(), 300))
		}
		return nil, p2p.Errorf(p2p.CodeUnavailable, "fetch action %s: %s", c, truncate(err.Error(), 300))
	}
	return code, nil
}

// nodeLoader loads nested actions (Lit.Actions.call) from the node's
// trustless gateways.
type nodeLoader struct{ n *Node }

var _ runtime.ActionLoader = nodeLoader{}

func (l nodeLoader) LoadAction(ctx context.Context, c cid.Cid) ([]byte, error) {
	return l.n.fetchAction(ctx, c)
}

// sigNames lists the signatures an action asked for, in its order.
func sigNames(jobs []*signJob) []string {
	out := make([]string, len(jobs))
	for i, j := range jobs {
		out[i] = j.SigName
	}
	return out
}

// DevFaultBadShare is the one Config.DevFault a node knows (TEST ONLY).
const DevFaultBadShare = "bad-share"

// checkDevFault refuses a dev fault outside a dev chain.
func checkDevFault(fault string, chainID uint64) error {
	switch {
	case fault == "":
		return nil
	case fault != DevFaultBadShare:
		return fmt.Errorf("devFault %q: the only test fault is %q", fault, DevFaultBadShare)
	case chainID != DevChainID:
		return fmt.Errorf("devFault %q is for client tests on a devnet and refused on chain %d (dev chain: %d)", fault, chainID, DevChainID)
	}
	return nil
}

// devFault applies Config.DevFault to the shares this node answers (TEST
// ONLY, dev chains only, see checkDevFault): "bad-share" flips a bit of
// every sigma, so the share fails the client's check against the signed
// presignature public data.
func (n *Node) devFault(shares []wire.SignatureShare) []wire.SignatureShare {
	if n.cfg.DevFault != DevFaultBadShare {
		return shares
	}
	for i := range shares {
		if b, err := hex.DecodeString(strings.TrimPrefix(shares[i].Sigma, "0x")); err == nil && len(b) > 0 {
			b[len(b)-1] ^= 1
			shares[i].Sigma = "0x" + hex.EncodeToString(b)
		}
	}
	return shares
}
