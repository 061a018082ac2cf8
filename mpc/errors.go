package mpc

import (
	"fmt"
	"strings"

	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

// ProtocolError is a protocol run that aborted because of misbehaving
// parties: a bad proof, a malformed or corrupted message, an inconsistent
// broadcast. Culprits names them (it comes from multi-party-sig's
// protocol.Error, or from this package's own message checks).
type ProtocolError struct {
	Session  string
	Culprits []party.ID
	Err      error
}

func (e *ProtocolError) Error() string {
	return fmt.Sprintf("session %s: protocol aborted, culprits %s: %v", e.Session, idList(e.Culprits), e.Err)
}

func (e *ProtocolError) Unwrap() error { return e.Err }

// TimeoutError is a round that did not complete within the round timeout.
// Silent names the parties whose messages for that round never arrived.
type TimeoutError struct {
	Session string
	Round   int
	Silent  []party.ID
}

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("session %s: round %d timed out waiting for parties %s", e.Session, e.Round, idList(e.Silent))
}

// PeerAbortError is a run that another party aborted. Its stated reason is
// untrusted, so the aborting party is not a culprit by itself: it may have
// detected a third party's misbehaviour this party did not see.
type PeerAbortError struct {
	Session string
	Party   party.ID
	Reason  string // the peer's stated reason, sanitised and truncated
}

func (e *PeerAbortError) Error() string {
	return fmt.Sprintf("session %s: aborted by party %s: %q", e.Session, e.Party, e.Reason)
}

// ShareError reports signature shares that failed verification against the
// presignature's public data, or signers whose share is missing.
type ShareError struct {
	Bad     []party.ID // shares that do not verify
	Missing []party.ID // signers without a share
}

func (e *ShareError) Error() string {
	var parts []string
	if len(e.Bad) > 0 {
		parts = append(parts, "invalid shares from parties "+idList(e.Bad))
	}
	if len(e.Missing) > 0 {
		parts = append(parts, "missing shares from parties "+idList(e.Missing))
	}
	return "combine: " + strings.Join(parts, "; ")
}

func idList(ids []party.ID) string {
	if len(ids) == 0 {
		return "[]"
	}
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = string(id)
	}
	return "[" + strings.Join(s, ",") + "]"
}

// sanitize keeps printable ASCII of an untrusted string, at most n bytes.
func sanitize(s string, n int) string {
	var b strings.Builder
	for i := 0; i < len(s) && b.Len() < n; i++ {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			b.WriteByte(c)
		} else {
			b.WriteByte('?')
		}
	}
	return b.String()
}
