// Package mpc owns pkpnet's threshold ECDSA: CMP root keygen and refresh, and
// resharing of the root key to the next node set (Reshare), on
// github.com/taurusgroup/multi-party-sig, PKP key derivation from the root key,
// presignatures and their re-targeted, re-randomized online step, share
// verification and combination into Ethereum signatures. The encrypted store
// for key shares and presignatures is package mpc/sharestore (node-side: mpc
// itself has no bbolt, so clients do not link it). Protocols run over the
// small Transport interface; an in-memory Transport serves tests.
package mpc
