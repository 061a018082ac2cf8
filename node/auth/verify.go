package auth

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// Errors a verification returns, wrapped with detail. Callers match them
// with errors.Is to build structured refusals.
var (
	ErrBadSignature = errors.New("auth sig: bad signature")
	ErrWrongChain   = errors.New("auth sig: wrong chain ID")
	ErrExpired      = errors.New("auth sig: expired")
	ErrNotYetValid  = errors.New("auth sig: not yet valid")
	ErrTooLong      = errors.New("auth sig: validity too long")
	ErrReplay       = errors.New("auth sig: nonce already used")
	ErrCacheFull    = errors.New("auth sig: nonce cache full, try later")
)

// Verifier checks auth sigs for one chain. Its zero value is not usable:
// set ChainID and Nonces.
type Verifier struct {
	ChainID     uint64
	MaxLifetime time.Duration    // longest accepted validity window; 0 means 24h
	ClockSkew   time.Duration    // tolerance for issued-at / not-before; 0 means 30s
	Now         func() time.Time // nil means time.Now
	Nonces      *NonceCache
}

// Verify checks a's EIP-191 signature over its SIWE message, the chain ID,
// the validity window and that its nonce was not used before, and returns
// the authenticated address. A nonce is consumed only when every other check
// passed.
func (v *Verifier) Verify(a AuthSig) (common.Address, *Message, error) {
	if a.DerivedVia != DerivedVia {
		return common.Address{}, nil, fmt.Errorf("%w: derivedVia %q, want %q", ErrBadSignature, truncate(a.DerivedVia, 64), DerivedVia)
	}
	m, err := ParseMessage(a.SignedMessage)
	if err != nil {
		return common.Address{}, nil, err
	}
	sig, err := hexutil.Decode(a.Sig)
	if err != nil || len(sig) != 65 {
		return common.Address{}, nil, fmt.Errorf("%w: want 0x-hex of 65 bytes", ErrBadSignature)
	}
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	if sig[64] > 1 {
		return common.Address{}, nil, fmt.Errorf("%w: recovery id %d", ErrBadSignature, sig[64])
	}
	pub, err := crypto.SigToPub(accounts.TextHash([]byte(a.SignedMessage)), sig)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	signer := crypto.PubkeyToAddress(*pub)
	if signer != m.Address {
		return common.Address{}, nil, fmt.Errorf("%w: signed by %s, message names %s", ErrBadSignature, signer.Hex(), m.Address.Hex())
	}
	if a.Address != "" && !(common.IsHexAddress(a.Address) && common.HexToAddress(a.Address) == signer) {
		return common.Address{}, nil, fmt.Errorf("%w: address field %q does not match the signer", ErrBadSignature, truncate(a.Address, 64))
	}
	if m.ChainID != v.ChainID {
		return common.Address{}, nil, fmt.Errorf("%w: %d, this network is %d", ErrWrongChain, m.ChainID, v.ChainID)
	}
	now := time.Now()
	if v.Now != nil {
		now = v.Now()
	}
	skew, life := v.ClockSkew, v.MaxLifetime
	if skew == 0 {
		skew = 30 * time.Second
	}
	if life == 0 {
		life = 24 * time.Hour
	}
	if m.ExpirationTime.IsZero() {
		return common.Address{}, nil, fmt.Errorf("%w: no expiration time", ErrTooLong)
	}
	if !now.Before(m.ExpirationTime) {
		return common.Address{}, nil, fmt.Errorf("%w at %s", ErrExpired, m.ExpirationTime.UTC().Format(time.RFC3339))
	}
	if m.IssuedAt.After(now.Add(skew)) {
		return common.Address{}, nil, fmt.Errorf("%w: issued at %s", ErrNotYetValid, m.IssuedAt.UTC().Format(time.RFC3339))
	}
	if !m.NotBefore.IsZero() && m.NotBefore.After(now.Add(skew)) {
		return common.Address{}, nil, fmt.Errorf("%w: not before %s", ErrNotYetValid, m.NotBefore.UTC().Format(time.RFC3339))
	}
	if m.ExpirationTime.Sub(m.IssuedAt) > life {
		return common.Address{}, nil, fmt.Errorf("%w: %s, limit %s", ErrTooLong, m.ExpirationTime.Sub(m.IssuedAt), life)
	}
	if err := v.Nonces.Use(signer, m.Nonce, m.ExpirationTime, now); err != nil {
		return common.Address{}, nil, err
	}
	return signer, m, nil
}

// NonceCache remembers used (address, nonce) pairs until their auth sig
// expires, so that an auth sig authorises one request per node. When full it
// refuses new nonces instead of forgetting unexpired ones (forgetting would
// re-open a replay window).
type NonceCache struct {
	mu    sync.Mutex
	max   int
	seen  map[nonceKey]time.Time // -> expiry
	sweep time.Time
}

type nonceKey struct {
	addr  common.Address
	nonce string
}

// NewNonceCache returns a cache holding at most max unexpired nonces.
func NewNonceCache(max int) *NonceCache {
	return &NonceCache{max: max, seen: make(map[nonceKey]time.Time)}
}

// Use records (addr, nonce) until expiry, or fails if it is already recorded.
func (c *NonceCache) Use(addr common.Address, nonce string, expiry, now time.Time) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := nonceKey{addr, nonce}
	if exp, ok := c.seen[k]; ok && now.Before(exp) {
		return fmt.Errorf("%w: %s for %s", ErrReplay, nonce, addr.Hex())
	}
	if len(c.seen) >= c.max || now.Sub(c.sweep) > time.Minute {
		for k, exp := range c.seen {
			if !now.Before(exp) {
				delete(c.seen, k)
			}
		}
		c.sweep = now
	}
	if len(c.seen) >= c.max {
		return ErrCacheFull
	}
	c.seen[k] = expiry
	return nil
}

// Len returns the number of nonces held.
func (c *NonceCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.seen)
}
