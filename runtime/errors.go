package runtime

import (
	"errors"
	"fmt"
)

// Kind classifies why a run failed.
type Kind string

// The kinds of run failure.
const (
	KindInvalidInput Kind = "invalid input" // rejected before a worker was used
	KindLimit        Kind = "limit"         // a limit was hit; Error.Limit names it
	KindScript       Kind = "script"        // the action threw, a promise it made rejected, or it did not catch a refused call
	KindWorker       Kind = "worker"        // the worker crashed, was killed or broke the protocol
	KindCanceled     Kind = "canceled"      // the caller's context ended
	// KindRefused is kept for callers that switch on it. Runs do not
	// currently end with it: a refused call rejects the action's promise,
	// and an uncaught rejection ends the run as KindScript.
	KindRefused Kind = "refused"
	KindClosed  Kind = "closed" // the sandbox was closed
)

// Error is the error a failed run returns. It never contains key material:
// the worker never has any.
type Error struct {
	Kind  Kind
	Limit string // for KindLimit: one of the Limit* names
	Msg   string
}

func (e *Error) Error() string {
	if e.Kind == KindLimit {
		return fmt.Sprintf("action: %s limit exceeded: %s", e.Limit, e.Msg)
	}
	return fmt.Sprintf("action: %s: %s", e.Kind, e.Msg)
}

// IsLimit reports whether err is a run error for the named limit.
func IsLimit(err error, limit string) bool {
	var e *Error
	return errors.As(err, &e) && e.Kind == KindLimit && e.Limit == limit
}

// KindOf returns the Kind of a run error, or "" if err is not one.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return ""
}

func limitErr(limit, format string, args ...any) *Error {
	return &Error{Kind: KindLimit, Limit: limit, Msg: fmt.Sprintf(format, args...)}
}

func inputErr(format string, args ...any) *Error {
	return &Error{Kind: KindInvalidInput, Msg: fmt.Sprintf(format, args...)}
}
