// Package logging owns pkpnet's log output: the JSON or text slog handler
// the commands use, with exactly one "component" field per line (a
// component's logger that is derived from another component's logger
// replaces the field instead of repeating it).
package logging

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"slices"
)

// ComponentKey is the attribute that names the component that logged a line.
const ComponentKey = "component"

// New returns a logger writing to w in format ("json" or "text") at level.
func New(w io.Writer, format string, level slog.Level) (*slog.Logger, error) {
	opts := &slog.HandlerOptions{Level: level}
	var h slog.Handler
	switch format {
	case "json":
		h = slog.NewJSONHandler(w, opts)
	case "text", "":
		h = slog.NewTextHandler(w, opts)
	default:
		return nil, fmt.Errorf("log format %q: use json or text", format)
	}
	return slog.New(Dedup(h)), nil
}

// ParseLevel parses debug, info, warn or error.
func ParseLevel(s string) (slog.Level, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(s)); err != nil {
		return 0, fmt.Errorf("log level %q: use debug, info, warn or error", s)
	}
	return lv, nil
}

// Dedup wraps h so that a line carries at most one top-level component
// attribute: the one set last with Logger.With wins.
func Dedup(h slog.Handler) slog.Handler { return &componentHandler{inner: h} }

type componentHandler struct {
	inner     slog.Handler // every With attribute except the component
	component *slog.Attr
	grouped   bool // a group is open: later attributes are not top level
}

var _ slog.Handler = (*componentHandler)(nil)

func (h *componentHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.inner.Enabled(ctx, l)
}

func (h *componentHandler) Handle(ctx context.Context, r slog.Record) error {
	if h.component == nil {
		return h.inner.Handle(ctx, r)
	}
	// The component goes first among the record's attributes; a record
	// attribute of the same name (a call-site component) is dropped.
	nr := slog.NewRecord(r.Time, r.Level, r.Message, r.PC)
	nr.AddAttrs(*h.component)
	r.Attrs(func(a slog.Attr) bool {
		if a.Key != ComponentKey {
			nr.AddAttrs(a)
		}
		return true
	})
	return h.inner.Handle(ctx, nr)
}

func (h *componentHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	if h.grouped {
		return &componentHandler{inner: h.inner.WithAttrs(attrs), component: h.component, grouped: true}
	}
	c := *h
	rest := make([]slog.Attr, 0, len(attrs))
	for _, a := range attrs {
		if a.Key == ComponentKey {
			a := a
			c.component = &a
			continue
		}
		rest = append(rest, a)
	}
	if len(rest) > 0 {
		c.inner = h.inner.WithAttrs(slices.Clip(rest))
	}
	return &c
}

func (h *componentHandler) WithGroup(name string) slog.Handler {
	if name == "" {
		return h
	}
	// The component stays top level: it is added before the group opens.
	inner := h.inner
	if h.component != nil {
		inner = inner.WithAttrs([]slog.Attr{*h.component})
	}
	return &componentHandler{inner: inner.WithGroup(name), grouped: true}
}
