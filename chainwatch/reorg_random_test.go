package chainwatch

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pkpnet/pkpnet/contracts"
)

const (
	rrTokens = 3
	rrUsers  = 3
	rrCIDs   = 4
)

// rrState is the model of the permissions after a block: who owns each token and which
// actions each token permits.
type rrState struct {
	owner [rrTokens + 1]int // user index, -1 before the mint
	perm  [rrTokens + 1][rrCIDs]bool
}

func (s rrState) valid(into map[string]bool) {
	for tok := 1; tok <= rrTokens; tok++ {
		for c := range rrCIDs {
			if s.perm[tok][c] {
				into[fmt.Sprintf("%d/action/%x", tok, cidOf(uint64(c)))] = true
			}
		}
		if s.owner[tok] >= 0 {
			into[fmt.Sprintf("%d/owner/%d", tok, s.owner[tok])] = true
		}
	}
}

// rrBlock makes a block of 0..3 random valid operations on top of s.
func rrBlock(rng *rand.Rand, s rrState) ([]*types.Log, rrState) {
	var logs []*types.Log
	for range rng.IntN(4) {
		tok := 1 + rng.IntN(rrTokens)
		c := rng.IntN(rrCIDs)
		switch rng.IntN(3) {
		case 0: // add (the contract emits nothing for a call that changes nothing)
			if !s.perm[tok][c] {
				logs = append(logs, permAddedLog(uint64(tok), contracts.AuthAction, cidOf(uint64(c)), nil, 2))
				s.perm[tok][c] = true
			}
		case 1: // revoke
			if s.perm[tok][c] {
				logs = append(logs, permRemovedLog(uint64(tok), contracts.AuthAction, cidOf(uint64(c))))
				s.perm[tok][c] = false
			}
		case 2: // transfer
			to := rng.IntN(rrUsers)
			if to != s.owner[tok] {
				logs = append(logs, transferLog(uint64(tok), userAddr(s.owner[tok]), userAddr(to)))
				s.owner[tok] = to
			}
		}
	}
	return logs, s
}

// TestRandomReorgs: a chain reorganises at random depths, below and above the
// confirmations, while permissions are added, revoked and transferred. After each step
// the index answers as the canonical chain at head - confirmations, and no CanSign answer
// during the whole run was true for a permission that was not valid on some confirmed
// canonical state. CHAINWATCH_REORG_STEPS and CHAINWATCH_REORG_SEED make longer or
// replayed runs.
func TestRandomReorgs(t *testing.T) {
	steps := 120
	if v, err := strconv.Atoi(os.Getenv("CHAINWATCH_REORG_STEPS")); err == nil && v > 0 {
		steps = v
	}
	seed := uint64(time.Now().UnixNano())
	if v, err := strconv.ParseUint(os.Getenv("CHAINWATCH_REORG_SEED"), 10, 64); err == nil {
		seed = v
	}
	t.Logf("CHAINWATCH_REORG_SEED=%d", seed)
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	const conf = 3

	f := newFakeChain()
	var genesis rrState
	for tok := range genesis.owner {
		genesis.owner[tok] = -1
	}
	states := []rrState{genesis} // states[n]: the model after block n of the canonical chain
	mint := genesis
	var mintLogs []*types.Log
	for tok := 1; tok <= rrTokens; tok++ {
		mintLogs = append(mintLogs, transferLog(uint64(tok), common.Address{}, userAddr(tok-1)), mintedLog(uint64(tok)))
		mint.owner[tok] = tok - 1
	}
	f.add(mintLogs...)
	states = append(states, mint)
	grow := func(n int) {
		for range n {
			logs, next := rrBlock(rng, states[len(states)-1])
			f.add(logs...)
			states = append(states, next)
		}
	}
	grow(conf + 1)

	everValid := map[string]bool{}
	record := func() {
		head := len(states) - 1
		for h := 1; h <= head-conf; h++ {
			states[h].valid(everValid)
		}
	}
	record()
	w := fakeWatcher(t, f, conf, func(c *Config) { c.MaxBlockRange = uint64(1 + rng.IntN(6)) })
	ix := w.Index()
	toks := make([]uint64, rrTokens)
	for i := range toks {
		toks[i] = uint64(i + 1)
	}
	cids := make([][]byte, rrCIDs)
	for c := range cids {
		cids[c] = cidOf(uint64(c))
	}
	spy := spyIndex(ix, toks, cids, rrUsers)

	var shallow, deep int
	for step := range steps {
		head := len(states) - 1
		if rng.IntN(3) == 0 && head > 2 {
			// a reorg at a random depth, up to twice the confirmations; the new branch is
			// at least as long as the old one
			depth := 1 + rng.IntN(min(2*conf+1, head-1))
			if depth > conf {
				deep++
			} else {
				shallow++
			}
			f.reorg(depth)
			states = states[:len(states)-depth]
			grow(depth + rng.IntN(3))
		} else {
			grow(1 + rng.IntN(2))
		}
		record()
		target := uint64(len(states) - 1 - conf)
		caughtUpTo(t, w, f, target)
		want := states[target]
		for tok := 1; tok <= rrTokens; tok++ {
			tb := big.NewInt(int64(tok))
			for c := range rrCIDs {
				if got := ix.CanSign(tb, Action(cidOf(uint64(c))), contracts.ScopeSignAnything); got != want.perm[tok][c] {
					t.Fatalf("step %d (seed %d): token %d action %d: index %v, chain at %d %v", step, seed, tok, c, got, target, want.perm[tok][c])
				}
			}
			for u := range rrUsers {
				if got := ix.CanSign(tb, Address(userAddr(u)), contracts.ScopeSignAnything); got != (want.owner[tok] == u) {
					t.Fatalf("step %d (seed %d): token %d user %d as owner: index %v, chain at %d owner %d", step, seed, tok, u, got, target, want.owner[tok])
				}
			}
		}
	}
	for k := range spy.end() {
		if !everValid[k] {
			t.Errorf("seed %d: CanSign answered true for %s, never valid on a confirmed canonical state", seed, k)
		}
	}
	t.Logf("%d steps, %d reorgs within the confirmations, %d deeper (%d rebuilds), head %d", steps, shallow, deep, w.Status().Rebuilds, f.head())
}
