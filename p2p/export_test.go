package p2p

import "github.com/taurusgroup/multi-party-sig/pkg/party"

// PendingOf reports how many messages and bytes of sender p the pending
// table buffers (tests only).
func (t *Transport) PendingOf(p party.ID) (msgs, bytes int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if q := t.pendingBy[p]; q != nil {
		return q.msgs, q.bytes
	}
	return 0, 0
}

// Quotas of the pending table and the replay cache, for tests.
const (
	MaxPendingPerSession  = maxPendingPerSession
	MaxPendingSenderBytes = maxPendingSenderBytes
)

// EncodeDirect encodes a direct MPC wire message, for tests that play a
// malicious member writing raw frames.
func EncodeDirect(session string, from, to party.ID, seq uint64, data []byte) ([]byte, error) {
	return (&wireMsg{Kind: kindDirect, Session: session, From: from, To: to, Seq: seq, Data: data}).encode()
}

// Stream status bytes, for tests that read them.
const (
	StatusOK   = statusOK
	StatusBusy = statusBusy
)

const MaxPendingSenderSessions = maxPendingSenderSessions
