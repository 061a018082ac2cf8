package client

import (
	"errors"
	"strings"
	"testing"

	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/wire"
)

// TestRequestErrorGroupsIdentical: identical errors from several nodes are
// printed once with the count; different ones stay per node.
func TestRequestErrorGroupsIdentical(t *testing.T) {
	same := errors.New("bad_request: action failed: boom")
	e := &RequestError{Msg: "request refused by 3 of 3 nodes", NodeErrors: []NodeError{
		{Party: "2", Err: same}, {Party: "1", Err: same}, {Party: "3", Err: same},
	}}
	if got, want := e.Error(), "request refused by 3 of 3 nodes: 3 of 3 nodes (1, 2, 3): bad_request: action failed: boom"; got != want {
		t.Fatalf("got  %q\nwant %q", got, want)
	}
	e.NodeErrors[2].Err = errors.New("timeout: slow")
	if got := e.Error(); !strings.Contains(got, "2 of 3 nodes (1, 2): bad_request") || !strings.Contains(got, "node 3: timeout: slow") {
		t.Fatalf("got %q", got)
	}
}

// TestActionTimeoutIsFinal: the nodes' `timeout` for the action's own wall
// time counts as a refusal (every node would time out again); any other
// timeout does not.
func TestActionTimeoutIsFinal(t *testing.T) {
	if _, refused := isRefusal(p2p.Errorf(p2p.CodeTimeout, "%s: action: wall time limit exceeded (30s)", wire.ActionTimeoutPrefix)); !refused {
		t.Fatal("action timeout not final")
	}
	if _, refused := isRefusal(p2p.Errorf(p2p.CodeTimeout, "signing round timed out")); refused {
		t.Fatal("a signing timeout is final")
	}
}
