package signing_test

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node/signing"
)

func TestAgreePresign(t *testing.T) {
	for _, tc := range []struct {
		name   string
		forger party.ID // signs other public data
	}{
		{"all agree", ""},
		{"one party signs forged public data", "2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, 7)
			p := h.Presigs[0]
			var mu sync.Mutex
			ags, errs := map[party.ID]signing.Agreement{}, map[party.ID]error{}
			var wg sync.WaitGroup
			for _, id := range p.Signers {
				pub, err := mpc.PublicOf(p.Shares[id])
				if err != nil {
					t.Fatal(err)
				}
				if id == tc.forger {
					forged := *pub
					forged.R = pub.RBar[id]
					pub = &forged
				}
				wg.Go(func() {
					s := mpc.Session{ID: "presign/x/agree", Topic: "presign", Self: id, Parties: p.Signers, RoundTimeout: roundTimeout}
					ctx, cancel := context.WithCancel(context.Background())
					defer cancel()
					ag, err := signing.AgreePresign(ctx, h.Net.Transport(id), s, h.Keys[id], h.Ring, pub)
					mu.Lock()
					ags[id], errs[id] = ag, err
					mu.Unlock()
				})
			}
			wg.Wait()
			pub, _ := mpc.PublicOf(p.Shares[p.Signers[0]])
			for _, id := range p.Signers {
				if id == tc.forger {
					continue
				}
				if tc.forger == "" {
					if errs[id] != nil {
						t.Fatalf("party %s: %v", id, errs[id])
					}
					bad, err := signing.VerifyAgreement(pub, ags[id], h.Ring)
					if err != nil || len(bad) != 0 {
						t.Fatalf("party %s's agreement: bad %v, %v", id, bad, err)
					}
					continue
				}
				who, _ := named(errs[id])
				if errs[id] == nil || !slices.Equal(who, []party.ID{tc.forger}) {
					t.Fatalf("party %s: got %v, want an error naming %s", id, errs[id], tc.forger)
				}
			}
		})
	}
}

// TestOnDemand: without a stored presignature the signer set presigns on
// demand, agrees on the fresh public data and signs; the client's check
// accepts the agreement and the signature recovers to the PKP.
func TestOnDemand(t *testing.T) {
	if testing.Short() {
		t.Skip("runs CMP presign")
	}
	h := newHarness(t, 3)
	h.OnDemand = true
	hash := randHash(t)
	o := h.Sign("1", mpc.PartyIDs(3), nil, hash)
	for id, err := range o.Errs {
		if err != nil {
			t.Fatalf("party %s: %v", id, err)
		}
	}
	shares := o.Shares()
	if len(shares) != 2 || !o.Res[party.ID(shares[0].Party)].OnDemand {
		t.Fatalf("%d shares, on demand %v", len(shares), o.Res)
	}
	if len(shares[0].PresignSigs) != 2 {
		t.Fatalf("agreement of %d signers", len(shares[0].PresignSigs))
	}
	v := h.Verify(o, hash)
	if v.Signature == nil {
		t.Fatal(v.Err())
	}
	if v.Assignment == nil || !v.Assignment.OnDemand {
		t.Fatalf("outcome's assignment %+v, want the on-demand one", v.Assignment)
	}
	h.CheckSignature(v.Signature, hash)
}
