package signing

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/wire"
)

// ProofKind says what proves a party bad.
type ProofKind string

// Kinds of proof.
const (
	// ProofEquivocation: two validly signed, different objects of the same
	// kind from the same party for the same session (assignments,
	// commitments or reveals), or a signed reveal that does not open the
	// same party's signed commitment.
	ProofEquivocation ProofKind = "equivocation"
	// ProofTranscript: the party's own share carries a transcript that is
	// inconsistent with itself or its fields, or an invalid signature. An
	// honest node verifies every signature before it accepts an object
	// and never releases a share on an inconsistent transcript.
	ProofTranscript ProofKind = "bad-transcript"
	// ProofShare: the party's sigma fails the check against the public
	// data every signer signed (mpc.Combine's ShareError).
	ProofShare ProofKind = "bad-share"
)

// Culprit is a party proven bad.
type Culprit struct {
	Party  party.ID
	Kind   ProofKind
	Detail string
	// Evidence are the conflicting signed objects of an equivocation.
	Evidence [][]byte
}

// Expect is what the verifier knows independently of the shares. Every
// field but RootPub is optional.
type Expect struct {
	RootPub     []byte   // 33-byte root key (required to combine)
	Coordinator party.ID // the coordinator the request named
	Session     string   // the session ID, when the verifier can derive it
	Hash        []byte   // the requested hash (pkp-sign)
	PubKey      []byte   // the requested PKP key (pkp-sign)
}

// Outcome is what Verify concluded. Exactly one of Signature, a non-empty
// Culprits/Missing, or Unresolved explains a result without signature.
type Outcome struct {
	// Signature is the combined, ecrecover-checked 65-byte signature, when
	// the shares (with sigma) of every signer were good.
	Signature []byte
	// Good are the shares left after removing those of proven parties.
	Good []wire.SignatureShare
	// Culprits are the parties proven bad, at most once each.
	Culprits []Culprit
	// Missing are signers without a good share (nobody is blamed for it).
	Missing []party.ID
	// Unresolved explains a disagreement that no evidence resolves; nobody
	// is named and the caller retries with another signer set.
	Unresolved string
	// Assignment is the coordinator's signed assignment every good share
	// answers (verified), when there is one.
	Assignment *Assignment
}

// Named lists the proven parties.
func (o *Outcome) Named() []party.ID {
	out := make([]party.ID, len(o.Culprits))
	for i, c := range o.Culprits {
		out[i] = c.Party
	}
	return out
}

// Err summarises a result without signature.
func (o *Outcome) Err() error {
	if o.Signature != nil {
		return nil
	}
	var parts []string
	for _, c := range o.Culprits {
		parts = append(parts, fmt.Sprintf("party %s proven bad (%s): %s", c.Party, c.Kind, c.Detail))
	}
	if len(o.Missing) > 0 {
		parts = append(parts, "no good share from signers "+idList(o.Missing))
	}
	if o.Unresolved != "" {
		parts = append(parts, "unresolved: "+o.Unresolved)
	}
	if len(parts) == 0 {
		return errors.New("no signature")
	}
	return errors.New(strings.Join(parts, "; "))
}

// view is one share's transcript, opened.
type view struct {
	share   *wire.SignatureShare
	assign  *Opened
	commits map[party.ID]*Opened
	reveals map[party.ID]*Opened
	pub     *mpc.PresignPublic
	entropy [32]byte
	full    bool // carries sigma: a share, not a node's echo
}

type verifier struct {
	keys    KeyRing
	exp     Expect
	out     *Outcome
	named   map[party.ID]bool
	objects map[string]*Opened // kind/session/signer -> first validly signed object
	unknown []string
	// Every share carries the same transcript: each signed object and each
	// agreement is checked once per Verify, by its bytes' digest.
	opened map[[32]byte]openResult
	agreed map[[32]byte]agreeResult
	// ... and each presignature's public data is decoded once (its points
	// are decompressed: a square root each).
	decoded map[[32]byte]decodeResult
}

type decodeResult struct {
	pub *mpc.PresignPublic
	err error
}

// decodePublic decodes presignature public data once per distinct bytes.
// The result is shared between views and never modified.
func (v *verifier) decodePublic(raw []byte) (*mpc.PresignPublic, error) {
	k := sha256.Sum256(raw)
	if r, ok := v.decoded[k]; ok {
		return r.pub, r.err
	}
	pub, err := mpc.DecodePresignPublic(raw)
	v.decoded[k] = decodeResult{pub, err}
	return pub, err
}

type openResult struct {
	o   *Opened
	err error
}

type agreeResult struct {
	bad []party.ID
	err error
}

// open1 is Open, once per distinct raw object in one verification (the
// result depends on the bytes and the key ring only).
func (v *verifier) open1(raw []byte) (*Opened, error) {
	k := sha256.Sum256(raw)
	if r, ok := v.opened[k]; ok {
		return r.o, r.err
	}
	o, err := Open(raw, v.keys)
	v.opened[k] = openResult{o, err}
	return o, err
}

// verifyAgreement is VerifyAgreement, once per distinct public data and
// signature set in one verification.
func (v *verifier) verifyAgreement(pubRaw []byte, pub *mpc.PresignPublic, ag Agreement) ([]party.ID, error) {
	h := sha256.New()
	h.Write(pubRaw)
	for _, p := range slices.SortedFunc(maps.Keys(ag), mpc.CompareParties) {
		var n [4]byte
		binary.BigEndian.PutUint32(n[:], uint32(len(p)))
		h.Write(n[:])
		h.Write([]byte(p))
		binary.BigEndian.PutUint32(n[:], uint32(len(ag[p])))
		h.Write(n[:])
		h.Write(ag[p])
	}
	var k [32]byte
	h.Sum(k[:0])
	if r, ok := v.agreed[k]; ok {
		return r.bad, r.err
	}
	bad, err := VerifyAgreement(pub, ag, v.keys)
	v.agreed[k] = agreeResult{bad, err}
	return bad, err
}

func (v *verifier) name(p party.ID, k ProofKind, evidence [][]byte, format string, args ...any) {
	if v.named[p] {
		return
	}
	v.named[p] = true
	v.out.Culprits = append(v.out.Culprits, Culprit{Party: p, Kind: k, Detail: fmt.Sprintf(format, args...), Evidence: evidence})
}

// record keeps every validly signed object and names a signer that signed
// two different ones of the same kind for the same session.
func (v *verifier) record(o *Opened) {
	var key string
	switch {
	case o.Assignment != nil:
		key = "a/" + o.Assignment.Session
	case o.Commitment != nil:
		key = "c/" + o.Commitment.Session
	default:
		key = "r/" + o.Reveal.Session
	}
	key += "/" + string(o.Signer)
	prev, ok := v.objects[key]
	if !ok {
		v.objects[key] = o
		return
	}
	if prev == o || bytes.Equal(prev.Raw, o.Raw) {
		return
	}
	if !bytes.Equal(bodyOf(prev.Raw), bodyOf(o.Raw)) {
		v.name(o.Signer, ProofEquivocation, [][]byte{prev.Raw, o.Raw}, "signed two different %ss for one session", kindOf(o))
	}
}

func bodyOf(raw []byte) []byte {
	s, err := DecodeSigned(raw)
	if err != nil {
		return raw
	}
	return s.Body
}

func kindOf(o *Opened) string {
	switch {
	case o.Assignment != nil:
		return "assignment"
	case o.Commitment != nil:
		return "commitment"
	}
	return "reveal"
}

// Verify is the one check of a signature's shares, used by the client on
// the shares it received and by a signer on the transcripts the other
// signers echo to it (shares without Sigma: transcript checks only). Each
// share's Party must be the authenticated sender of that share. keys maps
// parties to their node identity keys.
//
// It names a party only on proof: an equivocation (two validly signed,
// different objects of one kind and session from it), a share of its own
// whose transcript is inconsistent or carries an invalid signature, or a
// sigma that fails the check against the public data every signer signed.
// A disagreement that no evidence resolves is returned as Unresolved and
// names nobody. There is no vote between parties.
func Verify(shares []wire.SignatureShare, keys KeyRing, exp Expect) *Outcome {
	v := &verifier{keys: keys, exp: exp, out: &Outcome{}, named: map[party.ID]bool{}, objects: map[string]*Opened{},
		opened: map[[32]byte]openResult{}, agreed: map[[32]byte]agreeResult{}, decoded: map[[32]byte]decodeResult{}}
	var views []*view
	seen := map[string]bool{}
	for i := range shares {
		s := &shares[i]
		if seen[s.Party] {
			v.name(party.ID(s.Party), ProofTranscript, nil, "sent two shares")
			continue
		}
		seen[s.Party] = true
		vw, err := v.open(s)
		var uk *unknownKeyError
		switch {
		case errors.As(err, &uk):
			v.unknown = append(v.unknown, fmt.Sprintf("share of %s: %v", s.Party, err))
		case err != nil:
			if mpc.ValidPartyID(party.ID(s.Party)) == nil {
				v.name(party.ID(s.Party), ProofTranscript, nil, "%v", err)
			}
		default:
			views = append(views, vw)
		}
	}
	var good []*view
	for _, vw := range views {
		if !v.named[party.ID(vw.share.Party)] {
			good = append(good, vw)
		}
	}
	for _, vw := range good {
		v.out.Good = append(v.out.Good, *vw.share)
	}
	if len(v.out.Culprits) > 0 {
		// An equivocation splits the transcripts: no signature from this set.
		v.sortCulprits()
		return v.out
	}
	if len(v.unknown) > 0 {
		v.out.Unresolved = strings.Join(v.unknown, "; ")
		return v.out
	}
	if len(good) == 0 {
		v.out.Unresolved = "no share"
		return v.out
	}
	ref := good[0]
	for _, vw := range good[1:] {
		if Digest(vw.assign.Raw) != Digest(ref.assign.Raw) {
			v.out.Unresolved = fmt.Sprintf("shares of %s and %s answer different assignments", ref.share.Party, vw.share.Party)
			return v.out
		}
	}
	v.out.Assignment = ref.assign.Assignment
	if !ref.full {
		return v.out
	}
	for _, vw := range good {
		if !vw.full || vw.entropy != ref.entropy || !vw.pub.Equal(ref.pub) {
			// Unreachable without an equivocation above; kept as a guard.
			v.out.Unresolved = fmt.Sprintf("shares of %s and %s disagree on entropy or public data", ref.share.Party, vw.share.Party)
			return v.out
		}
	}
	v.combine(ref, good)
	v.sortCulprits()
	return v.out
}

func (v *verifier) sortCulprits() {
	slices.SortFunc(v.out.Culprits, func(a, b Culprit) int { return mpc.CompareParties(a.Party, b.Party) })
}

// open checks one share's transcript against its signatures and its own
// fields, recording every validly signed object for the equivocation check.
func (v *verifier) open(s *wire.SignatureShare) (*view, error) {
	from := party.ID(s.Party)
	if err := mpc.ValidPartyID(from); err != nil {
		return nil, err
	}
	if len(s.Commitments) > mpc.MaxParties || len(s.Reveals) > mpc.MaxParties || len(s.PresignSigs) > mpc.MaxParties {
		return nil, errors.New("transcript too large")
	}
	vw := &view{share: s, commits: map[party.ID]*Opened{}, reveals: map[party.ID]*Opened{}, full: s.Sigma != ""}
	// Open every object first, so that the equivocation evidence is
	// recorded even from a share that fails later.
	araw, err := hexField(s.Assignment, MaxSigned)
	if err != nil {
		return nil, fmt.Errorf("assignment: %w", err)
	}
	a, err := v.open1(araw)
	if err != nil {
		return nil, fmt.Errorf("assignment: %w", err)
	}
	if a.Assignment == nil {
		return nil, errors.New("assignment field holds another kind")
	}
	v.record(a)
	vw.assign = a
	var errs []error
	openAll := func(list []string, want Kind, into map[party.ID]*Opened) {
		for _, h := range list {
			raw, err := hexField(h, MaxSigned)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			o, err := v.open1(raw)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if (want == KindCommitment) != (o.Commitment != nil) || (want == KindReveal) != (o.Reveal != nil) {
				errs = append(errs, fmt.Errorf("%s in the place of a %s", kindOf(o), kindName(want)))
				continue
			}
			v.record(o)
			if _, dup := into[o.Signer]; dup {
				errs = append(errs, fmt.Errorf("two %ss of party %s", kindName(want), o.Signer))
				continue
			}
			into[o.Signer] = o
		}
	}
	openAll(s.Commitments, KindCommitment, vw.commits)
	openAll(s.Reveals, KindReveal, vw.reveals)
	// A signed reveal that does not open the same party's signed
	// commitment proves that party bad, whoever forwarded the pair.
	for p, r := range vw.reveals {
		if c, ok := vw.commits[p]; ok && c.Commitment.Session == r.Reveal.Session &&
			mpc.EntropyCommit(r.Reveal.Session, p, r.Reveal.Nonce) != c.Commitment.Commit {
			v.name(p, ProofEquivocation, [][]byte{c.Raw, r.Raw}, "signed a reveal that does not open its signed commitment")
		}
	}
	if err := errors.Join(errs...); err != nil {
		var uk *unknownKeyError
		if errors.As(err, &uk) {
			return nil, uk
		}
		return nil, err
	}
	as := a.Assignment
	if v.exp.Coordinator != "" && as.Coordinator != v.exp.Coordinator {
		return nil, fmt.Errorf("assignment by %s, the request's coordinator is %s", as.Coordinator, v.exp.Coordinator)
	}
	if v.exp.Session != "" && as.Session != v.exp.Session {
		return nil, errors.New("assignment for another session")
	}
	if !slices.Contains(as.Signers, from) {
		return nil, fmt.Errorf("party %s is not a signer of its assignment", from)
	}
	dg := Digest(a.Raw)
	for p, c := range vw.commits {
		if !slices.Contains(as.Signers, p) || c.Commitment.Session != as.Session || c.Commitment.Assigned != dg {
			return nil, fmt.Errorf("commitment of %s does not answer the assignment", p)
		}
	}
	for p, r := range vw.reveals {
		if !slices.Contains(as.Signers, p) || r.Reveal.Session != as.Session {
			return nil, fmt.Errorf("reveal of %s does not belong to the assignment", p)
		}
		if _, ok := vw.commits[p]; !ok {
			return nil, fmt.Errorf("reveal of %s without its commitment", p)
		}
	}
	if len(vw.commits) != len(as.Signers) {
		return nil, fmt.Errorf("%d commitments for %d signers", len(vw.commits), len(as.Signers))
	}
	if !vw.full {
		if _, ok := vw.reveals[from]; !ok && len(vw.reveals) > 0 {
			return nil, errors.New("echo without the sender's own reveal")
		}
		return vw, nil
	}
	return vw, v.checkShare(vw)
}

// checkShare checks a share's own fields against its transcript.
func (v *verifier) checkShare(vw *view) error {
	s, as := vw.share, vw.assign.Assignment
	if len(vw.reveals) != len(as.Signers) {
		return fmt.Errorf("%d reveals for %d signers", len(vw.reveals), len(as.Signers))
	}
	commits, reveals := map[party.ID][32]byte{}, map[party.ID][32]byte{}
	for p, c := range vw.commits {
		commits[p] = c.Commitment.Commit
		reveals[p] = vw.reveals[p].Reveal.Nonce
	}
	ent, err := mpc.CombineEntropy(as.Session, as.Signers, commits, reveals)
	if err != nil {
		return err
	}
	vw.entropy = ent
	hash, err1 := hexField(s.Hash, 32)
	keyID, err2 := hexField(s.KeyID, 32)
	entIn, err3 := hexField(s.Entropy, 32)
	pid, err4 := hexField(s.PresignID, mpc.PresignIDLen)
	pubRaw, err5 := hexField(s.Presign, 1<<16)
	if err := errors.Join(err1, err2, err3, err4, err5); err != nil {
		return fmt.Errorf("malformed share fields: %w", err)
	}
	if !bytes.Equal(hash, as.Hash[:]) || !bytes.Equal(keyID, as.KeyID[:]) {
		return errors.New("share's hash or key ID differs from its assignment")
	}
	if !bytes.Equal(entIn, ent[:]) {
		return errors.New("share's entropy is not the one its transcript yields")
	}
	if !slices.Equal(partyIDs(s.Signers), as.Signers) {
		return errors.New("share's signers differ from its assignment")
	}
	if !as.OnDemand && !bytes.Equal(pid, as.PresignID) {
		return errors.New("share's presignature differs from its assignment")
	}
	pub, err := v.decodePublic(pubRaw)
	if err != nil {
		return err
	}
	if !bytes.Equal(pub.ID, pid) || !slices.Equal(pub.Signers, as.Signers) {
		return errors.New("presignature public data is for another presignature or signer set")
	}
	ag := Agreement{}
	for p, h := range s.PresignSigs {
		sig, err := hexField(h, maxSig)
		if err != nil {
			return fmt.Errorf("presignature signature of %s: %w", truncate(p, 8), err)
		}
		ag[party.ID(p)] = sig
	}
	bad, err := v.verifyAgreement(pubRaw, pub, ag)
	if err != nil {
		return err
	}
	if len(bad) > 0 {
		return fmt.Errorf("presignature public data lacks valid signatures of %s", idList(bad))
	}
	vw.pub = pub
	if v.exp.Hash != nil && !bytes.Equal(v.exp.Hash, hash) {
		return errors.New("share signs another hash than requested")
	}
	pkp, err := hexField(s.PubKey, 65)
	if err != nil {
		return fmt.Errorf("PKP key: %w", err)
	}
	if v.exp.RootPub != nil {
		derived, err := mpc.DerivePubkey(v.exp.RootPub, as.KeyID)
		if err != nil {
			return err
		}
		if !samePoint(pkp, derived) {
			return errors.New("share's PKP key is not the key of its key ID")
		}
		if v.exp.PubKey != nil && !samePoint(v.exp.PubKey, derived) {
			return errors.New("share is for another key than requested")
		}
	}
	return nil
}

func samePoint(a, b []byte) bool {
	pa, err1 := mpc.ParsePubkey(a)
	pb, err2 := mpc.ParsePubkey(b)
	return err1 == nil && err2 == nil && pa.IsEqual(pb)
}

// combine checks every sigma against the agreed public data and combines.
func (v *verifier) combine(ref *view, good []*view) {
	as := ref.assign.Assignment
	req := mpc.SignRequest{RootPub: v.exp.RootPub, KeyID: as.KeyID, Hash: as.Hash[:], Entropy: ref.entropy}
	var shares []mpc.Share
	for _, vw := range good {
		sigma, err := hexField(vw.share.Sigma, 32)
		if err != nil || len(sigma) != 32 {
			v.name(party.ID(vw.share.Party), ProofShare, nil, "malformed sigma")
			continue
		}
		shares = append(shares, mpc.Share{Party: party.ID(vw.share.Party), PresignID: ref.pub.ID, Sigma: sigma})
	}
	sig, err := mpc.Combine(ref.pub, req, shares)
	if err == nil {
		v.out.Signature = sig
		return
	}
	var se *mpc.ShareError
	if !errors.As(err, &se) {
		v.out.Unresolved = err.Error()
		return
	}
	for _, p := range se.Bad {
		v.name(p, ProofShare, nil, "sigma fails the check against the signed public data")
	}
	for _, p := range se.Missing {
		if !v.named[p] {
			v.out.Missing = append(v.out.Missing, p)
		}
	}
	if len(v.out.Culprits) > 0 {
		kept := v.out.Good[:0]
		for _, s := range v.out.Good {
			if !v.named[party.ID(s.Party)] {
				kept = append(kept, s)
			}
		}
		v.out.Good = kept
	}
}

func hexField(s string, max int) ([]byte, error) {
	h := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(h) > 2*max {
		return nil, fmt.Errorf("hex field longer than %d bytes", max)
	}
	return hex.DecodeString(h)
}

func partyIDs(s []string) []party.ID {
	out := make([]party.ID, len(s))
	for i, p := range s {
		out[i] = party.ID(p)
	}
	return out
}

func idList(ids []party.ID) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = string(id)
	}
	return "[" + strings.Join(s, ",") + "]"
}
