package chainwatch

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pkpnet/pkpnet/contracts"
)

// refPerm is the model of one permission: the plain representation the packed one replaced.
type refPerm struct {
	typ    uint64
	id     string
	pubkey string
	scopes uint8
}

// TestPackedPermsMatchModel applies random adds, re-adds, removals and scope changes to a
// few PKPs through applyLog and checks after every step that the index answers exactly as
// a plain model of the contract's EnumerableSet would: entries and their order, scopes,
// pubkeys, the reverse lookup, and a store round trip.
func TestPackedPermsMatchModel(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	ix := newIndex()
	ch := &changes{}
	const toks = 4
	model := map[uint64][]refPerm{}
	for tok := uint64(1); tok <= toks; tok++ {
		for _, l := range pkpLogs(tok)[:2] {
			if err := applyLog(ix.st, testAddrs, l, ch); err != nil {
				t.Fatal(err)
			}
		}
	}
	// A small universe so that ops hit existing entries and tokens share methods.
	type method struct {
		typ uint64
		id  []byte
	}
	var universe []method
	for i := uint64(0); i < 6; i++ {
		universe = append(universe, method{contracts.AuthAction, cidOf(i)}, method{contracts.AuthAddress, u256(i + 9).Bytes()[12:]},
			method{10, bytes.Repeat([]byte{byte(i + 1)}, 1+int(i)*50)}) // IDs up to 251 bytes: 2-byte varint length
	}
	for step := 0; step < 3000; step++ {
		tok := 1 + rng.Uint64N(toks)
		m := universe[rng.IntN(len(universe))]
		ps := model[tok]
		i := slices.IndexFunc(ps, func(p refPerm) bool { return p.typ == m.typ && p.id == string(m.id) })
		switch op := rng.IntN(4); {
		case op <= 1: // add or re-add
			scopes := uint8(rng.IntN(8))
			var pub []byte
			if m.typ == 10 && rng.IntN(2) == 0 {
				pub = bytes.Repeat([]byte{byte(step)}, 1+rng.IntN(200))
			}
			if i >= 0 {
				pub = []byte(ps[i].pubkey) // the contract reverts on a different key
			}
			if err := applyLog(ix.st, testAddrs, permAddedLog(tok, m.typ, m.id, pub, uint64(scopes)), ch); err != nil {
				t.Fatal(err)
			}
			if i >= 0 {
				ps[i].scopes = scopes
			} else {
				ps = append(ps, refPerm{m.typ, string(m.id), string(pub), scopes})
			}
		case op == 2: // remove
			err := applyLog(ix.st, testAddrs, permRemovedLog(tok, m.typ, m.id), ch)
			if i < 0 {
				if err == nil {
					t.Fatal("removal of a missing permission applied")
				}
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			ps[i] = ps[len(ps)-1]
			ps = ps[:len(ps)-1]
		default: // scope added or removed
			add := rng.IntN(2) == 0
			s := uint64(rng.IntN(int(contracts.MaxScope) + 1))
			err := applyLog(ix.st, testAddrs, scopeLog(add, tok, m.typ, m.id, s), ch)
			if i < 0 {
				if err == nil {
					t.Fatal("scope change of a missing permission applied")
				}
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			if add {
				ps[i].scopes |= 1 << s
			} else {
				ps[i].scopes &^= 1 << s
			}
		}
		model[tok] = ps
		checkModel(t, ix, model, toks)
	}
}

func checkModel(t *testing.T, ix *Index, model map[uint64][]refPerm, toks uint64) {
	t.Helper()
	holders := map[string][]uint64{}
	for tok := uint64(1); tok <= toks; tok++ {
		p := ix.st.pkps[tok]
		var got []refPerm
		p.each(func(e permEntry) bool {
			got = append(got, refPerm{e.typ, string(e.id), string(e.pubkey), e.scopes})
			return true
		})
		if !slices.Equal(got, model[tok]) || int(p.nperms) != len(got) {
			t.Fatalf("token %d: entries %v (n %d), model %v", tok, got, p.nperms, model[tok])
		}
		for _, m := range model[tok] {
			k := string(rune(m.typ)) + m.id
			holders[k] = append(holders[k], tok)
			if s, ok := ix.PermittedScopes(new(big.Int).SetUint64(tok), m.typ, []byte(m.id)); !ok || s != m.scopes {
				t.Fatalf("token %d: scopes %d %v, model %d", tok, s, ok, m.scopes)
			}
		}
		enc, err := encodePKP(p)
		if err != nil {
			t.Fatal(err)
		}
		back, err := decodePKP(enc)
		if err != nil || !bytes.Equal(back.perms, p.perms) || back.nperms != p.nperms {
			t.Fatalf("token %d: store round trip differs (%v)", tok, err)
		}
	}
	for k, want := range holders {
		got := ix.GetTokenIDsForAuthMethod(uint64(k[0]), []byte(k[1:]))
		if len(got) != len(want) {
			t.Fatalf("reverse lookup: %v, want %v", got, want)
		}
		for i := range got {
			if got[i].Uint64() != want[i] {
				t.Fatalf("reverse lookup: %v, want %v", got, want)
			}
		}
	}
}

func scopeLog(add bool, tok, typ uint64, id []byte, scope uint64) *types.Log {
	name := "PermissionScopeRemoved"
	if add {
		name = "PermissionScopeAdded"
	}
	ev := contracts.PermsABI.GetABI().Events[name]
	data, err := ev.Inputs.NonIndexed().Pack(id, new(big.Int).SetUint64(scope))
	if err != nil {
		panic(err)
	}
	return &types.Log{Address: testAddrs.PKPPermissions, Topics: []common.Hash{ev.ID, u256(tok), u256(typ)}, Data: data}
}

// TestReverseLookupFiltersLeads: a token filed under a method's hash that does not hold
// the method (what a hash collision looks like) is not returned.
func TestReverseLookupFiltersLeads(t *testing.T) {
	ix := buildIndex(t, 3)
	c := cidOf(2)
	ix.st.byMethod.add(contracts.AuthAction, c, 3) // token 3 permits cidOf(3), not cidOf(2)
	got := ix.GetTokenIDsForAuthMethod(contracts.AuthAction, c)
	if len(got) != 1 || got[0].Uint64() != 2 {
		t.Fatalf("got %v, want [2]", got)
	}
}

// TestStoredRecordReadable pins the persisted PKP record: a record as written before the
// packed representation decodes and encodes back to the same bytes.
func TestStoredRecordReadable(t *testing.T) {
	// Written by encodePKP before this change (token 5 of buildIndex).
	const rec = `{"owner":"0x0000000000000000000000000000010000000005","minted":true,"keyId":"0x0000000000000005000000000000000000000000000000000000000000000000",` +
		`"address":"0x000000000000000500000000000000000000005a","perms":[{"t":2,"id":"EiAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==","s":2},` +
		`{"t":1,"id":"AAAAAAAAAAAAAAAAAAAAAAAAAAw=","s":4},{"t":6,"id":"Z29vZ2xlOjU=","pk":"AQIDBA==","s":1}],"updated":0}`
	p, err := decodePKP([]byte(rec))
	if err != nil {
		t.Fatal(err)
	}
	e, ok := p.find(6, []byte("google:5"))
	if !ok || string(e.pubkey) != "\x01\x02\x03\x04" || e.scopes != 1 || p.nperms != 3 {
		t.Fatalf("decoded %+v %v", e, ok)
	}
	got, err := encodePKP(p)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != rec {
		t.Fatalf("re-encoded\n%s\nwant\n%s", got, rec)
	}
	ix := buildIndex(t, 5)
	if now, _ := encodePKP(ix.st.pkps[5]); string(now) != rec {
		t.Fatalf("token 5 encodes as\n%s\nwant\n%s", now, rec)
	}
}
