package main

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

// TestSustainCounts checks that a sustained run counts every answered request
// once, as a signature or as an error, and stops when its duration has passed.
func TestSustainCounts(t *testing.T) {
	var calls atomic.Int64
	once := func() (time.Duration, error) {
		if calls.Add(1)%3 == 0 {
			return 0, errors.New("no signature")
		}
		return time.Millisecond, nil
	}
	r := sustain(context.Background(), 20*time.Millisecond, 3, once)
	if r.Concurrency != 3 {
		t.Errorf("concurrency %d, want 3", r.Concurrency)
	}
	if int64(r.Signatures+r.Errors) != calls.Load() {
		t.Errorf("signatures %d + errors %d != %d calls", r.Signatures, r.Errors, calls.Load())
	}
	if r.Errors != int(calls.Load()/3) {
		t.Errorf("errors %d, want %d", r.Errors, calls.Load()/3)
	}
	if r.Latency.N != r.Signatures {
		t.Errorf("latency samples %d, signatures %d", r.Latency.N, r.Signatures)
	}
}

// TestSustainStopsOnCancel checks that a cancelled context ends the run early.
func TestSustainStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var calls atomic.Int64
	once := func() (time.Duration, error) {
		if calls.Add(1) == 5 {
			cancel()
		}
		return time.Microsecond, nil
	}
	r := sustain(ctx, time.Hour, 1, once)
	if r.Signatures != 5 {
		t.Errorf("signatures %d after cancel at the 5th call, want 5", r.Signatures)
	}
}
