package node

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/pkpnet/pkpnet/chainwatch"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node/metrics"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/runtime"
)

// Operator view of a node: the metrics source, readiness checks and the
// instrumentation helpers the request, pool and genesis paths call.

var _ metrics.Source = (*Node)(nil)

// indexSync reports how far the chain index is behind the chain. The node
// reads it from the watcher's status; a stricter "synced" signal can
// replace it without touching the readiness check.
type indexSync interface {
	Status() chainwatch.Status
}

var _ indexSync = (*chainwatch.Watcher)(nil)

// ChainStatus implements metrics.Source.
func (n *Node) ChainStatus() (head, checkpoint uint64, healthy bool) {
	if n.sync == nil {
		return 0, 0, false
	}
	st := n.sync.Status()
	return st.Head, st.Checkpoint, st.Healthy
}

// NodePeers implements metrics.Source: connected node-set members other
// than this node, and the node-set size.
func (n *Node) NodePeers() (connected, members int) {
	if n.host == nil {
		return 0, 0
	}
	ns := n.members
	if ns == nil {
		return 0, 0
	}
	for _, p := range ns.Peers() {
		if p != n.host.ID() && n.host.Connected(p) {
			connected++
		}
	}
	return connected, ns.Len()
}

// MPCSessions counts this node's open MPC sessions and the closed ones
// still delivering their last messages.
func (n *Node) MPCSessions() (open, draining int) {
	if n.tr == nil {
		return 0, 0
	}
	return n.tr.Sessions()
}

// MetricsAddr is the bound address of the metrics and health server, empty
// when it is off.
func (n *Node) MetricsAddr() string {
	if n.msrv == nil {
		return ""
	}
	return n.msrv.Addr()
}

// readyChecks are /readyz's conditions.
func (n *Node) readyChecks() []metrics.Check {
	return []metrics.Check{
		{Name: "root key", Fn: func(context.Context) error {
			if n.RootKey() == nil {
				return errors.New("no active root key yet (genesis running)")
			}
			return nil
		}},
		// The same check that gates every share release (refuseUnsynced).
		{Name: "chain index", Fn: func(context.Context) error {
			if n.watcher == nil {
				return errors.New("chain index not started")
			}
			return n.watcher.CheckSynced(n.cfg.ReadyMaxLag)
		}},
		{Name: "node peers", Fn: func(context.Context) error {
			conn, members := n.NodePeers()
			want := n.cfg.ReadyMinNodes
			if want <= 0 {
				want = mpc.Threshold(members)
			}
			if conn+1 < want {
				return fmt.Errorf("%d of %d nodes reachable (this one included), %d needed", conn+1, members, want)
			}
			return nil
		}},
		{Name: "presignature pool", Fn: func(context.Context) error {
			if n.cfg.PoolTarget < 0 {
				return nil // no pool: every signature presigns on demand
			}
			total := 0
			for _, v := range n.PoolLevels() {
				total += v
			}
			if total == 0 {
				return errors.New("empty")
			}
			return nil
		}},
	}
}

// instrument wraps a client protocol handler with the request counter and
// latency histogram. The outcome label is "ok" or the p2p error code.
func instrument[Req, Resp any](n *Node, id protocol.ID, fn p2p.HandlerFunc[Req, Resp]) p2p.HandlerFunc[Req, Resp] {
	name := string(id)
	return func(ctx context.Context, from peer.ID, req *Req) (*Resp, error) {
		start := time.Now()
		resp, err := fn(ctx, from, req)
		n.metrics.RequestSeconds.WithLabelValues(name).Observe(time.Since(start).Seconds())
		n.metrics.Requests.WithLabelValues(name, outcomeOf(err)).Inc()
		return resp, err
	}
}

// outcomeOf maps a handler error to a bounded label value.
func outcomeOf(err error) string {
	if err == nil {
		return "ok"
	}
	var pe *p2p.Error
	if errors.As(err, &pe) {
		return string(pe.Code)
	}
	return "internal"
}

// observeRun counts one action run by outcome, limit and worker kills.
func (n *Node) observeRun(err error) {
	if err == nil {
		n.metrics.SandboxRuns.WithLabelValues("ok").Inc()
		return
	}
	var re *runtime.Error
	if !errors.As(err, &re) {
		n.metrics.SandboxRuns.WithLabelValues("error").Inc()
		return
	}
	n.metrics.SandboxRuns.WithLabelValues(string(re.Kind)).Inc()
	switch re.Kind {
	case runtime.KindLimit:
		n.metrics.SandboxLimits.WithLabelValues(re.Limit).Inc()
	case runtime.KindWorker:
		n.metrics.SandboxKills.Inc()
	}
}

// mpcCause classifies an MPC run failure into a bounded label value.
func mpcCause(err error) string {
	var (
		pe *mpc.ProtocolError
		te *mpc.TimeoutError
		ae *mpc.PeerAbortError
		se *mpc.ShareError
	)
	switch {
	case errors.As(err, &te), errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	case errors.As(err, &pe):
		return "protocol"
	case errors.As(err, &ae):
		return "peer_abort"
	case errors.As(err, &se):
		return "bad_share"
	case errors.Is(err, context.Canceled):
		return "canceled"
	case errors.Is(err, errNotReady):
		return "not_ready"
	default:
		return "other"
	}
}

// observeMPC counts a failed MPC run of protocol ("keygen", "presign", "sign").
func (n *Node) observeMPC(protocol string, err error) {
	if err != nil {
		n.metrics.MPCFailures.WithLabelValues(protocol, mpcCause(err)).Inc()
	}
}
