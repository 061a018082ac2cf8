package runtime_test

import (
	"context"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/runtime"
)

// TestLitStyleCorpus runs actions written the way Lit's documentation
// writes them (testdata/litstyle), unchanged, and checks their responses
// and signature requests against go-ethereum.
func TestLitStyleCorpus(t *testing.T) {
	sb := newSandbox(t, runtime.Limits{}, func(c *runtime.Config) { c.Workers = 1 })
	weather := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `{"properties": {"periods": [{"temperature": %s}]}}`, r.URL.Query().Get("t"))
	}))
	defer weather.Close()

	key, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	addr := crypto.PubkeyToAddress(key.PublicKey)
	userSig, _ := crypto.Sign(accounts.TextHash([]byte("allow 7")), key)
	userSig[64] += 27
	recipient := common.HexToAddress("0x00000000000000000000000000000000000000cc")
	tx := types.NewTx(&types.LegacyTx{Nonce: 0, GasPrice: big.NewInt(20e9), Gas: 21000, To: &recipient, Value: new(big.Int).Mul(big.NewInt(15), big.NewInt(1e17))})
	txHash := types.NewEIP155Signer(big.NewInt(175188)).Hash(tx)
	u256, _ := abi.NewType("uint256", "", nil)
	addrT, _ := abi.NewType("address", "", nil)
	args, _ := abi.Arguments{{Type: addrT}, {Type: u256}}.Pack(recipient, big.NewInt(1234))
	callData := "0x" + hex.EncodeToString(append(crypto.Keccak256([]byte("transfer(address,uint256)"))[:4], args...))

	type want struct {
		response string
		hashes   []common.Hash // the signature requests, in order
		err      string
	}
	for _, tc := range []struct {
		file   string
		params map[string]any
		want   want
	}{
		{"sign_message.js", map[string]any{"message": "hello lit", "publicKey": benchPubKey, "sigName": "sig1"},
			want{response: `{"sigShare":"success"}`, hashes: []common.Hash{crypto.Keccak256Hash([]byte("hello lit"))}}},
		{"personal_sign.js", map[string]any{"dataToSign": "gm", "publicKey": benchPubKey},
			want{response: "success", hashes: []common.Hash{common.BytesToHash(accounts.TextHash([]byte("gm")))}}},
		{"sign_transaction.js", map[string]any{"recipient": recipient.Hex(), "amount": "1.5", "chainId": 175188, "publicKey": benchPubKey},
			want{hashes: []common.Hash{txHash}}},
		{"fetch_weather.js", map[string]any{"url": weather.URL + "?t=72", "publicKey": benchPubKey},
			want{response: "72", hashes: []common.Hash{crypto.Keccak256Hash([]byte("72"))}}},
		{"fetch_weather.js", map[string]any{"url": weather.URL + "?t=41", "publicKey": benchPubKey},
			want{response: "too cold to sign: 41"}},
		{"encode_call.js", map[string]any{"to": recipient.Hex(), "amount": "1234"},
			want{response: fmt.Sprintf(`{"data":"%s","to":"%s","amount":"1234"}`, callData, recipient.Hex())}},
		{"bytes_helpers.js", map[string]any{"text": "pkp ✓"},
			want{response: hex.EncodeToString([]byte("pkp ✓")) + "|" + base64.StdEncoding.EncodeToString([]byte("pkp ✓")) + "|pkp ✓|0x" + hex.EncodeToString([]byte("pkp ✓"))}},
		{"verify_signature.js", map[string]any{"message": "allow 7", "signature": "0x" + hex.EncodeToString(userSig), "expected": addr.Hex()},
			want{response: addr.Hex()}},
		{"verify_signature.js", map[string]any{"message": "allow 8", "signature": "0x" + hex.EncodeToString(userSig), "expected": addr.Hex()},
			want{err: "not signed by"}},
		{"auth_context.js", nil, want{}}, // checked below: its own CID
	} {
		t.Run(tc.file, func(t *testing.T) {
			code, err := os.ReadFile("testdata/litstyle/" + tc.file)
			if err != nil {
				t.Fatal(err)
			}
			params, _ := json.Marshal(tc.params)
			if tc.params == nil {
				params = nil
			}
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			res, err := sb.Run(ctx, runtime.Request{Code: code, JSParams: params, AuthSigAddress: addr.Hex()})
			if tc.want.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.want.err) {
					t.Fatalf("err = %v, want %q", err, tc.want.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tc.file == "auth_context.js" {
				id, _ := actionid.CID(code)
				if w := fmt.Sprintf(`{"ipfsId":"%s","caller":"%s","authMethods":0}`, id, addr.Hex()); res.Response != w {
					t.Fatalf("response %s, want %s", res.Response, w)
				}
				return
			}
			if tc.want.response != "" && res.Response != tc.want.response {
				t.Fatalf("response %q, want %q", res.Response, tc.want.response)
			}
			if len(res.Signatures) != len(tc.want.hashes) {
				t.Fatalf("%d signature requests, want %d", len(res.Signatures), len(tc.want.hashes))
			}
			for i, h := range tc.want.hashes {
				if common.Hash(res.Signatures[i].Hash) != h {
					t.Fatalf("signature %d over %x, want %x", i, res.Signatures[i].Hash, h)
				}
			}
			if res.Logs != "" {
				t.Fatalf("unexpected logs: %q", res.Logs)
			}
		})
	}
}
