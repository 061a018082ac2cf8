package runtime_test

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/runtime"
)

// fakeHost is an in-memory chain view. It records what it was asked.
type fakeHost struct {
	mu       sync.Mutex
	asked    []string
	actions  map[string][]cid.Cid // tokenId → permitted actions
	addrs    map[string][]common.Address
	auth     map[string][]runtime.AuthMethod
	balances map[common.Address]*big.Int
	calls    [][]byte
	callOut  []byte
	nonce    uint64
}

var _ runtime.Host = (*fakeHost)(nil)

func (h *fakeHost) note(f string, args ...any) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.asked = append(h.asked, fmt.Sprintf(f, args...))
}

func (h *fakeHost) IsPermittedAction(_ context.Context, id *big.Int, c cid.Cid) (bool, error) {
	h.note("isPermittedAction %s %s", id, c)
	for _, a := range h.actions[id.String()] {
		if a.Equals(c) {
			return true, nil
		}
	}
	return false, nil
}

func (h *fakeHost) IsPermittedAddress(_ context.Context, id *big.Int, a common.Address) (bool, error) {
	h.note("isPermittedAddress %s %s", id, a.Hex())
	for _, x := range h.addrs[id.String()] {
		if x == a {
			return true, nil
		}
	}
	return false, nil
}

func (h *fakeHost) IsPermittedAuthMethod(_ context.Context, id *big.Int, typ *big.Int, user []byte) (bool, error) {
	h.note("isPermittedAuthMethod %s %s %x", id, typ, user)
	for _, m := range h.auth[id.String()] {
		if m.Type.Cmp(typ) == 0 && string(m.ID) == string(user) {
			return true, nil
		}
	}
	return false, nil
}

func (h *fakeHost) GetPermittedActions(_ context.Context, id *big.Int) ([]cid.Cid, error) {
	return h.actions[id.String()], nil
}

func (h *fakeHost) GetPermittedAddresses(_ context.Context, id *big.Int) ([]common.Address, error) {
	return h.addrs[id.String()], nil
}

func (h *fakeHost) GetPermittedAuthMethods(_ context.Context, id *big.Int) ([]runtime.AuthMethod, error) {
	return h.auth[id.String()], nil
}

func (h *fakeHost) PubkeyToTokenID(_ context.Context, pub []byte) (*big.Int, error) {
	h.note("pubkeyToTokenId %x", pub[:3])
	if len(pub) != 65 {
		return nil, errors.New("bad key")
	}
	return big.NewInt(7), nil
}

func (h *fakeHost) NonceAt(_ context.Context, chain string, a common.Address) (uint64, error) {
	h.note("nonce %s %s", chain, a.Hex())
	if chain != "ethereum" {
		return 0, fmt.Errorf("unknown chain %q", chain)
	}
	return h.nonce, nil
}

func (h *fakeHost) BalanceAt(_ context.Context, chain string, a common.Address) (*big.Int, error) {
	h.note("balance %s %s", chain, a.Hex())
	if b, ok := h.balances[a]; ok {
		return b, nil
	}
	return new(big.Int), nil
}

func (h *fakeHost) CallContract(_ context.Context, chain string, to common.Address, data []byte) ([]byte, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.calls = append(h.calls, data)
	return h.callOut, nil
}

func runWithHost(t *testing.T, sb *runtime.Sandbox, h runtime.Host, code, params string) (*runtime.Result, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	return sb.Run(ctx, runtime.Request{Code: []byte(code), JSParams: []byte(params), Host: h})
}

func TestPermissionViews(t *testing.T) {
	act, _ := cid.Decode("QmNbvxsthwRMaKNYPRBjp7CHgHy92i34iiSJwdnYtDmcYX")
	addr := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	h := &fakeHost{
		actions: map[string][]cid.Cid{"5": {act}},
		addrs:   map[string][]common.Address{"5": {addr}},
		auth:    map[string][]runtime.AuthMethod{"5": {{Type: big.NewInt(1), ID: []byte{0xde, 0xad}, UserPubkey: []byte{0x01}}}},
		nonce:   9,
	}
	sb := newSandbox(t, runtime.Limits{})
	code := `
const A = Lit.Actions;
const out = {
  action: await A.isPermittedAction({tokenId: "5", ipfsId: "QmNbvxsthwRMaKNYPRBjp7CHgHy92i34iiSJwdnYtDmcYX"}),
  otherAction: await A.isPermittedAction({tokenId: "0x5", ipfsId: "QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH"}),
  actionV1: await A.isPermittedAction({tokenId: "5", ipfsId: "ACTION_V1"}),
  address: await A.isPermittedAddress({tokenId: "5", address: "0x00000000000000000000000000000000000000AA"}),
  auth: await A.isPermittedAuthMethod({tokenId: "5", authMethodType: "1", userId: new Uint8Array([0xde, 0xad])}),
  actions: await A.getPermittedActions({tokenId: "5"}),
  addresses: await A.getPermittedAddresses({tokenId: "5"}),
  authMethods: await A.getPermittedAuthMethods({tokenId: "5"}),
  tokenId: await A.pubkeyToTokenId({publicKey: pk}),
  nonce: await A.getLatestNonce({address: "0x00000000000000000000000000000000000000aa", chain: "ethereum"}),
};
let refused = "";
try { await A.getLatestNonce({address: "0x00000000000000000000000000000000000000aa", chain: "nowhere"}); } catch (e) { refused = e.message; }
let badToken = "";
try { await A.getPermittedActions({tokenId: "-1"}); } catch (e) { badToken = e.message; }
let rawRefused = "";
try { await A.isPermittedAction({tokenId: "5", ipfsId: "ACTION_RAW"}); } catch (e) { rawRefused = e.message; }
out.refused = refused; out.badToken = badToken; out.rawRefused = rawRefused;
A.setResponse({response: JSON.stringify(out)});`
	// The action's dag-pb CIDv1 is the same action; a raw CIDv1 of its
	// multihash names other bytes and is refused, not looked up.
	code = strings.NewReplacer("ACTION_V1", cid.NewCidV1(cid.DagProtobuf, act.Hash()).String(),
		"ACTION_RAW", cid.NewCidV1(cid.Raw, act.Hash()).String()).Replace(code)
	res, err := runWithHost(t, sb, h, code, `{"pk": "0x0279BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798"}`)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(res.Response), &got); err != nil {
		t.Fatalf("%v: %s", err, res.Response)
	}
	want := map[string]any{
		"action": true, "otherAction": false, "actionV1": true, "address": true, "auth": true,
		"actions":     []any{"QmNbvxsthwRMaKNYPRBjp7CHgHy92i34iiSJwdnYtDmcYX"},
		"addresses":   []any{addr.Hex()}, // EIP-55 checksummed
		"authMethods": []any{map[string]any{"auth_method_type": "0x1", "id": "0xdead", "user_pubkey": "0x01"}},
		"tokenId":     "7",
		"nonce":       "0x9",
	}
	for k, w := range want {
		if fmt.Sprint(got[k]) != fmt.Sprint(w) {
			t.Errorf("%s = %v, want %v", k, got[k], w)
		}
	}
	if s, _ := got["refused"].(string); !strings.Contains(s, `unknown chain "nowhere"`) {
		t.Errorf("host error not passed to the action: %q", s)
	}
	if s, _ := got["rawRefused"].(string); !strings.Contains(s, "not an action CID") {
		t.Errorf("raw CIDv1: %q", s)
	}
	if s, _ := got["badToken"].(string); !strings.Contains(s, "not an unsigned 256-bit integer") {
		t.Errorf("bad tokenId: %q", s)
	}
	if !strings.Contains(strings.Join(h.asked, "\n"), "pubkeyToTokenId 0479be") {
		t.Errorf("pubkeyToTokenId did not get the uncompressed key: %v", h.asked)
	}
}

func TestNoHostRefusesViews(t *testing.T) {
	sb := newSandbox(t, runtime.Limits{})
	res, err := run(t, sb, `try { await Lit.Actions.getPermittedActions({tokenId: "1"}) } catch (e) { Lit.Actions.setResponse({response: e.message}) }`, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Response, "no chain view") {
		t.Fatalf("response = %q", res.Response)
	}
}

func TestSignatureValidation(t *testing.T) {
	sb := newSandbox(t, runtime.Limits{})
	const pk = "0x0279BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798"
	tests := []struct{ name, code, contains string }{
		{"short hash", `await Lit.Actions.signEcdsa({toSign: new Uint8Array(31), publicKey: pk, sigName: "a"})`, "32-byte hash"},
		{"long hash", `await Lit.Actions.signEcdsa({toSign: new Uint8Array(33), publicKey: pk, sigName: "a"})`, "longer than 32"},
		{"bad key", `await Lit.Actions.signEcdsa({toSign: new Uint8Array(32), publicKey: "0x1234", sigName: "a"})`, "want 33 or 65"},
		{"not on curve", `await Lit.Actions.signEcdsa({toSign: new Uint8Array(32), publicKey: "0x02" + "ff".repeat(32), sigName: "a"})`, "not a secp256k1 point"},
		{"no name", `await Lit.Actions.signEcdsa({toSign: new Uint8Array(32), publicKey: pk})`, "sigName"},
		{"duplicate name", `await Lit.Actions.signEcdsa({toSign: new Uint8Array(32), publicKey: pk, sigName: "a"}); await Lit.Actions.signEcdsa({toSign: new Uint8Array(32), publicKey: pk, sigName: "a"})`, "already used"},
		{"not bytes", `await Lit.Actions.signEcdsa({toSign: [1, 2, 300], publicKey: pk, sigName: "a"})`, "not a byte"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := run(t, sb, tc.code, `{"pk": "`+pk+`"}`)
			if runtime.KindOf(err) != runtime.KindScript || !strings.Contains(err.Error(), tc.contains) {
				t.Fatalf("err = %v, want a script error containing %q", err, tc.contains)
			}
			if tc.name != "duplicate name" && len(res.Signatures) != 0 {
				t.Errorf("refused signature recorded: %+v", res.Signatures)
			}
		})
	}
}

func TestCheckConditions(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	user := crypto.PubkeyToAddress(key.PublicKey)
	msg := "localhost wants you to sign in with your Ethereum account"
	sig, err := crypto.Sign(accounts.TextHash([]byte(msg)), key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	authSig := map[string]string{"sig": "0x" + hex.EncodeToString(sig), "derivedVia": "web3.eth.personal.sign", "signedMessage": msg, "address": user.Hex()}
	forged := map[string]string{"sig": authSig["sig"], "derivedVia": "web3.eth.personal.sign", "signedMessage": msg + "!", "address": user.Hex()}

	// The contract returns (uint256 score = 42, bool active = true).
	out := make([]byte, 64)
	out[31], out[63] = 42, 1
	h := &fakeHost{balances: map[common.Address]*big.Int{user: big.NewInt(5000)}, callOut: out}
	sb := newSandbox(t, runtime.Limits{})

	balance := func(cmp, v string) map[string]any {
		return map[string]any{"contractAddress": "", "standardContractType": "", "chain": "ethereum", "method": "eth_getBalance",
			"parameters": []string{":userAddress", "latest"}, "returnValueTest": map[string]string{"comparator": cmp, "value": v}}
	}
	contract := func(key, cmp, v string) map[string]any {
		return map[string]any{
			"contractAddress": "0x00000000000000000000000000000000000000c0", "chain": "ethereum", "functionName": "stats",
			"functionParams": []string{":userAddress", "7"},
			"functionAbi": map[string]any{"name": "stats", "type": "function", "stateMutability": "view",
				"inputs":  []map[string]string{{"name": "who", "type": "address"}, {"name": "id", "type": "uint64"}},
				"outputs": []map[string]string{{"name": "score", "type": "uint256"}, {"name": "active", "type": "bool"}}},
			"returnValueTest": map[string]string{"key": key, "comparator": cmp, "value": v}}
	}
	and := map[string]string{"operator": "and"}
	or := map[string]string{"operator": "or"}
	code := `let r; try { r = String(await Lit.Actions.checkConditions({conditions: p.conditions, authSig: p.authSig, chain: "ethereum"})) } catch (e) { r = "error:" + e.message } Lit.Actions.setResponse({response: r})`
	self, err := actionid.CID([]byte(code))
	if err != nil {
		t.Fatal(err)
	}
	other, err := actionid.CID([]byte("another action"))
	if err != nil {
		t.Fatal(err)
	}
	current := func(cmp, v string) map[string]any {
		return map[string]any{"contractAddress": "", "standardContractType": "", "chain": "ethereum", "method": "",
			"parameters": []string{":currentActionIpfsId"}, "returnValueTest": map[string]string{"comparator": cmp, "value": v}}
	}
	selfV1 := cid.NewCidV1(cid.DagProtobuf, self.Hash()).String()
	selfRaw := cid.NewCidV1(cid.Raw, self.Hash()).String()
	tests := []struct {
		name       string
		conditions []any
		auth       any
		want       string
	}{
		{"balance passes", []any{balance(">=", "1000")}, authSig, "true"},
		{"balance fails", []any{balance(">", "5000")}, authSig, "false"},
		{"contract output by key", []any{contract("score", "=", "42")}, authSig, "true"},
		{"contract bool output", []any{contract("active", "=", "true")}, authSig, "true"},
		{"and", []any{balance(">=", "1000"), and, contract("score", ">", "50")}, authSig, "false"},
		{"or", []any{balance(">=", "1000000"), or, contract("score", "<", "50")}, authSig, "true"},
		{"nested group", []any{[]any{balance(">", "1"), and, balance("<", "10")}, or, contract("score", "=", "42")}, authSig, "true"},
		{"wallet address", []any{map[string]any{"contractAddress": "", "standardContractType": "", "chain": "ethereum", "method": "",
			"parameters": []string{":userAddress"}, "returnValueTest": map[string]string{"comparator": "=", "value": strings.ToLower(user.Hex())}}}, authSig, "true"},
		{"forged authSig", []any{balance(">=", "1000")}, forged, "error:authSig was signed by"},
		{"no authSig", []any{balance(">=", "1000")}, nil, "error:no authSig"},
		{"dangling operator", []any{balance(">=", "1000"), and}, authSig, "error:ends with an operator"},
		{"unknown comparator", []any{contract("score", "~", "x")}, authSig, "error:comparator"},
		{"current action as CIDv0", []any{current("=", self.String())}, nil, "true"},
		{"current action as CIDv1", []any{current("=", selfV1)}, nil, "true"},
		{"current action, raw CIDv1 of its multihash", []any{current("=", selfRaw)}, nil, "false"},
		{"current action, case changed", []any{current("=", strings.ToLower(self.String()))}, nil, "false"},
		{"another action", []any{current("=", other.String())}, nil, "false"},
		{"not another action", []any{current("!=", other.String())}, nil, "true"},
		{"not itself as CIDv1", []any{current("!=", selfV1)}, nil, "false"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := json.Marshal(map[string]any{"conditions": tc.conditions, "authSig": tc.auth})
			res, err := runWithHost(t, sb, h, code, `{"p": `+string(p)+`}`)
			if err != nil {
				t.Fatal(err)
			}
			if strings.HasPrefix(tc.want, "error:") {
				if !strings.HasPrefix(res.Response, "error:") || !strings.Contains(res.Response, strings.TrimPrefix(tc.want, "error:")) {
					t.Fatalf("response = %q, want %q", res.Response, tc.want)
				}
				return
			}
			if res.Response != tc.want {
				t.Fatalf("response = %q, want %q", res.Response, tc.want)
			}
		})
	}
	// The contract call carried the right selector and arguments.
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.calls) == 0 {
		t.Fatal("no contract call")
	}
	call := h.calls[0]
	wantSel := crypto.Keccak256([]byte("stats(address,uint64)"))[:4]
	if hex.EncodeToString(call[:4]) != hex.EncodeToString(wantSel) || common.BytesToAddress(call[4:36]) != user || call[67] != 7 {
		t.Fatalf("calldata %x", call)
	}
}
