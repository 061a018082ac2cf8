package mpc_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/mpctest"
)

func fixturePresign(t testing.TB) ([]byte, []byte) {
	pres, err := mpctest.Presigs(3)
	if err != nil {
		t.Fatal(err)
	}
	pre := pres[0].Shares[pres[0].Signers[0]]
	sec, err := mpc.MarshalPresign(pre)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := mpc.PublicOf(pre)
	if err != nil {
		t.Fatal(err)
	}
	pb, err := pub.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return sec, pb
}

func TestPresignEncodingRejectsBadInput(t *testing.T) {
	sec, pub := fixturePresign(t)
	if _, err := mpc.UnmarshalPresign(sec); err != nil {
		t.Fatal(err)
	}
	if _, err := mpc.DecodePresignPublic(pub); err != nil {
		t.Fatal(err)
	}
	// JSON embedding of the public data and a share, as a node response.
	type response struct {
		Share mpc.Share
		Pub   *mpc.PresignPublic
	}
	dec, _ := mpc.DecodePresignPublic(pub)
	js, err := json.Marshal(response{Share: mpc.Share{Party: "1", PresignID: dec.ID, Sigma: make([]byte, 32)}, Pub: dec})
	if err != nil {
		t.Fatal(err)
	}
	var back response
	if err := json.Unmarshal(js, &back); err != nil || back.Pub == nil || !back.Pub.Equal(dec) || back.Share.Party != "1" {
		t.Fatalf("JSON round trip: %v", err)
	}
	if err := json.Unmarshal([]byte(`{"Pub":"zz"}`), &back); err == nil {
		t.Fatal("bad hex accepted")
	}
	mod := func(b []byte, f func([]byte)) []byte { c := bytes.Clone(b); f(c); return c }
	// Layout: version(1) ID(32) R(33) [k(32) chi(32)] count(2) {len id RBar S}...
	offR := 33
	offK := offR + 33
	notOnCurve := func(c []byte) { c[offR] = 2; copy(c[offR+1:offR+33], bytes.Repeat([]byte{0xff}, 32)) }
	secBad := map[string][]byte{
		"empty":        nil,
		"truncated":    sec[:len(sec)-1],
		"trailing":     append(bytes.Clone(sec), 0),
		"version":      mod(sec, func(c []byte) { c[0] = 2 }),
		"R prefix":     mod(sec, func(c []byte) { c[offR] = 4 }),
		"R off curve":  mod(sec, notOnCurve),
		"zero k":       mod(sec, func(c []byte) { clear(c[offK : offK+32]) }),
		"k overflow":   mod(sec, func(c []byte) { copy(c[offK:offK+32], bytes.Repeat([]byte{0xff}, 32)) }),
		"zero signers": mod(sec, func(c []byte) { c[offK+64], c[offK+65] = 0, 0 }),
		"bad party ID": mod(sec, func(c []byte) { c[offK+67] = 'x' }),
		"oversized":    make([]byte, 1<<20),
	}
	for name, in := range secBad {
		if _, err := mpc.UnmarshalPresign(in); err == nil {
			t.Errorf("secret %s: decoded", name)
		}
	}
	pubBad := map[string][]byte{
		"empty":        nil,
		"truncated":    pub[:len(pub)-1],
		"trailing":     append(bytes.Clone(pub), 0),
		"R off curve":  mod(pub, notOnCurve),
		"bad party ID": mod(pub, func(c []byte) { c[offK+3] = '0' }),
		"oversized":    make([]byte, 1<<20),
	}
	for name, in := range pubBad {
		if _, err := mpc.DecodePresignPublic(in); err == nil {
			t.Errorf("public %s: decoded", name)
		}
	}
}

func FuzzDecodePresignPublic(f *testing.F) {
	_, pub := fixturePresign(f)
	f.Add(pub)
	f.Fuzz(func(t *testing.T, in []byte) {
		p, err := mpc.DecodePresignPublic(in)
		if err != nil {
			return
		}
		out, err := p.MarshalBinary()
		if err != nil || !bytes.Equal(out, in) {
			t.Fatalf("decoded public data does not re-encode identically: %v", err)
		}
	})
}

func FuzzUnmarshalPresign(f *testing.F) {
	sec, _ := fixturePresign(f)
	f.Add(sec)
	f.Fuzz(func(t *testing.T, in []byte) {
		p, err := mpc.UnmarshalPresign(in)
		if err != nil {
			return
		}
		if _, err := mpc.MarshalPresign(p); err != nil {
			t.Fatalf("decoded presignature does not encode: %v", err)
		}
	})
}
