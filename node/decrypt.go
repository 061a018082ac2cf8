package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/runtime"
	"github.com/pkpnet/pkpnet/tdec"
	"github.com/pkpnet/pkpnet/wire"
)

// serveDecrypt registers /pkpnet/decrypt/1.0.0.
func (n *Node) serveDecrypt() {
	o := p2p.HandlerOptions{
		MaxRequest: wire.MaxDecryptRequest, MaxResponse: 64 << 10,
		ReadTimeout: 30 * time.Second, Timeout: 2 * time.Minute,
		Rate: n.cfg.ClientRate, Burst: n.cfg.ClientBurst,
	}
	p2p.Handle(n.host, wire.DecryptProtocol, o, instrument(n, wire.DecryptProtocol, n.handleDecrypt))
}

// errUnknownChain marks a condition about a chain this node does not read.
var errUnknownChain = errors.New("unknown chain")

// confirmedChain reads the node's chain at one confirmed block, for
// access conditions: a condition sees the state every node agrees on,
// never an unconfirmed block.
type confirmedChain struct {
	n     *Node
	block *big.Int
}

var _ runtime.ChainReader = (*confirmedChain)(nil)

func (c *confirmedChain) known(chain string) error {
	for _, name := range c.n.cfg.ChainNames {
		if name == chain {
			return nil
		}
	}
	return fmt.Errorf("%w %q: this network's conditions can only be about %v", errUnknownChain, truncate(chain, 40), c.n.cfg.ChainNames)
}

func (c *confirmedChain) NonceAt(ctx context.Context, chain string, addr common.Address) (uint64, error) {
	if err := c.known(chain); err != nil {
		return 0, err
	}
	return c.n.eth.NonceAt(ctx, addr, c.block)
}

func (c *confirmedChain) BalanceAt(ctx context.Context, chain string, addr common.Address) (*big.Int, error) {
	if err := c.known(chain); err != nil {
		return nil, err
	}
	return c.n.eth.BalanceAt(ctx, addr, c.block)
}

func (c *confirmedChain) CallContract(ctx context.Context, chain string, to common.Address, data []byte) ([]byte, error) {
	if err := c.known(chain); err != nil {
		return nil, err
	}
	return c.n.eth.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, c.block)
}

// handleDecrypt releases this node's decryption share for a capsule after:
// the session authenticates the caller with the decrypt ability, the
// capsule's proof of knowledge verifies for its identity, and its access
// conditions hold on confirmed chain state for the caller. The share is
// never logged.
func (n *Node) handleDecrypt(ctx context.Context, _ peer.ID, req *wire.DecryptRequest) (*wire.DecryptResponse, error) {
	ctx, done, err := n.serving(ctx)
	if err != nil {
		return nil, err
	}
	defer done()
	capsule, err := req.Validate()
	if err != nil {
		return nil, p2p.Errorf(p2p.CodeBadRequest, "%s", truncate(err.Error(), 300))
	}
	g, _, err := n.checkCommon(ctx, &req.Common, wire.DecryptProtocol, req.Body())
	if err != nil {
		return nil, err
	}
	if err := g.Capabilities.Permits(auth.AbilityDecrypt, ""); err != nil {
		return nil, authError(err)
	}
	ks := n.encShare()
	if ks == nil {
		return nil, p2p.Errorf(p2p.CodeUnavailable, "node has no active encryption key yet")
	}
	if err := capsule.VerifyProof(ks.Set.Public); err != nil {
		return nil, p2p.Errorf(p2p.CodeBadRequest, "%s", err.Error())
	}
	if capsule.Access.Kind != tdec.AccessConditions {
		return nil, p2p.Errorf(p2p.CodeForbidden, "this ciphertext is bound to action %s: only that action can decrypt it (Lit.Actions.decryptAndCombine)", truncate(string(capsule.Access.Value), 64))
	}
	confirmed := n.watcher.Status().Confirmed
	if confirmed == 0 {
		return nil, p2p.Errorf(p2p.CodeUnavailable, "no confirmed block yet")
	}
	if err := n.record(g, req.RequestID); err != nil {
		return nil, err
	}
	cc := &confirmedChain{n: n, block: new(big.Int).SetUint64(confirmed)}
	ok, err := runtime.CheckAccessConditions(ctx, cc, capsule.Access.Value, g.Address.Hex())
	if err != nil {
		if errors.Is(err, errUnknownChain) {
			return nil, p2p.Errorf(p2p.CodeBadRequest, "access conditions: %s", truncate(err.Error(), 300))
		}
		if ctx.Err() == nil && isChainErr(err) {
			return nil, p2p.Errorf(p2p.CodeUnavailable, "access conditions: chain read failed")
		}
		return nil, p2p.Errorf(p2p.CodeBadRequest, "access conditions: %s", truncate(err.Error(), 300))
	}
	if !ok {
		return nil, p2p.Errorf(p2p.CodeForbidden, "access conditions are not met for %s at block %d", g.Address.Hex(), confirmed)
	}
	share, err := ks.DecryptShare(capsule)
	if err != nil {
		return nil, p2p.Errorf(p2p.CodeBadRequest, "%s", err.Error())
	}
	b, err := share.MarshalBinary()
	if err != nil {
		return nil, p2p.Errorf(p2p.CodeInternal, "encode share")
	}
	n.log.Debug("decryption share released", "request", req.RequestID, "caller", g.Address.Hex(), "block", confirmed)
	return &wire.DecryptResponse{RequestID: req.RequestID, Party: string(n.self), Share: b}, nil
}

// isChainErr tells an RPC failure from a bad condition: the evaluator's
// own errors are about the conditions; anything else came from the chain.
func isChainErr(err error) bool {
	var rpcErr interface{ ErrorCode() int }
	return errors.As(err, &rpcErr) || errors.Is(err, context.DeadlineExceeded)
}

// actionDecrypter serves Lit.Actions.decryptAndCombine and
// decryptToSingleNode inside a run: the
// same checks as the decrypt protocol, with the run's action CID for
// action-bound ciphertexts and the request's caller for conditions.
type actionDecrypter struct{ n *Node }

var _ runtime.Decrypter = actionDecrypter{}

func (d actionDecrypter) KeySet() *tdec.KeySet { return d.n.EncryptionKey() }

func (d actionDecrypter) DecryptShare(ctx context.Context, c *tdec.Capsule, actionCID, caller string) (*tdec.Share, error) {
	n := d.n
	ks := n.encShare()
	if ks == nil {
		return nil, errors.New("this node has no active encryption key yet")
	}
	if err := c.VerifyProof(ks.Set.Public); err != nil {
		return nil, err
	}
	switch c.Access.Kind {
	case tdec.AccessAction:
		// Either form of the action's CID (CIDv0 or its dag-pb CIDv1)
		// binds the ciphertext to it; text that names no action binds it to
		// none.
		if !actionid.Same(string(c.Access.Value), actionCID) {
			return nil, fmt.Errorf("the ciphertext is bound to action %s, this run is %s", truncate(string(c.Access.Value), 64), actionCID)
		}
	case tdec.AccessConditions:
		confirmed := n.watcher.Status().Confirmed
		if confirmed == 0 {
			return nil, errors.New("no confirmed block yet")
		}
		ok, err := runtime.CheckAccessConditions(ctx, &confirmedChain{n: n, block: new(big.Int).SetUint64(confirmed)}, c.Access.Value, caller)
		if err != nil {
			return nil, fmt.Errorf("access conditions: %w", err)
		}
		if !ok {
			return nil, fmt.Errorf("access conditions are not met for %s at block %d", caller, confirmed)
		}
	default:
		return nil, errors.New("unknown access kind")
	}
	n.log.Debug("decryption share released to an action run", "action", actionCID)
	return ks.DecryptShare(c)
}
