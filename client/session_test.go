package client

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	libcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/wire"
)

func testPeer(t *testing.T) peer.ID {
	t.Helper()
	_, pub, err := libcrypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// TestSignPerNode: each node gets its own session signature, which verifies
// at that node only, and over the body as it travels on the wire (jsParams
// compacted by the JSON encoder).
func TestSignPerNode(t *testing.T) {
	key, _ := crypto.GenerateKey()
	c := &Client{cfg: Config{Network: "devnet", Key: key, RequestWindow: DefaultRequestWindow, SessionLifetime: time.Hour}, chainID: 1337}
	s, err := c.Session()
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := c.Session(); again != s {
		t.Fatal("the client created a second session while the first is valid")
	}
	nodes := []NodeStatus{{Node: Node{Party: "1", PeerID: testPeer(t)}}, {Node: Node{Party: "2", PeerID: testPeer(t)}}}
	jp, _ := json.Marshal(json.RawMessage(`{ "a" : "<b>" }`)) // what Execute sends
	req := &wire.ExecuteRequest{Common: wire.Common{RequestID: "req-12345678", Epoch: 1, Coordinator: "1", Nodes: []string{"1", "2"}},
		Code: "x", JSParams: jp}
	signed, err := c.signPerNode(s, wire.ExecuteProtocol, req, nodes)
	if err != nil {
		t.Fatal(err)
	}
	for i, n := range nodes {
		// As the node sees it: decoded from the JSON the client sends.
		b, _ := json.Marshal(signed[i])
		var got wire.ExecuteRequest
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		for j, m := range nodes {
			v := &auth.Verifier{Network: "devnet", ChainID: 1337, PeerID: []byte(m.PeerID)}
			_, err := v.Verify(context.Background(), &got.Session, string(wire.ExecuteProtocol), got.RequestID, got.Body().Hash())
			if (err == nil) != (i == j) {
				t.Fatalf("signature for node %s at node %s: %v", n.Party, m.Party, err)
			}
		}
	}
	if signed[0].(*wire.ExecuteRequest).Session.Sig == signed[1].(*wire.ExecuteRequest).Session.Sig {
		t.Fatal("two nodes got the same signature")
	}
}
