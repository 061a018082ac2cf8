package mpc_test

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cronokirby/saferith"
	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/mpctest"
	"github.com/pkpnet/pkpnet/mpc/sharestore"
)

// TestSignManyThroughStore signs 60 messages across 12 derived keys with the
// precomputed n=3 presignatures: each signer stores its presignatures
// encrypted, releases its share through the store (consumed first), and
// the client combines the shares and checks ecrecover.
func TestSignManyThroughStore(t *testing.T) {
	cfgs, pres := mpctest.Load(t, 3)
	root, err := mpc.RootPubkey(cfgs["1"])
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	stores := map[party.ID]*sharestore.Store{}
	for _, id := range mpc.PartyIDs(3) {
		db, s := mpctest.OpenStore(t, filepath.Join(dir, string(id)+".db"), "pass-"+string(id))
		t.Cleanup(func() { db.Close() })
		stores[id] = s
	}
	for _, p := range pres {
		for id, pre := range p.Shares {
			if err := stores[id].PutPresign("root/1", pre); err != nil {
				t.Fatal(err)
			}
		}
	}
	keys := make([]mpc.KeyID, 12)
	for i := range keys {
		keys[i] = randKeyID(t)
	}
	signed := map[mpc.KeyID]int{}
	for i, p := range pres {
		key := keys[i%len(keys)]
		hash := randHash(t)
		id := p.Shares[p.Signers[0]].ID
		session := fmt.Sprintf("req-%d/%x", i, id)
		req := mpc.SignRequest{RootPub: root, KeyID: key, Hash: hash, Entropy: agreeEntropy(t, session, p.Signers)}
		var answers []mpc.Answer
		for _, signer := range p.Signers {
			sh, pb, err := stores[signer].ReleaseShare(id, signer, req, session)
			if err != nil {
				t.Fatalf("presig %d party %s: %v", i, signer, err)
			}
			// The public data travels to the client serialised.
			enc, err := pb.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			dec, err := mpc.DecodePresignPublic(enc)
			if err != nil {
				t.Fatal(err)
			}
			answers = append(answers, mpc.Answer{Share: sh, Public: dec})
		}
		sig, err := mpc.CombineAnswers(req, answers)
		if err != nil {
			t.Fatalf("presig %d: %v", i, err)
		}
		checkEcrecover(t, root, key, hash, sig)
		signed[key]++
	}
	if len(pres) < 50 || len(signed) < 10 {
		t.Fatalf("signed %d messages over %d keys; want >= 50 over >= 10", len(pres), len(signed))
	}
	for id, s := range stores {
		left, err := s.Presigns(false)
		if err != nil {
			t.Fatal(err)
		}
		if len(left) != 0 {
			t.Fatalf("party %s: %d presignatures still available", id, len(left))
		}
	}
}

// TestTamperedShareNamesCulprit alters one share and asserts that Combine
// and VerifyShare name exactly that party.
func TestTamperedShareNamesCulprit(t *testing.T) {
	cfgs, err := mpctest.Configs(5)
	if err != nil {
		t.Fatal(err)
	}
	pres, err := mpctest.Presigs(5)
	if err != nil {
		t.Fatal(err)
	}
	root, _ := mpc.RootPubkey(cfgs["1"])
	p := pres[0]
	key := randKeyID(t)
	hash := randHash(t)
	req := mpc.SignRequest{RootPub: root, KeyID: key, Hash: hash, Entropy: agreeEntropy(t, "tamper", p.Signers)}
	var shares []mpc.Share
	var pub *mpc.PresignPublic
	for _, id := range p.Signers {
		sh, pb, err := mpc.SignShare(p.Shares[id], id, req)
		if err != nil {
			t.Fatal(err)
		}
		shares, pub = append(shares, sh), pb
	}
	sig, err := mpc.Combine(pub, req, shares)
	if err != nil {
		t.Fatal(err)
	}
	checkEcrecover(t, root, key, hash, sig)

	tampered := slices.Clone(shares)
	bad := tampered[2].Party
	tampered[2].Sigma = slices.Clone(tampered[2].Sigma)
	tampered[2].Sigma[31] ^= 1
	_, err = mpc.Combine(pub, req, tampered)
	var se *mpc.ShareError
	if !errors.As(err, &se) || !slices.Equal(se.Bad, []party.ID{bad}) || len(se.Missing) != 0 {
		t.Fatalf("Combine with a tampered share of %s: %v", bad, err)
	}
	if err := mpc.VerifyShare(pub, req, tampered[2]); !errors.As(err, &se) || !slices.Equal(se.Bad, []party.ID{bad}) {
		t.Fatalf("VerifyShare: %v", err)
	}
	if err := mpc.VerifyShare(pub, req, shares[2]); err != nil {
		t.Fatalf("VerifyShare of an honest share: %v", err)
	}
	// A share computed for another message does not verify either.
	other := req
	other.Hash = randHash(t)
	if err := mpc.VerifyShare(pub, other, shares[1]); err == nil {
		t.Fatal("share verified for another message")
	}
	// A share from a party outside the signer set, and a missing share.
	_, err = mpc.Combine(pub, req, shares[:3])
	if !errors.As(err, &se) || !slices.Equal(se.Missing, []party.ID{p.Signers[3]}) {
		t.Fatalf("missing share: %v", err)
	}
	stranger := shares[0]
	stranger.Party = "5"
	_, err = mpc.Combine(pub, req, append(slices.Clone(shares), stranger))
	if !errors.As(err, &se) || !slices.Equal(se.Bad, []party.ID{"5"}) {
		t.Fatalf("share from a non-signer: %v", err)
	}
	// Combine checks shares one by one only when their sum is not a valid
	// signature: two shares whose errors cancel (sigma_0 + e, sigma_1 - e:
	// colluding signers) still sum to the valid signature, which Combine
	// returns; each fails its own check, which VerifyShare shows.
	group := curve.Secp256k1{}
	e := group.NewScalar().SetNat(new(saferith.Nat).SetUint64(12345))
	offset := slices.Clone(shares)
	for i, sgn := range []bool{false, true} {
		x := group.NewScalar()
		if err := x.UnmarshalBinary(offset[i].Sigma); err != nil {
			t.Fatal(err)
		}
		d := group.NewScalar().Set(e)
		if sgn {
			d.Negate()
		}
		b, _ := x.Add(d).MarshalBinary()
		offset[i].Sigma = b
	}
	got, err := mpc.Combine(pub, req, offset)
	if err != nil || !bytes.Equal(got, sig) {
		t.Fatalf("Combine of offsetting shares = %x, %v; want the valid signature", got, err)
	}
	for _, sh := range offset[:2] {
		if err := mpc.VerifyShare(pub, req, sh); err == nil {
			t.Fatalf("VerifyShare accepted the offset share of %s", sh.Party)
		}
	}
}

func TestEntropyCommitReveal(t *testing.T) {
	signers := []party.ID{"1", "2", "3"}
	commits, reveals := map[party.ID][32]byte{}, map[party.ID][32]byte{}
	for _, id := range signers {
		n, err := mpc.NewEntropyNonce()
		if err != nil {
			t.Fatal(err)
		}
		commits[id], reveals[id] = mpc.EntropyCommit("s", id, n), n
	}
	e1, err := mpc.CombineEntropy("s", signers, commits, reveals)
	if err != nil {
		t.Fatal(err)
	}
	e2, err := mpc.CombineEntropy("s", []party.ID{"3", "1", "2"}, commits, reveals)
	if err != nil || e1 != e2 {
		t.Fatalf("order of the signer list changed the entropy: %v", err)
	}
	// Party 2 reveals something else: named.
	cheat := map[party.ID][32]byte{"1": reveals["1"], "2": {9}, "3": reveals["3"]}
	var ee *mpc.EntropyError
	if _, err := mpc.CombineEntropy("s", signers, commits, cheat); !errors.As(err, &ee) || !slices.Equal(ee.Bad, []party.ID{"2"}) {
		t.Fatalf("bad reveal: %v", err)
	}
	// Party 3 withholds: named.
	delete(cheat, "3")
	cheat["2"] = reveals["2"]
	if _, err := mpc.CombineEntropy("s", signers, commits, cheat); !errors.As(err, &ee) || !slices.Equal(ee.Missing, []party.ID{"3"}) {
		t.Fatalf("withheld reveal: %v", err)
	}
	// A commitment is bound to its session and party.
	if mpc.EntropyCommit("s", "1", reveals["1"]) == mpc.EntropyCommit("t", "1", reveals["1"]) ||
		mpc.EntropyCommit("s", "1", reveals["1"]) == mpc.EntropyCommit("s", "2", reveals["1"]) {
		t.Fatal("commitment not bound to session and party")
	}
}

// FuzzCombineInputs feeds arbitrary root keys, hashes, shares and party IDs
// to the client side: errors, never panics, never a signature from junk.
func FuzzCombineInputs(f *testing.F) {
	cfgs, err := mpctest.Configs(3)
	if err != nil {
		f.Fatal(err)
	}
	pres, err := mpctest.Presigs(3)
	if err != nil {
		f.Fatal(err)
	}
	root, _ := mpc.RootPubkey(cfgs["1"])
	pub, err := mpc.PublicOf(pres[0].Shares[pres[0].Signers[0]])
	if err != nil {
		f.Fatal(err)
	}
	f.Add(root, make([]byte, 32), make([]byte, 32), "1")
	f.Add([]byte{2}, []byte{1}, []byte{}, "x")
	f.Fuzz(func(t *testing.T, rootPub, hash, sigma []byte, id string) {
		req := mpc.SignRequest{RootPub: rootPub, Hash: hash}
		shares := []mpc.Share{{Party: party.ID(id), PresignID: pub.ID, Sigma: sigma}}
		for _, s := range pub.Signers[1:] {
			shares = append(shares, mpc.Share{Party: s, PresignID: pub.ID, Sigma: sigma})
		}
		if sig, err := mpc.Combine(pub, req, shares); err == nil {
			t.Fatalf("junk shares combined into %x", sig)
		}
		_ = mpc.VerifyShare(pub, req, shares[0])
	})
}

// TestCombineAnswers: answers with the same public data combine into a
// signature that Verify accepts for the request's PKP; answers that
// disagree on the public data, or none, are refused; a signature does not
// verify for another key.
func TestCombineAnswers(t *testing.T) {
	cfgs, pres := mpctest.Load(t, 3)
	root, _ := mpc.RootPubkey(cfgs["1"])
	p, other := pres[0], pres[1]
	req := mpc.SignRequest{RootPub: root, KeyID: randKeyID(t), Hash: randHash(t), Entropy: agreeEntropy(t, "answers", p.Signers)}
	answers := mpctest.Answers(t, p.Shares, req)
	sig, err := mpc.CombineAnswers(req, answers)
	if err != nil {
		t.Fatal(err)
	}
	if err := req.Verify(sig); err != nil {
		t.Fatalf("Verify: %v", err)
	}
	otherKey := req
	otherKey.KeyID = randKeyID(t)
	if err := otherKey.Verify(sig); err == nil {
		t.Fatal("the signature verifies for another key")
	}

	otherPub, err := mpc.PublicOf(other.Shares[other.Signers[0]])
	if err != nil {
		t.Fatal(err)
	}
	disagree := slices.Clone(answers)
	disagree[1].Public = otherPub
	if _, err := mpc.CombineAnswers(req, disagree); err == nil || !strings.Contains(err.Error(), "disagree") {
		t.Fatalf("answers with other public data: %v", err)
	}
	missing := slices.Clone(answers)
	missing[0].Public = nil
	if _, err := mpc.CombineAnswers(req, missing); err == nil {
		t.Fatal("an answer without public data combined")
	}
	if _, err := mpc.CombineAnswers(req, nil); err == nil {
		t.Fatal("no answers combined")
	}
}
