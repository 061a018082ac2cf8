// Package signing owns the coordination of one threshold signature among
// the nodes of a request: the coordinator's choice of signer set and
// presignature, the signers' entropy commit–reveal, and the durable release
// of each signer's share, with a transcript signed by every author so that
// a misbehaving party is named only on proof. It runs over mpc.Transport in
// explicit states (ready, assign, commit, reveal, release), like the
// protocol rounds in mpc, and owns the presign agreement round and the one
// verification (Verify) that nodes and clients share. docs/protocol.md
// describes the messages and what counts as proof.
package signing

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/ecdsa"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/wire"
)

// Pool hands out the presignatures this node coordinated.
type Pool interface {
	// Take reserves a presignature for a signer set among candidates
	// (each set containing this node). It returns nil when none is left.
	Take(candidates []party.ID) (signers []party.ID, presignID []byte)
	// TakeIfAny is Take for a coordinator still collecting ready messages:
	// it counts toward the pool's demand only when it returns a
	// presignature (the coordinator calls Take once if it never does).
	TakeIfAny(candidates []party.ID) (signers []party.ID, presignID []byte)
	// Wake asks the pool to refill.
	Wake()
}

// Store is the durable presignature store (sharestore.Store satisfies it).
type Store interface {
	PresignState(id []byte) (mpc.PresignInfo, error)
	PresignAgreement(id []byte) ([]byte, error)
	ReleaseShare(id []byte, self party.ID, req mpc.SignRequest, purpose string) (mpc.Share, *mpc.PresignPublic, error)
}

// Presigner runs an on-demand CMP presign session with this node's root key
// share (the secret presignature is used once and never stored).
type Presigner interface {
	Presign(ctx context.Context, s mpc.Session) (*ecdsa.PreSignature, error)
}

// Deps are what a sign run needs from its node.
type Deps struct {
	Self      party.ID
	Threshold int
	Transport mpc.Transport
	Pool      Pool
	Store     Store
	Presigner Presigner
	Identity  Signer
	Keys      KeyRing
	// PresignTag is the store key tag of presignatures coordinated by c.
	PresignTag   func(c party.ID) string
	ReadyTimeout time.Duration
	RoundTimeout time.Duration
	Log          *slog.Logger
}

// Request is one signature of a client request.
type Request struct {
	Session     string // SessionID(...), identical at every node
	RequestID   string
	Coordinator party.ID
	Nodes       []party.ID
	SigName     string
	TokenID     *big.Int
	KeyID       mpc.KeyID
	PubKey      []byte // 33-byte PKP key
	Hash        [32]byte
	RootPub     []byte // 33-byte root key
}

// SessionID is the session every node derives for one signature from the
// request's common key (the authenticated request's opaque binding), the
// request ID and the signature's name.
func SessionID(requestKey, requestID, sigName string) string {
	h := sha256.New()
	h.Write([]byte(requestKey))
	h.Write([]byte{0})
	h.Write([]byte(requestID))
	h.Write([]byte{0})
	h.Write([]byte(sigName))
	return "sign/" + hex.EncodeToString(h.Sum(nil))[:32]
}

// State is a step of a sign run.
type State string

// States of a sign run, in order.
const (
	StateReady   State = "ready"   // members announce hash and key; the coordinator collects
	StateAssign  State = "assign"  // the coordinator signs and sends the assignment
	StateCommit  State = "commit"  // signers exchange signed entropy commitments
	StateReveal  State = "reveal"  // signers exchange signed reveals and echo the commitments
	StateRelease State = "release" // each signer consumes its presignature and releases its share
)

// Result is this node's outcome of a run: nil Share when it was not chosen.
type Result struct {
	Share    *wire.SignatureShare
	OnDemand bool
}

type run struct {
	d     Deps
	req   Request
	conn  mpc.Conn
	ib    *inbox
	t0    time.Time
	state State
	log   *slog.Logger

	assignRaw []byte
	assign    *Assignment
	set       []party.ID
	others    []party.ID // signers but self
	commits   map[party.ID]*Opened
	reveals   map[party.ID]*Opened
	nonce     [32]byte
	ends      [4]time.Duration // ends of ready, assign, commit and reveal since t0
}

// Run takes part in one signature's coordination and, when this node is a
// chosen signer, releases its share. Errors are *p2p.Error for conditions
// of this node, or *CoordinationError when another party stopped the run.
func Run(ctx context.Context, d Deps, req Request) (*Result, error) {
	if d.Log == nil {
		d.Log = slog.Default()
	}
	start := time.Now()
	conn, err := d.Transport.Open(ctx, mpc.Session{
		ID: req.Session, Topic: "pkp/" + req.TokenID.String(), Self: d.Self, Parties: req.Nodes, RoundTimeout: d.RoundTimeout,
	})
	if err != nil {
		return nil, fmt.Errorf("open sign session: %w", err)
	}
	defer conn.Close()
	r := &run{d: d, req: req, conn: conn, ib: newInbox(conn), t0: time.Now(), log: d.Log.With("session", req.Session, "sig", req.SigName)}
	res, err := r.run(ctx)
	if err != nil {
		r.log.Debug("sign run stopped", "state", string(r.state), "err", err)
		return res, err
	}
	// Where a signature's time goes (docs/performance.md): each state's
	// end, from the run's start after Open.
	r.log.Debug("sign run done", "open", r.t0.Sub(start), "ready", r.ends[0], "assign", r.ends[1],
		"commit", r.ends[2], "reveal", r.ends[3], "release", time.Since(r.t0), "signer", res.Share != nil, "onDemand", res.OnDemand)
	return res, nil
}

func (r *run) run(ctx context.Context) (*Result, error) {
	r.state = StateReady
	var presignID []byte
	if r.d.Self == r.req.Coordinator {
		ready, set, pid, err := r.collectReady(ctx)
		if err != nil {
			return nil, err
		}
		r.state = StateAssign
		r.ends[0] = time.Since(r.t0)
		if presignID, err = r.sendAssignment(ctx, ready, set, pid); err != nil {
			return nil, err
		}
		if presignID != nil {
			// From here on the presignature is never handed out again: it
			// is consumed by the share below, or discarded if signing fails.
			defer r.discardIfUnused(presignID)
		}
	} else {
		if err := r.send(ctx, r.req.Coordinator, &Message{Type: MsgReady, Hash: r.req.Hash[:], KeyID: r.req.KeyID[:]}); err != nil {
			return nil, p2p.Errorf(p2p.CodeUnavailable, "cannot reach coordinator %s: %v", r.req.Coordinator, err)
		}
		r.state = StateAssign
		r.ends[0] = time.Since(r.t0)
		if err := r.awaitAssignment(ctx); err != nil {
			return nil, err
		}
		if !slices.Contains(r.set, r.d.Self) {
			return &Result{}, nil
		}
		if !r.assign.OnDemand {
			presignID = r.assign.PresignID
		}
	}
	r.state = StateCommit
	r.ends[1] = time.Since(r.t0)
	if err := r.commitRound(ctx); err != nil {
		return nil, err
	}
	r.state = StateReveal
	r.ends[2] = time.Since(r.t0)
	entropy, err := r.revealRound(ctx)
	if err != nil {
		return nil, err
	}
	r.state = StateRelease
	r.ends[3] = time.Since(r.t0)
	return r.release(ctx, presignID, entropy)
}

// deadlines, from the run's start: the coordinator collects ready messages
// for ReadyTimeout; a member waits one round more for the assignment; a
// signer waits one round more again for the commitments, so that a member
// denied the assignment has declined (naming the coordinator) before the
// signers would take it for silent.
func (r *run) readyDeadline() time.Time  { return r.t0.Add(r.d.ReadyTimeout) }
func (r *run) assignDeadline() time.Time { return r.t0.Add(r.d.ReadyTimeout + r.d.RoundTimeout) }
func (r *run) commitDeadline() time.Time { return r.t0.Add(r.d.ReadyTimeout + 2*r.d.RoundTimeout) }

func (r *run) send(ctx context.Context, to party.ID, m *Message) error {
	b, err := m.Encode()
	if err != nil {
		return err
	}
	return r.conn.Send(ctx, mpc.Envelope{Session: r.req.Session, From: r.d.Self, To: to, Data: b})
}

func (r *run) sendAll(ctx context.Context, to []party.ID, m *Message) {
	for _, q := range to {
		if q != r.d.Self {
			if err := r.send(ctx, q, m); err != nil {
				r.log.Debug("send", "type", m.Type, "to", string(q), "err", err)
			}
		}
	}
}

// decline tells the other parties why this node stops, naming the culprit
// (with proof when it has one), and returns the error.
func (r *run) decline(ctx context.Context, to []party.ID, ce *CoordinationError) error {
	m := &Message{Type: MsgDecline, Reason: truncate(ce.Reason, 200)}
	if len(ce.Parties) == 1 {
		m.Culprit = ce.Parties[0]
		if ce.Proof {
			m.Proof = ce.Evidence
		}
	}
	r.sendAll(ctx, to, m)
	return ce
}

// It returns as soon as the ready nodes hold a signer set with a pooled
// presignature, taken (set, pid): the slowest nodes (still running the
// action, or far away) then do not delay the request. Otherwise it waits for
// every node's answer or the deadline, and the caller takes from the pool or
// signs on demand with what it has.
func (r *run) collectReady(ctx context.Context) (ready, set []party.ID, pid []byte, err error) {
	ready = []party.ID{r.d.Self}
	var silent, declined []string
	answered := map[party.ID]bool{}
	for len(answered) < len(r.req.Nodes)-1 {
		from, m, err := r.ib.next(ctx, r.readyDeadline(), nil, MsgReady, MsgDecline)
		if errors.Is(err, errTimeout) {
			break
		}
		if err != nil {
			return nil, nil, nil, err
		}
		if answered[from] {
			continue
		}
		answered[from] = true
		switch {
		case m.Type == MsgReady && bytes.Equal(m.Hash, r.req.Hash[:]) && bytes.Equal(m.KeyID, r.req.KeyID[:]):
			ready = append(ready, from)
			if len(ready) >= r.d.Threshold {
				if set, pid := r.d.Pool.TakeIfAny(ready); set != nil {
					return ready, set, pid, nil
				}
			}
		case m.Type == MsgReady:
			declined = append(declined, fmt.Sprintf("%s (different hash or key)", from))
		default:
			declined = append(declined, fmt.Sprintf("%s (%s)", from, truncate(m.Reason, 200)))
		}
	}
	for _, q := range r.req.Nodes {
		if q != r.d.Self && !answered[q] {
			silent = append(silent, string(q))
		}
	}
	if len(ready) < r.d.Threshold {
		reason := fmt.Sprintf("not enough nodes ready to sign %q: %d ready, need %d", r.req.SigName, len(ready), r.d.Threshold)
		if len(silent) > 0 {
			reason += "; silent: " + strings.Join(silent, ",")
		}
		if len(declined) > 0 {
			reason += "; declined: " + strings.Join(declined, ", ")
		}
		r.sendAll(ctx, r.req.Nodes, &Message{Type: MsgAbort, Reason: truncate(reason, maxReason)})
		return nil, nil, nil, p2p.Errorf(p2p.CodeUnavailable, "%s", reason)
	}
	return ready, nil, nil, nil
}

// sendAssignment assigns the presignature collectReady took (set, pid), or
// takes one for the ready nodes, or signs on demand.
func (r *run) sendAssignment(ctx context.Context, ready, set []party.ID, pid []byte) ([]byte, error) {
	if set == nil {
		set, pid = r.d.Pool.Take(ready)
	}
	a := &Assignment{Session: r.req.Session, Coordinator: r.d.Self, Hash: r.req.Hash, KeyID: r.req.KeyID}
	if set == nil {
		others := mpc.SortParties(slices.DeleteFunc(slices.Clone(ready), func(q party.ID) bool { return q == r.d.Self }))
		set = append([]party.ID{r.d.Self}, others[:r.d.Threshold-1]...)
		a.OnDemand, a.ODSession = true, r.req.Session+"/od"
		r.log.Info("no presignature available; signing on demand", "signers", idList(set))
	} else {
		a.PresignID = slices.Clone(pid)
	}
	a.Signers = mpc.SortParties(set)
	raw, err := a.Sign(r.d.Identity)
	if err != nil {
		if pid != nil {
			r.discardIfUnused(pid)
		}
		return nil, err
	}
	r.assignRaw, r.assign, r.set = raw, a, a.Signers
	r.sendAll(ctx, r.req.Nodes, &Message{Type: MsgAssign, Assign: raw})
	return a.PresignID, nil
}

func (r *run) awaitAssignment(ctx context.Context) error {
	coord := r.req.Coordinator
	_, m, err := r.ib.next(ctx, r.assignDeadline(), []party.ID{coord}, MsgAssign, MsgAbort)
	if errors.Is(err, errTimeout) {
		return r.decline(ctx, r.req.Nodes, blame(coord, false, "coordinator %s sent no assignment for %q", coord, r.req.SigName))
	}
	if err != nil {
		return err
	}
	if m.Type == MsgAbort {
		return p2p.Errorf(p2p.CodeUnavailable, "coordinator %s: %s", coord, truncate(m.Reason, 500))
	}
	o, err := Open(m.Assign, r.d.Keys)
	if err != nil || o.Assignment == nil || o.Signer != coord {
		return r.decline(ctx, r.req.Nodes, blame(coord, false, "coordinator %s sent a malformed or badly signed assignment", coord))
	}
	a := o.Assignment
	proven := func(format string, args ...any) error {
		ce := blame(coord, true, format, args...)
		ce.Evidence = [][]byte{m.Assign}
		return r.decline(ctx, r.req.Nodes, ce)
	}
	if a.Session != r.req.Session {
		return proven("assignment for another session")
	}
	if a.Hash != r.req.Hash || a.KeyID != r.req.KeyID {
		return proven("the coordinator's signed assignment has another hash or key than this node's request")
	}
	if len(a.Signers) != r.d.Threshold || !slices.Contains(a.Signers, coord) || !subset(a.Signers, r.req.Nodes) {
		return proven("signer set %s is not %d of the request's nodes with the coordinator", idList(a.Signers), r.d.Threshold)
	}
	if a.OnDemand && a.ODSession != r.req.Session+"/od" {
		return proven("bad on-demand session")
	}
	r.assignRaw, r.assign, r.set = m.Assign, a, a.Signers
	if !slices.Contains(a.Signers, r.d.Self) || a.OnDemand {
		return nil
	}
	if err := r.checkPresign(a.PresignID); err != nil {
		// Not provable to others: only this node's store says so.
		return r.decline(ctx, a.Signers, blame(coord, false, "%v", err))
	}
	return nil
}

// checkPresign checks that a stored presignature was made for this signer
// set, coordinated by the request's coordinator, unused and agreed.
func (r *run) checkPresign(id []byte) error {
	st, err := r.d.Store.PresignState(id)
	if err != nil {
		return fmt.Errorf("presignature %x: %w", id[:8], err)
	}
	if st.Key != r.d.PresignTag(r.req.Coordinator) {
		return fmt.Errorf("presignature %x was not coordinated by %s", id[:8], r.req.Coordinator)
	}
	if st.Consumed() {
		return fmt.Errorf("presignature %x: %w", id[:8], mpc.ErrConsumed)
	}
	if !mpc.SameParties(st.Signers, r.set) {
		return fmt.Errorf("presignature %x belongs to signers %s, not %s", id[:8], idList(st.Signers), idList(r.set))
	}
	if _, err := r.d.Store.PresignAgreement(id); err != nil {
		return fmt.Errorf("presignature %x has no agreement: %w", id[:8], err)
	}
	return nil
}

// takeDecline turns another signer's decline into this node's error: the
// culprit it names is named here only when its proof checks out.
func (r *run) takeDecline(from party.ID, m *Message) error {
	if m.Culprit != "" && len(m.Proof) > 0 {
		if ce := r.checkProof(m.Culprit, m.Proof); ce != nil {
			return ce
		}
	}
	return nobody("signer %s declined: %s", from, truncate(m.Reason, 200))
}

// checkProof verifies evidence against culprit: two of its validly signed,
// different objects of one kind for this session, or one of its signed
// assignments for this session that differs from this node's.
func (r *run) checkProof(culprit party.ID, proof [][]byte) *CoordinationError {
	var objs []*Opened
	for _, raw := range proof {
		o, err := Open(raw, r.d.Keys)
		if err != nil || o.Signer != culprit || sessionOf(o) != r.req.Session {
			return nil
		}
		objs = append(objs, o)
	}
	if r.assignRaw != nil {
		if a, err := Open(r.assignRaw, r.d.Keys); err == nil && a.Signer == culprit {
			objs = append(objs, a)
		}
	}
	v := &verifier{out: &Outcome{}, named: map[party.ID]bool{}, objects: map[string]*Opened{}}
	for _, o := range objs {
		v.record(o)
	}
	// A reveal not opening the same party's commitment.
	for _, c := range objs {
		for _, rv := range objs {
			if c.Commitment != nil && rv.Reveal != nil && mpc.EntropyCommit(r.req.Session, culprit, rv.Reveal.Nonce) != c.Commitment.Commit {
				v.name(culprit, ProofEquivocation, [][]byte{c.Raw, rv.Raw}, "reveal does not open its commitment")
			}
		}
	}
	if len(v.out.Culprits) == 0 {
		// A single signed assignment with another hash or key than this
		// node's request is proof too.
		for _, o := range objs {
			if a := o.Assignment; a != nil && (a.Hash != r.req.Hash || a.KeyID != r.req.KeyID) {
				ce := blame(culprit, true, "the coordinator signed an assignment with another hash or key")
				ce.Evidence = [][]byte{o.Raw}
				return ce
			}
		}
		return nil
	}
	c := v.out.Culprits[0]
	ce := blame(c.Party, true, "%s (%s)", c.Detail, c.Kind)
	ce.Evidence = c.Evidence
	return ce
}

func sessionOf(o *Opened) string {
	switch {
	case o.Assignment != nil:
		return o.Assignment.Session
	case o.Commitment != nil:
		return o.Commitment.Session
	}
	return o.Reveal.Session
}

func (r *run) commitRound(ctx context.Context) error {
	for _, q := range r.set {
		if q != r.d.Self {
			r.others = append(r.others, q)
		}
	}
	nonce, err := mpc.NewEntropyNonce()
	if err != nil {
		return err
	}
	r.nonce = nonce
	c := &Commitment{Session: r.req.Session, Party: r.d.Self, Commit: mpc.EntropyCommit(r.req.Session, r.d.Self, nonce), Assigned: Digest(r.assignRaw)}
	craw, err := c.Sign(r.d.Identity)
	if err != nil {
		return err
	}
	// Its own object: nothing to verify.
	r.commits = map[party.ID]*Opened{r.d.Self: {Raw: craw, Signer: r.d.Self, Commitment: c}}
	r.sendAll(ctx, r.others, &Message{Type: MsgCommit, Signed: craw, Assign: r.assignRaw})
	for len(r.commits) < len(r.set) {
		from, m, err := r.ib.next(ctx, r.commitDeadline(), r.others, MsgCommit, MsgDecline)
		if errors.Is(err, errTimeout) {
			return r.silent(ctx, r.commits, "commitment")
		}
		if err != nil {
			return err
		}
		if _, have := r.commits[from]; have {
			continue
		}
		if m.Type == MsgDecline {
			return r.decline(ctx, r.others, asCoordination(r.takeDecline(from, m)))
		}
		// The assignment the sender answers: if the coordinator signed
		// another one for this session, that is its equivocation.
		if Digest(m.Assign) != Digest(r.assignRaw) {
			if ce := r.checkProof(r.req.Coordinator, [][]byte{m.Assign}); ce != nil {
				return r.decline(ctx, r.others, ce)
			}
			return r.decline(ctx, r.others, blame(from, false, "signer %s answered another assignment", from))
		}
		// Same digest: the very assignment this node verified already.
		o, err := Open(m.Signed, r.d.Keys)
		if err != nil || o.Commitment == nil || o.Signer != from || o.Commitment.Session != r.req.Session || o.Commitment.Assigned != Digest(r.assignRaw) {
			return r.decline(ctx, r.others, blame(from, false, "signer %s sent a malformed or badly signed commitment", from))
		}
		r.commits[from] = o
	}
	return nil
}

func (r *run) revealRound(ctx context.Context) ([32]byte, error) {
	rv := &Reveal{Session: r.req.Session, Party: r.d.Self, Nonce: r.nonce}
	rraw, err := rv.Sign(r.d.Identity)
	if err != nil {
		return [32]byte{}, err
	}
	r.reveals = map[party.ID]*Opened{r.d.Self: {Raw: rraw, Signer: r.d.Self, Reveal: rv}}
	echo := r.sortedRaw(r.commits)
	r.sendAll(ctx, r.others, &Message{Type: MsgReveal, Signed: rraw, Echo: echo})
	views := []wire.SignatureShare{r.view(r.d.Self, echo, rraw)}
	deadline := time.Now().Add(r.d.RoundTimeout)
	for len(r.reveals) < len(r.set) {
		from, m, err := r.ib.next(ctx, deadline, r.others, MsgReveal, MsgDecline)
		if errors.Is(err, errTimeout) {
			return [32]byte{}, r.silent(ctx, r.reveals, "reveal")
		}
		if err != nil {
			return [32]byte{}, err
		}
		if _, have := r.reveals[from]; have {
			continue
		}
		if m.Type == MsgDecline {
			return [32]byte{}, r.decline(ctx, r.others, asCoordination(r.takeDecline(from, m)))
		}
		o, err := Open(m.Signed, r.d.Keys)
		if err != nil || o.Reveal == nil || o.Signer != from || o.Reveal.Session != r.req.Session {
			return [32]byte{}, r.decline(ctx, r.others, blame(from, false, "signer %s sent a malformed or badly signed reveal", from))
		}
		c := r.commits[from].Commitment
		if mpc.EntropyCommit(r.req.Session, from, o.Reveal.Nonce) != c.Commit {
			ce := blame(from, true, "signer %s signed a reveal that does not open its signed commitment", from)
			ce.Evidence = [][]byte{r.commits[from].Raw, m.Signed}
			return [32]byte{}, r.decline(ctx, r.others, ce)
		}
		r.reveals[from] = o
		views = append(views, r.view(from, m.Echo, m.Signed))
	}
	// The echoes: every signer must hold the same commitments as this
	// node. Verify names an equivocator on its two signed commitments, or
	// a sender whose echo does not check out.
	out := Verify(views, r.d.Keys, Expect{Coordinator: r.req.Coordinator, Session: r.req.Session})
	if len(out.Culprits) > 0 {
		c := out.Culprits[0]
		ce := blame(c.Party, c.Kind == ProofEquivocation, "%s (%s)", c.Detail, c.Kind)
		ce.Evidence = c.Evidence
		return [32]byte{}, r.decline(ctx, r.others, ce)
	}
	if out.Unresolved != "" {
		return [32]byte{}, r.decline(ctx, r.others, nobody("echoed transcripts disagree: %s", out.Unresolved))
	}
	commits, reveals := map[party.ID][32]byte{}, map[party.ID][32]byte{}
	for p, o := range r.commits {
		commits[p] = o.Commitment.Commit
	}
	for p, o := range r.reveals {
		reveals[p] = o.Reveal.Nonce
	}
	return mpc.CombineEntropy(r.req.Session, r.set, commits, reveals)
}

func (r *run) view(from party.ID, commits [][]byte, reveal []byte) wire.SignatureShare {
	v := wire.SignatureShare{Party: string(from), Assignment: hexOf(r.assignRaw), Reveals: []string{hexOf(reveal)}}
	for _, c := range commits {
		v.Commitments = append(v.Commitments, hexOf(c))
	}
	return v
}

func (r *run) sortedRaw(m map[party.ID]*Opened) [][]byte {
	var out [][]byte
	for _, p := range r.set {
		if o, ok := m[p]; ok {
			out = append(out, o.Raw)
		}
	}
	return out
}

// silent names the signers whose message never came.
func (r *run) silent(ctx context.Context, have map[party.ID]*Opened, what string) error {
	var s []party.ID
	for _, q := range r.others {
		if _, ok := have[q]; !ok {
			s = append(s, q)
		}
	}
	ce := &CoordinationError{Parties: s, Reason: fmt.Sprintf("no %s from signers %s", what, idList(s))}
	r.sendAll(ctx, r.others, &Message{Type: MsgDecline, Reason: ce.Reason})
	return ce
}

func asCoordination(err error) *CoordinationError {
	var ce *CoordinationError
	if errors.As(err, &ce) {
		return ce
	}
	return nobody("%v", err)
}

func (r *run) release(ctx context.Context, presignID []byte, entropy [32]byte) (*Result, error) {
	sreq := mpc.SignRequest{RootPub: r.req.RootPub, KeyID: r.req.KeyID, Hash: r.req.Hash[:], Entropy: entropy}
	var share mpc.Share
	var pub *mpc.PresignPublic
	var ag Agreement
	var err error
	if r.assign.OnDemand {
		share, pub, ag, err = r.onDemand(ctx, sreq)
	} else {
		share, pub, err = r.d.Store.ReleaseShare(presignID, r.d.Self, sreq, fmt.Sprintf("request %s sig %s", r.req.RequestID, r.req.SigName))
		if err == nil {
			var b []byte
			if b, err = r.d.Store.PresignAgreement(presignID); err == nil {
				ag, err = DecodeAgreement(b)
			}
		}
	}
	if err != nil {
		var ce *CoordinationError
		if errors.As(err, &ce) {
			return nil, ce
		}
		return nil, p2p.Errorf(p2p.CodeUnavailable, "signature %q: %v", r.req.SigName, err)
	}
	pubBin, err := pub.MarshalBinary()
	if err != nil {
		return nil, err
	}
	sh := &wire.SignatureShare{
		SigName: r.req.SigName, TokenID: r.req.TokenID.String(), PubKey: hexOf(r.req.PubKey), KeyID: hexOf(r.req.KeyID[:]),
		Hash: hexOf(r.req.Hash[:]), Entropy: hexOf(entropy[:]), Signers: partyStrings(r.set), Presign: hexOf(pubBin),
		PresignID: hexOf(share.PresignID), Sigma: hexOf(share.Sigma), Party: string(r.d.Self),
		Assignment: hexOf(r.assignRaw), PresignSigs: map[string]string{},
	}
	for _, raw := range r.sortedRaw(r.commits) {
		sh.Commitments = append(sh.Commitments, hexOf(raw))
	}
	for _, raw := range r.sortedRaw(r.reveals) {
		sh.Reveals = append(sh.Reveals, hexOf(raw))
	}
	for p, s := range ag {
		sh.PresignSigs[string(p)] = hexOf(s)
	}
	return &Result{Share: sh, OnDemand: r.assign.OnDemand}, nil
}

// onDemand presigns for the signer set, runs the agreement round on the
// fresh presignature's public data and signs with it once.
func (r *run) onDemand(ctx context.Context, sreq mpc.SignRequest) (mpc.Share, *mpc.PresignPublic, Agreement, error) {
	rctx, cancel := context.WithTimeout(ctx, OnDemandTimeout(len(r.set)))
	defer cancel()
	// CMP rounds take the protocol's round timeout scaled to the signer
	// set; the agreement round the coordination's.
	s := mpc.Session{ID: r.assign.ODSession, Topic: "pkp/" + r.req.TokenID.String(), Self: r.d.Self, Parties: r.set, RoundTimeout: mpc.ScaledRoundTimeout(len(r.set))}
	pre, err := r.d.Presigner.Presign(rctx, s)
	if err != nil {
		return mpc.Share{}, nil, nil, err
	}
	pub, err := mpc.PublicOf(pre)
	if err != nil {
		return mpc.Share{}, nil, nil, err
	}
	s.ID += "/agree"
	s.RoundTimeout = r.d.RoundTimeout
	ag, err := AgreePresign(rctx, r.d.Transport, s, r.d.Identity, r.d.Keys, pub)
	if err != nil {
		return mpc.Share{}, nil, nil, err
	}
	share, _, err := mpc.SignShare(pre, r.d.Self, sreq)
	return share, pub, ag, err
}

// OnDemandTimeout bounds an on-demand presign of t signers with its
// agreement round: two minutes per three signers (mpc.ScaledTimeout).
func OnDemandTimeout(t int) time.Duration { return mpc.ScaledTimeout(2*time.Minute, t) }

// discardIfUnused consumes the coordinator's copy of an assigned
// presignature if signing failed before its share was released, so that it
// is never assigned twice.
func (r *run) discardIfUnused(id []byte) {
	st, err := r.d.Store.PresignState(id)
	if err != nil || st.Consumed() {
		return
	}
	req := mpc.SignRequest{RootPub: r.req.RootPub, KeyID: r.req.KeyID, Hash: r.req.Hash[:]}
	if _, _, err := r.d.Store.ReleaseShare(id, r.d.Self, req, fmt.Sprintf("discarded: request %s sig %s failed", r.req.RequestID, r.req.SigName)); err != nil {
		r.log.Warn("discard presignature", "err", err)
	}
	r.d.Pool.Wake()
}

func hexOf(b []byte) string { return "0x" + hex.EncodeToString(b) }

func partyStrings(s []party.ID) []string {
	out := make([]string, len(s))
	for i, q := range s {
		out[i] = string(q)
	}
	return out
}

func subset(s, of []party.ID) bool {
	for _, x := range s {
		if !slices.Contains(of, x) {
			return false
		}
	}
	return true
}
