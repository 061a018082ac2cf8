package node_test

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/devchain"
	"github.com/pkpnet/pkpnet/node"
	"github.com/pkpnet/pkpnet/node/signing"
	"github.com/pkpnet/pkpnet/node/signing/signingtest"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/wire"
)

const signAction = `(async () => {
  await Lit.Actions.signEcdsa({ toSign: new Uint8Array(toSign), publicKey, sigName: "sig1" });
  Lit.Actions.setResponse({ response: "signed" });
  console.log("hello from the action");
})();`

func hashOf(s string) []int {
	h := sha256.Sum256([]byte(s))
	out := make([]int, 32)
	for i, b := range h {
		out[i] = int(b)
	}
	return out
}

func execReq(c *cluster, code string, pub []byte, msg string, nodes []int, coord int) *wire.ExecuteRequest {
	params := fmt.Sprintf(`{"toSign": %s, "publicKey": %q}`, strings.ReplaceAll(fmt.Sprint(hashOf(msg)), " ", ","), hexutil.Encode(pub))
	return &wire.ExecuteRequest{Common: c.common(c.user, nodes, coord), Code: code, JSParams: []byte(params)}
}

// TestCluster runs three nodes in one process (devchain, real libp2p,
// real sandbox workers) through genesis, pool fill, pkp-sign, execute,
// refusals and a restart from the data dirs.
func TestCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-node cluster test")
	}
	c := newCluster(t, 3, 1)
	c.startAll(slow * 90 * time.Second)

	t.Run("genesis", func(t *testing.T) {
		root := c.nodes[0].RootKey()
		if len(root) != 33 {
			t.Fatalf("root key %x", root)
		}
		for _, nd := range c.nodes {
			if !bytes.Equal(nd.RootKey(), root) {
				t.Fatalf("node %s root %x, node 1 %x", nd.Party(), nd.RootKey(), root)
			}
			if !bytes.Equal(nd.Index().RootKey(), root) || nd.Index().RootKeyEpoch() != nd.Epoch() {
				t.Fatalf("node %s: chain root key not active for epoch %d", nd.Party(), nd.Epoch())
			}
			if nd.KeygenRuns() != 1 {
				t.Fatalf("node %s ran keygen %d times", nd.Party(), nd.KeygenRuns())
			}
		}
	})
	c.waitPool(slow * 90 * time.Second)
	t.Run("pool levels", func(t *testing.T) {
		for _, nd := range c.nodes {
			lv := nd.PoolLevels()
			if len(lv) != 2 {
				t.Fatalf("node %s coordinates %d signer sets, want 2: %v", nd.Party(), len(lv), lv)
			}
			for k := range lv {
				if !strings.Contains(k, nd.Party()) {
					t.Fatalf("node %s level for a set without it: %s", nd.Party(), k)
				}
			}
		}
		info, err := p2p.Handshake(t.Context(), c.client.LibP2P(), c.nodes[0].PeerID(), &p2p.HandshakeRequest{})
		if err != nil {
			t.Fatal(err)
		}
		if info.RootKey != fmt.Sprintf("%x", c.nodes[0].RootKey()) || info.Party != "1" || !maps.Equal(info.PoolLevels, c.nodes[0].PoolLevels()) {
			t.Fatalf("handshake %+v", info)
		}
	})

	t.Run("control protocol is for nodes only", func(t *testing.T) {
		_, err := p2p.Call[map[string]any, map[string]any](t.Context(), c.client.LibP2P(), c.nodes[0].PeerID(),
			"/pkpnet/node/ctl/1.0.0", &map[string]any{"type": "keygen", "epoch": c.nodes[0].Epoch(), "session": "keygen/x"}, 4096)
		if err == nil {
			t.Fatal("a client used the node control protocol")
		}
	})

	t.Run("data dir in use", func(t *testing.T) {
		cfg := c.config(0)
		err := node.Run(t.Context(), cfg)
		if err == nil || !strings.Contains(err.Error(), "another node using this data dir") {
			t.Fatalf("got %v", err)
		}
	})

	tok, pub := c.mint()
	c.permitAction(tok, signAction)

	t.Run("pkp-sign", func(t *testing.T) {
		before := c.levels()
		h := sha256.Sum256([]byte("pkp-sign test"))
		req := &wire.PKPSignRequest{Common: c.common(c.user, []int{1, 2, 3}, 1), ToSign: hexutil.Encode(h[:]), PubKey: hexutil.Encode(pub)}
		res := fanOut(c, wire.PKPSignProtocol, []int{1, 2, 3}, req)
		sig, shares, err := c.combine(res, "sig", pub)
		if err != nil {
			t.Fatal(err)
		}
		if len(sig) != 65 || len(shares) != 2 {
			t.Fatalf("sig %d bytes, %d shares", len(sig), len(shares))
		}
		after := c.levels()
		key := strings.Join(shares[0].Signers, ",")
		if after[0][key] != before[0][key]-1 && after[0][key] != before[0][key] { // refill may already have run
			t.Fatalf("coordinator pool %s: %d -> %d", key, before[0][key], after[0][key])
		}
	})

	t.Run("execute", func(t *testing.T) {
		req := execReq(c, signAction, pub, "execute test", []int{1, 2, 3}, 2)
		res := fanOut(c, wire.ExecuteProtocol, []int{1, 2, 3}, req)
		if _, _, err := c.combine(res, "sig1", pub); err != nil {
			t.Fatal(err)
		}
		for i, r := range res {
			if r.resp.Response != "signed" || !strings.Contains(r.resp.Logs, "hello from the action") || r.resp.Party != fmt.Sprint(i) {
				t.Fatalf("node %d response %+v", i, r.resp)
			}
		}
	})

	t.Run("refusals consume nothing", func(t *testing.T) {
		// Pool levels move with the background refill, so the check is on
		// what a refusal could change: consumed presignatures and released
		// shares, at every node.
		before, shares := c.consumed(), c.sharesReleased()
		other := `(async () => { await Lit.Actions.signEcdsa({ toSign: new Uint8Array(toSign), publicKey, sigName: "x" }); })();`
		stranger, _ := crypto.GenerateKey()
		cases := []struct {
			name string
			req  func() *wire.ExecuteRequest
			code p2p.ErrorCode
			msg  string
		}{
			{"action not permitted, caller not permitted", func() *wire.ExecuteRequest {
				r := execReq(c, other, pub, "m", []int{1, 2, 3}, 1)
				c.signWith(r.RequestID, c.session(stranger))
				return r
			}, p2p.CodeForbidden, "permits neither"},
			{"forged session authorisation", func() *wire.ExecuteRequest {
				r := execReq(c, signAction, pub, "m", []int{1, 2, 3}, 1)
				// Names the owner, signed by a stranger.
				m, key, err := auth.SessionMessage(crypto.PubkeyToAddress(c.user.PublicKey), auth.SessionParams{Network: "nodetest", ChainID: devchain.ChainID})
				if err != nil {
					t.Fatal(err)
				}
				sig, _ := crypto.Sign(accounts.TextHash([]byte(m.String())), stranger)
				forged, err := auth.SessionFromAuthSig(auth.AuthSig{Sig: hexutil.Encode(sig), DerivedVia: auth.DerivedVia, SignedMessage: m.String()}, key, "nodetest")
				if err != nil {
					t.Fatal(err)
				}
				c.signWith(r.RequestID, forged)
				return r
			}, p2p.CodeUnauthorized, "wallet signature"},
			{"expired session", func() *wire.ExecuteRequest {
				r := execReq(c, signAction, pub, "m", []int{1, 2, 3}, 1)
				s, err := auth.NewSession(c.user, auth.SessionParams{Network: "nodetest", ChainID: devchain.ChainID,
					Now: time.Now().Add(-2 * time.Hour), Lifetime: time.Hour})
				if err != nil {
					t.Fatal(err)
				}
				c.signWith(r.RequestID, s)
				return r
			}, p2p.CodeUnauthorized, "expired"},
			{"wrong epoch", func() *wire.ExecuteRequest {
				r := execReq(c, signAction, pub, "m", []int{1, 2, 3}, 1)
				r.Epoch++
				return r
			}, p2p.CodeUnavailable, "epoch"}, // not a refusal: during an epoch switch the client retries
			{"too few nodes", func() *wire.ExecuteRequest {
				return execReq(c, signAction, pub, "m", []int{1}, 1)
			}, p2p.CodeBadRequest, "not enough nodes"},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				res := fanOut(c, wire.ExecuteProtocol, []int{1, 2, 3}, tc.req())
				for i, r := range res {
					var pe *p2p.Error
					if !errors.As(r.err, &pe) || pe.Code != tc.code || !strings.Contains(pe.Message, tc.msg) {
						t.Fatalf("node %d: got %v, want %s containing %q", i, r.err, tc.code, tc.msg)
					}
				}
			})
		}
		t.Run("replayed request", func(t *testing.T) {
			req := execReq(c, signAction, pub, "replay", []int{1, 2, 3}, 1)
			res := fanOut(c, wire.ExecuteProtocol, []int{1, 2, 3}, req)
			if _, _, err := c.combine(res, "sig1", pub); err != nil {
				t.Fatal(err)
			}
			before, shares = c.consumed(), c.sharesReleased()
			// The same request again (freshly signed per node: same session
			// key, same request ID).
			res = fanOut(c, wire.ExecuteProtocol, []int{1, 2, 3}, req)
			for i, r := range res {
				var pe *p2p.Error
				if !errors.As(r.err, &pe) || pe.Code != p2p.CodeUnauthorized || !strings.Contains(pe.Message, "replay") {
					t.Fatalf("node %d: got %v, want a replay refusal", i, r.err)
				}
			}
		})
		if after := c.consumed(); !slices.Equal(after, before) {
			t.Fatalf("refused requests consumed presignatures: %v -> %v", before, after)
		}
		if after := c.sharesReleased(); !slices.Equal(after, shares) {
			t.Fatalf("refused requests released shares: %v -> %v", shares, after)
		}
	})

	t.Run("on demand when the pool is empty", func(t *testing.T) {
		before := [2]int{c.nodes[0].Stats().OnDemandSigns, c.nodes[1].Stats().OnDemandSigns}
		for k := range 2 {
			h := sha256.Sum256([]byte(fmt.Sprint("on demand ", k)))
			req := &wire.PKPSignRequest{Common: c.common(c.user, []int{1, 2}, 1), ToSign: hexutil.Encode(h[:]), PubKey: hexutil.Encode(pub)}
			if _, _, err := c.combine(fanOut(c, wire.PKPSignProtocol, []int{1, 2}, req), "sig", pub); err != nil {
				t.Fatalf("request %d: %v", k, err)
			}
		}
		// Target 1: set {1,2} holds at most one presignature, so at least
		// the second request (sent before a refill could finish) presigned
		// on demand.
		for i := range 2 {
			if got := c.nodes[i].Stats().OnDemandSigns - before[i]; got < 1 || got > 2 {
				t.Fatalf("node %d signed on demand %d times, want 1 or 2", i+1, got)
			}
		}
	})

	t.Run("metrics, health and no secrets", func(t *testing.T) {
		c.waitPool(slow * 90 * time.Second) // /readyz wants a non-empty pool
		checkOps(t, c.nodes, &c.logs)
	})

	t.Run("nodes down", func(t *testing.T) {
		c.stop(2) // node 3
		start := time.Now()
		req := execReq(c, signAction, pub, "one node down", []int{1, 2, 3}, 1)
		if _, _, err := c.combine(fanOut(c, wire.ExecuteProtocol, []int{1, 2}, req), "sig1", pub); err != nil {
			t.Fatalf("one node of three down: %v", err)
		}
		t.Logf("one node down (silent in the request's node list): signed in %v", time.Since(start))
		c.stop(1) // node 2
		start = time.Now()
		req = execReq(c, signAction, pub, "two nodes down", []int{1, 2, 3}, 1)
		res := fanOut(c, wire.ExecuteProtocol, []int{1}, req)
		var pe *p2p.Error
		if !errors.As(res[1].err, &pe) || pe.Code != p2p.CodeUnavailable || !strings.Contains(pe.Message, "not enough nodes ready") || !strings.Contains(pe.Message, "silent: 2,3") {
			t.Fatalf("two nodes down: got %v", res[1].err)
		}
		if d := time.Since(start); d > slow*10*time.Second {
			t.Fatalf("refusal took %v", d)
		}
	})

	t.Run("restart", func(t *testing.T) {
		root := c.nodes[0].RootKey()
		c.stopAll()
		bad := c.config(0)
		bad.Passphrase = []byte("wrong passphrase")
		if err := node.Run(t.Context(), bad); err == nil || !strings.Contains(err.Error(), "wrong passphrase") {
			t.Fatalf("wrong passphrase: got %v", err)
		}
		c.startAll(slow * 60 * time.Second)
		for i, nd := range c.nodes {
			if !bytes.Equal(nd.RootKey(), root) {
				t.Fatalf("node %s: root key changed", nd.Party())
			}
			if nd.KeygenRuns() != 0 {
				t.Fatalf("node %s ran keygen after a restart", nd.Party())
			}
			if !maps.Equal(c.readyLevels[i], c.stopLevels[i]) {
				t.Fatalf("node %s pool after restart %v, at stop %v", nd.Party(), c.readyLevels[i], c.stopLevels[i])
			}
		}
		req := execReq(c, signAction, pub, "after restart", []int{1, 3}, 3)
		if _, _, err := c.combine(fanOut(c, wire.ExecuteProtocol, []int{1, 3}, req), "sig1", pub); err != nil {
			t.Fatal(err)
		}
	})

	// The Byzantine subset on real nodes: one malicious node at a time,
	// injected through node.Config.WrapTransport (signingtest) or, for a
	// bad sigma, by altering that node's answer (a node can put any bytes
	// in its own answer; the client's check is what is under test).
	t.Run("byzantine", func(t *testing.T) {
		sign := func(nodes []int, coord int, msg string) map[int]result {
			h := sha256.Sum256([]byte(msg))
			req := &wire.PKPSignRequest{Common: c.common(c.user, nodes, coord), ToSign: hexutil.Encode(h[:]), PubKey: hexutil.Encode(pub)}
			return fanOut(c, wire.PKPSignProtocol, nodes, req)
		}
		t.Run("malicious coordinator, wrong hash", func(t *testing.T) {
			c.evil[0].Set(signingtest.WrongHash(c.idKeys[0]))
			res := sign([]int{1, 2, 3}, 1, "wrong hash")
			c.evil[0].Set(nil)
			for _, i := range []int{2, 3} {
				who, proof := responsible(t, res[i].err)
				if !slices.Equal(who, []string{"1"}) || !proof {
					t.Fatalf("node %d: got %v, want bad_coordination naming 1 with proof", i, res[i].err)
				}
			}
			if _, _, err := c.combine(sign([]int{2, 3}, 2, "after wrong hash"), "sig", pub); err != nil {
				t.Fatalf("follow-up with another coordinator: %v", err)
			}
		})
		t.Run("equivocating signer", func(t *testing.T) {
			c.evil[1].Set(signingtest.Equivocate("2", c.idKeys[1], "1"))
			res := sign([]int{1, 2}, 1, "equivocation")
			c.evil[1].Set(nil)
			if res[1].err != nil {
				t.Fatalf("node 1 (honest): %v", res[1].err)
			}
			out := c.verify(res, "sig", pub)
			if out.Signature != nil || !slices.Equal(out.Named(), []party.ID{"2"}) || out.Culprits[0].Kind != signing.ProofEquivocation {
				t.Fatalf("named %v: %v, want 2 for equivocation", out.Named(), out.Err())
			}
			if _, _, err := c.combine(sign([]int{1, 3}, 1, "after equivocation"), "sig", pub); err != nil {
				t.Fatalf("follow-up without node 2: %v", err)
			}
		})
		t.Run("bad share", func(t *testing.T) {
			res := sign([]int{1, 2}, 2, "bad share")
			for i, r := range res {
				if r.err != nil {
					t.Fatalf("node %d: %v", i, r.err)
				}
			}
			sh := &res[2].resp.Shares[0]
			sigma, _ := hexutil.Decode(sh.Sigma)
			sigma[31] ^= 1
			sh.Sigma = hexutil.Encode(sigma)
			out := c.verify(res, "sig", pub)
			if out.Signature != nil || !slices.Equal(out.Named(), []party.ID{"2"}) || out.Culprits[0].Kind != signing.ProofShare {
				t.Fatalf("named %v: %v, want 2 for a bad share", out.Named(), out.Err())
			}
		})
	})
}

var responsibleRE = regexp.MustCompile(`responsible: ([0-9,]+) \((with signed proof|without proof)\)`)

// responsible parses a bad_coordination answer: the parties the node holds
// responsible and whether it holds proof. Any other code fails the test
// unless err is nil.
func responsible(t *testing.T, err error) ([]string, bool) {
	t.Helper()
	if err == nil {
		return nil, false
	}
	var pe *p2p.Error
	if !errors.As(err, &pe) || pe.Code != p2p.CodeBadCoordination {
		t.Fatalf("got %v, want a bad_coordination answer", err)
	}
	m := responsibleRE.FindStringSubmatch(pe.Message)
	if m == nil {
		return nil, false
	}
	return strings.Split(m[1], ","), m[2] == "with signed proof"
}
