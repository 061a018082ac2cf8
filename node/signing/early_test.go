package signing_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node/signing/signingtest"
)

// silentNode sends nothing at all: not even its ready message.
func silentNode(mpc.Envelope) []mpc.Envelope { return nil }

// TestCoordinatorDoesNotWaitForSlowNodes: the coordinator assigns as soon as
// the nodes that are ready hold a signer set with a pooled presignature. A
// node that never answers (still running the action, far away, or down)
// does not hold the request until the ready deadline, here 10 minutes: the
// honest runs would end only by the harness's 5-minute safety net if the
// coordinator waited for it.
func TestCoordinatorDoesNotWaitForSlowNodes(t *testing.T) {
	for _, n := range []int{3, 7} {
		t.Run(fmt.Sprintf("n=%d", n), func(t *testing.T) {
			h := newHarness(t, n)
			h.ReadyWait = 10 * time.Minute
			nodes := mpc.PartyIDs(n)
			tt := mpc.Threshold(n)
			set := nodes[:tt] // coordinator 1 and the next T-1
			h.Pools["1"].Early = true
			h.GivePresign("1", set...)
			slow := nodes[tt:] // every node outside the set is silent
			for _, q := range slow {
				h.Wrap[q] = func(tr mpc.Transport) mpc.Transport {
					return signingtest.Wrap(tr, &signingtest.Behaviour{Send: silentNode})
				}
			}
			hash := randHash(t)
			out := h.Sign("1", nodes, slow, hash)
			for _, q := range set {
				if err := out.Errs[q]; err != nil {
					t.Fatalf("signer %s: %v", q, err)
				}
			}
			v := h.Verify(out, hash)
			if v.Signature == nil {
				t.Fatalf("no signature: %v", v.Err())
			}
			h.CheckSignature(v.Signature, hash)
			if v.Assignment == nil || !slices.Equal(v.Assignment.Signers, set) {
				t.Fatalf("assignment %+v, want signers %v", v.Assignment, set)
			}
		})
	}
}
