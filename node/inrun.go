package node

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/actionchan"
	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/node/signing"
	"github.com/pkpnet/pkpnet/p2p"
	"github.com/pkpnet/pkpnet/runtime"
	"github.com/pkpnet/pkpnet/wire"
)

// inRunSigner serves signAndCombineEcdsa for one execute request: the same
// permission check as a signature after the run, the same signing
// coordination, then the shares go over the run's channel (actionchan)
// instead of to the client, and every node verifies and combines them.
type inRunSigner struct {
	n      *Node
	g      *auth.Grant
	caller common.Address
	ids    []*auth.OIDCIdentity // verified auth methods of the request
	action cid.Cid
	sc     *signCtx
	run    *actionchan.Run
	wait   time.Duration // for the other signers' shares
}

var _ runtime.Combiner = (*inRunSigner)(nil)

func (s *inRunSigner) SignAndCombine(ctx context.Context, sr runtime.SignRequest) ([]byte, error) {
	n := s.n
	job, err := n.jobFor(sr.SigName, sr.PublicKey, sr.Hash)
	if err != nil {
		return nil, err
	}
	if err := n.mayActionSign(s.g, s.caller, s.ids, s.action, job, contracts.ScopeSignAnything); err != nil {
		return nil, err
	}
	share, err := n.signOne(ctx, s.sc, job)
	if err != nil {
		return nil, err
	}
	// Every node sends what it has: its share, or null when it was not
	// among the signers, so that the others stop waiting for it.
	payload, err := json.Marshal(share)
	if err != nil {
		return nil, err
	}
	name := "sign/" + sr.SigName
	if err := s.run.Broadcast(name, 0, payload); err != nil {
		return nil, err
	}
	shares := []wire.SignatureShare{}
	var signers []party.ID
	if share != nil {
		shares = append(shares, *share)
		signers = partyIDs(share.Signers)
	}
	// Wait for the signers' shares: the signer set is in any share (and
	// Verify checks that they agree), so a node that was not chosen learns
	// it from the first share it receives.
	cctx, cancel := context.WithTimeout(ctx, s.wait)
	defer cancel()
	decoded := map[party.ID]*wire.SignatureShare{}
	bad := map[party.ID]string{}
	enough := func(vals map[party.ID][]byte) bool {
		for p, b := range vals {
			if _, done := decoded[p]; done || bad[p] != "" {
				continue
			}
			var sh *wire.SignatureShare
			if err := json.Unmarshal(b, &sh); err != nil {
				bad[p] = "malformed share"
				continue
			}
			decoded[p] = sh
			if sh != nil && signers == nil {
				signers = partyIDs(sh.Signers)
			}
		}
		if signers == nil {
			return false
		}
		for _, q := range signers {
			if q == n.self {
				continue
			}
			if sh, ok := decoded[q]; !ok || sh == nil {
				if bad[q] == "" {
					return false
				}
			}
		}
		return true
	}
	got := s.run.CollectUntil(cctx, name, 0, s.run.Others(), enough)
	enough(got.Values) // decode what arrived last (Collect may return without asking)
	for p, sh := range decoded {
		if sh == nil {
			continue
		}
		// The sender is authenticated by the channel; a share must be its own.
		if sh.Party != string(p) || sh.SigName != sr.SigName {
			bad[p] = "a share that is not its own"
			continue
		}
		shares = append(shares, *sh)
	}
	_, rootPub := n.rootConfig()
	out := signing.Verify(shares, nodeKeys{n.host}, signing.Expect{
		RootPub: rootPub, Coordinator: s.sc.coord, Session: signing.SessionID(s.sc.requestKey, s.sc.requestID, sr.SigName),
		Hash: sr.Hash[:], PubKey: job.PubKey,
	})
	if out.Signature != nil {
		return out.Signature, nil
	}
	msg := "no signature"
	if err := out.Err(); err != nil {
		msg = err.Error()
	}
	for _, p := range slices.Sorted(maps.Keys(bad)) {
		msg += fmt.Sprintf("; node %s sent %s", p, bad[p])
	}
	return nil, p2p.Errorf(p2p.CodeUnavailable, "%s", truncate(msg, 600))
}

func partyIDs(ss []string) []party.ID {
	out := make([]party.ID, len(ss))
	for i, s := range ss {
		out[i] = party.ID(s)
	}
	return out
}
