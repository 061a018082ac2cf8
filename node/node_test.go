package node_test

import (
	"bytes"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/golang-jwt/jwt/v5"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/contracts/bindings"
	"github.com/pkpnet/pkpnet/devchain"
	"github.com/pkpnet/pkpnet/mpc"
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

// TestCluster runs three nodes in one process (a devnet: devchain, real
// libp2p, real sandbox workers) through genesis, pool fill, pkp-sign,
// execute, refusals, nodes down and the node-level Byzantine cases, with
// raw wire requests (e2e drives the same network through the client).
func TestCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-node cluster test")
	}
	c := newCluster(t, 3, 1)
	idp := newIDP(t)
	c.oidc = []auth.OIDCIssuer{{Issuer: idpIssuer, JWKSURL: idp.srv.URL, Audiences: []string{"pkpnet-app"}}}
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

	t.Run("decrypt", func(t *testing.T) { testDecrypt(t, c) })

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

	t.Run("execute by CIDv1, permitted by CIDv0", func(t *testing.T) { testExecuteByCIDv1(t, c, tok, pub) })

	t.Run("channel: broadcastAndCollect and runOnce agree on one random value", func(t *testing.T) {
		// Each node draws its own random value; runOnce makes the
		// coordinator's the one every node signs, and broadcastAndCollect
		// shows each node everyone's draw.
		code := `(async () => {
  const draw = () => ethers.utils.hexlify(crypto.getRandomValues(new Uint8Array(32)));
  const mine = draw();
  const all = await Lit.Actions.broadcastAndCollect({ name: "draws", value: mine });
  const nonce = await Lit.Actions.runOnce({ waitForResponse: true, name: "nonce" }, async () => draw());
  await Lit.Actions.signEcdsa({ toSign: ethers.utils.arrayify(ethers.utils.keccak256(nonce)), publicKey, sigName: "nonce" });
  Lit.Actions.setResponse({ response: JSON.stringify({ nonce, all, mine }) });
})();`
		c.permitAction(tok, code)
		req := execReq(c, code, pub, "unused", []int{1, 2, 3}, 2)
		res := fanOut(c, wire.ExecuteProtocol, []int{1, 2, 3}, req)
		type out struct {
			Nonce string   `json:"nonce"`
			All   []string `json:"all"`
			Mine  string   `json:"mine"`
		}
		got := map[int]out{}
		for i, r := range res {
			if r.err != nil {
				t.Fatalf("node %d: %v", i, r.err)
			}
			var o out
			if err := json.Unmarshal([]byte(r.resp.Response), &o); err != nil {
				t.Fatalf("node %d response %q: %v", i, r.resp.Response, err)
			}
			got[i] = o
		}
		draws := []string{got[1].Mine, got[2].Mine, got[3].Mine}
		for i, o := range got {
			if o.Nonce != got[1].Nonce {
				t.Fatalf("node %d nonce %s, node 1 %s", i, o.Nonce, got[1].Nonce)
			}
			if !slices.Equal(o.All, draws) {
				t.Fatalf("node %d collected %v, the draws were %v", i, o.All, draws)
			}
		}
		// The runner is the coordinator (node 2): the nonce is its draw
		// made inside runOnce, not one of the draws broadcast earlier.
		if slices.Contains(draws, got[1].Nonce) {
			t.Fatal("runOnce returned a broadcast draw")
		}
		if _, _, err := c.combine(res, "nonce", pub); err != nil {
			t.Fatalf("the nodes did not sign the same nonce: %v", err)
		}
	})

	t.Run("signAndCombineEcdsa: the combined signature inside the action", func(t *testing.T) {
		code := `(async () => {
  const sig = await Lit.Actions.signAndCombineEcdsa({ toSign: new Uint8Array(toSign), publicKey, sigName: "inrun" });
  Lit.Actions.setResponse({ response: sig });
})();`
		c.permitAction(tok, code)
		req := execReq(c, code, pub, "combined in the run", []int{1, 2, 3}, 1)
		res := fanOut(c, wire.ExecuteProtocol, []int{1, 2, 3}, req)
		h := sha256.Sum256([]byte("combined in the run"))
		addr, _ := mpc.PubkeyAddress(pub)
		var first string
		for i, r := range res {
			if r.err != nil {
				t.Fatalf("node %d: %v", i, r.err)
			}
			if len(r.resp.Shares) != 0 {
				t.Fatalf("node %d also released %d shares to the client", i, len(r.resp.Shares))
			}
			var o struct {
				R, S, Signature string
				V               int
			}
			if err := json.Unmarshal([]byte(r.resp.Response), &o); err != nil {
				t.Fatalf("node %d response %q: %v", i, r.resp.Response, err)
			}
			sig, err := hexutil.Decode(o.Signature)
			if err != nil || len(sig) != 65 || o.V != int(sig[64])+27 || o.R != hexutil.Encode(sig[:32]) || o.S != hexutil.Encode(sig[32:64]) {
				t.Fatalf("node %d signature %+v", i, o)
			}
			rec, err := crypto.Ecrecover(h[:], sig)
			if err != nil {
				t.Fatal(err)
			}
			rpub, _ := crypto.UnmarshalPubkey(rec)
			if crypto.PubkeyToAddress(*rpub) != addr {
				t.Fatalf("node %d: signature recovers to %s, the PKP is %s", i, crypto.PubkeyToAddress(*rpub), addr)
			}
			if first == "" {
				first = o.Signature
			} else if o.Signature != first {
				t.Fatalf("nodes disagree on the signature: %s and %s", first, o.Signature)
			}
		}
	})

	t.Run("OIDC: an ID token signs for the auth method a PKP permits", func(t *testing.T) {
		alice := auth.OIDCUserID(idpIssuer, "alice", "pkpnet-app")
		s := &contracts.Sender{Backend: c.chain.Client(), Key: c.user, ChainID: c.chain.ChainID}
		r, err := s.Transact(t.Context(), c.chain.Contracts.PKPPermissions, contracts.PermsABI.PackAddPermittedAuthMethod(tok,
			bindings.AuthMethod{AuthMethodType: new(big.Int).SetUint64(auth.AuthMethodOIDC), Id: alice, UserPubkey: []byte{}}, []*big.Int{big.NewInt(1)}), nil)
		if err != nil {
			t.Fatal(err)
		}
		c.waitIndexed(r.BlockNumber.Uint64())
		stranger, _ := crypto.GenerateKey() // a throwaway wallet: the ID token is the authority
		// The ID token is bound to stranger's session key by its nonce.
		nonce := auth.OIDCNonce("nodetest", c.session(stranger).Capabilities().SessionKey)
		h := sha256.Sum256([]byte("signed by alice's login"))
		sign := func(tokens ...string) map[int]result {
			req := &wire.PKPSignRequest{Common: c.common(stranger, []int{1, 2, 3}, 1), ToSign: hexutil.Encode(h[:]), PubKey: hexutil.Encode(pub)}
			for _, tk := range tokens {
				req.AuthMethods = append(req.AuthMethods, wire.AuthMethod{AuthMethodType: auth.AuthMethodOIDC, AccessToken: tk})
			}
			return fanOut(c, wire.PKPSignProtocol, []int{1, 2, 3}, req)
		}
		if _, _, err := c.combine(sign(idp.token(t, "alice", "pkpnet-app", nonce, time.Hour)), "sig", pub); err != nil {
			t.Fatalf("alice's token: %v", err)
		}
		// A malicious node saw alice's token in a request and replays it,
		// within its expiry, with a session of its own: refused, the nonce
		// is stranger's session key's.
		thief, _ := crypto.GenerateKey()
		replay := &wire.PKPSignRequest{Common: c.common(thief, []int{1, 2, 3}, 1), ToSign: hexutil.Encode(h[:]), PubKey: hexutil.Encode(pub)}
		replay.AuthMethods = []wire.AuthMethod{{AuthMethodType: auth.AuthMethodOIDC, AccessToken: idp.token(t, "alice", "pkpnet-app", nonce, time.Hour)}}
		replayed := fanOut(c, wire.PKPSignProtocol, []int{1, 2, 3}, replay)
		for _, tc := range []struct {
			name string
			res  map[int]result
			code p2p.ErrorCode
			msg  string
		}{
			{"no token", sign(), p2p.CodeForbidden, "may not sign with PKP"},
			{"an auth method the PKP does not permit", sign(idp.token(t, "bob", "pkpnet-app", nonce, time.Hour)), p2p.CodeForbidden, "nor the auth method of the ID token"},
			{"expired", sign(idp.token(t, "alice", "pkpnet-app", nonce, -time.Hour)), p2p.CodeUnauthorized, "expired"},
			{"wrong audience", sign(idp.token(t, "alice", "other-app", nonce, time.Hour)), p2p.CodeUnauthorized, "audience"},
			{"replayed with another session key", replayed, p2p.CodeUnauthorized, "ID token nonce is not bound to this session key"},
			{"no nonce", sign(idp.token(t, "alice", "pkpnet-app", "", time.Hour)), p2p.CodeUnauthorized, "ID token nonce is not bound to this session key"},
		} {
			for i, r := range tc.res {
				var pe *p2p.Error
				if !errors.As(r.err, &pe) || pe.Code != tc.code || !strings.Contains(pe.Message, tc.msg) {
					t.Fatalf("%s: node %d: %v, want %s %q", tc.name, i, r.err, tc.code, tc.msg)
				}
			}
		}
		// An action sees the verified auth method.
		code := `Lit.Actions.setResponse({ response: JSON.stringify(Lit.Auth.authMethodContexts) });`
		req := &wire.ExecuteRequest{Common: c.common(stranger, []int{1, 2, 3}, 1), Code: code}
		req.AuthMethods = []wire.AuthMethod{{AuthMethodType: auth.AuthMethodOIDC, AccessToken: idp.token(t, "alice", "pkpnet-app", nonce, time.Hour)}}
		for i, r := range fanOut(c, wire.ExecuteProtocol, []int{1, 2, 3}, req) {
			if r.err != nil {
				t.Fatalf("node %d: %v", i, r.err)
			}
			if !strings.Contains(r.resp.Response, hexutil.Encode(alice)) || !strings.Contains(r.resp.Response, `"subject":"alice"`) {
				t.Fatalf("node %d: contexts %s", i, r.resp.Response)
			}
		}
	})
	t.Run("decryptAndCombine: an action decrypts and signs the plaintext's hash", func(t *testing.T) { testDecryptInAction(t, c, tok, pub) })
	t.Run("decryptToSingleNode: only the coordinator decrypts", func(t *testing.T) { testDecryptToSingleNode(t, c, tok) })

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

	// A restart from the data dirs (root key, pool, wrong passphrase) is
	// e2e's TestRestart; here the stopped nodes come back for the rest.
	c.startAll(slow * 60 * time.Second)

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
		// An equivocating signer is e2e's TestEquivocatingSigner (through
		// the client) and node/signing's TestByzantine.
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

const idpIssuer = "https://idp.test"

// idp is a local OIDC issuer: its JWKS on 127.0.0.1.
type idp struct {
	srv *httptest.Server
	key *rsa.PrivateKey
}

func newIDP(t *testing.T) *idp {
	t.Helper()
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	p := &idp{key: k}
	p.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprintf(w, `{"keys":[{"kty":"RSA","kid":"k1","use":"sig","n":%q,"e":"AQAB"}]}`, base64.RawURLEncoding.EncodeToString(k.N.Bytes()))
	}))
	t.Cleanup(p.srv.Close)
	return p
}

// token mints an ID token; an empty nonce leaves the nonce claim out.
func (p *idp) token(t *testing.T, sub, aud, nonce string, valid time.Duration) string {
	t.Helper()
	claims := jwt.MapClaims{"iss": idpIssuer, "sub": sub, "aud": aud, "exp": time.Now().Add(valid).Unix()}
	if nonce != "" {
		claims["nonce"] = nonce
	}
	tok := jwt.NewWithClaims(jwt.SigningMethodRS256, claims)
	tok.Header["kid"] = "k1"
	s, err := tok.SignedString(p.key)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
