package main

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/golang-jwt/jwt/v5"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/devchain"
	"github.com/pkpnet/pkpnet/devnet"
)

func TestRequestOptionsIDToken(t *testing.T) {
	jwt := "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln"
	file := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(file, []byte(jwt+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ in, err string }{
		{jwt, ""},
		{"@" + file, ""},
		{"not-a-jwt", "not a JWT"},
		{"@" + filepath.Join(t.TempDir(), "missing"), "--id-token"},
	} {
		o, err := requestOptions(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("%q: got %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || len(o.AuthMethods) != 1 || o.AuthMethods[0].AccessToken != jwt || o.AuthMethods[0].AuthMethodType != 10 {
			t.Fatalf("%q: %+v %v", tc.in, o, err)
		}
	}
	if o, err := requestOptions(""); o != nil || err != nil {
		t.Fatalf("no token: %+v %v", o, err)
	}
}

// TestDevnetIDTokenNonce: `devnet id-token` binds the token to a session
// key by its nonce claim: the one given by --session-key, the key of the
// --session file, or by default the dev key's session that exec and sign
// use; conflicting or malformed session flags are refused.
func TestDevnetIDTokenNonce(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	ik, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	dev, _ := crypto.GenerateKey()
	in := devnet.Info{
		Info: devchain.Info{ChainID: 1337, Accounts: []devchain.AccountInfo{
			{PrivateKey: "00"}, {Address: crypto.PubkeyToAddress(dev.PublicKey), PrivateKey: hex.EncodeToString(crypto.FromECDSA(dev))},
		}},
		Network: "devnet", DevAccount: 1,
		OIDC: &devnet.OIDCInfo{Issuer: "http://127.0.0.1:1", JWKSURL: "http://127.0.0.1:1/jwks", Audience: devnet.DevAudience,
			Key: hex.EncodeToString(mustKeyBytes(t, ik))},
	}
	dir := t.TempDir()
	infoPath := filepath.Join(dir, "devnet.json")
	b, _ := json.Marshal(in)
	if err := os.WriteFile(infoPath, b, 0o600); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) (map[string]any, error) {
		cmd := devnetIDTokenCmd()
		var out bytes.Buffer
		cmd.SetArgs(append([]string{"--info", infoPath, "--sub", "alice", "--json"}, args...))
		cmd.SetOut(&out)
		cmd.SetErr(io.Discard)
		if err := cmd.Execute(); err != nil {
			return nil, err
		}
		var m map[string]any
		if err := json.Unmarshal(out.Bytes(), &m); err != nil {
			t.Fatalf("output %q: %v", out.String(), err)
		}
		return m, nil
	}
	// check: the printed nonce and the token's nonce claim are the nonce
	// of key on the devnet's network.
	check := func(name string, m map[string]any, key ed25519.PublicKey) {
		t.Helper()
		want := auth.OIDCNonce("devnet", key)
		var claims jwt.MapClaims
		if _, _, err := jwt.NewParser().ParseUnverified(m["idToken"].(string), &claims); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if m["nonce"] != want || claims["nonce"] != want || m["sessionPublicKey"] != hex.EncodeToString(key) {
			t.Fatalf("%s: nonce %v, claim %v, want %s", name, m["nonce"], claims["nonce"], want)
		}
	}

	pub, _, _ := ed25519.GenerateKey(rand.Reader)
	m, err := run("--session-key", "0x"+hex.EncodeToString(pub))
	if err != nil {
		t.Fatal(err)
	}
	check("--session-key", m, pub)

	s, err := auth.NewSession(dev, auth.SessionParams{Network: "devnet", ChainID: 1337, Lifetime: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	sessPath := filepath.Join(dir, "s.json")
	if err := writeSession(sessPath, "devnet", 1337, s); err != nil {
		t.Fatal(err)
	}
	if m, err = run("--session", sessPath); err != nil {
		t.Fatal(err)
	}
	check("--session", m, s.Capabilities().SessionKey)

	// Default: the session exec and sign load for the dev key, created now
	// and reused by them.
	if m, err = run(); err != nil {
		t.Fatal(err)
	}
	def, err := defaultSessionPath("devnet", 1337, crypto.PubkeyToAddress(dev.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	stored, err := readSession(def, "devnet", 1337)
	if err != nil {
		t.Fatal(err)
	}
	check("default session", m, stored.Capabilities().SessionKey)
	again, err := loadOrCreateSession("", "devnet", 1337, dev)
	if err != nil || !again.Key.Equal(stored.Key) {
		t.Fatalf("exec would use another session: %v", err)
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--session", sessPath, "--session-key", hex.EncodeToString(pub)}, "not both"},
		{[]string{"--session-key", "abcd"}, "not a 32-byte ed25519 public key"},
		{[]string{"--session", filepath.Join(dir, "missing.json")}, "--session"},
	} {
		if _, err := run(tc.args...); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Fatalf("%v: %v, want %q", tc.args, err, tc.want)
		}
	}
}

func mustKeyBytes(t *testing.T, k *ecdsa.PrivateKey) []byte {
	t.Helper()
	b, err := k.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	return b
}
