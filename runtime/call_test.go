package runtime_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/runtime"
)

type mapLoader map[string][]byte

func (m mapLoader) LoadAction(_ context.Context, id cid.Cid) ([]byte, error) {
	b, ok := m[id.String()]
	if !ok {
		return nil, fmt.Errorf("not found: %s", id)
	}
	return b, nil
}

func (m mapLoader) add(t *testing.T, code string) string {
	t.Helper()
	id, err := actionid.CID([]byte(code))
	if err != nil {
		t.Fatal(err)
	}
	m[id.String()] = []byte(code)
	return id.String()
}

func TestCall(t *testing.T) {
	sb := newSandbox(t, runtime.Limits{})
	l := mapLoader{}
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	pub := hexutil.Encode(crypto.FromECDSAPub(&key.PublicKey))
	child := l.add(t, `console.log("child sees", n, JSON.stringify(Lit.Auth.actionIpfsIds));
		await Lit.Actions.signEcdsa({toSign: new Uint8Array(32).fill(n), publicKey: "`+pub+`", sigName: "child"});
		Lit.Actions.setResponse({response: "child:" + (n * 2)});`)
	parent := `const r = await Lit.Actions.call({ipfsId: "` + child + `", params: {n: 21}});
		Lit.Actions.setResponse({response: "parent got " + r});`
	res, err := sb.Run(t.Context(), runtime.Request{Code: []byte(parent), Loader: l})
	if err != nil {
		t.Fatal(err)
	}
	if res.Response != "parent got child:42" {
		t.Fatalf("response %q", res.Response)
	}
	if !strings.Contains(res.Logs, "child sees 21") || !strings.Contains(res.Logs, child) || !strings.Contains(res.Logs, res.CID.String()) {
		t.Fatalf("logs %q", res.Logs)
	}
	if len(res.Signatures) != 1 || res.Signatures[0].SigName != "child" || res.Signatures[0].ActionCID.String() != child || res.Signatures[0].Hash[0] != 21 {
		t.Fatalf("signatures %+v", res.Signatures)
	}

	t.Run("child by CIDv1", func(t *testing.T) {
		// The dag-pb CIDv1 of the child names the same action: the loader
		// is asked for the CIDv0, and the signature is the child's.
		v1 := cid.NewCidV1(cid.DagProtobuf, mustParse(t, child).Hash()).String()
		parent := `const r = await Lit.Actions.call({ipfsId: "` + v1 + `", params: {n: 7}});
			Lit.Actions.setResponse({response: "parent got " + r});`
		res, err := sb.Run(t.Context(), runtime.Request{Code: []byte(parent), Loader: l})
		if err != nil {
			t.Fatal(err)
		}
		if res.Response != "parent got child:14" {
			t.Fatalf("response %q", res.Response)
		}
		if len(res.Signatures) != 1 || res.Signatures[0].ActionCID.String() != child {
			t.Fatalf("signatures %+v, want one by %s", res.Signatures, child)
		}
	})
	t.Run("depth limit", func(t *testing.T) {
		code := `Lit.Actions.setResponse({response: "leaf"});`
		for i := 0; i < runtime.MaxCallDepth; i++ {
			id := l.add(t, code)
			code = fmt.Sprintf(`let r; try { r = await Lit.Actions.call({ipfsId: %q}); } catch (e) { r = "refused: " + e.message; }
				Lit.Actions.setResponse({response: "%d>" + r});`, id, i)
		}
		res, err := sb.Run(t.Context(), runtime.Request{Code: []byte(code), Loader: l})
		if err != nil {
			t.Fatal(err)
		}
		want := fmt.Sprintf("3>2>1>0>refused: call: nesting deeper than %d actions", runtime.MaxCallDepth)
		if !strings.HasPrefix(res.Response, want) {
			t.Fatalf("response %q, want %q", res.Response, want)
		}
	})
	t.Run("call budget counts the whole request", func(t *testing.T) {
		// The parent calls the middle action twice, each middle run calls
		// the leaf 5 times: 2 + 10 = 12 calls, more than 8 in the request,
		// though no single run makes more than 5.
		leaf := l.add(t, `Lit.Actions.setResponse({response: "leaf"});`)
		middle := l.add(t, `for (let i = 0; i < 5; i++) { await Lit.Actions.call({ipfsId: "`+leaf+`"}); }
			Lit.Actions.setResponse({response: "middle"});`)
		parent := `await Lit.Actions.call({ipfsId: "` + middle + `"}); await Lit.Actions.call({ipfsId: "` + middle + `"});
			Lit.Actions.setResponse({response: "parent"});`
		// The call over the budget fails its run; the parent's await
		// rejects with the limit.
		_, err := sb.Run(t.Context(), runtime.Request{Code: []byte(parent), Loader: l})
		if err == nil || !strings.Contains(err.Error(), runtime.LimitChildCalls+" limit exceeded") {
			t.Fatalf("err %v, want the %q limit", err, runtime.LimitChildCalls)
		}
		// Within the budget (1 + 5 calls) the same tree runs.
		parent = `await Lit.Actions.call({ipfsId: "` + middle + `"}); Lit.Actions.setResponse({response: "parent"});`
		if res, err := sb.Run(t.Context(), runtime.Request{Code: []byte(parent), Loader: l}); err != nil || res.Response != "parent" {
			t.Fatalf("within the budget: %v", err)
		}
	})
	t.Run("runOnce refused in a nested action", func(t *testing.T) {
		// A nested action runs on every node with no channel: runOnce
		// would run its function on every node.
		child := l.add(t, `let r; try { await Lit.Actions.runOnce({waitForResponse: false, name: "x"}, async () => "ran"); r = "ran"; } catch (e) { r = "refused: " + e.message; }
			Lit.Actions.setResponse({response: r});`)
		res, err := sb.Run(t.Context(), runtime.Request{Code: []byte(`const r = await Lit.Actions.call({ipfsId: "` + child + `"}); Lit.Actions.setResponse({response: r});`), Loader: l})
		if err != nil || !strings.HasPrefix(res.Response, "refused: runOnce: not available in an action run by Lit.Actions.call") {
			t.Fatalf("nested runOnce: %v %+v", err, res)
		}
	})
	t.Run("refusals", func(t *testing.T) {
		failing := l.add(t, `throw new Error("child broke");`)
		for _, tc := range []struct{ code, want string }{
			{`await Lit.Actions.call({ipfsId: "` + failing + `"})`, "child broke"},
			{`await Lit.Actions.call({ipfsId: "QmNotACid"})`, "call: ipfsId: action cid"},
			{`await Lit.Actions.call({ipfsId: "` + cid.NewCidV1(cid.Raw, mustParse(t, child).Hash()).String() + `"})`, "not an action CID: codec raw"},
			{`await Lit.Actions.call({ipfsId: "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG"})`, "not found"},
			{`await Lit.Actions.call({ipfsId: "` + child + `", params: 5})`, "params must be an object"},
		} {
			res, err := sb.Run(t.Context(), runtime.Request{Code: []byte(`let r; try { ` + tc.code + ` } catch (e) { r = e.message; } Lit.Actions.setResponse({response: r});`), Loader: l})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(res.Response, tc.want) {
				t.Fatalf("%s: %q, want %q", tc.code, res.Response, tc.want)
			}
		}
		res, err := sb.Run(t.Context(), runtime.Request{Code: []byte(`let r; try { await Lit.Actions.call({ipfsId: "` + child + `"}) } catch (e) { r = e.message; } Lit.Actions.setResponse({response: r});`)})
		if err != nil || !strings.Contains(res.Response, "cannot load actions by CID") {
			t.Fatalf("no loader: %v %q", err, res.Response)
		}
	})
}

func mustParse(t *testing.T, text string) cid.Cid {
	t.Helper()
	c, err := actionid.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
