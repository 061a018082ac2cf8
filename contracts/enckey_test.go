package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/pkpnet/pkpnet/contracts"
)

func keySetOf(t *testing.T, n int) []byte {
	var b []byte
	for i := 0; i <= n; i++ {
		b = append(b, rootKey(t)...)
	}
	return b
}

// TestEncryptionKeyVoting: the encryption key set activates with T of n
// votes of the same set, only nodes vote, a set of the wrong size or with a
// bad key is refused, and a later epoch must keep the key P.
func TestEncryptionKeyVoting(t *testing.T) {
	e := newEnv(t, 5)
	u := e.users
	for i := 0; i < 4; i++ { // n = 4, T = 3
		e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(u[i].From(), []byte{byte(i + 1)}, nil), nil)
	}
	set, other := keySetOf(t, 4), keySetOf(t, 4)
	active := func(ep int64) []byte {
		return call(e, e.router, contracts.RouterABI.PackEncryptionKeySet(big.NewInt(ep)), contracts.RouterABI.UnpackEncryptionKeySet)
	}
	e.mustRevert(u[4], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteEncryptionKey(set), nil, "NotANode")
	e.mustRevert(u[0], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteEncryptionKey(set[:33*4]), nil, "BadEncryptionKeySet")
	bad := bytes.Clone(set)
	bad[0] = 4
	e.mustRevert(u[0], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteEncryptionKey(bad), nil, "BadEncryptionKeySet")

	e.send(u[0], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteEncryptionKey(set), nil)
	e.mustRevert(u[0], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteEncryptionKey(set), nil, "AlreadyVoted")
	e.send(u[1], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteEncryptionKey(other), nil)
	e.send(u[2], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteEncryptionKey(set), nil)
	if len(active(4)) != 0 {
		t.Fatal("active after 2 of 3 needed votes")
	}
	e.send(u[1], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteEncryptionKey(set), nil) // re-vote
	if !bytes.Equal(active(4), set) {
		t.Fatal("not active after T votes")
	}
	if v := call(e, e.router, contracts.RouterABI.PackEncryptionVoteOf(big.NewInt(4), u[1].From()), contracts.RouterABI.UnpackEncryptionVoteOf); v != crypto.Keccak256Hash(set) {
		t.Fatalf("encryptionVoteOf %x", v)
	}
	if k := call(e, e.router, contracts.RouterABI.PackEncryptionKey(), contracts.RouterABI.UnpackEncryptionKey); !bytes.Equal(k, set[:33]) {
		t.Fatalf("encryptionKey %x", k)
	}
	if ep := call(e, e.router, contracts.RouterABI.PackEncryptionKeyEpoch(), contracts.RouterABI.UnpackEncryptionKeyEpoch); ep.Int64() != 4 {
		t.Fatalf("encryptionKeyEpoch %d", ep)
	}
	// Next epoch (n = 3): the key P stays, the public shares change.
	e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackRemoveNode(u[3].From()), nil)
	e.mustRevert(u[0], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteEncryptionKey(other[:33*4]), nil, "EncryptionKeyMismatch")
	next := append(bytes.Clone(set[:33]), keySetOf(t, 2)...)
	e.send(u[0], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteEncryptionKey(next), nil)
	e.send(u[1], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteEncryptionKey(next), nil)
	if !bytes.Equal(active(5), next) || !bytes.Equal(active(4), set) {
		t.Fatal("epoch 5 set not active or epoch 4 set lost")
	}
}
