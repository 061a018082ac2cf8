package mpc_test

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/mpc"
)

var updateVectors = flag.Bool("update-vectors", false, "rewrite testdata/derive_vectors.json")

// DeriveVector is one entry of testdata/derive_vectors.json, the file the
// Solidity tests read too.
type DeriveVector struct {
	RootPub string `json:"rootPub"` // 0x, 33 bytes compressed
	KeyID   string `json:"keyId"`   // 0x, 32 bytes
	Tweak   string `json:"tweak"`   // 0x, 32 bytes
	Pubkey  string `json:"pubkey"`  // 0x, 33 bytes compressed
	Address string `json:"address"` // EIP-55
}

func vectorsFromSeed() []DeriveVector {
	var out []DeriveVector
	for i := 0; i < 8; i++ {
		// Deterministic root keys and key IDs, so the file is reproducible.
		sk := crypto.Keccak256([]byte("pkpnet/testvector/root"), []byte{byte(i)})
		var s secp256k1.ModNScalar
		s.SetByteSlice(sk)
		root := secp256k1.NewPrivateKey(&s).PubKey().SerializeCompressed()
		var kid mpc.KeyID
		copy(kid[:], crypto.Keccak256([]byte("pkpnet/testvector/keyid"), []byte{byte(i)}))
		if i == 0 {
			kid = mpc.KeyID{} // the all-zero key ID
		}
		tw, err := mpc.Tweak(root, kid)
		if err != nil {
			panic(err)
		}
		pub, err := mpc.DerivePubkey(root, kid)
		if err != nil {
			panic(err)
		}
		addr, _ := mpc.PubkeyAddress(pub)
		out = append(out, DeriveVector{
			RootPub: "0x" + hex.EncodeToString(root),
			KeyID:   "0x" + hex.EncodeToString(kid[:]),
			Tweak:   "0x" + hex.EncodeToString(tw[:]),
			Pubkey:  "0x" + hex.EncodeToString(pub),
			Address: addr.Hex(),
		})
	}
	return out
}

func TestDeriveVectors(t *testing.T) {
	const path = "testdata/derive_vectors.json"
	got := vectorsFromSeed()
	if *updateVectors {
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want []DeriveVector
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) != len(got) {
		t.Fatalf("vector count: file %d, computed %d", len(want), len(got))
	}
	for i := range want {
		if want[i] != got[i] {
			t.Errorf("vector %d: file %+v, computed %+v", i, want[i], got[i])
		}
		// Independent check: P_root + delta*G equals the public key of
		// (sk_root + delta), computed with plain scalar arithmetic.
		sk := crypto.Keccak256([]byte("pkpnet/testvector/root"), []byte{byte(i)})
		var x, d secp256k1.ModNScalar
		x.SetByteSlice(sk)
		tw, _ := hex.DecodeString(want[i].Tweak[2:])
		d.SetByteSlice(tw)
		x.Add(&d)
		priv := secp256k1.NewPrivateKey(&x)
		pub, _ := hex.DecodeString(want[i].Pubkey[2:])
		if !bytes.Equal(priv.PubKey().SerializeCompressed(), pub) {
			t.Errorf("vector %d: pubkey is not (x+delta)*G", i)
		}
		if a := crypto.PubkeyToAddress(*priv.ToECDSA().Public().(*ecdsa.PublicKey)); a != common.HexToAddress(want[i].Address) {
			t.Errorf("vector %d: address %s, want %s", i, want[i].Address, a.Hex())
		}
	}
}

func TestDeriveBadInput(t *testing.T) {
	cases := map[string][]byte{
		"empty":        nil,
		"short":        make([]byte, 32),
		"not on curve": append([]byte{0x02}, bytes.Repeat([]byte{0xff}, 32)...),
		"bad prefix":   append([]byte{0x05}, make([]byte, 32)...),
	}
	for name, root := range cases {
		if _, err := mpc.DerivePubkey(root, mpc.KeyID{}); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
