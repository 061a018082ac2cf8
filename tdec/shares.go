package tdec

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"sort"
	"strings"
)

// MaxPartyIDLen bounds a party ID (multi-party-sig reads IDs as scalars of
// at most 32 bytes).
const MaxPartyIDLen = 32

// KeySet is the public side of the network encryption key: the key, the
// number of shares a decryption needs, and every node's public share
// X_j = x_j*G, indexed by party ID (Shamir x-coordinate: the ID's bytes as
// a big-endian integer, as multi-party-sig's FROST keygen uses).
type KeySet struct {
	Public    []byte            // P = x*G, compressed
	Threshold int               // T: shares needed
	Shares    map[string][]byte // party ID -> X_j, compressed
}

// Validate checks that the public shares lie on one polynomial of degree
// T-1 whose value at 0 is Public.
func (k *KeySet) Validate() error {
	if k == nil {
		return errors.New("no key set")
	}
	P, err := parsePoint(k.Public)
	if err != nil {
		return fmt.Errorf("network key: %w", err)
	}
	if k.Threshold < 1 || k.Threshold > len(k.Shares) {
		return fmt.Errorf("threshold %d of %d public shares", k.Threshold, len(k.Shares))
	}
	ids := k.parties()
	pts := make(map[string]point, len(ids))
	for _, id := range ids {
		if err := checkPartyID(id); err != nil {
			return err
		}
		p, err := parsePoint(k.Shares[id])
		if err != nil {
			return fmt.Errorf("public share of %s: %w", id, err)
		}
		pts[id] = p
	}
	base := ids[:k.Threshold]
	at := func(x string) (point, error) {
		var acc point
		for _, j := range base {
			l, err := lagrangeAt(base, j, x)
			if err != nil {
				return acc, err
			}
			acc = add(acc, mul(&l, pts[j]))
		}
		return acc, nil
	}
	got, err := at("")
	if err != nil {
		return err
	}
	if !equal(got, P) {
		return errors.New("public shares do not interpolate to the network key")
	}
	for _, j := range ids[k.Threshold:] {
		got, err := at(j)
		if err != nil {
			return err
		}
		if !equal(got, pts[j]) {
			return fmt.Errorf("public share of %s is not on the key's polynomial", j)
		}
	}
	return nil
}

func (k *KeySet) parties() []string {
	ids := make([]string, 0, len(k.Shares))
	for id := range k.Shares {
		ids = append(ids, id)
	}
	sortParties(ids)
	return ids
}

// sortParties orders IDs numerically for decimal IDs (by length, then bytes),
// pkpnet's one party order (mpc.CompareParties).
func sortParties(ids []string) {
	sort.Slice(ids, func(a, b int) bool {
		if len(ids[a]) != len(ids[b]) {
			return len(ids[a]) < len(ids[b])
		}
		return ids[a] < ids[b]
	})
}

func checkPartyID(id string) error {
	if id == "" || len(id) > MaxPartyIDLen {
		return fmt.Errorf("party ID of %d bytes, want 1..%d", len(id), MaxPartyIDLen)
	}
	var x scalar
	if x.SetByteSlice([]byte(id)) || x.IsZero() {
		return fmt.Errorf("party ID %q is not a non-zero scalar", id)
	}
	return nil
}

func idScalar(id string) scalar {
	var x scalar
	x.SetByteSlice([]byte(id))
	return x
}

// lagrangeAt is the coefficient of party j when interpolating the
// polynomial through the points of set at x ("" means 0).
func lagrangeAt(set []string, j, x string) (scalar, error) {
	var X scalar
	if x != "" {
		X = idScalar(x)
	}
	xj := idScalar(j)
	num := new(scalar).SetInt(1)
	den := new(scalar).SetInt(1)
	for _, m := range set {
		if m == j {
			continue
		}
		xm := idScalar(m)
		// num *= (X - xm), den *= (xj - xm)
		t := new(scalar).NegateVal(&xm).Add(&X)
		num.Mul(t)
		d := new(scalar).NegateVal(&xm).Add(&xj)
		if d.IsZero() {
			return scalar{}, fmt.Errorf("duplicate party %s", m)
		}
		den.Mul(d)
	}
	return *num.Mul(den.InverseNonConst()), nil
}

// KeyShare is one node's share of the network encryption key.
type KeyShare struct {
	Self   string
	Set    KeySet
	secret scalar
}

// NewKeyShare checks secret against the node's public share in set.
func NewKeyShare(self string, secret []byte, set KeySet) (*KeyShare, error) {
	if err := set.Validate(); err != nil {
		return nil, err
	}
	x, err := parseScalar(secret)
	if err != nil {
		return nil, fmt.Errorf("secret share: %w", err)
	}
	X, ok := set.Shares[self]
	if !ok {
		return nil, fmt.Errorf("party %s has no public share in the key set", self)
	}
	if got, _ := encodePoint(baseMul(&x)); string(got) != string(X) {
		x.Zero()
		return nil, errors.New("secret share does not match this party's public share")
	}
	return &KeyShare{Self: self, Set: set, secret: x}, nil
}

// String, GoString and LogValue show the party only: fmt (%v, %+v, %#v)
// and slog never print the secret share.
func (k KeyShare) String() string { return "tdec.KeyShare{Self: " + k.Self + "}" }

// GoString implements fmt.GoStringer.
func (k KeyShare) GoString() string { return k.String() }

// LogValue implements slog.LogValuer.
func (k KeyShare) LogValue() slog.Value { return slog.StringValue(k.String()) }

// SecretBytes returns the secret share for the encrypted store. The caller
// clears it.
func (s *KeyShare) SecretBytes() []byte { return scalarBytes(&s.secret) }

// Share is a node's decryption share D_j = (x_j + delta_id)*C1 with a DLEQ
// proof that log_G(X_j + delta_id*G) = log_C1(D_j).
type Share struct {
	Party string
	D     []byte // compressed
	E, Z  [32]byte
}

func dleqChallenge(party string, Y, C1, D, A1, A2 []byte) (scalar, error) {
	return newTranscript(tagDLEQ).add([]byte(party)).add(Y).add(C1).add(D).add(A1).add(A2).scalar()
}

// DecryptShare releases this node's decryption share for c after checking
// the capsule's proof. The caller must have checked the access (conditions
// or action) first.
func (s *KeyShare) DecryptShare(c *Capsule) (*Share, error) {
	return s.decryptShare(c, rand.Reader)
}

func (s *KeyShare) decryptShare(c *Capsule, rnd io.Reader) (*Share, error) {
	if err := c.VerifyProof(s.Set.Public); err != nil {
		return nil, err
	}
	C1, err := parsePoint(c.C1)
	if err != nil {
		return nil, err
	}
	d, err := tweak(s.Set.Public, c.Identity())
	if err != nil {
		return nil, err
	}
	var xi scalar
	xi.Add2(&s.secret, &d)
	defer xi.Zero()
	D := mustEncode(mul(&xi, C1))
	Y := mustEncode(baseMul(&xi))
	k, err := randomScalar(rnd)
	if err != nil {
		return nil, err
	}
	defer k.Zero()
	A1, A2 := mustEncode(baseMul(&k)), mustEncode(mul(&k, C1))
	e, err := dleqChallenge(s.Self, Y, c.C1, D, A1, A2)
	if err != nil {
		return nil, err
	}
	var z scalar
	z.Mul2(&e, &xi).Add(&k)
	return &Share{Party: s.Self, D: D, E: e.Bytes(), Z: z.Bytes()}, nil
}

// BadShareError names the node whose share failed its proof.
type BadShareError struct {
	Party  string
	Reason string
}

func (e *BadShareError) Error() string {
	return fmt.Sprintf("decryption share of party %s is bad: %s", e.Party, e.Reason)
}

// VerifyShare checks sh's DLEQ proof against its node's public share moved
// by the capsule's tweak.
func (k *KeySet) VerifyShare(c *Capsule, sh *Share) error {
	bad := func(format string, a ...any) error {
		return &BadShareError{Party: sh.Party, Reason: fmt.Sprintf(format, a...)}
	}
	X, ok := k.Shares[sh.Party]
	if !ok {
		return bad("not a party of the key set")
	}
	Xp, err := parsePoint(X)
	if err != nil {
		return bad("public share: %v", err)
	}
	C1, err := parsePoint(c.C1)
	if err != nil {
		return fmt.Errorf("C1: %w", err)
	}
	D, err := parsePoint(sh.D)
	if err != nil {
		return bad("%v", err)
	}
	e, err := parseScalar(sh.E[:])
	if err != nil {
		return bad("%v", err)
	}
	z, err := parseScalar(sh.Z[:])
	if err != nil {
		return bad("%v", err)
	}
	d, err := tweak(k.Public, c.Identity())
	if err != nil {
		return err
	}
	Yp := add(Xp, baseMul(&d))
	Y := mustEncode(Yp)
	// A1 = z*G - e*Y, A2 = z*C1 - e*D
	A1 := mustEncode(add(baseMul(&z), neg(mul(&e, Yp))))
	A2 := mustEncode(add(mul(&z, C1), neg(mul(&e, D))))
	want, err := dleqChallenge(sh.Party, Y, c.C1, sh.D, A1, A2)
	if err != nil {
		return err
	}
	if !want.Equals(&e) {
		return bad("DLEQ proof does not verify")
	}
	return nil
}

// ErrTooFewShares is returned when fewer than T shares verified.
var ErrTooFewShares = errors.New("fewer verified decryption shares than the threshold")

// Combine verifies the shares, drops and reports bad ones, and interpolates
// T good ones into the shared secret. bad lists every rejected share.
func (k *KeySet) combine(c *Capsule, shares []*Share) (point, []*BadShareError, error) {
	var bad []*BadShareError
	good := map[string]*Share{}
	for _, sh := range shares {
		if sh == nil {
			continue
		}
		if _, dup := good[sh.Party]; dup {
			continue
		}
		if err := k.VerifyShare(c, sh); err != nil {
			var b *BadShareError
			if errors.As(err, &b) {
				bad = append(bad, b)
				continue
			}
			return point{}, bad, err
		}
		good[sh.Party] = sh
	}
	if len(good) < k.Threshold {
		var names []string
		for _, b := range bad {
			names = append(names, b.Party)
		}
		msg := fmt.Sprintf("%d verified of %d needed", len(good), k.Threshold)
		if len(names) > 0 {
			msg += "; bad shares from " + strings.Join(names, ", ")
		}
		return point{}, bad, fmt.Errorf("%w: %s", ErrTooFewShares, msg)
	}
	ids := make([]string, 0, len(good))
	for id := range good {
		ids = append(ids, id)
	}
	sortParties(ids)
	ids = ids[:k.Threshold]
	var S point
	for _, j := range ids {
		l, err := lagrangeAt(ids, j, "")
		if err != nil {
			return point{}, bad, err
		}
		D, _ := parsePoint(good[j].D)
		S = add(S, mul(&l, D))
	}
	return S, bad, nil
}

// Decrypt verifies the shares for c, combines T good ones and opens c. It
// returns the plaintext and the bad shares it skipped; it fails when fewer
// than T shares verify.
func (k *KeySet) Decrypt(c *Ciphertext, shares []*Share) ([]byte, []*BadShareError, error) {
	if err := k.Validate(); err != nil {
		return nil, nil, err
	}
	capsule := c.Capsule()
	if err := capsule.VerifyProof(k.Public); err != nil {
		return nil, nil, err
	}
	S, bad, err := k.combine(capsule, shares)
	if err != nil {
		return nil, bad, err
	}
	pt, err := c.openWith(S)
	return pt, bad, err
}

// Parties returns the key set's party IDs in pkpnet's order.
func (k *KeySet) Parties() []string { return slices.Clone(k.parties()) }
