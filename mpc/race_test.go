//go:build race

package mpc_test

// The race detector slows the protocols' proofs down about tenfold.
const timeScale = 20
