package mpc_test

import (
	"context"
	"testing"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/ecdsa"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp/config"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/mpctest"
)

// TestOnDemandAndDerivedShares signs through the on-demand path for a
// signer sets, and signs with derived signing shares (DeriveConfig) through
// an ordinary CMP presignature of the PKP key.
func TestOnDemandAndDerivedShares(t *testing.T) {
	cfgs, err := mpctest.Configs(3)
	if err != nil {
		t.Fatal(err)
	}
	root, _ := mpc.RootPubkey(cfgs["1"])
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute*timeScale)
	defer cancel()
	net := mpc.NewMemNetwork()
	defer net.Close()

	type result struct {
		share mpc.Share
		pub   *mpc.PresignPublic
	}
	for _, signers := range [][]party.ID{{"2", "3"}} {
		key, hash := randKeyID(t), randHash(t)
		sid := mpc.NewSessionID("pkp/1")
		req := mpc.SignRequest{RootPub: root, KeyID: key, Hash: hash, Entropy: agreeEntropy(t, sid, signers)}
		res, errs := runAll(signers, func(id party.ID) (result, error) {
			sh, pub, err := mpc.SignOnDemand(ctx, net.Transport(id), mpc.Session{ID: sid, Topic: "pkp/1", Self: id, Parties: signers}, cfgs[id], req)
			return result{sh, pub}, err
		})
		if len(errs) > 0 {
			t.Fatalf("on demand %v: %v", signers, errs)
		}
		var answers []mpc.Answer
		for _, id := range signers {
			answers = append(answers, mpc.Answer{Share: res[id].share, Public: res[id].pub})
		}
		sig, err := mpc.CombineAnswers(req, answers)
		if err != nil {
			t.Fatal(err)
		}
		checkEcrecover(t, root, key, hash, sig)
	}

	// Derived signing shares sign for the PKP key with plain CMP.
	key, hash := randKeyID(t), randHash(t)
	signers := []party.ID{"1", "3"}
	derived := map[party.ID]*config.Config{}
	for _, id := range signers {
		if derived[id], err = mpc.DeriveConfig(cfgs[id], key); err != nil {
			t.Fatal(err)
		}
	}
	sid := mpc.NewSessionID("presign")
	pres, errs := runAll(signers, func(id party.ID) (*ecdsa.PreSignature, error) {
		return mpc.Presign(ctx, net.Transport(id), mpc.Session{ID: sid, Self: id, Parties: signers}, derived[id])
	})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	shares := map[party.ID]ecdsa.SignatureShare{}
	for _, id := range signers {
		shares[id] = pres[id].SignatureShare(hash)
	}
	sig := pres["1"].Signature(shares)
	if !sig.Verify(derived["1"].PublicPoint(), hash) {
		t.Fatal("signature by derived shares does not verify for the PKP key")
	}
	want, _ := mpc.DerivePubkey(root, key)
	got, _ := derived["3"].PublicPoint().MarshalBinary()
	if string(got) != string(want) {
		t.Fatal("derived config key is not the PKP key")
	}
}
