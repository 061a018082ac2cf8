package mpc

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/ecdsa"
	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/pkg/pool"
	"github.com/taurusgroup/multi-party-sig/pkg/protocol"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp/config"
)

// Keygen runs CMP key generation among s.Parties and returns this party's
// root key share. Signing will take Threshold(len(s.Parties)) parties; the
// library's threshold is one less. Creating the round blocks 0.5–3 s while
// the Paillier key is generated.
func Keygen(ctx context.Context, tr Transport, s Session) (*config.Config, error) {
	if err := checkSession(s); err != nil {
		return nil, fmt.Errorf("keygen: %w", err)
	}
	t := Threshold(len(s.Parties)) - 1
	start := cmp.Keygen(curve.Secp256k1{}, s.Self, s.Parties, t, nil)
	res, err := run(ctx, tr, s, start, nil)
	if err != nil {
		return nil, fmt.Errorf("keygen: %w", err)
	}
	cfg, ok := res.(*config.Config)
	if !ok {
		return nil, fmt.Errorf("keygen: unexpected result %T", res)
	}
	return cfg, nil
}

// Refresh runs CMP refresh among the parties of cfg: every party gets a new
// share of the same root key, and the old shares become useless.
// s.Parties must be exactly cfg's parties and s.Self cfg's ID.
func Refresh(ctx context.Context, tr Transport, s Session, cfg *config.Config) (*config.Config, error) {
	if err := checkSession(s); err != nil {
		return nil, fmt.Errorf("refresh: %w", err)
	}
	if cfg == nil {
		return nil, errors.New("refresh: nil config")
	}
	if cfg.ID != s.Self {
		return nil, fmt.Errorf("refresh: config is party %s, session self is %s", cfg.ID, s.Self)
	}
	want := cfg.PartyIDs()
	got := party.NewIDSlice(s.Parties)
	if !slices.Equal(want, got) {
		return nil, fmt.Errorf("refresh: session parties %v differ from the config's %v", got, want)
	}
	res, err := run(ctx, tr, s, cmp.Refresh(cfg, nil), nil)
	if err != nil {
		return nil, fmt.Errorf("refresh: %w", err)
	}
	out, ok := res.(*config.Config)
	if !ok {
		return nil, fmt.Errorf("refresh: unexpected result %T", res)
	}
	return out, nil
}

// PresignOptions tune one presign run.
type PresignOptions struct {
	// Workers > 1 runs the library's proofs on a pool of that many
	// goroutines, created for this run and torn down after it (a
	// long-lived pool.Pool deadlocks, FACTS). It lowers one run's wall
	// time when cores are idle, not the CPU it takes. 0 or 1: none.
	Workers int
	// Pace, when set, is called before each received message is handed
	// to the protocol (where the proofs are checked and the next round
	// computed): it may block to let other work run first (a background
	// refill yields to requests). An error ends the run.
	Pace func(ctx context.Context) error
}

// Presign runs CMP presigning for cfg's key among the signer set s.Parties
// (at least Threshold(n) of cfg's parties) and returns this party's
// presignature. It is secret material: store it with Store.PutPresign.
func Presign(ctx context.Context, tr Transport, s Session, cfg *config.Config) (*ecdsa.PreSignature, error) {
	return PresignWith(ctx, tr, s, cfg, PresignOptions{})
}

// PresignWith is Presign with options.
func PresignWith(ctx context.Context, tr Transport, s Session, cfg *config.Config, o PresignOptions) (*ecdsa.PreSignature, error) {
	if err := checkSession(s); err != nil {
		return nil, fmt.Errorf("presign: %w", err)
	}
	if cfg == nil {
		return nil, errors.New("presign: nil config")
	}
	if cfg.ID != s.Self {
		return nil, fmt.Errorf("presign: config is party %s, session self is %s", cfg.ID, s.Self)
	}
	signers := party.NewIDSlice(s.Parties)
	if !cfg.PartyIDs().Contains(signers...) {
		return nil, fmt.Errorf("presign: signers %v are not all parties of the key %v", signers, cfg.PartyIDs())
	}
	if len(signers) < cfg.Threshold+1 {
		return nil, fmt.Errorf("presign: %d signers, the key needs %d", len(signers), cfg.Threshold+1)
	}
	var pl *pool.Pool
	if o.Workers > 1 {
		pl = pool.NewPool(o.Workers)
		defer pl.TearDown()
	}
	res, err := run(ctx, tr, s, cmp.Presign(cfg, s.Parties, pl), o.Pace)
	if err != nil {
		return nil, fmt.Errorf("presign: %w", err)
	}
	pre, ok := res.(*ecdsa.PreSignature)
	if !ok {
		return nil, fmt.Errorf("presign: unexpected result %T", res)
	}
	return pre, nil
}

func checkSession(s Session) error {
	if s.ID == "" || len(s.ID) > MaxSessionIDLen {
		return fmt.Errorf("session ID: want 1..%d bytes, got %d", MaxSessionIDLen, len(s.ID))
	}
	if err := ValidateParties(s.Parties, s.Self); err != nil {
		return fmt.Errorf("session %s: %w", s.ID, err)
	}
	if s.RoundTimeout < 0 {
		return fmt.Errorf("session %s: negative round timeout", s.ID)
	}
	return nil
}

// active holds the sessions running in this process, so that one session
// ID cannot run twice for the same party at once.
var active = struct {
	sync.Mutex
	m map[string]bool
}{m: map[string]bool{}}

func claimSession(s Session) error {
	key := string(s.Self) + "\x00" + s.ID
	active.Lock()
	defer active.Unlock()
	if active.m[key] {
		return fmt.Errorf("session %s: already running for party %s", s.ID, s.Self)
	}
	active.m[key] = true
	return nil
}

func releaseSession(s Session) {
	active.Lock()
	delete(active.m, string(s.Self)+"\x00"+s.ID)
	active.Unlock()
}

// outQueue is an unbounded queue between a handler's Listen channel and the
// run loop, so that Accept never blocks on a full output channel.
type outQueue struct {
	mu     sync.Mutex
	msgs   []*protocol.Message
	closed bool
	notify chan struct{}
}

func (q *outQueue) push(m *protocol.Message, closed bool) {
	q.mu.Lock()
	if m != nil {
		q.msgs = append(q.msgs, m)
	}
	q.closed = q.closed || closed
	q.mu.Unlock()
	select {
	case q.notify <- struct{}{}:
	default:
	}
}

func (q *outQueue) drain() ([]*protocol.Message, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	m := q.msgs
	q.msgs = nil
	return m, q.closed
}

// maxIdleExtensions bounds how often a round timeout is extended because
// every expected message arrived and only this party's computation is
// outstanding.
const maxIdleExtensions = 3

// run drives one multi-party-sig protocol over tr: it sends the handler's
// messages, feeds it the received ones after checking them, enforces the
// per-round timeout and turns failures into ProtocolError, TimeoutError or
// PeerAbortError.
func run(ctx context.Context, tr Transport, s Session, start protocol.StartFunc, pace func(context.Context) error) (any, error) {
	if err := claimSession(s); err != nil {
		return nil, err
	}
	defer releaseSession(s)
	timeout := s.RoundTimeout
	if timeout == 0 {
		timeout = DefaultRoundTimeout
	}
	conn, err := tr.Open(ctx, s)
	if err != nil {
		return nil, fmt.Errorf("session %s: open: %w", s.ID, err)
	}
	defer conn.Close()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("session %s: %w", s.ID, err)
	}

	h, err := protocol.NewMultiHandler(start, []byte(s.ID))
	if err != nil {
		return nil, fmt.Errorf("session %s: start: %w", s.ID, err)
	}
	r := &runner{s: s, conn: conn, h: h, seen: map[roundKey]bool{}}
	for _, id := range s.Parties {
		if id != s.Self {
			r.others = append(r.others, id)
		}
	}

	q := &outQueue{notify: make(chan struct{}, 1)}
	// The first round's messages are already in the handler's channel:
	// take them synchronously to learn the SSID and protocol ID.
	out := h.Listen()
	closed := false
first:
	for {
		select {
		case m, ok := <-out:
			if !ok {
				closed = true
				break first
			}
			q.push(m, false)
		default:
			break first
		}
	}
	if closed {
		q.push(nil, true)
	}
	stop := make(chan struct{})
	pumpDone := make(chan struct{})
	go func() { // owned by run; stopped by stop or by the handler closing out
		defer close(pumpDone)
		if closed {
			return
		}
		for {
			select {
			case m, ok := <-out:
				q.push(m, !ok)
				if !ok {
					return
				}
			case <-stop:
				return
			}
		}
	}()
	defer func() { close(stop); <-pumpDone }()

	timer := time.NewTimer(timeout)
	defer timer.Stop()
	idle := 0 // timeouts extended because only this party was busy
	recv := conn.Recv()
	for {
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("session %s: %w", s.ID, ctx.Err())
		case <-q.notify:
			msgs, done := q.drain()
			advanced, err := r.send(ctx, msgs)
			if err != nil {
				return nil, err
			}
			if advanced {
				timer.Reset(timeout)
				idle = 0
			}
			if done {
				return r.result()
			}
		case env, ok := <-recv:
			if !ok {
				return nil, fmt.Errorf("session %s: transport closed", s.ID)
			}
			if pace != nil {
				t0 := time.Now()
				if err := pace(ctx); err != nil {
					return nil, fmt.Errorf("session %s: %w", s.ID, err)
				}
				if time.Since(t0) > time.Millisecond {
					// Time spent yielding is not the others' silence.
					timer.Reset(timeout)
				}
			}
			if err := r.receive(env); err != nil {
				return nil, err
			}
		case <-timer.C:
			// Messages the handler produced while this loop was busy count
			// as progress: take them before declaring a timeout.
			msgs, done := q.drain()
			advanced, err := r.send(ctx, msgs)
			if err != nil {
				return nil, err
			}
			if done {
				return r.result()
			}
			if advanced {
				timer.Reset(timeout)
				idle = 0
				continue
			}
			silent := r.silent()
			if len(silent) == 0 && idle < maxIdleExtensions {
				// Every message of the round is in: this party is still
				// computing (or its output is on the way). Wait longer.
				idle++
				timer.Reset(timeout)
				continue
			}
			return nil, &TimeoutError{Session: s.ID, Round: r.round, Silent: silent}
		}
	}
}

type roundKey struct {
	from      party.ID
	round     int
	broadcast bool
}

type runner struct {
	s        Session
	conn     Conn
	h        *protocol.MultiHandler
	others   []party.ID
	ssid     []byte
	protocol string
	round    int // the round whose messages this party waits for
	seen     map[roundKey]bool
}

// send transmits the handler's outgoing messages. It reports whether the
// party entered a new round.
func (r *runner) send(ctx context.Context, msgs []*protocol.Message) (bool, error) {
	advanced := false
	for _, m := range msgs {
		if r.ssid == nil && m.RoundNumber != 0 {
			r.ssid, r.protocol = bytes.Clone(m.SSID), m.Protocol
		}
		if rn := int(m.RoundNumber); rn > r.round {
			r.round, advanced = rn, true
		}
		data, err := encodeMessage(m)
		if err != nil {
			return false, fmt.Errorf("session %s: %w", r.s.ID, err)
		}
		e := Envelope{Session: r.s.ID, From: r.s.Self, To: m.To, Broadcast: m.To == "", Data: data}
		if err := r.conn.Send(ctx, e); err != nil {
			if m.RoundNumber == 0 {
				continue // our abort notice is best effort
			}
			return false, fmt.Errorf("session %s: send round %d: %w", r.s.ID, m.RoundNumber, err)
		}
	}
	return advanced, nil
}

func (r *runner) isOther(id party.ID) bool { return slices.Contains(r.others, id) }

// receive checks one envelope and hands it to the handler. Messages from
// outside the session are dropped; a malformed or mislabelled message from
// a party aborts the run naming that party.
func (r *runner) receive(env Envelope) error {
	if !r.isOther(env.From) || env.Session != r.s.ID {
		slog.Debug("mpc: dropped message from outside the session", "session", r.s.ID, "from", truncate(string(env.From), 16))
		return nil
	}
	culprit := func(err error) error {
		return &ProtocolError{Session: r.s.ID, Culprits: []party.ID{env.From}, Err: err}
	}
	if len(env.Data) > MaxMessageSize {
		return culprit(fmt.Errorf("message of %d bytes exceeds the %d limit", len(env.Data), MaxMessageSize))
	}
	m, err := decodeMessage(env.Data)
	if err != nil {
		return culprit(err)
	}
	if m.From != env.From {
		return culprit(errors.New("message claims another sender"))
	}
	if m.RoundNumber == 0 {
		return &PeerAbortError{Session: r.s.ID, Party: env.From, Reason: sanitize(string(m.Data), 200)}
	}
	if m.To != "" && m.To != r.s.Self {
		return culprit(errors.New("message addressed to another party"))
	}
	if r.ssid != nil && (!bytes.Equal(m.SSID, r.ssid) || m.Protocol != r.protocol) {
		return culprit(errors.New("message for another session or protocol"))
	}
	r.seen[roundKey{from: m.From, round: int(m.RoundNumber), broadcast: m.Broadcast}] = true

	var panicked any
	func() {
		defer func() { panicked = recover() }()
		r.h.Accept(m)
	}()
	if panicked != nil {
		return culprit(errors.New("message crashed the protocol handler"))
	}
	return nil
}

// silent names the parties whose messages for the current round are
// missing: those that sent fewer kinds (broadcast, direct) than the others.
func (r *runner) silent() []party.ID {
	var kinds []bool
	for _, b := range []bool{true, false} {
		for _, id := range r.others {
			if r.seen[roundKey{from: id, round: r.round, broadcast: b}] {
				kinds = append(kinds, b)
				break
			}
		}
	}
	var out []party.ID
	for _, id := range r.others {
		if len(kinds) == 0 {
			out = append(out, id)
			continue
		}
		for _, b := range kinds {
			if !r.seen[roundKey{from: id, round: r.round, broadcast: b}] {
				out = append(out, id)
				break
			}
		}
	}
	return out
}

func (r *runner) result() (any, error) {
	res, err := r.h.Result()
	if err == nil {
		return res, nil
	}
	var perr protocol.Error
	if errors.As(err, &perr) {
		return nil, &ProtocolError{Session: r.s.ID, Culprits: perr.Culprits, Err: perr.Err}
	}
	return nil, fmt.Errorf("session %s: %w", r.s.ID, err)
}
