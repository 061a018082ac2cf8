package client

import (
	"bytes"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/wire"
)

// FuzzCombineShares feeds arbitrary node answers to the share decoder and
// combiner: it must never panic, and never return a signature for shares it
// cannot verify.
func FuzzCombineShares(f *testing.F) {
	root := "02" + strings.Repeat("11", 32)
	f.Add("sig", "1", "0x"+root, "0x"+strings.Repeat("ab", 32), "0x"+strings.Repeat("cd", 32), "0x"+strings.Repeat("00", 32), "1,2", "0x0102", "0x"+strings.Repeat("ef", 32), "0x"+strings.Repeat("01", 32), "1")
	f.Add("", "", "", "", "", "", "", "", "", "", "")
	f.Add("x", "9", "zz", "0x", "0x12", "0x", "2,1,1", "0x", "0x", "0x", "2")
	f.Fuzz(func(t *testing.T, name, tok, pub, keyID, hash, ent, signers, presign, presignID, sigma, party string) {
		sh := wire.SignatureShare{
			SigName: name, TokenID: tok, PubKey: pub, KeyID: keyID, Hash: hash, Entropy: ent,
			Signers: strings.Split(signers, ","), Presign: presign, PresignID: presignID, Sigma: sigma, Party: party,
		}
		other := sh
		other.Party = "2"
		answers := []nodeAnswer{
			{st: NodeStatus{Node: Node{Party: party}}, resp: &wire.Response{Party: party, Shares: []wire.SignatureShare{sh}}},
			{st: NodeStatus{Node: Node{Party: "2"}}, resp: &wire.Response{Party: "2", Shares: []wire.SignatureShare{other}}},
		}
		rootPub := make([]byte, 33)
		rootPub[0] = 2
		rootPub[32] = 1
		res, _, err := combineAnswers(answers, rootPub, nil, 1)
		if err == nil && len(res.Signatures) > 0 {
			t.Fatalf("combined a signature from fuzzed shares: %+v", res.Signatures)
		}
	})
}

// FuzzCheckRootKey feeds arbitrary handshake root keys to the comparison:
// it never panics, and accepts only the same point.
func FuzzCheckRootKey(f *testing.F) {
	want, _ := hex.DecodeString("02" + "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")
	f.Add("0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")
	f.Add("0X0279BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798")
	f.Add("")
	f.Add("04zz")
	f.Fuzz(func(t *testing.T, reported string) {
		if checkRootKey(reported, want) != nil {
			return
		}
		b, err := hex.DecodeString(trim0x(reported))
		if err != nil {
			t.Fatalf("accepted non-hex %q", reported)
		}
		got, err := mpc.ParsePubkey(b)
		if err != nil || !bytes.Equal(got.SerializeCompressed(), want) {
			t.Fatalf("accepted another key %q", reported)
		}
	})
}
