package mpc

import "github.com/cronokirby/saferith"

// Test access to the resharing wire format, so that tests in mpc_test can
// build malicious participants (wrapped transports that rewrite messages).
type (
	ReshareMsg = reshareMsg
	PartyHash  = partyHash
	Reveal     = reveal
)

var (
	EncodeReshare = encodeReshare
	DecodeReshare = decodeReshare
)

const (
	KindCommit = kindCommit
	KindShare  = kindShare
	KindView   = kindView
	KindReveal = kindReveal
)

func natOf(v uint64) *saferith.Nat { return new(saferith.Nat).SetUint64(v) }
