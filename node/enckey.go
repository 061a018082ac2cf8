package node

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/tdec"
)

// encState is the network encryption key (threshold decryption): the
// follower's latest DKG run, and the share once stored and active.
type encState struct {
	mu        sync.Mutex
	cancel    context.CancelFunc
	session   string
	done      chan struct{}
	share     *tdec.KeyShare // the run's result, then the active share
	err       error
	committed chan *tdec.KeyShare
	active    *tdec.KeyShare // set once the key set is active on chain
}

// EncryptionKey is the network encryption key set this node serves, nil
// before it is active on chain.
func (n *Node) EncryptionKey() *tdec.KeySet {
	if ks := n.encShare(); ks != nil {
		set := ks.Set
		return &set
	}
	return nil
}

func (n *Node) encShare() *tdec.KeyShare {
	n.enc.mu.Lock()
	defer n.enc.mu.Unlock()
	return n.enc.active
}

// keySetHash is what the leader and followers compare, and what the chain
// counts votes by.
func keySetHash(ks *tdec.KeyShare) string {
	return hex.EncodeToString(crypto.Keccak256(tdec.EncodeKeySet(&ks.Set)))
}

// encGenesis makes sure this node holds the epoch's encryption key share
// (a DKG among the node set on first start, like the root key's) and that
// its key set is active on chain. An epoch transition reshares it with the
// root key (node/epoch.go): a next member stores its share pending and
// adopts it here as mpc.EncKeyName(epoch), then votes the epoch's key set
// (same P, the new public shares).
func (n *Node) encGenesis(ctx context.Context) error {
	name := mpc.EncKeyName(n.epoch)
	if err := n.adoptPendingEncShare(); err != nil {
		return fmt.Errorf("adopt the encryption key share of epoch %d: %w", n.epoch, err)
	}
	ks, err := n.store.EncKey(name)
	switch {
	case err == nil:
		n.log.Info("loaded encryption key share", "key", name)
	case errors.Is(err, mpc.ErrNotFound):
		if active, err := n.chainEncKey(ctx); err != nil {
			return err
		} else if len(active) > 0 {
			// The network has its key: a new DKG would make another. A node
			// gets its share of a later epoch by the transition that starts
			// it; one without (an epoch that began before transitions moved
			// the key) signs but does not decrypt.
			n.log.Warn("the chain has an encryption key but this node holds no share for this epoch; decryption is unavailable here until resharing provides one", "epoch", n.epoch)
			return nil
		}
		if ks, err = n.encKeygen(ctx); err != nil {
			return err
		}
		if err := n.store.PutEncKey(name, ks); err != nil {
			return fmt.Errorf("store encryption key share: %w", err)
		}
		n.log.Info("encryption keygen done, share stored", "key", hex.EncodeToString(ks.Set.Public))
	default:
		return fmt.Errorf("load encryption key share: %w", err)
	}
	if err := n.voteEncAndWait(ctx, ks); err != nil {
		return err
	}
	n.enc.mu.Lock()
	n.enc.active = ks
	n.enc.mu.Unlock()
	return nil
}

func (n *Node) encCommitted() chan *tdec.KeyShare {
	n.enc.mu.Lock()
	defer n.enc.mu.Unlock()
	if n.enc.committed == nil {
		n.enc.committed = make(chan *tdec.KeyShare, 1)
	}
	return n.enc.committed
}

// encKeygen runs the DKG: the leader invites, runs, and commits; a
// follower waits for the leader's commit (which it stored before acking).
func (n *Node) encKeygen(ctx context.Context) (*tdec.KeyShare, error) {
	return leadOrFollow(ctx, n, "encryption keygen", n.encCommitted(), n.leadEncKeygen)
}

func (n *Node) leadEncKeygen(ctx context.Context) (*tdec.KeyShare, error) {
	sid := mpc.NewSessionID("enckey")
	if err := n.inviteAll(ctx, n.host.NodeSet(), ctlEncKeygen, sid); err != nil {
		return nil, err
	}
	ks, err := n.runEncKeygen(ctx, sid)
	if err != nil {
		return nil, err
	}
	// A follower that ran into another key set can never acknowledge.
	otherKeySet := func(err error) bool { return strings.Contains(err.Error(), "got key set") }
	req := &ctlRequest{Type: ctlEncCommit, Epoch: n.epoch, Session: sid, KeySet: keySetHash(ks)}
	if err := n.commitAll(ctx, "encryption keygen", sid, 3, otherKeySet, req, keygenConfirmWait+5*time.Second); err != nil {
		return nil, err
	}
	return ks, nil
}

func (n *Node) runEncKeygen(ctx context.Context, sid string) (*tdec.KeyShare, error) {
	parties := n.host.NodeSet().Parties()
	start := time.Now()
	ks, err := mpc.EncKeygen(ctx, n.mtr, mpc.Session{ID: sid, Topic: "keygen", Self: n.self, Parties: parties, RoundTimeout: n.cfg.RoundTimeout})
	if err != nil {
		return nil, fmt.Errorf("encryption keygen %s: %w", sid, err)
	}
	n.log.Info("encryption keygen finished", "session", sid, "took", time.Since(start).Round(time.Millisecond))
	return ks, nil
}

// acceptEncKeygen handles the leader's messages at a follower: an
// invitation starts a run (dropping an earlier one); a commit waits for the
// run, compares key sets, stores the share and hands it to encGenesis.
func (n *Node) acceptEncKeygen(from party.ID, req *ctlRequest) error {
	if from != n.leaderParty() {
		return fmt.Errorf("encryption keygen messages come from party %s only", n.leaderParty())
	}
	if !strings.HasPrefix(req.Session, "enckey/") {
		return errors.New("encryption keygen session IDs start with enckey/")
	}
	committed := n.encCommitted()
	n.enc.mu.Lock()
	defer n.enc.mu.Unlock()
	if req.Type == ctlEncCommit {
		return n.commitEncKeygen(req, committed)
	}
	if _, err := n.store.EncKey(mpc.EncKeyName(n.epoch)); err == nil {
		return errors.New("this node already holds the encryption key share of this epoch")
	}
	if n.enc.cancel != nil {
		n.enc.cancel()
	}
	kctx, kcancel := context.WithCancel(n.runCtx)
	done := make(chan struct{})
	n.enc.cancel, n.enc.session, n.enc.done, n.enc.share, n.enc.err = kcancel, req.Session, done, nil, nil
	if !n.goOwned(func(context.Context) {
		defer kcancel()
		ks, err := n.runEncKeygen(kctx, req.Session)
		if err != nil {
			n.log.Warn("encryption keygen run failed; waiting for a new invitation", "err", err)
		}
		n.enc.mu.Lock()
		if n.enc.session == req.Session {
			n.enc.share, n.enc.err = ks, err
		}
		n.enc.mu.Unlock()
		close(done)
	}) {
		kcancel()
		return errors.New("node is stopping")
	}
	return nil
}

// commitEncKeygen: n.enc.mu is held, and released while waiting.
func (n *Node) commitEncKeygen(req *ctlRequest, committed chan *tdec.KeyShare) error {
	if err := n.awaitRun(&n.enc.mu, "encryption keygen", req.Session, func() string { return n.enc.session }, n.enc.done); err != nil {
		return err
	}
	if n.enc.err != nil || n.enc.share == nil {
		return fmt.Errorf("encryption keygen session %s failed here", req.Session)
	}
	if h := keySetHash(n.enc.share); h != req.KeySet {
		return fmt.Errorf("encryption keygen session %s: this node got key set %s, the leader %s", req.Session, h, truncate(req.KeySet, 70))
	}
	name := mpc.EncKeyName(n.epoch)
	if _, err := n.store.EncKey(name); errors.Is(err, mpc.ErrNotFound) {
		if err := n.store.PutEncKey(name, n.enc.share); err != nil {
			n.log.Error("storing the encryption key share failed", "err", err)
			return errors.New("could not store the encryption key share")
		}
		select {
		case committed <- n.enc.share:
		default:
		}
	}
	return nil
}

// chainEncKey reads the network's encryption key P (any epoch), empty
// before the first activation.
func (n *Node) chainEncKey(ctx context.Context) ([]byte, error) {
	out, err := n.eth.CallContract(ctx, ethereum.CallMsg{To: &n.cfg.Contracts.PubkeyRouter, Data: contracts.RouterABI.PackEncryptionKey()}, nil)
	if err != nil {
		return nil, fmt.Errorf("read encryption key: %w", err)
	}
	return contracts.RouterABI.UnpackEncryptionKey(out)
}

// activeKeySet reads the epoch's active encryption key set from the chain;
// nil when none is active yet.
func (n *Node) activeKeySet(ctx context.Context) ([]byte, error) {
	out, err := n.eth.CallContract(ctx, ethereum.CallMsg{To: &n.cfg.Contracts.PubkeyRouter, Data: contracts.RouterABI.PackEncryptionKeySet(new(big.Int).SetUint64(n.epoch))}, nil)
	if err != nil {
		return nil, fmt.Errorf("read encryption key set: %w", err)
	}
	return contracts.RouterABI.UnpackEncryptionKeySet(out)
}

// voteEncAndWait votes the key set (unless already voted) and waits until
// the epoch's set is active; a different active set is an error.
func (n *Node) voteEncAndWait(ctx context.Context, ks *tdec.KeyShare) error {
	mine := tdec.EncodeKeySet(&ks.Set)
	active, err := n.activeKeySet(ctx)
	if err != nil {
		return err
	}
	if len(active) == 0 {
		out, err := n.eth.CallContract(ctx, ethereum.CallMsg{To: &n.cfg.Contracts.PubkeyRouter, Data: contracts.RouterABI.PackEncryptionVoteOf(new(big.Int).SetUint64(n.epoch), n.operator)}, nil)
		if err != nil {
			return fmt.Errorf("read encryption key vote: %w", err)
		}
		voted, err := contracts.RouterABI.UnpackEncryptionVoteOf(out)
		if err != nil {
			return fmt.Errorf("read encryption key vote: %w", err)
		}
		if voted != [32]byte(crypto.Keccak256(mine)) {
			s := &contracts.Sender{Backend: n.eth, Key: n.cfg.OperatorKey, ChainID: n.chainID, GasLimit: voteGasLimit}
			vctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
			_, err = s.Transact(vctx, n.cfg.Contracts.PubkeyRouter, contracts.RouterABI.PackVoteEncryptionKey(mine), nil)
			cancel()
			if err != nil {
				return fmt.Errorf("vote encryption key as %s: %w", n.operator, err)
			}
			n.log.Info("encryption key voted", "operator", n.operator.Hex())
		}
	}
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		if len(active) > 0 {
			if string(active) != string(mine) {
				return fmt.Errorf("the chain activated encryption key set %x..., this node holds another", active[:min(8, len(active))])
			}
			n.log.Info("encryption key active", "epoch", n.epoch)
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		if active, err = n.activeKeySet(ctx); err != nil {
			return err
		}
	}
}
