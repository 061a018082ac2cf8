package node

import (
	"errors"
	"strings"
	"testing"

	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/runtime"
	"github.com/pkpnet/pkpnet/wire"
)

// TestRunErrorCodes: an action past its wall time is a `timeout` that names
// the limit (and that clients treat as final); other failures keep their
// codes.
func TestRunErrorCodes(t *testing.T) {
	for _, tc := range []struct {
		err      error
		code     p2p.ErrorCode
		contains string
	}{
		{&runtime.Error{Kind: runtime.KindLimit, Limit: runtime.LimitWallTime, Msg: "the action ran longer than 30s"}, p2p.CodeTimeout, wire.ActionTimeoutPrefix},
		{&runtime.Error{Kind: runtime.KindLimit, Limit: runtime.LimitMemory, Msg: "heap"}, p2p.CodeBadRequest, "action failed"},
		{&runtime.Error{Kind: runtime.KindScript, Msg: "boom"}, p2p.CodeBadRequest, "boom"},
		{&runtime.Error{Kind: runtime.KindWorker, Msg: "crash"}, p2p.CodeUnavailable, "could not run"},
	} {
		var pe *p2p.Error
		if err := runError(tc.err, nil); !errors.As(err, &pe) || pe.Code != tc.code || !strings.Contains(pe.Message, tc.contains) {
			t.Errorf("runError(%v) = %v, want %s containing %q", tc.err, err, tc.code, tc.contains)
		}
	}
	pe := runError(&runtime.Error{Kind: runtime.KindLimit, Limit: runtime.LimitWallTime, Msg: "the action ran longer than 30s"}, nil).(*p2p.Error)
	if !strings.Contains(pe.Message, "30s") {
		t.Errorf("timeout does not name the limit: %q", pe.Message)
	}
}
