package node_test

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/node/api"
	"github.com/pkpnet/pkpnet/p2p"
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

func execReq(c *cluster, code string, pub []byte, msg string, nodes []int, coord int) *api.ExecuteRequest {
	params := fmt.Sprintf(`{"toSign": %s, "publicKey": %q}`, strings.ReplaceAll(fmt.Sprint(hashOf(msg)), " ", ","), hexutil.Encode(pub))
	return &api.ExecuteRequest{Common: c.common(c.user, nodes, coord), Code: code, JSParams: []byte(params)}
}

// TestCluster runs three nodes in one process (devchain, real libp2p,
// real sandbox workers) through genesis, pool fill, pkp-sign, execute,
// refusals and a restart from the data dirs.
func TestCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-node cluster test")
	}
	c := newCluster(t, 3, 1)
	c.startAll(90 * time.Second)

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
	c.waitPool(90 * time.Second)
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

	tok, pub := c.mint()
	c.permitAction(tok, signAction)

	t.Run("pkp-sign", func(t *testing.T) {
		before := c.levels()
		h := sha256.Sum256([]byte("pkp-sign test"))
		req := &api.PKPSignRequest{Common: c.common(c.user, []int{1, 2, 3}, 1), ToSign: hexutil.Encode(h[:]), PubKey: hexutil.Encode(pub)}
		res := fanOut(c, api.PKPSignProtocol, []int{1, 2, 3}, req)
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
		res := fanOut(c, api.ExecuteProtocol, []int{1, 2, 3}, req)
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
		c.waitPool(60 * time.Second)
		before := c.levels()
		other := `(async () => { await Lit.Actions.signEcdsa({ toSign: new Uint8Array(toSign), publicKey, sigName: "x" }); })();`
		stranger, _ := crypto.GenerateKey()
		cases := []struct {
			name string
			req  func() *api.ExecuteRequest
			code p2p.ErrorCode
			msg  string
		}{
			{"action not permitted, caller not permitted", func() *api.ExecuteRequest {
				r := execReq(c, other, pub, "m", []int{1, 2, 3}, 1)
				r.AuthSig = c.authSig(stranger, time.Hour)
				return r
			}, p2p.CodeForbidden, "permits neither"},
			{"forged auth sig", func() *api.ExecuteRequest {
				r := execReq(c, signAction, pub, "m", []int{1, 2, 3}, 1)
				r.AuthSig.Address = crypto.PubkeyToAddress(stranger.PublicKey).Hex()
				return r
			}, p2p.CodeUnauthorized, "auth sig"},
			{"expired auth sig", func() *api.ExecuteRequest {
				r := execReq(c, signAction, pub, "m", []int{1, 2, 3}, 1)
				r.AuthSig = c.authSig(c.user, -time.Second)
				return r
			}, p2p.CodeUnauthorized, "expired"},
			{"wrong epoch", func() *api.ExecuteRequest {
				r := execReq(c, signAction, pub, "m", []int{1, 2, 3}, 1)
				r.Epoch++
				return r
			}, p2p.CodeBadRequest, "epoch"},
			{"too few nodes", func() *api.ExecuteRequest {
				return execReq(c, signAction, pub, "m", []int{1}, 1)
			}, p2p.CodeBadRequest, "not enough nodes"},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				res := fanOut(c, api.ExecuteProtocol, []int{1, 2, 3}, tc.req())
				for i, r := range res {
					var pe *p2p.Error
					if !errors.As(r.err, &pe) || pe.Code != tc.code || !strings.Contains(pe.Message, tc.msg) {
						t.Fatalf("node %d: got %v, want %s containing %q", i, r.err, tc.code, tc.msg)
					}
				}
			})
		}
		t.Run("replayed nonce", func(t *testing.T) {
			req := execReq(c, signAction, pub, "replay", []int{1, 2, 3}, 1)
			res := fanOut(c, api.ExecuteProtocol, []int{1, 2, 3}, req)
			if _, _, err := c.combine(res, "sig1", pub); err != nil {
				t.Fatal(err)
			}
			c.waitPool(60 * time.Second)
			before = c.levels()
			req.RequestID += "x"
			res = fanOut(c, api.ExecuteProtocol, []int{1, 2, 3}, req)
			for i, r := range res {
				var pe *p2p.Error
				if !errors.As(r.err, &pe) || pe.Code != p2p.CodeUnauthorized || !strings.Contains(pe.Message, "nonce") {
					t.Fatalf("node %d: got %v, want a replay refusal", i, r.err)
				}
			}
		})
		if after := c.levels(); fmt.Sprint(after) != fmt.Sprint(before) {
			t.Fatalf("pool levels changed by refused requests: %v -> %v", before, after)
		}
	})

	t.Run("restart", func(t *testing.T) {
		c.waitPool(60 * time.Second)
		root := c.nodes[0].RootKey()
		before := c.levels()
		c.stopAll()
		c.startAll(60 * time.Second)
		for i, nd := range c.nodes {
			if !bytes.Equal(nd.RootKey(), root) {
				t.Fatalf("node %s: root key changed", nd.Party())
			}
			if nd.KeygenRuns() != 0 {
				t.Fatalf("node %s ran keygen after a restart", nd.Party())
			}
			if fmt.Sprint(nd.PoolLevels()) != fmt.Sprint(before[i]) {
				t.Fatalf("node %s pool after restart %v, before %v", nd.Party(), nd.PoolLevels(), before[i])
			}
		}
		req := execReq(c, signAction, pub, "after restart", []int{1, 2, 3}, 3)
		if _, _, err := c.combine(fanOut(c, api.ExecuteProtocol, []int{1, 2, 3}, req), "sig1", pub); err != nil {
			t.Fatal(err)
		}
	})
}
