package chainwatch

import (
	"context"
	"encoding/binary"
	"errors"
	"math/big"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/mpc"
)

// The scale index of issue 12: 100,000 PKPs with 1,000,000 permission entries, 10 per
// PKP in the mix a deployment sees:
//   - 4 actions by CID multihash (34 bytes): one of 1,000 popular actions, one of 10,000
//     app actions, two of the PKP's own;
//   - 3 permitted addresses (20 bytes), scopes vary;
//   - 2 OIDC auth methods (type 10, 32-byte keccak user IDs);
//   - 1 WebAuthn-like auth method (type 3, 32-byte ID, 65-byte user public key).
//
// Plus the owner (a Transfer) and the mint (PKPMinted) of each PKP.
const (
	scalePKPs      = 100_000
	scalePermsPKP  = 10
	scaleRealKeyMd = 97 // every 97th PKP gets the address of its real derived key
)

// scaleRoot is the root key of the scale index: the secp256k1 generator, compressed.
var scaleRoot = common.FromHex("0x0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")

func scaleKeyID(tok uint64) (kid common.Hash) {
	binary.BigEndian.PutUint64(kid[:], tok)
	kid[31] = 0x5c
	return kid
}

// scaleAddr is the PKP address recorded at mint: the real one for every 97th PKP (so that
// PubkeyToTokenID can be measured), a cheap unique one for the rest.
func scaleAddr(tok uint64) common.Address {
	if tok%scaleRealKeyMd == 0 {
		pub, err := mpc.DerivePubkey(scaleRoot, mpc.KeyID(scaleKeyID(tok)))
		if err != nil {
			panic(err)
		}
		a, err := mpc.PubkeyAddress(pub)
		if err != nil {
			panic(err)
		}
		return a
	}
	var a common.Address
	binary.BigEndian.PutUint64(a[:], tok)
	a[19] = 0xa7
	return a
}

func scaleOwner(tok uint64) common.Address {
	return common.BigToAddress(new(big.Int).SetUint64(tok + 1<<40))
}

func scalePopularCID(tok uint64) []byte { return cidOf(1<<32 + tok%1000) }
func scaleAppCID(tok uint64) []byte     { return cidOf(1<<33 + tok%10_000) }
func scaleOwnCID(tok uint64, j uint64) []byte {
	return cidOf(1<<34 + tok*2 + j)
}

func scalePermAddr(tok, j uint64) common.Address {
	return common.BigToAddress(new(big.Int).SetUint64(tok*3 + j + 1<<50))
}

func scaleOIDC(tok, j uint64) []byte {
	var b [16]byte
	binary.BigEndian.PutUint64(b[:], tok)
	binary.BigEndian.PutUint64(b[8:], j)
	return crypto.Keccak256(b[:])
}

func scaleWebAuthn(tok uint64) (id, pub []byte) {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], tok)
	id = crypto.Keccak256([]byte("webauthn"), b[:])
	pub = make([]byte, 65)
	pub[0] = 4
	copy(pub[1:], crypto.Keccak256(id))
	copy(pub[33:], crypto.Keccak256(pub[1:33]))
	return id, pub
}

// scaleLogs are the 12 logs of one PKP of the scale mix.
func scaleLogs(tok uint64) []*types.Log {
	mint := mintedLog(tok)
	kid := scaleKeyID(tok)
	mint.Topics[2] = kid
	mint.Topics[3] = common.BytesToHash(scaleAddr(tok).Bytes())
	wid, wpub := scaleWebAuthn(tok)
	return []*types.Log{
		transferLog(tok, common.Address{}, scaleOwner(tok)),
		mint,
		permAddedLog(tok, contracts.AuthAction, scalePopularCID(tok), nil, 2),
		permAddedLog(tok, contracts.AuthAction, scaleAppCID(tok), nil, 2),
		permAddedLog(tok, contracts.AuthAction, scaleOwnCID(tok, 0), nil, 2),
		permAddedLog(tok, contracts.AuthAction, scaleOwnCID(tok, 1), nil, 6),
		permAddedLog(tok, contracts.AuthAddress, scalePermAddr(tok, 0).Bytes(), nil, 2),
		permAddedLog(tok, contracts.AuthAddress, scalePermAddr(tok, 1).Bytes(), nil, 4),
		permAddedLog(tok, contracts.AuthAddress, scalePermAddr(tok, 2).Bytes(), nil, 1),
		permAddedLog(tok, 10, scaleOIDC(tok, 0), nil, 2),
		permAddedLog(tok, 10, scaleOIDC(tok, 1), nil, 4),
		permAddedLog(tok, 3, wid, wpub, 1),
	}
}

func buildScale(tb testing.TB) *Index {
	ix := newIndex()
	ch := &changes{}
	for tok := uint64(1); tok <= scalePKPs; tok++ {
		for _, l := range scaleLogs(tok) {
			if err := applyLog(ix.st, testAddrs, l, ch); err != nil {
				tb.Fatal(err)
			}
		}
	}
	ix.st.rootKey = scaleRoot
	return ix
}

var (
	scaleOnce sync.Once
	scaleIx   *Index
)

func scaleIndex(b *testing.B) *Index {
	scaleOnce.Do(func() { scaleIx = buildScale(b) })
	return scaleIx
}

// TestScaleMix pins the scale mix: every entry is applied and answers as built.
func TestScaleMix(t *testing.T) {
	ix := newIndex()
	ch := &changes{}
	for tok := uint64(1); tok <= 200; tok++ {
		for _, l := range scaleLogs(tok) {
			if err := applyLog(ix.st, testAddrs, l, ch); err != nil {
				t.Fatal(err)
			}
		}
	}
	ix.st.rootKey = scaleRoot
	tok := uint64(2 * scaleRealKeyMd)
	tb := new(big.Int).SetUint64(tok)
	wid, _ := scaleWebAuthn(tok)
	for _, c := range []struct {
		who   Permittee
		scope contracts.Scope
		want  bool
	}{
		{Action(scalePopularCID(tok)), contracts.ScopeSignAnything, true},
		{Action(scaleOwnCID(tok, 1)), contracts.ScopePersonalSign, true},
		{Action(scaleOwnCID(tok+1, 1)), contracts.ScopeAuthOnly, false},
		{Address(scaleOwner(tok)), contracts.ScopeSignAnything, true},
		{Address(scalePermAddr(tok, 1)), contracts.ScopePersonalSign, true},
		{Address(scalePermAddr(tok, 1)), contracts.ScopeSignAnything, false},
		{Address(scalePermAddr(tok, 2)), contracts.ScopeAuthOnly, true},
		{Method(10, scaleOIDC(tok, 0)), contracts.ScopeSignAnything, true},
		{Method(3, wid), contracts.ScopeSignAnything, false},
	} {
		if got := ix.CanSign(tb, c.who, c.scope); got != c.want {
			t.Errorf("CanSign(%d, %d/%x, %d) = %v, want %v", tok, c.who.Type, c.who.ID, c.scope, got, c.want)
		}
	}
	if n := len(ix.GetPermittedActions(tb)); n != 4 {
		t.Errorf("%d actions, want 4", n)
	}
	if n := len(ix.GetPermittedAddresses(tb)); n != 4 {
		t.Errorf("%d addresses, want 4 (owner + 3)", n)
	}
	if ms := ix.GetPermittedAuthMethods(tb); len(ms) != 3 || len(ms[2].UserPubkey) != 65 {
		t.Errorf("auth methods %+v, want 3, the last with a 65-byte key", ms)
	}
	if n := len(ix.GetTokenIDsForAuthMethod(contracts.AuthAction, scalePopularCID(tok))); n != 1 {
		t.Errorf("popular action on %d of 200 tokens, want 1 (tokens 1..200, pool 1000)", n)
	}
	if n := len(ix.GetTokenIDsForAuthMethod(contracts.AuthAction, scaleAppCID(tok))); n != 1 {
		t.Errorf("app action on %d tokens, want 1", n)
	}
	pub, ok := ix.Pubkey(tb)
	if !ok {
		t.Fatal("no pubkey")
	}
	if got, ok := ix.PubkeyToTokenID(pub); !ok || got.Uint64() != tok {
		t.Fatalf("PubkeyToTokenID = %v, %v; want %d", got, ok, tok)
	}
}

// scaleToks are 1024 token IDs spread over the index, each a multiple of 97 (real keys).
func scaleToks() []*big.Int {
	toks := make([]*big.Int, 1024)
	for i := range toks {
		toks[i] = new(big.Int).SetUint64(uint64(i*13%1030+1) * scaleRealKeyMd)
	}
	return toks
}

// BenchmarkScaleIndexMemory reports the heap held, after GC, by the scale index.
func BenchmarkScaleIndexMemory(b *testing.B) {
	for i := 0; i < b.N; i++ {
		runtime.GC()
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		ix := buildScale(b)
		runtime.GC()
		runtime.ReadMemStats(&m1)
		if ix.PKPCount() != scalePKPs {
			b.Fatal("count")
		}
		held := float64(m1.HeapAlloc) - float64(m0.HeapAlloc)
		b.ReportMetric(held/(1<<20), "MiB")
		b.ReportMetric(held/scalePKPs, "B/PKP")
		b.ReportMetric(held/(scalePKPs*scalePermsPKP), "B/entry")
		runtime.KeepAlive(ix)
	}
}

// BenchmarkScaleCanSign measures the permission checks of the node's request path
// (node/chainhost.go canSign, node/authmethods.go canSignAs) on the scale index.
func BenchmarkScaleCanSign(b *testing.B) {
	ix := scaleIndex(b)
	toks := scaleToks()
	cases := []struct {
		name  string
		who   func(tok uint64) Permittee
		scope contracts.Scope
		want  bool
	}{
		{"action-first", func(t uint64) Permittee { return Action(scalePopularCID(t)) }, contracts.ScopeSignAnything, true},
		{"action-last", func(t uint64) Permittee { return Action(scaleOwnCID(t, 1)) }, contracts.ScopeSignAnything, true},
		{"owner", func(t uint64) Permittee { return Address(scaleOwner(t)) }, contracts.ScopeSignAnything, true},
		{"address", func(t uint64) Permittee { return Address(scalePermAddr(t, 0)) }, contracts.ScopeSignAnything, true},
		{"oidc", func(t uint64) Permittee { return Method(10, scaleOIDC(t, 1)) }, contracts.ScopePersonalSign, true},
		// A denial scans every entry of the PKP: the worst case of a check.
		{"denied", func(t uint64) Permittee { return Action(scaleOwnCID(t+1, 0)) }, contracts.ScopeSignAnything, false},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			who := make([]Permittee, len(toks))
			for i, t := range toks {
				who[i] = c.who(t.Uint64())
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if ix.CanSign(toks[i&1023], who[i&1023], c.scope) != c.want {
					b.Fatal("unexpected answer")
				}
			}
		})
	}
	// The node's canSign for a caller permitted by address only: the action check
	// fails, the address check passes.
	b.Run("node-canSign-by-address", func(b *testing.B) {
		acts := make([]Permittee, len(toks))
		addrs := make([]Permittee, len(toks))
		for i, t := range toks {
			acts[i] = Action(scaleOwnCID(t.Uint64()+5, 0))
			addrs[i] = Address(scalePermAddr(t.Uint64(), 0))
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			t := toks[i&1023]
			if ix.CanSign(t, acts[i&1023], contracts.ScopeSignAnything) || !ix.CanSign(t, addrs[i&1023], contracts.ScopeSignAnything) {
				b.Fatal("unexpected answer")
			}
		}
	})
	// A PKP at the per-PKP cap (64 entries), asked for one it does not hold.
	b.Run("denied-64-entries", func(b *testing.B) {
		big64 := newIndex()
		ch := &changes{}
		const tok = 1
		for _, l := range []*types.Log{transferLog(tok, common.Address{}, scaleOwner(tok)), mintedLog(tok)} {
			if err := applyLog(big64.st, testAddrs, l, ch); err != nil {
				b.Fatal(err)
			}
		}
		for j := uint64(0); j < maxPermsPKP; j++ {
			if err := applyLog(big64.st, testAddrs, permAddedLog(tok, 10, scaleOIDC(tok, j), nil, 2), ch); err != nil {
				b.Fatal(err)
			}
		}
		t, who := big.NewInt(tok), Method(10, scaleOIDC(tok, maxPermsPKP))
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if big64.CanSign(t, who, contracts.ScopeSignAnything) {
				b.Fatal("permitted")
			}
		}
	})
}

// BenchmarkScaleLookup measures the other lookups of the request path (node/request.go
// jobFor: PubkeyToTokenID, PKP, Pubkey; auth's TokenIDOfAddress) and the action API's
// permission views (node/chainhost.go) on the scale index.
func BenchmarkScaleLookup(b *testing.B) {
	ix := scaleIndex(b)
	toks := scaleToks()
	pubs := make([][]byte, len(toks))
	addrs := make([]common.Address, len(toks))
	for i, t := range toks {
		p, ok := ix.Pubkey(t)
		if !ok {
			b.Fatal("no pubkey")
		}
		pubs[i] = p
		addrs[i] = scaleAddr(t.Uint64())
	}
	run := func(name string, f func(i int) bool) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if !f(i & 1023) {
					b.Fatal("unexpected answer")
				}
			}
		})
	}
	apps := make([][]byte, len(toks))
	pas := make([]common.Address, len(toks))
	oidc0 := make([][]byte, len(toks))
	oidc1 := make([][]byte, len(toks))
	pops := make([][]byte, len(toks))
	owners := make([]common.Address, len(toks))
	for i, t := range toks {
		k := t.Uint64()
		apps[i], pas[i], oidc0[i], oidc1[i], pops[i], owners[i] = scaleAppCID(k), scalePermAddr(k, 2), scaleOIDC(k, 0), scaleOIDC(k, 1), scalePopularCID(k), scaleOwner(k)
	}
	run("PubkeyToTokenID", func(i int) bool {
		t, ok := ix.PubkeyToTokenID(pubs[i])
		return ok && t.Cmp(toks[i]) == 0
	})
	run("TokenIDOfAddress", func(i int) bool {
		t, ok := ix.TokenIDOfAddress(addrs[i])
		return ok && t.Cmp(toks[i]) == 0
	})
	run("PKP", func(i int) bool {
		p, ok := ix.PKP(toks[i])
		return ok && p.Owner == owners[i]
	})
	run("Pubkey", func(i int) bool {
		_, ok := ix.Pubkey(toks[i])
		return ok
	})
	run("IsPermittedAction", func(i int) bool { return ix.IsPermittedAction(toks[i], apps[i]) })
	run("IsPermittedAddress", func(i int) bool { return ix.IsPermittedAddress(toks[i], pas[i]) })
	run("PermittedScopes", func(i int) bool {
		m, ok := ix.PermittedScopes(toks[i], 10, oidc1[i])
		return ok && m == 4
	})
	run("GetPermittedActions", func(i int) bool { return len(ix.GetPermittedActions(toks[i])) == 4 })
	run("GetPermittedAddresses", func(i int) bool { return len(ix.GetPermittedAddresses(toks[i])) == 4 })
	run("GetPermittedAuthMethods", func(i int) bool { return len(ix.GetPermittedAuthMethods(toks[i])) == 3 })
	run("GetTokenIDsForAuthMethod-unique", func(i int) bool {
		return len(ix.GetTokenIDsForAuthMethod(10, oidc0[i])) == 1
	})
	run("GetTokenIDsForAuthMethod-popular-100", func(i int) bool {
		return len(ix.GetTokenIDsForAuthMethod(contracts.AuthAction, pops[i])) == 100
	})
}

// scaleChain is a read-only chain whose blocks hold the scale mix's logs: block n holds
// the logs of PKPs (n-1)*scalePerBlock+1 .. n*scalePerBlock. The logs are generated once,
// before the measurement.
type scaleChain struct {
	hdrs []*types.Header
	logs [][]types.Log
}

const scalePerBlock = 100 // PKPs per block: 1,200 logs

var _ Client = (*scaleChain)(nil)

func newScaleChain() *scaleChain {
	n := scalePKPs / scalePerBlock
	c := &scaleChain{hdrs: make([]*types.Header, n+1), logs: make([][]types.Log, n+1)}
	c.hdrs[0] = &types.Header{Number: big.NewInt(0), Extra: []byte("scale")}
	for i := 1; i <= n; i++ {
		c.hdrs[i] = &types.Header{Number: big.NewInt(int64(i)), ParentHash: c.hdrs[i-1].Hash()}
		h := c.hdrs[i].Hash()
		for tok := uint64(i-1)*scalePerBlock + 1; tok <= uint64(i)*scalePerBlock; tok++ {
			for _, l := range scaleLogs(tok) {
				l.BlockNumber, l.BlockHash, l.Index, l.TxIndex = uint64(i), h, uint(len(c.logs[i])), uint(tok)
				c.logs[i] = append(c.logs[i], *l)
			}
		}
	}
	return c
}

func (c *scaleChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	if n == nil {
		return types.CopyHeader(c.hdrs[len(c.hdrs)-1]), nil
	}
	if n.Sign() < 0 || n.Int64() >= int64(len(c.hdrs)) {
		return nil, ethereum.NotFound
	}
	return types.CopyHeader(c.hdrs[n.Int64()]), nil
}

func (c *scaleChain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	var out []types.Log
	for n := q.FromBlock.Uint64(); n <= q.ToBlock.Uint64() && n < uint64(len(c.hdrs)); n++ {
		out = append(out, c.logs[n]...)
	}
	return out, nil
}

func (c *scaleChain) SubscribeNewHead(context.Context, chan<- *types.Header) (ethereum.Subscription, error) {
	return nil, rpc.ErrNotificationsUnsupported
}

// BenchmarkScaleRebuild measures the watcher's rebuild path (startRebuild and syncAside,
// as after a reorg deeper than the confirmations) over the scale mix's 1.2M logs from an
// in-memory chain (no RPC transport), including the one bbolt transaction that persists
// the rebuilt index; then a restart that loads that index from the store.
func BenchmarkScaleRebuild(b *testing.B) {
	c := newScaleChain()
	head := uint64(len(c.hdrs) - 1)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		dir := b.TempDir()
		db, err := bbolt.Open(filepath.Join(dir, "node.db"), 0o600, &bbolt.Options{Timeout: time.Second, NoSync: true})
		if err != nil {
			b.Fatal(err)
		}
		w, err := New(Config{Client: c, Contracts: testAddrs, DB: db, StartBlock: 1, MaxBlockRange: 50, Logger: quietLog()})
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		b.StartTimer()
		t0 := time.Now()
		w.startRebuild("benchmark")
		if err := w.syncAside(context.Background(), head); err != nil {
			b.Fatal(err)
		}
		rebuild := time.Since(t0)
		if w.Index().PKPCount() != scalePKPs || w.aside != nil {
			b.Fatal("rebuild incomplete")
		}
		applied, skipped := w.Index().Stats()
		if applied != scalePKPs*12 || skipped != 0 {
			b.Fatalf("applied %d skipped %d", applied, skipped)
		}
		t1 := time.Now()
		st, cp, ok, err := loadState(db, w.fp)
		if err != nil || !ok || cp.Number != head || len(st.pkps) != scalePKPs {
			b.Fatalf("reload: %v", errors.Join(err, errors.New("incomplete")))
		}
		load := time.Since(t1)
		b.StopTimer()
		b.ReportMetric(rebuild.Seconds(), "rebuild-s")
		b.ReportMetric(float64(applied)/rebuild.Seconds(), "events/s")
		b.ReportMetric(load.Seconds(), "load-s")
		_ = db.Close()
		b.StartTimer()
	}
}
