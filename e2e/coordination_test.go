package e2e

import (
	"context"
	"encoding/hex"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/wire"
)

// lyingInfo is a malicious node's handshake: the real node's answer,
// changed by lie. It is served on the node's own libp2p host in place of
// the node's handshake handler.
type lyingInfo struct {
	n   *node.Node
	lie func(*p2p.NodeInfo)
}

func (l lyingInfo) NodeInfo(ctx context.Context) (*p2p.NodeInfo, error) {
	info, err := l.n.NodeInfo(ctx)
	if err != nil {
		return nil, err
	}
	l.lie(info)
	return info, nil
}

// lieInHandshake makes node i (0-based) answer handshakes through lie
// until the test ends.
func lieInHandshake(t *testing.T, i int, lie func(*p2p.NodeInfo)) {
	t.Helper()
	nd := net.node(i)
	if nd == nil {
		t.Fatalf("node %d is not running", i+1)
	}
	p2p.ServeHandshake(nd.Host(), lyingInfo{n: nd, lie: lie})
	t.Cleanup(func() {
		if nd := net.node(i); nd != nil {
			p2p.ServeHandshake(nd.Host(), nd)
		}
	})
}

// inflatePool reports 2^30 presignatures for every signer set.
func inflatePool(info *p2p.NodeInfo) {
	info.PoolLevels = map[string]int{"1,2": 1 << 30, "1,3": 1 << 30, "2,3": 1 << 30}
}

// TestInflatedPoolNotAlwaysChosen: node 2 reports 2^30 presignatures in
// its handshake. The client chooses coordinators from its own observations,
// so node 2 coordinates its share of the requests, not all of them.
func TestInflatedPoolNotAlwaysChosen(t *testing.T) {
	ctx := ctxT(t, 3*time.Minute)
	waitPoolT(t)
	ch := newChain(t, net.user)
	p, err := ch.MintPKP(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lieInHandshake(t, 1, inflatePool)
	c := newClient(t, net.user, nil)
	const runs = 6
	count := map[string]int{}
	for i := range runs {
		h := randHash(t)
		r, err := c.PKPSign(ctx, p.PubKeyBytes(), h, nil)
		if err != nil {
			t.Fatalf("sign %d: %v", i, err)
		}
		checkSig(t, "inflated pool run "+r.RequestID, r.Signatures["sig"], p.PubKeyBytes(), h)
		count[r.Coordinator]++
	}
	t.Logf("coordinators over %d requests: %v", runs, count)
	if count["2"] > runs/2 {
		t.Fatalf("node 2 with an inflated pool coordinated %d of %d requests (%v)", count["2"], runs, count)
	}
	if len(count) < 2 {
		t.Fatalf("one coordinator for every request: %v", count)
	}
}

// TestHandshakeRootKey: node 2 reports the root key in upper case, or
// uncompressed: the same point, so it stays usable. It reports another key,
// or garbage: it is unusable for the request (a NodeError names it), and
// the request still succeeds with the two others.
func TestHandshakeRootKey(t *testing.T) {
	ctx := ctxT(t, 4*time.Minute)
	waitPoolT(t)
	ch := newChain(t, net.user)
	p, err := ch.MintPKP(ctx)
	if err != nil {
		t.Fatal(err)
	}
	root, err := mpc.ParsePubkey(net.root)
	if err != nil {
		t.Fatal(err)
	}
	other, _ := secp256k1.GeneratePrivateKey()
	for _, tc := range []struct {
		name   string
		key    string
		usable bool
	}{
		{"upper case", "0X" + strings.ToUpper(hex.EncodeToString(net.root)), true},
		{"uncompressed", hex.EncodeToString(root.SerializeUncompressed()), true},
		{"uncompressed upper case", strings.ToUpper(hex.EncodeToString(root.SerializeUncompressed())), true},
		{"another key", hex.EncodeToString(other.PubKey().SerializeCompressed()), false},
		{"garbage", "not a key", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lieInHandshake(t, 1, func(info *p2p.NodeInfo) { info.RootKey = tc.key })
			c := newClient(t, net.user, nil)
			h := randHash(t)
			r, err := c.PKPSign(ctx, p.PubKeyBytes(), h, nil)
			if err != nil {
				t.Fatalf("sign with node 2 reporting root key %q: %v", tc.key, err)
			}
			checkSig(t, "root key "+tc.name, r.Signatures["sig"], p.PubKeyBytes(), h)
			var rootErrs []client.NodeError
			for _, ne := range r.NodeErrors {
				if strings.Contains(ne.Err.Error(), "root key") {
					rootErrs = append(rootErrs, ne)
				}
			}
			if tc.usable {
				if len(rootErrs) > 0 || !slices.Contains(r.Nodes, "2") {
					t.Fatalf("node 2 unusable with the same key: nodes %v, errors %v", r.Nodes, rootErrs)
				}
				return
			}
			if slices.Contains(r.Nodes, "2") {
				t.Fatalf("node 2 with root key %q was used: nodes %v", tc.key, r.Nodes)
			}
			if len(rootErrs) == 0 || rootErrs[0].Party != "2" {
				t.Fatalf("no NodeError names node 2's root key: %v", r.NodeErrors)
			}
			t.Logf("node 2 unusable: %v", rootErrs[0].Err)
			for _, ne := range r.NodeErrors {
				if ne.Party != "2" {
					t.Errorf("an honest node is named: %v", ne)
				}
			}
			// The client's root key is PubkeyRouter's, whatever nodes say.
			k, err := c.RootKey(ctx)
			if err != nil || hex.EncodeToString(k) != hex.EncodeToString(net.root) {
				t.Fatalf("client root key %x (%v), want %x", k, err, net.root)
			}
		})
	}
}

// TestSilentCoordinatorRotates: node 2 answers handshakes (with an inflated
// pool, so that a fresh client picks it first on the tie) but never answers
// a pkp-sign request. The first attempt, coordinated by node 2, fails; the
// client excludes node 2 and the request completes on the next attempt with
// another coordinator. The next request is not coordinated by node 2 either,
// and completes in one attempt although node 2 is a silent member.
func TestSilentCoordinatorRotates(t *testing.T) {
	ctx := ctxT(t, 4*time.Minute)
	waitPoolT(t)
	ch := newChain(t, net.user)
	p, err := ch.MintPKP(ctx)
	if err != nil {
		t.Fatal(err)
	}
	nd := net.node(1)
	lieInHandshake(t, 1, inflatePool)
	// The silent participant: it reads the request and never answers.
	p2p.Handle(nd.Host(), wire.PKPSignProtocol, p2p.HandlerOptions{Timeout: 5 * time.Minute},
		func(ctx context.Context, _ peer.ID, _ *wire.PKPSignRequest) (*wire.Response, error) {
			<-ctx.Done()
			return nil, ctx.Err()
		})
	t.Cleanup(func() {
		// Restore node 2's own handler by restarting it.
		_ = net.stop(1)
		if err := net.start(1); err != nil {
			t.Error(err)
		}
		waitPoolT(t)
	})
	c := newClient(t, net.user, func(cfg *client.Config) { cfg.AttemptTimeout = 12 * time.Second })
	h := randHash(t)
	r, err := c.PKPSign(ctx, p.PubKeyBytes(), h, nil)
	if err != nil {
		t.Fatalf("sign with a silent coordinator: %v", err)
	}
	checkSig(t, "silent coordinator", r.Signatures["sig"], p.PubKeyBytes(), h)
	if r.Attempts != 2 || r.Coordinator == "2" || slices.Contains(r.Nodes, "2") {
		t.Fatalf("attempts %d, coordinator %s, nodes %v: want 2 attempts, without node 2", r.Attempts, r.Coordinator, r.Nodes)
	}
	var first []client.NodeError
	for _, ne := range r.NodeErrors {
		if ne.Attempt == 1 && ne.Party == "2" {
			first = append(first, ne)
		}
		if ne.BadShare {
			t.Errorf("a node is named for a bad share: %v", ne)
		}
	}
	if len(first) == 0 || !strings.Contains(first[0].Err.Error(), "no answer") {
		t.Fatalf("attempt 1 does not name the silent coordinator: %v", r.NodeErrors)
	}
	t.Logf("first request: %d attempts, coordinators tried: 2 then %s; errors %v", r.Attempts, r.Coordinator, r.NodeErrors)

	h2 := randHash(t)
	r2, err := c.PKPSign(ctx, p.PubKeyBytes(), h2, nil)
	if err != nil {
		t.Fatalf("second sign with a silent member: %v", err)
	}
	checkSig(t, "silent member", r2.Signatures["sig"], p.PubKeyBytes(), h2)
	if r2.Coordinator == "2" || r2.Attempts != 1 {
		t.Fatalf("second request: coordinator %s after %d attempts; want another coordinator, 1 attempt", r2.Coordinator, r2.Attempts)
	}
	if slices.Contains(r2.Signatures["sig"].Signers, "2") {
		t.Fatalf("silent node 2 among the signers %v", r2.Signatures["sig"].Signers)
	}
}
