package chainwatch_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pkpnet/pkpnet/chainwatch"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/contracts/bindings"
	"github.com/pkpnet/pkpnet/mpc"
)

var (
	cidA = append([]byte{0x12, 0x20}, bytes.Repeat([]byte{0xa1}, 32)...)
	cidB = append([]byte{0x12, 0x20}, bytes.Repeat([]byte{0xb2}, 32)...)
	cidC = append([]byte{0x12, 0x20}, bytes.Repeat([]byte{0xc3}, 32)...)
)

func sc(s ...int64) []*big.Int {
	out := make([]*big.Int, len(s))
	for i, v := range s {
		out[i] = big.NewInt(v)
	}
	return out
}

func get[T any](t *testing.T, ch *chain, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	c := bind.NewBoundContract(to, contracts.PermsABI.GetABI(), ch.c, ch.c, ch.c)
	v, err := bind.Call(c, nil, data, unpack)
	if err != nil {
		t.Fatalf("call: %v", err)
	}
	return v
}

// scenario produces every kind of event the index follows. It returns the token IDs.
func scenario(ch *chain) []*big.Int {
	u := ch.users
	P := ch.addr.PKPPermissions
	ch.setupNodes(3)
	ch.send(u[1], ch.addr.NodeRegistry, contracts.RegistryABI.PackUpdateHints([]string{"/ip4/127.0.0.1/tcp/4999"}))
	t1 := ch.mint(u[0])
	t2 := ch.mint(u[1])
	ch.send(u[0], P, contracts.PermsABI.PackAddPermittedAction(t1, cidA, sc(1)))
	ch.send(u[0], P, contracts.PermsABI.PackAddPermittedAction(t1, cidB, sc(2)))
	ch.send(u[0], P, contracts.PermsABI.PackAddPermittedAction(t1, cidC, sc(0)))
	ch.send(u[0], P, contracts.PermsABI.PackRemovePermittedAction(t1, cidA)) // swap-and-pop order
	ch.send(u[0], P, contracts.PermsABI.PackAddPermittedAddress(t1, u[2].From(), sc(2)))
	ch.send(u[0], P, contracts.PermsABI.PackAddPermittedAuthMethod(t1, bindings.AuthMethod{AuthMethodType: big.NewInt(6), Id: []byte("g:1"), UserPubkey: []byte{7}}, sc(0)))
	ch.send(u[0], P, contracts.PermsABI.PackAddPermittedAuthMethodScope(t1, big.NewInt(6), []byte("g:1"), big.NewInt(1)))
	ch.send(u[0], P, contracts.PermsABI.PackRemovePermittedAuthMethodScope(t1, big.NewInt(2), cidB, big.NewInt(2)))
	ch.send(u[1], P, contracts.PermsABI.PackAddPermittedAction(t2, cidB, sc(1)))
	ch.send(u[1], ch.addr.PKPNFT, contracts.NFTABI.PackTransferFrom(u[1].From(), u[3].From(), t2))
	// mint-grant-burn and a self-owned PKP from the helper
	r := ch.send(u[2], ch.addr.PKPNFT, contracts.NFTABI.PackMintGrantAndBurnNext(cidC))
	var t3 *big.Int
	for _, l := range r.Logs {
		if ev, err := contracts.NFTABI.UnpackPKPMintedEvent(l); err == nil {
			t3 = ev.TokenId
		}
	}
	r = ch.send(u[2], ch.addr.PKPHelper, contracts.HelperABI.PackMintNextAndAddPermissions(bindings.PKPHelperMintParams{
		PermittedActions: [][]byte{cidA}, PermittedActionScopes: [][]*big.Int{sc(1)},
		AddPkpEthAddressAsPermittedAddress: true, PkpEthAddressScopes: sc(1), SendPkpToItself: true,
	}))
	var t4 *big.Int
	for _, l := range r.Logs {
		if ev, err := contracts.NFTABI.UnpackPKPMintedEvent(l); err == nil {
			t4 = ev.TokenId
		}
	}
	t5 := ch.mint(u[3])
	ch.send(u[3], P, contracts.PermsABI.PackAddPermittedAction(t5, cidA, sc(1)))
	ch.send(u[3], ch.addr.PKPNFT, contracts.NFTABI.PackBurn(t5))
	ch.send(ch.owner, ch.addr.NodeRegistry, contracts.RegistryABI.PackRemoveNode(u[0].From()))
	ch.send(ch.owner, ch.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(u[4].From(), []byte{9, 9}, nil))
	// An epoch transition that removes u[1] and adds u[5] (party 1, freed by u[0]'s
	// removal), completed by the votes of every next node; then a refresh proposal with
	// one vote, aborted by the owner.
	ch.send(ch.owner, ch.addr.NodeRegistry, contracts.RegistryABI.PackProposeTransition([]common.Address{u[1].From()},
		[]bindings.NodeRegistryNode{{Operator: u[5].From(), PeerId: []byte{10, 0x70}, Hints: []string{"/ip4/127.0.0.1/tcp/4005"}}}))
	for _, v := range []int{2, 4, 5} {
		ch.send(u[v], ch.addr.PubkeyRouter, contracts.RouterABI.PackVoteTransition(big.NewInt(1), ch.root))
	}
	ch.send(ch.owner, ch.addr.NodeRegistry, contracts.RegistryABI.PackProposeTransition(nil, nil))
	ch.send(u[2], ch.addr.PubkeyRouter, contracts.RouterABI.PackVoteTransition(big.NewInt(2), ch.root))
	ch.send(ch.owner, ch.addr.NodeRegistry, contracts.RegistryABI.PackAbortTransition())
	return []*big.Int{t1, t2, t3, t4, t5}
}

// checkAgainstChain compares every index answer with the contracts' own views.
func checkAgainstChain(t *testing.T, ch *chain, ix *chainwatch.Index, tokens []*big.Int) {
	t.Helper()
	a := ch.addr
	nodes := get(t, ch, a.NodeRegistry, contracts.RegistryABI.PackGetNodes(), contracts.RegistryABI.UnpackGetNodes)
	got := ix.Nodes()
	if len(got) != len(nodes) {
		t.Fatalf("nodes: index %d, chain %d", len(got), len(nodes))
	}
	for i, n := range nodes {
		if got[i].Operator != n.Operator || !bytes.Equal(got[i].PeerID, n.PeerId) || !slices.Equal(got[i].Hints, n.Hints) || got[i].Index != i+1 {
			t.Fatalf("node %d: index %+v, chain %+v", i, got[i], n)
		}
	}
	parties := get(t, ch, a.NodeRegistry, contracts.RegistryABI.PackGetParties(), contracts.RegistryABI.UnpackGetParties)
	for i, p := range parties {
		if int64(got[i].Party) != p.Int64() {
			t.Fatalf("node %d: party index %d chain %d", i, got[i].Party, p)
		}
	}
	checkTransition(t, ch, ix)
	if e := get(t, ch, a.NodeRegistry, contracts.RegistryABI.PackEpoch(), contracts.RegistryABI.UnpackEpoch); e.Uint64() != ix.Epoch() {
		t.Fatalf("epoch: index %d chain %d", ix.Epoch(), e)
	}
	if th := get(t, ch, a.NodeRegistry, contracts.RegistryABI.PackThreshold(), contracts.RegistryABI.UnpackThreshold); th.Int64() != int64(ix.Threshold()) {
		t.Fatalf("threshold: index %d chain %d", ix.Threshold(), th)
	}
	if rk := get(t, ch, a.PubkeyRouter, contracts.RouterABI.PackRootKey(), contracts.RouterABI.UnpackRootKey); !bytes.Equal(rk, ix.RootKey()) {
		t.Fatalf("root key: index %x chain %x", ix.RootKey(), rk)
	}
	users := []common.Address{ch.owner.From()}
	for _, u := range ch.users {
		users = append(users, u.From())
	}
	for _, tok := range tokens {
		info, ok := ix.PKP(tok)
		if !ok {
			t.Fatalf("token %s not indexed", tok)
		}
		burned := get(t, ch, a.PKPNFT, contracts.NFTABI.PackIsBurned(tok), contracts.NFTABI.UnpackIsBurned)
		if burned != info.Burned {
			t.Fatalf("token %s burned: index %v chain %v", tok, info.Burned, burned)
		}
		if !burned {
			owner := get(t, ch, a.PKPNFT, contracts.NFTABI.PackOwnerOf(tok), contracts.NFTABI.UnpackOwnerOf)
			if owner != info.Owner {
				t.Fatalf("token %s owner: index %s chain %s", tok, info.Owner, owner)
			}
		}
		kid := get(t, ch, a.PKPNFT, contracts.NFTABI.PackKeyIdOf(tok), contracts.NFTABI.UnpackKeyIdOf)
		pa := get(t, ch, a.PubkeyRouter, contracts.RouterABI.PackPkpAddress(tok), contracts.RouterABI.UnpackPkpAddress)
		if kid != info.KeyID || pa != info.Address {
			t.Fatalf("token %s keyId/address mismatch", tok)
		}
		pub, ok := ix.Pubkey(tok)
		if !ok {
			t.Fatalf("token %s: no pubkey", tok)
		}
		if addr, _ := mpc.PubkeyAddress(pub); addr != pa {
			t.Fatalf("token %s: derived pubkey address %s, chain %s", tok, addr, pa)
		}
		if back, ok := ix.PubkeyToTokenID(pub); !ok || back.Cmp(tok) != 0 {
			t.Fatalf("pubkeyToTokenId(%x) = %v", pub, back)
		}
		acts := get(t, ch, a.PKPPermissions, contracts.PermsABI.PackGetPermittedActions(tok), contracts.PermsABI.UnpackGetPermittedActions)
		if ia := ix.GetPermittedActions(tok); len(ia) != len(acts) || (len(acts) > 0 && !slices.EqualFunc(ia, acts, bytes.Equal)) {
			t.Fatalf("token %s actions: index %x chain %x", tok, ia, acts)
		}
		addrs := get(t, ch, a.PKPPermissions, contracts.PermsABI.PackGetPermittedAddresses(tok), contracts.PermsABI.UnpackGetPermittedAddresses)
		if ia := ix.GetPermittedAddresses(tok); !slices.Equal(ia, addrs) {
			t.Fatalf("token %s addresses: index %v chain %v", tok, ia, addrs)
		}
		ams := get(t, ch, a.PKPPermissions, contracts.PermsABI.PackGetPermittedAuthMethods(tok), contracts.PermsABI.UnpackGetPermittedAuthMethods)
		iam := ix.GetPermittedAuthMethods(tok)
		if len(iam) != len(ams) {
			t.Fatalf("token %s auth methods: index %d chain %d", tok, len(iam), len(ams))
		}
		for i := range ams {
			if iam[i].Type != ams[i].AuthMethodType.Uint64() || !bytes.Equal(iam[i].ID, ams[i].Id) || !bytes.Equal(iam[i].UserPubkey, ams[i].UserPubkey) {
				t.Fatalf("token %s auth method %d differs", tok, i)
			}
		}
		// every (permittee, scope) pair: index CanSign vs the chain's own data
		type who struct {
			typ uint64
			id  []byte
		}
		var cands []who
		for _, c := range [][]byte{cidA, cidB, cidC} {
			cands = append(cands, who{contracts.AuthAction, c})
		}
		for _, u := range users {
			cands = append(cands, who{contracts.AuthAddress, u.Bytes()})
		}
		cands = append(cands, who{contracts.AuthAddress, pa.Bytes()}, who{6, []byte("g:1")})
		for _, c := range cands {
			tb := big.NewInt(int64(c.typ))
			onChain := get(t, ch, a.PKPPermissions, contracts.PermsABI.PackIsPermittedAuthMethod(tok, tb, c.id), contracts.PermsABI.UnpackIsPermittedAuthMethod)
			if onChain != ix.IsPermittedAuthMethod(tok, c.typ, c.id) {
				t.Fatalf("token %s isPermittedAuthMethod(%d,%x) differs", tok, c.typ, c.id)
			}
			mask := get(t, ch, a.PKPPermissions, contracts.PermsABI.PackGetPermittedAuthMethodScopeMask(tok, tb, c.id), contracts.PermsABI.UnpackGetPermittedAuthMethodScopeMask).Uint64()
			isOwner := c.typ == contracts.AuthAddress && !burned && bytes.Equal(c.id, info.Owner.Bytes())
			for s := contracts.Scope(0); s <= 2; s++ {
				want := isOwner || (onChain && (s == 0 || mask&(1<<s) != 0 || (s == 2 && mask&2 != 0)))
				if got := ix.CanSign(tok, chainwatch.Method(c.typ, c.id), s); got != want {
					t.Fatalf("token %s CanSign(%d,%x,%d) = %v, want %v (mask %b owner %v)", tok, c.typ, c.id, s, got, want, mask, isOwner)
				}
			}
			if c.typ == contracts.AuthAddress {
				addr := common.BytesToAddress(c.id)
				chainAddr := get(t, ch, a.PKPPermissions, contracts.PermsABI.PackIsPermittedAddress(tok, addr), contracts.PermsABI.UnpackIsPermittedAddress)
				if chainAddr != ix.IsPermittedAddress(tok, addr) {
					t.Fatalf("token %s isPermittedAddress(%s) differs", tok, addr)
				}
			}
			if c.typ == contracts.AuthAction {
				chainAct := get(t, ch, a.PKPPermissions, contracts.PermsABI.PackIsPermittedAction(tok, c.id), contracts.PermsABI.UnpackIsPermittedAction)
				if chainAct != ix.IsPermittedAction(tok, c.id) {
					t.Fatalf("token %s isPermittedAction differs", tok)
				}
			}
		}
	}
	for _, c := range [][]byte{cidA, cidB, cidC} {
		ids := get(t, ch, a.PKPPermissions, contracts.PermsABI.PackGetTokenIdsForAuthMethod(big.NewInt(2), c), contracts.PermsABI.UnpackGetTokenIdsForAuthMethod)
		slices.SortFunc(ids, func(x, y *big.Int) int { return x.Cmp(y) })
		got := ix.GetTokenIDsForAuthMethod(contracts.AuthAction, c)
		if !slices.EqualFunc(ids, got, func(x, y *big.Int) bool { return x.Cmp(y) == 0 }) {
			t.Fatalf("tokensFor %x: index %v chain %v", c, got, ids)
		}
	}
}

func TestIndexMatchesChain(t *testing.T) {
	ch := newChain(t, 6)
	db := openDB(t, "")
	r := ch.watch(db, 0, nil, nil)
	tokens := scenario(ch)
	r.caughtUp(t, ch.head())
	checkAgainstChain(t, ch, r.w.Index(), tokens)
	st := r.w.Status()
	if st.Mode != chainwatch.ModeSubscription || !st.Healthy || !st.Synced {
		t.Fatalf("status %+v", st)
	}
	if _, skipped := r.w.Index().Stats(); skipped != 0 {
		t.Fatalf("%d logs skipped on a clean chain", skipped)
	}
	// specific semantics, spelled out
	ix := r.w.Index()
	t1, t3, t4 := tokens[0], tokens[2], tokens[3]
	if !ix.CanSign(t1, chainwatch.Action(cidB), contracts.ScopeAuthOnly) || ix.CanSign(t1, chainwatch.Action(cidB), contracts.ScopePersonalSign) {
		t.Fatal("cidB on t1 should be auth-only after its scope 2 was removed")
	}
	if !ix.CanSign(t3, chainwatch.Action(cidC), contracts.ScopeSignAnything) {
		t.Fatal("mint-grant-burn PKP: its action must sign")
	}
	if info, _ := ix.PKP(t4); info.Owner != info.Address {
		t.Fatal("helper sendPkpToItself: owner should be the PKP itself")
	}
	if ix.CanSign(big.NewInt(999), chainwatch.Action(cidA), contracts.ScopeAuthOnly) || ix.CanSign(t1, chainwatch.Action(cidA), 3) {
		t.Fatal("unknown token or scope must be refused")
	}
}

// TestPollingFallback runs the same scenario through a client without subscriptions.
func TestPollingFallback(t *testing.T) {
	ch := newChain(t, 6)
	r := ch.watch(openDB(t, ""), 1, noSubClient{ch.c}, nil)
	tokens := scenario(ch)
	ch.sim.Commit() // one more block for the confirmation
	r.caughtUp(t, ch.head()-1)
	checkAgainstChain(t, ch, r.w.Index(), tokens)
	if m := r.w.Status().Mode; m != chainwatch.ModePolling {
		t.Fatalf("mode %s, want polling", m)
	}
}

type noSubClient struct{ chainwatch.Client }

func (noSubClient) SubscribeNewHead(context.Context, chan<- *types.Header) (ethereum.Subscription, error) {
	return nil, errNoSubs
}

var errNoSubs = errors.New("notifications not supported")

// TestRestartResumes stops the watcher between events, restarts it on the same store and
// compares the result with a from-scratch replay: no event missed, none applied twice.
func TestRestartResumes(t *testing.T) {
	ch := newChain(t, 6)
	path := t.TempDir() + "/node.db"
	db := openDB(t, path)
	r := ch.watch(db, 0, nil, nil)
	ch.setupNodes(3)
	t1 := ch.mint(ch.users[0])
	ch.send(ch.users[0], ch.addr.PKPPermissions, contracts.PermsABI.PackAddPermittedAction(t1, cidA, sc(1)))
	r.caughtUp(t, ch.head())
	r.stop()
	applied1, _ := r.w.Index().Stats()

	// events while the watcher is down
	ch.send(ch.users[0], ch.addr.PKPPermissions, contracts.PermsABI.PackAddPermittedAction(t1, cidB, sc(2)))
	ch.send(ch.users[0], ch.addr.PKPPermissions, contracts.PermsABI.PackRemovePermittedAction(t1, cidA))
	t2 := ch.mint(ch.users[1])
	_ = db.Close()

	db2 := openDB(t, path)
	r2 := ch.watch(db2, 0, nil, nil)
	if a, _ := r2.w.Index().Stats(); a != applied1 {
		t.Fatalf("reloaded index has %d events, stopped at %d", a, applied1)
	}
	ch.send(ch.users[1], ch.addr.PKPPermissions, contracts.PermsABI.PackAddPermittedAction(t2, cidC, sc(1)))
	r2.caughtUp(t, ch.head())

	fresh := ch.watch(openDB(t, ""), 0, nil, nil)
	fresh.caughtUp(t, ch.head())
	if a, b := r2.w.Index().Snapshot(), fresh.w.Index().Snapshot(); !bytes.Equal(a, b) {
		t.Fatalf("restarted index differs from a replay:\n%s\n%s", a, b)
	}
	applied, _ := r2.w.Index().Stats()
	if applied <= applied1 {
		t.Fatal("no events after restart")
	}
	checkAgainstChain(t, ch, r2.w.Index(), []*big.Int{t1, t2})
}

// TestReorgNeverApplied: with 2 confirmations, a fork orphans the block with a permission
// event before it is confirmed. The index never shows it.
func TestReorgNeverApplied(t *testing.T) {
	ch := newChain(t, 2)
	ch.setupNodes(1)
	tok := ch.mint(ch.users[0])
	ch.sim.Commit()
	ch.sim.Commit()
	var sawOrphan atomic.Bool
	r := ch.watch(openDB(t, ""), 2, nil, nil)
	r.caughtUp(t, ch.head()-2)
	stopSpy := spy(r.w.Index(), tok, cidA, &sawOrphan)
	defer stopSpy()

	parent, err := ch.c.HeaderByNumber(ch.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// block N: permits cidA (nonce k)
	opts := ch.users[0]
	rc := ch.send(opts, ch.addr.PKPPermissions, contracts.PermsABI.PackAddPermittedAction(tok, cidA, sc(1)))
	orphan := rc.BlockHash
	// fork from N-1: the same nonce now permits cidB, and the fork grows longer
	if err := ch.sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	opts.ResetNonce()
	opts.Commit = nil
	sendNoWait(t, ch, opts, ch.addr.PKPPermissions, contracts.PermsABI.PackAddPermittedAction(tok, cidB, sc(1)), parent.Number.Uint64())
	ch.sim.Commit()
	ch.sim.Commit()
	ch.sim.Commit()
	ch.sim.Commit()
	opts.Commit = func() { ch.sim.Commit() }
	if rcB, err := ch.c.TransactionReceipt(ch.ctx, lastTx.Hash()); err != nil || rcB.Status != 1 {
		t.Fatalf("fork tx: %v", err)
	}
	if h, _ := ch.c.HeaderByNumber(ch.ctx, rc.BlockNumber); h.Hash() == orphan {
		t.Fatal("fork did not orphan the block")
	}
	r.caughtUp(t, ch.head()-2)
	ix := r.w.Index()
	if ix.IsPermittedAction(tok, cidA) || sawOrphan.Load() {
		t.Fatal("the index applied an event from an orphaned block")
	}
	if !ix.IsPermittedAction(tok, cidB) {
		onChain := get(t, ch, ch.addr.PKPPermissions, contracts.PermsABI.PackIsPermittedAction(tok, cidB), contracts.PermsABI.UnpackIsPermittedAction)
		t.Fatalf("the fork's event is missing (on chain: %v, head %d, status %+v)", onChain, ch.head(), r.w.Status())
	}
	if st := r.w.Status(); st.Rebuilds != 0 {
		t.Fatalf("a reorg within the confirmation depth needed %d rebuilds", st.Rebuilds)
	}
}

// TestDeepReorgReverted: with 0 confirmations the event is applied, then the fork orphans
// its block. The watcher notices the checkpoint left the chain and reverts it.
func TestDeepReorgReverted(t *testing.T) {
	ch := newChain(t, 2)
	ch.setupNodes(1)
	tok := ch.mint(ch.users[0])
	r := ch.watch(openDB(t, ""), 0, nil, nil)
	parent, _ := ch.c.HeaderByNumber(ch.ctx, nil)
	u := ch.users[0]
	ch.send(u, ch.addr.PKPPermissions, contracts.PermsABI.PackAddPermittedAction(tok, cidA, sc(1)))
	r.caughtUp(t, ch.head())
	if !r.w.Index().IsPermittedAction(tok, cidA) {
		t.Fatal("not applied before the reorg")
	}
	if err := ch.sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	u.ResetNonce()
	u.Commit = nil
	sendNoWait(t, ch, u, ch.addr.PKPPermissions, contracts.PermsABI.PackAddPermittedAction(tok, cidB, sc(1)), parent.Number.Uint64())
	for i := 0; i < 3; i++ {
		ch.sim.Commit()
	}
	u.Commit = func() { ch.sim.Commit() }
	r.caughtUp(t, ch.head())
	ix := r.w.Index()
	if ix.IsPermittedAction(tok, cidA) || !ix.IsPermittedAction(tok, cidB) {
		t.Fatalf("after reorg: cidA %v cidB %v", ix.IsPermittedAction(tok, cidA), ix.IsPermittedAction(tok, cidB))
	}
	if r.w.Status().Rebuilds != 1 {
		t.Fatalf("rebuilds %d", r.w.Status().Rebuilds)
	}
	checkAgainstChain(t, ch, ix, []*big.Int{tok})
}

var lastTx *types.Transaction

// sendNoWait sends a tx with the nonce it had at block n, without waiting.
func sendNoWait(t *testing.T, ch *chain, s interface {
	Opts(context.Context, *big.Int) (*bind.TransactOpts, error)
}, to common.Address, data []byte, n uint64) {
	t.Helper()
	sender := s.(interface{ From() common.Address })
	nonce, err := ch.c.NonceAt(ch.ctx, sender.From(), new(big.Int).SetUint64(n))
	if err != nil {
		t.Fatal(err)
	}
	opts, err := s.Opts(ch.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	opts.Nonce = new(big.Int).SetUint64(nonce)
	opts.GasLimit = 3_000_000
	// outbid the orphaned transaction, which returns to the pool with the same nonce
	opts.GasTipCap = big.NewInt(50e9)
	opts.GasFeeCap = big.NewInt(200e9)
	c := bind.NewBoundContract(to, contracts.PermsABI.GetABI(), ch.c, ch.c, ch.c)
	// The pool resets to the fork's head asynchronously after Fork: until it has, it
	// still sees the orphaned nonce.
	deadline := time.Now().Add(5 * time.Second)
	for {
		tx, err := c.RawTransact(opts, data)
		if err == nil {
			lastTx = tx
			return
		}
		if !strings.Contains(err.Error(), "nonce too low") || time.Now().After(deadline) {
			t.Fatal(err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// spy polls the index while the test runs and records whether (tok, cid) ever showed up.
func spy(ix *chainwatch.Index, tok *big.Int, cid []byte, saw *atomic.Bool) func() {
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			if ix.IsPermittedAction(tok, cid) {
				saw.Store(true)
			}
			select {
			case <-stop:
				return
			default:
			}
		}
	}()
	return func() { close(stop); <-done }
}

// checkTransition compares the index's latest transition with the registry's.
func checkTransition(t *testing.T, ch *chain, ix *chainwatch.Index) {
	t.Helper()
	a := ch.addr
	tr := get(t, ch, a.NodeRegistry, contracts.RegistryABI.PackTransition(), contracts.RegistryABI.UnpackTransition)
	got := ix.Transition()
	if got.ID != tr.Id.Uint64() || (got.State == chainwatch.TransitionOpen) != tr.Open {
		t.Fatalf("transition: index %+v, chain %+v", got, tr)
	}
	if !tr.Open {
		return
	}
	if got.Epoch != tr.NextEpoch.Uint64() || got.Deadline != tr.Deadline.Uint64() || uint64(len(got.Next)) != tr.NextCount.Uint64() {
		t.Fatalf("transition: index %+v, chain %+v", got, tr)
	}
	next := get(t, ch, a.NodeRegistry, contracts.RegistryABI.PackGetNextNodes(), contracts.RegistryABI.UnpackGetNextNodes)
	for i, n := range next.Out {
		if got.Next[i].Operator != n.Operator || int64(got.Next[i].Party) != next.Parties[i].Int64() || !bytes.Equal(got.Next[i].PeerID, n.PeerId) {
			t.Fatalf("next node %d: index %+v, chain %+v party %v", i, got.Next[i], n, next.Parties[i])
		}
		v := get(t, ch, a.PubkeyRouter, contracts.RouterABI.PackTransitionVotes(tr.Id, n.Operator), contracts.RouterABI.UnpackTransitionVotes)
		if v.Voted != got.HasVoted(n.Operator) {
			t.Fatalf("next node %d voted: index %v chain %v", i, got.HasVoted(n.Operator), v.Voted)
		}
	}
}
