package chainwatch

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/big"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/contracts"
)

var testAddrs = contracts.Addresses{
	NodeRegistry:   common.HexToAddress("0x1001"),
	PubkeyRouter:   common.HexToAddress("0x1002"),
	PKPNFT:         common.HexToAddress("0x1003"),
	PKPPermissions: common.HexToAddress("0x1004"),
	PKPHelper:      common.HexToAddress("0x1005"),
}

func u256(v uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(v)) }

// synthetic logs, encoded with the contracts' ABIs exactly as the EVM would emit them.
func transferLog(tok uint64, from, to common.Address) *types.Log {
	ev := contracts.NFTABI.GetABI().Events["Transfer"]
	return &types.Log{Address: testAddrs.PKPNFT, Topics: []common.Hash{ev.ID, common.BytesToHash(from.Bytes()), common.BytesToHash(to.Bytes()), u256(tok)}}
}

func mintedLog(tok uint64) *types.Log {
	ev := contracts.NFTABI.GetABI().Events["PKPMinted"]
	var kid common.Hash
	binary.BigEndian.PutUint64(kid[:], tok)
	addr := common.BytesToAddress(kid[:20])
	addr[19] ^= 0x5a
	return &types.Log{Address: testAddrs.PKPNFT, Topics: []common.Hash{ev.ID, u256(tok), kid, common.BytesToHash(addr.Bytes())}}
}

func permAddedLog(tok, typ uint64, id, pubkey []byte, scopes uint64) *types.Log {
	ev := contracts.PermsABI.GetABI().Events["PermissionAdded"]
	data, err := ev.Inputs.NonIndexed().Pack(id, pubkey, new(big.Int).SetUint64(scopes))
	if err != nil {
		panic(err)
	}
	return &types.Log{Address: testAddrs.PKPPermissions, Topics: []common.Hash{ev.ID, u256(tok), u256(typ)}, Data: data}
}

func cidOf(i uint64) []byte {
	c := make([]byte, 34)
	c[0], c[1] = 0x12, 0x20
	binary.BigEndian.PutUint64(c[2:], i)
	return c
}

// pkpLogs are the 5 logs of one PKP with 3 permissions (action, address, auth method).
func pkpLogs(tok uint64) []*types.Log {
	owner := common.BigToAddress(new(big.Int).SetUint64(tok + 1<<40))
	return []*types.Log{
		transferLog(tok, common.Address{}, owner),
		mintedLog(tok),
		permAddedLog(tok, contracts.AuthAction, cidOf(tok%1000), nil, 2),
		permAddedLog(tok, contracts.AuthAddress, common.BigToAddress(new(big.Int).SetUint64(tok+7)).Bytes(), nil, 4),
		permAddedLog(tok, 6, []byte(fmt.Sprintf("google:%d", tok)), []byte{1, 2, 3, 4}, 1),
	}
}

func buildIndex(tb testing.TB, n uint64) *Index {
	ix := newIndex()
	ch := &changes{}
	for tok := uint64(1); tok <= n; tok++ {
		for _, l := range pkpLogs(tok) {
			if err := applyLog(ix.st, testAddrs, l, ch); err != nil {
				tb.Fatal(err)
			}
		}
	}
	return ix
}

func TestSyntheticLogsApply(t *testing.T) {
	ix := buildIndex(t, 10)
	tok := big.NewInt(3)
	if !ix.CanSign(tok, Action(cidOf(3)), contracts.ScopeSignAnything) || !ix.CanSign(tok, Method(6, []byte("google:3")), contracts.ScopeAuthOnly) ||
		ix.CanSign(tok, Method(6, []byte("google:3")), contracts.ScopeSignAnything) {
		t.Fatal("synthetic permissions not applied as expected")
	}
	a := common.BigToAddress(big.NewInt(10))
	if !ix.CanSign(tok, Address(a), contracts.ScopePersonalSign) || ix.CanSign(tok, Address(a), contracts.ScopeSignAnything) {
		t.Fatal("scope 2 address")
	}
}

var (
	benchOnce sync.Once
	benchIx   *Index
)

// benchIndex is one shared index of 100,000 PKPs with 3 permissions each.
func benchIndex(b *testing.B) *Index {
	benchOnce.Do(func() { benchIx = buildIndex(b, 100_000) })
	return benchIx
}

func BenchmarkCanSign(b *testing.B) {
	ix := benchIndex(b)
	toks := make([]*big.Int, 1024)
	for i := range toks {
		toks[i] = big.NewInt(int64(i*97%100_000 + 1))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t := toks[i&1023]
		if !ix.CanSign(t, Action(cidOf(t.Uint64()%1000)), contracts.ScopeSignAnything) {
			b.Fatal("not permitted")
		}
	}
}

func BenchmarkCanSignParallel(b *testing.B) {
	ix := benchIndex(b)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		t := big.NewInt(4242)
		id := Action(cidOf(242))
		for pb.Next() {
			if !ix.CanSign(t, id, contracts.ScopeSignAnything) {
				b.Fatal("not permitted")
			}
		}
	})
}

func BenchmarkGetPermittedAddresses(b *testing.B) {
	ix := benchIndex(b)
	t := big.NewInt(777)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if len(ix.GetPermittedAddresses(t)) != 2 {
			b.Fatal("want owner + 1")
		}
	}
}

// BenchmarkIngest measures the watcher's apply-and-persist path (decode, index update,
// one bbolt transaction per batch of 1000 logs, as Watcher.step does) in events/s.
func BenchmarkIngest(b *testing.B) {
	db, err := bbolt.Open(filepath.Join(b.TempDir(), "bench.db"), 0o600, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	fp := fingerprint{Contracts: testAddrs}
	st := newState()
	var logs []*types.Log
	for tok := uint64(1); len(logs) < b.N; tok++ {
		logs = append(logs, pkpLogs(tok)...)
	}
	logs = logs[:b.N]
	b.ResetTimer()
	for start := 0; start < len(logs); start += 1000 {
		end := min(start+1000, len(logs))
		ch := &changes{global: true}
		for _, l := range logs[start:end] {
			if err := applyLog(st, testAddrs, l, ch); err != nil {
				b.Fatal(err)
			}
			st.applied++
		}
		if err := saveBatch(db, fp, st, ch, checkpoint{Number: uint64(end)}); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkIndexMemory reports the heap held by an index of 100,000 PKPs with 3
// permissions each.
func BenchmarkIndexMemory(b *testing.B) {
	for i := 0; i < b.N; i++ {
		runtime.GC()
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		ix := buildIndex(b, 100_000)
		runtime.GC()
		runtime.ReadMemStats(&m1)
		if ix.PKPCount() != 100_000 {
			b.Fatal("count")
		}
		b.ReportMetric(float64(m1.HeapAlloc-m0.HeapAlloc)/(1<<20), "MiB/100k-PKPs")
		b.ReportMetric(float64(m1.HeapAlloc-m0.HeapAlloc)/100_000, "B/PKP")
		runtime.KeepAlive(ix)
	}
}

// FuzzApplyLog feeds arbitrary logs to the decoder: it must not panic, and a log it
// rejects must leave the index unchanged.
func FuzzApplyLog(f *testing.F) {
	for _, l := range pkpLogs(5) {
		f.Add(uint8(0), l.Data, topicBytes(l.Topics[1:]))
	}
	f.Add(uint8(3), []byte{1, 2, 3}, []byte{})
	f.Fuzz(func(t *testing.T, sel uint8, data, topics []byte) {
		ix := buildIndex(t, 3)
		var all []struct {
			addr common.Address
			id   common.Hash
		}
		for _, ev := range contracts.RegistryABI.GetABI().Events {
			all = append(all, struct {
				addr common.Address
				id   common.Hash
			}{testAddrs.NodeRegistry, ev.ID})
		}
		for _, ev := range contracts.RouterABI.GetABI().Events {
			all = append(all, struct {
				addr common.Address
				id   common.Hash
			}{testAddrs.PubkeyRouter, ev.ID})
		}
		for _, ev := range contracts.NFTABI.GetABI().Events {
			all = append(all, struct {
				addr common.Address
				id   common.Hash
			}{testAddrs.PKPNFT, ev.ID})
		}
		for _, ev := range contracts.PermsABI.GetABI().Events {
			all = append(all, struct {
				addr common.Address
				id   common.Hash
			}{testAddrs.PKPPermissions, ev.ID})
		}
		slices.SortFunc(all, func(a, b struct {
			addr common.Address
			id   common.Hash
		}) int {
			return bytes.Compare(a.id[:], b.id[:])
		})
		pick := all[int(sel)%len(all)]
		l := &types.Log{Address: pick.addr, Topics: []common.Hash{pick.id}, Data: data}
		for len(topics) >= 32 && len(l.Topics) < 4 {
			l.Topics = append(l.Topics, common.BytesToHash(topics[:32]))
			topics = topics[32:]
		}
		before := ix.Snapshot()
		err := applyLog(ix.st, testAddrs, l, &changes{})
		if err != nil && !bytes.Equal(before, ix.Snapshot()) {
			t.Fatalf("rejected log (%v) changed the index", err)
		}
	})
}

func topicBytes(ts []common.Hash) []byte {
	var b []byte
	for _, t := range ts {
		b = append(b, t[:]...)
	}
	return b
}

// FuzzDecodePKP: stored records are validated; a record that decodes re-encodes to an
// equal record.
func FuzzDecodePKP(f *testing.F) {
	ix := buildIndex(f, 2)
	for _, p := range ix.st.pkps {
		b, _ := encodePKP(p)
		f.Add(b)
	}
	f.Add([]byte(`{"perms":[{"t":0}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := decodePKP(b)
		if err != nil {
			return
		}
		e1, err := encodePKP(p)
		if err != nil {
			t.Fatal(err)
		}
		p2, err := decodePKP(e1)
		if err != nil {
			t.Fatalf("re-decode: %v", err)
		}
		e2, _ := encodePKP(p2)
		if !bytes.Equal(e1, e2) {
			t.Fatal("round trip differs")
		}
	})
}

func FuzzDecodeCheckpoint(f *testing.F) {
	f.Add(checkpoint{Number: 7, Hash: common.HexToHash("0x01")}.encode())
	f.Fuzz(func(t *testing.T, b []byte) {
		cp, err := decodeCheckpoint(b)
		if err == nil && !bytes.Equal(cp.encode(), b) {
			t.Fatal("round trip differs")
		}
	})
}
