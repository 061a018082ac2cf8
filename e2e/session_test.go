package e2e

import (
	"context"
	"crypto/ed25519"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/wire"
)

// rawPKPSign builds a pkp-sign request for every node of the devnet, without
// its session signature.
func rawPKPSign(t *testing.T, c *client.Client, pub, hash []byte) *wire.PKPSignRequest {
	t.Helper()
	nodes, epoch := c.Nodes()
	var parties []string
	for _, n := range nodes {
		parties = append(parties, n.Party)
	}
	rid := make([]byte, 16)
	copy(rid, randHash(t))
	return &wire.PKPSignRequest{
		Common: wire.Common{RequestID: "raw-" + hexutil.Encode(rid)[2:], Epoch: epoch, Coordinator: "1", Nodes: parties},
		ToSign: hexutil.Encode(hash), PubKey: hexutil.Encode(pub),
	}
}

// binding is node i's (0-based) request binding of req.
func binding(i int, req *wire.PKPSignRequest) auth.RequestBinding {
	now := time.Now()
	return auth.RequestBinding{
		Network: net.d.Network, PeerID: []byte(net.d.Nodes[i].PeerID), Protocol: string(wire.PKPSignProtocol),
		RequestID: req.RequestID, BodyHash: req.Body().Hash(), IssuedAt: now.UnixMilli(), ExpiresAt: now.Add(2 * time.Minute).UnixMilli(),
	}
}

// signedFor returns a copy of req signed by s for node i.
func signedFor(s *auth.Session, i int, req *wire.PKPSignRequest) *wire.PKPSignRequest {
	cp := *req
	cp.Session = s.Sign(binding(i, req))
	return &cp
}

// callRaw sends req to node i (0-based).
func callRaw(ctx context.Context, c *client.Client, i int, req *wire.PKPSignRequest) (*wire.Response, error) {
	return p2p.Call[wire.PKPSignRequest, wire.Response](ctx, c.Host().LibP2P(), net.d.Nodes[i].PeerID, wire.PKPSignProtocol, req, client.MaxResponse)
}

func wantRefusal(t *testing.T, what string, err error, code p2p.ErrorCode, msg string) {
	t.Helper()
	var pe *p2p.Error
	if !errors.As(err, &pe) || pe.Code != code || !strings.Contains(pe.Message, msg) {
		t.Fatalf("%s: got %v, want %s containing %q", what, err, code, msg)
	}
	t.Logf("%s: %v", what, err)
}

// TestSessionBinding: a session signature works only at the node, for the
// request and body it was made for; a request is served once per node,
// also across a node restart; and a SIWE made for a web site (another
// domain and URI) is no session authorisation.
func TestSessionBinding(t *testing.T) {
	ctx := ctxT(t, 4*time.Minute)
	ch := newChain(t, net.user)
	p, err := ch.MintPKP(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c := newClient(t, net.user, nil)
	s, err := c.Session()
	if err != nil {
		t.Fatal(err)
	}
	c.Handshake(ctx)

	// A request every node accepts.
	h := randHash(t)
	req := rawPKPSign(t, c, p.PubKeyBytes(), h)
	signed := make([]*wire.PKPSignRequest, len(net.d.Nodes))
	errs := make(chan error, len(net.d.Nodes))
	for i := range net.d.Nodes {
		signed[i] = signedFor(s, i, req)
		go func() {
			resp, err := callRaw(ctx, c, i, signed[i])
			if err == nil && resp.RequestID != req.RequestID {
				err = errors.New("answer for another request")
			}
			errs <- err
		}()
	}
	for range net.d.Nodes {
		if err := <-errs; err != nil {
			t.Fatalf("the original request: %v", err)
		}
	}

	// Node 1's copy at node 2, node 1's copy with another hash, the same
	// request again at node 1.
	_, err = callRaw(ctx, c, 1, signed[0])
	wantRefusal(t, "node 1's signature sent to node 2", err, p2p.CodeUnauthorized, "bad session signature")
	other := *signed[0]
	other.ToSign = hexutil.Encode(randHash(t))
	_, err = callRaw(ctx, c, 0, &other)
	wantRefusal(t, "same signature, another body", err, p2p.CodeUnauthorized, "bad session signature")
	_, err = callRaw(ctx, c, 0, signedFor(s, 0, req))
	wantRefusal(t, "replayed to the same node", err, p2p.CodeUnauthorized, "replay")

	// After a restart of node 1 the request is still refused there.
	if err := net.stop(0); err != nil {
		t.Fatal(err)
	}
	if err := net.start(0); err != nil {
		t.Fatal(err)
	}
	c.Handshake(ctx)
	_, err = callRaw(ctx, c, 0, signedFor(s, 0, req))
	wantRefusal(t, "replayed to the same node after its restart", err, p2p.CodeUnauthorized, "replay")

	// A SIWE the wallet signed for a web site login (domain evil.example,
	// URI https://evil.example/login) with a recap naming a session key
	// the phisher holds.
	m, key, err := auth.SessionMessage(crypto.PubkeyToAddress(net.user.PublicKey), auth.SessionParams{Network: net.d.Network, ChainID: c.ChainID()})
	if err != nil {
		t.Fatal(err)
	}
	m.Domain, m.URI = "evil.example", "https://evil.example/login"
	phished, err := auth.Sign(net.user, m)
	if err != nil {
		t.Fatal(err)
	}
	fresh := rawPKPSign(t, c, p.PubKeyBytes(), randHash(t))
	for i := range net.d.Nodes {
		b := binding(i, fresh)
		cp := *fresh
		cp.Session = auth.SessionSig{AuthSig: phished, Sig: hexutil.Encode(ed25519.Sign(key, b.SigningBytes())), IssuedAt: b.IssuedAt, ExpiresAt: b.ExpiresAt}
		_, err := callRaw(ctx, c, i, &cp)
		wantRefusal(t, "SIWE for another domain and URI", err, p2p.CodeUnauthorized, "URI")
	}
	waitPoolT(t)
}

// TestOutsiderFillsReplayState: a caller with a valid wallet signature who
// fills its replay quota at every node is refused further requests, and
// another caller's request still succeeds.
func TestOutsiderFillsReplayState(t *testing.T) {
	ctx := ctxT(t, 3*time.Minute)
	ch := newChain(t, net.user)
	p, err := ch.MintPKP(ctx)
	if err != nil {
		t.Fatal(err)
	}
	outsiderKey, _ := crypto.GenerateKey()
	outsider := newClient(t, outsiderKey, func(cfg *client.Config) { cfg.MaxAttempts = 1 })
	// Each request is authenticated (valid session), within its
	// capability (unrestricted), and recorded; the unpermitted action is
	// then refused at signing, so no presignature is used.
	for i := range replayQuota {
		_, err := outsider.Execute(ctx, client.ExecuteParams{Code: otherAction, JSParams: signParams(t, p.PubKey, randHash(t), "x")}, nil)
		var re *client.RequestError
		if !errors.As(err, &re) || !re.Refused || !strings.Contains(err.Error(), "permits neither") {
			t.Fatalf("outsider request %d: %v", i, err)
		}
	}
	_, err = outsider.Execute(ctx, client.ExecuteParams{Code: otherAction, JSParams: signParams(t, p.PubKey, randHash(t), "x")}, nil)
	if err == nil || !strings.Contains(err.Error(), "too many live requests") {
		t.Fatalf("outsider over its quota: %v", err)
	}
	t.Logf("outsider over its quota: %v", err)
	c := newClient(t, net.user, nil)
	h := randHash(t)
	r, err := c.PKPSign(ctx, p.PubKeyBytes(), h, nil)
	if err != nil {
		t.Fatalf("another caller while the outsider is at its quota: %v", err)
	}
	checkSig(t, "another caller", r.Signatures["sig"], p.PubKeyBytes(), h)
}
