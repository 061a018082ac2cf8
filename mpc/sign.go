package mpc

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/taurusgroup/multi-party-sig/pkg/ecdsa"
	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp/config"
)

// RerandDomain is the domain separator of the re-randomization hash (docs/crypto.md §3).
const RerandDomain = "pkpnet/rerand/v1"

// SignatureLen is the length of an Ethereum signature [R || S || V].
const SignatureLen = 65

// SignRequest is the public context of one online signing step: the PKP
// (the root public key and the PKP's keyId), the 32-byte message hash and
// the entropy the signer set agreed on (see CombineEntropy). Every signer
// and the client use the same value.
type SignRequest struct {
	RootPub []byte // 33-byte compressed root public key
	KeyID   KeyID
	Hash    []byte // the 32-byte message hash m
	Entropy [32]byte
}

// Share is one signer's share sigma_j of a signature's s, for the
// presignature PresignID.
type Share struct {
	Party     party.ID
	PresignID []byte
	Sigma     []byte // 32-byte big-endian scalar
}

// online holds the values of the online step every party derives alike.
type online struct {
	delta  curve.Scalar // the PKP tweak
	m      curve.Scalar // the message hash as a scalar
	rho    curve.Scalar // the re-randomizer
	rhoInv curve.Scalar
	Rp     curve.Point  // R' = rho*R
	r      curve.Scalar // r' = x(R') mod q
	mrd    curve.Scalar // m + r'*delta
	pkp    []byte       // the PKP's compressed public key
}

func (req SignRequest) prepare(pub *PresignPublic) (*online, error) {
	if err := pub.validate(); err != nil {
		return nil, err
	}
	pkp, err := req.checkInputs()
	if err != nil {
		return nil, err
	}
	tweak, err := Tweak(req.RootPub, req.KeyID)
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	o := &online{pkp: pkp}
	o.delta, _ = parseScalar(tweak[:]) // Tweak returns a non-zero reduced scalar
	var hm secp256k1.ModNScalar
	hm.SetByteSlice(req.Hash) // m mod q, as ecrecover reads it
	mb := hm.Bytes()
	o.m = group.NewScalar()
	if err := o.m.UnmarshalBinary(mb[:]); err != nil {
		return nil, fmt.Errorf("sign: message hash: %w", err)
	}

	rb, _ := pub.R.MarshalBinary()
	h := crypto.NewKeccakState()
	h.Write([]byte(RerandDomain))
	h.Write(req.RootPub)
	h.Write(tweak[:])
	h.Write(req.Hash)
	h.Write(rb)
	h.Write(pub.ID)
	h.Write(binary.BigEndian.AppendUint16(nil, uint16(len(pub.Signers))))
	for _, id := range pub.Signers {
		h.Write([]byte{byte(len(id))})
		h.Write([]byte(id))
	}
	h.Write(req.Entropy[:])
	var digest [32]byte
	h.Read(digest[:])
	var rho secp256k1.ModNScalar
	rho.SetBytes(&digest)
	if rho.IsZero() {
		return nil, errors.New("sign: zero re-randomizer; sign again with fresh entropy")
	}
	rhoB := rho.Bytes()
	o.rho, _ = parseScalar(rhoB[:])
	o.rhoInv = group.NewScalar().Set(o.rho).Invert()
	o.Rp = o.rho.Act(pub.R)
	if o.Rp.IsIdentity() {
		return nil, errors.New("sign: R' is the identity")
	}
	o.r = o.Rp.XScalar()
	if o.r.IsZero() {
		return nil, errors.New("sign: r is zero; sign again with fresh entropy")
	}
	o.mrd = group.NewScalar().Set(o.r).Mul(o.delta).Add(o.m)
	return o, nil
}

// SignShare is the online step of signer self: it re-targets its root
// presignature to the PKP of req.KeyID and re-randomizes it (docs/crypto.md §3),
// returning sigma_j = rho^-1 * (k_j*(m + r'*delta) + r'*chi_j) and the
// presignature's public data. It does not mark the presignature consumed:
// nodes call Store.ReleaseShare, which does that durably first.
func SignShare(pre *ecdsa.PreSignature, self party.ID, req SignRequest) (Share, *PresignPublic, error) {
	pub, err := PublicOf(pre)
	if err != nil {
		return Share{}, nil, fmt.Errorf("sign: %w", err)
	}
	if !slices.Contains(pub.Signers, self) {
		return Share{}, nil, fmt.Errorf("sign: party %s is not a signer of presignature %x", self, pub.ID[:8])
	}
	o, err := req.prepare(pub)
	if err != nil {
		return Share{}, nil, err
	}
	// chi_j' = chi_j + delta*k_j re-targets to the PKP key x + delta.
	kterm := group.NewScalar().Set(pre.KShare).Mul(o.mrd)
	cterm := group.NewScalar().Set(pre.ChiShare).Mul(o.r)
	sigma := kterm.Add(cterm).Mul(o.rhoInv)
	sb, _ := sigma.MarshalBinary()
	return Share{Party: self, PresignID: slices.Clone(pub.ID), Sigma: sb}, pub, nil
}

// VerifyShare checks one share against the public presignature data:
// sigma_j*R' == (m + r'*delta)*RBar_j + r'*S_j.
func VerifyShare(pub *PresignPublic, req SignRequest, sh Share) error {
	o, err := req.prepare(pub)
	if err != nil {
		return err
	}
	if !o.verify(pub, sh) {
		return &ShareError{Bad: []party.ID{sh.Party}}
	}
	return nil
}

func (o *online) verify(pub *PresignPublic, sh Share) bool {
	rbar, s := pub.RBar[sh.Party], pub.S[sh.Party]
	if rbar == nil || s == nil || !bytes.Equal(sh.PresignID, pub.ID) || len(sh.Sigma) != 32 {
		return false
	}
	sigma := group.NewScalar()
	if err := sigma.UnmarshalBinary(sh.Sigma); err != nil {
		return false
	}
	lhs := sigma.Act(o.Rp)
	rhs := o.mrd.Act(rbar).Add(o.r.Act(s))
	return lhs.Equal(rhs)
}

// Combine sums the signers' shares, normalises to low S and returns the
// 65-byte Ethereum signature [R || S || V] with V in {0, 1} (add 27 for the
// legacy encoding), checked by ecrecover against the PKP's address. It holds
// no key material. Shares are checked one by one against the presignature's
// public data only when the sum is not a valid signature (or a share is
// missing, duplicated or from a non-signer): then it names the parties whose
// shares fail or are missing (*ShareError). A valid signature needs no
// per-share check, and the check costs three scalar multiplications per
// share on every request; shares whose errors cancel out (possible only for
// colluding signers) give a valid signature and name nobody.
func Combine(pub *PresignPublic, req SignRequest, shares []Share) ([]byte, error) {
	o, err := req.prepare(pub)
	if err != nil {
		return nil, err
	}
	got := map[party.ID]Share{}
	serr := &ShareError{}
	for _, sh := range shares {
		if _, dup := got[sh.Party]; dup || !slices.Contains(pub.Signers, sh.Party) {
			if err := ValidPartyID(sh.Party); err != nil {
				return nil, fmt.Errorf("combine: share from %w", err)
			}
			serr.Bad = append(serr.Bad, sh.Party)
			continue
		}
		got[sh.Party] = sh
	}
	s := group.NewScalar()
	for _, id := range pub.Signers {
		sh, ok := got[id]
		if !ok {
			serr.Missing = append(serr.Missing, id)
			continue
		}
		sigma := group.NewScalar()
		if err := sigma.UnmarshalBinary(sh.Sigma); err == nil {
			s.Add(sigma)
		}
	}
	// checkEach names every share that fails its own check.
	checkEach := func() {
		for _, id := range pub.Signers {
			if sh, ok := got[id]; ok && !o.verify(pub, sh) {
				serr.Bad = append(serr.Bad, id)
			}
		}
		serr.Bad = slices.Compact(SortParties(serr.Bad))
	}
	if len(serr.Bad) > 0 || len(serr.Missing) > 0 {
		checkEach()
		return nil, serr
	}
	sig, err := o.finish(req, s)
	if err == nil {
		return sig, nil
	}
	if checkEach(); len(serr.Bad) > 0 {
		return nil, serr
	}
	return nil, err
}

// finish turns the summed s into the Ethereum signature and checks it.
func (o *online) finish(req SignRequest, s curve.Scalar) ([]byte, error) {
	if s.IsZero() {
		return nil, errors.New("combine: s is zero")
	}
	rpb, _ := o.Rp.MarshalBinary()
	var x secp256k1.FieldVal
	x.SetByteSlice(rpb[1:])
	rb, _ := o.r.MarshalBinary()
	xb := x.Bytes()
	if !bytes.Equal(xb[:], rb) {
		// x(R') >= q: Ethereum's V cannot express it (probability ~2^-128).
		return nil, errors.New("combine: x(R') exceeds the group order; sign again with fresh entropy")
	}
	v := rpb[0] - 2 // y parity
	if s.IsOverHalfOrder() {
		s.Negate()
		v ^= 1
	}
	sb, _ := s.MarshalBinary()
	sig := make([]byte, 0, SignatureLen)
	sig = append(sig, rb...)
	sig = append(sig, sb...)
	sig = append(sig, v)
	if err := VerifySignature(o.pkp, req.Hash, sig); err != nil {
		return nil, fmt.Errorf("combine: %w", err)
	}
	return sig, nil
}

// Answer is one signer's output of the online step: its share and the
// presignature public data it signed with (SignShare's two results).
type Answer struct {
	Share  Share
	Public *PresignPublic
}

// CombineAnswers combines the signers' answers to req as a client does:
// every signer must have answered with the same presignature public data;
// then Combine sums the shares, checks the signature against the PKP's
// address and, when it fails, names the bad and missing parties.
func CombineAnswers(req SignRequest, answers []Answer) ([]byte, error) {
	if len(answers) == 0 {
		return nil, errors.New("combine: no answers")
	}
	pub := answers[0].Public
	shares := make([]Share, 0, len(answers))
	for _, a := range answers {
		if pub == nil || a.Public == nil || !a.Public.Equal(pub) {
			return nil, fmt.Errorf("combine: signers disagree on the presignature's public data (party %s)", a.Share.Party)
		}
		shares = append(shares, a.Share)
	}
	return Combine(pub, req, shares)
}

// Verify checks sig (65 bytes, [R || S || V]) of req.Hash against the
// address of the PKP key req derives from req.RootPub and req.KeyID.
func (req SignRequest) Verify(sig []byte) error {
	pkp, err := req.checkInputs()
	if err != nil {
		return err
	}
	return VerifySignature(pkp, req.Hash, sig)
}

// VerifySignature checks a 65-byte [R || S || V] signature of hash with
// go-ethereum's Ecrecover against the address of pub (33 or 65 bytes).
func VerifySignature(pub, hash, sig []byte) error {
	if len(sig) != SignatureLen || len(hash) != 32 {
		return errors.New("verify: want a 65-byte signature and a 32-byte hash")
	}
	want, err := PubkeyAddress(pub)
	if err != nil {
		return fmt.Errorf("verify: %w", err)
	}
	rec, err := crypto.Ecrecover(hash, sig)
	if err != nil {
		return fmt.Errorf("verify: ecrecover: %w", err)
	}
	got, err := PubkeyAddress(rec)
	if err != nil {
		return fmt.Errorf("verify: %w", err)
	}
	if got != want {
		return fmt.Errorf("verify: signature recovers %s, want %s", got, want)
	}
	return nil
}

// RootPubkey returns the 33-byte compressed public key of a CMP config.
func RootPubkey(cfg *config.Config) ([]byte, error) {
	if cfg == nil || cfg.Public == nil {
		return nil, errors.New("root key: nil config")
	}
	p := cfg.PublicPoint()
	if p.IsIdentity() {
		return nil, errors.New("root key: identity")
	}
	return p.MarshalBinary()
}

// DeriveConfig returns the signing shares of the PKP keyID: every share and
// verification share shifted by the tweak delta (Config.Derive), so that the
// derived config's public key is DerivePubkey(rootPub, keyID). Interactive
// CMP protocols (cmp.Sign, cmp.Presign) run on it directly.
func DeriveConfig(cfg *config.Config, keyID KeyID) (*config.Config, error) {
	root, err := RootPubkey(cfg)
	if err != nil {
		return nil, fmt.Errorf("derive config: %w", err)
	}
	t, err := Tweak(root, keyID)
	if err != nil {
		return nil, fmt.Errorf("derive config: %w", err)
	}
	delta, err := parseScalar(t[:])
	if err != nil {
		return nil, fmt.Errorf("derive config: %w", err)
	}
	d, err := cfg.Derive(delta, nil)
	if err != nil {
		return nil, fmt.Errorf("derive config: %w", err)
	}
	return d, nil
}

// SignOnDemand is the path for a request without a stored presignature: it
// runs CMP presign for the root key among the signer set s.Parties and then
// the same online step as SignShare. The fresh presignature is used once
// and never stored.
func SignOnDemand(ctx context.Context, tr Transport, s Session, cfg *config.Config, req SignRequest) (Share, *PresignPublic, error) {
	if _, err := req.checkInputs(); err != nil {
		return Share{}, nil, err
	}
	root, err := RootPubkey(cfg)
	if err != nil {
		return Share{}, nil, fmt.Errorf("sign on demand: %w", err)
	}
	if !bytes.Equal(root, req.RootPub) {
		return Share{}, nil, errors.New("sign on demand: request's root key is not the config's")
	}
	pre, err := Presign(ctx, tr, s, cfg)
	if err != nil {
		return Share{}, nil, fmt.Errorf("sign on demand: %w", err)
	}
	return SignShare(pre, s.Self, req)
}

// Validate checks the request's own fields (hash, root key, derivable PKP
// key) before any expensive work.
func (req SignRequest) Validate() error {
	_, err := req.checkInputs()
	return err
}

// checkInputs validates the request's own fields before any expensive work.
func (req SignRequest) checkInputs() ([]byte, error) {
	if len(req.Hash) != 32 {
		return nil, fmt.Errorf("sign: message hash of %d bytes, want 32", len(req.Hash))
	}
	if len(req.RootPub) != 33 {
		return nil, fmt.Errorf("sign: root key of %d bytes, want 33 (compressed)", len(req.RootPub))
	}
	pkp, err := DerivePubkey(req.RootPub, req.KeyID)
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	return pkp, nil
}

// Rerandomize returns the public values of the online step for pub and
// req: the re-randomizer rho (32 bytes), R' = rho*R (33 bytes compressed)
// and r' = x(R') mod q (32 bytes). Other implementations (a JS client,
// audits) check theirs against testdata/rerand_vectors.json.
func Rerandomize(pub *PresignPublic, req SignRequest) (rho, rPrime, r []byte, err error) {
	o, err := req.prepare(pub)
	if err != nil {
		return nil, nil, nil, err
	}
	rho, _ = o.rho.MarshalBinary()
	rPrime, _ = o.Rp.MarshalBinary()
	r, _ = o.r.MarshalBinary()
	return rho, rPrime, r, nil
}
