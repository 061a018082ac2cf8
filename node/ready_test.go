package node

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/chainwatch"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/p2p"
)

// downChain is an endpoint that answers nothing.
type downChain struct{}

func (downChain) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return nil, errors.New("connection refused")
}
func (downChain) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) {
	return nil, errors.New("connection refused")
}
func (downChain) SubscribeNewHead(context.Context, chan<- *types.Header) (ethereum.Subscription, error) {
	return nil, errors.New("connection refused")
}

// A node whose chain index has not synced is not ready and refuses requests with
// "unavailable", so that clients go to other nodes.
func TestUnsyncedNodeRefuses(t *testing.T) {
	db, err := bbolt.Open(filepath.Join(t.TempDir(), "node.db"), 0o600, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	w, err := chainwatch.New(chainwatch.Config{
		Client: downChain{}, DB: db, StartBlock: 1,
		Contracts: contracts.Addresses{NodeRegistry: common.HexToAddress("0x1"), PubkeyRouter: common.HexToAddress("0x2"),
			PKPNFT: common.HexToAddress("0x3"), PKPPermissions: common.HexToAddress("0x4")},
	})
	if err != nil {
		t.Fatal(err)
	}
	n := &Node{watcher: w, index: w.Index()}
	if err := n.Ready(); !errors.Is(err, chainwatch.ErrNotSynced) {
		t.Fatalf("Ready: %v", err)
	}
	var pe *p2p.Error
	if err := n.refuseUnsynced(); !errors.As(err, &pe) || pe.Code != p2p.CodeUnavailable || !strings.Contains(pe.Message, "no successful sync") {
		t.Fatalf("refusal: %v", err)
	}
	if (&Node{}).Ready() == nil {
		t.Fatal("a node without a chain index reports ready")
	}
}
