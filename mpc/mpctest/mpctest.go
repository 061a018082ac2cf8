// Package mpctest owns pkpnet's precomputed threshold-ECDSA test fixtures:
// CMP root key configs for n=3, 5, 7 and 10 (party IDs "1".."n") and a stock of
// root presignatures, embedded so that tests need not run keygen or presign.
// The keys are test keys: never use them outside tests.
//
// Regenerate with `go run ./mpc/mpctest/gen` from the module root
// (about 2–3 minutes on 2 cores for n=3 and n=5; `-sizes 7` adds n=7 alone
// in about 4 minutes; `-sizes 10` adds n=10 alone, 4 minutes of keygen and
// 1-5 minutes per presignature of 7 parties on a loaded 2-core machine).
package mpctest

import (
	"crypto/rand"
	"embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/taurusgroup/multi-party-sig/pkg/ecdsa"
	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/math/polynomial"
	"github.com/taurusgroup/multi-party-sig/pkg/math/sample"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp/config"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/sharestore"
	"github.com/pkpnet/pkpnet/tdec"
)

//go:embed testdata/*.json
var files embed.FS

// File is the JSON layout of testdata/n<N>.json.
type File struct {
	N       int               `json:"n"`
	Configs map[string]string `json:"configs"` // party ID -> base64 cmp config
	Presigs []FilePresig      `json:"presigs"`
}

// FilePresig is one presignature: its signer set and each signer's share.
type FilePresig struct {
	Signers []string          `json:"signers"`
	Shares  map[string]string `json:"shares"` // party ID -> base64 mpc.MarshalPresign
}

// Presig is one root presignature held by its signer set.
type Presig struct {
	Signers []party.ID
	Shares  map[party.ID]*ecdsa.PreSignature
}

// Sizes lists the n for which fixtures exist.
var Sizes = []int{3, 5, 7, 10}

func load(n int) (*File, error) {
	b, err := files.ReadFile(fmt.Sprintf("testdata/n%d.json", n))
	if err != nil {
		return nil, fmt.Errorf("mpctest: no fixture for n=%d", n)
	}
	var f File
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("mpctest: n=%d: %w", n, err)
	}
	return &f, nil
}

// Configs returns freshly decoded root key configs of the n=3, 5 or 7 test
// network, keyed by party ID.
func Configs(n int) (map[party.ID]*config.Config, error) {
	f, err := load(n)
	if err != nil {
		return nil, err
	}
	out := make(map[party.ID]*config.Config, len(f.Configs))
	for id, s := range f.Configs {
		b, err := base64.StdEncoding.DecodeString(s)
		if err != nil {
			return nil, fmt.Errorf("mpctest: config %s: %w", id, err)
		}
		cfg := cmp.EmptyConfig(curve.Secp256k1{})
		if err := cfg.UnmarshalBinary(b); err != nil {
			return nil, fmt.Errorf("mpctest: config %s: %w", id, err)
		}
		out[party.ID(id)] = cfg
	}
	return out, nil
}

// Presigs returns freshly decoded root presignatures of the n=3, 5 or 7 test
// network (made for the key of Configs(n)). There are 60 for n=3, spread
// over the signer sets {1,2}, {1,3} and {2,3}, and 8 for n=5 with signers
// {1,2,3,4}, 9 for n=7 spread over {1,2,3,4,5}, {2,3,4,5,6} and
// {1,3,4,5,6}, and 4 for n=10: two for {1,...,6,10}, one each for
// {4,...,10} and {2,...,7,10} (sets with party 10 beside lower parties).
func Presigs(n int) ([]Presig, error) {
	f, err := load(n)
	if err != nil {
		return nil, err
	}
	out := make([]Presig, 0, len(f.Presigs))
	for i, fp := range f.Presigs {
		p := Presig{Shares: map[party.ID]*ecdsa.PreSignature{}}
		for _, s := range fp.Signers {
			p.Signers = append(p.Signers, party.ID(s))
		}
		for id, s := range fp.Shares {
			b, err := base64.StdEncoding.DecodeString(s)
			if err != nil {
				return nil, fmt.Errorf("mpctest: presig %d/%s: %w", i, id, err)
			}
			pre, err := mpc.UnmarshalPresign(b)
			if err != nil {
				return nil, fmt.Errorf("mpctest: presig %d/%s: %w", i, id, err)
			}
			p.Shares[party.ID(id)] = pre
		}
		out = append(out, p)
	}
	return out, nil
}

// OpenStore opens (creating it) a bbolt file at path and the share store in
// it under pass, failing t on error.
func OpenStore(t testing.TB, path, pass string) (*bbolt.DB, *sharestore.Store) {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := sharestore.Open(db, []byte(pass))
	if err != nil {
		db.Close()
		t.Fatal(err)
	}
	return db, s
}

// Load returns Configs(n) and Presigs(n), failing t on error.
func Load(t testing.TB, n int) (map[party.ID]*config.Config, []Presig) {
	t.Helper()
	cfgs, err := Configs(n)
	if err != nil {
		t.Fatal(err)
	}
	pres, err := Presigs(n)
	if err != nil {
		t.Fatal(err)
	}
	return cfgs, pres
}

// Answers runs the online step (mpc.SignShare) of every holder of pres for
// req, in party order, and returns their answers, failing t on error.
func Answers(t testing.TB, pres map[party.ID]*ecdsa.PreSignature, req mpc.SignRequest) []mpc.Answer {
	t.Helper()
	ids := make([]party.ID, 0, len(pres))
	for id := range pres {
		ids = append(ids, id)
	}
	var out []mpc.Answer
	for _, id := range mpc.SortParties(ids) {
		sh, pub, err := mpc.SignShare(pres[id], id, req)
		if err != nil {
			t.Fatalf("party %s share: %v", id, err)
		}
		out = append(out, mpc.Answer{Share: sh, Public: pub})
	}
	return out
}

// EncShares deals Shamir shares of a random encryption key among ids with
// threshold mpc.Threshold(len(ids)), as the genesis DKG leaves them.
func EncShares(t testing.TB, ids []party.ID) (map[party.ID]*tdec.KeyShare, []byte) {
	t.Helper()
	group := curve.Secp256k1{}
	secret := sample.Scalar(rand.Reader, group)
	poly := polynomial.NewPolynomial(group, mpc.Threshold(len(ids))-1, secret)
	pub, err := secret.ActOnBase().MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	set := tdec.KeySet{Public: pub, Threshold: mpc.Threshold(len(ids)), Shares: map[string][]byte{}}
	secrets := map[party.ID][]byte{}
	for _, id := range ids {
		x := poly.Evaluate(id.Scalar(group))
		if set.Shares[string(id)], err = x.ActOnBase().MarshalBinary(); err != nil {
			t.Fatal(err)
		}
		if secrets[id], err = x.MarshalBinary(); err != nil {
			t.Fatal(err)
		}
	}
	out := map[party.ID]*tdec.KeyShare{}
	for _, id := range ids {
		if out[id], err = tdec.NewKeyShare(string(id), secrets[id], set); err != nil {
			t.Fatal(err)
		}
	}
	return out, pub
}
