//go:build !race

package node_test

const slow = 1
