package auth

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// Errors a verification returns, wrapped with detail. Callers match them
// with errors.Is to build structured refusals.
var (
	ErrBadSignature = errors.New("auth: bad wallet signature")
	ErrSessionSig   = errors.New("auth: bad session signature (not made for this node, request and body)")
	ErrWrongChain   = errors.New("auth: wrong chain ID")
	ErrWrongURI     = errors.New("auth: SIWE URI is not this pkpnet network")
	ErrDomain       = errors.New("auth: SIWE domain not accepted by this node")
	ErrExpired      = errors.New("auth: expired")
	ErrNotYetValid  = errors.New("auth: not yet valid")
	ErrTooLong      = errors.New("auth: validity too long")
	ErrPKPSigner    = errors.New("auth: signed by a PKP of this network; network signatures never authenticate")
	ErrReplay       = errors.New("auth: request already seen (replay)")
	ErrQuota        = errors.New("auth: too many live requests for this address, try later")
	// ErrChain marks a failure to read the chain (contract wallets); the
	// request may succeed later.
	ErrChain = errors.New("auth: chain unavailable")
)

// EIP1271Magic is isValidSignature's success value.
var EIP1271Magic = [4]byte{0x16, 0x26, 0xba, 0x7e}

// isValidSignature(bytes32,bytes) selector.
var isValidSignatureSel = crypto.Keccak256([]byte("isValidSignature(bytes32,bytes)"))[:4]

// Limits of the parts of a session signature on the wire.
const (
	maxWalletSig = 4 << 10 // contract wallets may use long signatures
	maxHexSig    = 2 + 2*maxWalletSig
)

// PKPIndex tells whether an address is a PKP's (chainwatch.Index).
type PKPIndex interface {
	TokenIDOfAddress(common.Address) (*big.Int, bool)
}

// ChainReader reads contract code and calls contracts (ethclient.Client).
type ChainReader interface {
	CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// Verifier checks session signatures for one node. Network, ChainID and
// PeerID are required; PKPs is required on a node (nil disables the PKP
// signer check, for unit tests only).
type Verifier struct {
	Network string
	ChainID uint64
	PeerID  []byte // this node's libp2p peer ID, binary
	// Domains, when not empty, is the allow-list of SIWE domains.
	Domains []string
	// PKPs is the confirmed chain index.
	PKPs PKPIndex
	// Chain verifies contract wallets (EIP-1271) at ConfirmedBlock. When
	// nil, only EOA signatures are accepted and no code check is made.
	Chain          ChainReader
	ConfirmedBlock func() uint64
	// CallTimeout bounds the code lookup and the isValidSignature call.
	// Default 5 s.
	CallTimeout time.Duration
	Now         func() time.Time // nil means time.Now

	// cache holds wallet signatures verified at a confirmed block, so that
	// the requests of one session cost no chain call until the block moves.
	cacheMu sync.Mutex
	cache   map[[32]byte]walletResult
}

type walletResult struct {
	block    uint64
	contract bool
}

// maxWalletCache bounds the verified-signature cache; when full it is
// emptied (a flood of valid sessions only costs chain calls).
const maxWalletCache = 4096

// Grant is an authenticated session request.
type Grant struct {
	// Address is the wallet (EOA or contract wallet) the session acts for.
	Address common.Address
	// Capabilities delegated to the session key.
	Capabilities *Capabilities
	// Message is the SIWE authorisation.
	Message *Message
	// ReplayUntil is how long the request must be remembered: after it,
	// its session signature is refused as expired anyway.
	ReplayUntil time.Time
	// ContractWallet is true when EIP-1271 accepted the signature.
	ContractWallet bool
}

// Verify authenticates one request at this node: the session signature
// over (network, this node's peer ID, protocol, request ID, body hash,
// window), and the wallet's SIWE authorisation of the session key (URI,
// domain, chain, validity, recap, signature by an EOA or an EIP-1271
// wallet, never by a PKP). It records nothing: the caller checks the
// capability and then records the request in the replay state (package auth/replay).
func (v *Verifier) Verify(ctx context.Context, s *SessionSig, protocol, requestID string, bodyHash [32]byte) (*Grant, error) {
	if len(s.AuthSig.SignedMessage) > MaxMessageSize || len(s.AuthSig.Sig) > maxHexSig ||
		len(s.AuthSig.Address) > 64 || len(s.AuthSig.DerivedVia) > 64 || len(s.Sig) > 2+2*ed25519.SignatureSize {
		return nil, fmt.Errorf("%w: session signature fields too large", ErrMalformed)
	}
	now := time.Now()
	if v.Now != nil {
		now = v.Now()
	}
	// The authorisation's text.
	if s.AuthSig.DerivedVia != DerivedVia {
		return nil, fmt.Errorf("%w: derivedVia %q, want %q", ErrBadSignature, truncate(s.AuthSig.DerivedVia, 64), DerivedVia)
	}
	m, caps, err := parseSessionMessage(s.AuthSig.SignedMessage, v.Network)
	if err != nil {
		return nil, err
	}
	if len(v.Domains) > 0 && !slices.Contains(v.Domains, m.Domain) {
		return nil, fmt.Errorf("%w: %q", ErrDomain, truncate(m.Domain, 120))
	}
	if m.ChainID != v.ChainID {
		return nil, fmt.Errorf("%w: %d, this network's chain is %d", ErrWrongChain, m.ChainID, v.ChainID)
	}
	if !now.Before(m.ExpirationTime) {
		return nil, fmt.Errorf("%w: session expired at %s", ErrExpired, m.ExpirationTime.UTC().Format(time.RFC3339))
	}
	if m.IssuedAt.After(now.Add(ClockSkew)) {
		return nil, fmt.Errorf("%w: session issued at %s", ErrNotYetValid, m.IssuedAt.UTC().Format(time.RFC3339))
	}
	if !m.NotBefore.IsZero() && m.NotBefore.After(now.Add(ClockSkew)) {
		return nil, fmt.Errorf("%w: session not before %s", ErrNotYetValid, m.NotBefore.UTC().Format(time.RFC3339))
	}
	// The request window.
	iss, exp := time.UnixMilli(s.IssuedAt), time.UnixMilli(s.ExpiresAt)
	if s.IssuedAt <= 0 || s.ExpiresAt <= s.IssuedAt {
		return nil, fmt.Errorf("%w: request window %d..%d", ErrSessionSig, s.IssuedAt, s.ExpiresAt)
	}
	if exp.Sub(iss) > MaxRequestWindow {
		return nil, fmt.Errorf("%w: request window %s, limit %s", ErrTooLong, exp.Sub(iss), MaxRequestWindow)
	}
	if now.After(exp.Add(ClockSkew)) {
		return nil, fmt.Errorf("%w: session signature expired at %s", ErrExpired, exp.UTC().Format(time.RFC3339))
	}
	if iss.After(now.Add(ClockSkew)) {
		return nil, fmt.Errorf("%w: session signature issued at %s", ErrNotYetValid, iss.UTC().Format(time.RFC3339))
	}
	if exp.After(m.ExpirationTime) {
		return nil, fmt.Errorf("%w: request window ends after the session", ErrTooLong)
	}
	// The session key's signature over this node's binding (cheap; before
	// any chain access).
	sig, err := hexutil.Decode(s.Sig)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return nil, fmt.Errorf("%w: want 0x-hex of %d bytes", ErrSessionSig, ed25519.SignatureSize)
	}
	b := RequestBinding{Network: v.Network, PeerID: v.PeerID, Protocol: protocol, RequestID: requestID,
		BodyHash: bodyHash, IssuedAt: s.IssuedAt, ExpiresAt: s.ExpiresAt}
	if !ed25519.Verify(caps.SessionKey, b.SigningBytes(), sig) {
		return nil, ErrSessionSig
	}
	// The wallet's signature over the authorisation.
	wallet, err := v.walletSignature(ctx, &s.AuthSig, m)
	if err != nil {
		return nil, err
	}
	return &Grant{Address: m.Address, Capabilities: caps, Message: m, ReplayUntil: exp.Add(ClockSkew), ContractWallet: wallet}, nil
}

// walletSignature checks the EIP-191 signature of the SIWE text: an EOA
// whose key recovers to the message's address (and that has no code), or
// else a contract wallet at that address whose isValidSignature returns
// the magic value at the confirmed block. Neither the recovered signer
// nor the claimed address may be a PKP.
func (v *Verifier) walletSignature(ctx context.Context, a *AuthSig, m *Message) (contract bool, err error) {
	if a.Address != "" && !(common.IsHexAddress(a.Address) && common.HexToAddress(a.Address) == m.Address) {
		return false, fmt.Errorf("%w: address field %q is not the message's address", ErrBadSignature, truncate(a.Address, 64))
	}
	if err := v.notPKP(m.Address); err != nil {
		return false, err
	}
	var confirmed uint64
	var ck [32]byte
	if v.Chain != nil && v.ConfirmedBlock != nil {
		confirmed = v.ConfirmedBlock()
		ck = sha256.Sum256([]byte(a.SignedMessage + "\x00" + a.Sig))
		v.cacheMu.Lock()
		r, ok := v.cache[ck]
		v.cacheMu.Unlock()
		if ok && r.block == confirmed {
			return r.contract, v.recoveredNotPKP(a)
		}
	}
	contract, err = v.checkWallet(ctx, a, m, confirmed)
	if err == nil && v.Chain != nil && v.ConfirmedBlock != nil {
		v.cacheMu.Lock()
		if v.cache == nil || len(v.cache) >= maxWalletCache {
			v.cache = make(map[[32]byte]walletResult)
		}
		v.cache[ck] = walletResult{block: confirmed, contract: contract}
		v.cacheMu.Unlock()
	}
	return contract, err
}

// recoveredNotPKP re-checks, for a cached result, that the recovered
// signer of a 65-byte signature is not (now) a PKP.
func (v *Verifier) recoveredNotPKP(a *AuthSig) error {
	sig, err := hexutil.Decode(a.Sig)
	if err != nil {
		return nil
	}
	signer, err := RecoverPersonalSign(a.SignedMessage, sig)
	if err != nil {
		return nil
	}
	return v.notPKP(signer)
}

// checkWallet verifies the signature against the chain at block (see
// walletSignature).
func (v *Verifier) checkWallet(ctx context.Context, a *AuthSig, m *Message, confirmed uint64) (contract bool, err error) {
	sig, err := hexutil.Decode(a.Sig)
	if err != nil || len(sig) == 0 || len(sig) > maxWalletSig {
		return false, fmt.Errorf("%w: want 0x-hex of 1..%d bytes", ErrBadSignature, maxWalletSig)
	}
	hash := accounts.TextHash([]byte(a.SignedMessage))
	recovered := false
	if signer, err := RecoverPersonalSign(a.SignedMessage, sig); err == nil {
		if err := v.notPKP(signer); err != nil {
			return false, err
		}
		recovered = signer == m.Address
	}
	if v.Chain == nil {
		if !recovered {
			return false, fmt.Errorf("%w: does not recover to %s", ErrBadSignature, m.Address.Hex())
		}
		return false, nil
	}
	timeout := v.CallTimeout
	if timeout <= 0 {
		timeout = 5 * time.Second
	}
	cctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var block *big.Int
	if v.ConfirmedBlock != nil {
		block = new(big.Int).SetUint64(confirmed)
	}
	code, err := v.Chain.CodeAt(cctx, m.Address, block)
	if err != nil {
		return false, fmt.Errorf("%w: code lookup for %s: %s", ErrChain, m.Address.Hex(), truncate(err.Error(), 120))
	}
	if len(code) == 0 {
		if !recovered {
			return false, fmt.Errorf("%w: does not recover to %s (an account without code)", ErrBadSignature, m.Address.Hex())
		}
		return false, nil
	}
	// EIP-1271: isValidSignature(bytes32 hash, bytes signature).
	data := make([]byte, 0, 4+32*4+len(sig)+31)
	data = append(data, isValidSignatureSel...)
	data = append(data, hash...)
	data = append(data, common.LeftPadBytes(big.NewInt(64).Bytes(), 32)...)
	data = append(data, common.LeftPadBytes(big.NewInt(int64(len(sig))).Bytes(), 32)...)
	data = append(data, sig...)
	if pad := len(sig) % 32; pad != 0 {
		data = append(data, make([]byte, 32-pad)...)
	}
	out, err := v.Chain.CallContract(cctx, ethereum.CallMsg{To: &m.Address, Data: data}, block)
	if err != nil {
		if cctx.Err() != nil || !strings.Contains(err.Error(), "revert") {
			return false, fmt.Errorf("%w: isValidSignature of %s: %s", ErrChain, m.Address.Hex(), truncate(err.Error(), 120))
		}
		return false, fmt.Errorf("%w: contract wallet %s: isValidSignature reverted: %s", ErrBadSignature, m.Address.Hex(), truncate(err.Error(), 120))
	}
	// The return value is a bytes4, ABI-encoded left-aligned in 32 bytes.
	if len(out) != 32 || !bytes.Equal(out[:4], EIP1271Magic[:]) || !bytes.Equal(out[4:], make([]byte, 28)) {
		return false, fmt.Errorf("%w: contract wallet %s did not return the EIP-1271 magic value", ErrBadSignature, m.Address.Hex())
	}
	return true, nil
}

func (v *Verifier) notPKP(a common.Address) error {
	if v.PKPs == nil {
		return nil
	}
	if tok, ok := v.PKPs.TokenIDOfAddress(a); ok {
		return fmt.Errorf("%w: %s is PKP %s", ErrPKPSigner, a.Hex(), tok)
	}
	return nil
}
