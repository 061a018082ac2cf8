package p2p

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
)

var (
	errRejected  = errors.New("rejected by the receiving node")
	errBusy      = errors.New("receiving node is busy")
	errDropped   = errors.New("dropped: session closed or message expired")
	errQueueFull = errors.New("send queue full")
)

// outFrame is one frame queued for a peer.
type outFrame struct {
	body     []byte
	done     <-chan struct{} // the owning session; nil means none
	expires  time.Time       // zero means never
	onResult func(error)     // may be nil
}

func (f *outFrame) dead(now time.Time) bool {
	if !f.expires.IsZero() && now.After(f.expires) {
		return true
	}
	select {
	case <-f.done:
		return true
	default:
		return false
	}
}

func (f *outFrame) result(err error) {
	if f.onResult != nil {
		f.onResult(err)
	}
}

// peerSender owns one persistent outbound /pkpnet/mpc/1.0.0 stream to one
// peer and delivers queued frames in order, each confirmed by a status byte.
// Failed frames are retried with backoff on a new stream (after a DHT lookup
// if the peer is not connected) until their session closes.
type peerSender struct {
	t *Transport
	p peer.ID

	mu     sync.Mutex
	queue  []*outFrame
	qBytes int
	wake   chan struct{}

	s  network.Stream
	br *bufio.Reader
}

// sender returns the peerSender for p, starting it on first use.
func (t *Transport) sender(p peer.ID) *peerSender {
	t.mu.Lock()
	defer t.mu.Unlock()
	ps := t.senders[p]
	if ps == nil {
		ps = &peerSender{t: t, p: p, wake: make(chan struct{}, 1)}
		if t.ctx.Err() != nil {
			return ps // closed: frames queued here are never sent
		}
		t.senders[p] = ps
		t.wg.Add(1)
		go func() {
			defer t.wg.Done()
			ps.run()
		}()
	}
	return ps
}

func (ps *peerSender) enqueue(f *outFrame) error {
	ps.mu.Lock()
	if ps.qBytes+len(f.body) > maxSenderQueueBytes {
		ps.mu.Unlock()
		return fmt.Errorf("%w for peer %s", errQueueFull, ps.p)
	}
	ps.queue = append(ps.queue, f)
	ps.qBytes += len(f.body)
	ps.mu.Unlock()
	select {
	case ps.wake <- struct{}{}:
	default:
	}
	return nil
}

func (ps *peerSender) next() *outFrame {
	for {
		ps.mu.Lock()
		if len(ps.queue) > 0 {
			f := ps.queue[0]
			ps.queue[0] = nil
			ps.queue = ps.queue[1:]
			ps.qBytes -= len(f.body)
			ps.mu.Unlock()
			return f
		}
		ps.mu.Unlock()
		select {
		case <-ps.wake:
		case <-ps.t.ctx.Done():
			return nil
		}
	}
}

func (ps *peerSender) run() {
	defer ps.closeStream(false)
	ctx := ps.t.ctx
	for {
		f := ps.next()
		if f == nil {
			return
		}
		backoff := 10 * time.Millisecond
		for {
			if f.dead(time.Now()) {
				f.result(errDropped)
				break
			}
			err := ps.try(ctx, f)
			if err == nil || errors.Is(err, errRejected) {
				f.result(err)
				break
			}
			if ctx.Err() != nil {
				f.result(ctx.Err())
				return
			}
			timer := time.NewTimer(backoff)
			select {
			case <-timer.C:
			case <-f.done:
				timer.Stop()
			case <-ctx.Done():
				timer.Stop()
				f.result(ctx.Err())
				return
			}
			backoff = min(2*backoff, time.Second)
		}
	}
}

func (ps *peerSender) closeStream(reset bool) {
	if ps.s == nil {
		return
	}
	if reset {
		_ = ps.s.Reset()
	} else {
		_ = ps.s.Close()
	}
	ps.s, ps.br = nil, nil
}

// try sends one frame and waits for its status byte.
func (ps *peerSender) try(ctx context.Context, f *outFrame) error {
	if ps.s == nil {
		octx, cancel := context.WithTimeout(ctx, openStreamTimeout)
		defer cancel()
		// NewStream dials the addresses we know; if that fails, look the
		// peer up in the DHT (it may have come back on a new address).
		s, err := ps.t.hs.h.NewStream(octx, ps.p, MPCProtocol)
		if err != nil && !ps.t.hs.Connected(ps.p) {
			if ferr := ps.t.hs.FindAndConnect(octx, ps.p); ferr == nil {
				s, err = ps.t.hs.h.NewStream(octx, ps.p, MPCProtocol)
			}
		}
		if err != nil {
			return fmt.Errorf("open MPC stream to %s: %w", ps.p, err)
		}
		ps.s, ps.br = s, bufio.NewReaderSize(s, 16)
	}
	_ = ps.s.SetWriteDeadline(time.Now().Add(frameIOTimeout))
	if err := WriteFrame(ps.s, f.body); err != nil {
		ps.closeStream(true)
		return err
	}
	_ = ps.s.SetReadDeadline(time.Now().Add(frameIOTimeout))
	var status [1]byte
	if _, err := io.ReadFull(ps.br, status[:]); err != nil {
		ps.closeStream(true)
		return fmt.Errorf("read MPC status from %s: %w", ps.p, err)
	}
	switch status[0] {
	case statusOK:
		return nil
	case statusRejected:
		return errRejected
	case statusBusy:
		return errBusy
	default:
		ps.closeStream(true)
		return fmt.Errorf("MPC status %d from %s", status[0], ps.p)
	}
}
