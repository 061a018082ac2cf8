package chainwatch_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pkpnet/pkpnet/chainwatch"
)

func TestActionID(t *testing.T) {
	// "hello world\n" added with `ipfs add --cid-version=0`; its multihash is sha2-256
	// (0x12), 32 bytes (0x20), then the digest.
	const v0 = "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"
	mh, err := chainwatch.ActionID(v0)
	if err != nil {
		t.Fatal(err)
	}
	if len(mh) != 34 || mh[0] != 0x12 || mh[1] != 0x20 {
		t.Fatalf("multihash %x", mh)
	}
	// The same content as CIDv1 (dag-pb, base32) has the same multihash.
	const v1 = "bafybeicg2rebjoofv4kbyovkw7af3rpiitvnl6i7ckcywaq6xjcxnc2mby"
	mh1, err := chainwatch.ActionID(v1)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(mh, mh1) {
		t.Fatalf("v0 %x v1 %x", mh, mh1)
	}
	for _, bad := range []string{"", "Qm", "not a cid", strings.Repeat("Q", 300)} {
		if _, err := chainwatch.ActionID(bad); err == nil {
			t.Errorf("ActionID(%q) accepted", bad)
		}
	}
}
