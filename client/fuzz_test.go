package client

import (
	"strings"
	"testing"

	"github.com/pkpnet/pkpnet/node/api"
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
		sh := api.SignatureShare{
			SigName: name, TokenID: tok, PubKey: pub, KeyID: keyID, Hash: hash, Entropy: ent,
			Signers: strings.Split(signers, ","), Presign: presign, PresignID: presignID, Sigma: sigma, Party: party,
		}
		other := sh
		other.Party = "2"
		answers := []nodeAnswer{
			{st: NodeStatus{Node: Node{Party: party}}, resp: &api.Response{Party: party, Shares: []api.SignatureShare{sh}}},
			{st: NodeStatus{Node: Node{Party: "2"}}, resp: &api.Response{Party: "2", Shares: []api.SignatureShare{other}}},
		}
		rootPub := make([]byte, 33)
		rootPub[0] = 2
		rootPub[32] = 1
		res, _, err := combineAnswers(answers, rootPub, nil)
		if err == nil && len(res.Signatures) > 0 {
			t.Fatalf("combined a signature from fuzzed shares: %+v", res.Signatures)
		}
	})
}
