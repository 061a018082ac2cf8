package mpctest_test

import (
	"bytes"
	"testing"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/mpctest"
)

func TestFixtures(t *testing.T) {
	for _, n := range mpctest.Sizes {
		cfgs, err := mpctest.Configs(n)
		if err != nil {
			t.Fatal(err)
		}
		if len(cfgs) != n {
			t.Fatalf("n=%d: %d configs", n, len(cfgs))
		}
		var root []byte
		for _, id := range mpc.PartyIDs(n) {
			cfg := cfgs[id]
			if cfg == nil || cfg.ID != id {
				t.Fatalf("n=%d: config for %s missing or mislabelled", n, id)
			}
			if cfg.Threshold != mpc.Threshold(n)-1 {
				t.Fatalf("n=%d: threshold %d, want %d", n, cfg.Threshold, mpc.Threshold(n)-1)
			}
			pub, err := mpc.RootPubkey(cfg)
			if err != nil {
				t.Fatal(err)
			}
			if root != nil && !bytes.Equal(root, pub) {
				t.Fatalf("n=%d: parties disagree on the root key", n)
			}
			root = pub
		}
		pres, err := mpctest.Presigs(n)
		if err != nil {
			t.Fatal(err)
		}
		if len(pres) == 0 {
			t.Fatalf("n=%d: no presignatures", n)
		}
		for i, p := range pres {
			if len(p.Signers) != mpc.Threshold(n) || len(p.Shares) != len(p.Signers) {
				t.Fatalf("n=%d presig %d: %d signers, %d shares", n, i, len(p.Signers), len(p.Shares))
			}
		}
	}
	if _, err := mpctest.Configs(4); err == nil {
		t.Fatal("Configs(4) succeeded without a fixture")
	}
}
