package devnet

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/pkpnet/pkpnet/node"
)

// defaultStopTimeout bounds how long Stop waits for node.Run to return.
const defaultStopTimeout = 30 * time.Second

// InProcess runs a devnet's nodes with node.Run in goroutines of this
// process (the e2e and node tests), where pkpnet devnet starts processes.
// Each node can be stopped and started again from its data directory.
type InProcess struct {
	// StopTimeout bounds how long Stop waits for node.Run to return
	// (0: 30 s).
	StopTimeout time.Duration

	d      *Devnet
	config func(i int) node.Config

	mu    sync.Mutex
	nodes []*node.Node
	stops []context.CancelFunc
	dones []chan error
}

// InProcess returns a runner for d's nodes. config(i) is node i's (0-based)
// configuration, usually d.Nodes[i].Config with in-process settings; it is
// called at every start, and its OnReady is replaced.
func (d *Devnet) InProcess(config func(i int) node.Config) *InProcess {
	n := len(d.Nodes)
	return &InProcess{d: d, config: config, nodes: make([]*node.Node, n), stops: make([]context.CancelFunc, n), dones: make([]chan error, n)}
}

// Start starts node i (0-based) and waits until it serves (node.Config's
// OnReady), it fails, or timeout passes.
func (r *InProcess) Start(i int, timeout time.Duration) error {
	r.mu.Lock()
	if r.stops[i] != nil {
		r.mu.Unlock()
		return fmt.Errorf("node %d is running", i+1)
	}
	cfg := r.config(i)
	ready := make(chan *node.Node, 1)
	cfg.OnReady = func(n *node.Node) { ready <- n }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	r.stops[i], r.dones[i] = cancel, done
	r.mu.Unlock()
	go func() { done <- node.Run(ctx, cfg) }()
	select {
	case nd := <-ready:
		r.mu.Lock()
		r.nodes[i] = nd
		r.mu.Unlock()
		return nil
	case err := <-done:
		r.mu.Lock()
		r.stops[i] = nil
		r.mu.Unlock()
		return fmt.Errorf("node %d stopped while starting: %w", i+1, err)
	case <-time.After(timeout):
		return fmt.Errorf("node %d not ready within %s", i+1, timeout)
	}
}

// StartAll starts every stopped node in parallel and waits for all.
func (r *InProcess) StartAll(timeout time.Duration) error {
	errs := make([]error, len(r.stops))
	var wg sync.WaitGroup
	for i := range r.stops {
		r.mu.Lock()
		running := r.stops[i] != nil
		r.mu.Unlock()
		if running {
			continue
		}
		wg.Add(1)
		go func() { defer wg.Done(); errs[i] = r.Start(i, timeout) }()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// Stop stops node i and waits until its node.Run returned.
func (r *InProcess) Stop(i int) error {
	r.mu.Lock()
	stop, done := r.stops[i], r.dones[i]
	r.stops[i], r.nodes[i] = nil, nil
	r.mu.Unlock()
	if stop == nil {
		return nil
	}
	stop()
	timeout := r.StopTimeout
	if timeout <= 0 {
		timeout = defaultStopTimeout
	}
	select {
	case <-done:
		return nil
	case <-time.After(timeout):
		return fmt.Errorf("node %d did not stop within %s", i+1, timeout)
	}
}

// StopAll stops every node in parallel.
func (r *InProcess) StopAll() error {
	errs := make([]error, len(r.stops))
	var wg sync.WaitGroup
	for i := range r.stops {
		wg.Add(1)
		go func() { defer wg.Done(); errs[i] = r.Stop(i) }()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// Node is running node i, or nil.
func (r *InProcess) Node(i int) *node.Node {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.nodes[i]
}
