package mpc

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp/config"
)

// ReshareParams describe one resharing of the root key from the old node
// set to the next one. Every party of the run (every dealer and every member
// of Next) must pass the same values except Self: they are bound into the
// session ID, so parties that disagree end up in different sessions and
// time out instead of mixing shares.
type ReshareParams struct {
	// Network names the pkpnet network (chain ID and registry); it keeps
	// sessions of different networks apart.
	Network string
	// FromEpoch is the epoch whose shares are moved; ToEpoch the epoch
	// they are moved to (FromEpoch < ToEpoch).
	FromEpoch, ToEpoch uint64
	// Old is the old node set, OldThreshold its signer threshold T
	// (Threshold(len(Old)) in pkpnet; the old config's Threshold+1).
	Old          []party.ID
	OldThreshold int
	// Next is the next node set; its signer threshold is
	// Threshold(len(Next)). Next may equal Old (proactive refresh with
	// dealing), overlap it, or be disjoint from it.
	Next []party.ID
	// Dealers are the old members that deal: at least OldThreshold of
	// Old, all of them up. Leave out a member that is down, or one named
	// as a cheater by an earlier attempt (ReshareSuspects).
	Dealers []party.ID
	// RootPubkey is the 33-byte compressed root public key; the dealt
	// constant terms must sum to it and the result must keep it.
	RootPubkey []byte
	// Attempt numbers retries of the same transition (0, 1, ...): each
	// attempt is a fresh session.
	Attempt uint32

	// Self is this party: a dealer, a member of Next, or both.
	Self party.ID
	// RoundTimeout bounds the wait for one round, in the dealing and in
	// the refresh. Zero means ScaledRoundTimeout(len(Next)).
	RoundTimeout time.Duration
}

// reshareVersion is bound into the session ID and the transcript.
const reshareVersion = "pkpnet/reshare/v1"

// SessionID is the ID of the dealing session of p; the refresh that
// follows runs as SessionID()+"/refresh". It hashes every field but Self
// and RoundTimeout.
func (p ReshareParams) SessionID() string {
	h := sha256.New()
	writeField := func(b []byte) {
		var l [4]byte
		binary.BigEndian.PutUint32(l[:], uint32(len(b)))
		h.Write(l[:])
		h.Write(b)
	}
	writeIDs := func(ids []party.ID) {
		s := SortParties(ids)
		var l [4]byte
		binary.BigEndian.PutUint32(l[:], uint32(len(s)))
		h.Write(l[:])
		for _, id := range s {
			writeField([]byte(id))
		}
	}
	writeField([]byte(reshareVersion))
	writeField([]byte(p.Network))
	var n [8 + 8 + 8 + 4]byte
	binary.BigEndian.PutUint64(n[0:], p.FromEpoch)
	binary.BigEndian.PutUint64(n[8:], p.ToEpoch)
	binary.BigEndian.PutUint64(n[16:], uint64(p.OldThreshold))
	binary.BigEndian.PutUint32(n[24:], p.Attempt)
	h.Write(n[:])
	writeIDs(p.Old)
	writeIDs(p.Next)
	writeIDs(p.Dealers)
	writeField(p.RootPubkey)
	return fmt.Sprintf("reshare/%d-%d/%s", p.FromEpoch, p.ToEpoch, hex.EncodeToString(h.Sum(nil)[:16]))
}

// Parties returns every party of the dealing, the dealers and the next
// set, in the canonical order (the refresh that follows runs among Next).
func (p ReshareParams) Parties() []party.ID {
	return SortParties(unionIDs(p.Dealers, p.Next))
}

// Validate checks p: valid and distinct party IDs in each set, Dealers a
// subset of Old with at least OldThreshold members, 1 <= OldThreshold <=
// len(Old), a 33-byte root key, epochs in order, and Self a dealer or a
// member of Next.
func (p ReshareParams) Validate() error {
	if len(p.Network) == 0 || len(p.Network) > 64 {
		return fmt.Errorf("reshare: network name: want 1..64 bytes, got %d", len(p.Network))
	}
	if p.ToEpoch <= p.FromEpoch {
		return fmt.Errorf("reshare: epoch %d -> %d does not move forward", p.FromEpoch, p.ToEpoch)
	}
	if err := ValidateParties(p.Old, ""); err != nil {
		return fmt.Errorf("reshare: old set: %w", err)
	}
	if err := ValidateParties(p.Next, ""); err != nil {
		return fmt.Errorf("reshare: next set: %w", err)
	}
	if p.OldThreshold < 1 || p.OldThreshold > len(p.Old) {
		return fmt.Errorf("reshare: old threshold %d outside 1..%d", p.OldThreshold, len(p.Old))
	}
	if len(p.Dealers) < p.OldThreshold {
		return fmt.Errorf("reshare: %d dealers, the old key needs %d", len(p.Dealers), p.OldThreshold)
	}
	seen := map[party.ID]bool{}
	for _, d := range p.Dealers {
		if !slices.Contains(p.Old, d) {
			return fmt.Errorf("reshare: dealer %q is not in the old set", truncate(string(d), 16))
		}
		if seen[d] {
			return fmt.Errorf("reshare: duplicate dealer %s", d)
		}
		seen[d] = true
	}
	if len(p.RootPubkey) != 33 {
		return fmt.Errorf("reshare: root public key: want 33 bytes compressed, got %d", len(p.RootPubkey))
	}
	if !slices.Contains(p.Dealers, p.Self) && !slices.Contains(p.Next, p.Self) {
		return fmt.Errorf("reshare: self %q is neither a dealer nor in the next set", truncate(string(p.Self), 16))
	}
	if p.RoundTimeout < 0 {
		return errors.New("reshare: negative round timeout")
	}
	return nil
}

// Reshare moves the root key from the old set to the next set: the dealers
// deal Feldman-verified shares of their Lagrange-weighted old shares to
// Next, and Next then runs CMP refresh so that the result has fresh
// Paillier, Pedersen and ElGamal keys and re-randomized shares
// (docs/crypto.md, "Resharing"). old is this party's config of the old
// epoch: required for a dealer, optional for a member of Next that is not a
// dealer (with it, it checks the dealers' constant terms itself), nil for a
// party only in Next. It returns this party's config of the next epoch, or
// nil for a dealer that is not in Next. The root public key is unchanged;
// Reshare checks it.
//
// Both runs use Session.Topic "refresh" (a topic the p2p transport takes):
// the dealing as p.SessionID() among Dealers and Next, then the refresh as
// p.SessionID()+"/refresh" among Next.
//
// Errors: *DealerError names dealers proven to have dealt wrongly (retry
// without them with Attempt+1, see ReshareSuspects); *ProtocolError names a
// party that sent a malformed or misdirected message or accused an honest
// dealer; *EquivocationError and *DisputeError report conflicts this party
// cannot attribute (nobody named); ErrRootMismatch a dealing off the root
// key that no old member explained; *TimeoutError and *PeerAbortError as
// in Keygen and Refresh. On any error the current epoch stays as it is.
func Reshare(ctx context.Context, tr Transport, p ReshareParams, old *config.Config) (*config.Config, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	var ok *oldKey
	if old != nil {
		if err := checkOldConfig(p, old); err != nil {
			return nil, err
		}
		ok = oldKeyOfConfig(old)
	}
	d, err := newDealing(p, p.SessionID(), ok)
	if err != nil {
		return nil, err
	}
	res, err := d.run(ctx, tr)
	if err != nil {
		return nil, fmt.Errorf("reshare: %w", err)
	}
	if res == nil {
		return nil, nil // a dealer leaving the set: its part is done
	}
	pre := configFromDeal(p.Self, d.tNext, res)
	s := Session{ID: d.sid + "/refresh", Topic: reshareTopic, Self: p.Self, Parties: d.next, RoundTimeout: d.timeout}
	out, err := Refresh(ctx, tr, s, pre)
	pre.ECDSA.Set(pre.Group.NewScalar())
	if err != nil {
		return nil, fmt.Errorf("reshare: %w", err)
	}
	if err := checkRoot(out, p.RootPubkey); err != nil {
		return nil, fmt.Errorf("reshare: %w", err)
	}
	return out, nil
}

// checkRoot asserts that cfg is a share of the root key root.
func checkRoot(cfg *config.Config, root []byte) error {
	got, err := RootPubkey(cfg)
	if err != nil {
		return err
	}
	if !bytes.Equal(got, root) {
		return errors.New("the new config has another root public key")
	}
	return nil
}

// RefreshEpoch is the proactive refresh of an unchanged set as an epoch
// transition: CMP refresh among cfg's parties in a session bound to p
// (p.Next must equal p.Old and cfg's parties; p.Dealers is ignored). Every
// member must take part. It returns the next epoch's config; the root
// public key is unchanged (checked). Use Reshare with Next == Old when a
// member is down and must be dropped, or when the set changes.
func RefreshEpoch(ctx context.Context, tr Transport, p ReshareParams, cfg *config.Config) (*config.Config, error) {
	p.Dealers = p.Old // every member takes part; bound into the session ID as such
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("refresh epoch: %w", err)
	}
	if !SameParties(p.Next, p.Old) {
		return nil, errors.New("refresh epoch: the next set differs from the old set (use Reshare)")
	}
	if cfg == nil {
		return nil, errors.New("refresh epoch: nil config")
	}
	if err := checkOldConfig(p, cfg); err != nil {
		return nil, fmt.Errorf("refresh epoch: %w", err)
	}
	timeout := p.RoundTimeout
	if timeout == 0 {
		timeout = ScaledRoundTimeout(len(p.Next))
	}
	s := Session{ID: p.SessionID() + "/refresh", Topic: reshareTopic, Self: p.Self, Parties: SortParties(p.Next), RoundTimeout: timeout}
	out, err := Refresh(ctx, tr, s, cfg)
	if err != nil {
		return nil, fmt.Errorf("refresh epoch: %w", err)
	}
	if err := checkRoot(out, p.RootPubkey); err != nil {
		return nil, fmt.Errorf("refresh epoch: %w", err)
	}
	return out, nil
}

// DealerError names dealers proven to have dealt wrongly: a share that
// does not match its commitments and was not publicly revealed correctly
// when the receiver complained, or (seen by parties holding the old
// config) a constant term that is not the dealer's Lagrange-weighted old
// public share. A retry without them can succeed when enough honest
// dealers remain.
type DealerError struct {
	Session string
	Dealers []party.ID
	Err     error
}

func (e *DealerError) Error() string {
	return fmt.Sprintf("session %s: cheating dealers %s: %v", e.Session, idList(e.Dealers), e.Err)
}

func (e *DealerError) Unwrap() error { return e.Err }

// EquivocationError is a broadcast of Sender seen differently by different
// parties: a dealer's commitments (Dealer set, equal to Sender) or a
// party's view with its complaints (Dealer empty). Without transferable
// signatures this party cannot tell whether Sender equivocated or the
// parties in Disagree lied about what they received, so nobody is named a
// culprit; Dealer, when set, is a suspect a retry may leave out.
type EquivocationError struct {
	Session  string
	Sender   party.ID
	Dealer   party.ID
	Disagree []party.ID
}

func (e *EquivocationError) Error() string {
	if e.Dealer == "" {
		return fmt.Sprintf("session %s: the view of party %s seen differently by parties %s", e.Session, e.Sender, idList(e.Disagree))
	}
	return fmt.Sprintf("session %s: commitments of dealer %s seen differently by parties %s", e.Session, e.Dealer, idList(e.Disagree))
}

// DisputeError is an accusation this party cannot check: members of the
// old set say that Accused dealt a constant term or chain key other than
// the old config's, and this party holds no old config. Either side may
// lie; the run is aborted without naming a culprit. Parties holding the
// old config resolve it into a DealerError or a ProtocolError naming the
// false accuser.
type DisputeError struct {
	Session  string
	Accusers []party.ID
	Accused  []party.ID
}

func (e *DisputeError) Error() string {
	return fmt.Sprintf("session %s: parties %s accuse dealers %s of dealing off the old key", e.Session, idList(e.Accusers), idList(e.Accused))
}

// ReshareSuspects returns the dealers a retry of a failed Reshare should
// leave out: the culprits of a DealerError and the suspect dealer of an
// EquivocationError. It returns nil for other errors (a retry with the
// same dealers and a new Attempt, or an abort, is the caller's choice).
func ReshareSuspects(err error) []party.ID {
	var de *DealerError
	if errors.As(err, &de) {
		return slices.Clone(de.Dealers)
	}
	var ee *EquivocationError
	if errors.As(err, &ee) && ee.Dealer != "" {
		return []party.ID{ee.Dealer}
	}
	return nil
}
