package signing_test

import (
	"errors"

	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/node/signing"
	"github.com/pkpnet/pkpnet/node/signing/signingtest"
	"github.com/pkpnet/pkpnet/p2p"
)

type (
	harness = signingtest.Harness
	keyRing = signingtest.KeyRing
)

var (
	newHarness = signingtest.NewHarness
	randHash   = signingtest.RandHash
)

const roundTimeout = signingtest.RoundTimeout

// named returns the parties an honest node's error holds responsible, and
// whether it claims proof.
func named(err error) ([]party.ID, bool) {
	var ce *signing.CoordinationError
	if errors.As(err, &ce) {
		return ce.Parties, ce.Proof
	}
	return nil, false
}

func isCode(err error, c p2p.ErrorCode) bool {
	var pe *p2p.Error
	return errors.As(err, &pe) && pe.Code == c
}
