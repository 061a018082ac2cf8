package signingtest

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	libcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/taurusgroup/multi-party-sig/pkg/ecdsa"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/mpctest"
	"github.com/pkpnet/pkpnet/node/signing"
	"github.com/pkpnet/pkpnet/wire"
)

// KeyRing maps parties to their identity keys.
type KeyRing map[party.ID]libcrypto.PubKey

var _ signing.KeyRing = KeyRing(nil)

// PubKey implements signing.KeyRing.
func (k KeyRing) PubKey(p party.ID) (libcrypto.PubKey, error) {
	pk, ok := k[p]
	if !ok {
		return nil, fmt.Errorf("unknown party %s", p)
	}
	return pk, nil
}

// MemStore is an in-memory signing.Store of one party.
type MemStore struct {
	mu   sync.Mutex
	pres map[string]*memEntry
}

type memEntry struct {
	pre  *ecdsa.PreSignature
	info mpc.PresignInfo
	ag   []byte
}

var _ signing.Store = (*MemStore)(nil)

// PresignState implements signing.Store.
func (s *MemStore) PresignState(id []byte) (mpc.PresignInfo, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.pres[string(id)]
	if !ok {
		return mpc.PresignInfo{}, mpc.ErrNotFound
	}
	return e.info, nil
}

// PresignAgreement implements signing.Store.
func (s *MemStore) PresignAgreement(id []byte) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.pres[string(id)]
	if !ok || e.ag == nil {
		return nil, mpc.ErrNotFound
	}
	return e.ag, nil
}

// ReleaseShare implements signing.Store: consumed once, then SignShare.
func (s *MemStore) ReleaseShare(id []byte, self party.ID, req mpc.SignRequest, purpose string) (mpc.Share, *mpc.PresignPublic, error) {
	s.mu.Lock()
	e, ok := s.pres[string(id)]
	if !ok {
		s.mu.Unlock()
		return mpc.Share{}, nil, mpc.ErrNotFound
	}
	if e.info.Consumed() {
		s.mu.Unlock()
		return mpc.Share{}, nil, mpc.ErrConsumed
	}
	e.info.ConsumedAt, e.info.ConsumedFor = 1, purpose
	s.mu.Unlock()
	return mpc.SignShare(e.pre, self, req)
}

// MemPool is a coordinator's pool: presignature IDs per signer set, in order.
type MemPool struct {
	// Early lets TakeIfAny hand out presignatures, so that a coordinator
	// assigns as soon as the ready nodes hold a set; without it the
	// coordinator waits for every node and the signer set is the first
	// one inside all ready nodes, as most harness tests arrange.
	Early bool
	mu    sync.Mutex
	sets  [][]party.ID
	ids   [][]byte
}

var _ signing.Pool = (*MemPool)(nil)

// Take implements signing.Pool: the first set inside candidates.
func (p *MemPool) Take(candidates []party.ID) ([]party.ID, []byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for i, s := range p.sets {
		ok := true
		for _, q := range s {
			ok = ok && slices.Contains(candidates, q)
		}
		if ok {
			set, id := p.sets[i], p.ids[i]
			p.sets, p.ids = slices.Delete(p.sets, i, i+1), slices.Delete(p.ids, i, i+1)
			return set, id
		}
	}
	return nil, nil
}

// TakeIfAny implements signing.Pool (the harness counts no demand).
func (p *MemPool) TakeIfAny(candidates []party.ID) ([]party.ID, []byte) {
	if !p.Early {
		return nil, nil
	}
	return p.Take(candidates)
}

// Wake implements signing.Pool.
func (p *MemPool) Wake() {}

// NoPresigner refuses on-demand presigning (the harness uses stored
// presignatures).
type NoPresigner struct{}

// Presign implements signing.Presigner.
func (NoPresigner) Presign(context.Context, mpc.Session) (*ecdsa.PreSignature, error) {
	return nil, errors.New("no on-demand presigning in this harness")
}

// fixturePresigner presigns on demand with a fresh copy of the party's
// fixture key share.
type fixturePresigner struct {
	n  int
	tr mpc.Transport
}

func (p *fixturePresigner) Presign(ctx context.Context, s mpc.Session) (*ecdsa.PreSignature, error) {
	cfgs, err := mpctest.Configs(p.n)
	if err != nil {
		return nil, err
	}
	return mpc.Presign(ctx, p.tr, s, cfgs[s.Self])
}

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// Timeouts of the harness's runs: only runs with a silent party wait for
// them; generous so that a loaded machine under -race is not silent.
const (
	ReadyTimeout = time.Second
	RoundTimeout = time.Second
)

// Harness is n parties of the mpctest fixture key on one in-memory network,
// each with an identity key, an in-memory store and a pool.
type Harness struct {
	T       testing.TB
	N       int
	Net     *mpc.MemNetwork
	Root    []byte
	Keys    map[party.ID]libcrypto.PrivKey
	Ring    KeyRing
	Stores  map[party.ID]*MemStore
	Pools   map[party.ID]*MemPool
	Presigs []mpctest.Presig
	KeyID   mpc.KeyID
	PKP     []byte
	// Wrap and WrapStore make parties malicious.
	Wrap      map[party.ID]func(mpc.Transport) mpc.Transport
	WrapStore map[party.ID]func(signing.Store) signing.Store
	// OnDemand lets coordinators without a presignature presign on demand
	// (real CMP over the in-memory network, about a second for n=3).
	OnDemand bool
	// EvilFinishes: the malicious parties run to their end (they release
	// a share) instead of being stopped once the honest ones returned.
	EvilFinishes bool
	// ReadyWait, when set, replaces ReadyTimeout (how long a coordinator
	// waits for ready messages).
	ReadyWait time.Duration
	sessions  int
}

// NewHarness builds an n-party harness (n with an mpctest fixture).
func NewHarness(t testing.TB, n int) *Harness {
	t.Helper()
	cfgs, err := mpctest.Configs(n)
	if err != nil {
		t.Fatal(err)
	}
	root, err := mpc.RootPubkey(cfgs["1"])
	if err != nil {
		t.Fatal(err)
	}
	pres, err := mpctest.Presigs(n)
	if err != nil {
		t.Fatal(err)
	}
	h := &Harness{
		T: t, N: n, Net: mpc.NewMemNetwork(), Root: root, Keys: map[party.ID]libcrypto.PrivKey{}, Ring: KeyRing{},
		Stores: map[party.ID]*MemStore{}, Pools: map[party.ID]*MemPool{}, Presigs: pres,
		Wrap: map[party.ID]func(mpc.Transport) mpc.Transport{}, WrapStore: map[party.ID]func(signing.Store) signing.Store{},
	}
	t.Cleanup(h.Net.Close)
	for _, id := range mpc.PartyIDs(n) {
		sk, pk, err := libcrypto.GenerateEd25519Key(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		h.Keys[id], h.Ring[id] = sk, pk
		h.Stores[id] = &MemStore{pres: map[string]*memEntry{}}
		h.Pools[id] = &MemPool{}
	}
	_, _ = rand.Read(h.KeyID[:])
	if h.PKP, err = mpc.DerivePubkey(root, h.KeyID); err != nil {
		t.Fatal(err)
	}
	return h
}

// Tag is the harness's store tag of presignatures coordinated by c.
func Tag(c party.ID) string { return "c" + string(c) }

// GivePresign puts the first unused fixture presignature of signer set
// (sorted) into its signers' stores, coordinated by coord, with every
// signer's agreement signature.
func (h *Harness) GivePresign(coord party.ID, set ...party.ID) {
	h.T.Helper()
	for i, p := range h.Presigs {
		if p.Shares == nil || !slices.Equal(p.Signers, set) {
			continue
		}
		pub, err := mpc.PublicOf(p.Shares[set[0]])
		if err != nil {
			h.T.Fatal(err)
		}
		ag := signing.Agreement{}
		for _, q := range set {
			if ag[q], err = signing.SignAgreement(pub, h.Keys[q]); err != nil {
				h.T.Fatal(err)
			}
		}
		agb, _ := ag.Marshal()
		for _, q := range set {
			h.Stores[q].pres[string(pub.ID)] = &memEntry{
				pre: p.Shares[q], ag: agb, info: mpc.PresignInfo{ID: pub.ID, Key: Tag(coord), Signers: set},
			}
		}
		pl := h.Pools[coord]
		pl.mu.Lock()
		pl.sets, pl.ids = append(pl.sets, set), append(pl.ids, pub.ID)
		pl.mu.Unlock()
		h.Presigs[i].Shares = nil // used
		return
	}
	h.T.Fatalf("no fixture presignature left for signers %v", set)
}

// Outcome is one run's result at every party.
type Outcome struct {
	Res  map[party.ID]*signing.Result
	Errs map[party.ID]error
}

// Shares are the shares the parties released.
func (o *Outcome) Shares() []wire.SignatureShare {
	var out []wire.SignatureShare
	for _, r := range o.Res {
		if r != nil && r.Share != nil {
			out = append(out, *r.Share)
		}
	}
	return out
}

// Sign runs one signature of hash among nodes with coordinator coord.
// Honest parties run to their end; the bad ones are stopped once every
// honest one returned (unless EvilFinishes).
func (h *Harness) Sign(coord party.ID, nodes []party.ID, bad []party.ID, hash [32]byte) *Outcome {
	h.T.Helper()
	h.sessions++
	rid := fmt.Sprintf("req-%d", h.sessions)
	sid := signing.SessionID(fmt.Sprintf("key-%p", h), rid, "sig")
	out := &Outcome{Res: map[party.ID]*signing.Result{}, Errs: map[party.ID]error{}}
	var mu sync.Mutex
	var honest, evil sync.WaitGroup
	evilCtx, stopEvil := context.WithCancel(context.Background())
	defer stopEvil()
	for _, id := range nodes {
		tr := h.Net.Transport(id)
		if w := h.Wrap[id]; w != nil {
			tr = w(tr)
		}
		var st signing.Store = h.Stores[id]
		if w := h.WrapStore[id]; w != nil {
			st = w(st)
		}
		var pr signing.Presigner = NoPresigner{}
		if h.OnDemand {
			pr = &fixturePresigner{n: h.N, tr: tr}
		}
		readyTimeout := ReadyTimeout
		if h.ReadyWait > 0 {
			readyTimeout = h.ReadyWait
		}
		d := signing.Deps{
			Self: id, Threshold: mpc.Threshold(h.N), Transport: tr, Pool: h.Pools[id], Store: st,
			Presigner: pr, Identity: h.Keys[id], Keys: h.Ring, PresignTag: Tag,
			ReadyTimeout: readyTimeout, RoundTimeout: RoundTimeout, Log: quiet,
		}
		req := signing.Request{
			Session: sid, RequestID: rid, Coordinator: coord, Nodes: nodes, SigName: "sig",
			TokenID: big.NewInt(1), KeyID: h.KeyID, PubKey: h.PKP, Hash: hash, RootPub: h.Root,
		}
		ctx, wg := context.Background(), &honest
		if slices.Contains(bad, id) {
			ctx, wg = evilCtx, &evil
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			// A safety net only: honest runs end on their own timeouts.
			rctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
			defer cancel()
			r, err := signing.Run(rctx, d, req)
			mu.Lock()
			out.Res[id], out.Errs[id] = r, err
			mu.Unlock()
		}()
	}
	honest.Wait()
	if !h.EvilFinishes {
		stopEvil()
	}
	evil.Wait()
	return out
}

// Verify runs the client's check on a run's shares.
func (h *Harness) Verify(o *Outcome, hash [32]byte) *signing.Outcome {
	return signing.Verify(o.Shares(), h.Ring, signing.Expect{RootPub: h.Root, Hash: hash[:], PubKey: h.PKP})
}

// CheckSignature asserts that go-ethereum's Ecrecover maps sig to the PKP's address.
func (h *Harness) CheckSignature(sig []byte, hash [32]byte) {
	h.T.Helper()
	if len(sig) != 65 {
		h.T.Fatalf("signature of %d bytes", len(sig))
	}
	rec, err := crypto.Ecrecover(hash[:], sig)
	if err != nil {
		h.T.Fatal(err)
	}
	pub, err := crypto.UnmarshalPubkey(rec)
	if err != nil {
		h.T.Fatal(err)
	}
	want, _ := mpc.PubkeyAddress(h.PKP)
	if got := crypto.PubkeyToAddress(*pub); got != want {
		h.T.Fatalf("ecrecover gives %s, the PKP is %s", got, want)
	}
}

// RandHash returns 32 random bytes.
func RandHash(t testing.TB) [32]byte {
	var h [32]byte
	if _, err := rand.Read(h[:]); err != nil {
		t.Fatal(err)
	}
	return h
}
