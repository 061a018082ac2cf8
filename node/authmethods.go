package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/chainwatch"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/runtime"
	"github.com/pkpnet/pkpnet/wire"
)

// identities verifies the auth method credentials a request carries (OIDC
// ID tokens) and returns the auth methods they prove. Each token must be
// bound to the session key that signed the request (its nonce claim is
// auth.OIDCNonce of the network and g's session key): a node that saw the
// token in a request cannot replay it with a session of its own.
func (n *Node) identities(ctx context.Context, c *wire.Common, g *auth.Grant) ([]*auth.OIDCIdentity, error) {
	if len(c.AuthMethods) == 0 {
		return nil, nil
	}
	if len(c.AuthMethods) > wire.MaxAuthMethods {
		return nil, p2p.Errorf(p2p.CodeBadRequest, "at most %d auth methods per request", wire.MaxAuthMethods)
	}
	nonce := auth.OIDCNonce(n.cfg.Network, g.Capabilities.SessionKey)
	var out []*auth.OIDCIdentity
	for i, am := range c.AuthMethods {
		if am.AuthMethodType != auth.AuthMethodOIDC {
			return nil, p2p.Errorf(p2p.CodeBadRequest, "auth method %d: type %d is not one this node verifies (OIDC is %d)", i, am.AuthMethodType, auth.AuthMethodOIDC)
		}
		if n.oidc == nil {
			return nil, p2p.Errorf(p2p.CodeUnauthorized, "auth method %d: this node trusts no OIDC issuer", i)
		}
		id, err := n.oidc.Verify(ctx, am.AccessToken, nonce)
		if err != nil {
			if !errors.Is(err, auth.ErrOIDC) {
				return nil, p2p.Errorf(p2p.CodeUnavailable, "auth method %d: %s", i, truncate(err.Error(), 300))
			}
			return nil, p2p.Errorf(p2p.CodeUnauthorized, "auth method %d: %s", i, truncate(err.Error(), 300))
		}
		out = append(out, id)
	}
	return out, nil
}

// canSignAs is canSign that also accepts a verified auth method the PKP
// permits with the scope.
func (n *Node) canSignAs(tokenID *big.Int, actionMH []byte, caller common.Address, ids []*auth.OIDCIdentity, scope contracts.Scope) bool {
	if n.canSign(tokenID, actionMH, caller, scope) {
		return true
	}
	for _, id := range ids {
		if n.index.CanSign(tokenID, chainwatch.Method(id.Type, id.ID), scope) {
			return true
		}
	}
	return false
}

// authContexts are the verified auth methods as an action sees them in
// Lit.Auth.authMethodContexts.
func authContexts(ids []*auth.OIDCIdentity) []runtime.AuthMethodContext {
	out := make([]runtime.AuthMethodContext, len(ids))
	for i, id := range ids {
		out[i] = runtime.AuthMethodContext{AuthMethodType: id.Type, UserID: hexutil.Encode(id.ID), AppID: id.Audience,
			Issuer: id.Issuer, Subject: id.Subject, Expiration: id.Expiry.Unix()}
	}
	return out
}

// idsText names the request's auth methods in a refusal.
func idsText(ids []*auth.OIDCIdentity) string {
	if len(ids) == 0 {
		return ""
	}
	return fmt.Sprintf(" nor the ID token's auth method (type %d, id %s)", ids[0].Type, hexutil.Encode(ids[0].ID))
}
