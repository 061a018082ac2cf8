package runtime

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pkpnet/pkpnet/actionid"
)

// maxUint256 bounds token IDs and auth method types.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// serveHost answers one chain-view call from the Host. The answers have the
// shapes Lit's actions expect: booleans, CID strings, checksummed
// addresses, decimal token IDs and a hex nonce.
func serveHost(ctx context.Context, h Host, method string, raw json.RawMessage, currentCID string) (any, error) {
	if method == callCheckConditions {
		ok, err := checkConditions(ctx, h, raw, currentCID)
		if err != nil {
			return nil, fmt.Errorf("checkConditions: %w", err)
		}
		return ok, nil
	}
	var a hostArgs
	if err := json.Unmarshal(raw, &a); err != nil {
		return nil, fmt.Errorf("%s: bad arguments: %w", method, err)
	}
	v, err := serveView(ctx, h, method, &a)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", method, err)
	}
	return v, nil
}

func serveView(ctx context.Context, h Host, method string, a *hostArgs) (any, error) {
	switch method {
	case callPubkeyToTokenID:
		pub, err := parsePublicKey(a.PublicKey)
		if err != nil {
			return nil, fmt.Errorf("publicKey: %w", err)
		}
		id, err := h.PubkeyToTokenID(ctx, pub)
		if err != nil {
			return nil, err
		}
		return id.String(), nil
	case callGetRPCURL:
		v, ok := h.(RPCURLView)
		if !ok {
			return nil, fmt.Errorf("this node gives actions no RPC URLs")
		}
		if a.Chain == "" {
			return nil, fmt.Errorf("chain is missing")
		}
		return v.RPCURL(a.Chain)
	case callGetLatestNonce:
		addr, err := parseAddress(a.Address)
		if err != nil {
			return nil, err
		}
		if a.Chain == "" {
			return nil, fmt.Errorf("chain is missing")
		}
		n, err := h.NonceAt(ctx, a.Chain, addr)
		if err != nil {
			return nil, err
		}
		return fmt.Sprintf("0x%x", n), nil
	}

	tokenID, err := parseUint256(a.TokenID, "tokenId")
	if err != nil {
		return nil, err
	}
	switch method {
	case callIsPermittedAction:
		c, err := actionid.Parse(a.IPFSID)
		if err != nil {
			return nil, fmt.Errorf("ipfsId: %w", err)
		}
		return h.IsPermittedAction(ctx, tokenID, c)
	case callIsPermittedAddr:
		addr, err := parseAddress(a.Address)
		if err != nil {
			return nil, err
		}
		return h.IsPermittedAddress(ctx, tokenID, addr)
	case callIsPermittedAuth:
		t, err := parseUint256(a.AuthMethodType, "authMethodType")
		if err != nil {
			return nil, err
		}
		return h.IsPermittedAuthMethod(ctx, tokenID, t, a.UserID)
	case callGetActions:
		cids, err := h.GetPermittedActions(ctx, tokenID)
		if err != nil {
			return nil, err
		}
		out := make([]string, len(cids))
		for i, c := range cids {
			out[i] = c.String()
		}
		return out, nil
	case callGetAddresses:
		addrs, err := h.GetPermittedAddresses(ctx, tokenID)
		if err != nil {
			return nil, err
		}
		out := make([]string, len(addrs))
		for i, ad := range addrs {
			out[i] = ad.Hex()
		}
		return out, nil
	case callGetAuthScopes:
		v, ok := h.(ScopeView)
		if !ok {
			return nil, fmt.Errorf("this node offers no scope view")
		}
		t, err := parseUint256(a.AuthMethodType, "authMethodType")
		if err != nil {
			return nil, err
		}
		mask, permitted, err := v.PermittedAuthMethodScopes(ctx, tokenID, t, a.UserID)
		if err != nil {
			return nil, err
		}
		// Lit answers one boolean per scope ID 0..maxScopeId.
		out := make([]bool, a.MaxScopeID+1)
		for i := range out {
			out[i] = permitted && i < 64 && mask&(1<<i) != 0
		}
		return out, nil
	case callGetAuthMethods:
		ms, err := h.GetPermittedAuthMethods(ctx, tokenID)
		if err != nil {
			return nil, err
		}
		type authMethodJSON struct {
			Type       string `json:"auth_method_type"`
			ID         string `json:"id"`
			UserPubkey string `json:"user_pubkey"`
		}
		out := make([]authMethodJSON, len(ms))
		for i, m := range ms {
			t := "0x0"
			if m.Type != nil {
				t = "0x" + m.Type.Text(16)
			}
			out[i] = authMethodJSON{Type: t, ID: "0x" + hex.EncodeToString(m.ID), UserPubkey: "0x" + hex.EncodeToString(m.UserPubkey)}
		}
		return out, nil
	}
	return nil, fmt.Errorf("unknown method")
}

// parseUint256 reads a decimal or 0x-hex unsigned 256-bit integer.
func parseUint256(s, what string) (*big.Int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, fmt.Errorf("%s is missing", what)
	}
	v, ok := new(big.Int), false
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		_, ok = v.SetString(s[2:], 16)
	} else {
		_, ok = v.SetString(s, 10)
	}
	if !ok || v.Sign() < 0 || v.Cmp(maxUint256) > 0 {
		return nil, fmt.Errorf("%s %q is not an unsigned 256-bit integer", what, truncate(s, 80))
	}
	return v, nil
}

func parseAddress(s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("address %q is not a 20-byte hex address", truncate(s, 80))
	}
	return common.HexToAddress(s), nil
}
