package devchain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pkpnet/pkpnet/contracts/bindings"
)

// AddNode registers a node in NodeRegistry as the owner (dev account 0). The node's
// party ID is its 1-based position, so nodes added in order 1..n get IDs "1".."n".
func (c *Chain) AddNode(ctx context.Context, operator common.Address, peerID []byte, hints []string) error {
	c.ownerMu.Lock()
	defer c.ownerMu.Unlock()
	if c.owner == nil {
		c.owner = c.Sender(0)
	}
	data, err := bindings.NewNodeRegistry().TryPackAddNode(operator, peerID, hints)
	if err != nil {
		return fmt.Errorf("devchain: add node: %w", err)
	}
	if _, err := c.owner.Transact(ctx, c.Contracts.NodeRegistry, data, nil); err != nil {
		c.owner.ResetNonce()
		return fmt.Errorf("devchain: add node %s: %w", operator, err)
	}
	return nil
}

// Fund sends wei from dev account `from` to `to` and waits for it to be mined.
func (c *Chain) Fund(ctx context.Context, from int, to common.Address, wei *big.Int) (*types.Receipt, error) {
	if from < 0 || from >= len(c.Accounts) {
		return nil, fmt.Errorf("devchain: no dev account %d", from)
	}
	s := c.Sender(from)
	s.GasLimit = 21_000
	r, err := s.Transact(ctx, to, nil, wei)
	if err != nil {
		return nil, fmt.Errorf("devchain: fund %s: %w", to, err)
	}
	return r, nil
}
