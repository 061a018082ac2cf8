package node

import (
	"github.com/libp2p/go-libp2p/core/crypto"
)

// SecretsForTest returns byte strings that must never leave the node: its
// root key share's secret scalar and its libp2p identity key.
func SecretsForTest(n *Node) [][]byte {
	var out [][]byte
	n.rootMu.RLock()
	if n.root != nil {
		if b, err := n.root.ECDSA.MarshalBinary(); err == nil {
			out = append(out, b)
		}
	}
	n.rootMu.RUnlock()
	if raw, err := crypto.MarshalPrivateKey(n.identity); err == nil {
		out = append(out, raw)
	}
	if raw, err := n.identity.Raw(); err == nil {
		out = append(out, raw[:32])
	}
	return out
}
