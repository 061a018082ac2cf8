package runtime_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/math/polynomial"
	"github.com/taurusgroup/multi-party-sig/pkg/math/sample"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/actionchan"
	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/runtime"
	"github.com/pkpnet/pkpnet/tdec"
)

// dealKey Shamir-shares a fresh encryption key among nodes with threshold T.
func dealKey(t *testing.T, nodes []party.ID, T int) map[party.ID]*tdec.KeyShare {
	t.Helper()
	g := curve.Secp256k1{}
	x := sample.Scalar(rand.Reader, g)
	poly := polynomial.NewPolynomial(g, T-1, x)
	pub, _ := x.ActOnBase().MarshalBinary()
	set := tdec.KeySet{Public: pub, Threshold: T, Shares: map[string][]byte{}}
	secrets := map[party.ID][]byte{}
	for _, id := range nodes {
		xi := poly.Evaluate(id.Scalar(g))
		set.Shares[string(id)], _ = xi.ActOnBase().MarshalBinary()
		secrets[id], _ = xi.MarshalBinary()
	}
	out := map[party.ID]*tdec.KeyShare{}
	for _, id := range nodes {
		ks, err := tdec.NewKeyShare(string(id), secrets[id], set)
		if err != nil {
			t.Fatal(err)
		}
		out[id] = ks
	}
	return out
}

// testDecrypter is the node's access check reduced to what the runtime
// relies on: an action-bound ciphertext only for its action, conditions
// (here: any) otherwise. lie makes it release a share with a broken proof.
type testDecrypter struct {
	ks     *tdec.KeyShare
	lie    bool
	refuse bool // the access check fails on this node
	asks   int
	mu     sync.Mutex
}

func (d *testDecrypter) KeySet() *tdec.KeySet { s := d.ks.Set; return &s }

func (d *testDecrypter) DecryptShare(_ context.Context, c *tdec.Capsule, actionCID, _ string) (*tdec.Share, error) {
	d.mu.Lock()
	d.asks++
	d.mu.Unlock()
	if d.refuse {
		return nil, errors.New("access conditions are not met on this node")
	}
	if c.Access.Kind == tdec.AccessAction && string(c.Access.Value) != actionCID {
		return nil, fmt.Errorf("ciphertext is bound to action %s, this run is %s", c.Access.Value, actionCID)
	}
	s, err := d.ks.DecryptShare(c)
	if err == nil && d.lie {
		s.Z[0] ^= 1
	}
	return s, err
}

// decryptRun runs code on every node with its own Decrypter over an
// in-memory channel.
func decryptRun(t *testing.T, code string, ds map[party.ID]*testDecrypter, params string, mod ...func(*runtime.Config)) map[party.ID]*runtime.Result {
	t.Helper()
	nodes := []party.ID{"1", "2", "3"}
	sb := newSandbox(t, runtime.Limits{ChannelTimeout: 2 * time.Second}, append([]func(*runtime.Config){func(c *runtime.Config) { c.Workers = 3 }}, mod...)...)
	net := actionchan.NewMemNet()
	key := strings.Repeat("ab", 32)
	var mu sync.Mutex
	out := map[party.ID]*runtime.Result{}
	var wg sync.WaitGroup
	for _, id := range nodes {
		hub := actionchan.NewHub(t.Context(), id, net.Transport(id), actionchan.Limits{}, nil)
		net.Attach(id, hub)
		r, err := hub.Open(key, nodes, "1")
		if err != nil {
			t.Fatal(err)
		}
		wg.Go(func() {
			defer r.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			res, err := sb.Run(ctx, runtime.Request{Code: []byte(code), JSParams: []byte(params), Peers: actionchan.Actions{R: r}, Decrypter: ds[id]})
			if err != nil {
				res = &runtime.Result{Response: "ERROR " + err.Error()}
			}
			mu.Lock()
			out[id] = res
			mu.Unlock()
		})
	}
	wg.Wait()
	return out
}

const decryptAndSign = `(async () => {
  const pt = await Lit.Actions.decryptAndCombine({ciphertext});
  await Lit.Actions.signEcdsa({toSign: ethers.utils.arrayify(ethers.utils.keccak256(ethers.utils.toUtf8Bytes(pt))), publicKey, sigName: "s"});
  Lit.Actions.setResponse({response: "signed " + pt.length});
})();`

// actionBoundSetup deals a key to nodes (node 3 lies in its shares),
// encrypts secret for the action code and returns the nodes' decrypters
// and the action's jsParams (the ciphertext and a public key to sign with).
func actionBoundSetup(t *testing.T, nodes []party.ID, code, secret string) (map[party.ID]*testDecrypter, string) {
	t.Helper()
	shares := dealKey(t, nodes, 2)
	ds := map[party.ID]*testDecrypter{}
	for _, id := range nodes {
		ds[id] = &testDecrypter{ks: shares[id], lie: id == "3"}
	}
	id, err := actionid.CID([]byte(code))
	if err != nil {
		t.Fatal(err)
	}
	ct, err := tdec.Encrypt(shares["1"].Set.Public, tdec.Access{Kind: tdec.AccessAction, Value: []byte(id.String())}, []byte(secret))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := ct.MarshalBinary()
	pk, _ := crypto.GenerateKey()
	return ds, fmt.Sprintf(`{"ciphertext": %q, "publicKey": "0x%x"}`, base64.StdEncoding.EncodeToString(b), crypto.FromECDSAPub(&pk.PublicKey))
}

// TestDecryptAndCombineSignsPlaintextHash: an action bound ciphertext is
// decrypted by its action on every node, which signs the plaintext's hash;
// one lying node does not stop the others; the plaintext is in no result.
func TestDecryptAndCombineSignsPlaintextHash(t *testing.T) {
	nodes := []party.ID{"1", "2", "3"}
	secret := "the secret the action signs"
	ds, params := actionBoundSetup(t, nodes, decryptAndSign, secret)
	res := decryptRun(t, decryptAndSign, ds, params)
	want := crypto.Keccak256Hash([]byte(secret))
	for _, n := range nodes {
		r := res[n]
		if r.Response != fmt.Sprintf("signed %d", len(secret)) || len(r.Signatures) != 1 || r.Signatures[0].Hash != want {
			t.Fatalf("node %s: response %q, signatures %v", n, r.Response, r.Signatures)
		}
		if strings.Contains(r.Logs+r.Response, secret) {
			t.Fatalf("node %s: the plaintext left the run", n)
		}
	}

	// Another action cannot decrypt it: every node refuses its share.
	res = decryptRun(t, `(async () => { try { await Lit.Actions.decryptAndCombine({ciphertext}); Lit.Actions.setResponse({response: "decrypted"}); } catch (e) { Lit.Actions.setResponse({response: "refused: " + e.message}); } })();`, ds, params)
	for _, n := range nodes {
		if !strings.Contains(res[n].Response, "bound to action") {
			t.Fatalf("node %s: %q", n, res[n].Response)
		}
	}
}

func TestDecryptAndCombineRefusals(t *testing.T) {
	code := `(async () => { try { await (typeof single !== "undefined" && single ? Lit.Actions.decryptToSingleNode : Lit.Actions.decryptAndCombine)({ciphertext}); Lit.Actions.setResponse({response: "decrypted"}); } catch (e) { Lit.Actions.setResponse({response: "refused: " + e.message}); } })();`
	sb := newSandbox(t, runtime.Limits{})
	for name, tc := range map[string]struct{ params, want string }{
		"no decrypter":              {`{"ciphertext": "AAAA"}`, "no encryption key"},
		"missing":                   {`{"ciphertext": ""}`, "ciphertext is missing"},
		"single node, no decrypter": {`{"ciphertext": "AAAA", "single": true}`, "decryptToSingleNode: this node has no encryption key"},
		"single node, missing":      {`{"ciphertext": "", "single": true}`, "decryptToSingleNode: ciphertext is missing"},
	} {
		t.Run(name, func(t *testing.T) {
			res, err := sb.Run(t.Context(), runtime.Request{Code: []byte(code), JSParams: []byte(tc.params)})
			if err != nil && !strings.Contains(err.Error(), tc.want) {
				t.Fatal(err)
			}
			if err == nil && !strings.Contains(res.Response, tc.want) {
				t.Fatalf("response %q, want %q", res.Response, tc.want)
			}
		})
	}
	// Too few honest shares: two of three lie, T = 2.
	nodes := []party.ID{"1", "2", "3"}
	shares := dealKey(t, nodes, 2)
	ds := map[party.ID]*testDecrypter{}
	for _, id := range nodes {
		ds[id] = &testDecrypter{ks: shares[id], lie: id != "1"}
	}
	ct, err := tdec.Encrypt(shares["1"].Set.Public, tdec.Access{Kind: tdec.AccessConditions, Value: []byte(`[1]`)}, []byte("x"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := ct.MarshalBinary()
	res := decryptRun(t, code, ds, fmt.Sprintf(`{"ciphertext": %q}`, base64.StdEncoding.EncodeToString(b)))
	if r := res["1"].Response; !strings.Contains(r, "refused") || !strings.Contains(r, "bad shares from") {
		t.Fatalf("node 1: %q", r)
	}
}

const decryptSingleAndSign = `(async () => {
  const pt = await Lit.Actions.decryptToSingleNode({ciphertext});
  if (pt === null) { Lit.Actions.setResponse({response: "null"}); return; }
  await Lit.Actions.signEcdsa({toSign: ethers.utils.arrayify(ethers.utils.keccak256(ethers.utils.toUtf8Bytes(pt))), publicKey, sigName: "s"});
  Lit.Actions.setResponse({response: "signed " + pt.length});
})();`

// lockedBuffer collects a sandbox's slog output from concurrent runs.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestDecryptToSingleNode: only the coordinator (node 1, the runOnce
// runner) gets the plaintext and signs its hash; the other nodes checked
// the access, released their shares to it and got null; the lying node's
// share is named in the coordinator's log; the plaintext is in no result
// and no log.
func TestDecryptToSingleNode(t *testing.T) {
	nodes := []party.ID{"1", "2", "3"}
	secret := "the secret only the coordinator sees"
	ds, params := actionBoundSetup(t, nodes, decryptSingleAndSign, secret)
	logs := &lockedBuffer{}
	res := decryptRun(t, decryptSingleAndSign, ds, params, func(c *runtime.Config) {
		c.Logger = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	})
	want := crypto.Keccak256Hash([]byte(secret))
	if r := res["1"]; r.Response != fmt.Sprintf("signed %d", len(secret)) || len(r.Signatures) != 1 || r.Signatures[0].Hash != want {
		t.Fatalf("coordinator: response %q, signatures %v", r.Response, r.Signatures)
	}
	for _, n := range nodes {
		r := res[n]
		if n != "1" && (r.Response != "null" || len(r.Signatures) != 0) {
			t.Fatalf("node %s: response %q, signatures %v; want null and no signature", n, r.Response, r.Signatures)
		}
		if ds[n].asks != 1 {
			t.Fatalf("node %s checked the access %d times, want 1", n, ds[n].asks)
		}
		if strings.Contains(r.Logs+r.Response, secret) {
			t.Fatalf("node %s: the plaintext left the run", n)
		}
	}
	l := logs.String()
	if !strings.Contains(l, "bad decryption shares skipped") || !strings.Contains(l, "nodes=[3]") {
		t.Fatalf("the lying node's share is not named in the coordinator's log:\n%s", l)
	}
	if strings.Contains(l, secret) {
		t.Fatal("the plaintext appears in the log")
	}

	// Another action: every node refuses its share; the coordinator names
	// the refusals at once instead of waiting for shares that never come.
	other := `(async () => { try { const pt = await Lit.Actions.decryptToSingleNode({ciphertext}); Lit.Actions.setResponse({response: "got " + pt}); } catch (e) { Lit.Actions.setResponse({response: "refused: " + e.message}); } })();`
	res = decryptRun(t, other, ds, params)
	for _, n := range nodes {
		if r := res[n].Response; !strings.HasPrefix(r, "refused: decryptToSingleNode") || !strings.Contains(r, "bound to action") {
			t.Fatalf("node %s: %q", n, r)
		}
	}
}

// TestDecryptToSingleNodeTooFewShares: with T = 2 and nodes 2 and 3
// lying, the coordinator fails naming both; the others, which released
// their (bad) shares, get null.
func TestDecryptToSingleNodeTooFewShares(t *testing.T) {
	code := `(async () => { try { const pt = await Lit.Actions.decryptToSingleNode({ciphertext}); Lit.Actions.setResponse({response: pt === null ? "null" : "decrypted"}); } catch (e) { Lit.Actions.setResponse({response: "refused: " + e.message}); } })();`
	nodes := []party.ID{"1", "2", "3"}
	shares := dealKey(t, nodes, 2)
	ds := map[party.ID]*testDecrypter{}
	for _, id := range nodes {
		ds[id] = &testDecrypter{ks: shares[id], lie: id != "1"}
	}
	ct, err := tdec.Encrypt(shares["1"].Set.Public, tdec.Access{Kind: tdec.AccessConditions, Value: []byte(`[1]`)}, []byte("x"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := ct.MarshalBinary()
	res := decryptRun(t, code, ds, fmt.Sprintf(`{"ciphertext": %q}`, base64.StdEncoding.EncodeToString(b)))
	if r := res["1"].Response; !strings.Contains(r, "refused: decryptToSingleNode") || !strings.Contains(r, "1 verified of 2 needed") || !strings.Contains(r, "bad shares from [2 3]") {
		t.Fatalf("coordinator: %q", r)
	}
	for _, n := range []party.ID{"2", "3"} {
		if r := res[n].Response; r != "null" {
			t.Fatalf("node %s: %q", n, r)
		}
	}
}

// TestDecryptToSingleNodeRefusalReachesCoordinator: with T = 3, node 2's
// access check fails: node 2 throws, and the coordinator fails naming node
// 2's refusal and its reason.
func TestDecryptToSingleNodeRefusalReachesCoordinator(t *testing.T) {
	code := `(async () => { try { const pt = await Lit.Actions.decryptToSingleNode({ciphertext}); Lit.Actions.setResponse({response: pt === null ? "null" : "decrypted"}); } catch (e) { Lit.Actions.setResponse({response: "refused: " + e.message}); } })();`
	nodes := []party.ID{"1", "2", "3"}
	shares := dealKey(t, nodes, 3)
	ds := map[party.ID]*testDecrypter{}
	for _, id := range nodes {
		ds[id] = &testDecrypter{ks: shares[id], refuse: id == "2"}
	}
	ct, err := tdec.Encrypt(shares["1"].Set.Public, tdec.Access{Kind: tdec.AccessConditions, Value: []byte(`[1]`)}, []byte("x"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := ct.MarshalBinary()
	res := decryptRun(t, code, ds, fmt.Sprintf(`{"ciphertext": %q}`, base64.StdEncoding.EncodeToString(b)))
	if r := res["1"].Response; !strings.Contains(r, "2 verified of 3 needed") || !strings.Contains(r, `refused by [2 ("access conditions are not met on this node")]`) {
		t.Fatalf("coordinator: %q", r)
	}
	if r := res["2"].Response; r != "refused: decryptToSingleNode: access conditions are not met on this node" {
		t.Fatalf("node 2: %q", r)
	}
	if r := res["3"].Response; r != "null" {
		t.Fatalf("node 3: %q", r)
	}
}
