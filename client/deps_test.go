package client_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDepsLeaveOutNodeSide: the client library links none of the node-side
// storage: no chain index (chainwatch) and no bbolt, directly or through any
// package it imports.
func TestDepsLeaveOutNodeSide(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/pkpnet/pkpnet/client").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	forbidden := []string{"github.com/pkpnet/pkpnet/chainwatch", "go.etcd.io/bbolt"}
	for _, p := range strings.Fields(string(out)) {
		for _, f := range forbidden {
			if p == f || strings.HasPrefix(p, f+"/") {
				t.Errorf("client depends on %s", p)
			}
		}
	}
}
