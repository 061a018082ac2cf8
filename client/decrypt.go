package client

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/tdec"
	"github.com/pkpnet/pkpnet/wire"
)

// ErrNoEncryptionKey: PubkeyRouter has no active encryption key (set) yet.
var ErrNoEncryptionKey = errors.New("no active encryption key in PubkeyRouter")

// EncryptionKey reads the network encryption key set of the current epoch
// from PubkeyRouter and validates it (every public share on one polynomial
// through the key).
func (c *Client) EncryptionKey(ctx context.Context) (*tdec.KeySet, error) {
	nodes, epoch := c.Nodes()
	if len(nodes) == 0 {
		var err error
		if nodes, epoch, err = c.RefreshNodes(ctx); err != nil {
			return nil, err
		}
	}
	r := contracts.RouterABI.Instance(c.eth, c.cfg.PubkeyRouter)
	raw, err := bind.Call(r, &bind.CallOpts{Context: ctx}, contracts.RouterABI.PackEncryptionKeySet(new(big.Int).SetUint64(epoch)), contracts.RouterABI.UnpackEncryptionKeySet)
	if err != nil {
		return nil, fmt.Errorf("client: read encryption key set: %w", err)
	}
	if len(raw) == 0 {
		return nil, fmt.Errorf("client: %w (epoch %d)", ErrNoEncryptionKey, epoch)
	}
	set, err := decodeKeySet(raw, nodes)
	if err != nil {
		return nil, fmt.Errorf("client: PubkeyRouter's encryption key set: %w", err)
	}
	return set, nil
}

// decodeKeySet reads an on-chain key set (P, then the public shares in
// party order) for the epoch's nodes. The registry lists nodes in its own
// order (a node added after a removal takes a freed, lower party number
// but is listed last), so the parties are sorted first: the shares are
// encoded in party order, and each must land at its party's x.
func decodeKeySet(raw []byte, nodes []Node) (*tdec.KeySet, error) {
	parties := make([]string, len(nodes))
	for i, n := range nodes {
		parties[i] = n.Party
	}
	sortParties(parties)
	return tdec.DecodeKeySet(raw, parties, mpc.Threshold(len(nodes)))
}

// EncryptionPublicKey reads the network encryption key P from PubkeyRouter:
// fixed once active, whatever the epoch.
func (c *Client) EncryptionPublicKey(ctx context.Context) ([]byte, error) {
	r := contracts.RouterABI.Instance(c.eth, c.cfg.PubkeyRouter)
	k, err := bind.Call(r, &bind.CallOpts{Context: ctx}, contracts.RouterABI.PackEncryptionKey(), contracts.RouterABI.UnpackEncryptionKey)
	if err != nil {
		return nil, fmt.Errorf("client: read encryption key: %w", err)
	}
	if len(k) == 0 {
		return nil, fmt.Errorf("client: %w", ErrNoEncryptionKey)
	}
	return k, nil
}

// Encrypt encrypts plaintext to the network for access (Lit-format access
// conditions JSON, or an action CID): no node is contacted.
func (c *Client) Encrypt(ctx context.Context, access tdec.Access, plaintext []byte) (*tdec.Ciphertext, error) {
	pub, err := c.EncryptionPublicKey(ctx)
	if err != nil {
		return nil, err
	}
	return tdec.Encrypt(pub, access, plaintext)
}

// DecryptResult tells which nodes' shares decrypted and which failed.
type DecryptResult struct {
	Plaintext  []byte
	Used       []string    // parties whose verified shares were combined
	NodeErrors []NodeError // refusals, silent nodes and bad shares (BadShare)
}

// BadNodes are the nodes whose shares failed verification.
func (r *DecryptResult) BadNodes() []string { return badNodes(r.NodeErrors) }

// Decrypt asks every usable node for its decryption share of ct, verifies
// each share's DLEQ proof against the node's public share on chain,
// names a bad share's node, and combines T good shares. A node releases
// its share only when ct's access conditions hold for this client's wallet
// on confirmed chain state. The session must grant pkpnet/decrypt.
func (c *Client) Decrypt(ctx context.Context, ct *tdec.Ciphertext, o *Options) (*DecryptResult, error) {
	if o == nil {
		o = &Options{}
	}
	ctx, cancel := context.WithTimeout(ctx, c.cfg.RequestTimeout)
	defer cancel()
	set, err := c.EncryptionKey(ctx)
	if err != nil {
		return nil, err
	}
	capsule := ct.Capsule()
	if err := capsule.VerifyProof(set.Public); err != nil {
		return nil, fmt.Errorf("client: ciphertext is not for this network's key or is corrupt: %w", err)
	}
	capBytes, _ := capsule.MarshalBinary()
	var usable []NodeStatus
	for _, s := range c.usableStatuses(ctx, false) {
		if s.Info != nil && s.Err == nil {
			usable = append(usable, s)
		}
	}
	t := set.Threshold
	if len(usable) < t {
		return nil, fmt.Errorf("client: %w: %d usable of %d needed", ErrNotEnoughNodes, len(usable), t)
	}
	sess := o.Session
	if sess == nil {
		if sess, err = c.Session(); err != nil {
			return nil, err
		}
	}
	parties := make([]string, len(usable))
	for i, s := range usable {
		parties[i] = s.Party
	}
	req := &wire.DecryptRequest{Common: wire.Common{RequestID: newRequestID(), Coordinator: parties[0], Nodes: parties}, Capsule: capBytes}
	_, req.Epoch = c.Nodes()
	body := req.Body()
	hash := body.Hash()
	actx, acancel := context.WithTimeout(ctx, c.cfg.AttemptTimeout)
	defer acancel()
	type answer struct {
		st    NodeStatus
		share *tdec.Share
		err   error
	}
	answers := make([]answer, len(usable))
	var wg sync.WaitGroup
	for i, s := range usable {
		cp := *req
		cp.Session = c.signFor(sess, wire.DecryptProtocol, s, body.RequestID, hash)
		wg.Go(func() {
			answers[i].st = s
			resp, err := p2p.Call[wire.DecryptRequest, wire.DecryptResponse](actx, c.host.LibP2P(), s.PeerID, wire.DecryptProtocol, &cp, 64<<10)
			if err == nil && (resp.RequestID != req.RequestID || resp.Party != s.Party) {
				err = fmt.Errorf("answer for request %q from party %q, want %q from %q", resp.RequestID, resp.Party, req.RequestID, s.Party)
			}
			if err == nil {
				answers[i].share, err = resp.Validate()
			}
			answers[i].err = err
		})
	}
	wg.Wait()
	res := &DecryptResult{}
	var shares []*tdec.Share
	refused := 0
	for _, a := range answers {
		if a.err != nil {
			code, isRef := isRefusal(a.err)
			if isRef {
				refused++
			}
			res.NodeErrors = append(res.NodeErrors, NodeError{Attempt: 1, Party: a.st.Party, PeerID: a.st.PeerID, Err: a.err, Code: code})
			continue
		}
		shares = append(shares, a.share)
	}
	pt, bad, err := set.Decrypt(ct, shares)
	for _, b := range bad {
		ne := NodeError{Attempt: 1, Party: b.Party, Err: b, BadShare: true}
		for _, s := range usable {
			if s.Party == b.Party {
				ne.PeerID = s.PeerID
			}
		}
		res.NodeErrors = append(res.NodeErrors, ne)
	}
	if err != nil {
		if refused > len(usable)-t {
			return res, &RequestError{Msg: fmt.Sprintf("decryption refused by %d of %d nodes", refused, len(usable)), Refused: true, NodeErrors: res.NodeErrors, cause: err}
		}
		return res, &RequestError{Msg: "decryption failed", NodeErrors: res.NodeErrors, cause: err}
	}
	res.Plaintext = pt
	for _, s := range shares {
		if !hasParty(res.NodeErrors, s.Party) {
			res.Used = append(res.Used, s.Party)
		}
	}
	sortParties(res.Used)
	if len(res.Used) > t {
		res.Used = res.Used[:t]
	}
	return res, nil
}

func (c *Client) signFor(sess *auth.Session, proto protocol.ID, n NodeStatus, rid string, hash [32]byte) auth.SessionSig {
	now := time.Now()
	return sess.Sign(auth.RequestBinding{
		Network: c.cfg.Network, PeerID: []byte(n.PeerID), Protocol: string(proto), RequestID: rid,
		BodyHash: hash, IssuedAt: now.UnixMilli(), ExpiresAt: now.Add(c.cfg.RequestWindow).UnixMilli(),
	})
}
