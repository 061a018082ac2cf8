package runtime_test

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/pkpnet/pkpnet/runtime"
)

// scopeHost adds the optional scope and RPC URL views to fakeHost.
type scopeHost struct {
	fakeHost
	masks map[string]uint64 // "token/type/idhex" → scope mask
}

var (
	_ runtime.ScopeView  = (*scopeHost)(nil)
	_ runtime.RPCURLView = (*scopeHost)(nil)
)

func (h *scopeHost) PermittedAuthMethodScopes(_ context.Context, tokenID, typ *big.Int, id []byte) (uint64, bool, error) {
	m, ok := h.masks[fmt.Sprintf("%s/%s/%x", tokenID, typ, id)]
	return m, ok, nil
}

func (h *scopeHost) RPCURL(chain string) (string, error) {
	if chain == "pkpnet" {
		return "http://127.0.0.1:8545", nil
	}
	return "", fmt.Errorf("no RPC URL for chain %q", chain)
}

func TestAuthMethodScopesAndRPCURL(t *testing.T) {
	sb := newSandbox(t, runtime.Limits{})
	h := &scopeHost{masks: map[string]uint64{"7/6/abcd": 0b110}}
	for _, tc := range []struct{ name, code, want, err string }{
		{"scopes", `JSON.stringify(await Lit.Actions.getPermittedAuthMethodScopes({tokenId: "7", authMethodType: "6", userId: "0xabcd", maxScopeId: 3}))`, "[false,true,true,false]", ""},
		{"default maxScopeId", `JSON.stringify(await Lit.Actions.getPermittedAuthMethodScopes({tokenId: "7", authMethodType: "6", userId: [0xab, 0xcd]}))`, "[false]", ""},
		{"not permitted", `JSON.stringify(await Lit.Actions.getPermittedAuthMethodScopes({tokenId: "7", authMethodType: "6", userId: "0x01", maxScopeId: 2}))`, "[false,false,false]", ""},
		{"bad maxScopeId", `await Lit.Actions.getPermittedAuthMethodScopes({tokenId: "7", authMethodType: "6", userId: "0x01", maxScopeId: 1000})`, "", "maxScopeId must be 0..255"},
		{"rpc url", `await Lit.Actions.getRpcUrl({chain: "pkpnet"})`, "http://127.0.0.1:8545", ""},
		{"rpc url unknown chain", `await Lit.Actions.getRpcUrl({chain: "solana"})`, "", `no RPC URL for chain "solana"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := runWithHost(t, sb, h, `Lit.Actions.setResponse({response: String(`+tc.code+`)})`, "")
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if res.Response != tc.want {
				t.Fatalf("got %q, want %q", res.Response, tc.want)
			}
		})
	}
	// A host without the optional views refuses clearly.
	_, err := runWithHost(t, sb, &fakeHost{}, `await Lit.Actions.getRpcUrl({chain: "pkpnet"})`, "")
	if err == nil || !strings.Contains(err.Error(), "no RPC URLs") {
		t.Fatalf("err = %v", err)
	}
}
