package node

import (
	"context"
	"sync"
	"time"
)

// maxYield bounds one wait of a background presign for the requests in
// flight: refill slows under sustained load but never stops (the pool must
// refill for the next requests), and the other parties of the session do
// not take a paused party for silent.
const maxYield = time.Second

// yielder lets background presigning yield the CPU to requests. Request
// handlers bracket their work with begin and end; background presign
// sessions call wait between protocol messages (mpc.PresignOptions.Pace)
// and the refill loop starts no session while busy. On-demand presigns run
// inside a request at every signer, so every member's background work
// yields to them.
type yielder struct {
	mu       sync.Mutex
	inflight int
	idle     chan struct{} // closed while no request is in flight
}

func newYielder() *yielder {
	c := make(chan struct{})
	close(c)
	return &yielder{idle: c}
}

func (y *yielder) begin() {
	y.mu.Lock()
	defer y.mu.Unlock()
	if y.inflight == 0 {
		y.idle = make(chan struct{})
	}
	y.inflight++
}

func (y *yielder) end() {
	y.mu.Lock()
	defer y.mu.Unlock()
	y.inflight--
	if y.inflight == 0 {
		close(y.idle)
	}
}

func (y *yielder) busy() bool {
	y.mu.Lock()
	defer y.mu.Unlock()
	return y.inflight > 0
}

// wait blocks while requests are in flight, at most maxYield.
func (y *yielder) wait(ctx context.Context) error {
	y.mu.Lock()
	idle := y.idle
	y.mu.Unlock()
	t := time.NewTimer(maxYield)
	defer t.Stop()
	select {
	case <-idle:
	case <-t.C:
	case <-ctx.Done():
		return ctx.Err()
	}
	return nil
}
