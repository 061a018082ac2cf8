package runtime

import (
	"fmt"
	"time"
)

// Limits bound what one action run may use. The zero value of a field means
// "use the default"; DefaultLimits lists the defaults (docs/runtime.md, "Limits").
type Limits struct {
	WallTime           time.Duration // whole run, including awaited fetches and timers
	MemoryBytes        int64         // worker heap cap (watchdog); the worker's RLIMIT_DATA adds headroom
	CodeBytes          int           // action source size
	ParamsBytes        int           // jsParams JSON size
	ResponseBytes      int           // setResponse payload
	LogBytes           int           // total console.log output
	FetchCount         int           // fetch calls per run
	FetchResponseBytes int64         // body size of one fetch response
	FetchRequestBytes  int           // body size of one fetch request
	FetchTimeout       time.Duration // one fetch, capped by the remaining wall time
	Signatures         int           // signEcdsa + ethPersonalSignMessageEcdsa calls per run
	CallStackDepth     int           // JS call depth
	HostCalls          int           // Lit.Actions chain-view calls per run (isPermitted*, checkConditions, ...)
	ChannelCalls       int           // broadcastAndCollect + runOnce calls per run
	ChannelValueBytes  int           // one broadcastAndCollect value or runOnce result
	ChannelTimeout     time.Duration // how long broadcastAndCollect waits for the other nodes
	RunOnceTimeout     time.Duration // how long a runOnce waits for the runner's result
}

// DefaultLimits are the limits Lit's nodes run with, plus our own choices
// for the ones Lit leaves open (see docs/runtime.md, "Decisions").
var DefaultLimits = Limits{
	WallTime:           30 * time.Second,
	MemoryBytes:        256 << 20,
	CodeBytes:          16 << 20,
	ParamsBytes:        1 << 20,
	ResponseBytes:      100 << 10,
	LogBytes:           100 << 10,
	FetchCount:         50,
	FetchResponseBytes: 10 << 20,
	FetchRequestBytes:  1 << 20,
	FetchTimeout:       10 * time.Second,
	Signatures:         10,
	CallStackDepth:     1000,
	HostCalls:          1000,
	ChannelCalls:       32,
	ChannelValueBytes:  48 << 10,
	ChannelTimeout:     10 * time.Second,
	RunOnceTimeout:     20 * time.Second,
}

// withDefaults returns l with every zero field set to its default.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	if l.WallTime > 0 {
		d.WallTime = l.WallTime
	}
	if l.MemoryBytes > 0 {
		d.MemoryBytes = l.MemoryBytes
	}
	if l.CodeBytes > 0 {
		d.CodeBytes = l.CodeBytes
	}
	if l.ParamsBytes > 0 {
		d.ParamsBytes = l.ParamsBytes
	}
	if l.ResponseBytes > 0 {
		d.ResponseBytes = l.ResponseBytes
	}
	if l.LogBytes > 0 {
		d.LogBytes = l.LogBytes
	}
	if l.FetchCount > 0 {
		d.FetchCount = l.FetchCount
	}
	if l.FetchResponseBytes > 0 {
		d.FetchResponseBytes = l.FetchResponseBytes
	}
	if l.FetchRequestBytes > 0 {
		d.FetchRequestBytes = l.FetchRequestBytes
	}
	if l.FetchTimeout > 0 {
		d.FetchTimeout = l.FetchTimeout
	}
	if l.Signatures > 0 {
		d.Signatures = l.Signatures
	}
	if l.CallStackDepth > 0 {
		d.CallStackDepth = l.CallStackDepth
	}
	if l.HostCalls > 0 {
		d.HostCalls = l.HostCalls
	}
	if l.ChannelCalls > 0 {
		d.ChannelCalls = l.ChannelCalls
	}
	if l.ChannelValueBytes > 0 {
		d.ChannelValueBytes = l.ChannelValueBytes
	}
	if l.ChannelTimeout > 0 {
		d.ChannelTimeout = l.ChannelTimeout
	}
	if l.RunOnceTimeout > 0 {
		d.RunOnceTimeout = l.RunOnceTimeout
	}
	return d
}

// validate rejects limits that cannot work.
func (l Limits) validate() error {
	if l.MemoryBytes < 16<<20 {
		return fmt.Errorf("memory limit %d bytes is below the 16 MiB minimum", l.MemoryBytes)
	}
	if l.WallTime < time.Millisecond {
		return fmt.Errorf("wall time limit %s is below 1ms", l.WallTime)
	}
	if l.CodeBytes > maxFrame/2 {
		return fmt.Errorf("code limit %d bytes exceeds the protocol's %d", l.CodeBytes, maxFrame/2)
	}
	if l.FetchResponseBytes > maxFrame/4 {
		return fmt.Errorf("fetch response limit %d bytes exceeds the protocol's %d", l.FetchResponseBytes, maxFrame/4)
	}
	return nil
}

// Limit names, as they appear in errors (Error.Limit).
const (
	LimitWallTime      = "wall time"
	LimitMemory        = "memory"
	LimitCode          = "code size"
	LimitParams        = "jsParams size"
	LimitResponse      = "response size"
	LimitLog           = "log size"
	LimitFetchCount    = "fetch count"
	LimitFetchResponse = "fetch response size"
	LimitFetchRequest  = "fetch request size"
	LimitFetchTimeout  = "fetch timeout"
	LimitSignatures    = "signatures per run"
	LimitCallStack     = "call stack depth"
	LimitHostCalls     = "host calls per run"
	LimitChannelCalls  = "channel calls per run"
	LimitChildCalls    = "nested action calls per request"
)
