package signing

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
)

// PerSenderCap caps the messages buffered for one sender that the run does
// not wait for yet; messages that do not decode count against it too. An
// honest party sends at most four messages to a peer per run.
const PerSenderCap = 8

var errTimeout = errors.New("timeout")

// inbox reads one session's messages. A message the run waits for is
// matched before any cap applies; others are buffered per sender up to
// PerSenderCap, and only that sender's extras are dropped.
type inbox struct {
	conn    mpc.Conn
	buf     map[party.ID][]*Message
	junk    map[party.ID]int
	dropped map[party.ID]int
}

func newInbox(c mpc.Conn) *inbox {
	return &inbox{conn: c, buf: map[party.ID][]*Message{}, junk: map[party.ID]int{}, dropped: map[party.ID]int{}}
}

// next returns the next message from one of froms (any party when nil)
// with one of the given types, waiting until deadline.
func (ib *inbox) next(ctx context.Context, deadline time.Time, froms []party.ID, types ...string) (party.ID, *Message, error) {
	match := func(from party.ID, m *Message) bool {
		return slices.Contains(types, m.Type) && (froms == nil || slices.Contains(froms, from))
	}
	for from, msgs := range ib.buf {
		for i, m := range msgs {
			if match(from, m) {
				ib.buf[from] = slices.Delete(msgs, i, i+1)
				return from, m, nil
			}
		}
	}
	timer := time.NewTimer(time.Until(deadline))
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return "", nil, ctx.Err()
		case <-timer.C:
			return "", nil, errTimeout
		case e, ok := <-ib.conn.Recv():
			if !ok {
				return "", nil, errors.New("session closed")
			}
			m, err := DecodeMessage(e.Data)
			if err != nil {
				ib.junk[e.From]++
				continue
			}
			if match(e.From, m) {
				return e.From, m, nil
			}
			if len(ib.buf[e.From])+ib.junk[e.From] >= PerSenderCap {
				ib.dropped[e.From]++
				continue
			}
			ib.buf[e.From] = append(ib.buf[e.From], m)
		}
	}
}
