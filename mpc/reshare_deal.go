package mpc

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/cronokirby/saferith"
	"github.com/taurusgroup/multi-party-sig/pkg/math/arith"
	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/math/polynomial"
	"github.com/taurusgroup/multi-party-sig/pkg/math/sample"
	"github.com/taurusgroup/multi-party-sig/pkg/paillier"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/pkg/pedersen"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp/config"
)

// ErrRootMismatch is a dealing whose constant terms do not sum to the root
// public key while no party holding the old config named a dealer.
var ErrRootMismatch = errors.New("dealt constant terms do not sum to the root public key")

// SessionTopic of every resharing session (dealing and refresh): the p2p
// transport accepts it as a persistent topic.
const reshareTopic = "refresh"

type msgKey struct {
	kind byte
	from party.ID
}

// dealing is one party's state in the dealing rounds.
type dealing struct {
	p       ReshareParams
	sid     string
	group   curve.Curve
	self    party.ID
	parties []party.ID // dealers and next, canonical order
	dealers []party.ID // canonical order
	next    []party.ID // canonical order
	tNext   int        // signers of the next key, T'
	old     *oldKey    // this party's share of the key moved; nil outside the old set
	timeout time.Duration

	conn    Conn
	got     map[msgKey]*reshareMsg
	raw     map[msgKey][]byte
	aborted map[party.ID]string // abort notices, by sender

	poly []curve.Scalar // this dealer's polynomial; erased when done
}

// oldKey is what the dealing needs of the key it moves: this party's
// secret share, every old member's public share and the chain key the
// dealers must agree on. It serves both the CMP root key (from a
// config.Config) and the network encryption key (plain Shamir shares, whose
// "chain key" is the fixed encChainKey).
type oldKey struct {
	secret   curve.Scalar
	public   map[party.ID]curve.Point
	chainKey []byte
}

// oldKeyOfConfig is the oldKey of a checked CMP config (no copy of the
// secret: the config owns it).
func oldKeyOfConfig(cfg *config.Config) *oldKey {
	k := &oldKey{secret: cfg.ECDSA, public: map[party.ID]curve.Point{}, chainKey: cfg.ChainKey}
	for id, pub := range cfg.Public {
		k.public[id] = pub.ECDSA
	}
	return k
}

// dealResult is what the dealing gives a member of the next set.
type dealResult struct {
	share    curve.Scalar
	public   map[party.ID]curve.Point
	chainKey []byte
	rid      []byte
}

// newDealing prepares the dealing of session sid. old is this party's
// share of the moved key, already checked against p (nil outside the old
// set).
func newDealing(p ReshareParams, sid string, old *oldKey) (*dealing, error) {
	d := &dealing{
		p: p, sid: sid, group: curve.Secp256k1{}, self: p.Self,
		dealers: SortParties(p.Dealers), next: SortParties(p.Next),
		tNext: Threshold(len(p.Next)), old: old,
		got: map[msgKey]*reshareMsg{}, raw: map[msgKey][]byte{}, aborted: map[party.ID]string{},
	}
	d.parties = p.Parties()
	if len(d.parties) > MaxParties {
		return nil, fmt.Errorf("reshare: %d parties exceed %d", len(d.parties), MaxParties)
	}
	d.timeout = p.RoundTimeout
	if d.timeout == 0 {
		d.timeout = ScaledRoundTimeout(len(d.parties))
	}
	if d.isDealer(d.self) && old == nil {
		return nil, errors.New("reshare: a dealer needs its old share")
	}
	return d, nil
}

// checkOldConfig checks that old is this party's share of the key p
// moves: same root key, same old set and threshold.
func checkOldConfig(p ReshareParams, old *config.Config) error {
	if old.ID != p.Self {
		return fmt.Errorf("reshare: old config is party %s, self is %s", old.ID, p.Self)
	}
	if !SameParties([]party.ID(old.PartyIDs()), p.Old) {
		return fmt.Errorf("reshare: old config's parties %v differ from the old set %v", old.PartyIDs(), p.Old)
	}
	if old.Threshold+1 != p.OldThreshold {
		return fmt.Errorf("reshare: old config takes %d signers, params say %d", old.Threshold+1, p.OldThreshold)
	}
	if old.ECDSA == nil || len(old.ChainKey) != chainKeyLen {
		return errors.New("reshare: old config lacks its share or chain key")
	}
	for _, id := range p.Old {
		if pub := old.Public[id]; pub == nil || pub.ECDSA == nil {
			return fmt.Errorf("reshare: old config lacks the public share of %s", id)
		}
	}
	if !old.ECDSA.ActOnBase().Equal(old.Public[p.Self].ECDSA) {
		return errors.New("reshare: old config's share does not match its public share")
	}
	root, err := RootPubkey(old)
	if err != nil {
		return fmt.Errorf("reshare: old config: %w", err)
	}
	if !bytes.Equal(root, p.RootPubkey) {
		return errors.New("reshare: old config is for another root key")
	}
	return nil
}

func unionIDs(a, b []party.ID) []party.ID {
	out := slices.Clone(a)
	for _, id := range b {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

func (d *dealing) isDealer(id party.ID) bool { return slices.Contains(d.dealers, id) }
func (d *dealing) isNext(id party.ID) bool   { return slices.Contains(d.next, id) }
func (d *dealing) isOld(id party.ID) bool    { return slices.Contains(d.p.Old, id) }

// run executes the three dealing rounds. It returns the dealt share and
// public data for a member of Next, nil for a dealer only in the old set.
func (d *dealing) run(ctx context.Context, tr Transport) (*dealResult, error) {
	s := Session{ID: d.sid, Topic: reshareTopic, Self: d.self, Parties: d.parties, RoundTimeout: d.timeout}
	if err := claimSession(s); err != nil {
		return nil, err
	}
	defer releaseSession(s)
	conn, err := tr.Open(ctx, s)
	if err != nil {
		return nil, fmt.Errorf("session %s: open: %w", d.sid, err)
	}
	d.conn = conn
	defer conn.Close()
	defer d.erase()
	res, err := d.rounds(ctx)
	if err != nil {
		d.abort(ctx, err)
	}
	return res, err
}

// abort tells the others, best effort, that this party stops, unless it
// stops because another party did. The reason is an error of this
// package: it names parties and rounds, never secret values.
func (d *dealing) abort(ctx context.Context, err error) {
	var pa *PeerAbortError
	if errors.As(err, &pa) || ctx.Err() != nil {
		return
	}
	m := &reshareMsg{Kind: kindAbort, Reason: sanitize(err.Error(), maxAbortReason)}
	if b, encErr := encodeReshare(m); encErr == nil {
		_ = d.conn.Send(ctx, Envelope{Session: d.sid, From: d.self, Broadcast: true, Data: b})
	}
}

// rounds runs the three dealing rounds over d.conn.
func (d *dealing) rounds(ctx context.Context) (*dealResult, error) {
	// Round 1: deal.
	if d.isDealer(d.self) {
		if err := d.deal(ctx); err != nil {
			return nil, err
		}
	}
	if err := d.await(ctx, kindCommit, d.dealers); err != nil {
		return nil, err
	}
	for _, id := range d.dealers {
		if n := len(d.got[msgKey{kindCommit, id}].Coeffs); n != d.tNext {
			return nil, d.culprit(id, fmt.Errorf("%d commitments, want %d", n, d.tNext))
		}
	}
	if d.isNext(d.self) {
		var from []party.ID
		for _, id := range d.dealers {
			if id != d.self {
				from = append(from, id)
			}
		}
		if err := d.await(ctx, kindShare, from); err != nil {
			return nil, err
		}
	}

	// Round 2: every party says what it saw.
	view := &reshareMsg{Kind: kindView}
	for _, id := range d.dealers {
		view.Views = append(view.Views, partyHash{Party: id, Hash: d.commitHash(id)})
	}
	if d.isNext(d.self) {
		for _, id := range d.dealers {
			if !d.verifyShare(id, d.self, d.got[msgKey{kindShare, id}].Share) {
				view.BadShare = append(view.BadShare, id)
			}
		}
	}
	offKey := d.offKey()
	view.OffKey = offKey
	if err := d.broadcast(ctx, view); err != nil {
		return nil, err
	}
	if err := d.await(ctx, kindView, d.parties); err != nil {
		return nil, err
	}

	// Round 3: agree on the views and answer complaints.
	rev := &reshareMsg{Kind: kindReveal}
	for _, id := range d.parties {
		rev.Seen = append(rev.Seen, partyHash{Party: id, Hash: d.viewHash(id)})
	}
	if d.isDealer(d.self) {
		for _, j := range d.next {
			if v := d.got[msgKey{kindView, j}]; j != d.self && slices.Contains(v.BadShare, d.self) {
				rev.Reveals = append(rev.Reveals, reveal{To: j, Share: d.eval(j)})
			}
		}
	}
	if err := d.broadcast(ctx, rev); err != nil {
		return nil, err
	}
	if err := d.await(ctx, kindReveal, d.parties); err != nil {
		return nil, err
	}
	return d.decide(offKey)
}

// deal samples this dealer's polynomial with constant term lambda_i x_i,
// broadcasts its commitments and sends each receiver its evaluation.
func (d *dealing) deal(ctx context.Context) error {
	lambda := polynomial.Lagrange(d.group, d.dealers)[d.self]
	d.poly = make([]curve.Scalar, d.tNext)
	d.poly[0] = d.group.NewScalar().Set(lambda).Mul(d.old.secret)
	for k := 1; k < d.tNext; k++ {
		d.poly[k] = sample.Scalar(rand.Reader, d.group)
	}
	commit := &reshareMsg{Kind: kindCommit, ChainKey: bytes.Clone(d.old.chainKey)}
	for _, c := range d.poly {
		commit.Coeffs = append(commit.Coeffs, c.ActOnBase())
	}
	if err := d.broadcast(ctx, commit); err != nil {
		return err
	}
	for _, j := range d.next {
		if j == d.self {
			d.got[msgKey{kindShare, j}] = &reshareMsg{Kind: kindShare, Share: d.eval(j)}
			continue
		}
		b, err := encodeReshare(&reshareMsg{Kind: kindShare, Share: d.eval(j)})
		if err != nil {
			return fmt.Errorf("session %s: %w", d.sid, err)
		}
		if err := d.conn.Send(ctx, Envelope{Session: d.sid, From: d.self, To: j, Data: b}); err != nil {
			return fmt.Errorf("session %s: send share to %s: %w", d.sid, j, err)
		}
	}
	return nil
}

// eval returns this dealer's polynomial at receiver j.
func (d *dealing) eval(j party.ID) curve.Scalar {
	x := j.Scalar(d.group)
	out := d.group.NewScalar()
	for k := len(d.poly) - 1; k >= 0; k-- {
		out.Mul(x).Add(d.poly[k])
	}
	return out
}

// commitEval returns F_i(j) = sum_k A_ik j^k from dealer i's commitments.
func (d *dealing) commitEval(dealer, j party.ID) curve.Point {
	coeffs := d.got[msgKey{kindCommit, dealer}].Coeffs
	x := j.Scalar(d.group)
	out := d.group.NewPoint()
	for k := len(coeffs) - 1; k >= 0; k-- {
		out = x.Act(out).Add(coeffs[k])
	}
	return out
}

func (d *dealing) verifyShare(dealer, j party.ID, s curve.Scalar) bool {
	return s != nil && s.ActOnBase().Equal(d.commitEval(dealer, j))
}

// offKey lists, for a party holding the old config, the dealers whose
// constant term is not lambda_i X_i or whose chain key is not the old one.
func (d *dealing) offKey() []party.ID {
	if d.old == nil {
		return nil
	}
	lambda := polynomial.Lagrange(d.group, d.dealers)
	var out []party.ID
	for _, id := range d.dealers {
		m := d.got[msgKey{kindCommit, id}]
		want := lambda[id].Act(d.old.public[id])
		if !m.Coeffs[0].Equal(want) || !bytes.Equal(m.ChainKey, d.old.chainKey) {
			out = append(out, id)
		}
	}
	return out
}

func (d *dealing) commitHash(dealer party.ID) [digestLen]byte {
	h := sha256.New()
	h.Write([]byte(reshareVersion + "/commit\x00" + d.sid + "\x00" + string(dealer) + "\x00"))
	h.Write(d.raw[msgKey{kindCommit, dealer}])
	var out [digestLen]byte
	h.Sum(out[:0])
	return out
}

func (d *dealing) viewHash(id party.ID) [digestLen]byte {
	h := sha256.New()
	h.Write([]byte(reshareVersion + "/view\x00" + d.sid + "\x00" + string(id) + "\x00"))
	h.Write(d.raw[msgKey{kindView, id}])
	var out [digestLen]byte
	h.Sum(out[:0])
	return out
}

// transcriptHash binds the refresh to this dealing: the session and every
// dealer's commitments.
func (d *dealing) transcriptHash() []byte {
	h := sha256.New()
	h.Write([]byte(reshareVersion + "/transcript\x00" + d.sid + "\x00"))
	for _, id := range d.dealers {
		c := d.commitHash(id)
		h.Write(c[:])
	}
	return h.Sum(nil)
}

// decide turns the three rounds into a result or an error, the same at
// every honest party when no broadcast was equivocated.
func (d *dealing) decide(myOffKey []party.ID) (*dealResult, error) {
	// Everyone must have seen the same view (complaints included) from
	// every party, and the same commitments from every dealer. A party's
	// word about its own broadcast does not count: it knows what it sent.
	for i, sender := range d.parties {
		if differ := d.disagree(kindReveal, i, sender); len(differ) > 0 {
			return nil, &EquivocationError{Session: d.sid, Sender: sender, Disagree: differ}
		}
	}
	for i, dealer := range d.dealers {
		if differ := d.disagree(kindView, i, dealer); len(differ) > 0 {
			return nil, &EquivocationError{Session: d.sid, Sender: dealer, Dealer: dealer, Disagree: differ}
		}
	}
	// Accusations of dealing off the old key.
	accusers, accused := []party.ID(nil), []party.ID(nil)
	for _, id := range d.parties {
		v := d.got[msgKey{kindView, id}]
		if len(v.OffKey) > 0 {
			accusers = append(accusers, id)
			accused = unionIDs(accused, v.OffKey)
		}
	}
	if d.old != nil {
		var liars []party.ID
		for _, id := range accusers {
			for _, a := range d.got[msgKey{kindView, id}].OffKey {
				if !slices.Contains(myOffKey, a) {
					liars = append(liars, id)
					break
				}
			}
		}
		if len(liars) > 0 {
			return nil, &ProtocolError{Session: d.sid, Culprits: liars, Err: errors.New("accused an honest dealer of dealing off the old key")}
		}
		if len(myOffKey) > 0 {
			return nil, &DealerError{Session: d.sid, Dealers: myOffKey, Err: errors.New("constant term or chain key is not the dealer's share of the old key")}
		}
	} else if len(accusers) > 0 {
		return nil, &DisputeError{Session: d.sid, Accusers: accusers, Accused: SortParties(accused)}
	}
	// Complaints about shares: the accused dealer's public reveal settles them.
	var cheats []party.ID
	revealed := map[party.ID]curve.Scalar{}
	for _, j := range d.next {
		for _, dealer := range d.got[msgKey{kindView, j}].BadShare {
			var s curve.Scalar
			for _, r := range d.got[msgKey{kindReveal, dealer}].Reveals {
				if r.To == j {
					s = r.Share
				}
			}
			if !d.verifyShare(dealer, j, s) {
				if !slices.Contains(cheats, dealer) {
					cheats = append(cheats, dealer)
				}
				continue
			}
			if j == d.self {
				revealed[dealer] = s
			}
		}
	}
	if len(cheats) > 0 {
		return nil, &DealerError{Session: d.sid, Dealers: SortParties(cheats), Err: errors.New("share fails its commitments and was not revealed correctly")}
	}
	// The constant terms must sum to the root key.
	sum := d.group.NewPoint()
	for _, id := range d.dealers {
		sum = sum.Add(d.got[msgKey{kindCommit, id}].Coeffs[0])
	}
	root, err := sum.MarshalBinary()
	if err != nil || !bytes.Equal(root, d.p.RootPubkey) {
		return nil, fmt.Errorf("session %s: %w", d.sid, ErrRootMismatch)
	}
	chainKey := d.got[msgKey{kindCommit, d.dealers[0]}].ChainKey
	for _, id := range d.dealers {
		if !bytes.Equal(d.got[msgKey{kindCommit, id}].ChainKey, chainKey) {
			return nil, fmt.Errorf("session %s: dealers sent different chain keys", d.sid)
		}
	}
	if !d.isNext(d.self) {
		return nil, nil
	}
	res := &dealResult{share: d.group.NewScalar(), public: map[party.ID]curve.Point{}, chainKey: bytes.Clone(chainKey), rid: d.transcriptHash()}
	for _, id := range d.dealers {
		s := d.got[msgKey{kindShare, id}].Share
		if r, ok := revealed[id]; ok {
			s = r
		}
		res.share.Add(s)
	}
	for _, j := range d.next {
		x := d.group.NewPoint()
		for _, id := range d.dealers {
			x = x.Add(d.commitEval(id, j))
		}
		if x.IsIdentity() {
			return nil, fmt.Errorf("session %s: public share of %s is the identity", d.sid, j)
		}
		res.public[j] = x
	}
	if !res.share.ActOnBase().Equal(res.public[d.self]) {
		return nil, fmt.Errorf("session %s: dealt share does not match its public share", d.sid)
	}
	return res, nil
}

// disagree lists the parties other than sender whose hash of sender's
// broadcast (entry i of their messages of kind) differs from this party's.
func (d *dealing) disagree(kind byte, i int, sender party.ID) []party.ID {
	hashes := func(id party.ID) []partyHash {
		if kind == kindView {
			return d.got[msgKey{kindView, id}].Views
		}
		return d.got[msgKey{kindReveal, id}].Seen
	}
	want := hashes(d.self)[i].Hash
	var out []party.ID
	for _, id := range d.parties {
		if id != sender && hashes(id)[i].Hash != want {
			out = append(out, id)
		}
	}
	return out
}

func (d *dealing) broadcast(ctx context.Context, m *reshareMsg) error {
	b, err := encodeReshare(m)
	if err != nil {
		return fmt.Errorf("session %s: %w", d.sid, err)
	}
	key := msgKey{m.Kind, d.self}
	d.got[key], d.raw[key] = m, b
	if err := d.conn.Send(ctx, Envelope{Session: d.sid, From: d.self, Broadcast: true, Data: b}); err != nil {
		return fmt.Errorf("session %s: send round %d: %w", d.sid, m.Kind, err)
	}
	return nil
}

func (d *dealing) culprit(id party.ID, err error) error {
	return &ProtocolError{Session: d.sid, Culprits: []party.ID{id}, Err: err}
}

// await receives until every party of from (self excepted) has sent its
// message of kind, keeping messages of later rounds for later.
func (d *dealing) await(ctx context.Context, kind byte, from []party.ID) error {
	missing := func() []party.ID {
		var out []party.ID
		for _, id := range from {
			if d.got[msgKey{kind, id}] == nil && id != d.self {
				out = append(out, id)
			}
		}
		return out
	}
	timer := time.NewTimer(d.timeout)
	defer timer.Stop()
	recv := d.conn.Recv()
	for {
		miss := missing()
		if len(miss) == 0 {
			return nil
		}
		for _, id := range miss {
			if reason, ok := d.aborted[id]; ok {
				return &PeerAbortError{Session: d.sid, Party: id, Reason: reason}
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("session %s: %w", d.sid, ctx.Err())
		case <-timer.C:
			return &TimeoutError{Session: d.sid, Round: int(kind), Silent: missing()}
		case env, ok := <-recv:
			if !ok {
				return fmt.Errorf("session %s: transport closed", d.sid)
			}
			if err := d.receive(env); err != nil {
				return err
			}
		}
	}
}

// receive checks one envelope and files it. Messages from outside the
// session are dropped; a malformed or misdirected message, or a second
// different message of the same kind, aborts naming its sender.
func (d *dealing) receive(env Envelope) error {
	if env.Session != d.sid || env.From == d.self || !slices.Contains(d.parties, env.From) {
		slog.Debug("mpc: dropped resharing message from outside the session", "session", d.sid, "from", truncate(string(env.From), 16))
		return nil
	}
	from := env.From
	if len(env.Data) > MaxMessageSize {
		return d.culprit(from, fmt.Errorf("message of %d bytes exceeds the %d limit", len(env.Data), MaxMessageSize))
	}
	m, err := decodeReshare(env.Data)
	if err != nil {
		return d.culprit(from, err)
	}
	if err := d.checkRole(from, env, m); err != nil {
		return d.culprit(from, err)
	}
	if m.Kind == kindAbort {
		// Terminal only when this party still waits for the aborter
		// (await): one that aborted after its last message changes nothing.
		if _, ok := d.aborted[from]; !ok {
			d.aborted[from] = m.Reason
		}
		return nil
	}
	key := msgKey{m.Kind, from}
	if prev, ok := d.raw[key]; ok {
		if bytes.Equal(prev, env.Data) {
			return nil // a duplicate delivery
		}
		return d.culprit(from, fmt.Errorf("two different messages for round %d", m.Kind))
	}
	d.got[key], d.raw[key] = m, bytes.Clone(env.Data)
	return nil
}

// checkRole checks that from may send m the way it came.
func (d *dealing) checkRole(from party.ID, env Envelope, m *reshareMsg) error {
	switch m.Kind {
	case kindCommit:
		if !d.isDealer(from) || !env.Broadcast {
			return errors.New("commitments from a non-dealer or not broadcast")
		}
	case kindShare:
		if !d.isDealer(from) || env.Broadcast || env.To != d.self || !d.isNext(d.self) {
			return errors.New("share from a non-dealer, broadcast, or to a party outside the next set")
		}
	case kindView:
		if !env.Broadcast {
			return errors.New("view not broadcast")
		}
		if len(m.Views) != len(d.dealers) {
			return fmt.Errorf("%d views, want one per dealer (%d)", len(m.Views), len(d.dealers))
		}
		for i, v := range m.Views {
			if v.Party != d.dealers[i] {
				return errors.New("views of other dealers")
			}
		}
		for _, id := range m.BadShare {
			if !d.isDealer(id) || id == from {
				return errors.New("share complaint about a non-dealer or itself")
			}
		}
		if len(m.BadShare) > 0 && !d.isNext(from) {
			return errors.New("share complaint from a party outside the next set")
		}
		for _, id := range m.OffKey {
			if !d.isDealer(id) {
				return errors.New("key complaint about a non-dealer")
			}
		}
		if len(m.OffKey) > 0 && !d.isOld(from) {
			return errors.New("key complaint from a party outside the old set")
		}
	case kindAbort:
		if !env.Broadcast {
			return errors.New("abort not broadcast")
		}
	case kindReveal:
		if !env.Broadcast {
			return errors.New("reveal not broadcast")
		}
		if len(m.Seen) != len(d.parties) {
			return fmt.Errorf("%d view hashes, want one per party (%d)", len(m.Seen), len(d.parties))
		}
		for i, h := range m.Seen {
			if h.Party != d.parties[i] {
				return errors.New("view hashes of other parties")
			}
		}
		if len(m.Reveals) > 0 && !d.isDealer(from) {
			return errors.New("reveals from a non-dealer")
		}
		for _, r := range m.Reveals {
			if !d.isNext(r.To) {
				return errors.New("reveal for a party outside the next set")
			}
		}
	}
	return nil
}

// erase overwrites this dealer's polynomial and the shares received.
func (d *dealing) erase() {
	zero := d.group.NewScalar()
	for _, c := range d.poly {
		c.Set(zero)
	}
	d.poly = nil
	for k, m := range d.got {
		if k.kind == kindShare && m.Share != nil {
			m.Share.Set(zero)
		}
	}
}

// placeholderAux returns the public auxiliary values (ElGamal, Paillier,
// Pedersen) a config built from a dealing carries before its refresh. CMP
// refresh never reads them (it generates fresh ones) but hashes every
// party's into the session, so all parties must set the same: these are
// fixed public constants, replaced by the refresh's output.
func placeholderAux(group curve.Curve) *config.Public {
	n := saferith.ModulusFromNat(new(saferith.Nat).SetUint64(placeholderModulus))
	return &config.Public{
		ElGamal:  group.NewBasePoint(),
		Paillier: paillier.NewPublicKey(n),
		Pedersen: pedersen.New(arith.ModulusFromN(n), new(saferith.Nat).SetUint64(2), new(saferith.Nat).SetUint64(3)),
	}
}

// placeholderModulus is an odd public constant (2^61-1); it only fills the
// pre-refresh config's Paillier and Pedersen slots.
const placeholderModulus = 1<<61 - 1

// configFromDeal builds the pre-refresh config of a member of Next.
func configFromDeal(self party.ID, tNext int, res *dealResult) *config.Config {
	group := curve.Secp256k1{}
	cfg := &config.Config{
		Group:     group,
		ID:        self,
		Threshold: tNext - 1,
		ECDSA:     res.share,
		RID:       bytes.Clone(res.rid),
		ChainKey:  bytes.Clone(res.chainKey),
		Public:    map[party.ID]*config.Public{},
	}
	for id, x := range res.public {
		pub := placeholderAux(group)
		pub.ECDSA = x
		cfg.Public[id] = pub
	}
	return cfg
}
