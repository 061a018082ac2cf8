package signing

import (
	"bytes"
	"errors"
	"sync"

	"filippo.io/edwards25519"
	"github.com/libp2p/go-libp2p/core/crypto"
	pb "github.com/libp2p/go-libp2p/core/crypto/pb"
)

// errWeakKey: an identity key that no signature may verify under.
var errWeakKey = errors.New("node identity key is not a canonical Ed25519 point of large order")

// CheckIdentityKey reports whether pk may carry node identity signatures:
// an Ed25519 key whose 32 bytes are the canonical encoding of a point that
// is not of small order (RFC 8032 strict decoding). crypto/ed25519, which
// verifies the signatures, accepts any decodable point; under a small-order
// key (the identity, for one) anybody can forge a signature on any message.
// The JS client refuses the same keys (js/src/ed25519.ts), so both name the
// same parties for the same shares.
func CheckIdentityKey(pk crypto.PubKey) error {
	if pk == nil || pk.Type() != pb.KeyType_Ed25519 {
		return errWeakKey
	}
	raw, err := pk.Raw()
	if err != nil || len(raw) != 32 {
		return errWeakKey
	}
	// Keys are few (the node set) and checked on every signature: decode
	// each once.
	k := [32]byte(raw)
	checked.mu.Lock()
	err, ok := checked.m[k]
	checked.mu.Unlock()
	if ok {
		return err
	}
	err = checkPoint(raw)
	checked.mu.Lock()
	if len(checked.m) >= maxCheckedKeys {
		clear(checked.m)
	}
	checked.m[k] = err
	checked.mu.Unlock()
	return err
}

// maxCheckedKeys bounds the cache of checked keys (a node set holds at most
// 64 nodes; a client may meet several networks).
const maxCheckedKeys = 1024

var checked = struct {
	mu sync.Mutex
	m  map[[32]byte]error
}{m: map[[32]byte]error{}}

func checkPoint(raw []byte) error {
	p, err := new(edwards25519.Point).SetBytes(raw)
	if err != nil || !bytes.Equal(p.Bytes(), raw) {
		return errWeakKey
	}
	if new(edwards25519.Point).MultByCofactor(p).Equal(edwards25519.NewIdentityPoint()) == 1 {
		return errWeakKey
	}
	return nil
}

// strictKey makes every signature under a key CheckIdentityKey refuses
// invalid, as if it did not verify: the signer of the object is then
// treated exactly as one whose signature is wrong.
func strictKey(pk crypto.PubKey) crypto.PubKey {
	if CheckIdentityKey(pk) != nil {
		return weakKey{pk}
	}
	return pk
}

type weakKey struct{ crypto.PubKey }

func (weakKey) Verify([]byte, []byte) (bool, error) { return false, errWeakKey }
