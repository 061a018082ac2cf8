package mpc_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/mpctest"
)

func TestCanonicalPartyOrder(t *testing.T) {
	for _, tc := range []struct {
		a, b party.ID
		want int // sign
	}{
		{"1", "2", -1}, {"2", "10", -1}, {"9", "10", -1}, {"10", "11", -1}, {"99", "100", -1},
		{"10", "2", 1}, {"256", "3", 1}, {"7", "7", 0},
	} {
		got := mpc.CompareParties(tc.a, tc.b)
		if (got < 0) != (tc.want < 0) || (got > 0) != (tc.want > 0) {
			t.Errorf("CompareParties(%s, %s) = %d, want sign %d", tc.a, tc.b, got, tc.want)
		}
	}
	in := []party.ID{"10", "2", "1", "11", "9"}
	got := mpc.SortParties(in)
	if want := []party.ID{"1", "2", "9", "10", "11"}; !slices.Equal(got, want) {
		t.Fatalf("SortParties = %v, want %v", got, want)
	}
	if in[0] != "10" {
		t.Fatal("SortParties changed its input")
	}
	if !mpc.PartiesSorted(got) || mpc.PartiesSorted(in) || mpc.PartiesSorted([]party.ID{"1", "2", "2"}) {
		t.Fatal("PartiesSorted wrong")
	}
	if !mpc.SameParties(in, got) || mpc.SameParties(in, got[1:]) {
		t.Fatal("SameParties wrong")
	}
	if !slices.Equal(mpc.PartyIDs(11), mpc.SortParties(mpc.PartyIDs(11))) {
		t.Fatal("PartyIDs not in canonical order")
	}
	// Strings (the client's party lists) use the same order.
	if s := mpc.SortParties([]string{"10", "3"}); !slices.Equal(s, []string{"3", "10"}) {
		t.Fatalf("SortParties(strings) = %v", s)
	}
}

// The entropy of a signer set does not depend on the order the set is
// given in, and public presignature data rejects a signer list in
// multi-party-sig's lexicographic order.
func TestEntropyOrderIndependent(t *testing.T) {
	set := []party.ID{"2", "9", "10"}
	commits, reveals := map[party.ID][32]byte{}, map[party.ID][32]byte{}
	for _, id := range set {
		n, err := mpc.NewEntropyNonce()
		if err != nil {
			t.Fatal(err)
		}
		reveals[id], commits[id] = n, mpc.EntropyCommit("s", id, n)
	}
	a, err := mpc.CombineEntropy("s", set, commits, reveals)
	if err != nil {
		t.Fatal(err)
	}
	b, err := mpc.CombineEntropy("s", []party.ID{"10", "2", "9"}, commits, reveals)
	if err != nil || a != b {
		t.Fatalf("entropy depends on the order: %x %x %v", a, b, err)
	}
}

// A Pace hook runs before received messages are processed; its error ends
// the run.
func TestPresignPace(t *testing.T) {
	cfgs, err := mpctest.Configs(3)
	if err != nil {
		t.Fatal(err)
	}
	net := mpc.NewMemNetwork()
	defer net.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute*timeScale)
	defer cancel()
	signers := []party.ID{"1", "2"}
	sid := mpc.NewSessionID("presign")
	stop := errors.New("paced out")
	_, errs := runAll(signers, func(id party.ID) (any, error) {
		o := mpc.PresignOptions{}
		if id == "1" {
			o.Pace = func(context.Context) error { return stop }
		}
		s := mpc.Session{ID: sid, Topic: "presign", Self: id, Parties: signers, RoundTimeout: 2 * time.Second}
		return mpc.PresignWith(ctx, net.Transport(id), s, cfgs[id], o)
	})
	if !errors.Is(errs["1"], stop) {
		t.Fatalf("party 1: %v, want the pace error", errs["1"])
	}
	if errs["2"] == nil {
		t.Fatal("party 2 completed without party 1")
	}
}

// TestTenPartyPresignature: a presignature of signers {1..6,10} (the n=10
// fixture; multi-party-sig lists "10" second) has its public data in the
// canonical order, round-trips through both encodings, signs and combines
// to a signature ecrecover accepts.
func TestTenPartyPresignature(t *testing.T) {
	cfgs, err := mpctest.Configs(10)
	if err != nil {
		t.Fatal(err)
	}
	root, _ := mpc.RootPubkey(cfgs["1"])
	pres, err := mpctest.Presigs(10)
	if err != nil {
		t.Fatal(err)
	}
	p := pres[0]
	want := []party.ID{"1", "2", "3", "4", "5", "6", "10"}
	if !slices.Equal(p.Signers, want) {
		t.Fatalf("fixture signers %v", p.Signers)
	}
	pre := p.Shares["10"]
	if lib := pre.SignerIDs(); slices.Equal(lib, want) {
		t.Fatalf("the library's order %v is the canonical one: the test shows nothing", lib)
	}
	pub, err := mpc.PublicOf(pre)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(pub.Signers, want) || !slices.Equal(mpc.SignersOf(pre), want) {
		t.Fatalf("public signers %v, want %v", pub.Signers, want)
	}
	b, err := pub.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	back, err := mpc.DecodePresignPublic(b)
	if err != nil || !back.Equal(pub) {
		t.Fatalf("public data round trip: %v", err)
	}
	sec, err := mpc.MarshalPresign(pre)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := mpc.UnmarshalPresign(sec); err != nil {
		t.Fatal(err)
	}
	// The same public data with the signers in the library's order is
	// rejected.
	lex := *pub
	lex.Signers = pre.SignerIDs()
	if _, err := lex.MarshalBinary(); err == nil {
		t.Fatal("public data in lexicographic order encoded")
	}
	key, hash := randKeyID(t), randHash(t)
	req := mpc.SignRequest{RootPub: root, KeyID: key, Hash: hash, Entropy: agreeEntropy(t, "s", want)}
	var shares []mpc.Share
	for _, id := range want {
		sh, _, err := mpc.SignShare(p.Shares[id], id, req)
		if err != nil {
			t.Fatal(err)
		}
		shares = append(shares, sh)
	}
	sig, err := mpc.Combine(pub, req, shares)
	if err != nil {
		t.Fatal(err)
	}
	checkEcrecover(t, root, key, hash, sig)
}
