package node_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/devchain"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/tdec"
	"github.com/pkpnet/pkpnet/wire"
)

// decryptSession is a session of key that grants pkpnet/decrypt.
func (c *cluster) decryptSession(key *ecdsa.PrivateKey) *auth.Session {
	c.t.Helper()
	s, err := auth.NewSession(key, auth.SessionParams{Network: "nodetest", ChainID: devchain.ChainID, Lifetime: time.Hour,
		Abilities: map[string][]auth.Caveat{auth.AbilityDecrypt: {{}}}})
	if err != nil {
		c.t.Fatal(err)
	}
	return s
}

type decryptAnswer struct {
	share *tdec.Share
	err   error
}

// askDecrypt sends one decrypt request for capsule to the nodes (1-based),
// signed per node with s.
func (c *cluster) askDecrypt(s *auth.Session, capsule *tdec.Capsule, nodes []int) map[int]decryptAnswer {
	c.t.Helper()
	b, err := capsule.MarshalBinary()
	if err != nil {
		c.t.Fatal(err)
	}
	var ids []string
	for _, i := range nodes {
		ids = append(ids, strconv.Itoa(i))
	}
	req := wire.DecryptRequest{Common: wire.Common{RequestID: fmt.Sprintf("dec-%d", time.Now().UnixNano()), Epoch: c.nodes[0].Epoch(),
		Coordinator: ids[0], Nodes: ids}, Capsule: b}
	hash := req.Body().Hash()
	out := map[int]decryptAnswer{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, i := range nodes {
		cp := req
		now := time.Now()
		cp.Session = s.Sign(auth.RequestBinding{Network: "nodetest", PeerID: []byte(c.peer(i)), Protocol: string(wire.DecryptProtocol),
			RequestID: req.RequestID, BodyHash: hash, IssuedAt: now.UnixMilli(), ExpiresAt: now.Add(time.Minute).UnixMilli()})
		wg.Go(func() {
			ctx, cancel := context.WithTimeout(context.Background(), slow*30*time.Second)
			defer cancel()
			resp, err := p2p.Call[wire.DecryptRequest, wire.DecryptResponse](ctx, c.client.LibP2P(), c.peer(i), wire.DecryptProtocol, &cp, 64<<10)
			var a decryptAnswer
			if a.err = err; err == nil {
				a.share, a.err = resp.Validate()
			}
			mu.Lock()
			out[i] = a
			mu.Unlock()
		})
	}
	wg.Wait()
	return out
}

func refusalCode(err error) string {
	var pe *p2p.Error
	if errors.As(err, &pe) {
		return string(pe.Code)
	}
	return ""
}

// testDecrypt runs inside TestCluster (n = 3, T = 2): the encryption key
// from genesis, decryption under a balance condition that is false, then
// true after a transfer; another chain's name; the cross-identity attack;
// a session without the decrypt ability; a bad share named; no plaintext
// in any node's logs.
func testDecrypt(t *testing.T, c *cluster) {
	set := c.nodes[0].EncryptionKey()
	if set == nil || set.Threshold != 2 || len(set.Shares) != 3 {
		t.Fatalf("encryption key set %+v", set)
	}
	if bytes.Equal(set.Public, c.nodes[0].RootKey()) {
		t.Fatal("the encryption key is the root key")
	}
	for _, nd := range c.nodes {
		if k := nd.EncryptionKey(); k == nil || !bytes.Equal(tdec.EncodeKeySet(k), tdec.EncodeKeySet(set)) {
			t.Fatalf("node %s serves another encryption key set", nd.Party())
		}
	}

	// The reader: a fresh wallet; the condition: its balance >= 1 ether.
	reader, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(reader.PublicKey)
	sess := c.decryptSession(reader)
	cond := `[{"conditionType":"evmBasic","contractAddress":"","standardContractType":"","chain":"pkpnet","method":"eth_getBalance","parameters":[":userAddress","latest"],"returnValueTest":{"comparator":">=","value":"1000000000000000000"}}]`
	secret := "plaintext-" + hex.EncodeToString(crypto.Keccak256([]byte(addr.Hex()))[:8])
	ct, err := tdec.Encrypt(set.Public, tdec.Access{Kind: tdec.AccessConditions, Value: []byte(cond)}, []byte(secret))
	if err != nil {
		t.Fatal(err)
	}
	all := []int{1, 2, 3}

	t.Run("conditions false: every node refuses", func(t *testing.T) {
		for i, a := range c.askDecrypt(sess, ct.Capsule(), all) {
			if a.err == nil || refusalCode(a.err) != string(p2p.CodeForbidden) || !strings.Contains(a.err.Error(), "not met") {
				t.Fatalf("node %d: %v", i, a.err)
			}
		}
	})
	t.Run("session without the decrypt ability is refused", func(t *testing.T) {
		for i, a := range c.askDecrypt(c.session(reader), ct.Capsule(), all) {
			if a.err == nil || !strings.Contains(a.err.Error(), "decrypt") {
				t.Fatalf("node %d: %v", i, a.err)
			}
		}
	})

	r, err := c.chain.Fund(context.Background(), 0, addr, new(big.Int).Mul(big.NewInt(2), big.NewInt(1e18)))
	if err != nil {
		t.Fatal(err)
	}
	c.waitIndexed(r.BlockNumber.Uint64())

	t.Run("conditions true after a transfer: T nodes decrypt", func(t *testing.T) {
		ans := c.askDecrypt(sess, ct.Capsule(), []int{2, 3})
		var shares []*tdec.Share
		for i, a := range ans {
			if a.err != nil {
				t.Fatalf("node %d: %v", i, a.err)
			}
			shares = append(shares, a.share)
		}
		pt, bad, err := set.Decrypt(ct, shares)
		if err != nil || len(bad) != 0 || string(pt) != secret {
			t.Fatalf("plaintext %q, bad %v: %v", pt, bad, err)
		}
		// One share is not enough.
		if _, _, err := set.Decrypt(ct, shares[:1]); !errors.Is(err, tdec.ErrTooFewShares) {
			t.Fatalf("one share: %v", err)
		}
	})
	t.Run("a bad share names its node; the honest ones decrypt", func(t *testing.T) {
		ans := c.askDecrypt(sess, ct.Capsule(), all)
		var shares []*tdec.Share
		for i := 1; i <= 3; i++ {
			if ans[i].err != nil {
				t.Fatalf("node %d: %v", i, ans[i].err)
			}
			shares = append(shares, ans[i].share)
		}
		shares[0].E[0] ^= 0x80 // node 1's share as a lying node would send it
		pt, bad, err := set.Decrypt(ct, shares)
		if err != nil || string(pt) != secret || len(bad) != 1 || bad[0].Party != "1" {
			t.Fatalf("plaintext %q, bad %v: %v", pt, bad, err)
		}
	})
	t.Run("a condition about another chain is refused clearly", func(t *testing.T) {
		other := strings.Replace(cond, `"chain":"pkpnet"`, `"chain":"polygon"`, 1)
		oc, err := tdec.Encrypt(set.Public, tdec.Access{Kind: tdec.AccessConditions, Value: []byte(other)}, []byte("x"))
		if err != nil {
			t.Fatal(err)
		}
		for i, a := range c.askDecrypt(sess, oc.Capsule(), all) {
			if a.err == nil || refusalCode(a.err) != string(p2p.CodeBadRequest) || !strings.Contains(a.err.Error(), `unknown chain "polygon"`) {
				t.Fatalf("node %d: %v", i, a.err)
			}
		}
	})
	t.Run("cross-identity reuse of C1 is refused", func(t *testing.T) {
		// The attacker's own always-true ciphertext (any caller with a
		// balance qualifies), with the victim's C1 swapped in.
		victim, err := tdec.Encrypt(set.Public, tdec.Access{Kind: tdec.AccessConditions, Value: []byte(strings.Replace(cond, "1000000000000000000", "100000000000000000000000", 1))}, []byte("victim"))
		if err != nil {
			t.Fatal(err)
		}
		own, err := tdec.Encrypt(set.Public, tdec.Access{Kind: tdec.AccessConditions, Value: []byte(cond)}, []byte("own"))
		if err != nil {
			t.Fatal(err)
		}
		forged := own.Capsule()
		forged.C1 = victim.C1
		for i, a := range c.askDecrypt(sess, forged, all) {
			if a.err == nil || !strings.Contains(a.err.Error(), "proof of knowledge") {
				t.Fatalf("node %d released a share for the victim's C1: %v", i, a.err)
			}
		}
		// The attacker's own capsule is served (the refusal is the proof's).
		for i, a := range c.askDecrypt(sess, own.Capsule(), all) {
			if a.err != nil {
				t.Fatalf("node %d: %v", i, a.err)
			}
		}
	})
	t.Run("action-bound ciphertexts are not served to clients", func(t *testing.T) {
		ac, err := tdec.Encrypt(set.Public, tdec.Access{Kind: tdec.AccessAction, Value: []byte("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG")}, []byte("x"))
		if err != nil {
			t.Fatal(err)
		}
		for i, a := range c.askDecrypt(sess, ac.Capsule(), all) {
			if a.err == nil || refusalCode(a.err) != string(p2p.CodeForbidden) {
				t.Fatalf("node %d: %v", i, a.err)
			}
		}
	})
	t.Run("no plaintext in node logs", func(t *testing.T) {
		logs := c.logs.String()
		if !strings.Contains(logs, "decryption share released") {
			t.Fatal("the log scan sees no decrypt request at all")
		}
		if strings.Contains(logs, secret) || strings.Contains(logs, hex.EncodeToString([]byte(secret))) {
			t.Fatal("the plaintext appears in a node's logs")
		}
	})
}

const decryptSignAction = `(async () => {
  const pt = await Lit.Actions.decryptAndCombine({ ciphertext });
  await Lit.Actions.signEcdsa({ toSign: ethers.utils.arrayify(ethers.utils.keccak256(ethers.utils.toUtf8Bytes(pt))), publicKey, sigName: "dec" });
  Lit.Actions.setResponse({ response: "signed a plaintext of " + pt.length + " bytes" });
})();`

// testDecryptInAction: data bound to an action is decrypted inside its
// runs (shares exchanged on the run's channel), the action signs the
// plaintext's keccak256, the client combines that signature, and the
// plaintext is in no answer and no log; the same ciphertext is refused to
// another action.
func testDecryptInAction(t *testing.T, c *cluster, tok *big.Int, pub []byte) {
	set := c.nodes[0].EncryptionKey()
	id, err := actionid.CID([]byte(decryptSignAction))
	if err != nil {
		t.Fatal(err)
	}
	secret := "in-run-secret-" + hex.EncodeToString(crypto.Keccak256([]byte(id.String()))[:6])
	ct, err := tdec.Encrypt(set.Public, tdec.Access{Kind: tdec.AccessAction, Value: []byte(id.String())}, []byte(secret))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := ct.MarshalBinary()
	params := fmt.Sprintf(`{"ciphertext": %q, "publicKey": %q}`, base64.StdEncoding.EncodeToString(b), hexutil.Encode(pub))
	c.permitAction(tok, decryptSignAction)
	req := &wire.ExecuteRequest{Common: c.common(c.user, []int{1, 2, 3}, 1), Code: decryptSignAction, JSParams: []byte(params)}
	res := fanOut(c, wire.ExecuteProtocol, []int{1, 2, 3}, req)
	for i, r := range res {
		if r.err != nil {
			t.Fatalf("node %d: %v", i, r.err)
		}
		if r.resp.Response != fmt.Sprintf("signed a plaintext of %d bytes", len(secret)) {
			t.Fatalf("node %d response %q", i, r.resp.Response)
		}
	}
	sig, shares, err := c.combine(res, "dec", pub)
	if err != nil {
		t.Fatal(err)
	}
	if want := crypto.Keccak256([]byte(secret)); hexutil.Encode(want) != shares[0].Hash || len(sig) != 65 {
		t.Fatalf("signed hash %s, want keccak256 of the plaintext %x", shares[0].Hash, want)
	}
	logs := c.logs.String()
	if !strings.Contains(logs, "decryption share released to an action run") {
		t.Fatal("the log scan sees no in-run decryption")
	}
	if strings.Contains(logs, secret) {
		t.Fatal("the plaintext appears in a node's logs")
	}

	// Another action (same code plus a comment: another CID) is refused.
	other := decryptSignAction + "\n// another action\n"
	c.permitAction(tok, other)
	req = &wire.ExecuteRequest{Common: c.common(c.user, []int{1, 2, 3}, 1), Code: other, JSParams: []byte(params)}
	for i, r := range fanOut(c, wire.ExecuteProtocol, []int{1, 2, 3}, req) {
		if r.err == nil || !strings.Contains(r.err.Error(), "bound to action") {
			t.Fatalf("node %d: another action decrypted: %v", i, r.err)
		}
	}

	// Data bound to the action's dag-pb CIDv1 (as another client may write
	// it) is the same action's; bound to the raw CIDv1 of the same
	// multihash it names other bytes, and no run decrypts it.
	for _, tc := range []struct {
		name  string
		bound cid.Cid
		ok    bool
	}{
		{"CIDv1", cid.NewCidV1(cid.DagProtobuf, id.Hash()), true},
		{"raw CIDv1", cid.NewCidV1(cid.Raw, id.Hash()), false},
	} {
		ct, err := tdec.Encrypt(set.Public, tdec.Access{Kind: tdec.AccessAction, Value: []byte(tc.bound.String())}, []byte(secret))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := ct.MarshalBinary()
		params := fmt.Sprintf(`{"ciphertext": %q, "publicKey": %q}`, base64.StdEncoding.EncodeToString(b), hexutil.Encode(pub))
		req := &wire.ExecuteRequest{Common: c.common(c.user, []int{1, 2, 3}, 1), Code: decryptSignAction, JSParams: []byte(params)}
		for i, r := range fanOut(c, wire.ExecuteProtocol, []int{1, 2, 3}, req) {
			if tc.ok && (r.err != nil || !strings.HasPrefix(r.resp.Response, "signed a plaintext")) {
				t.Fatalf("bound to the %s: node %d: %v", tc.name, i, r.err)
			}
			if !tc.ok && (r.err == nil || !strings.Contains(r.err.Error(), "bound to action")) {
				t.Fatalf("bound to the %s: node %d decrypted: %v", tc.name, i, r.err)
			}
		}
	}
}

const decryptSingleAction = `(async () => {
  const pt = await Lit.Actions.decryptToSingleNode({ ciphertext });
  Lit.Actions.setResponse({ response: pt === null ? "null" : "keccak " + ethers.utils.keccak256(ethers.utils.toUtf8Bytes(pt)) });
})();`

// testDecryptToSingleNode: data bound to an action is decrypted only at
// the request's coordinator (whichever node the client names), which
// answers the plaintext's keccak256; the other nodes checked the access,
// released their shares to it and got null; the plaintext is in no answer
// and no log; another action is refused at every node.
func testDecryptToSingleNode(t *testing.T, c *cluster, tok *big.Int) {
	set := c.nodes[0].EncryptionKey()
	id, err := actionid.CID([]byte(decryptSingleAction))
	if err != nil {
		t.Fatal(err)
	}
	secret := "single-node-secret-" + hex.EncodeToString(crypto.Keccak256([]byte(id.String()))[:6])
	ct, err := tdec.Encrypt(set.Public, tdec.Access{Kind: tdec.AccessAction, Value: []byte(id.String())}, []byte(secret))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := ct.MarshalBinary()
	params := fmt.Sprintf(`{"ciphertext": %q}`, base64.StdEncoding.EncodeToString(b))
	c.permitAction(tok, decryptSingleAction)
	want := "keccak " + hexutil.Encode(crypto.Keccak256([]byte(secret)))
	for _, coord := range []int{1, 2} {
		req := &wire.ExecuteRequest{Common: c.common(c.user, []int{1, 2, 3}, coord), Code: decryptSingleAction, JSParams: []byte(params)}
		for i, r := range fanOut(c, wire.ExecuteProtocol, []int{1, 2, 3}, req) {
			if r.err != nil {
				t.Fatalf("coordinator %d, node %d: %v", coord, i, r.err)
			}
			if i == coord && r.resp.Response != want || i != coord && r.resp.Response != "null" {
				t.Fatalf("coordinator %d, node %d: response %q", coord, i, r.resp.Response)
			}
		}
	}
	logs := c.logs.String()
	if !strings.Contains(logs, "decryption share released to an action run") {
		t.Fatal("the log scan sees no in-run decryption")
	}
	if strings.Contains(logs, secret) {
		t.Fatal("the plaintext appears in a node's logs")
	}

	other := decryptSingleAction + "\n// another action\n"
	c.permitAction(tok, other)
	req := &wire.ExecuteRequest{Common: c.common(c.user, []int{1, 2, 3}, 1), Code: other, JSParams: []byte(params)}
	for i, r := range fanOut(c, wire.ExecuteProtocol, []int{1, 2, 3}, req) {
		if r.err == nil || !strings.Contains(r.err.Error(), "decryptToSingleNode") || !strings.Contains(r.err.Error(), "bound to action") {
			t.Fatalf("node %d: another action decrypted: %v", i, r.err)
		}
	}
}
