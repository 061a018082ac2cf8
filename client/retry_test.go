package client_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
	libcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/contracts/bindings"
	"github.com/pkpnet/pkpnet/devchain"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/wire"
)

// scriptedNet is a dev chain with three registered nodes, an active root
// key, and three libp2p hosts with the nodes' identities that answer the
// handshake honestly and pkp-sign requests as the test scripts them: the
// malicious or unlucky participants of a request, without any node code.
type scriptedNet struct {
	chain *devchain.Chain
	root  []byte
	mu    sync.Mutex
	// answer decides party p's answer to one request (nil: an empty response).
	answer func(p string, req *wire.PKPSignRequest) error
	seen   []wire.Common // every request any node received, in arrival order
}

func discard() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func newScriptedNet(t *testing.T) *scriptedNet {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	ch, err := devchain.Start(ctx, devchain.Config{Accounts: 5, Logger: discard()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ch.Close() })
	sn := &scriptedNet{chain: ch}
	var keys []libcrypto.PrivKey
	members := map[party.ID]peer.ID{}
	for i := 1; i <= 3; i++ {
		sk, _, err := libcrypto.GenerateEd25519Key(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, sk)
		id, _ := peer.IDFromPrivateKey(sk)
		members[party.ID(strconv.Itoa(i))] = id
	}
	// The node set's epoch is the registry's after the three registrations.
	reg := bindings.NewNodeRegistry()
	var hosts []*p2p.Host
	for i, sk := range keys {
		ns, err := p2p.NewNodeSet(0, members) // a placeholder until the registry's epoch is known
		if err != nil {
			t.Fatal(err)
		}
		h, err := p2p.New(ctx, p2p.Config{Network: "retrytest", Role: p2p.RoleNode, Identity: sk,
			ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, Nodes: ns, Logger: discard()})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = h.Close() })
		hosts = append(hosts, h)
		var hints []string
		for _, a := range h.Addrs() {
			hints = append(hints, a.String())
		}
		op := ch.Accounts[i+1]
		if _, err := ch.Sender(0).Transact(ctx, ch.Contracts.NodeRegistry, reg.PackAddNode(op.Address, []byte(h.ID()), hints), nil); err != nil {
			t.Fatal(err)
		}
	}
	ep, err := bind.Call(reg.Instance(ch.Client(), ch.Contracts.NodeRegistry), &bind.CallOpts{Context: ctx}, reg.PackEpoch(), reg.UnpackEpoch)
	if err != nil {
		t.Fatal(err)
	}
	ns, err := p2p.NewNodeSet(ep.Uint64(), members)
	if err != nil {
		t.Fatal(err)
	}
	// An active root key: every operator votes the same one.
	router := bindings.NewPubkeyRouter()
	for {
		k, _ := crypto.GenerateKey()
		sn.root = crypto.CompressPubkey(&k.PublicKey)
		if new(big.Int).SetBytes(sn.root[1:]).Cmp(crypto.S256().Params().N) < 0 {
			break
		}
	}
	for i := 1; i <= 3; i++ {
		if _, err := ch.Sender(i).Transact(ctx, ch.Contracts.PubkeyRouter, router.PackVoteRootKey(sn.root), nil); err != nil {
			t.Fatal(err)
		}
	}
	for i, h := range hosts {
		h.SetNodeSet(ns)
		p2p.ServeHandshake(h, &p2p.StaticInfo{Host: h, RootKey: hex.EncodeToString(sn.root), Version: "scripted"})
		self := strconv.Itoa(i + 1)
		p2p.Handle(h, wire.PKPSignProtocol, p2p.HandlerOptions{},
			func(ctx context.Context, _ peer.ID, req *wire.PKPSignRequest) (*wire.Response, error) {
				sn.mu.Lock()
				sn.seen = append(sn.seen, req.Common)
				answer := sn.answer
				sn.mu.Unlock()
				if err := answer(self, req); err != nil {
					return nil, err
				}
				return &wire.Response{RequestID: req.RequestID, Party: self}, nil
			})
	}
	return sn
}

func (sn *scriptedNet) client(t *testing.T, mod func(*client.Config)) *client.Client {
	t.Helper()
	cfg := client.Config{
		RPCURL: sn.chain.WSURL, Registry: sn.chain.Contracts.NodeRegistry, PubkeyRouter: sn.chain.Contracts.PubkeyRouter,
		Network: "retrytest", Key: sn.chain.Accounts[4].Key, Logger: discard(), MaxAttempts: 4,
	}
	if mod != nil {
		mod(&cfg)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := client.New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// attempts groups the received requests by request ID (one per attempt),
// in order.
func (sn *scriptedNet) attempts() []wire.Common {
	sn.mu.Lock()
	defer sn.mu.Unlock()
	var out []wire.Common
	for _, c := range sn.seen {
		if len(out) == 0 || out[len(out)-1].RequestID != c.RequestID {
			out = append(out, c)
		}
	}
	return out
}

// TestRetrySemantics: bad_coordination is never a refusal (the client
// retries with another coordinator, never one that failed while another
// has not); one node refusing cannot end a request; a quorum of
// request-level refusals ends it at once; a node that does not answer is
// excluded from the next attempts, one that answers with an error is not.
func TestRetrySemantics(t *testing.T) {
	sn := newScriptedNet(t)
	silence := make(chan struct{}) // a silent node answers only once the test ends
	t.Cleanup(func() { close(silence) })
	pub := sn.root // any valid key serves as the PKP key here
	badCoord := p2p.Errorf(p2p.CodeBadCoordination, "coordinator's assignment refused")
	for _, tc := range []struct {
		name        string
		answer      func(p string, req *wire.PKPSignRequest) error
		wantRefused bool
		wantTries   int
		check       func(t *testing.T, tries []wire.Common)
	}{
		{
			name:      "every member answers bad_coordination",
			answer:    func(string, *wire.PKPSignRequest) error { return badCoord },
			wantTries: 4,
			check: func(t *testing.T, tries []wire.Common) {
				first := []string{tries[0].Coordinator, tries[1].Coordinator, tries[2].Coordinator}
				slices.Sort(first)
				if !slices.Equal(first, []string{"1", "2", "3"}) {
					t.Fatalf("coordinators of the first three attempts %v: a failed one was chosen again", first)
				}
				if tries[3].Coordinator == tries[2].Coordinator {
					t.Fatalf("the same coordinator twice in a row: %v then %v", tries[2].Coordinator, tries[3].Coordinator)
				}
				for _, c := range tries {
					if len(c.Nodes) != 3 {
						t.Fatalf("attempt with nodes %v: an answering node was excluded", c.Nodes)
					}
				}
			},
		},
		{
			name: "one node forbids, the others bad_coordination",
			answer: func(p string, _ *wire.PKPSignRequest) error {
				if p == "2" {
					return p2p.Errorf(p2p.CodeForbidden, "malicious refusal")
				}
				return badCoord
			},
			wantTries: 4,
		},
		{
			name: "a quorum forbids",
			answer: func(p string, _ *wire.PKPSignRequest) error {
				if p == "3" {
					return badCoord
				}
				return p2p.Errorf(p2p.CodeForbidden, "address may not sign")
			},
			wantRefused: true,
			wantTries:   1,
		},
		{
			name: "a silent node is excluded, the others stay",
			answer: func(p string, req *wire.PKPSignRequest) error {
				if p == "3" {
					<-silence
				}
				return badCoord
			},
			wantTries: 4,
			check: func(t *testing.T, tries []wire.Common) {
				if len(tries[0].Nodes) != 3 {
					t.Fatalf("first attempt nodes %v", tries[0].Nodes)
				}
				for _, c := range tries[1:] {
					if slices.Contains(c.Nodes, "3") || len(c.Nodes) != 2 {
						t.Fatalf("after node 3 stayed silent, an attempt went to %v", c.Nodes)
					}
				}
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sn.mu.Lock()
			sn.answer, sn.seen = tc.answer, nil
			sn.mu.Unlock()
			c := sn.client(t, func(cfg *client.Config) { cfg.AttemptTimeout = time.Second })
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			hash := crypto.Keccak256([]byte(tc.name))
			_, err := c.PKPSign(ctx, pub, hash, nil)
			var re *client.RequestError
			if !errors.As(err, &re) {
				t.Fatalf("got %v, want a RequestError", err)
			}
			if re.Refused != tc.wantRefused {
				t.Fatalf("refused %v, want %v: %v", re.Refused, tc.wantRefused, err)
			}
			tries := sn.attempts()
			if len(tries) != tc.wantTries {
				t.Fatalf("%d attempts, want %d: %v", len(tries), tc.wantTries, err)
			}
			if len(re.BadNodes()) != 0 {
				t.Fatalf("nodes named without proof: %v", re.BadNodes())
			}
			if tc.check != nil {
				tc.check(t, tries)
			}
		})
	}
}
