package tdec

// UncheckedShare computes (x_i + delta_id)*C1 for c's identity without
// checking its proof: what a node of the broken scheme (no proof) would
// release. Only the cross-identity attack test uses it.
func (s *KeyShare) UncheckedShare(c *Capsule) *Share {
	C1, _ := parsePoint(c.C1)
	d, _ := tweak(s.Set.Public, c.Identity())
	var xi scalar
	xi.Add2(&s.secret, &d)
	return &Share{Party: s.Self, D: mustEncode(mul(&xi, C1))}
}

// OpenWithPoint opens c with a shared secret given as a compressed point.
func (c *Ciphertext) OpenWithPoint(S []byte) ([]byte, error) {
	p, err := parsePoint(S)
	if err != nil {
		return nil, err
	}
	return c.openWith(p)
}

// CombineUnchecked interpolates the D of shares (no proofs) into S.
func CombineUnchecked(shares []*Share) []byte {
	ids := make([]string, len(shares))
	for i, s := range shares {
		ids[i] = s.Party
	}
	var S point
	for i, j := range ids {
		l, _ := lagrangeAt(ids, j, "")
		D, _ := parsePoint(shares[i].D)
		S = add(S, mul(&l, D))
	}
	return mustEncode(S)
}

// ShiftPoint returns P + (tweak(pub,a) - tweak(pub,b))*C1: the attacker's
// step from its own identity's secret to the victim's.
func ShiftPoint(pub []byte, P, C1 []byte, victim, own [32]byte) []byte {
	p, _ := parsePoint(P)
	c, _ := parsePoint(C1)
	dv, _ := tweak(pub, victim)
	do, _ := tweak(pub, own)
	var diff scalar
	diff.NegateVal(&do).Add(&dv)
	return mustEncode(add(p, mul(&diff, c)))
}
