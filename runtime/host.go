package runtime

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
)

// PermissionView answers the PKP permission questions an action may ask.
// The node implements it from its chain index. The runtime only forwards
// the questions: it never decides permissions itself.
type PermissionView interface {
	IsPermittedAction(ctx context.Context, tokenID *big.Int, action cid.Cid) (bool, error)
	IsPermittedAddress(ctx context.Context, tokenID *big.Int, addr common.Address) (bool, error)
	IsPermittedAuthMethod(ctx context.Context, tokenID *big.Int, authMethodType *big.Int, userID []byte) (bool, error)
	GetPermittedActions(ctx context.Context, tokenID *big.Int) ([]cid.Cid, error)
	GetPermittedAddresses(ctx context.Context, tokenID *big.Int) ([]common.Address, error)
	GetPermittedAuthMethods(ctx context.Context, tokenID *big.Int) ([]AuthMethod, error)
	// PubkeyToTokenID maps a PKP public key (65-byte uncompressed) to its token ID.
	PubkeyToTokenID(ctx context.Context, pubkey []byte) (*big.Int, error)
}

// ChainReader does the raw chain reads that getLatestNonce and
// checkConditions need. chain is the name the action used ("ethereum",
// "sepolia", ...); an unknown chain is an error.
type ChainReader interface {
	NonceAt(ctx context.Context, chain string, addr common.Address) (uint64, error)
	BalanceAt(ctx context.Context, chain string, addr common.Address) (*big.Int, error)
	CallContract(ctx context.Context, chain string, to common.Address, data []byte) ([]byte, error)
}

// Host is what the node gives a run: the permission views and chain reads.
type Host interface {
	PermissionView
	ChainReader
}

// AuthMethod is one permitted auth method of a PKP.
type AuthMethod struct {
	Type       *big.Int
	ID         []byte
	UserPubkey []byte
}

// ScopeView is an optional part of a Host: the scopes a PKP grants one of
// its auth methods, as a bit mask (bit s = scope s), and whether the auth
// method is permitted at all. It serves getPermittedAuthMethodScopes.
type ScopeView interface {
	PermittedAuthMethodScopes(ctx context.Context, tokenID, authMethodType *big.Int, userID []byte) (mask uint64, permitted bool, err error)
}

// RPCURLView is an optional part of a Host: the public JSON-RPC URL the
// node hands to actions for a named chain (getRpcUrl). It must not be the
// node's own endpoint if that carries credentials.
type RPCURLView interface {
	RPCURL(chain string) (string, error)
}
