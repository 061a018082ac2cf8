package node

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp/config"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/node/api"
	"github.com/pkpnet/pkpnet/p2p"
)

// maxSignMsg caps one sign-coordination message.
const maxSignMsg = 4096

// Sign-coordination message types (JSON in mpc.Envelope.Data, always sent
// point to point).
const (
	msgReady   = "ready"   // member -> coordinator: my hash and key ID
	msgDecline = "decline" // member -> coordinator: I will not sign (reason)
	msgAssign  = "assign"  // coordinator -> every member: signer set and presignature
	msgAbort   = "abort"   // coordinator -> every member: no signature (reason)
	msgCommit  = "commit"  // signer -> signers: entropy commitment
	msgReveal  = "reveal"  // signer -> signers: entropy nonce
)

type signMsg struct {
	Type      string   `json:"t"`
	Hash      string   `json:"h,omitempty"`
	KeyID     string   `json:"k,omitempty"`
	PresignID string   `json:"p,omitempty"`
	Signers   []string `json:"s,omitempty"`
	OnDemand  bool     `json:"od,omitempty"`
	Session   string   `json:"sid,omitempty"`
	Value     string   `json:"v,omitempty"`
	Reason    string   `json:"r,omitempty"`
}

// decodeSignMsg decodes and bounds one sign-coordination message.
func decodeSignMsg(b []byte) (*signMsg, error) {
	if len(b) > maxSignMsg {
		return nil, fmt.Errorf("sign message of %d bytes exceeds %d", len(b), maxSignMsg)
	}
	var m signMsg
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("sign message: %w", err)
	}
	switch m.Type {
	case msgReady, msgDecline, msgAssign, msgAbort, msgCommit, msgReveal:
	default:
		return nil, fmt.Errorf("sign message: unknown type %q", truncate(m.Type, 16))
	}
	if len(m.Signers) > mpc.MaxParties {
		return nil, errors.New("sign message: too many signers")
	}
	return &m, nil
}

// signJob is one signature a request asks this node to take part in.
type signJob struct {
	SigName string
	TokenID *big.Int
	KeyID   mpc.KeyID
	PubKey  []byte // 33-byte compressed PKP key
	Hash    [32]byte
}

// signCtx is what every signature of one request shares.
type signCtx struct {
	requestID string
	authSig   string
	coord     party.ID
	nodes     []party.ID
}

// signSessionID is the session ID every node derives for one signature.
func signSessionID(authSig, requestID, sigName string) string {
	h := sha256.New()
	h.Write([]byte(authSig))
	h.Write([]byte{0})
	h.Write([]byte(requestID))
	h.Write([]byte{0})
	h.Write([]byte(sigName))
	return "sign/" + hex.EncodeToString(h.Sum(nil))[:32]
}

// inbox reads one session's messages and buffers those not asked for yet.
type inbox struct {
	conn mpc.Conn
	buf  []inMsg
}

type inMsg struct {
	from party.ID
	m    *signMsg
}

var errTimeout = errors.New("timeout")

// next returns the next message from one of froms (any party when nil) with
// one of the given types.
func (ib *inbox) next(ctx context.Context, deadline <-chan time.Time, froms []party.ID, types ...string) (party.ID, *signMsg, error) {
	match := func(x inMsg) bool {
		return slices.Contains(types, x.m.Type) && (froms == nil || slices.Contains(froms, x.from))
	}
	for i, x := range ib.buf {
		if match(x) {
			ib.buf = slices.Delete(ib.buf, i, i+1)
			return x.from, x.m, nil
		}
	}
	for {
		select {
		case <-ctx.Done():
			return "", nil, ctx.Err()
		case <-deadline:
			return "", nil, errTimeout
		case e, ok := <-ib.conn.Recv():
			if !ok {
				return "", nil, p2p.ErrClosed
			}
			if len(ib.buf) > 64 {
				continue // a flooding party: its extra messages are dropped
			}
			m, err := decodeSignMsg(e.Data)
			if err != nil {
				continue
			}
			x := inMsg{from: e.From, m: m}
			if match(x) {
				return x.from, x.m, nil
			}
			ib.buf = append(ib.buf, x)
		}
	}
}

func (n *Node) send(ctx context.Context, conn mpc.Conn, sid string, to party.ID, m *signMsg) error {
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return conn.Send(ctx, mpc.Envelope{Session: sid, From: n.self, To: to, Data: b})
}

// signOne coordinates one signature among sc.nodes and, when this node is in
// the chosen signer set, releases its share. It returns nil without error
// when this node was not chosen.
func (n *Node) signOne(ctx context.Context, sc *signCtx, job *signJob) (*api.SignatureShare, error) {
	if cfg, _ := n.rootConfig(); cfg == nil {
		return nil, p2p.Errorf(p2p.CodeUnavailable, "node has no root key yet")
	}
	_, rootPub := n.rootConfig()
	sid := signSessionID(sc.authSig, sc.requestID, job.SigName)
	topic := "pkp/" + job.TokenID.String()
	conn, err := n.tr.Open(ctx, mpc.Session{ID: sid, Topic: topic, Self: n.self, Parties: sc.nodes, RoundTimeout: n.cfg.RoundTimeout})
	if err != nil {
		return nil, fmt.Errorf("open sign session: %w", err)
	}
	defer conn.Close()
	ib := &inbox{conn: conn}
	myHash, myKey := hexutil.Encode(job.Hash[:]), hexutil.Encode(job.KeyID[:])
	t := n.threshold()

	var set []party.ID
	var presignID []byte
	onDemand := false
	odSession := ""
	if n.self == sc.coord {
		ready := []party.ID{n.self}
		var silent, declined []string
		answered := map[party.ID]bool{}
		deadline := time.After(n.cfg.ReadyTimeout)
		for len(answered) < len(sc.nodes)-1 {
			from, m, err := ib.next(ctx, deadline, nil, msgReady, msgDecline)
			if errors.Is(err, errTimeout) {
				break
			}
			if err != nil {
				return nil, err
			}
			if answered[from] {
				continue
			}
			answered[from] = true
			switch {
			case m.Type == msgReady && m.Hash == myHash && m.KeyID == myKey:
				ready = append(ready, from)
			case m.Type == msgReady:
				declined = append(declined, fmt.Sprintf("%s (different hash or key)", from))
			default:
				declined = append(declined, fmt.Sprintf("%s (%s)", from, truncate(m.Reason, 200)))
			}
		}
		for _, q := range sc.nodes {
			if q != n.self && !answered[q] {
				silent = append(silent, string(q))
			}
		}
		if len(ready) < t {
			reason := fmt.Sprintf("not enough nodes ready to sign %q: %d ready, need %d", job.SigName, len(ready), t)
			if len(silent) > 0 {
				reason += "; silent: " + strings.Join(silent, ",")
			}
			if len(declined) > 0 {
				reason += "; declined: " + strings.Join(declined, ", ")
			}
			for _, q := range sc.nodes {
				if q != n.self {
					_ = n.send(ctx, conn, sid, q, &signMsg{Type: msgAbort, Reason: reason})
				}
			}
			return nil, p2p.Errorf(p2p.CodeUnavailable, "%s", reason)
		}
		set, presignID = n.pool.take(ready)
		if set == nil {
			others := sortParties(slices.DeleteFunc(slices.Clone(ready), func(q party.ID) bool { return q == n.self }))
			set = sortParties(append([]party.ID{n.self}, others[:t-1]...))
			onDemand, odSession = true, sid+"/od"
			n.log.Info("no presignature available; signing on demand", "signers", setKey(set), "sig", job.SigName)
		}
		a := &signMsg{Type: msgAssign, Hash: myHash, KeyID: myKey, Signers: partyStrings(set), OnDemand: onDemand, Session: odSession}
		if !onDemand {
			a.PresignID = hexutil.Encode(presignID)
			// From here on the presignature is never handed out again: it is
			// consumed by the share below, or discarded if signing fails.
			defer n.discardIfUnused(presignID, job, rootPub, sc)
		}
		for _, q := range sc.nodes {
			if q != n.self {
				if err := n.send(ctx, conn, sid, q, a); err != nil {
					n.log.Debug("send assign", "to", string(q), "err", err)
				}
			}
		}
	} else {
		if err := n.send(ctx, conn, sid, sc.coord, &signMsg{Type: msgReady, Hash: myHash, KeyID: myKey}); err != nil {
			return nil, p2p.Errorf(p2p.CodeUnavailable, "cannot reach coordinator %s: %v", sc.coord, err)
		}
		deadline := time.After(n.cfg.ReadyTimeout + n.cfg.RoundTimeout)
		_, m, err := ib.next(ctx, deadline, []party.ID{sc.coord}, msgAssign, msgAbort)
		if errors.Is(err, errTimeout) {
			return nil, p2p.Errorf(p2p.CodeTimeout, "coordinator %s sent no assignment for %q", sc.coord, job.SigName)
		}
		if err != nil {
			return nil, err
		}
		if m.Type == msgAbort {
			return nil, p2p.Errorf(p2p.CodeUnavailable, "coordinator %s: %s", sc.coord, truncate(m.Reason, 500))
		}
		set, err = n.checkAssignment(sc, m, myHash, myKey, t)
		if err != nil {
			n.declineTo(ctx, conn, sid, sc.nodes, err)
			return nil, p2p.Errorf(p2p.CodeForbidden, "assignment for %q refused: %v", job.SigName, err)
		}
		if !slices.Contains(set, n.self) {
			return nil, nil
		}
		onDemand, odSession = m.OnDemand, m.Session
		if !onDemand {
			presignID, _ = hexutil.Decode(m.PresignID)
			if err := n.checkPresign(presignID, sc.coord, set); err != nil {
				n.declineTo(ctx, conn, sid, set, err)
				return nil, p2p.Errorf(p2p.CodeForbidden, "assignment for %q refused: %v", job.SigName, err)
			}
		}
	}

	entropy, err := n.agreeEntropy(ctx, conn, ib, sid, set)
	if err != nil {
		return nil, p2p.Errorf(p2p.CodeUnavailable, "signature %q: %v", job.SigName, err)
	}
	req := mpc.SignRequest{RootPub: rootPub, KeyID: job.KeyID, Hash: job.Hash[:], Entropy: entropy}
	var share mpc.Share
	var pub *mpc.PresignPublic
	if onDemand {
		n.stats.onDemand.Add(1)
		var own *config.Config
		if own, err = n.rootCopy(); err == nil {
			rctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
			share, pub, err = mpc.SignOnDemand(rctx, n.tr, mpc.Session{ID: odSession, Topic: topic, Self: n.self, Parties: set}, own, req)
			cancel()
		}
	} else {
		share, pub, err = n.store.ReleaseShare(presignID, n.self, req, fmt.Sprintf("request %s sig %s", sc.requestID, job.SigName))
	}
	if err != nil {
		return nil, p2p.Errorf(p2p.CodeUnavailable, "signature %q: %v", job.SigName, err)
	}
	pubBin, err := pub.MarshalBinary()
	if err != nil {
		return nil, err
	}
	n.stats.shares.Add(1)
	sigma := slices.Clone(share.Sigma)
	if n.cfg.TestHooks != nil && n.cfg.TestHooks.CorruptShares {
		sigma[len(sigma)-1] ^= 0x01
	}
	return &api.SignatureShare{
		SigName: job.SigName, TokenID: job.TokenID.String(), PubKey: hexutil.Encode(job.PubKey), KeyID: myKey, Hash: myHash,
		Entropy: hexutil.Encode(entropy[:]), Signers: partyStrings(sortParties(set)), Presign: hexutil.Encode(pubBin),
		PresignID: hexutil.Encode(share.PresignID), Sigma: hexutil.Encode(sigma), Party: string(n.self),
	}, nil
}

// declineTo tells the other parties that this node will not sign, so that
// they stop waiting for it.
func (n *Node) declineTo(ctx context.Context, conn mpc.Conn, sid string, to []party.ID, why error) {
	for _, q := range to {
		if q != n.self {
			_ = n.send(ctx, conn, sid, q, &signMsg{Type: msgDecline, Reason: truncate(why.Error(), 200)})
		}
	}
}

// discardIfUnused consumes the coordinator's copy of an assigned
// presignature if signing failed before its share was released, so that it
// is never assigned twice.
func (n *Node) discardIfUnused(id []byte, job *signJob, rootPub []byte, sc *signCtx) {
	st, err := n.store.PresignState(id)
	if err != nil || st.Consumed() {
		return
	}
	req := mpc.SignRequest{RootPub: rootPub, KeyID: job.KeyID, Hash: job.Hash[:]}
	if _, _, err := n.store.ReleaseShare(id, n.self, req, fmt.Sprintf("discarded: request %s sig %s failed", sc.requestID, job.SigName)); err != nil {
		n.log.Warn("discard presignature", "id", idHex(id), "err", err)
	}
	n.pool.wake()
}

func (n *Node) checkAssignment(sc *signCtx, m *signMsg, myHash, myKey string, t int) ([]party.ID, error) {
	if m.Hash != myHash || m.KeyID != myKey {
		return nil, errors.New("the coordinator's hash or key differs from this node's")
	}
	set := make([]party.ID, len(m.Signers))
	for i, s := range m.Signers {
		set[i] = party.ID(s)
	}
	if err := mpc.ValidateParties(set, ""); err != nil {
		return nil, err
	}
	if len(set) != t || !slices.Contains(set, sc.coord) || !subset(set, sc.nodes) {
		return nil, fmt.Errorf("signer set %v is not %d of the request's nodes with the coordinator", m.Signers, t)
	}
	if m.OnDemand && (m.Session == "" || len(m.Session) > mpc.MaxSessionIDLen || !strings.HasPrefix(m.Session, "sign/")) {
		return nil, errors.New("bad on-demand session")
	}
	return set, nil
}

// checkPresign checks that a stored presignature was made for this signer
// set and coordinated by the request's coordinator.
func (n *Node) checkPresign(id []byte, coord party.ID, set []party.ID) error {
	if len(id) != mpc.PresignIDLen {
		return errors.New("bad presignature ID")
	}
	st, err := n.store.PresignState(id)
	if err != nil {
		return fmt.Errorf("presignature %s: %w", idHex(id), err)
	}
	if st.Key != coordTag(n.epoch, coord) {
		return fmt.Errorf("presignature %s was not coordinated by %s", idHex(id), coord)
	}
	if st.Consumed() {
		return fmt.Errorf("presignature %s: %w", idHex(id), mpc.ErrConsumed)
	}
	if setKey(st.Signers) != setKey(set) {
		return fmt.Errorf("presignature %s belongs to signers %s, not %s", idHex(id), setKey(st.Signers), setKey(set))
	}
	return nil
}

// agreeEntropy runs the commit-reveal among the signer set.
func (n *Node) agreeEntropy(ctx context.Context, conn mpc.Conn, ib *inbox, sid string, set []party.ID) ([32]byte, error) {
	nonce, err := mpc.NewEntropyNonce()
	if err != nil {
		return [32]byte{}, err
	}
	commit := mpc.EntropyCommit(sid, n.self, nonce)
	others := slices.DeleteFunc(slices.Clone(set), func(q party.ID) bool { return q == n.self })
	for _, q := range others {
		if err := n.send(ctx, conn, sid, q, &signMsg{Type: msgCommit, Value: hexutil.Encode(commit[:])}); err != nil {
			return [32]byte{}, fmt.Errorf("send commitment to %s: %w", q, err)
		}
	}
	commits := map[party.ID][32]byte{n.self: commit}
	reveals := map[party.ID][32]byte{n.self: nonce}
	collect := func(typ string, into map[party.ID][32]byte) error {
		deadline := time.After(n.cfg.RoundTimeout)
		for len(into) < len(set) {
			from, m, err := ib.next(ctx, deadline, others, typ, msgDecline)
			if errors.Is(err, errTimeout) {
				var silent []string
				for _, q := range others {
					if _, ok := into[q]; !ok {
						silent = append(silent, string(q))
					}
				}
				return fmt.Errorf("entropy %s: silent signers %s", typ, strings.Join(silent, ","))
			}
			if err != nil {
				return err
			}
			if m.Type == msgDecline {
				return fmt.Errorf("signer %s declined: %s", from, truncate(m.Reason, 200))
			}
			b, err := hexutil.Decode(m.Value)
			if err != nil || len(b) != 32 {
				return fmt.Errorf("entropy %s from %s: malformed", typ, from)
			}
			into[from] = [32]byte(b)
		}
		return nil
	}
	if err := collect(msgCommit, commits); err != nil {
		return [32]byte{}, err
	}
	for _, q := range others {
		if err := n.send(ctx, conn, sid, q, &signMsg{Type: msgReveal, Value: hexutil.Encode(nonce[:])}); err != nil {
			return [32]byte{}, fmt.Errorf("send reveal to %s: %w", q, err)
		}
	}
	if err := collect(msgReveal, reveals); err != nil {
		return [32]byte{}, err
	}
	return mpc.CombineEntropy(sid, set, commits, reveals)
}

func partyStrings(s []party.ID) []string {
	out := make([]string, len(s))
	for i, q := range s {
		out[i] = string(q)
	}
	return out
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}
