package node

import (
	"strings"
	"testing"
)

// TestCheckDevFault: the TEST ONLY fault is refused on any chain but a dev
// chain, and unknown faults are refused everywhere.
func TestCheckDevFault(t *testing.T) {
	cases := []struct {
		fault   string
		chainID uint64
		wantErr string
	}{
		{"", 1, ""},
		{"", DevChainID, ""},
		{DevFaultBadShare, DevChainID, ""},
		{DevFaultBadShare, 1, "refused on chain 1"},
		{DevFaultBadShare, 11155111, "refused on chain 11155111"},
		{"silent", DevChainID, "the only test fault"},
	}
	for _, c := range cases {
		err := checkDevFault(c.fault, c.chainID)
		if c.wantErr == "" && err != nil || c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)) {
			t.Errorf("checkDevFault(%q, %d) = %v, want %q", c.fault, c.chainID, err, c.wantErr)
		}
	}
}
