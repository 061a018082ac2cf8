package devnet

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/node"
)

// TestFileConfigKeepsIssuers: a devnet node process reads its settings
// from the file WriteFileConfig writes; the devnet's OIDC issuer must be in
// it, or the network refuses the tokens `pkpnet devnet id-token` makes.
func TestFileConfigKeepsIssuers(t *testing.T) {
	iss := []auth.OIDCIssuer{{Issuer: "http://127.0.0.1:1/devnet", JWKSURL: "http://127.0.0.1:1/jwks", Audiences: []string{DevAudience}}}
	dir := t.TempDir()
	s := &NodeSpec{Config: node.Config{DataDir: dir, Network: "devnet", OIDCIssuers: iss, AllowPrivateFetch: true}}
	path := filepath.Join(dir, "config.json")
	if err := s.WriteFileConfig(path); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var fc node.FileConfig
	if err := json.Unmarshal(b, &fc); err != nil {
		t.Fatal(err)
	}
	if len(fc.OIDCIssuers) != 1 || fc.OIDCIssuers[0].Issuer != iss[0].Issuer || fc.OIDCIssuers[0].JWKSURL != iss[0].JWKSURL ||
		!slices.Equal(fc.OIDCIssuers[0].Audiences, iss[0].Audiences) {
		t.Fatalf("config file issuers %+v, want %+v", fc.OIDCIssuers, iss)
	}
	if !fc.AllowPrivateFetch || fc.Network != "devnet" {
		t.Fatalf("config file lost settings: %+v", fc)
	}
}
