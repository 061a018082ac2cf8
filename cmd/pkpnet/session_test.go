package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/auth"
)

// TestSessionFile: a stored session reads back (mode 0600, same key and
// authorisation); a file other users may read, an oversized file and a
// session of another network or chain are refused.
func TestSessionFile(t *testing.T) {
	key, _ := crypto.GenerateKey()
	s, err := auth.NewSession(key, auth.SessionParams{Network: "devnet", ChainID: 1337, Lifetime: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "s.json")
	if err := writeSession(path, "devnet", 1337, s); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, want 0600", st.Mode().Perm())
	}
	got, err := readSession(path, "devnet", 1337)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Key.Equal(s.Key) || got.AuthSig != s.AuthSig {
		t.Fatal("read back another session")
	}
	if _, err := readSession(path, "othernet", 1337); err == nil {
		t.Fatal("session of another network accepted")
	}
	if _, err := readSession(path, "devnet", 1); err == nil {
		t.Fatal("session of another chain accepted")
	}
	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	if _, err := readSession(path, "devnet", 1337); err == nil || !strings.Contains(err.Error(), "other users") {
		t.Fatalf("group-readable file: %v", err)
	}
	big := filepath.Join(dir, "big.json")
	if err := os.WriteFile(big, make([]byte, maxSessionFile+1), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := readSession(big, "devnet", 1337); err == nil || !strings.Contains(err.Error(), "larger") {
		t.Fatalf("oversized file: %v", err)
	}
}

// TestLoadOrCreateSession: the first call creates and stores a session, the
// next reuses it, and one close to expiry or of another wallet is replaced.
func TestLoadOrCreateSession(t *testing.T) {
	key, _ := crypto.GenerateKey()
	path := filepath.Join(t.TempDir(), "s.json")
	first, err := loadOrCreateSession(path, "devnet", 1337, key)
	if err != nil {
		t.Fatal(err)
	}
	again, err := loadOrCreateSession(path, "devnet", 1337, key)
	if err != nil {
		t.Fatal(err)
	}
	if !again.Key.Equal(first.Key) {
		t.Fatal("a valid stored session was not reused")
	}
	if got := time.Until(first.Expiry()); got < 23*time.Hour || got > 24*time.Hour {
		t.Fatalf("default lifetime: expires in %s", got)
	}
	// About to expire: replaced.
	short, err := auth.NewSession(key, auth.SessionParams{Network: "devnet", ChainID: 1337, Lifetime: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if err := writeSession(path, "devnet", 1337, short); err != nil {
		t.Fatal(err)
	}
	renewed, err := loadOrCreateSession(path, "devnet", 1337, key)
	if err != nil {
		t.Fatal(err)
	}
	if renewed.Key.Equal(short.Key) {
		t.Fatal("a session about to expire was reused")
	}
	// Another wallet's session at the path: replaced by one of this wallet.
	other, _ := crypto.GenerateKey()
	mine, err := loadOrCreateSession(path, "devnet", 1337, other)
	if err != nil {
		t.Fatal(err)
	}
	if common.Address(mine.Address()) != crypto.PubkeyToAddress(other.PublicKey) {
		t.Fatal("used another wallet's session")
	}
	// The default path is per network, chain and wallet.
	p1, _ := defaultSessionPath("devnet", 1337, crypto.PubkeyToAddress(key.PublicKey))
	p2, _ := defaultSessionPath("devnet", 1, crypto.PubkeyToAddress(key.PublicKey))
	if p1 == p2 || !strings.Contains(p1, "devnet-1337-") {
		t.Fatalf("default paths %s, %s", p1, p2)
	}
}

// TestSessionCreateFlags: restrictions and abilities map to caveats;
// unknown abilities and a lifetime over 24 h are refused.
func TestSessionCreateFlags(t *testing.T) {
	f := sessionFlags{abilities: []string{"pkp-sign"}, tokenIDs: []string{"7"}, lifetime: time.Hour, domain: "app.example"}
	p, err := f.params("devnet", 1337)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Abilities) != 1 || p.Abilities[auth.AbilityPKPSign][0].TokenIDs[0] != "7" || p.Domain != "app.example" {
		t.Fatalf("params %+v", p)
	}
	for name, bad := range map[string]sessionFlags{
		"unknown ability": {abilities: []string{"claim-key"}, lifetime: time.Hour},
		"no ability":      {lifetime: time.Hour},
		"too long":        {abilities: []string{"execute"}, lifetime: 25 * time.Hour},
	} {
		if _, err := bad.params("devnet", 1337); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
