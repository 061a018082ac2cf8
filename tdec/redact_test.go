package tdec

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

// TestKeyShareRedacted: formatting or logging a key share never shows the
// secret share.
func TestKeyShareRedacted(t *testing.T) {
	var x scalar
	x.SetInt(123456789)
	k := &KeyShare{Self: "2", secret: x}
	sb := x.Bytes()
	secret := hex.EncodeToString(sb[:])
	var logs bytes.Buffer
	slog.New(slog.NewTextHandler(&logs, nil)).Info("share", "k", k)
	for _, out := range []string{fmt.Sprintf("%v", k), fmt.Sprintf("%+v", k), fmt.Sprintf("%#v", k), fmt.Sprintf("%v", *k), logs.String()} {
		// fmt's default would print the field ("secret:{n:[...]}").
		if strings.Contains(out, secret) || strings.Contains(out, "secret") || strings.Contains(out, "123456789") || !strings.Contains(out, "2") {
			t.Fatalf("formatted key share %q", out)
		}
	}
}
