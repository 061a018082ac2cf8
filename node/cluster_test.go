package node_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	libcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/devchain"
	"github.com/pkpnet/pkpnet/devnet"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node"
	"github.com/pkpnet/pkpnet/node/signing"
	"github.com/pkpnet/pkpnet/node/signing/signingtest"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/runtime"
	"github.com/pkpnet/pkpnet/wire"
)

// TestMain lets the test binary double as the sandbox worker.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == runtime.WorkerCommandName {
		os.Exit(runtime.WorkerMain(os.Args[2:]))
	}
	os.Exit(m.Run())
}

func logger() *slog.Logger {
	if os.Getenv("NODE_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// cluster is a devnet (dev chain, bootstrap peer, registered node
// identities: the devnet package, as in e2e and pkpnet devnet), n nodes run
// by node.Run in goroutines, and a client host speaking the raw wire
// protocols.
type cluster struct {
	t      testing.TB
	oidc   []auth.OIDCIssuer // trusted by every node (set before start)
	d      *devnet.Devnet
	chain  *devchain.Chain
	client *p2p.Host
	dirs   []string
	// evil wraps each node's MPC transport (node.Config.WrapTransport):
	// honest until a test sets a malicious behaviour.
	evil   []*signingtest.Transport
	idKeys []libcrypto.PrivKey // each node's identity key
	r      *devnet.InProcess
	nodes  []*node.Node      // running nodes (nil: stopped), as of the last startAll or stop
	user   *ecdsa.PrivateKey // PKP owner (the devnet's client key)
	target int

	// logs has every node's log lines (JSON, debug level).
	logs logBuffer

	sessMu   sync.Mutex
	sessions map[*ecdsa.PrivateKey]*auth.Session // one session per wallet
	reqSess  map[string]*auth.Session            // request ID -> the session fanOut signs with
}

func newCluster(t testing.TB, n, poolTarget int) *cluster {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Config{Nodes: n, Dir: t.TempDir(), Network: "nodetest", PoolTarget: poolTarget, Logger: logger()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(d.Close)
	c := &cluster{t: t, d: d, chain: d.Chain, user: d.ClientKey, target: poolTarget}
	ck, _, _ := libcrypto.GenerateEd25519Key(rand.Reader)
	c.client, err = p2p.New(ctx, p2p.Config{Network: "nodetest", Role: p2p.RoleClient, Identity: ck, Logger: logger()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.client.Close() })
	for _, spec := range d.Nodes {
		c.dirs = append(c.dirs, spec.DataDir)
		sk, err := p2p.LoadOrCreateIdentity(filepath.Join(spec.DataDir, node.IdentityFile))
		if err != nil {
			t.Fatal(err)
		}
		c.idKeys = append(c.idKeys, sk)
		c.evil = append(c.evil, nil)
		c.nodes = append(c.nodes, nil)
	}
	c.r = d.InProcess(c.config)
	c.r.StopTimeout = slow * 30 * time.Second
	t.Cleanup(c.stopAll)
	return c
}

// config is node i's devnet configuration, in process: the chain's client
// instead of its URL, a fast poll, one sandbox worker (this test binary),
// logs into c.logs, a free metrics port and the fault-injecting transport.
func (c *cluster) config(i int) node.Config {
	cfg := c.d.Nodes[i].Config
	cfg.RPCURL, cfg.EthClient = "", c.chain.Client()
	cfg.PollInterval = 50 * time.Millisecond
	cfg.SandboxWorkers, cfg.ReadyTimeout = 1, time.Second
	cfg.WorkerCommand = runtime.WorkerCommand{Path: os.Args[0], Args: []string{runtime.WorkerCommandName}}
	cfg.Logger = c.logs.logger().With("node", i+1)
	cfg.MetricsAddr = "127.0.0.1:0"
	cfg.OIDCIssuers = c.oidc
	cfg.WrapTransport = func(tr mpc.Transport) mpc.Transport {
		w := signingtest.Wrap(tr, nil)
		c.evil[i] = w
		return w
	}
	return cfg
}

// startAll starts every stopped node and waits until all are ready.
func (c *cluster) startAll(timeout time.Duration) {
	c.t.Helper()
	if err := c.r.StartAll(timeout); err != nil {
		c.t.Fatal(err)
	}
	for i := range c.nodes {
		c.nodes[i] = c.r.Node(i)
		c.client.LibP2P().Peerstore().AddAddrs(c.nodes[i].PeerID(), c.nodes[i].Addrs(), peerstore.PermanentAddrTTL)
	}
}

func (c *cluster) stop(i int) {
	if err := c.r.Stop(i); err != nil {
		c.t.Error(err)
	}
	c.nodes[i] = nil
}

func (c *cluster) stopAll() {
	if err := c.r.StopAll(); err != nil {
		c.t.Error(err)
	}
	clear(c.nodes)
}

// waitPool waits until every node's pool reached the target for every set.
func (c *cluster) waitPool(timeout time.Duration) {
	c.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		full := true
		for _, nd := range c.nodes {
			for _, v := range nd.PoolLevels() {
				if v < c.target {
					full = false
				}
			}
			if len(nd.PoolLevels()) == 0 {
				full = false
			}
		}
		if full {
			return
		}
		if time.Now().After(deadline) {
			var lv []string
			for _, nd := range c.nodes {
				lv = append(lv, fmt.Sprint(nd.PoolLevels()))
			}
			c.t.Fatalf("pools not full within %v: %v", timeout, lv)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// consumed is every node's count of consumed presignatures.
func (c *cluster) consumed() []int {
	var out []int
	for _, nd := range c.nodes {
		out = append(out, nd.Stats().PresignsConsumed)
	}
	return out
}

func (c *cluster) levels() []map[string]int {
	var out []map[string]int
	for _, nd := range c.nodes {
		if nd != nil {
			out = append(out, nd.PoolLevels())
		} else {
			out = append(out, nil)
		}
	}
	return out
}

// pkp mints a PKP owned by the cluster's user and waits until every node indexed it.
func (c *cluster) mint() (tok *big.Int, pub []byte) {
	c.t.Helper()
	ctx := context.Background()
	s := &contracts.Sender{Backend: c.chain.Client(), Key: c.user, ChainID: c.chain.ChainID}
	r, err := s.Transact(ctx, c.chain.Contracts.PKPNFT, contracts.NFTABI.PackMintNext(), nil)
	if err != nil {
		c.t.Fatal(err)
	}
	for _, l := range r.Logs {
		if ev, err := contracts.NFTABI.UnpackPKPMintedEvent(l); err == nil {
			tok = ev.TokenId
		}
	}
	if tok == nil {
		c.t.Fatal("no PKPMinted event")
	}
	c.waitIndexed(r.BlockNumber.Uint64())
	pub, ok := c.nodes[0].Index().Pubkey(tok)
	if !ok {
		c.t.Fatal("minted PKP has no public key in the index")
	}
	return tok, pub
}

func (c *cluster) permitAction(tok *big.Int, code string) {
	c.t.Helper()
	id, err := actionid.CID([]byte(code))
	if err != nil {
		c.t.Fatal(err)
	}
	s := &contracts.Sender{Backend: c.chain.Client(), Key: c.user, ChainID: c.chain.ChainID}
	r, err := s.Transact(context.Background(), c.chain.Contracts.PKPPermissions, contracts.PermsABI.PackAddPermittedAction(tok, id.Bytes(), []*big.Int{big.NewInt(1)}), nil)
	if err != nil {
		c.t.Fatal(err)
	}
	c.waitIndexed(r.BlockNumber.Uint64())
}

func (c *cluster) waitIndexed(block uint64) {
	c.t.Helper()
	for _, nd := range c.nodes {
		deadline := time.Now().Add(10 * time.Second)
		for nd.IndexedBlock() < block {
			if time.Now().After(deadline) {
				c.t.Fatalf("node %s did not index block %d", nd.Party(), block)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
}

// session returns key's session (created on first use, 1 h lifetime).
func (c *cluster) session(key *ecdsa.PrivateKey) *auth.Session {
	c.t.Helper()
	c.sessMu.Lock()
	defer c.sessMu.Unlock()
	if s := c.sessions[key]; s != nil {
		return s
	}
	s, err := auth.NewSession(key, auth.SessionParams{Network: "nodetest", ChainID: devchain.ChainID, Lifetime: time.Hour})
	if err != nil {
		c.t.Fatal(err)
	}
	if c.sessions == nil {
		c.sessions = map[*ecdsa.PrivateKey]*auth.Session{}
	}
	c.sessions[key] = s
	return s
}

// signWith makes fanOut sign request rid with s.
func (c *cluster) signWith(rid string, s *auth.Session) {
	c.sessMu.Lock()
	defer c.sessMu.Unlock()
	if c.reqSess == nil {
		c.reqSess = map[string]*auth.Session{}
	}
	c.reqSess[rid] = s
}

func (c *cluster) common(key *ecdsa.PrivateKey, nodes []int, coord int) wire.Common {
	var ids []string
	for _, i := range nodes {
		ids = append(ids, strconv.Itoa(i))
	}
	rid := make([]byte, 8)
	_, _ = rand.Read(rid)
	cm := wire.Common{
		RequestID: "req-" + hex.EncodeToString(rid),
		Epoch:     c.nodes[0].Epoch(), Coordinator: strconv.Itoa(coord), Nodes: ids,
	}
	c.signWith(cm.RequestID, c.session(key))
	return cm
}

// signedFor returns a copy of req with the session signature for node i
// (1-based), made with the session registered for its request ID.
func signedFor[Req any](c *cluster, proto protocol.ID, i int, req *Req) *Req {
	cp := *req
	var cm *wire.Common
	var body auth.Body
	switch r := any(&cp).(type) {
	case *wire.ExecuteRequest:
		// jsParams are hashed as sent, and the JSON encoder compacts them.
		if len(r.JSParams) > 0 {
			norm, err := json.Marshal(r.JSParams)
			if err != nil {
				c.t.Fatal(err)
			}
			r.JSParams = norm
		}
		cm, body = &r.Common, r.Body()
	case *wire.PKPSignRequest:
		cm, body = &r.Common, r.Body()
	default:
		c.t.Fatalf("unknown request type %T", req)
	}
	c.sessMu.Lock()
	s := c.reqSess[cm.RequestID]
	c.sessMu.Unlock()
	if s == nil {
		return &cp
	}
	now := time.Now()
	cm.Session = s.Sign(auth.RequestBinding{
		Network: "nodetest", PeerID: []byte(c.peer(i)), Protocol: string(proto), RequestID: cm.RequestID,
		BodyHash: body.Hash(), IssuedAt: now.UnixMilli(), ExpiresAt: now.Add(2 * time.Minute).UnixMilli(),
	})
	return &cp
}

type result struct {
	resp *wire.Response
	err  error
}

// fanOut sends req to every node of nodes (1-based) in parallel.
func fanOut[Req any](c *cluster, proto protocol.ID, nodes []int, req *Req) map[int]result {
	out := make(map[int]result)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, i := range nodes {
		signed := signedFor(c, proto, i, req)
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(context.Background(), slow*60*time.Second)
			defer cancel()
			pid := c.peer(i)
			resp, err := p2p.Call[Req, wire.Response](ctx, c.client.LibP2P(), pid, proto, signed, 4<<20)
			mu.Lock()
			out[i] = result{resp, err}
			mu.Unlock()
		}()
	}
	wg.Wait()
	return out
}

func (c *cluster) peer(i int) peer.ID {
	if nd := c.nodes[i-1]; nd != nil {
		return nd.PeerID()
	}
	pid, err := node.PeerIDOf(c.dirs[i-1])
	if err != nil {
		c.t.Fatal(err)
	}
	return pid
}

// keys maps the cluster's parties to their identity keys.
type clusterKeys struct{ c *cluster }

func (k clusterKeys) PubKey(p party.ID) (libcrypto.PubKey, error) {
	i, err := strconv.Atoi(string(p))
	if err != nil || i < 1 || i > len(k.c.dirs) {
		return nil, fmt.Errorf("unknown party %s", p)
	}
	return k.c.peer(i).ExtractPublicKey()
}

// verify runs the client's check (signing.Verify) on the shares of sigName.
func (c *cluster) verify(res map[int]result, sigName string, pkpPub []byte) *signing.Outcome {
	var shares []wire.SignatureShare
	for i, r := range res {
		if r.err != nil {
			continue
		}
		for _, s := range r.resp.Shares {
			if s.SigName == sigName && s.Party == strconv.Itoa(i) {
				shares = append(shares, s)
			}
		}
	}
	return signing.Verify(shares, clusterKeys{c}, signing.Expect{RootPub: c.nodes[0].RootKey(), PubKey: pkpPub})
}

// combine verifies and combines the shares of sigName from the responses
// and checks the signature against the PKP's address with Ecrecover.
func (c *cluster) combine(res map[int]result, sigName string, pkpPub []byte) ([]byte, []wire.SignatureShare, error) {
	for _, r := range res {
		if r.err != nil {
			return nil, nil, r.err
		}
	}
	out := c.verify(res, sigName, pkpPub)
	if out.Signature == nil {
		return nil, out.Good, out.Err()
	}
	sig, shares := out.Signature, out.Good
	hash, _ := hexutil.Decode(shares[0].Hash)
	// mpc.VerifySignature recovers with go-ethereum's Ecrecover.
	if err := mpc.VerifySignature(pkpPub, hash, sig); err != nil {
		return nil, shares, err
	}
	return sig, shares, nil
}

func (c *cluster) sharesReleased() []int {
	var out []int
	for _, nd := range c.nodes {
		out = append(out, nd.Stats().SharesReleased)
	}
	return out
}
