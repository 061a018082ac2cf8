// Package devnet sets up a local pkpnet network for development and tests:
// an embedded dev chain with the contracts, a bootstrap peer, N node data
// directories with their libp2p identities and operator keys, the nodes'
// registration in NodeRegistry, and waits for genesis and the first pool
// fill. How the nodes run is the caller's choice: `pkpnet devnet` starts
// each as a separate OS process, the e2e and node tests run them in
// goroutines (InProcess).
// Everything binds 127.0.0.1 only.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/contracts/bindings"
	"github.com/pkpnet/pkpnet/devchain"
	"github.com/pkpnet/pkpnet/ipfs"
	"github.com/pkpnet/pkpnet/node"
	"github.com/pkpnet/pkpnet/p2p"
)

// Config configures a devnet.
type Config struct {
	// Nodes is the number of nodes (default 3).
	Nodes int
	// Dir holds the node data directories (node-1, ...). Required.
	Dir string
	// Network name (default "devnet").
	Network string
	// HTTPPort and WSPort of the dev chain on 127.0.0.1 (0: free ports).
	HTTPPort, WSPort int
	// Period between blocks (0: a block per transaction).
	Period time.Duration
	// PoolTarget per signer set for every node (default 2).
	PoolTarget int
	// Logger for the chain and the bootstrap peer; nil discards.
	Logger *slog.Logger
	// GatewayPort is the IPFS gateway's port on 127.0.0.1 (0: a free port).
	GatewayPort int
	// AllowPrivateFetch lets actions fetch 127.0.0.1 and private addresses
	// (local mock APIs). pkpnet devnet turns it on by default.
	AllowPrivateFetch bool
}

// NodeSpec is everything one node needs, registered on chain already.
type NodeSpec struct {
	Party   string
	DataDir string
	PeerID  peer.ID
	Listen  []string // multiaddrs, 127.0.0.1 with a fixed port
	// MetricsAddr is the node's /metrics, /healthz and /readyz address
	// (127.0.0.1, a fixed port).
	MetricsAddr string
	OperatorKey *ecdsa.PrivateKey
	Passphrase  []byte
	// Config is ready for node.Run (the caller may add WrapTransport, a
	// worker command, a logger).
	Config node.Config
}

// Devnet is a running dev chain and bootstrap peer with N registered nodes.
type Devnet struct {
	Chain     *devchain.Chain
	Boot      *p2p.Host
	Nodes     []*NodeSpec
	Network   string
	Bootstrap []string
	// ClientKey is a funded dev account that no node uses (for the demo).
	ClientKey *ecdsa.PrivateKey
	// Control is the control socket path, set by whoever serves one.
	Control string
	// Gateway is the devnet's IPFS store, served as a trustless gateway at
	// GatewayURL; the nodes fetch actions by CID from it.
	Gateway    *ipfs.Gateway
	GatewayURL string
	// OIDC is the local OIDC issuer every node trusts (JWKS on the gateway).
	OIDC     *OIDCInfo
	gwServer *http.Server
	cfg      Config
	added    int // nodes prepared after Start (PrepareNode)
}

// accounts: 0 owns the contracts, 1..n are node operators, n+1..n+4
// clients, then spareOperators accounts for nodes added later (epochs).
const (
	clientAccounts = 4
	spareOperators = 4
)

// Start starts the dev chain and the bootstrap peer, creates the node
// identities and registers the nodes. It starts no node.
func Start(ctx context.Context, cfg Config) (d *Devnet, err error) {
	if cfg.Nodes == 0 {
		cfg.Nodes = 3
	}
	if cfg.Nodes < 2 || cfg.Nodes > 16 {
		return nil, fmt.Errorf("devnet: %d nodes; use 2..16", cfg.Nodes)
	}
	if cfg.Dir == "" {
		return nil, errors.New("devnet: a directory is required")
	}
	if cfg.Network == "" {
		cfg.Network = client.DefaultNetwork
	}
	if cfg.PoolTarget == 0 {
		cfg.PoolTarget = 2
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(cfg.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	ch, err := devchain.Start(ctx, devchain.Config{
		HTTPPort: cfg.HTTPPort, WSPort: cfg.WSPort, Period: cfg.Period,
		Accounts: 1 + cfg.Nodes + clientAccounts + spareOperators, Logger: log,
	})
	if err != nil {
		return nil, fmt.Errorf("devnet: dev chain: %w", err)
	}
	d = &Devnet{Chain: ch, Network: cfg.Network, ClientKey: ch.Accounts[1+cfg.Nodes].Key, cfg: cfg}
	defer func() {
		if err != nil {
			d.Close()
		}
	}()
	bootKey, err := p2p.LoadOrCreateIdentity(filepath.Join(cfg.Dir, "bootstrap.key"))
	if err != nil {
		return nil, fmt.Errorf("devnet: bootstrap identity: %w", err)
	}
	bootPort, err := freePort()
	if err != nil {
		return nil, err
	}
	d.Boot, err = p2p.New(ctx, p2p.Config{
		Network: cfg.Network, Role: p2p.RoleBootstrap, Identity: bootKey,
		ListenAddrs: []string{fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", bootPort)}, Logger: log,
	})
	if err != nil {
		return nil, fmt.Errorf("devnet: bootstrap peer: %w", err)
	}
	for _, a := range d.Boot.Addrs() {
		d.Bootstrap = append(d.Bootstrap, a.String())
	}
	if d.Gateway, err = ipfs.NewGateway(); err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	gl, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", cfg.GatewayPort))
	if err != nil {
		return nil, fmt.Errorf("devnet: ipfs gateway: %w", err)
	}
	d.GatewayURL = "http://" + gl.Addr().String()
	ik, err := loadOrCreateIssuerKey(filepath.Join(cfg.Dir, "oidc-issuer.key"))
	if err != nil {
		return nil, fmt.Errorf("devnet: OIDC issuer key: %w", err)
	}
	kh, err := issuerKeyHex(ik)
	if err != nil {
		return nil, err
	}
	d.OIDC = &OIDCInfo{Issuer: d.GatewayURL, JWKSURL: d.GatewayURL + JWKSPath, Audience: DevAudience, Key: kh}
	mux := http.NewServeMux()
	mux.Handle(JWKSPath, jwksHandler(&ik.PublicKey))
	mux.Handle("/", d.Gateway.Handler())
	d.gwServer = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = d.gwServer.Serve(gl) }()
	owner := ch.Sender(0)
	reg := bindings.NewNodeRegistry()
	for i := 1; i <= cfg.Nodes; i++ {
		spec, err := d.newSpec(i, ch.Accounts[i].Key)
		if err != nil {
			return nil, err
		}
		d.Nodes = append(d.Nodes, spec)
		op := spec.OperatorKey
		if _, err := owner.Transact(ctx, ch.Contracts.NodeRegistry, reg.PackAddNode(crypto.PubkeyToAddress(op.PublicKey), []byte(spec.PeerID), spec.Listen), nil); err != nil {
			return nil, fmt.Errorf("devnet: register node %d: %w", i, err)
		}
	}
	return d, nil
}

// newSpec creates node i's data dir, identity, passphrase, ports and config.
func (d *Devnet) newSpec(i int, op *ecdsa.PrivateKey) (*NodeSpec, error) {
	cfg, ch := d.cfg, d.Chain
	dir := filepath.Join(cfg.Dir, "node-"+strconv.Itoa(i))
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	pid, err := node.PeerIDOf(dir)
	if err != nil {
		return nil, fmt.Errorf("devnet: node %d identity: %w", i, err)
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	pass, err := loadOrCreatePassphrase(filepath.Join(dir, "passphrase"))
	if err != nil {
		return nil, fmt.Errorf("devnet: node %d passphrase: %w", i, err)
	}
	if err := writeSecret(filepath.Join(dir, "operator.key"), hex.EncodeToString(crypto.FromECDSA(op))); err != nil {
		return nil, fmt.Errorf("devnet: node %d operator key: %w", i, err)
	}
	mport, err := freePort()
	if err != nil {
		return nil, err
	}
	wsPort, err := freePort()
	if err != nil {
		return nil, err
	}
	// TCP for Go and Node.js clients, WebSocket for browsers; both are
	// registered as address hints.
	listen := []string{fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", port), fmt.Sprintf("/ip4/127.0.0.1/tcp/%d/ws", wsPort)}
	return &NodeSpec{
		Party: strconv.Itoa(i), DataDir: dir, PeerID: pid, Listen: listen, OperatorKey: op, Passphrase: pass,
		MetricsAddr: fmt.Sprintf("127.0.0.1:%d", mport),
		Config: node.Config{
			DataDir: dir, Network: cfg.Network, ListenAddrs: listen, Bootstrap: d.Bootstrap,
			RPCURL: ch.WSURL, Contracts: ch.Contracts, StartBlock: ch.DeployBlock,
			OperatorKey: op, Passphrase: pass, PoolTarget: cfg.PoolTarget,
			IPFSGateway: d.GatewayURL, AllowPrivateFetch: cfg.AllowPrivateFetch,
			ActionRPCURLs: map[string]string{"pkpnet": ch.HTTPURL},
			OIDCIssuers:   []auth.OIDCIssuer{{Issuer: d.OIDC.Issuer, JWKSURL: d.OIDC.JWKSURL, Audiences: []string{d.OIDC.Audience}}},
		},
	}, nil
}

// PrepareNode creates one more node (data dir node-<N+k>, identity, ports,
// config) operated by a spare funded dev account, and appends it to Nodes.
// It does not register it: propose a transition that adds it
// (ProposeTransition), then start it. Its Party is its devnet node number N;
// the registry gives it the lowest free party number, which may differ.
// Not safe for concurrent use.
func (d *Devnet) PrepareNode() (*NodeSpec, error) {
	if d.added >= spareOperators {
		return nil, fmt.Errorf("devnet: at most %d nodes can be added", spareOperators)
	}
	i := d.cfg.Nodes + d.added + 1
	op := d.Chain.Accounts[1+d.cfg.Nodes+clientAccounts+d.added].Key
	spec, err := d.newSpec(i, op)
	if err != nil {
		return nil, err
	}
	d.added++
	d.Nodes = append(d.Nodes, spec)
	return spec, nil
}

// Operator is the operator address of a node spec.
func (s *NodeSpec) Operator() common.Address { return crypto.PubkeyToAddress(s.OperatorKey.PublicKey) }

// ProposeTransition proposes, as the registry owner, the next node set: the
// current one without remove, with add appended (neither: a refresh of the
// same set). It returns the transition ID.
func (d *Devnet) ProposeTransition(ctx context.Context, remove []common.Address, add []*NodeSpec) (uint64, error) {
	reg := bindings.NewNodeRegistry()
	adds := make([]bindings.NodeRegistryNode, len(add))
	for i, s := range add {
		adds[i] = bindings.NodeRegistryNode{Operator: s.Operator(), PeerId: []byte(s.PeerID), Hints: s.Listen}
	}
	data, err := reg.TryPackProposeTransition(remove, adds)
	if err != nil {
		return 0, err
	}
	r, err := d.Chain.Sender(0).Transact(ctx, d.Chain.Contracts.NodeRegistry, data, nil)
	if err != nil {
		return 0, fmt.Errorf("devnet: propose transition: %w", err)
	}
	for _, l := range r.Logs {
		if ev, err := reg.UnpackTransitionProposedEvent(l); err == nil {
			return ev.Id.Uint64(), nil
		}
	}
	return 0, errors.New("devnet: no TransitionProposed event")
}

// Close stops the bootstrap peer and the chain. Stop the nodes first.
func (d *Devnet) Close() {
	if d.gwServer != nil {
		_ = d.gwServer.Close()
	}
	if d.Boot != nil {
		_ = d.Boot.Close()
	}
	if d.Chain != nil {
		_ = d.Chain.Close()
	}
}

// FileConfig is spec's node configuration as a `pkpnet node --config` file
// (the passphrase is not in it: pass it as PKPNET_PASSPHRASE).
func (s *NodeSpec) FileConfig() node.FileConfig {
	c := s.Config
	return node.FileConfig{
		DataDir: c.DataDir, Network: c.Network, Listen: c.ListenAddrs, Bootstrap: c.Bootstrap,
		RPC: c.RPCURL, Contracts: c.Contracts, StartBlock: c.StartBlock,
		OperatorKeyFile: filepath.Join(c.DataDir, "operator.key"), PoolTarget: c.PoolTarget,
		MetricsAddr: s.MetricsAddr,
		// Dev machines and containers often lack user namespaces: the
		// devnet runs actions with the isolation the kernel allows.
		SandboxIsolation: "auto",
		IPFSGateway:      c.IPFSGateway, AllowPrivateFetch: c.AllowPrivateFetch, ActionRPCURLs: c.ActionRPCURLs,
		DevFault: c.DevFault, OIDCIssuers: c.OIDCIssuers,
	}
}

// WriteFileConfig writes FileConfig to path (mode 0600).
func (s *NodeSpec) WriteFileConfig(path string) error {
	b, err := json.MarshalIndent(s.FileConfig(), "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o600)
}

// Info is what clients need, with the dev keys (public knowledge).
type Info struct {
	devchain.Info
	Network   string   `json:"network"`
	Bootstrap []string `json:"bootstrap"`
	// DevAccount is the index in Accounts of the printed dev key (no node
	// uses it); the CLI's client commands default to it.
	DevAccount int `json:"devAccount"`
	// Metrics are the nodes' /metrics, /healthz and /readyz addresses, by
	// party.
	Metrics map[string]string `json:"metrics,omitempty"`
	// Control is the devnet's control socket (`pkpnet devnet node stop N`),
	// empty when the devnet has none.
	Control string `json:"control,omitempty"`
	// IPFSGateway is the devnet's gateway (pkpnet action add posts to it).
	IPFSGateway string `json:"ipfsGateway,omitempty"`
	// OIDC is the devnet's local OIDC issuer (pkpnet devnet id-token).
	OIDC *OIDCInfo `json:"oidc,omitempty"`
}

// Info describes the devnet.
func (d *Devnet) Info() Info {
	m := make(map[string]string, len(d.Nodes))
	for _, s := range d.Nodes {
		m[s.Party] = s.MetricsAddr
	}
	return Info{Info: d.Chain.Info(), Network: d.Network, Bootstrap: d.Bootstrap, DevAccount: 1 + len(d.Nodes), Metrics: m, Control: d.Control, IPFSGateway: d.GatewayURL, OIDC: d.OIDC}
}

// WriteInfo writes Info as JSON to path (mode 0600: it holds dev keys).
func (d *Devnet) WriteInfo(path string) error {
	b, err := json.MarshalIndent(d.Info(), "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o600)
}

// ClientConfig returns a client configuration for the devnet with key.
func (d *Devnet) ClientConfig(key *ecdsa.PrivateKey) client.Config {
	return client.Config{
		RPCURL: d.Chain.WSURL, Registry: d.Chain.Contracts.NodeRegistry, PubkeyRouter: d.Chain.Contracts.PubkeyRouter,
		Bootstrap: d.Bootstrap, Network: d.Network, Key: key,
	}
}

// RootKey returns the active root key, or nil before genesis.
func (d *Devnet) RootKey(ctx context.Context) ([]byte, error) {
	r := bindings.NewPubkeyRouter()
	c := r.Instance(d.Chain.Client(), d.Chain.Contracts.PubkeyRouter)
	has, err := bind.Call(c, &bind.CallOpts{Context: ctx}, r.PackHasRootKey(), r.UnpackHasRootKey)
	if err != nil || !has {
		return nil, err
	}
	return bind.Call(c, &bind.CallOpts{Context: ctx}, r.PackRootKey(), r.UnpackRootKey)
}

// WaitGenesis waits until the root key is active on chain. progress, when
// not nil, is called about every 2 s.
func (d *Devnet) WaitGenesis(ctx context.Context, progress func(string)) ([]byte, error) {
	start := time.Now()
	last := start
	for {
		k, err := d.RootKey(ctx)
		if err == nil && k != nil {
			return k, nil
		}
		if progress != nil && time.Since(last) > 2*time.Second {
			last = time.Now()
			progress(fmt.Sprintf("waiting for genesis (root keygen and votes): %s", time.Since(start).Round(time.Second)))
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("devnet: genesis: %w", ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// PoolProgress sums the handshakes' pool levels: have counts, per node,
// the presignatures of its fullest signer set up to target; want is
// target per node. It reports whether every node has a set at target.
func PoolProgress(sts []client.NodeStatus, target int) (have, want int, full bool) {
	full = len(sts) > 0
	for _, s := range sts {
		want += target
		best := 0
		if s.Err == nil && s.Info != nil {
			for _, v := range s.Info.PoolLevels {
				best = max(best, min(v, target))
			}
		}
		have += best
		if best < target {
			full = false
		}
	}
	return have, want, full
}

// WaitFirstPresign waits until some node reports a presignature in its
// handshake: the network can sign from its pool.
func WaitFirstPresign(ctx context.Context, c *client.Client, progress func(string)) error {
	start, last := time.Now(), time.Now()
	for {
		if have, _, _ := PoolProgress(c.Handshake(ctx), 1); have > 0 {
			return nil
		}
		if progress != nil && time.Since(last) > 2*time.Second {
			last = time.Now()
			progress(fmt.Sprintf("waiting for a first presignature: %s", time.Since(start).Round(time.Second)))
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("devnet: first presignature: %w", ctx.Err())
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// WaitPool waits until every node reports, in its handshake, at least
// target presignatures for its fullest signer set (the set it prefers).
// progress is called every every with the fill level.
func WaitPool(ctx context.Context, c *client.Client, target int, every time.Duration, progress func(string)) error {
	last := time.Now()
	for {
		have, want, full := PoolProgress(c.Handshake(ctx), target)
		if full {
			return nil
		}
		if progress != nil && time.Since(last) > every {
			last = time.Now()
			progress(fmt.Sprintf("filling presignature pools: %d of %d", have, want))
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("devnet: pool fill: %w", ctx.Err())
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// freePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("devnet: free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func loadOrCreatePassphrase(path string) ([]byte, error) {
	if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
		return b, nil
	}
	var r [24]byte
	if _, err := rand.Read(r[:]); err != nil {
		return nil, err
	}
	p := hex.EncodeToString(r[:])
	if err := writeSecret(path, p); err != nil {
		return nil, err
	}
	return []byte(p), nil
}

func writeSecret(path, s string) error {
	return os.WriteFile(path, []byte(s), 0o600)
}
