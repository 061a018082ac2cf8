package mpc_test

import (
	"encoding/hex"
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/cronokirby/saferith"
	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
)

var updateRerand = flag.Bool("update-rerand-vectors", false, "rewrite testdata/rerand_vectors.json")

// rerandVector pins the re-randomization hash and the entropy commit–reveal
// to the byte. Inputs: rootPub, keyId, hash, R, presigId, signers, nonces
// (one per signer, in signer order) and session; outputs: commits, entropy,
// rho, R' and r'.
type rerandVector struct {
	RootPub  string   `json:"rootPub"`
	KeyID    string   `json:"keyId"`
	Hash     string   `json:"hash"`
	R        string   `json:"R"`
	PresigID string   `json:"presigId"`
	Signers  []string `json:"signers"`
	Session  string   `json:"session"`
	Nonces   []string `json:"nonces"`
	Commits  []string `json:"commits"`
	Entropy  string   `json:"entropy"`
	Rho      string   `json:"rho"`
	RPrime   string   `json:"RPrime"`
	RX       string   `json:"r"`
}

func hx(b []byte) string { return "0x" + hex.EncodeToString(b) }

func unhx(t *testing.T, s string) []byte {
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// seeded returns keccak256(label) for deterministic vector inputs.
func seeded(label string) []byte { return crypto.Keccak256([]byte(label)) }

func computeVector(t *testing.T, v *rerandVector) {
	g := curve.Secp256k1{}
	var signers []party.ID
	for _, s := range v.Signers {
		signers = append(signers, party.ID(s))
	}
	R := g.NewPoint()
	if err := R.UnmarshalBinary(unhx(t, v.R)); err != nil {
		t.Fatal(err)
	}
	pub := &mpc.PresignPublic{ID: unhx(t, v.PresigID), R: R, Signers: signers,
		RBar: map[party.ID]curve.Point{}, S: map[party.ID]curve.Point{}}
	for _, id := range signers {
		pub.RBar[id], pub.S[id] = R, R // not hashed: any valid points
	}
	commits, reveals := map[party.ID][32]byte{}, map[party.ID][32]byte{}
	v.Commits = nil
	for i, id := range signers {
		var n [32]byte
		copy(n[:], unhx(t, v.Nonces[i]))
		reveals[id] = n
		c := mpc.EntropyCommit(v.Session, id, n)
		commits[id] = c
		v.Commits = append(v.Commits, hx(c[:]))
	}
	e, err := mpc.CombineEntropy(v.Session, signers, commits, reveals)
	if err != nil {
		t.Fatal(err)
	}
	v.Entropy = hx(e[:])
	var key mpc.KeyID
	copy(key[:], unhx(t, v.KeyID))
	req := mpc.SignRequest{RootPub: unhx(t, v.RootPub), KeyID: key, Hash: unhx(t, v.Hash), Entropy: e}
	rho, rp, r, err := mpc.Rerandomize(pub, req)
	if err != nil {
		t.Fatal(err)
	}
	v.Rho, v.RPrime, v.RX = hx(rho), hx(rp), hx(r)

	// The formulas of docs/crypto.md, spelled out independently.
	lp := func(b []byte) []byte {
		return append([]byte{byte(len(b) >> 24), byte(len(b) >> 16), byte(len(b) >> 8), byte(len(b))}, b...)
	}
	ent := append(lp([]byte("pkpnet/entropy/v1")), lp([]byte(v.Session))...)
	for i, id := range signers { // the vectors list signers sorted
		n := unhx(t, v.Nonces[i])
		c := crypto.Keccak256(lp([]byte("pkpnet/entropy/commit/v1")), lp([]byte(v.Session)), lp([]byte(id)), n)
		if hx(c) != v.Commits[i] {
			t.Fatalf("commit of %s differs from the documented formula", id)
		}
		ent = append(append(ent, lp([]byte(id))...), n...)
	}
	if hx(crypto.Keccak256(ent)) != v.Entropy {
		t.Fatal("entropy differs from the documented formula")
	}
	tweak, err := mpc.Tweak(req.RootPub, key)
	if err != nil {
		t.Fatal(err)
	}
	msg := []byte("pkpnet/rerand/v1")
	msg = append(msg, req.RootPub...)
	msg = append(msg, tweak[:]...)
	msg = append(msg, req.Hash...)
	msg = append(msg, unhx(t, v.R)...)
	msg = append(msg, pub.ID...)
	msg = append(msg, byte(len(signers)>>8), byte(len(signers)))
	for _, id := range signers {
		msg = append(msg, byte(len(id)))
		msg = append(msg, id...)
	}
	msg = append(msg, e[:]...)
	want := new(big.Int).SetBytes(crypto.Keccak256(msg))
	want.Mod(want, crypto.S256().Params().N)
	if new(big.Int).SetBytes(rho).Cmp(want) != 0 {
		t.Fatalf("rho %x differs from the documented formula %x", rho, want)
	}
	// R' = rho*R, r' = x(R') (mod q).
	Rpk, err := secp256k1.ParsePubKey(unhx(t, v.R))
	if err != nil {
		t.Fatal(err)
	}
	var k secp256k1.ModNScalar
	k.SetByteSlice(rho)
	var J, out secp256k1.JacobianPoint
	Rpk.AsJacobian(&J)
	secp256k1.ScalarMultNonConst(&k, &J, &out)
	out.ToAffine()
	var xr secp256k1.ModNScalar
	xr.SetByteSlice(out.X.Bytes()[:])
	if xb := xr.Bytes(); hx(xb[:]) != hx(r) {
		t.Fatalf("r' differs from x(rho*R)")
	}
}

func TestRerandVectors(t *testing.T) {
	const path = "testdata/rerand_vectors.json"
	if *updateRerand {
		g := curve.Secp256k1{}
		var vs []rerandVector
		for i, signers := range [][]string{{"1", "2"}, {"2", "3"}, {"1", "3", "4", "5"}, {"1", "2", "3", "4", "5", "6", "7"}} {
			label := func(s string) []byte { return seeded("pkpnet/vectors/" + s + "/" + string(rune('0'+i))) }
			root, _ := g.NewScalar().SetNat(natOf(label("root"))).ActOnBase().MarshalBinary()
			R, _ := g.NewScalar().SetNat(natOf(label("k"))).ActOnBase().MarshalBinary()
			v := rerandVector{RootPub: hx(root), KeyID: hx(label("keyId")), Hash: hx(label("hash")), R: hx(R),
				PresigID: hx(label("presigId")), Signers: signers, Session: "vector-session-" + string(rune('0'+i))}
			for _, s := range signers {
				v.Nonces = append(v.Nonces, hx(label("nonce"+s)))
			}
			computeVector(t, &v)
			vs = append(vs, v)
		}
		b, _ := json.MarshalIndent(vs, "", "  ")
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var vs []rerandVector
	if err := json.Unmarshal(b, &vs); err != nil {
		t.Fatal(err)
	}
	if len(vs) == 0 {
		t.Fatal("no vectors")
	}
	for i, want := range vs {
		got := want
		computeVector(t, &got)
		gj, _ := json.Marshal(got)
		wj, _ := json.Marshal(want)
		if string(gj) != string(wj) {
			t.Errorf("vector %d:\n got %s\nwant %s", i, gj, wj)
		}
	}
}

func natOf(b []byte) *saferith.Nat { return new(saferith.Nat).SetBytes(b) }
