// Package examples holds the runnable example actions of the seed's
// patterns, embedded so that tests and the devnet demo run the same bytes
// a user would add with `pkpnet action add`.
package examples

import _ "embed"

// Prime signs a number only if it is prime; the signed message is the
// number itself (EIP-191 personal message of its decimal digits).
//
//go:embed prime/prime.js
var Prime string

// Oracle fetches a price and signs "<asset>:<price>" (EIP-191) only at or
// above a threshold.
//
//go:embed oracle/oracle.js
var Oracle string

// SelfWallet is the action of a self-owned PKP (send-to-self): it signs
// only EIP-1559 transfers of at most 0.01 ether without data.
//
//go:embed sendtoself/wallet.js
var SelfWallet string
