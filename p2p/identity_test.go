package p2p_test

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

func TestIdentityCreatedOnceWithMode0600(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys", "identity.key")
	k1, err := p2p.LoadOrCreateIdentity(path)
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %#o, want 0600", st.Mode().Perm())
	}
	k2, err := p2p.LoadOrCreateIdentity(path)
	if err != nil {
		t.Fatal(err)
	}
	if !k1.Equals(k2) {
		t.Fatal("second start produced a different identity")
	}
	id1, _ := peer.IDFromPrivateKey(k1)
	id2, _ := peer.IDFromPrivateKey(k2)
	if id1 != id2 {
		t.Fatal("peer ID changed across restarts")
	}
}

func TestIdentityRejectsBadFiles(t *testing.T) {
	dir := t.TempDir()
	open := filepath.Join(dir, "open.key")
	if _, err := p2p.LoadOrCreateIdentity(open); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(open, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := p2p.LoadOrCreateIdentity(open); err == nil {
		t.Fatal("world-readable key file accepted")
	}
	garbage := filepath.Join(dir, "garbage.key")
	if err := os.WriteFile(garbage, []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := p2p.LoadOrCreateIdentity(garbage); err == nil {
		t.Fatal("garbage key file accepted")
	}
	big := filepath.Join(dir, "big.key")
	if err := os.WriteFile(big, make([]byte, 1<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := p2p.LoadOrCreateIdentity(big); err == nil {
		t.Fatal("oversized key file accepted")
	}
	if _, err := p2p.LoadOrCreateIdentity(dir); err == nil {
		t.Fatal("directory accepted as key file")
	}
}

func TestNodeSet(t *testing.T) {
	p1, p2 := peerOf(t, newKey(t)), peerOf(t, newKey(t))
	ns, err := p2p.NewNodeSet(4, map[party.ID]peer.ID{"2": p2, "1": p1})
	if err != nil {
		t.Fatal(err)
	}
	if ns.Epoch() != 4 || ns.Len() != 2 {
		t.Fatalf("epoch %d len %d", ns.Epoch(), ns.Len())
	}
	if got := ns.Parties(); got[0] != "1" || got[1] != "2" {
		t.Fatalf("parties %v", got)
	}
	if got := ns.Peers(); got[0] != p1 || got[1] != p2 {
		t.Fatalf("peers %v", got)
	}
	if id, ok := ns.Party(p2); !ok || id != "2" {
		t.Fatalf("Party(p2) = %q %v", id, ok)
	}
	if p, ok := ns.Peer("1"); !ok || p != p1 {
		t.Fatalf("Peer(1) = %s %v", p, ok)
	}
	outsider := peerOf(t, newKey(t))
	if ns.Contains(outsider) {
		t.Fatal("outsider is a member")
	}
	var empty *p2p.NodeSet
	if empty.Contains(p1) || empty.Len() != 0 || empty.Peers() != nil {
		t.Fatal("nil node set is not empty")
	}
	bad := []map[party.ID]peer.ID{
		{"0": p1},
		{"01": p1},
		{"x": p1},
		{"1": p1, "2": p1},
		{"1": peer.ID("junk")},
		{party.ID(strconv.Itoa(p2p.MaxNodes + 1)): p1},
	}
	for i, m := range bad {
		if _, err := p2p.NewNodeSet(1, m); err == nil {
			t.Errorf("case %d accepted", i)
		}
	}
}
