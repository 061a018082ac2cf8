package mpc

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
