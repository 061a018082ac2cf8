// Package metrics owns a node's Prometheus metrics and its operator HTTP
// endpoints: /metrics, /healthz (the process is alive) and /readyz (the
// node can serve: Checks all pass). Labels carry only protocol names,
// outcome codes, failure causes and signer-set keys ("1,2"): never request
// content, key material or presignature identifiers.
package metrics

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Namespace prefixes every pkpnet metric.
const Namespace = "pkpnet"

// Metrics are a node's instruments, registered in Registry.
type Metrics struct {
	Registry *prometheus.Registry

	Requests        *prometheus.CounterVec   // protocol, outcome
	RequestSeconds  *prometheus.HistogramVec // protocol
	PresignSeconds  prometheus.Histogram
	PresignFailures *prometheus.CounterVec // cause
	MPCFailures     *prometheus.CounterVec // protocol, cause
	SandboxRuns     *prometheus.CounterVec // outcome
	SandboxLimits   *prometheus.CounterVec // limit
	SandboxKills    prometheus.Counter
	SharesReleased  prometheus.Counter
}

// New creates the instruments in a fresh registry with the Go and process
// collectors.
func New() *Metrics {
	r := prometheus.NewRegistry()
	m := &Metrics{
		Registry: r,
		Requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: Namespace, Name: "requests_total",
			Help: "Client requests served, by protocol and outcome (ok or the error code).",
		}, []string{"protocol", "outcome"}),
		RequestSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: Namespace, Name: "request_duration_seconds",
			Help:    "Client request latency at this node, by protocol.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60},
		}, []string{"protocol"}),
		PresignSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: Namespace, Name: "presign_duration_seconds",
			Help:    "Duration of successful presign sessions (CMP presign and agreement) this node took part in.",
			Buckets: []float64{.25, .5, 1, 2, 4, 8, 16, 32, 64, 128},
		}),
		PresignFailures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: Namespace, Name: "presign_failures_total",
			Help: "Presign sessions that failed, by cause.",
		}, []string{"cause"}),
		MPCFailures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: Namespace, Name: "mpc_failures_total",
			Help: "MPC runs (keygen, presign, sign) that failed, by protocol and cause.",
		}, []string{"protocol", "cause"}),
		SandboxRuns: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: Namespace, Name: "sandbox_runs_total",
			Help: "Action runs, by outcome (ok or the failure kind).",
		}, []string{"outcome"}),
		SandboxLimits: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: Namespace, Name: "sandbox_limit_hits_total",
			Help: "Action runs ended by a limit, by limit.",
		}, []string{"limit"}),
		SandboxKills: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: Namespace, Name: "sandbox_worker_kills_total",
			Help: "Action runs whose worker was killed or crashed (the worker is replaced).",
		}),
		SharesReleased: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: Namespace, Name: "signature_shares_released_total",
			Help: "Signature shares this node released.",
		}),
	}
	r.MustRegister(m.Requests, m.RequestSeconds, m.PresignSeconds, m.PresignFailures, m.MPCFailures,
		m.SandboxRuns, m.SandboxLimits, m.SandboxKills, m.SharesReleased,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Source is what the scrape-time gauges read from the node.
type Source interface {
	// PoolLevels: unconsumed presignatures this node coordinated, by signer set.
	PoolLevels() map[string]int
	// ChainStatus: the latest head seen and the block the index is complete to.
	ChainStatus() (head, checkpoint uint64, healthy bool)
	// NodePeers: node-set members (other than self) connected now, and the
	// node-set size.
	NodePeers() (connected, members int)
}

// RegisterSource adds the gauges read from src at scrape time.
func (m *Metrics) RegisterSource(src Source) {
	m.Registry.MustRegister(&sourceCollector{src: src})
}

var (
	descPool       = prometheus.NewDesc(Namespace+"_pool_presignatures", "Unconsumed presignatures this node coordinated, by signer set.", []string{"signers"}, nil)
	descHead       = prometheus.NewDesc(Namespace+"_chain_head_block", "Latest chain head the chain index has seen.", nil, nil)
	descCheckpoint = prometheus.NewDesc(Namespace+"_chain_index_block", "Block up to which the chain index has applied every event.", nil, nil)
	descLag        = prometheus.NewDesc(Namespace+"_chain_index_lag_blocks", "Head minus index block (includes the confirmations).", nil, nil)
	descHealthy    = prometheus.NewDesc(Namespace+"_chain_index_healthy", "1 if the chain index's last sync succeeded.", nil, nil)
	descConnected  = prometheus.NewDesc(Namespace+"_node_peers_connected", "Node-set members (other than this node) with a live connection.", nil, nil)
	descMembers    = prometheus.NewDesc(Namespace+"_node_set_size", "Nodes in the node set this node serves.", nil, nil)
)

type sourceCollector struct{ src Source }

var _ prometheus.Collector = (*sourceCollector)(nil)

func (c *sourceCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descPool, descHead, descCheckpoint, descLag, descHealthy, descConnected, descMembers} {
		ch <- d
	}
}

func (c *sourceCollector) Collect(ch chan<- prometheus.Metric) {
	for k, v := range c.src.PoolLevels() {
		ch <- prometheus.MustNewConstMetric(descPool, prometheus.GaugeValue, float64(v), k)
	}
	head, cp, ok := c.src.ChainStatus()
	ch <- prometheus.MustNewConstMetric(descHead, prometheus.GaugeValue, float64(head))
	ch <- prometheus.MustNewConstMetric(descCheckpoint, prometheus.GaugeValue, float64(cp))
	lag := uint64(0)
	if head > cp {
		lag = head - cp
	}
	ch <- prometheus.MustNewConstMetric(descLag, prometheus.GaugeValue, float64(lag))
	h := 0.0
	if ok {
		h = 1
	}
	ch <- prometheus.MustNewConstMetric(descHealthy, prometheus.GaugeValue, h)
	conn, members := c.src.NodePeers()
	ch <- prometheus.MustNewConstMetric(descConnected, prometheus.GaugeValue, float64(conn))
	ch <- prometheus.MustNewConstMetric(descMembers, prometheus.GaugeValue, float64(members))
}

// Check is one readiness condition: nil when it holds, else the reason.
type Check struct {
	Name string
	Fn   func(ctx context.Context) error
}

// Server serves /metrics, /healthz and /readyz on one listener.
type Server struct {
	srv  *http.Server
	ln   net.Listener
	done chan error
}

// Listen binds addr (host:port) and serves in the background. Close stops it.
func Listen(addr string, reg prometheus.Gatherer, checks []Check) (*Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: listen %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{MaxRequestsInFlight: 4, Timeout: 10 * time.Second}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		var lines []string
		failed := false
		for _, c := range checks {
			if err := c.Fn(ctx); err != nil {
				failed = true
				lines = append(lines, fmt.Sprintf("%s: %v", c.Name, err))
			} else {
				lines = append(lines, c.Name+": ok")
			}
		}
		if failed {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		for _, l := range lines {
			fmt.Fprintln(w, l)
		}
	})
	s := &Server{
		srv: &http.Server{
			Handler: mux, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second,
			WriteTimeout: 30 * time.Second, MaxHeaderBytes: 16 << 10,
		},
		ln: ln, done: make(chan error, 1),
	}
	go func() { s.done <- s.srv.Serve(ln) }()
	return s, nil
}

// Addr is the bound address.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Close stops the server, waiting up to a second for open requests.
func (s *Server) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	err := s.srv.Shutdown(ctx)
	if errors.Is(err, context.DeadlineExceeded) {
		err = s.srv.Close()
	}
	if serr := <-s.done; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}
