package runtime

import (
	"context"
	"encoding/json"
	"errors"
)

// CheckAccessConditions evaluates Lit-format EVM basic and contract access
// conditions (the conditions array of checkConditions) for a caller whose
// address the node authenticated itself (a session's wallet): it stands
// for ":userAddress". Threshold decryption calls it with a ChainReader on
// confirmed chain state. A condition about a chain h does not read is an
// error, never false.
func CheckAccessConditions(ctx context.Context, h ChainReader, conditions json.RawMessage, user string) (bool, error) {
	ev := &condEval{h: h}
	if user != "" {
		ev.user = user
	} else {
		ev.userErr = errors.New("no authenticated caller")
	}
	return ev.list(ctx, conditions, 0)
}
