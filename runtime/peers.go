package runtime

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
)

// Peers is a run's channel to the other nodes running the same request
// (the node gives it actionchan's Run). Values are keyed by name and the
// occurrence index of that name in the run; the runtime prefixes the names
// of its own calls ("bc/", "once/") so they never collide.
type Peers interface {
	// Self is this node's party ID.
	Self() string
	// Leader is the node that runs runOnce functions.
	Leader() string
	// Others are the run's other nodes.
	Others() []string
	// Broadcast sends value to the other nodes and returns at once.
	Broadcast(name string, index uint32, value []byte) error
	// SendTo is Broadcast to the nodes in to only.
	SendTo(to []string, name string, index uint32, value []byte) error
	// Collect waits for a value from each node in from until ctx ends and
	// returns what arrived and who stayed silent.
	Collect(ctx context.Context, name string, index uint32, from []string) (values map[string][]byte, missing []string)
}

// Channel method names (worker to node).
const (
	callBroadcastCollect = "broadcastAndCollect"
	callRunOnceShare     = "runOnceShare"
	callRunOnceWait      = "runOnceWait"
)

// maxChannelName caps the name an action gives a channel call.
const maxChannelName = 128

type channelArgs struct {
	Name  string  `json:"name"`
	Value string  `json:"value"`
	Error *string `json:"error,omitempty"`
}

// onceResult is what the runOnce runner sends the other nodes.
type onceResult struct {
	Value string  `json:"value"`
	Error *string `json:"error,omitempty"`
}

// channelCall serves broadcastAndCollect and the two halves of runOnce.
func (ss *session) channelCall(ctx context.Context, m *message) {
	var a channelArgs
	if err := json.Unmarshal(m.Args, &a); err != nil {
		ss.reply(m.ID, nil, fmt.Errorf("%s: bad arguments: %w", m.Method, err))
		return
	}
	p := ss.req.Peers
	if p == nil {
		ss.reply(m.ID, nil, fmt.Errorf("%s: this run has no channel to other nodes", m.Method))
		return
	}
	if a.Name == "" || len(a.Name) > maxChannelName {
		ss.reply(m.ID, nil, fmt.Errorf("%s: name must be 1 to %d bytes", m.Method, maxChannelName))
		return
	}
	if ss.chanCalls >= ss.lim.ChannelCalls {
		ss.fail(limitErr(LimitChannelCalls, "more than %d broadcastAndCollect / runOnce calls", ss.lim.ChannelCalls))
		return
	}
	ss.chanCalls++
	if ss.chanIndex == nil {
		ss.chanIndex = map[string]uint32{}
	}
	prefix := "bc/"
	if m.Method != callBroadcastCollect {
		prefix = "once/"
	}
	key := prefix + a.Name
	idx := ss.chanIndex[key]
	ss.chanIndex[key] = idx + 1
	switch m.Method {
	case callBroadcastCollect:
		if len(a.Value) > ss.lim.ChannelValueBytes {
			ss.reply(m.ID, nil, fmt.Errorf("broadcastAndCollect: value of %d bytes, the limit is %d", len(a.Value), ss.lim.ChannelValueBytes))
			return
		}
		if err := p.Broadcast(key, idx, []byte(a.Value)); err != nil {
			ss.reply(m.ID, nil, fmt.Errorf("broadcastAndCollect: %w", err))
			return
		}
		timeout := ss.lim.ChannelTimeout
		self, value := p.Self(), a.Value
		ss.async(ctx, m.ID, func(ctx context.Context) callOutcome {
			cctx, cancel := context.WithTimeout(ctx, timeout)
			defer cancel()
			got, _ := p.Collect(cctx, key, idx, p.Others())
			got[self] = []byte(value)
			ids := make([]string, 0, len(got))
			for id := range got {
				ids = append(ids, id)
			}
			slices.SortFunc(ids, comparePartyIDs)
			out := make([]string, len(ids))
			for i, id := range ids {
				out[i] = string(got[id])
			}
			return callOutcome{value: out}
		})
	case callRunOnceShare:
		if p.Self() != p.Leader() {
			ss.reply(m.ID, nil, fmt.Errorf("runOnce: this node is not the runner (node %s is)", p.Leader()))
			return
		}
		b, _ := json.Marshal(onceResult{Value: a.Value, Error: a.Error})
		if len(b) > ss.lim.ChannelValueBytes {
			ss.reply(m.ID, nil, fmt.Errorf("runOnce: result of %d bytes, the limit is %d", len(b), ss.lim.ChannelValueBytes))
			return
		}
		if err := p.Broadcast(key, idx, b); err != nil {
			ss.reply(m.ID, nil, fmt.Errorf("runOnce: %w", err))
			return
		}
		ss.reply(m.ID, true, nil)
	case callRunOnceWait:
		leader := p.Leader()
		if p.Self() == leader {
			ss.reply(m.ID, nil, fmt.Errorf("runOnce: this node is the runner"))
			return
		}
		timeout, name := ss.lim.RunOnceTimeout, a.Name
		ss.async(ctx, m.ID, func(ctx context.Context) callOutcome {
			cctx, cancel := context.WithTimeout(ctx, timeout)
			defer cancel()
			got, _ := p.Collect(cctx, key, idx, []string{leader})
			b, ok := got[leader]
			if !ok {
				return callOutcome{refusal: fmt.Errorf("runOnce %q: the runner, node %s, sent no result within %s", name, leader, timeout)}
			}
			var r onceResult
			if err := json.Unmarshal(b, &r); err != nil {
				return callOutcome{refusal: fmt.Errorf("runOnce %q: the runner, node %s, sent a malformed result", name, leader)}
			}
			if r.Error != nil {
				return callOutcome{refusal: fmt.Errorf("runOnce %q: the function failed on the runner, node %s: %s", name, leader, truncate(*r.Error, 1000))}
			}
			return callOutcome{value: r.Value}
		})
	}
}

// comparePartyIDs orders party IDs numerically when they are decimals of
// equal form, as mpc orders them, and by length then bytes otherwise.
func comparePartyIDs(a, b string) int {
	if len(a) != len(b) {
		return len(a) - len(b)
	}
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
