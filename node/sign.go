package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/taurusgroup/multi-party-sig/pkg/ecdsa"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/mpc/sharestore"
	"github.com/pkpnet/pkpnet/node/signing"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/wire"
)

// signJob is one signature a request asks this node to take part in.
type signJob struct {
	SigName string
	TokenID *big.Int
	KeyID   mpc.KeyID
	PubKey  []byte // 33-byte compressed PKP key
	Hash    [32]byte
}

// signCtx is what every signature of one request shares.
type signCtx struct {
	requestID string
	// requestKey is the authenticated request's common binding (opaque):
	// every node of the request derives the same session IDs from it.
	requestKey string
	coord      party.ID
	nodes      []party.ID
}

// signOne runs one signature's coordination (node/signing) and returns
// this node's share, nil when it was not chosen.
func (n *Node) signOne(ctx context.Context, sc *signCtx, job *signJob) (*wire.SignatureShare, error) {
	_, rootPub := n.rootConfig()
	if rootPub == nil {
		return nil, p2p.Errorf(p2p.CodeUnavailable, "node has no root key yet")
	}
	// The permission was checked against the index; release no share if the index
	// became unsure since (a reorg, a stalled endpoint).
	if err := n.refuseUnsynced(); err != nil {
		return nil, err
	}
	res, err := signing.Run(ctx, n.signingDeps(), signing.Request{
		Session: signing.SessionID(sc.requestKey, sc.requestID, job.SigName), RequestID: sc.requestID,
		Coordinator: sc.coord, Nodes: sc.nodes, SigName: job.SigName, TokenID: job.TokenID, KeyID: job.KeyID,
		PubKey: job.PubKey, Hash: job.Hash, RootPub: rootPub,
	})
	if err != nil && ctx.Err() == nil {
		n.observeMPC("sign", err)
	}
	if err != nil {
		var ce *signing.CoordinationError
		if errors.As(err, &ce) {
			n.log.Info("sign coordination stopped by another party", "request", sc.requestID, "sig", job.SigName, "err", ce)
			return nil, ce.P2P()
		}
		return nil, err
	}
	if res.Share == nil {
		return nil, nil
	}
	n.stats.shares.Add(1)
	n.metrics.SharesReleased.Inc()
	if res.OnDemand {
		n.stats.onDemand.Add(1)
	}
	return res.Share, nil
}

func (n *Node) signingDeps() signing.Deps {
	return signing.Deps{
		Self: n.self, Threshold: n.threshold(), Transport: n.mtr, Pool: n.pool, Store: n.store,
		Presigner: nodePresigner{n}, Identity: n.identity, Keys: nodeKeys{n.host},
		PresignTag:   func(c party.ID) string { return coordTag(n.epoch, c) },
		ReadyTimeout: n.cfg.ReadyTimeout, RoundTimeout: n.cfg.RoundTimeout, Log: n.log,
	}
}

// nodePresigner presigns on demand with a private copy of the root share.
type nodePresigner struct{ n *Node }

var _ signing.Presigner = nodePresigner{}

func (p nodePresigner) Presign(ctx context.Context, s mpc.Session) (*ecdsa.PreSignature, error) {
	cfg, err := p.n.rootCopy()
	if err != nil {
		return nil, err
	}
	// A request waits for it: use the machine's cores (a pool per run).
	return mpc.PresignWith(ctx, p.n.mtr, s, cfg, mpc.PresignOptions{Workers: foregroundProcs()})
}

// nodeKeys maps parties to the identity keys of the registry's peer IDs.
type nodeKeys struct{ hs *p2p.Host }

var _ signing.KeyRing = nodeKeys{}

func (k nodeKeys) PubKey(q party.ID) (crypto.PubKey, error) {
	pid, ok := k.hs.NodeSet().Peer(q)
	if !ok {
		return nil, fmt.Errorf("party %s is not in the node set", q)
	}
	return pid.ExtractPublicKey()
}

var (
	_ signing.Store = (*sharestore.Store)(nil)
	_ signing.Pool  = (*pool)(nil)
)

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

func partyStrings(s []party.ID) []string {
	out := make([]string, len(s))
	for i, q := range s {
		out[i] = string(q)
	}
	return out
}
