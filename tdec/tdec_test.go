package tdec_test

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"testing"

	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/math/polynomial"
	"github.com/taurusgroup/multi-party-sig/pkg/math/sample"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"crypto/rand"

	"github.com/pkpnet/pkpnet/tdec"
)

// deal Shamir-shares a random key among parties "1".."n" with multi-party-sig's
// polynomial package (the x-coordinates FROST keygen uses), so the test also
// pins that tdec interpolates in the same convention.
func deal(t testing.TB, n, T int) []*tdec.KeyShare {
	t.Helper()
	g := curve.Secp256k1{}
	secret := sample.Scalar(rand.Reader, g)
	poly := polynomial.NewPolynomial(g, T-1, secret)
	pub, err := secret.ActOnBase().MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	set := tdec.KeySet{Public: pub, Threshold: T, Shares: map[string][]byte{}}
	secrets := map[string][]byte{}
	for i := 1; i <= n; i++ {
		id := party.ID(strconv.Itoa(i))
		x := poly.Evaluate(id.Scalar(g))
		X, _ := x.ActOnBase().MarshalBinary()
		set.Shares[string(id)] = X
		secrets[string(id)], _ = x.MarshalBinary()
	}
	var out []*tdec.KeyShare
	for i := 1; i <= n; i++ {
		id := strconv.Itoa(i)
		ks, err := tdec.NewKeyShare(id, secrets[id], set)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ks)
	}
	return out
}

func conditions(s string) tdec.Access {
	return tdec.Access{Kind: tdec.AccessConditions, Value: []byte(s)}
}

func shares(t testing.TB, ks []*tdec.KeyShare, c *tdec.Capsule) []*tdec.Share {
	t.Helper()
	var out []*tdec.Share
	for _, k := range ks {
		s, err := k.DecryptShare(c)
		if err != nil {
			t.Fatalf("party %s: %v", k.Self, err)
		}
		out = append(out, s)
	}
	return out
}

func TestEncryptDecryptThreshold(t *testing.T) {
	for _, tc := range []struct{ n, T int }{{3, 2}, {5, 4}, {7, 5}} {
		t.Run(fmt.Sprintf("n=%d", tc.n), func(t *testing.T) {
			ks := deal(t, tc.n, tc.T)
			set := &ks[0].Set
			msg := []byte("the plaintext " + strconv.Itoa(tc.n))
			ct, err := tdec.Encrypt(set.Public, conditions(`[{"x":1}]`), msg)
			if err != nil {
				t.Fatal(err)
			}
			all := shares(t, ks, ct.Capsule())
			// Every window of T consecutive parties decrypts.
			for start := 0; start+tc.T <= tc.n; start++ {
				pt, bad, err := set.Decrypt(ct, all[start:start+tc.T])
				if err != nil || len(bad) != 0 {
					t.Fatalf("parties from %d: %v (bad %v)", start, err, bad)
				}
				if !bytes.Equal(pt, msg) {
					t.Fatalf("got %q", pt)
				}
			}
			// T-1 shares do not.
			_, _, err = set.Decrypt(ct, all[:tc.T-1])
			if !errors.Is(err, tdec.ErrTooFewShares) {
				t.Fatalf("T-1 shares: %v", err)
			}
			// Nor do T-1 shares counted twice.
			dup := append(append([]*tdec.Share{}, all[:tc.T-1]...), all[0])
			if _, _, err = set.Decrypt(ct, dup); !errors.Is(err, tdec.ErrTooFewShares) {
				t.Fatalf("duplicated share: %v", err)
			}
		})
	}
}

func TestBadShareNamedAndHonestComplete(t *testing.T) {
	ks := deal(t, 4, 3)
	set := &ks[0].Set
	ct, err := tdec.Encrypt(set.Public, conditions(`[1]`), []byte("secret"))
	if err != nil {
		t.Fatal(err)
	}
	all := shares(t, ks, ct.Capsule())
	// Party 2 sends the share of another party's D under its own name, and
	// party 3 a share with a broken proof.
	all[1].D = all[0].D
	all[2].Z[31] ^= 1
	_, bad, err := set.Decrypt(ct, all[:3])
	if !errors.Is(err, tdec.ErrTooFewShares) {
		t.Fatalf("two bad of three: %v", err)
	}
	if len(bad) != 2 || bad[0].Party != "2" || bad[1].Party != "3" {
		t.Fatalf("bad shares named %v, want 2 and 3", bad)
	}
	// With the fourth, honest share two... still only two good: fails; give
	// a fresh honest share of party 3 and it completes naming party 2.
	good3, err := ks[2].DecryptShare(ct.Capsule())
	if err != nil {
		t.Fatal(err)
	}
	pt, bad, err := set.Decrypt(ct, []*tdec.Share{all[0], all[1], good3, all[3]})
	if err != nil {
		t.Fatal(err)
	}
	if string(pt) != "secret" || len(bad) != 1 || bad[0].Party != "2" {
		t.Fatalf("plaintext %q, bad %v", pt, bad)
	}
}

func TestTamperedCiphertextRefused(t *testing.T) {
	ks := deal(t, 3, 2)
	set := &ks[0].Set
	ct, err := tdec.Encrypt(set.Public, conditions(`[1]`), []byte("hello"))
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]func(c *tdec.Ciphertext){
		"body":     func(c *tdec.Ciphertext) { c.Sealed[0] ^= 1 },
		"nonce":    func(c *tdec.Ciphertext) { c.Nonce[0] ^= 1 },
		"datahash": func(c *tdec.Ciphertext) { c.DataHash[0] ^= 1 },
		"access":   func(c *tdec.Ciphertext) { c.Access.Value = []byte(`[2]`) },
		"kind":     func(c *tdec.Ciphertext) { c.Access.Kind = tdec.AccessAction },
		"proof e":  func(c *tdec.Ciphertext) { c.E[5] ^= 1 },
		"proof z":  func(c *tdec.Ciphertext) { c.Z[5] ^= 1 },
	}
	for name, mutate := range cases {
		t.Run(name, func(t *testing.T) {
			b, _ := ct.MarshalBinary()
			c, err := tdec.ParseCiphertext(b)
			if err != nil {
				t.Fatal(err)
			}
			mutate(c)
			for _, k := range ks {
				if _, err := k.DecryptShare(c.Capsule()); err == nil {
					t.Fatalf("party %s released a share for a tampered ciphertext", k.Self)
				}
			}
		})
	}
}

// TestCrossIdentityAttackRefused is the attack on the scheme without the
// proof: the attacker takes the victim's C1 and asks for shares under an
// identity of its own whose conditions always hold. The test first shows
// the attack works against nodes that skip the proof (so the test can
// fail), then that every node refuses it.
func TestCrossIdentityAttackRefused(t *testing.T) {
	ks := deal(t, 3, 2)
	set := &ks[0].Set
	victim, err := tdec.Encrypt(set.Public, conditions(`[{"victim":"only"}]`), []byte("victim's secret"))
	if err != nil {
		t.Fatal(err)
	}
	// The attacker's own, always-true ciphertext gives it a valid header
	// of its own identity.
	own, err := tdec.Encrypt(set.Public, conditions(`[{"always":"true"}]`), []byte("x"))
	if err != nil {
		t.Fatal(err)
	}
	forged := own.Capsule()
	forged.C1 = victim.C1 // the victim's C1 under the attacker's identity

	// Without the proof check the attack decrypts the victim's data.
	var raw []*tdec.Share
	for _, k := range ks[:2] {
		raw = append(raw, k.UncheckedShare(forged))
	}
	Sown := tdec.CombineUnchecked(raw)
	Svictim := tdec.ShiftPoint(set.Public, Sown, victim.C1, victim.Identity(), forged.Identity())
	if pt, err := victim.OpenWithPoint(Svictim); err != nil || string(pt) != "victim's secret" {
		t.Fatalf("the attack should work without the proof: %q, %v", pt, err)
	}

	// With it, every node refuses: the attacker's proof is for its own C1,
	// the victim's proof is for the victim's identity, and a fresh proof
	// needs r.
	victimProof := victim.Capsule()
	reuse := own.Capsule()
	reuse.C1, reuse.E, reuse.Z, reuse.BodyHash = victim.C1, victimProof.E, victimProof.Z, victimProof.BodyHash
	for name, c := range map[string]*tdec.Capsule{"own proof": forged, "victim's proof": reuse} {
		for _, k := range ks {
			if _, err := k.DecryptShare(c); err == nil {
				t.Fatalf("%s: party %s released a share for the victim's C1 under another identity", name, k.Self)
			}
		}
	}
}

func TestKeySetValidate(t *testing.T) {
	ks := deal(t, 4, 3)
	set := ks[0].Set
	if err := set.Validate(); err != nil {
		t.Fatal(err)
	}
	other := deal(t, 4, 3)[0].Set
	cases := map[string]func(s *tdec.KeySet){
		"wrong public":    func(s *tdec.KeySet) { s.Public = other.Public },
		"share off poly":  func(s *tdec.KeySet) { s.Shares["4"] = other.Shares["4"] },
		"threshold high":  func(s *tdec.KeySet) { s.Threshold = 5 },
		"threshold zero":  func(s *tdec.KeySet) { s.Threshold = 0 },
		"bad point":       func(s *tdec.KeySet) { s.Shares["2"] = []byte{2, 1} },
		"wrong threshold": func(s *tdec.KeySet) { s.Threshold = 2 },
	}
	for name, mutate := range cases {
		t.Run(name, func(t *testing.T) {
			s := tdec.KeySet{Public: set.Public, Threshold: set.Threshold, Shares: map[string][]byte{}}
			for k, v := range set.Shares {
				s.Shares[k] = v
			}
			mutate(&s)
			if err := s.Validate(); err == nil {
				t.Fatal("accepted")
			}
		})
	}
	if _, err := tdec.NewKeyShare("1", make([]byte, 32), set); err == nil {
		t.Fatal("a zero secret matched party 1's public share")
	}
}

func TestEncodingRoundTrip(t *testing.T) {
	ks := deal(t, 3, 2)
	set := &ks[0].Set
	ct, err := tdec.Encrypt(set.Public, tdec.Access{Kind: tdec.AccessAction, Value: []byte("QmX")}, []byte("m"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := ct.MarshalBinary()
	ct2, err := tdec.ParseCiphertext(b)
	if err != nil {
		t.Fatal(err)
	}
	cb, _ := ct2.Capsule().MarshalBinary()
	cap2, err := tdec.ParseCapsule(cb)
	if err != nil {
		t.Fatal(err)
	}
	sh, err := ks[1].DecryptShare(cap2)
	if err != nil {
		t.Fatal(err)
	}
	sb, _ := sh.MarshalBinary()
	sh2, err := tdec.ParseShare(sb)
	if err != nil {
		t.Fatal(err)
	}
	if err := set.VerifyShare(cap2, sh2); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 1, len(b) - 1} {
		if _, err := tdec.ParseCiphertext(b[:n]); err == nil {
			t.Fatalf("truncated to %d accepted", n)
		}
	}
	if _, err := tdec.ParseCiphertext(append(b, 0)); err == nil {
		t.Fatal("trailing byte accepted")
	}
	if _, err := tdec.Encrypt(set.Public, conditions("[1]"), make([]byte, tdec.MaxPlaintext+1)); err == nil {
		t.Fatal("oversized plaintext accepted")
	}
}

func TestKeySetEncoding(t *testing.T) {
	ks := deal(t, 10, 7)
	set := ks[0].Set
	b := tdec.EncodeKeySet(&set)
	ids := set.Parties()
	if ids[1] != "2" || ids[9] != "10" {
		t.Fatalf("party order %v", ids)
	}
	got, err := tdec.DecodeKeySet(b, ids, 7)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(tdec.EncodeKeySet(got), b) {
		t.Fatal("round trip differs")
	}
	// Parties in another order put shares at the wrong x: refused.
	swapped := append([]string{}, ids...)
	swapped[0], swapped[1] = swapped[1], swapped[0]
	if _, err := tdec.DecodeKeySet(b, swapped, 7); err == nil {
		t.Fatal("swapped parties accepted")
	}
	if _, err := tdec.DecodeKeySet(b[:len(b)-1], ids, 7); err == nil {
		t.Fatal("short key set accepted")
	}
}
