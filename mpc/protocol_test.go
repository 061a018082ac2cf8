package mpc_test

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/ecdsa"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp/config"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/mpctest"
)

// TestKeygenRefreshOnDemand is the suite's one real keygen (n=3), then a
// refresh, then a signature through the on-demand path with the refreshed
// shares.
func TestKeygenRefreshOnDemand(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute*timeScale)
	defer cancel()
	ids := mpc.PartyIDs(3)
	net := mpc.NewMemNetwork()
	defer net.Close()
	sid := mpc.NewSessionID("keygen")
	cfgs, errs := runAll(ids, func(id party.ID) (*config.Config, error) {
		return mpc.Keygen(ctx, net.Transport(id), mpc.Session{ID: sid, Topic: "keygen", Self: id, Parties: ids})
	})
	if len(errs) > 0 {
		t.Fatalf("keygen: %v", errs)
	}
	root, err := mpc.RootPubkey(cfgs["1"])
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		pub, _ := mpc.RootPubkey(cfgs[id])
		if !bytes.Equal(pub, root) {
			t.Fatalf("party %s has another root key", id)
		}
		if cfgs[id].Threshold != mpc.Threshold(3)-1 {
			t.Fatalf("threshold %d", cfgs[id].Threshold)
		}
	}

	rid := mpc.NewSessionID("refresh")
	fresh, errs := runAll(ids, func(id party.ID) (*config.Config, error) {
		return mpc.Refresh(ctx, net.Transport(id), mpc.Session{ID: rid, Topic: "keygen", Self: id, Parties: ids}, cfgs[id])
	})
	if len(errs) > 0 {
		t.Fatalf("refresh: %v", errs)
	}
	for _, id := range ids {
		pub, _ := mpc.RootPubkey(fresh[id])
		if !bytes.Equal(pub, root) {
			t.Fatalf("refresh changed party %s's root key", id)
		}
		if fresh[id].ECDSA.Equal(cfgs[id].ECDSA) {
			t.Fatalf("refresh kept party %s's share", id)
		}
	}

	// Derived signing shares: the derived config's key is the PKP key.
	key := randKeyID(t)
	want, err := mpc.DerivePubkey(root, key)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		d, err := mpc.DeriveConfig(fresh[id], key)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := mpc.RootPubkey(d)
		if !bytes.Equal(got, want) {
			t.Fatalf("party %s: derived config key %x, want %x", id, got, want)
		}
	}

	// On demand, signers {1,3}.
	signers := []party.ID{"1", "3"}
	hash := randHash(t)
	pid := mpc.NewSessionID("pkp/7")
	req := mpc.SignRequest{RootPub: root, KeyID: key, Hash: hash, Entropy: agreeEntropy(t, pid, signers)}
	type result struct {
		share mpc.Share
		pub   *mpc.PresignPublic
	}
	res, errs := runAll(signers, func(id party.ID) (result, error) {
		s := mpc.Session{ID: pid, Topic: "pkp/7", Self: id, Parties: signers}
		sh, pub, err := mpc.SignOnDemand(ctx, net.Transport(id), s, fresh[id], req)
		return result{sh, pub}, err
	})
	if len(errs) > 0 {
		t.Fatalf("on demand: %v", errs)
	}
	sig, err := mpc.CombineAnswers(req, []mpc.Answer{{Share: res["1"].share, Public: res["1"].pub}, {Share: res["3"].share, Public: res["3"].pub}})
	if err != nil {
		t.Fatal(err)
	}
	checkEcrecover(t, root, key, hash, sig)
}

// presignAll runs a live presign for signers over net and returns each
// signer's result and error.
func presignAll(t *testing.T, net *mpc.MemNetwork, cfgs map[party.ID]*config.Config, signers []party.ID, timeout time.Duration) (map[party.ID]*ecdsa.PreSignature, map[party.ID]error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute*timeScale)
	defer cancel()
	sid := mpc.NewSessionID("presign")
	return runAll(signers, func(id party.ID) (*ecdsa.PreSignature, error) {
		s := mpc.Session{ID: sid, Topic: "presign", Self: id, Parties: signers, RoundTimeout: timeout * timeScale}
		return mpc.Presign(ctx, net.Transport(id), s, cfgs[id])
	})
}

// TestPresignSurvivesBenignFaults runs presign with duplicated, delayed and
// reordered messages, and signs with the result.
func TestPresignSurvivesBenignFaults(t *testing.T) {
	cfgs, err := mpctest.Configs(3)
	if err != nil {
		t.Fatal(err)
	}
	net := mpc.NewMemNetwork(
		mpc.Fault{Kind: mpc.FaultDuplicate, From: "1"},
		mpc.Fault{Kind: mpc.FaultDelay, From: "2", Delay: 30 * time.Millisecond},
		mpc.Fault{Kind: mpc.FaultReorder, Delay: 20 * time.Millisecond},
	)
	defer net.Close()
	signers := []party.ID{"1", "2"}
	pres, errs := presignAll(t, net, cfgs, signers, 20*time.Second)
	if len(errs) > 0 {
		t.Fatalf("presign: %v", errs)
	}
	root, _ := mpc.RootPubkey(cfgs["1"])
	key, hash := randKeyID(t), randHash(t)
	req := mpc.SignRequest{RootPub: root, KeyID: key, Hash: hash, Entropy: agreeEntropy(t, "faults", signers)}
	sig, err := mpc.CombineAnswers(req, mpctest.Answers(t, pres, req))
	if err != nil {
		t.Fatal(err)
	}
	checkEcrecover(t, root, key, hash, sig)
}

// TestCorruptedMessageNamesSender corrupts every message party 2 sends in
// round 3 of presign; party 1 aborts naming party 2.
func TestCorruptedMessageNamesSender(t *testing.T) {
	cfgs, err := mpctest.Configs(3)
	if err != nil {
		t.Fatal(err)
	}
	for _, round := range []int{0, 3} {
		net := mpc.NewMemNetwork(mpc.Fault{Kind: mpc.FaultCorrupt, From: "2", Round: round})
		_, errs := presignAll(t, net, cfgs, []party.ID{"1", "2"}, 5*time.Second)
		net.Close()
		var pe *mpc.ProtocolError
		if !errors.As(errs["1"], &pe) || !slices.Equal(pe.Culprits, []party.ID{"2"}) {
			t.Fatalf("round %d: party 1 got %v, want a protocol error naming 2", round, errs["1"])
		}
		if errs["2"] == nil {
			t.Fatalf("round %d: the corrupt party completed", round)
		}
		t.Logf("round %d: party 1: %v; party 2: %v", round, errs["1"], errs["2"])
	}
}

// TestSilentPartyTimesOut drops everything party 3 sends; the others time
// out naming it.
func TestSilentPartyTimesOut(t *testing.T) {
	cfgs, err := mpctest.Configs(5)
	if err != nil {
		t.Fatal(err)
	}
	net := mpc.NewMemNetwork(mpc.Fault{Kind: mpc.FaultDrop, From: "3"})
	defer net.Close()
	start := time.Now()
	_, errs := presignAll(t, net, cfgs, []party.ID{"1", "2", "3", "4"}, 3*time.Second)
	for _, id := range []party.ID{"1", "2", "4"} {
		var te *mpc.TimeoutError
		if !errors.As(errs[id], &te) || !slices.Equal(te.Silent, []party.ID{"3"}) {
			t.Fatalf("party %s got %v, want a timeout naming 3", id, errs[id])
		}
	}
	if errs["3"] == nil {
		t.Fatal("the silent party completed")
	}
	t.Logf("all returned after %v: %v", time.Since(start), errs["1"])
}

// TestSessionInputErrors covers bad sessions: no panic, clear errors.
func TestSessionInputErrors(t *testing.T) {
	cfgs, err := mpctest.Configs(3)
	if err != nil {
		t.Fatal(err)
	}
	net := mpc.NewMemNetwork()
	defer net.Close()
	ctx := context.Background()
	cases := []struct {
		name string
		s    mpc.Session
	}{
		{"empty ID", mpc.Session{Self: "1", Parties: []party.ID{"1", "2"}}},
		{"self not a party", mpc.Session{ID: "x", Self: "1", Parties: []party.ID{"2", "3"}}},
		{"unknown party ID", mpc.Session{ID: "x", Self: "1", Parties: []party.ID{"1", "peer-abc"}}},
		{"duplicate party", mpc.Session{ID: "x", Self: "1", Parties: []party.ID{"1", "1"}}},
		{"leading zero", mpc.Session{ID: "x", Self: "1", Parties: []party.ID{"1", "02"}}},
		{"one party", mpc.Session{ID: "x", Self: "1", Parties: []party.ID{"1"}}},
		{"too few signers", mpc.Session{ID: "x", Self: "1", Parties: []party.ID{"1", "9"}}},
		{"long ID", mpc.Session{ID: string(make([]byte, 300)), Self: "1", Parties: []party.ID{"1", "2"}}},
	}
	for _, c := range cases {
		if _, err := mpc.Presign(ctx, net.Transport("1"), c.s, cfgs["1"]); err == nil {
			t.Errorf("%s: presign accepted the session", c.name)
		}
	}
	if _, err := mpc.Presign(ctx, net.Transport("1"), mpc.Session{ID: "x", Self: "1", Parties: []party.ID{"1", "2"}}, nil); err == nil {
		t.Error("nil config accepted")
	}
	if _, err := mpc.Refresh(ctx, net.Transport("1"), mpc.Session{ID: "x", Self: "1", Parties: []party.ID{"1", "2"}}, cfgs["1"]); err == nil {
		t.Error("refresh with a partial party set accepted")
	}
}

func TestThreshold(t *testing.T) {
	for n, want := range map[int]int{1: 1, 2: 2, 3: 2, 4: 3, 5: 4, 6: 4, 7: 5, 10: 7, 100: 67} {
		if got := mpc.Threshold(n); got != want {
			t.Errorf("Threshold(%d) = %d, want %d", n, got, want)
		}
	}
}
