package logging_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"

	"github.com/pkpnet/pkpnet/logging"
)

func TestOneComponentPerLine(t *testing.T) {
	for _, tc := range []struct {
		name string
		log  func(l *slog.Logger)
		want string // the component of the line; "" for none
		keys []string
	}{
		{"none", func(l *slog.Logger) { l.Info("x", "a", 1) }, "", []string{"a"}},
		{"one", func(l *slog.Logger) { l.With("component", "p2p").Info("x") }, "p2p", nil},
		{"twice, same", func(l *slog.Logger) { l.With("component", "p2p").With("component", "p2p").Info("x") }, "p2p", nil},
		{"derived component wins", func(l *slog.Logger) {
			l.With("component", "p2p", "party", "1").With("component", "mpc-transport").Info("x", "b", 2)
		}, "mpc-transport", []string{"party", "b"}},
		{"call site loses to With", func(l *slog.Logger) { l.With("component", "p2p").Info("x", "component", "other") }, "p2p", nil},
		{"group keeps it top level", func(l *slog.Logger) {
			l.With("component", "runtime").WithGroup("g").Info("x", "c", 3)
		}, "runtime", []string{"g"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			l, err := logging.New(&buf, "json", slog.LevelInfo)
			if err != nil {
				t.Fatal(err)
			}
			tc.log(l)
			line := strings.TrimSpace(buf.String())
			if strings.Count(line, `"component"`) > 1 {
				t.Fatalf("more than one component: %s", line)
			}
			var m map[string]any
			if err := json.Unmarshal([]byte(line), &m); err != nil {
				t.Fatalf("not one JSON object: %q: %v", line, err)
			}
			got, _ := m["component"].(string)
			if got != tc.want {
				t.Fatalf("component %q, want %q: %s", got, tc.want, line)
			}
			for _, k := range tc.keys {
				if _, ok := m[k]; !ok {
					t.Fatalf("key %s missing: %s", k, line)
				}
			}
		})
	}
}

func TestTextFormat(t *testing.T) {
	var buf bytes.Buffer
	l, err := logging.New(&buf, "text", slog.LevelInfo)
	if err != nil {
		t.Fatal(err)
	}
	l.With("component", "p2p").With("component", "p2p").Info("hello")
	if n := strings.Count(buf.String(), "component="); n != 1 {
		t.Fatalf("%d component fields: %s", n, buf.String())
	}
}

func TestBadFormatAndLevel(t *testing.T) {
	if _, err := logging.New(&bytes.Buffer{}, "xml", slog.LevelInfo); err == nil {
		t.Fatal("format xml accepted")
	}
	if _, err := logging.ParseLevel("loud"); err == nil {
		t.Fatal("level loud accepted")
	}
	if lv, err := logging.ParseLevel("warn"); err != nil || lv != slog.LevelWarn {
		t.Fatalf("warn: %v %v", lv, err)
	}
}
