package signing

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
)

// AgreePresign is the round at the end of every presign run (background and
// on demand): each party signs PresignDigest(pub) with its node identity
// key and sends the signature to the others. It returns every party's
// signature once all of them verified. A presignature is stored, or used
// on demand, only with the full agreement, so that a signer cannot later
// hand a client forged public data: the client accepts public data only
// with every signer's valid signature.
func AgreePresign(ctx context.Context, tr mpc.Transport, s mpc.Session, key Signer, keys KeyRing, pub *mpc.PresignPublic) (Agreement, error) {
	dg, err := PresignDigest(pub)
	if err != nil {
		return nil, err
	}
	mine, err := key.Sign(agreeBytes(dg))
	if err != nil {
		return nil, fmt.Errorf("presign agreement: sign: %w", err)
	}
	conn, err := tr.Open(ctx, s)
	if err != nil {
		return nil, fmt.Errorf("presign agreement: open: %w", err)
	}
	defer conn.Close()
	ib := newInbox(conn)
	var others []party.ID
	for _, q := range s.Parties {
		if q != s.Self {
			others = append(others, q)
		}
	}
	b, err := (&Message{Type: MsgAgree, Agree: mine}).Encode()
	if err != nil {
		return nil, err
	}
	for _, q := range others {
		if err := conn.Send(ctx, mpc.Envelope{Session: s.ID, From: s.Self, To: q, Data: b}); err != nil {
			return nil, fmt.Errorf("presign agreement: send to %s: %w", q, err)
		}
	}
	ag := Agreement{s.Self: mine}
	timeout := s.RoundTimeout
	if timeout <= 0 {
		timeout = mpc.DefaultRoundTimeout
	}
	deadline := time.Now().Add(timeout)
	for len(ag) < len(s.Parties) {
		from, m, err := ib.next(ctx, deadline, others, MsgAgree)
		if errors.Is(err, errTimeout) {
			var silent []party.ID
			for _, q := range others {
				if _, ok := ag[q]; !ok {
					silent = append(silent, q)
				}
			}
			return nil, &CoordinationError{Parties: silent, Reason: "presign agreement: no signature from " + idList(silent)}
		}
		if err != nil {
			return nil, err
		}
		if _, ok := ag[from]; ok {
			continue
		}
		pk, err := keys.PubKey(from)
		if err != nil {
			return nil, fmt.Errorf("presign agreement: %w", err)
		}
		if ok, err := strictKey(pk).Verify(agreeBytes(dg), m.Agree); err != nil || !ok {
			// Either its public data differs from ours or it signed junk:
			// the presignature is unusable; the sender is held responsible
			// (its message is authenticated by the transport, not proof).
			return nil, blame(from, false, "presign agreement: party %s's signature does not match this node's public data", from)
		}
		ag[from] = m.Agree
	}
	return ag, nil
}
