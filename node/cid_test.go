package node_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/devchain"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/wire"
)

// testExecuteByCIDv1 (TestCluster): an action on the devnet's gateway,
// permitted on chain by its CIDv0 (the multihash), runs by its dag-pb
// CIDv1 for a caller whose only right to sign is the action's permission;
// a session restricted to the action in one form covers a request in the
// other; a raw CIDv1 with the same multihash names other bytes and is
// refused by every node before anything is consumed.
func testExecuteByCIDv1(t *testing.T, c *cluster, tok *big.Int, pub []byte) {
	code := `(async () => {
  await Lit.Actions.signEcdsa({ toSign: new Uint8Array(toSign), publicKey, sigName: "sig1" });
  Lit.Actions.setResponse({ response: Lit.Auth.actionIpfsIds[0] });
})();`
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	v0, err := c.d.Gateway.Add(ctx, []byte(code))
	if err != nil {
		t.Fatal(err)
	}
	c.permitAction(tok, code) // keyed by the CIDv0's multihash
	v1 := cid.NewCidV1(cid.DagProtobuf, v0.Hash())
	v1z, err := v1.StringOfBase('z')
	if err != nil {
		t.Fatal(err)
	}
	raw := cid.NewCidV1(cid.Raw, v0.Hash()).String()
	other := cid.NewCidV1(cid.DagProtobuf, mustCID(t, "another action").Hash()).String()

	// A caller the PKP does not permit: only the action's permission lets
	// it sign.
	caller, _ := crypto.GenerateKey()
	restricted := func(actions ...string) *auth.Session {
		s, err := auth.NewSession(caller, auth.SessionParams{Network: "nodetest", ChainID: devchain.ChainID, Lifetime: time.Hour,
			Abilities: map[string][]auth.Caveat{auth.AbilityExecute: {{Actions: actions}}}})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	request := func(ipfsID string, s *auth.Session, msg string) *wire.ExecuteRequest {
		params := fmt.Sprintf(`{"toSign": %s, "publicKey": %q}`, strings.ReplaceAll(fmt.Sprint(hashOf(msg)), " ", ","), hexutil.Encode(pub))
		r := &wire.ExecuteRequest{Common: c.common(caller, []int{1, 2, 3}, 1), IPFSID: ipfsID, JSParams: []byte(params)}
		c.signWith(r.RequestID, s)
		return r
	}

	for _, tc := range []struct {
		name, ipfsID string
		session      *auth.Session
	}{
		{"CIDv1 request, session lists the CIDv0", v1.String(), restricted(v0.String())},
		{"CIDv0 request, session lists the CIDv1", v0.String(), restricted(v1.String())},
		{"CIDv1 base58btc request, session lists the CIDv1 base32", v1z, restricted(v1.String())},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := fanOut(c, wire.ExecuteProtocol, []int{1, 2, 3}, request(tc.ipfsID, tc.session, tc.name))
			if _, _, err := c.combine(res, "sig1", pub); err != nil {
				t.Fatal(err)
			}
			for i, r := range res {
				// The action ran as itself: the canonical CIDv0 in the
				// response and in Lit.Auth.actionIpfsIds.
				if r.resp.ActionCID != v0.String() || r.resp.Response != v0.String() {
					t.Fatalf("node %d: action %s, response %q; want %s", i, r.resp.ActionCID, r.resp.Response, v0)
				}
			}
		})
	}

	for _, tc := range []struct {
		name, ipfsID string
		session      *auth.Session
		code         p2p.ErrorCode
		msg          string
	}{
		{"raw CIDv1 with the action's multihash", raw, restricted(v0.String()), p2p.CodeBadRequest, "not an action CID: codec raw"},
		{"CIDv1 outside the session's actions", v1.String(), restricted(other), p2p.CodeForbidden, "does not cover"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before, shares := c.consumed(), c.sharesReleased()
			res := fanOut(c, wire.ExecuteProtocol, []int{1, 2, 3}, request(tc.ipfsID, tc.session, tc.name))
			for i, r := range res {
				var pe *p2p.Error
				if !errors.As(r.err, &pe) || pe.Code != tc.code || !strings.Contains(pe.Message, tc.msg) {
					t.Fatalf("node %d: got %v, want %s containing %q", i, r.err, tc.code, tc.msg)
				}
			}
			if !slices.Equal(c.consumed(), before) || !slices.Equal(c.sharesReleased(), shares) {
				t.Fatalf("a refusal consumed presignatures %v -> %v or released shares %v -> %v", before, c.consumed(), shares, c.sharesReleased())
			}
		})
	}
}

func mustCID(t *testing.T, code string) cid.Cid {
	t.Helper()
	c, err := actionid.CID([]byte(code))
	if err != nil {
		t.Fatal(err)
	}
	return c
}
