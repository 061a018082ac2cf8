package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pkpnet/pkpnet/tdec"
)

func TestAccessOf(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("c.json", "[\n  {\"chain\": \"pkpnet\", \"method\": \"eth_getBalance\"}\n]\n")
	a, err := accessOf(good, "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Kind != tdec.AccessConditions || string(a.Value) != `[{"chain":"pkpnet","method":"eth_getBalance"}]` {
		t.Fatalf("access %d %s", a.Kind, a.Value)
	}
	// An action as its CIDv0 or its CIDv1: the ciphertext names the CIDv0
	// either way, so one action has one identity.
	for _, action := range []string{"QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG", "bafybeie5nqv6kd3qnfjupgvz34woh3oksc3iau6abmyajn7qvtf6d2ho34"} {
		a, err = accessOf("", action)
		if err != nil || a.Kind != tdec.AccessAction || string(a.Value) != "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG" {
			t.Fatalf("action %s: %v, %d %q", action, err, a.Kind, a.Value)
		}
	}
	for name, tc := range map[string]struct{ file, action, want string }{
		"neither":   {"", "", "exactly one"},
		"both":      {good, "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG", "exactly one"},
		"not json":  {write("bad.json", "[{"), "", "not JSON"},
		"object":    {write("obj.json", `{"a":1}`), "", "JSON array"},
		"empty":     {write("empty.json", `[]`), "", "JSON array"},
		"bad cid":   {"", "bafy-not-a-cid", "--action"},
		"raw cid":   {"", "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4", "codec raw"},
		"too large": {write("big.json", "["+strings.Repeat(`"x",`, tdec.MaxAccessLen)+`"x"]`), "", "bytes"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := accessOf(tc.file, tc.action)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error with %q", err, tc.want)
			}
		})
	}
}
