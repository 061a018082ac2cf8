package mpc

import (
	"errors"

	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

// Errors of a presignature store (package mpc/sharestore, and the test
// stores that stand in for it).
var (
	// ErrConsumed: the presignature was already used for a share.
	ErrConsumed = errors.New("store: presignature already consumed")
	// ErrNotFound: no such record.
	ErrNotFound = errors.New("store: not found")
)

// PresignInfo is the public bookkeeping of a stored presignature.
type PresignInfo struct {
	ID          []byte     `json:"-"`
	Key         string     `json:"key"`     // the config name it belongs to
	Signers     []party.ID `json:"signers"` // canonical order (CompareParties)
	Created     int64      `json:"created"` // unix seconds
	ConsumedAt  int64      `json:"consumedAt,omitempty"`
	ConsumedFor string     `json:"consumedFor,omitempty"`
}

// Consumed reports whether the presignature was used.
func (p PresignInfo) Consumed() bool { return p.ConsumedAt != 0 }
