package actionchan

import (
	"context"
	"fmt"
	"sync"

	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

// MemNet connects hubs in one process, for tests of code built on the
// channel. Each hub gets its own MemNet.Transport(self).
type MemNet struct {
	mu   sync.Mutex
	hubs map[party.ID]*Hub
}

// NewMemNet makes an empty in-memory network.
func NewMemNet() *MemNet { return &MemNet{hubs: map[party.ID]*Hub{}} }

// Attach registers hub as node id's receiver.
func (n *MemNet) Attach(id party.ID, h *Hub) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.hubs[id] = h
}

// Transport is node from's sender.
func (n *MemNet) Transport(from party.ID) Transport { return memTransport{n, from} }

type memTransport struct {
	n    *MemNet
	from party.ID
}

func (t memTransport) Send(ctx context.Context, to party.ID, m *Message) error {
	t.n.mu.Lock()
	h := t.n.hubs[to]
	t.n.mu.Unlock()
	if h == nil {
		return fmt.Errorf("node %s unreachable", to)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	cp := *m
	cp.Value = append([]byte(nil), m.Value...)
	if err := h.Deliver(t.from, &cp); err != nil {
		return fmt.Errorf("%w: %v", ErrRefused, err)
	}
	return nil
}
