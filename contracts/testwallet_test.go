package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/contracts/bindings"
)

// TestTestWallet: the EIP-1271 test wallet returns the magic value for its
// owner's signature of the hash only (v as 0/1 or 27/28), and 0xffffffff for
// another key, another hash, a high-s copy and a short signature.
func TestTestWallet(t *testing.T) {
	e := newEnv(t, 2)
	owner, other := newKey(t), newKey(t)
	w, err := contracts.DeployTestWallet(e.ctx, e.users[0], crypto.PubkeyToAddress(owner.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	tw := bindings.NewTestWallet()
	inst := tw.Instance(e.client, w)
	hash := crypto.Keccak256([]byte("hello"))
	good, _ := crypto.Sign(hash, owner)
	good27 := append([]byte(nil), good...)
	good27[64] += 27
	bad, _ := crypto.Sign(hash, other)
	otherHash, _ := crypto.Sign(crypto.Keccak256([]byte("other")), owner)
	// The high-s twin of good: s' = n - s, v flipped. ecrecover accepts it.
	high := append([]byte(nil), good...)
	s := new(big.Int).SetBytes(high[32:64])
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(high[32:64])
	high[64] ^= 1
	magic := [4]byte{0x16, 0x26, 0xba, 0x7e}
	cases := []struct {
		name string
		sig  []byte
		want bool
	}{
		{"owner, v 0/1", good, true},
		{"owner, v 27/28", good27, true},
		{"other key", bad, false},
		{"owner, other hash", otherHash, false},
		{"high s", high, false},
		{"short", good[:64], false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := call(e, inst, tw.PackIsValidSignature([32]byte(hash), c.sig), tw.UnpackIsValidSignature)
			if (got == magic) != c.want {
				t.Fatalf("isValidSignature = %x, want magic %v", got, c.want)
			}
		})
	}
	if got := call(e, inst, tw.PackOwner(), tw.UnpackOwner); got != crypto.PubkeyToAddress(owner.PublicKey) {
		t.Fatalf("owner %s", got)
	}
}
