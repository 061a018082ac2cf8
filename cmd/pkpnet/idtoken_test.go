package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
