package signing

import (
	"bytes"
	"errors"

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
