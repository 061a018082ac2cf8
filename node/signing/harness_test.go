package signing_test

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
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
	"github.com/pkpnet/pkpnet/node/api"
	"github.com/pkpnet/pkpnet/node/signing"
	"github.com/pkpnet/pkpnet/p2p"
)

// keyRing maps parties to their identity keys.
type keyRing map[party.ID]libcrypto.PubKey

func (k keyRing) PubKey(p party.ID) (libcrypto.PubKey, error) {
	pk, ok := k[p]
	if !ok {
		return nil, fmt.Errorf("unknown party %s", p)
	}
	return pk, nil
}

var _ signing.KeyRing = keyRing(nil)

// memStore is an in-memory signing.Store of one party.
type memStore struct {
	mu   sync.Mutex
	pres map[string]*memEntry
}

type memEntry struct {
	pre  *ecdsa.PreSignature
	info mpc.PresignInfo
	ag   []byte
}

var _ signing.Store = (*memStore)(nil)

func (s *memStore) PresignState(id []byte) (mpc.PresignInfo, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.pres[string(id)]
	if !ok {
		return mpc.PresignInfo{}, mpc.ErrNotFound
	}
	return e.info, nil
}

func (s *memStore) PresignAgreement(id []byte) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.pres[string(id)]
	if !ok || e.ag == nil {
		return nil, mpc.ErrNotFound
	}
	return e.ag, nil
}

func (s *memStore) ReleaseShare(id []byte, self party.ID, req mpc.SignRequest, purpose string) (mpc.Share, *mpc.PresignPublic, error) {
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

// memPool is a coordinator's pool: presignature IDs per signer set, in order.
type memPool struct {
	mu   sync.Mutex
	sets [][]party.ID
	ids  [][]byte
}

func (p *memPool) Take(candidates []party.ID) ([]party.ID, []byte) {
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

func (p *memPool) Wake() {}

// noPresigner refuses on-demand presigning (the matrix uses stored presignatures).
type noPresigner struct{}

func (noPresigner) Presign(context.Context, mpc.Session) (*ecdsa.PreSignature, error) {
	return nil, errors.New("no on-demand presigning in this test")
}

// harness is n parties on one in-memory network with the fixture key.
type harness struct {
	t       testing.TB
	n       int
	net     *mpc.MemNetwork
	root    []byte
	keys    map[party.ID]libcrypto.PrivKey
	ring    keyRing
	stores  map[party.ID]*memStore
	pools   map[party.ID]*memPool
	presigs []mpctest.Presig
	keyID   mpc.KeyID
	pkp     []byte
	// wrap and store wrappers of malicious parties.
	wrap      map[party.ID]func(mpc.Transport) mpc.Transport
	wrapStore map[party.ID]func(signing.Store) signing.Store
	sessions  int
	// evilFinishes: the malicious parties run to their end (they release
	// a share) instead of being stopped once the honest ones returned.
	evilFinishes bool
}

// Timeouts of the in-memory runs: only the cases with a silent party wait
// for them; generous so that a loaded machine under -race is not silent.
const (
	readyTimeout = time.Second
	roundTimeout = time.Second
)

func newHarness(t testing.TB, n int) *harness {
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
	h := &harness{
		t: t, n: n, net: mpc.NewMemNetwork(), root: root, keys: map[party.ID]libcrypto.PrivKey{}, ring: keyRing{},
		stores: map[party.ID]*memStore{}, pools: map[party.ID]*memPool{}, presigs: pres,
		wrap: map[party.ID]func(mpc.Transport) mpc.Transport{}, wrapStore: map[party.ID]func(signing.Store) signing.Store{},
	}
	t.Cleanup(h.net.Close)
	for _, id := range mpc.PartyIDs(n) {
		sk, pk, err := libcrypto.GenerateEd25519Key(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		h.keys[id], h.ring[id] = sk, pk
		h.stores[id] = &memStore{pres: map[string]*memEntry{}}
		h.pools[id] = &memPool{}
	}
	_, _ = rand.Read(h.keyID[:])
	if h.pkp, err = mpc.DerivePubkey(root, h.keyID); err != nil {
		t.Fatal(err)
	}
	return h
}

func tag(c party.ID) string { return "c" + string(c) }

// givePresign puts the first unused fixture presignature of signer set
// (sorted) into its signers' stores, coordinated by coord, with every
// signer's agreement signature.
func (h *harness) givePresign(coord party.ID, set ...party.ID) {
	h.t.Helper()
	for i, p := range h.presigs {
		if p.Shares == nil || !slices.Equal(p.Signers, set) {
			continue
		}
		pub, err := mpc.PublicOf(p.Shares[set[0]])
		if err != nil {
			h.t.Fatal(err)
		}
		ag := signing.Agreement{}
		for _, q := range set {
			if ag[q], err = signing.SignAgreement(pub, h.keys[q]); err != nil {
				h.t.Fatal(err)
			}
		}
		agb, _ := ag.Marshal()
		for _, q := range set {
			h.stores[q].pres[string(pub.ID)] = &memEntry{
				pre: p.Shares[q], ag: agb, info: mpc.PresignInfo{ID: pub.ID, Key: tag(coord), Signers: set},
			}
		}
		pl := h.pools[coord]
		pl.sets, pl.ids = append(pl.sets, set), append(pl.ids, pub.ID)
		h.presigs[i].Shares = nil // used
		return
	}
	h.t.Fatalf("no fixture presignature left for signers %v", set)
}

// outcome of one run at every party.
type outcome struct {
	res  map[party.ID]*signing.Result
	errs map[party.ID]error
}

func (o *outcome) shares() []api.SignatureShare {
	var out []api.SignatureShare
	for _, r := range o.res {
		if r != nil && r.Share != nil {
			out = append(out, *r.Share)
		}
	}
	return out
}

// sign runs one signature of hash among nodes with coordinator coord.
// Honest parties run to their end; malicious ones are stopped once every
// honest one returned.
func (h *harness) sign(coord party.ID, nodes []party.ID, bad []party.ID, hash [32]byte) *outcome {
	h.t.Helper()
	h.sessions++
	sid := signing.SessionID(fmt.Sprintf("key-%p", h), fmt.Sprintf("req-%d", h.sessions), "sig")
	out := &outcome{res: map[party.ID]*signing.Result{}, errs: map[party.ID]error{}}
	var mu sync.Mutex
	var honest, evil sync.WaitGroup
	evilCtx, stopEvil := context.WithCancel(context.Background())
	defer stopEvil()
	for _, id := range nodes {
		tr := h.net.Transport(id)
		if w := h.wrap[id]; w != nil {
			tr = w(tr)
		}
		var st signing.Store = h.stores[id]
		if w := h.wrapStore[id]; w != nil {
			st = w(st)
		}
		d := signing.Deps{
			Self: id, Threshold: mpc.Threshold(h.n), Transport: tr, Pool: h.pools[id], Store: st,
			Presigner: noPresigner{}, Identity: h.keys[id], Keys: h.ring, PresignTag: tag,
			ReadyTimeout: readyTimeout, RoundTimeout: roundTimeout,
		}
		req := signing.Request{
			Session: sid, RequestID: fmt.Sprintf("req-%d", h.sessions), Coordinator: coord, Nodes: nodes, SigName: "sig",
			TokenID: bigOne, KeyID: h.keyID, PubKey: h.pkp, Hash: hash, RootPub: h.root,
		}
		ctx, wg := context.Background(), &honest
		if slices.Contains(bad, id) {
			ctx, wg = evilCtx, &evil
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			rctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			defer cancel()
			r, err := signing.Run(rctx, d, req)
			mu.Lock()
			out.res[id], out.errs[id] = r, err
			mu.Unlock()
		}()
	}
	honest.Wait()
	if !h.evilFinishes {
		stopEvil()
	}
	evil.Wait()
	return out
}

// verify runs the client's check on a run's shares.
func (h *harness) verify(o *outcome, hash [32]byte) *signing.Outcome {
	return signing.Verify(o.shares(), h.ring, signing.Expect{RootPub: h.root, Hash: hash[:], PubKey: h.pkp})
}

// checkSignature asserts that go-ethereum's Ecrecover maps sig to the PKP's address.
func (h *harness) checkSignature(sig []byte, hash [32]byte) {
	h.t.Helper()
	if len(sig) != 65 {
		h.t.Fatalf("signature of %d bytes", len(sig))
	}
	rec, err := crypto.Ecrecover(hash[:], sig)
	if err != nil {
		h.t.Fatal(err)
	}
	pub, err := crypto.UnmarshalPubkey(rec)
	if err != nil {
		h.t.Fatal(err)
	}
	want, _ := mpc.PubkeyAddress(h.pkp)
	if got := crypto.PubkeyToAddress(*pub); got != want {
		h.t.Fatalf("ecrecover gives %s, the PKP is %s", got, want)
	}
}

func randHash(t testing.TB) [32]byte {
	var h [32]byte
	if _, err := rand.Read(h[:]); err != nil {
		t.Fatal(err)
	}
	return h
}

// named returns the parties an honest node's error holds responsible, and
// whether it claims proof.
func named(err error) ([]party.ID, bool) {
	var ce *signing.CoordinationError
	if errors.As(err, &ce) {
		return ce.Parties, ce.Proof
	}
	return nil, false
}

func isCode(err error, c p2p.ErrorCode) bool {
	var pe *p2p.Error
	return errors.As(err, &pe) && pe.Code == c
}
