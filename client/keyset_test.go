package client

import (
	"bytes"
	"testing"

	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc/mpctest"
	"github.com/pkpnet/pkpnet/tdec"
)

// TestDecodeKeySetRegistryOrder: the registry lists a node that took a
// freed party number after the others (node 5 replacing node 4 gets party
// 2, listed last); the on-chain key set holds the public shares in party
// order, and the client must read each at its own party, whatever the
// registry's order. A key set whose shares are out of party order is
// still refused.
func TestDecodeKeySetRegistryOrder(t *testing.T) {
	shares, _ := mpctest.EncShares(t, []party.ID{"1", "2", "3", "10"})
	set := shares["1"].Set
	raw := tdec.EncodeKeySet(&set)
	cases := []struct {
		name  string
		order []string
	}{
		{"party order", []string{"1", "2", "3", "10"}},
		{"freed party listed last", []string{"1", "3", "10", "2"}},
		{"reversed", []string{"10", "3", "2", "1"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			nodes := make([]Node, len(c.order))
			for i, p := range c.order {
				nodes[i] = Node{Party: p}
			}
			got, err := decodeKeySet(raw, nodes)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if !bytes.Equal(tdec.EncodeKeySet(got), raw) || got.Threshold != set.Threshold {
				t.Fatal("decoded key set differs from the encoded one")
			}
			for id, x := range set.Shares {
				if !bytes.Equal(got.Shares[id], x) {
					t.Fatalf("public share of %s read at another party", id)
				}
			}
		})
	}
	// Shares 2 and 3 swapped on chain: not on the key's polynomial.
	bad := bytes.Clone(raw)
	p2, p3 := bad[2*tdec.PointLen:3*tdec.PointLen], bad[3*tdec.PointLen:4*tdec.PointLen]
	tmp := bytes.Clone(p2)
	copy(p2, p3)
	copy(p3, tmp)
	if _, err := decodeKeySet(bad, []Node{{Party: "1"}, {Party: "2"}, {Party: "3"}, {Party: "10"}}); err == nil {
		t.Fatal("key set with shares out of party order accepted")
	}
}
