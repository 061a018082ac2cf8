package e2e

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/devnet"
	"github.com/pkpnet/pkpnet/examples"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node"
	"github.com/pkpnet/pkpnet/node/signing/signingtest"
	"github.com/pkpnet/pkpnet/p2p"
)

// otherAction is an action nobody permitted: the demo action with another CID.
var otherAction = devnet.SignAction + "// another action\n"

func cidOf(t *testing.T, code string) string {
	t.Helper()
	c, err := actionid.CID([]byte(code))
	if err != nil {
		t.Fatal(err)
	}
	return c.String()
}

// usedPresigs records every presignature ID a returned signature used, to
// pin docs/invariants.md#I1 across the whole suite, restarts included.
var (
	usedMu     sync.Mutex
	usedPresig = map[string]string{}
)

// checkSig verifies sig against the PKP key with go-ethereum's Ecrecover
// (docs/invariants.md#I6) and records its presignature.
func checkSig(t *testing.T, what string, s client.Signature, pub []byte, hash []byte) {
	t.Helper()
	if got := s.Bytes(); len(got) != 65 {
		t.Fatalf("%s: signature of %d bytes", what, len(got))
	}
	if err := mpc.VerifySignature(pub, hash, s.Bytes()); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	rec, err := crypto.Ecrecover(hash, s.Bytes())
	if err != nil {
		t.Fatalf("%s: ecrecover: %v", what, err)
	}
	want, _ := mpc.PubkeyAddress(pub)
	if got := common.BytesToAddress(crypto.Keccak256(rec[1:])[12:]); got != want {
		t.Fatalf("%s: ecrecover gives %s, want %s", what, got, want)
	}
	usedMu.Lock()
	defer usedMu.Unlock()
	if prev, ok := usedPresig[s.PresignID]; ok {
		t.Fatalf("%s: presignature %s was already used by %s", what, s.PresignID, prev)
	}
	usedPresig[s.PresignID] = what
}

func signParams(t *testing.T, pub string, hash []byte, name string) json.RawMessage {
	t.Helper()
	b, err := json.Marshal(map[string]string{"toSign": "0x" + hex.EncodeToString(hash), "publicKey": pub, "sigName": name})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func signParamsB(pub string, hash []byte) json.RawMessage {
	b, _ := json.Marshal(map[string]string{"toSign": "0x" + hex.EncodeToString(hash), "publicKey": pub, "sigName": "b"})
	return b
}

func ctxT(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func randHash(t *testing.T) []byte {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return crypto.Keccak256(crypto.FromECDSA(k))
}

// TestDemo runs the devnet demo end to end: mint, permit, execute an action
// that signs an EIP-1559 transfer from the PKP's address, broadcast, receipt
// and balances, then Mint/Grant/Burn.
func TestDemo(t *testing.T) {
	ctx := ctxT(t, 2*time.Minute)
	c := newClient(t, net.user, nil)
	ch := newChain(t, net.user)
	eth := net.d.Chain.Client()
	var progress bytes.Buffer
	res, err := devnet.RunDemo(ctx, devnet.DemoConfig{Client: c, Chain: ch, Eth: eth, Out: &progress})
	t.Log(progress.String())
	if err != nil {
		t.Fatal(err)
	}
	if res.ReceiptStatus != types.ReceiptStatusSuccessful {
		t.Fatalf("receipt status %d", res.ReceiptStatus)
	}
	r, err := eth.TransactionReceipt(ctx, common.HexToHash(res.TxHash))
	if err != nil || r.Status != 1 {
		t.Fatalf("receipt of %s: %v %v", res.TxHash, r, err)
	}
	tx, _, err := eth.TransactionByHash(ctx, common.HexToHash(res.TxHash))
	if err != nil {
		t.Fatal(err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil || from != common.HexToAddress(res.PKPAddress) {
		t.Fatalf("transaction sender %s, want the PKP %s (%v)", from, res.PKPAddress, err)
	}
	bal, err := eth.BalanceAt(ctx, common.HexToAddress(res.Recipient), nil)
	if err != nil || bal.String() != res.ValueWei {
		t.Fatalf("recipient balance %v, want %s (%v)", bal, res.ValueWei, err)
	}
	pkpBal, _ := eth.BalanceAt(ctx, common.HexToAddress(res.PKPAddress), nil)
	two := new(big.Int).Mul(big.NewInt(2), big.NewInt(1e18))
	spent := new(big.Int).Sub(two, pkpBal)
	if spent.Cmp(tx.Value()) <= 0 || spent.Cmp(new(big.Int).Add(tx.Value(), tx.Cost())) > 0 {
		t.Fatalf("PKP balance %s: spent %s for a transfer of %s", pkpBal, spent, tx.Value())
	}
	pub, _ := hex.DecodeString(strings.TrimPrefix(res.PKPPublicKey, "0x"))
	hash, _ := hex.DecodeString(strings.TrimPrefix(res.SignedHash, "0x"))
	sig := client.Signature{Signature: res.Signature, PresignID: "demo-" + res.TxHash}
	checkSig(t, "demo transfer", sig, pub, hash)
	if res.MGBSignature == "" || res.MGBTokenID == "" {
		t.Fatalf("mint/grant/burn step missing: %+v", res)
	}
	// The summary JSON has the fields the README promises.
	b, _ := json.Marshal(res)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	for _, k := range []string{"tokenId", "pkpAddress", "pkpPublicKey", "txHash", "signedHash", "signature"} {
		if s, _ := m[k].(string); s == "" {
			t.Errorf("summary lacks %q", k)
		}
	}
}

// refusedByAll checks that err is a refusal that every node of the set
// answered with the given code, and that no pool level moved.
func refusedByAll(t *testing.T, what string, err error, code string, before map[string]int) {
	t.Helper()
	var re *client.RequestError
	if !errors.As(err, &re) {
		t.Fatalf("%s: got %v, want a refusal", what, err)
	}
	if !re.Refused {
		t.Fatalf("%s: not marked refused: %v", what, err)
	}
	by := map[string]string{}
	for _, ne := range re.NodeErrors {
		by[ne.Party] = ne.Code
		if ne.Code != code {
			t.Errorf("%s: node %s answered %q (%v), want %q", what, ne.Party, ne.Code, ne.Err, code)
		}
	}
	if len(by) != len(net.d.Nodes) {
		t.Errorf("%s: refusals from %v, want every node", what, by)
	}
	// A refusal consumes no presignature and releases no share. (Pool
	// levels are no measure: a background refill may add to them.)
	if after := net.spent(); !maps.Equal(before, after) {
		t.Errorf("%s: presignatures consumed or shares released %v -> %v", what, before, after)
	}
	t.Logf("%s: %v", what, err)
}

// TestMintGrantBurn: after mint-grant-burn the granted action signs, any
// other action is refused, and nobody can change the permissions.
func TestMintGrantBurn(t *testing.T) {
	ctx := ctxT(t, 2*time.Minute)
	c := newClient(t, net.user, nil)
	ch := newChain(t, net.user)
	// The seed's point: a PKP that provably can only ever sign primes.
	granted := devnet.PrimeActionCID()
	p, err := ch.MintGrantAndBurn(ctx, granted)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Burned || p.Owner != (common.Address{}) {
		t.Fatalf("PKP not burned: %+v", p)
	}
	prime := func(number string) *client.Result {
		t.Helper()
		params, _ := json.Marshal(map[string]string{"number": number, "publicKey": p.PubKey, "sigName": "s"})
		r, err := c.Execute(ctx, client.ExecuteParams{Code: examples.Prime, JSParams: params}, nil)
		if err != nil {
			t.Fatalf("prime action for %s: %v", number, err)
		}
		if r.ActionCID != granted {
			t.Errorf("action CID %s, want %s", r.ActionCID, granted)
		}
		return r
	}
	r := prime("7919")
	s, ok := r.Signatures["s"]
	if !ok {
		t.Fatal("no signature for the prime 7919")
	}
	// Anyone can check: the signed message is the number itself.
	sig := s.Bytes()
	recovered, err := crypto.Ecrecover(accounts.TextHash([]byte("7919")), sig)
	if err != nil {
		t.Fatal(err)
	}
	if k, err := crypto.UnmarshalPubkey(recovered); err != nil || crypto.PubkeyToAddress(*k) != p.Address {
		t.Fatalf("ecrecover of the prime signature does not give the PKP's address %s", p.Address)
	}
	if r := prime("7917"); len(r.Signatures) != 0 {
		t.Fatalf("the composite 7917 = 3 x 7 x 13 x 29 got a signature: %+v", r.Signatures)
	}

	waitPoolT(t)
	before := net.spent()
	_, err = c.Execute(ctx, client.ExecuteParams{Code: otherAction, JSParams: signParams(t, p.PubKey, randHash(t), "s")}, nil)
	refusedByAll(t, "other action on a burned PKP", err, "forbidden", before)
	_, err = c.PKPSign(ctx, p.PubKeyBytes(), randHash(t), nil)
	refusedByAll(t, "pkp-sign on a burned PKP", err, "forbidden", before)

	for name, f := range map[string]func() error{
		"add action":  func() error { return ch.AddPermittedAction(ctx, p.TokenID, cidOf(t, otherAction), nil) },
		"add address": func() error { return ch.AddPermittedAddress(ctx, p.TokenID, ch.From(), nil) },
		"remove":      func() error { return ch.RemovePermittedAction(ctx, p.TokenID, granted) },
	} {
		if err := f(); err == nil {
			t.Errorf("%s on a burned PKP succeeded", name)
		}
	}
}

// TestSendToSelf: a PKP that owns itself signs through its permitted action
// and its permissions are fixed.
func TestSendToSelf(t *testing.T) {
	ctx := ctxT(t, 2*time.Minute)
	c := newClient(t, net.other, nil)
	ch := newChain(t, net.user)
	act := cidOf(t, devnet.SignAction)
	p, err := ch.MintWithPermissions(ctx, client.MintOptions{Actions: []string{act}, SendPkpToSelf: true})
	if err != nil {
		t.Fatal(err)
	}
	if p.Owner != p.Address {
		t.Fatalf("owner %s, want the PKP's own address %s", p.Owner, p.Address)
	}
	h := randHash(t)
	r, err := c.Execute(ctx, client.ExecuteParams{Code: devnet.SignAction, JSParams: signParams(t, p.PubKey, h, "self")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkSig(t, "self-owned PKP", r.Signatures["self"], p.PubKeyBytes(), h)
	if err := ch.AddPermittedAddress(ctx, p.TokenID, ch.From(), nil); err == nil || !strings.Contains(err.Error(), "PermissionsFrozen") {
		t.Fatalf("changing a self-owned PKP: %v, want PermissionsFrozen", err)
	}
}

// TestRefusals: an action that is not permitted, a forged, expired or
// wrong-chain session authorisation, and a session without the capability
// are refused by every node with a clear error, and no pool level moves.
func TestRefusals(t *testing.T) {
	ctx := ctxT(t, 2*time.Minute)
	ch := newChain(t, net.user)
	p, err := ch.MintPKP(ctx)
	if err != nil {
		t.Fatal(err)
	}
	permitted := cidOf(t, devnet.SignAction)
	if err := ch.AddPermittedAction(ctx, p.TokenID, permitted, nil); err != nil {
		t.Fatal(err)
	}
	other := newClient(t, net.other, nil)
	owner := newClient(t, net.user, nil)
	execute := func(c *client.Client, code string, s *auth.Session) error {
		_, err := c.Execute(ctx, client.ExecuteParams{Code: code, JSParams: signParams(t, p.PubKey, randHash(t), "x")}, &client.Options{Session: s})
		return err
	}
	session := func(key *ecdsa.PrivateKey, mod func(*auth.SessionParams)) *auth.Session {
		sp := auth.SessionParams{Network: net.d.Network, ChainID: owner.ChainID(), Lifetime: time.Hour}
		if mod != nil {
			mod(&sp)
		}
		s, err := auth.NewSession(key, sp)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	// A session authorisation naming the owner, signed by another key.
	fm, fkey, err := auth.SessionMessage(crypto.PubkeyToAddress(net.user.PublicKey), auth.SessionParams{Network: net.d.Network, ChainID: owner.ChainID()})
	if err != nil {
		t.Fatal(err)
	}
	fsig, err := crypto.Sign(accounts.TextHash([]byte(fm.String())), net.other)
	if err != nil {
		t.Fatal(err)
	}
	forged, err := auth.SessionFromAuthSig(auth.AuthSig{Sig: hexutil.Encode(fsig), DerivedVia: auth.DerivedVia, SignedMessage: fm.String()}, fkey, net.d.Network)
	if err != nil {
		t.Fatal(err)
	}
	expired := session(net.user, func(sp *auth.SessionParams) { sp.Now = time.Now().Add(-2 * time.Hour) })
	wrongChain := session(net.user, func(sp *auth.SessionParams) { sp.ChainID = 1 })
	onlySign := session(net.user, func(sp *auth.SessionParams) {
		sp.Abilities = map[string][]auth.Caveat{auth.AbilityPKPSign: {{}}}
	})
	actionOnly := session(net.user, func(sp *auth.SessionParams) {
		sp.Abilities = map[string][]auth.Caveat{auth.AbilityExecute: {{Actions: []string{cidOf(t, otherAction)}}}}
	})
	otherPKP := session(net.user, func(sp *auth.SessionParams) {
		sp.Abilities = map[string][]auth.Caveat{auth.AbilityExecute: {{TokenIDs: []string{new(big.Int).Add(p.TokenID, big.NewInt(1000)).String()}}}}
	})
	cases := []struct {
		name string
		c    *client.Client
		code string
		s    *auth.Session
		want string
	}{
		{"action not permitted (caller not permitted)", other, otherAction, nil, "forbidden"},
		{"forged session authorisation", owner, devnet.SignAction, forged, "unauthorized"},
		{"expired session", owner, devnet.SignAction, expired, "unauthorized"},
		{"session for another chain", owner, devnet.SignAction, wrongChain, "unauthorized"},
		{"session without the execute capability", owner, devnet.SignAction, onlySign, "forbidden"},
		{"session restricted to another action", owner, devnet.SignAction, actionOnly, "forbidden"},
		{"session restricted to another PKP", owner, devnet.SignAction, otherPKP, "forbidden"},
	}
	for _, tc := range cases {
		before := net.spent()
		start := time.Now()
		err := execute(tc.c, tc.code, tc.s)
		refusedByAll(t, tc.name, err, tc.want, before)
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%s: refusal took %s", tc.name, d)
		}
	}
	// pkp-sign with an execute-only session.
	onlyExec := session(net.user, func(sp *auth.SessionParams) { sp.Abilities = map[string][]auth.Caveat{auth.AbilityExecute: {{}}} })
	before := net.spent()
	_, err = owner.PKPSign(ctx, p.PubKeyBytes(), randHash(t), &client.Options{Session: onlyExec})
	refusedByAll(t, "session without the pkp-sign capability", err, "forbidden", before)
	// The stranger's permitted action does sign: the refusals above were
	// about the action, not the caller.
	h := randHash(t)
	r, err := other.Execute(ctx, client.ExecuteParams{Code: devnet.SignAction, JSParams: signParams(t, p.PubKey, h, "ok")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkSig(t, "permitted action by a stranger", r.Signatures["ok"], p.PubKeyBytes(), h)
	// A session restricted to this action and PKP signs too.
	narrow := session(net.user, func(sp *auth.SessionParams) {
		sp.Abilities = map[string][]auth.Caveat{auth.AbilityExecute: {{Actions: []string{permitted}, TokenIDs: []string{p.TokenID.String()}}}}
	})
	h = randHash(t)
	r, err = owner.Execute(ctx, client.ExecuteParams{Code: devnet.SignAction, JSParams: signParams(t, p.PubKey, h, "ok")}, &client.Options{Session: narrow})
	if err != nil {
		t.Fatalf("restricted session within its restriction: %v", err)
	}
	checkSig(t, "restricted session", r.Signatures["ok"], p.PubKeyBytes(), h)
}

// TestEquivocatingSigner: a node that equivocates its entropy commitments
// (each other signer gets a different, consistent transcript) is proven
// bad by the client from the signed transcripts, and the client still
// returns a valid signature from another signer set.
func TestEquivocatingSigner(t *testing.T) {
	ctx := ctxT(t, 3*time.Minute)
	ch := newChain(t, net.user)
	p, err := ch.MintPKP(ctx)
	if err != nil {
		t.Fatal(err)
	}
	key, err := p2p.LoadOrCreateIdentity(filepath.Join(net.d.Nodes[1].Config.DataDir, node.IdentityFile))
	if err != nil {
		t.Fatal(err)
	}
	net.behave(1, signingtest.Equivocate("2", key))
	t.Cleanup(func() { net.behave(1, nil) })
	c := newClient(t, net.user, nil)
	named := false
	for i := 0; i < 8 && !named; i++ {
		h := randHash(t)
		r, err := c.PKPSign(ctx, p.PubKeyBytes(), h, nil)
		if err != nil {
			t.Fatalf("sign %d with an equivocating node: %v", i, err)
		}
		checkSig(t, fmt.Sprintf("equivocation run %d", i), r.Signatures["sig"], p.PubKeyBytes(), h)
		if slices.Contains(r.Signatures["sig"].Signers, "2") {
			t.Fatalf("the returned signature includes the equivocating node: signers %v", r.Signatures["sig"].Signers)
		}
		bad := r.BadNodes()
		switch {
		case len(bad) == 0:
			// The coordinator chose {1,3}: node 2 was not a signer.
		case slices.Equal(bad, []string{"2"}):
			named = true
			if r.Attempts < 2 {
				t.Errorf("named node 2 but made %d attempt(s)", r.Attempts)
			}
			t.Logf("run %d: named %v, signed by %v after %d attempts", i, bad, r.Signatures["sig"].Signers, r.Attempts)
		default:
			t.Fatalf("named %v, want only node 2", bad)
		}
	}
	if !named {
		t.Fatal("node 2 was never in a signer set in 8 runs")
	}
}

// TestNodesDown: with one node of three stopped signing succeeds; with two
// stopped the client says "not enough nodes" quickly.
func TestNodesDown(t *testing.T) {
	ctx := ctxT(t, 3*time.Minute)
	ch := newChain(t, net.user)
	p, err := ch.MintPKP(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c := newClient(t, net.user, func(cfg *client.Config) { cfg.AttemptTimeout = 10 * time.Second })
	t.Cleanup(func() {
		if err := net.startAll(); err != nil {
			t.Error(err)
		}
	})
	if err := net.stop(2); err != nil {
		t.Fatal(err)
	}
	h := randHash(t)
	r, err := c.PKPSign(ctx, p.PubKeyBytes(), h, nil)
	if err != nil {
		t.Fatalf("sign with node 3 down: %v", err)
	}
	checkSig(t, "node 3 down", r.Signatures["sig"], p.PubKeyBytes(), h)
	if slices.Contains(r.Nodes, "3") {
		t.Errorf("request reached stopped node 3: nodes %v", r.Nodes)
	}
	if err := net.stop(1); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = c.PKPSign(ctx, p.PubKeyBytes(), randHash(t), nil)
	took := time.Since(start)
	if !errors.Is(err, client.ErrNotEnoughNodes) || !strings.Contains(err.Error(), "not enough nodes: 1 reachable, need 2") {
		t.Fatalf("two nodes down: %v, want not enough nodes", err)
	}
	if took > 15*time.Second {
		t.Errorf("not-enough-nodes error took %s", took)
	}
	t.Logf("two nodes down: %v (after %s)", err, took.Round(time.Millisecond))
}

// TestRestart: stop every node and restart from the data dirs: a wrong
// passphrase is refused; then the same root key, no keygen, the pool minus
// what was consumed, and signing works.
func TestRestart(t *testing.T) {
	ctx := ctxT(t, 3*time.Minute)
	if err := net.startAll(); err != nil {
		t.Fatal(err)
	}
	waitPoolT(t)
	ch := newChain(t, net.user)
	p, err := ch.MintPKP(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c := newClient(t, net.user, nil)
	full := net.levels()
	h := randHash(t)
	r, err := c.PKPSign(ctx, p.PubKeyBytes(), h, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkSig(t, "before restart", r.Signatures["sig"], p.PubKeyBytes(), h)
	consumed := net.levels()
	net.stopAll()
	sum := func(m map[string]int) int {
		n := 0
		for _, v := range m {
			n += v
		}
		return n
	}
	if sum(consumed) != sum(full)-1 {
		t.Errorf("one signature consumed %d presignatures (levels %v -> %v)", sum(full)-sum(consumed), full, consumed)
	}

	bad := net.config(0)
	bad.Passphrase = []byte("wrong passphrase")
	if err := node.Run(ctx, bad); err == nil || !strings.Contains(err.Error(), "wrong passphrase") {
		t.Fatalf("node 1 with a wrong passphrase: got %v, want a wrong passphrase error", err)
	}

	atReady := make([]map[string]int, len(net.d.Nodes))
	if err := net.startAll(); err != nil {
		t.Fatal(err)
	}
	for i := range net.d.Nodes {
		nd := net.node(i)
		atReady[i] = nd.PoolLevels()
		if !bytes.Equal(nd.RootKey(), net.root) {
			t.Errorf("node %d root key %x, want %x", i+1, nd.RootKey(), net.root)
		}
		if n := nd.KeygenRuns(); n != 0 {
			t.Errorf("node %d ran keygen %d times after restart", i+1, n)
		}
	}
	for i, lv := range atReady {
		for k, v := range lv {
			key := strconv.Itoa(i+1) + "/" + k
			if v > consumed[key] {
				t.Errorf("after restart %s has %d presignatures, had %d before: a consumed one came back", key, v, consumed[key])
			}
			if v < consumed[key] {
				t.Errorf("after restart %s has %d presignatures, had %d before: some were lost", key, v, consumed[key])
			}
		}
	}
	h2 := randHash(t)
	r2, err := c.PKPSign(ctx, p.PubKeyBytes(), h2, nil)
	if err != nil {
		t.Fatalf("sign after restart: %v", err)
	}
	checkSig(t, "after restart", r2.Signatures["sig"], p.PubKeyBytes(), h2)
}

// TestExecuteByCID: an action added to the devnet's IPFS gateway runs by
// its CID; every node fetches it from the gateway and verifies it, and the
// response names the same CID, also when asked by its dag-pb CIDv1. A CID
// the gateway does not have is refused by every node with a clear error.
func TestExecuteByCID(t *testing.T) {
	ctx := ctxT(t, 2*time.Minute)
	c := newClient(t, net.user, nil)
	code := "Lit.Actions.setResponse({response: 'by cid: ' + Lit.Auth.actionIpfsIds[0]});\n"
	id, err := net.d.Gateway.Add(ctx, []byte(code))
	if err != nil {
		t.Fatal(err)
	}
	if id.String() != cidOf(t, code) {
		t.Fatalf("gateway CID %s, ActionCID %s", id, cidOf(t, code))
	}
	r, err := c.Execute(ctx, client.ExecuteParams{IPFSID: id.String()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.ActionCID != id.String() || r.Response != "by cid: "+id.String() {
		t.Fatalf("got cid %s response %q", r.ActionCID, r.Response)
	}
	// The same action by its dag-pb CIDv1 runs as itself; the raw CIDv1
	// of its multihash is refused by the client before any node is asked.
	v1 := cid.NewCidV1(cid.DagProtobuf, id.Hash()).String()
	r, err = c.Execute(ctx, client.ExecuteParams{IPFSID: v1}, nil)
	if err != nil {
		t.Fatalf("by CIDv1 %s: %v", v1, err)
	}
	if r.ActionCID != id.String() || r.Response != "by cid: "+id.String() {
		t.Fatalf("by CIDv1: got cid %s response %q", r.ActionCID, r.Response)
	}
	_, err = c.Execute(ctx, client.ExecuteParams{IPFSID: cid.NewCidV1(cid.Raw, id.Hash()).String()}, nil)
	if err == nil || !strings.Contains(err.Error(), "not an action CID") {
		t.Fatalf("raw CIDv1: err = %v", err)
	}
	missing := cidOf(t, code+"// not added\n")
	_, err = c.Execute(ctx, client.ExecuteParams{IPFSID: missing}, nil)
	if err == nil || !strings.Contains(err.Error(), "not found") {
		t.Fatalf("missing CID: err = %v", err)
	}
}
