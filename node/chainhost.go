package node

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/chainwatch"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/runtime"
)

// chainHost answers an action's permission views from the confirmed index
// and its chain reads from the node's RPC connection.
type chainHost struct{ n *Node }

var _ runtime.Host = (*chainHost)(nil)

func (h *chainHost) IsPermittedAction(_ context.Context, tokenID *big.Int, action cid.Cid) (bool, error) {
	return h.n.index.IsPermittedAction(tokenID, action.Hash()), nil
}

func (h *chainHost) IsPermittedAddress(_ context.Context, tokenID *big.Int, addr common.Address) (bool, error) {
	return h.n.index.IsPermittedAddress(tokenID, addr), nil
}

func (h *chainHost) IsPermittedAuthMethod(_ context.Context, tokenID *big.Int, typ *big.Int, id []byte) (bool, error) {
	if !typ.IsUint64() {
		return false, nil
	}
	return h.n.index.IsPermittedAuthMethod(tokenID, typ.Uint64(), id), nil
}

func (h *chainHost) GetPermittedActions(_ context.Context, tokenID *big.Int) ([]cid.Cid, error) {
	var out []cid.Cid
	for _, b := range h.n.index.GetPermittedActions(tokenID) {
		c, err := actionid.FromMultihash(b)
		if err != nil {
			continue // not a multihash: it cannot name an action we run
		}
		out = append(out, c)
	}
	return out, nil
}

func (h *chainHost) GetPermittedAddresses(_ context.Context, tokenID *big.Int) ([]common.Address, error) {
	return h.n.index.GetPermittedAddresses(tokenID), nil
}

func (h *chainHost) GetPermittedAuthMethods(_ context.Context, tokenID *big.Int) ([]runtime.AuthMethod, error) {
	var out []runtime.AuthMethod
	for _, m := range h.n.index.GetPermittedAuthMethods(tokenID) {
		out = append(out, runtime.AuthMethod{Type: new(big.Int).SetUint64(m.Type), ID: slices.Clone(m.ID), UserPubkey: slices.Clone(m.UserPubkey)})
	}
	return out, nil
}

func (h *chainHost) PubkeyToTokenID(_ context.Context, pub []byte) (*big.Int, error) {
	id, ok := h.n.index.PubkeyToTokenID(pub)
	if !ok {
		return nil, fmt.Errorf("no PKP has public key %x", pub)
	}
	return id, nil
}

var (
	_ runtime.ScopeView  = (*chainHost)(nil)
	_ runtime.RPCURLView = (*chainHost)(nil)
)

func (h *chainHost) PermittedAuthMethodScopes(_ context.Context, tokenID, typ *big.Int, id []byte) (uint64, bool, error) {
	if !typ.IsUint64() {
		return 0, false, nil
	}
	mask, ok := h.n.index.PermittedScopes(tokenID, typ.Uint64(), id)
	return uint64(mask), ok, nil
}

// RPCURL answers getRpcUrl from Config.ActionRPCURLs (public endpoints
// only: never the node's own RPCURL, which may carry credentials).
func (h *chainHost) RPCURL(chain string) (string, error) {
	if u, ok := h.n.cfg.ActionRPCURLs[chain]; ok {
		return u, nil
	}
	return "", fmt.Errorf("no RPC URL for chain %q on this node", chain)
}

func (h *chainHost) known(chain string) error {
	if slices.Contains(h.n.cfg.ChainNames, chain) {
		return nil
	}
	return fmt.Errorf("unknown chain %q (this node reads %v)", chain, h.n.cfg.ChainNames)
}

func (h *chainHost) NonceAt(ctx context.Context, chain string, addr common.Address) (uint64, error) {
	if err := h.known(chain); err != nil {
		return 0, err
	}
	return h.n.eth.PendingNonceAt(ctx, addr)
}

func (h *chainHost) BalanceAt(ctx context.Context, chain string, addr common.Address) (*big.Int, error) {
	if err := h.known(chain); err != nil {
		return nil, err
	}
	return h.n.eth.BalanceAt(ctx, addr, nil)
}

func (h *chainHost) CallContract(ctx context.Context, chain string, to common.Address, data []byte) ([]byte, error) {
	if err := h.known(chain); err != nil {
		return nil, err
	}
	return h.n.eth.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
}

// canSign checks one signature request of a run against the confirmed index.
func (n *Node) canSign(tokenID *big.Int, actionMH []byte, caller common.Address, scope contracts.Scope) bool {
	if actionMH != nil && n.index.CanSign(tokenID, chainwatch.Action(actionMH), scope) {
		return true
	}
	return n.index.CanSign(tokenID, chainwatch.Address(caller), scope)
}
