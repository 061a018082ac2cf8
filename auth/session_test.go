package auth_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/base64"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/pkpnet/pkpnet/auth"
)

const (
	testNet   = "unittest"
	testChain = 1337
	testProto = "/pkpnet/pkp-sign/1.0.0"
)

var (
	peerA = []byte("\x00\x24peer-A-identity-bytes")
	peerB = []byte("\x00\x24peer-B-identity-bytes")
)

func pkpSignBody(rid string, hash string) auth.Body {
	return auth.Body{Kind: auth.KindPKPSign, RequestID: rid, Epoch: 1, Coordinator: "1", Nodes: []string{"1", "2", "3"},
		ToSign: hash, PubKey: "0x02aa"}
}

// signFor signs body for peer with a window starting at now.
func signFor(s *auth.Session, peer []byte, proto string, body auth.Body, now time.Time, window time.Duration) auth.SessionSig {
	return s.Sign(auth.RequestBinding{Network: testNet, PeerID: peer, Protocol: proto, RequestID: body.RequestID,
		BodyHash: body.Hash(), IssuedAt: now.UnixMilli(), ExpiresAt: now.Add(window).UnixMilli()})
}

// signRaw signs like Session.Sign but without clamping the window to the
// session's expiry (what a broken or hostile client could send).
func signRaw(s *auth.Session, peer []byte, proto string, body auth.Body, now time.Time, window time.Duration) auth.SessionSig {
	b := auth.RequestBinding{Network: testNet, PeerID: peer, Protocol: proto, RequestID: body.RequestID,
		BodyHash: body.Hash(), IssuedAt: now.UnixMilli(), ExpiresAt: now.Add(window).UnixMilli()}
	return auth.SessionSig{AuthSig: s.AuthSig, Sig: hexutil.Encode(ed25519.Sign(s.Key, b.SigningBytes())), IssuedAt: b.IssuedAt, ExpiresAt: b.ExpiresAt}
}

func verifier(now time.Time, mod func(*auth.Verifier)) *auth.Verifier {
	v := &auth.Verifier{Network: testNet, ChainID: testChain, PeerID: peerA, Now: func() time.Time { return now }}
	if mod != nil {
		mod(v)
	}
	return v
}

// resign replaces the wallet signature of ss's authorisation by key's
// signature over text, keeping the session signature.
func resign(t *testing.T, ss auth.SessionSig, text string, key func() []byte) auth.SessionSig {
	t.Helper()
	ss.AuthSig.SignedMessage = text
	ss.AuthSig.Sig = hexutil.Encode(key())
	return ss
}

func TestVerifySession(t *testing.T) {
	now := time.Now().Truncate(time.Millisecond)
	wallet, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	mk := func(mod func(*auth.SessionParams)) *auth.Session {
		p := auth.SessionParams{Network: testNet, ChainID: testChain, Domain: "app.example", Now: now.Add(-time.Minute), Lifetime: time.Hour}
		if mod != nil {
			mod(&p)
		}
		s, err := auth.NewSession(wallet, p)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	sess := mk(nil)
	body := pkpSignBody("req-00000001", "0x"+strings.Repeat("11", 32))
	good := signFor(sess, peerA, testProto, body, now, time.Minute)

	// A SIWE the same wallet signed for a web site: domain evil.example,
	// URI https://evil.example, with a recap naming a session key.
	phish := func(uri string) auth.SessionSig {
		m := *sess.Message()
		m.Domain, m.URI = "evil.example", uri
		a, err := auth.Sign(wallet, m)
		if err != nil {
			t.Fatal(err)
		}
		ss := good
		ss.AuthSig = a
		return ss
	}
	// A message edited after signing.
	tamper := func(f func(m *auth.Message)) auth.SessionSig {
		m := *sess.Message()
		f(&m)
		ss := good
		ss.AuthSig.SignedMessage = m.String()
		return ss
	}
	// A message re-signed by the wallet after an edit.
	edit := func(f func(m *auth.Message)) auth.SessionSig {
		m := *sess.Message()
		f(&m)
		a, err := auth.Sign(wallet, m)
		if err != nil {
			t.Fatal(err)
		}
		ss := good
		ss.AuthSig = a
		return ss
	}
	forged := good
	forged.AuthSig.Address = crypto.PubkeyToAddress(other.PublicKey).Hex()
	otherWallet := func() auth.SessionSig {
		m := *sess.Message()
		m.Address = crypto.PubkeyToAddress(other.PublicKey)
		sig, _ := crypto.Sign(crypto.Keccak256([]byte("\x19Ethereum Signed Message:\n"+itoa(len(m.String()))+m.String())), wallet)
		return resign(t, good, m.String(), func() []byte { return sig })
	}()
	noPKPSign := mk(func(p *auth.SessionParams) { p.Abilities = map[string][]auth.Caveat{auth.AbilityExecute: {{}}} })
	cases := []struct {
		name string
		ss   auth.SessionSig
		v    func(*auth.Verifier)
		body auth.Body
		want error
	}{
		{"valid", good, nil, body, nil},
		{"valid, domain on the allow-list", good, func(v *auth.Verifier) { v.Domains = []string{"other.example", "app.example"} }, body, nil},
		{"valid without the ability (checked later)", signFor(noPKPSign, peerA, testProto, body, now, time.Minute), nil, body, nil},
		{"web-site SIWE: another URI", phish("https://evil.example"), nil, body, auth.ErrWrongURI},
		{"another network's URI", phish("pkpnet://othernet"), nil, body, auth.ErrWrongURI},
		{"domain not on the allow-list", good, func(v *auth.Verifier) { v.Domains = []string{"other.example"} }, body, auth.ErrDomain},
		{"signed for another node", signFor(sess, peerB, testProto, body, now, time.Minute), nil, body, auth.ErrSessionSig},
		{"another body", good, nil, pkpSignBody(body.RequestID, "0x"+strings.Repeat("22", 32)), auth.ErrSessionSig},
		{"another request ID", good, nil, pkpSignBody("req-00000002", body.ToSign), auth.ErrSessionSig},
		{"another protocol", signFor(sess, peerA, "/pkpnet/execute/1.0.0", body, now, time.Minute), nil, body, auth.ErrSessionSig},
		{"another valid session of the wallet", signFor(mk(nil), peerA, testProto, body, now, time.Minute), nil, body, nil},
		{"session key swapped", func() auth.SessionSig { ss := good; ss.AuthSig = mk(nil).AuthSig; return ss }(), nil, body, auth.ErrSessionSig},
		{"window edited", func() auth.SessionSig { ss := good; ss.ExpiresAt++; return ss }(), nil, body, auth.ErrSessionSig},
		{"window over 5 minutes", signFor(sess, peerA, testProto, body, now, 6*time.Minute), nil, body, auth.ErrTooLong},
		{"request signature expired", signFor(sess, peerA, testProto, body, now.Add(-3*time.Minute), 2*time.Minute), nil, body, auth.ErrExpired},
		{"request signature from the future", signFor(sess, peerA, testProto, body, now.Add(time.Minute), time.Minute), nil, body, auth.ErrNotYetValid},
		{"forged: address field claims another wallet", forged, nil, body, auth.ErrBadSignature},
		{"tampered chain ID", tamper(func(m *auth.Message) { m.ChainID = 1 }), nil, body, auth.ErrWrongChain},
		{"tampered expiry", tamper(func(m *auth.Message) { m.ExpirationTime = m.ExpirationTime.Add(time.Hour) }), nil, body, auth.ErrBadSignature},
		{"names another wallet", otherWallet, nil, body, auth.ErrBadSignature},
		{"wrong chain", edit(func(m *auth.Message) { m.ChainID = 5 }), nil, body, auth.ErrWrongChain},
		{"session expired", signRaw(mk(func(p *auth.SessionParams) { p.Now = now.Add(-2 * time.Hour) }), peerA, testProto, body, now, time.Minute), nil, body, auth.ErrExpired},
		{"request window past the session's end", signRaw(mk(func(p *auth.SessionParams) { p.Lifetime = time.Minute + 10*time.Second }), peerA, testProto, body, now, time.Minute), nil, body, auth.ErrTooLong},
		{"session from the future", signFor(mk(func(p *auth.SessionParams) { p.Now = now.Add(time.Hour) }), peerA, testProto, body, now, time.Minute), nil, body, auth.ErrNotYetValid},
		{"session longer than 24 h", edit(func(m *auth.Message) { m.ExpirationTime = m.IssuedAt.Add(25 * time.Hour) }), nil, body, auth.ErrTooLong},
		{"no expiration", edit(func(m *auth.Message) { m.ExpirationTime = time.Time{} }), nil, body, auth.ErrTooLong},
		{"statement edited", edit(func(m *auth.Message) { m.Statement = "Sign in to pkpnet" }), nil, body, auth.ErrRecap},
		{"no recap", edit(func(m *auth.Message) { m.Resources = nil }), nil, body, auth.ErrRecap},
		{"two resources", edit(func(m *auth.Message) { m.Resources = append(m.Resources, "https://example.com") }), nil, body, auth.ErrRecap},
		{"derivedVia", func() auth.SessionSig { ss := good; ss.AuthSig.DerivedVia = "eth_sign"; return ss }(), nil, body, auth.ErrBadSignature},
		{"oversized message", func() auth.SessionSig {
			ss := good
			ss.AuthSig.SignedMessage = strings.Repeat("a", auth.MaxMessageSize+1)
			return ss
		}(), nil, body, auth.ErrMalformed},
		{"bad session sig hex", func() auth.SessionSig { ss := good; ss.Sig = "0x1234"; return ss }(), nil, body, auth.ErrSessionSig},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g, err := verifier(now, c.v).Verify(context.Background(), &c.ss, testProto, c.body.RequestID, c.body.Hash())
			if c.want == nil {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if g.Address != crypto.PubkeyToAddress(wallet.PublicKey) {
					t.Fatalf("address %s", g.Address.Hex())
				}
				return
			}
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }

// TestCapabilities: abilities absent are not granted; caveats restrict
// execute to listed actions and PKPs, and pkp-sign to listed PKPs.
func TestCapabilities(t *testing.T) {
	const cidA = "QmSnuWmxptJZdLJpKRarxBMS2Ju2oANVrgbr2xWbie9b2D"
	const cidB = "QmfM2r8seH2GiRaC4esTjeraXEachRt8ZsSeGaWTPLyMoG"
	caps := auth.Capabilities{SessionKey: make(ed25519.PublicKey, 32), Abilities: map[string][]auth.Caveat{
		auth.AbilityExecute: {{Actions: []string{cidA}, TokenIDs: []string{"7"}}, {Actions: []string{cidB}}},
		auth.AbilityPKPSign: {{TokenIDs: []string{"7", "9"}}},
	}}
	open := auth.Capabilities{Abilities: map[string][]auth.Caveat{auth.AbilityExecute: {{}}}}
	tok := func(n int64) *big.Int { return big.NewInt(n) }
	cases := []struct {
		name    string
		c       auth.Capabilities
		ability string
		cid     string
		toks    []*big.Int
		ok      bool
	}{
		{"execute listed action, before run", caps, auth.AbilityExecute, cidA, nil, true},
		{"execute listed action and PKP", caps, auth.AbilityExecute, cidA, []*big.Int{tok(7)}, true},
		{"execute listed action, other PKP", caps, auth.AbilityExecute, cidA, []*big.Int{tok(8)}, false},
		{"execute second caveat, any PKP", caps, auth.AbilityExecute, cidB, []*big.Int{tok(8)}, true},
		{"execute unlisted action", caps, auth.AbilityExecute, "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG", nil, false},
		{"pkp-sign listed", caps, auth.AbilityPKPSign, "", []*big.Int{tok(9)}, true},
		{"pkp-sign unlisted", caps, auth.AbilityPKPSign, "", []*big.Int{tok(10)}, false},
		{"unrestricted execute", open, auth.AbilityExecute, cidB, []*big.Int{tok(10)}, true},
		{"ability not granted", open, auth.AbilityPKPSign, "", []*big.Int{tok(1)}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.c.Permits(c.ability, c.cid, c.toks...)
			if (err == nil) != c.ok {
				t.Fatalf("Permits = %v, want ok=%v", err, c.ok)
			}
			if err != nil && !errors.Is(err, auth.ErrNotPermitted) {
				t.Fatalf("error %v is not ErrNotPermitted", err)
			}
		})
	}
}

// TestCapabilitiesCIDForms: a caveat's action and the request's match
// whichever of the two forms (CIDv0, dag-pb CIDv1) each is written in,
// through the signed recap text; a raw CIDv1 with the same multihash names
// other bytes and matches nothing.
func TestCapabilitiesCIDForms(t *testing.T) {
	const cidA = "QmSnuWmxptJZdLJpKRarxBMS2Ju2oANVrgbr2xWbie9b2D"
	const cidB = "QmfM2r8seH2GiRaC4esTjeraXEachRt8ZsSeGaWTPLyMoG"
	a, err := cid.Decode(cidA)
	if err != nil {
		t.Fatal(err)
	}
	b, err := cid.Decode(cidB)
	if err != nil {
		t.Fatal(err)
	}
	aV1 := cid.NewCidV1(cid.DagProtobuf, a.Hash()).String()
	bV1, err := cid.NewCidV1(cid.DagProtobuf, b.Hash()).StringOfBase('z')
	if err != nil {
		t.Fatal(err)
	}
	aRaw := cid.NewCidV1(cid.Raw, a.Hash()).String()
	pub, _, _ := ed25519.GenerateKey(nil)
	for _, listed := range [][]string{{cidA}, {aV1}} {
		// Through the recap text, as a node reads it.
		r, err := auth.EncodeRecap(testNet, auth.Capabilities{SessionKey: pub, Abilities: map[string][]auth.Caveat{
			auth.AbilityExecute: {{Actions: listed}},
		}})
		if err != nil {
			t.Fatal(err)
		}
		caps, err := auth.DecodeRecap(testNet, r)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			action string
			ok     bool
		}{
			{cidA, true},
			{aV1, true},
			{cidB, false},
			{bV1, false},
			{aRaw, false},
			{"", false},
			{"not a cid", false},
		} {
			err := caps.Permits(auth.AbilityExecute, c.action)
			if (err == nil) != c.ok {
				t.Errorf("caveat %v, action %q: Permits = %v, want ok=%v", listed, c.action, err, c.ok)
			}
			if err != nil && !errors.Is(err, auth.ErrNotPermitted) {
				t.Errorf("error %v is not ErrNotPermitted", err)
			}
		}
	}
	// A CIDv1 of another codec or a non-canonical text is no action: the
	// recap is refused, not read as some other action.
	for _, bad := range []string{aRaw, cid.NewCidV1(cid.DagCBOR, a.Hash()).String(), strings.ToUpper(aV1[:1]) + aV1[1:], "z" + cidA} {
		_, err := auth.EncodeRecap(testNet, auth.Capabilities{SessionKey: pub, Abilities: map[string][]auth.Caveat{
			auth.AbilityExecute: {{Actions: []string{bad}}},
		}})
		if !errors.Is(err, auth.ErrRecap) {
			t.Errorf("recap listing %q: %v, want ErrRecap", bad, err)
		}
	}
}

func TestRecapRoundTrip(t *testing.T) {
	pub, _, _ := ed25519.GenerateKey(nil)
	c := auth.Capabilities{SessionKey: pub, Abilities: map[string][]auth.Caveat{
		auth.AbilityPKPSign: {{TokenIDs: []string{"1", "115792089237316195423570985008687907853269984665640564039457584007913129639935"}}},
		auth.AbilityExecute: {{}},
	}}
	r, err := auth.EncodeRecap(testNet, c)
	if err != nil {
		t.Fatal(err)
	}
	got, err := auth.DecodeRecap(testNet, r)
	if err != nil {
		t.Fatal(err)
	}
	if !got.SessionKey.Equal(pub) || len(got.Abilities) != 2 || got.Abilities[auth.AbilityPKPSign][0].TokenIDs[1] != c.Abilities[auth.AbilityPKPSign][0].TokenIDs[1] {
		t.Fatalf("round trip: %+v", got)
	}
	if _, err := auth.DecodeRecap("othernet", r); !errors.Is(err, auth.ErrRecap) {
		t.Fatalf("recap of another network: %v", err)
	}
}

func TestRecapMalformed(t *testing.T) {
	key := strings.Repeat("ab", 32)
	target := `"pkpnet://unittest/session/ed25519:` + key + `"`
	cases := map[string]string{
		"not base64":        "urn:recap:***",
		"padding":           "urn:recap:" + b64(`{"att":{`+target+`:{"pkpnet/execute":[{}]}},"prf":[]}`) + "=",
		"wrong prefix":      "urn:other:" + b64(`{}`),
		"not json":          "urn:recap:" + b64(`hello`),
		"trailing data":     "urn:recap:" + b64(`{"att":{`+target+`:{"pkpnet/execute":[{}]}},"prf":[]} {}`),
		"no target":         "urn:recap:" + b64(`{"att":{},"prf":[]}`),
		"two targets":       "urn:recap:" + b64(`{"att":{`+target+`:{"pkpnet/execute":[{}]},"pkpnet://unittest/x":{"pkpnet/execute":[{}]}},"prf":[]}`),
		"other network":     "urn:recap:" + b64(`{"att":{"pkpnet://other/session/ed25519:`+key+`":{"pkpnet/execute":[{}]}},"prf":[]}`),
		"upper-case key":    "urn:recap:" + b64(`{"att":{"pkpnet://unittest/session/ed25519:`+strings.ToUpper(key)+`":{"pkpnet/execute":[{}]}},"prf":[]}`),
		"short key":         "urn:recap:" + b64(`{"att":{"pkpnet://unittest/session/ed25519:abcd":{"pkpnet/execute":[{}]}},"prf":[]}`),
		"unknown ability":   "urn:recap:" + b64(`{"att":{`+target+`:{"pkpnet/claim-key":[{}]}},"prf":[]}`),
		"no abilities":      "urn:recap:" + b64(`{"att":{`+target+`:{}},"prf":[]}`),
		"no caveat":         "urn:recap:" + b64(`{"att":{`+target+`:{"pkpnet/execute":[]}},"prf":[]}`),
		"unknown caveat":    "urn:recap:" + b64(`{"att":{`+target+`:{"pkpnet/execute":[{"chains":["1"]}]}},"prf":[]}`),
		"empty list":        "urn:recap:" + b64(`{"att":{`+target+`:{"pkpnet/execute":[{"tokenIds":[]}]}},"prf":[]}`),
		"bad token":         "urn:recap:" + b64(`{"att":{`+target+`:{"pkpnet/pkp-sign":[{"tokenIds":["07"]}]}},"prf":[]}`),
		"token over 256bit": "urn:recap:" + b64(`{"att":{`+target+`:{"pkpnet/pkp-sign":[{"tokenIds":["`+strings.Repeat("9", 78)+`"]}]}},"prf":[]}`),
		"bad cid":           "urn:recap:" + b64(`{"att":{`+target+`:{"pkpnet/execute":[{"actions":["QmSnuWmxptJZdLJpKRarxBMS2Ju2oANVrgbr2xWbie9b20"]}]}},"prf":[]}`),
		"raw cidv1":         "urn:recap:" + b64(`{"att":{`+target+`:{"pkpnet/execute":[{"actions":["bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4"]}]}},"prf":[]}`),
		"mixed-case cidv1":  "urn:recap:" + b64(`{"att":{`+target+`:{"pkpnet/execute":[{"actions":["bafybeiEmxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq"]}]}},"prf":[]}`),
		"proofs":            "urn:recap:" + b64(`{"att":{`+target+`:{"pkpnet/execute":[{}]}},"prf":["bafy"]}`),
		"not canonical":     "urn:recap:" + b64(`{"prf":[],"att":{`+target+`:{"pkpnet/execute":[{}]}}}`),
		"spaces":            "urn:recap:" + b64(`{"att": {`+target+`:{"pkpnet/execute":[{}]}},"prf":[]}`),
		"too many caveats":  "urn:recap:" + b64(`{"att":{`+target+`:{"pkpnet/execute":[{},{},{},{},{}]}},"prf":[]}`),
		"oversized":         "urn:recap:" + strings.Repeat("A", auth.MaxRecapSize),
	}
	for name, r := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := auth.DecodeRecap(testNet, r); !errors.Is(err, auth.ErrRecap) {
				t.Fatalf("got %v, want ErrRecap", err)
			}
		})
	}
	// The canonical form of the same content is accepted: the cases above
	// fail for the reason they name.
	for _, ok := range []string{
		"urn:recap:" + b64(`{"att":{`+target+`:{"pkpnet/execute":[{}]}},"prf":[]}`),
		"urn:recap:" + b64(`{"att":{`+target+`:{"pkpnet/execute":[{"actions":["QmSnuWmxptJZdLJpKRarxBMS2Ju2oANVrgbr2xWbie9b2D"]}]}},"prf":[]}`),
		"urn:recap:" + b64(`{"att":{`+target+`:{"pkpnet/execute":[{"actions":["bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq"]}]}},"prf":[]}`),
	} {
		if _, err := auth.DecodeRecap(testNet, ok); err != nil {
			t.Fatalf("canonical recap: %v", err)
		}
	}
}

func FuzzDecodeRecap(f *testing.F) {
	pub := make(ed25519.PublicKey, 32)
	r, _ := auth.EncodeRecap(testNet, auth.Capabilities{SessionKey: pub, Abilities: map[string][]auth.Caveat{
		auth.AbilityExecute: {{Actions: []string{"QmSnuWmxptJZdLJpKRarxBMS2Ju2oANVrgbr2xWbie9b2D"}, TokenIDs: []string{"3"}}},
		auth.AbilityPKPSign: {{}},
	}})
	f.Add(r)
	f.Add("urn:recap:e30")
	f.Add("urn:recap:")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := auth.DecodeRecap(testNet, s)
		if err != nil {
			if !errors.Is(err, auth.ErrRecap) {
				t.Fatalf("error %v is not ErrRecap", err)
			}
			return
		}
		again, err := auth.EncodeRecap(testNet, *c)
		if err != nil || again != s {
			t.Fatalf("decoded recap does not re-encode to itself: %v", err)
		}
	})
}

// FuzzVerify feeds arbitrary session signatures to a verifier: no panic,
// and nothing but a refusal.
func FuzzVerify(f *testing.F) {
	now := time.Unix(1_800_000_000, 0)
	s := sessionForF(f, now)
	body := pkpSignBody("req-fuzz-0001", "0x00")
	ss := signFor(s, peerA, testProto, body, now, time.Minute)
	f.Add(ss.AuthSig.SignedMessage, ss.AuthSig.Sig, ss.Sig, ss.IssuedAt, ss.ExpiresAt)
	v := verifier(now, nil)
	f.Fuzz(func(t *testing.T, msg, wsig, sig string, iss, exp int64) {
		in := auth.SessionSig{AuthSig: auth.AuthSig{Sig: wsig, DerivedVia: auth.DerivedVia, SignedMessage: msg}, Sig: sig, IssuedAt: iss, ExpiresAt: exp}
		g, err := v.Verify(context.Background(), &in, testProto, body.RequestID, body.Hash())
		if err == nil && g.Address != common.Address(s.Address()) {
			t.Fatalf("accepted for %s", g.Address.Hex())
		}
	})
}

// sessionForF builds a session from fixed keys and fields, so that every
// fuzzing process has the same one.
func sessionForF(f *testing.F, now time.Time) *auth.Session {
	wallet, _ := crypto.HexToECDSA("8da4ef21b864d2cc526dbdb2a120bd2874c36c9d0a1fb7f8c63d7f7a8b41de8f")
	key := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, 32))
	caps := auth.Capabilities{SessionKey: key.Public().(ed25519.PublicKey), Abilities: map[string][]auth.Caveat{auth.AbilityPKPSign: {{}}}}
	res, err := auth.EncodeRecap(testNet, caps)
	if err != nil {
		f.Fatal(err)
	}
	iat := now.Add(-time.Minute).UTC().Truncate(time.Second)
	a, err := auth.Sign(wallet, auth.Message{Domain: "localhost", Statement: auth.RecapStatement(testNet, caps), URI: auth.NetworkURI(testNet),
		Version: "1", ChainID: testChain, Nonce: "fuzzfuzz", IssuedAt: iat, ExpirationTime: iat.Add(time.Hour), Resources: []string{res}})
	if err != nil {
		f.Fatal(err)
	}
	s, err := auth.SessionFromAuthSig(a, key, testNet)
	if err != nil {
		f.Fatal(err)
	}
	return s
}

func b64(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
