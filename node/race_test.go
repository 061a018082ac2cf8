//go:build race

package node_test

// slow scales the cluster test's waits under the race detector, which makes
// CMP keygen and presign many times slower.
const slow = 8
