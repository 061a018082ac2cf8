package mpc_test

import (
	"bytes"
	"context"
	"errors"
	"maps"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/cronokirby/saferith"
	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/math/polynomial"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp/config"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/mpctest"
)

// tamper wraps a party's transport: onSend and onRecv may rewrite the
// resharing messages it sends or receives (a malicious participant, or a
// dealer equivocating towards this receiver). Other messages pass as they are.
type tamper struct {
	inner  mpc.Transport
	onSend func(m *mpc.ReshareMsg, e mpc.Envelope)
	onRecv func(m *mpc.ReshareMsg, e mpc.Envelope)
	rawOut func(e mpc.Envelope) mpc.Envelope // applied last to every sent envelope
}

var _ mpc.Transport = (*tamper)(nil)

func (t *tamper) Open(ctx context.Context, s mpc.Session) (mpc.Conn, error) {
	c, err := t.inner.Open(ctx, s)
	if err != nil {
		return nil, err
	}
	tc := &tamperConn{Conn: c, t: t, out: make(chan mpc.Envelope), done: make(chan struct{})}
	go tc.pump() // ends when the inner Recv closes or Close is called
	return tc, nil
}

type tamperConn struct {
	mpc.Conn
	t    *tamper
	out  chan mpc.Envelope
	done chan struct{}
	once sync.Once
}

func rewriteEnv(e mpc.Envelope, f func(*mpc.ReshareMsg, mpc.Envelope)) mpc.Envelope {
	if f == nil {
		return e
	}
	m, err := mpc.DecodeReshare(e.Data)
	if err != nil {
		return e // a CMP message of the refresh
	}
	f(m, e)
	b, err := mpc.EncodeReshare(m)
	if err != nil {
		panic(err)
	}
	e.Data = b
	return e
}

func (c *tamperConn) Send(ctx context.Context, e mpc.Envelope) error {
	e = rewriteEnv(e, c.t.onSend)
	if c.t.rawOut != nil {
		e = c.t.rawOut(e)
	}
	return c.Conn.Send(ctx, e)
}

func (c *tamperConn) Recv() <-chan mpc.Envelope { return c.out }

func (c *tamperConn) Close() error {
	c.once.Do(func() { close(c.done) })
	return c.Conn.Close()
}

func (c *tamperConn) pump() {
	defer close(c.out)
	for e := range c.Conn.Recv() {
		select {
		case c.out <- rewriteEnv(e, c.t.onRecv):
		case <-c.done:
			return
		}
	}
}

// shift returns a scalar one more than s (a share that fails its commitments).
func shift(s curve.Scalar) curve.Scalar {
	one := curve.Secp256k1{}.NewScalar().SetNat(new(saferith.Nat).SetUint64(1))
	return curve.Secp256k1{}.NewScalar().Set(s).Add(one)
}

// slowReshareTest skips a test that runs CMP refreshes of 3-4 parties
// (1-3 minutes on a loaded 2-core machine) unless PKPNET_RESHARE_TEST is
// set. TestReshareReplace, one 3-party refresh, runs by default.
func slowReshareTest(t *testing.T) {
	t.Helper()
	if testing.Short() || os.Getenv("PKPNET_RESHARE_TEST") == "" {
		t.Skip("runs CMP refreshes; set PKPNET_RESHARE_TEST=1")
	}
}

type reshareCase struct {
	params mpc.ReshareParams // Self is set per party
	old    map[party.ID]*config.Config
	tr     map[party.ID]mpc.Transport // overrides of net's transports
}

// reshareAll runs Reshare at every dealer and every member of the next set.
func reshareAll(t testing.TB, net *mpc.MemNetwork, c reshareCase) (map[party.ID]*config.Config, map[party.ID]error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), max(3*time.Minute*timeScale, 8*c.params.RoundTimeout))
	defer cancel()
	var parties []party.ID
	for _, id := range append(slices.Clone(c.params.Dealers), c.params.Next...) {
		if !slices.Contains(parties, id) {
			parties = append(parties, id)
		}
	}
	return runAll(parties, func(id party.ID) (*config.Config, error) {
		p := c.params
		p.Self = id
		tr := net.Transport(id)
		if o := c.tr[id]; o != nil {
			tr = o
		}
		return mpc.Reshare(ctx, tr, p, c.old[id])
	})
}

func fixture(t testing.TB, n int) (map[party.ID]*config.Config, []byte) {
	t.Helper()
	cfgs, err := mpctest.Configs(n)
	if err != nil {
		t.Fatal(err)
	}
	root, err := mpc.RootPubkey(cfgs["1"])
	if err != nil {
		t.Fatal(err)
	}
	return cfgs, root
}

func params(root []byte, from uint64, old, next, dealers []party.ID) mpc.ReshareParams {
	return mpc.ReshareParams{
		Network: "test", FromEpoch: from, ToEpoch: from + 1,
		Old: old, OldThreshold: mpc.Threshold(len(old)), Next: next, Dealers: dealers,
		RootPubkey: root, RoundTimeout: 2 * time.Minute * timeScale,
	}
}

// checkNewConfigs asserts the shape of the next set's configs: every
// member has one, with the root key, the next threshold, and fresh
// auxiliary keys that differ between members.
func checkNewConfigs(t testing.TB, cfgs map[party.ID]*config.Config, next []party.ID, root []byte) {
	t.Helper()
	for _, id := range next {
		c := cfgs[id]
		if c == nil {
			t.Fatalf("party %s has no new config", id)
			return
		}
		got, err := mpc.RootPubkey(c)
		if err != nil || !bytes.Equal(got, root) {
			t.Fatalf("party %s: root key %x, want %x (%v)", id, got, root, err)
		}
		if c.Threshold != mpc.Threshold(len(next))-1 {
			t.Fatalf("party %s: threshold %d, want %d", id, c.Threshold, mpc.Threshold(len(next))-1)
		}
		if !mpc.SameParties([]party.ID(c.PartyIDs()), next) {
			t.Fatalf("party %s: parties %v, want %v", id, c.PartyIDs(), next)
		}
		if c.Paillier == nil || c.Public[id].Paillier.N().BitLen() < 2000 {
			t.Fatalf("party %s: no real Paillier key after the refresh", id)
		}
		if _, err := c.MarshalBinary(); err != nil {
			t.Fatalf("party %s: config does not marshal: %v", id, err)
		}
	}
	a, b := cfgs[next[0]], cfgs[next[1]]
	if a.Public[next[0]].Paillier.N().Nat().Eq(b.Public[next[1]].Paillier.N().Nat()) == 1 {
		t.Fatal("two members share a Paillier modulus")
	}
}

// signAfter signs with the new configs of signers (on demand: presign and
// online step) and checks the signature with go-ethereum's Ecrecover
// against the PKP address derived before the transition from oldRoot, and
// that the derived PKP key of the new shares is the one derived before.
func signAfter(t testing.TB, net *mpc.MemNetwork, cfgs map[party.ID]*config.Config, signers []party.ID, oldRoot []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute*timeScale)
	defer cancel()
	key := randKeyID(t)
	wantPKP, err := mpc.DerivePubkey(oldRoot, key)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range signers {
		d, err := mpc.DeriveConfig(cfgs[id], key)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := mpc.RootPubkey(d); !bytes.Equal(got, wantPKP) {
			t.Fatalf("party %s: derived PKP key %x, before the transition %x", id, got, wantPKP)
		}
	}
	hash := randHash(t)
	sid := mpc.NewSessionID("pkp/1")
	req := mpc.SignRequest{RootPub: oldRoot, KeyID: key, Hash: hash, Entropy: agreeEntropy(t, sid, signers)}
	type result struct {
		share mpc.Share
		pub   *mpc.PresignPublic
	}
	res, errs := runAll(signers, func(id party.ID) (result, error) {
		s := mpc.Session{ID: sid, Topic: "pkp/1", Self: id, Parties: signers, RoundTimeout: time.Minute * timeScale}
		sh, pub, err := mpc.SignOnDemand(ctx, net.Transport(id), s, cfgs[id], req)
		return result{sh, pub}, err
	})
	if len(errs) > 0 {
		t.Fatalf("sign: %v", errs)
	}
	var shares []mpc.Share
	for _, id := range signers {
		shares = append(shares, res[id].share)
	}
	sig, err := mpc.Combine(res[signers[0]].pub, req, shares)
	if err != nil {
		t.Fatal(err)
	}
	checkEcrecover(t, oldRoot, key, hash, sig)
}

// interpolates reports whether the secret shares of the given configs,
// Lagrange-combined over their parties, give the root key.
func interpolates(shares map[party.ID]curve.Scalar, root []byte) bool {
	g := curve.Secp256k1{}
	ids := make([]party.ID, 0, len(shares))
	for id := range shares {
		ids = append(ids, id)
	}
	l := polynomial.Lagrange(g, ids)
	sum := g.NewScalar()
	for id, s := range shares {
		sum.Add(g.NewScalar().Set(l[id]).Mul(s))
	}
	b, err := sum.ActOnBase().MarshalBinary()
	return err == nil && bytes.Equal(b, root)
}

// TestReshareAddThenRemoveDown moves the n=3 test key to four nodes (3 ->
// 4, every old member dealing), signs, then drops node 4 as if it were
// down (4 -> 3 dealt by the three others, T = 3), signs again, and shows
// that node 4's old share does not combine with the new shares.
func TestReshareAddThenRemoveDown(t *testing.T) {
	slowReshareTest(t)
	old, root := fixture(t, 3)
	net := mpc.NewMemNetwork()
	defer net.Close()
	three, four := mpc.PartyIDs(3), mpc.PartyIDs(4)

	c := reshareCase{params: params(root, 1, three, four, three), old: old}
	cfg4, errs := reshareAll(t, net, c)
	if len(errs) > 0 {
		t.Fatalf("3 -> 4: %v", errs)
	}
	checkNewConfigs(t, cfg4, four, root)
	signAfter(t, net, cfg4, []party.ID{"2", "3", "4"}, root)

	// Node 4 is down: the three others deal (T = 3 of 4) to themselves.
	c = reshareCase{params: params(root, 2, four, three, three), old: cfg4}
	cfg3, errs := reshareAll(t, net, c)
	if len(errs) > 0 {
		t.Fatalf("4 -> 3 without node 4: %v", errs)
	}
	checkNewConfigs(t, cfg3, three, root)
	signAfter(t, net, cfg3, []party.ID{"1", "3"}, root)

	// The new shares combine; node 4's old share with new shares does not.
	if !interpolates(map[party.ID]curve.Scalar{"1": cfg3["1"].ECDSA, "3": cfg3["3"].ECDSA}, root) {
		t.Fatal("new shares {1,3} do not give the root key")
	}
	for _, mix := range []map[party.ID]curve.Scalar{
		{"1": cfg3["1"].ECDSA, "4": cfg4["4"].ECDSA},
		{"1": cfg3["1"].ECDSA, "2": cfg3["2"].ECDSA, "4": cfg4["4"].ECDSA},
		{"2": cfg4["2"].ECDSA, "3": cfg3["3"].ECDSA, "4": cfg4["4"].ECDSA},
	} {
		if interpolates(mix, root) {
			t.Fatalf("old share of node 4 combined with new shares gives the root key: %v", slices.Sorted(maps.Keys(mix)))
		}
	}
}

// TestReshareReplace replaces node 3 by node 4: {1,2,3} -> {1,2,4}, node 3
// dealing and leaving (it gets no config).
func TestReshareReplace(t *testing.T) {
	if testing.Short() {
		t.Skip("a CMP refresh")
	}
	old, root := fixture(t, 3)
	net := mpc.NewMemNetwork()
	defer net.Close()
	next := []party.ID{"1", "2", "4"}
	c := reshareCase{params: params(root, 5, mpc.PartyIDs(3), next, mpc.PartyIDs(3)), old: old}
	cfgs, errs := reshareAll(t, net, c)
	if len(errs) > 0 {
		t.Fatalf("replace: %v", errs)
	}
	if cfgs["3"] != nil {
		t.Fatal("the leaving node got a config")
	}
	checkNewConfigs(t, cfgs, next, root)
	signAfter(t, net, cfgs, []party.ID{"1", "4"}, root)
	if interpolates(map[party.ID]curve.Scalar{"1": cfgs["1"].ECDSA, "3": old["3"].ECDSA}, root) {
		t.Fatal("the removed node's share combines with a new share")
	}
}

// TestRefreshEpochSameSet refreshes the n=3 key as an epoch transition of
// an unchanged set.
func TestRefreshEpochSameSet(t *testing.T) {
	slowReshareTest(t)
	old, root := fixture(t, 3)
	net := mpc.NewMemNetwork()
	defer net.Close()
	ids := mpc.PartyIDs(3)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute*timeScale)
	defer cancel()
	cfgs, errs := runAll(ids, func(id party.ID) (*config.Config, error) {
		p := params(root, 7, ids, ids, nil)
		p.Self = id
		return mpc.RefreshEpoch(ctx, net.Transport(id), p, old[id])
	})
	if len(errs) > 0 {
		t.Fatalf("refresh epoch: %v", errs)
	}
	checkNewConfigs(t, cfgs, ids, root)
	for _, id := range ids {
		if cfgs[id].ECDSA.Equal(old[id].ECDSA) {
			t.Fatalf("party %s kept its share", id)
		}
	}
	signAfter(t, net, cfgs, []party.ID{"2", "3"}, root)
	if interpolates(map[party.ID]curve.Scalar{"1": cfgs["1"].ECDSA, "2": old["2"].ECDSA}, root) {
		t.Fatal("an old share combines with a refreshed one")
	}
}

// TestReshareCheatingDealerNamedThenRetry: dealer 3 sends party 1 a share
// that fails its commitments and, when 1 complains, reveals a wrong one.
// The honest parties name dealer 3 and nobody else; a retry without it
// completes (same set, two dealers of three, T = 2).
func TestReshareCheatingDealerNamedThenRetry(t *testing.T) {
	old, root := fixture(t, 3)
	net := mpc.NewMemNetwork()
	defer net.Close()
	ids := mpc.PartyIDs(3)
	cheat := &tamper{inner: net.Transport("3"), onSend: func(m *mpc.ReshareMsg, e mpc.Envelope) {
		switch {
		case m.Kind == mpc.KindShare && e.To == "1":
			m.Share = shift(m.Share)
		case m.Kind == mpc.KindReveal:
			for i := range m.Reveals {
				m.Reveals[i].Share = shift(m.Reveals[i].Share)
			}
		}
	}}
	c := reshareCase{params: params(root, 3, ids, ids, ids), old: old, tr: map[party.ID]mpc.Transport{"3": cheat}}
	// The cheater itself accepts its own reveal and waits in the refresh
	// for the others: a short round timeout ends it.
	c.params.RoundTimeout = 2 * time.Second * timeScale
	_, errs := reshareAll(t, net, c)
	for _, id := range []party.ID{"1", "2"} {
		var de *mpc.DealerError
		if !errors.As(errs[id], &de) || !slices.Equal(de.Dealers, []party.ID{"3"}) {
			t.Fatalf("party %s: %v, want dealer 3 named", id, errs[id])
		}
		if got := mpc.ReshareSuspects(errs[id]); !slices.Equal(got, []party.ID{"3"}) {
			t.Fatalf("party %s: suspects %v", id, got)
		}
	}
	if testing.Short() || os.Getenv("PKPNET_RESHARE_TEST") == "" {
		return // the retry runs a CMP refresh
	}
	c.params.Attempt = 1
	c.params.Dealers = []party.ID{"1", "2"}
	c.params.RoundTimeout = 2 * time.Minute * timeScale
	cfgs, errs := reshareAll(t, net, c)
	if len(errs) > 0 {
		t.Fatalf("retry without dealer 3: %v", errs)
	}
	checkNewConfigs(t, cfgs, ids, root)
}

// TestReshareResolvedComplaint: dealer 2 sends party 3 a share that fails
// its commitments but reveals the right one when 3 complains. Nobody is
// blamed, 3 takes the revealed share, and the transition completes.
func TestReshareResolvedComplaint(t *testing.T) {
	slowReshareTest(t)
	old, root := fixture(t, 3)
	net := mpc.NewMemNetwork()
	defer net.Close()
	ids := mpc.PartyIDs(3)
	complained := make(chan struct{}, 1)
	bad := &tamper{inner: net.Transport("2"), onSend: func(m *mpc.ReshareMsg, e mpc.Envelope) {
		if m.Kind == mpc.KindShare && e.To == "3" {
			m.Share = shift(m.Share)
		}
	}}
	watch := &tamper{inner: net.Transport("1"), onRecv: func(m *mpc.ReshareMsg, e mpc.Envelope) {
		if m.Kind == mpc.KindView && e.From == "3" && slices.Equal(m.BadShare, []party.ID{"2"}) {
			complained <- struct{}{}
		}
	}}
	c := reshareCase{params: params(root, 9, ids, ids, ids), old: old, tr: map[party.ID]mpc.Transport{"1": watch, "2": bad}}
	cfgs, errs := reshareAll(t, net, c)
	if len(errs) > 0 {
		t.Fatalf("resolved complaint: %v", errs)
	}
	select {
	case <-complained:
	default:
		t.Fatal("party 3 did not complain about dealer 2")
	}
	checkNewConfigs(t, cfgs, ids, root)
	signAfter(t, net, cfgs, []party.ID{"1", "3"}, root)
}

// TestReshareOffKeyDealer: dealer 2 deals a constant term other than its
// weighted old share (3 -> 4). The old members name dealer 2; the new
// member 4, which cannot check, reports a dispute and names nobody.
func TestReshareOffKeyDealer(t *testing.T) {
	old, root := fixture(t, 3)
	net := mpc.NewMemNetwork()
	defer net.Close()
	three, four := mpc.PartyIDs(3), mpc.PartyIDs(4)
	g := curve.Secp256k1{}
	off := &tamper{inner: net.Transport("2"), onSend: func(m *mpc.ReshareMsg, e mpc.Envelope) {
		if m.Kind == mpc.KindCommit {
			m.Coeffs[0] = m.Coeffs[0].Add(g.NewBasePoint())
		}
	}}
	c := reshareCase{params: params(root, 1, three, four, three), old: old, tr: map[party.ID]mpc.Transport{"2": off}}
	_, errs := reshareAll(t, net, c)
	for _, id := range []party.ID{"1", "3"} {
		var de *mpc.DealerError
		if !errors.As(errs[id], &de) || !slices.Equal(de.Dealers, []party.ID{"2"}) {
			t.Fatalf("party %s: %v, want dealer 2 named", id, errs[id])
		}
	}
	var dispute *mpc.DisputeError
	if !errors.As(errs["4"], &dispute) || !slices.Equal(dispute.Accused, []party.ID{"2"}) {
		t.Fatalf("party 4: %v, want a dispute about dealer 2", errs["4"])
	}
	if mpc.ReshareSuspects(errs["4"]) != nil {
		t.Fatal("a dispute names suspects")
	}
}

// TestReshareFalseAccusation: old member 3 falsely accuses honest dealer 1
// of dealing off the key. The old members name 3 (not 1); new member 4
// reports a dispute.
func TestReshareFalseAccusation(t *testing.T) {
	old, root := fixture(t, 3)
	net := mpc.NewMemNetwork()
	defer net.Close()
	three, four := mpc.PartyIDs(3), mpc.PartyIDs(4)
	liar := &tamper{inner: net.Transport("3"), onSend: func(m *mpc.ReshareMsg, e mpc.Envelope) {
		if m.Kind == mpc.KindView {
			m.OffKey = []party.ID{"1"}
		}
	}}
	c := reshareCase{params: params(root, 1, three, four, three), old: old, tr: map[party.ID]mpc.Transport{"3": liar}}
	_, errs := reshareAll(t, net, c)
	for _, id := range []party.ID{"1", "2"} {
		var pe *mpc.ProtocolError
		if !errors.As(errs[id], &pe) || !slices.Equal(pe.Culprits, []party.ID{"3"}) {
			t.Fatalf("party %s: %v, want the accuser 3 named", id, errs[id])
		}
		if mpc.ReshareSuspects(errs[id]) != nil {
			t.Fatalf("party %s: the false accusation makes dealers suspect", id)
		}
	}
	var dispute *mpc.DisputeError
	if !errors.As(errs["4"], &dispute) || !slices.Equal(dispute.Accusers, []party.ID{"3"}) {
		t.Fatalf("party 4: %v, want a dispute raised by 3", errs["4"])
	}
}

// TestReshareEquivocatingDealer: dealer 1 shows party 4 other commitments
// than the rest (simulated on 4's receiving side). Every party reports the
// equivocation with dealer 1 as the suspect; nobody is named a culprit.
func TestReshareEquivocatingDealer(t *testing.T) {
	old, root := fixture(t, 3)
	net := mpc.NewMemNetwork()
	defer net.Close()
	three, four := mpc.PartyIDs(3), mpc.PartyIDs(4)
	g := curve.Secp256k1{}
	seen := &tamper{inner: net.Transport("4"), onRecv: func(m *mpc.ReshareMsg, e mpc.Envelope) {
		if m.Kind == mpc.KindCommit && e.From == "1" {
			m.Coeffs[1] = m.Coeffs[1].Add(g.NewBasePoint())
		}
	}}
	c := reshareCase{params: params(root, 1, three, four, three), old: old, tr: map[party.ID]mpc.Transport{"4": seen}}
	_, errs := reshareAll(t, net, c)
	for _, id := range four {
		var ee *mpc.EquivocationError
		if !errors.As(errs[id], &ee) || ee.Dealer != "1" {
			t.Fatalf("party %s: %v, want an equivocation of dealer 1", id, errs[id])
		}
		var de *mpc.DealerError
		var pe *mpc.ProtocolError
		if errors.As(errs[id], &de) || errors.As(errs[id], &pe) {
			t.Fatalf("party %s blames someone: %v", id, errs[id])
		}
		if got := mpc.ReshareSuspects(errs[id]); !slices.Equal(got, []party.ID{"1"}) {
			t.Fatalf("party %s: suspects %v", id, got)
		}
	}
}

// TestReshareEquivocatedComplaint: party 4 shows party 1 a complaint the
// others do not see (simulated on 1's receiving side). The view digests
// disagree and every party aborts without naming a culprit.
func TestReshareEquivocatedComplaint(t *testing.T) {
	old, root := fixture(t, 3)
	net := mpc.NewMemNetwork()
	defer net.Close()
	three, four := mpc.PartyIDs(3), mpc.PartyIDs(4)
	seen := &tamper{inner: net.Transport("1"), onRecv: func(m *mpc.ReshareMsg, e mpc.Envelope) {
		if m.Kind == mpc.KindView && e.From == "4" {
			m.BadShare = []party.ID{"2"}
		}
	}}
	c := reshareCase{params: params(root, 1, three, four, three), old: old, tr: map[party.ID]mpc.Transport{"1": seen}}
	_, errs := reshareAll(t, net, c)
	for _, id := range four {
		var ee *mpc.EquivocationError
		if !errors.As(errs[id], &ee) || ee.Dealer != "" || ee.Sender != "4" {
			t.Fatalf("party %s: %v, want an equivocated view of party 4", id, errs[id])
		}
		if mpc.ReshareSuspects(errs[id]) != nil {
			t.Fatalf("party %s: suspects from an equivocated view", id)
		}
	}
}

// TestReshareSilentDealerTimesOut: a dealer that deals nothing is named
// silent by the others.
func TestReshareSilentDealerTimesOut(t *testing.T) {
	old, root := fixture(t, 3)
	net := mpc.NewMemNetwork(mpc.Fault{Kind: mpc.FaultDrop, From: "2"})
	defer net.Close()
	three := mpc.PartyIDs(3)
	p := params(root, 1, three, three, three)
	p.RoundTimeout = 300 * time.Millisecond * timeScale
	_, errs := reshareAll(t, net, reshareCase{params: p, old: old})
	for _, id := range []party.ID{"1", "3"} {
		var te *mpc.TimeoutError
		if !errors.As(errs[id], &te) || !slices.Equal(te.Silent, []party.ID{"2"}) {
			t.Fatalf("party %s: %v, want party 2 silent", id, errs[id])
		}
	}
}

// TestReshareMalformedNamesSender: dealer 2 broadcasts bytes that do not
// decode in place of its commitments. Parties 1 and 3 name it; 2 learns
// from their abort notices that the run stopped.
func TestReshareMalformedNamesSender(t *testing.T) {
	old, root := fixture(t, 3)
	net := mpc.NewMemNetwork()
	defer net.Close()
	three := mpc.PartyIDs(3)
	garbage := &tamper{inner: net.Transport("2"), rawOut: func(e mpc.Envelope) mpc.Envelope {
		if m, err := mpc.DecodeReshare(e.Data); err == nil && m.Kind == mpc.KindCommit {
			e.Data = []byte{1, mpc.KindCommit, 0xde, 0xad}
		}
		return e
	}}
	c := reshareCase{params: params(root, 1, three, three, three), old: old, tr: map[party.ID]mpc.Transport{"2": garbage}}
	_, errs := reshareAll(t, net, c)
	for _, id := range []party.ID{"1", "3"} {
		var pe *mpc.ProtocolError
		if !errors.As(errs[id], &pe) || !slices.Equal(pe.Culprits, []party.ID{"2"}) {
			t.Fatalf("party %s: %v, want party 2 named", id, errs[id])
		}
	}
	var pa *mpc.PeerAbortError
	if !errors.As(errs["2"], &pa) || (pa.Party != "1" && pa.Party != "3") {
		t.Fatalf("party 2: %v, want an abort notice", errs["2"])
	}
}

// TestReshareParamsErrors: bad parameters fail before any message.
func TestReshareParamsErrors(t *testing.T) {
	old, root := fixture(t, 3)
	three := mpc.PartyIDs(3)
	good := params(root, 1, three, mpc.PartyIDs(4), three)
	good.Self = "1"
	cases := map[string]func(p *mpc.ReshareParams) *config.Config{
		"few dealers":      func(p *mpc.ReshareParams) *config.Config { p.Dealers = three[:1]; return old["1"] },
		"dealer not old":   func(p *mpc.ReshareParams) *config.Config { p.Dealers = []party.ID{"1", "4"}; return old["1"] },
		"epoch backwards":  func(p *mpc.ReshareParams) *config.Config { p.ToEpoch = p.FromEpoch; return old["1"] },
		"short root":       func(p *mpc.ReshareParams) *config.Config { p.RootPubkey = root[:32]; return old["1"] },
		"other root":       func(p *mpc.ReshareParams) *config.Config { p.RootPubkey = bytes.Repeat([]byte{2}, 33); return old["1"] },
		"self outside":     func(p *mpc.ReshareParams) *config.Config { p.Self = "9"; return old["1"] },
		"dealer no config": func(p *mpc.ReshareParams) *config.Config { return nil },
		"wrong config":     func(p *mpc.ReshareParams) *config.Config { return old["2"] },
		"wrong threshold":  func(p *mpc.ReshareParams) *config.Config { p.OldThreshold = 3; return old["1"] },
		"bad next":         func(p *mpc.ReshareParams) *config.Config { p.Next = []party.ID{"1", "01"}; return old["1"] },
		"no network":       func(p *mpc.ReshareParams) *config.Config { p.Network = ""; return old["1"] },
	}
	net := mpc.NewMemNetwork()
	defer net.Close()
	for name, f := range cases {
		t.Run(name, func(t *testing.T) {
			p := good
			cfg := f(&p)
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			defer cancel()
			if _, err := mpc.Reshare(ctx, net.Transport(p.Self), p, cfg); err == nil || errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("got %v, want a parameter error", err)
			}
		})
	}
	if good.SessionID() == func() mpc.ReshareParams { p := good; p.Attempt = 1; return p }().SessionID() {
		t.Fatal("attempts share a session ID")
	}
	if got := good.Parties(); !slices.Equal(got, mpc.PartyIDs(4)) {
		t.Fatalf("parties %v", got)
	}
	q := good
	q.Self = "2"
	if q.SessionID() != good.SessionID() {
		t.Fatal("the session ID depends on self")
	}
}
