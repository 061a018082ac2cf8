package chainwatch_test

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pkpnet/pkpnet/chainwatch"
	"github.com/pkpnet/pkpnet/contracts"
)

// TestRandomReorgsSimulated: the real contracts on the simulated chain, reorganised at
// random depths below and above the confirmations while permissions are added, revoked and
// transferred (replacement transactions make every new branch differ from the old one).
// After each step the index answers as the contracts' own views at head - confirmations,
// and no CanSign answer during the run was true for anything the contracts did not grant
// on some confirmed canonical block. CHAINWATCH_SIMREORG_STEPS runs it longer (default 25,
// a few seconds).
func TestRandomReorgsSimulated(t *testing.T) {
	steps := 25
	if v, err := strconv.Atoi(os.Getenv("CHAINWATCH_SIMREORG_STEPS")); err == nil && v > 0 {
		steps = v
	}
	seed := uint64(time.Now().UnixNano())
	if v, err := strconv.ParseUint(os.Getenv("CHAINWATCH_REORG_SEED"), 10, 64); err == nil {
		seed = v
	}
	t.Logf("CHAINWATCH_REORG_SEED=%d", seed)
	rng := rand.New(rand.NewPCG(seed, 7))
	const conf = 2
	ch := newChain(t, 3)
	ch.setupNodes(1)
	users := ch.users
	toks := []*big.Int{ch.mint(users[0]), ch.mint(users[1])}
	cids := [][]byte{cidA, cidB, cidC}
	ch.sim.Commit()
	ch.sim.Commit()
	floor := ch.head() // reorgs never go below the mints
	for _, u := range users {
		u.Commit = nil
	}

	// nonce per user on the current tip, and a tip that outbids every earlier transaction
	nonce := make([]uint64, len(users))
	for i, u := range users {
		n, err := ch.c.NonceAt(ch.ctx, u.From(), nil)
		if err != nil {
			t.Fatal(err)
		}
		nonce[i] = n
	}
	// tips[user][nonce]: a replacement must outbid the orphaned transaction by 10 %
	tips := make([]map[uint64]*big.Int, len(users))
	for i := range tips {
		tips[i] = map[uint64]*big.Int{}
	}
	chainID := big.NewInt(1337)
	// send signs and sends a random operation by user i with nonce n (it may revert: the
	// views decide what the chain grants).
	send := func(i int, n uint64) {
		tok := toks[rng.IntN(len(toks))]
		var data []byte
		to := ch.addr.PKPPermissions
		switch rng.IntN(3) {
		case 0:
			data = contracts.PermsABI.PackAddPermittedAction(tok, cids[rng.IntN(len(cids))], sc(1))
		case 1:
			data = contracts.PermsABI.PackRemovePermittedAction(tok, cids[rng.IntN(len(cids))])
		case 2:
			to = ch.addr.PKPNFT
			data = contracts.NFTABI.PackTransferFrom(users[i].From(), users[rng.IntN(len(users))].From(), tok)
		}
		gasTip := big.NewInt(2e9)
		if old, ok := tips[i][n]; ok {
			gasTip = new(big.Int).Div(new(big.Int).Mul(old, big.NewInt(12)), big.NewInt(10))
		}
		tips[i][n] = gasTip
		tx := types.MustSignNewTx(users[i].Key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
			ChainID: chainID, Nonce: n, GasTipCap: gasTip, GasFeeCap: new(big.Int).Mul(gasTip, big.NewInt(3)),
			Gas: 300_000, To: &to, Data: data,
		})
		// After a Fork the pool resets to the new head asynchronously.
		deadline := time.Now().Add(5 * time.Second)
		for {
			err := ch.c.SendTransaction(ch.ctx, tx)
			if err == nil {
				return
			}
			if !strings.Contains(err.Error(), "nonce too low") || time.Now().After(deadline) {
				t.Fatalf("send: %v", err)
			}
			time.Sleep(2 * time.Millisecond)
		}
	}
	// block mines one block with 0..2 operations of random users.
	block := func() {
		for range rng.IntN(3) {
			i := rng.IntN(len(users))
			send(i, nonce[i])
			nonce[i]++
		}
		ch.sim.Commit()
	}

	// truth reads what the contracts grant at block n.
	truth := func(n uint64) map[string]bool {
		out := map[string]bool{}
		bn := new(big.Int).SetUint64(n)
		for _, tok := range toks {
			for _, c := range cids {
				r, err := ch.c.CallContract(ch.ctx, callMsg(ch.addr.PKPPermissions, contracts.PermsABI.PackIsPermittedAction(tok, c)), bn)
				if err != nil {
					t.Fatal(err)
				}
				if ok, _ := contracts.PermsABI.UnpackIsPermittedAction(r); ok {
					out[fmt.Sprintf("%s/action/%x", tok, c)] = true
				}
			}
			// ownerOf reverts before the mint: no owner then
			r, err := ch.c.CallContract(ch.ctx, callMsg(ch.addr.PKPNFT, contracts.NFTABI.PackOwnerOf(tok)), bn)
			if o, uerr := contracts.NFTABI.UnpackOwnerOf(r); err == nil && uerr == nil {
				out[fmt.Sprintf("%s/owner/%s", tok, o)] = true
			}
		}
		return out
	}
	everValid := map[string]bool{}
	recorded := uint64(0) // heights below this are recorded for the current branch
	record := func() {
		head := ch.head()
		for h := recorded; h+conf <= head; h++ {
			for k := range truth(h) {
				everValid[k] = true
			}
		}
		if head >= conf {
			recorded = head - conf + 1
		}
	}
	record()

	r := ch.watch(openDB(t, ""), conf, nil, nil)
	ix := r.w.Index()
	var mu sync.Mutex
	seen := map[string]bool{}
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		for {
			for _, tok := range toks {
				for _, c := range cids {
					if ix.CanSign(tok, chainwatch.Action(c), contracts.ScopeSignAnything) {
						mu.Lock()
						seen[fmt.Sprintf("%s/action/%x", tok, c)] = true
						mu.Unlock()
					}
				}
				for _, u := range users {
					if ix.CanSign(tok, chainwatch.Address(u.From()), contracts.ScopeSignAnything) {
						mu.Lock()
						seen[fmt.Sprintf("%s/owner/%s", tok, u.From())] = true
						mu.Unlock()
					}
				}
			}
			select {
			case <-stop:
				return
			default:
			}
		}
	}()

	var shallow, deep int
	for step := range steps {
		head := ch.head()
		if rng.IntN(3) == 0 && head > floor {
			depth := 1 + uint64(rng.IntN(2*conf+1))
			depth = min(depth, head-floor)
			if depth > conf {
				deep++
			} else {
				shallow++
			}
			parent, err := ch.c.HeaderByNumber(ch.ctx, new(big.Int).SetUint64(head-depth))
			if err != nil {
				t.Fatal(err)
			}
			before := make([]uint64, len(users))
			for i, u := range users {
				n, err := ch.c.NonceAt(ch.ctx, u.From(), parent.Number)
				if err != nil {
					t.Fatal(err)
				}
				before[i] = n
			}
			if err := ch.sim.Fork(parent.Hash()); err != nil {
				t.Fatal(err)
			}
			// replace every orphaned transaction with another random operation, so the new
			// branch differs from the old one
			for i := range users {
				for n := before[i]; n < nonce[i]; n++ {
					send(i, n)
				}
			}
			for range depth + 1 + uint64(rng.IntN(2)) {
				ch.sim.Commit()
			}
			recorded = min(recorded, head-depth+1)
		} else {
			for range 1 + rng.IntN(2) {
				block()
			}
		}
		record()
		head = ch.head()
		target := head - conf
		deadline := time.Now().Add(15 * time.Second)
		for {
			st := r.w.Status()
			if st.Head == head && st.Checkpoint == target && r.w.Synced(0) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("step %d: watcher not at %d (head %d): %+v", step, target, head, st)
			}
			time.Sleep(time.Millisecond)
		}
		want := truth(target)
		for _, tok := range toks {
			for _, c := range cids {
				k := fmt.Sprintf("%s/action/%x", tok, c)
				if got := ix.CanSign(tok, chainwatch.Action(c), contracts.ScopeSignAnything); got != want[k] {
					t.Fatalf("step %d (seed %d): %s: index %v, chain at %d %v", step, seed, k, got, target, want[k])
				}
			}
			for _, u := range users {
				k := fmt.Sprintf("%s/owner/%s", tok, u.From())
				if got := ix.CanSign(tok, chainwatch.Address(u.From()), contracts.ScopeSignAnything); got != want[k] {
					t.Fatalf("step %d (seed %d): %s: index %v, chain at %d %v", step, seed, k, got, target, want[k])
				}
			}
		}
	}
	close(stop)
	<-done
	for k := range seen {
		if !everValid[k] {
			t.Errorf("seed %d: CanSign answered true for %s, never granted on a confirmed canonical block", seed, k)
		}
	}
	t.Logf("%d steps, %d reorgs within the confirmations, %d deeper, %d rebuilds, head %d", steps, shallow, deep, r.w.Status().Rebuilds, ch.head())
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
