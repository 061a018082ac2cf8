package node

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/p2p"
)

// ctlProtocol is the node-to-node control protocol: keygen and presign
// invitations. Only node-set members may open it (p2p.Host.HandleNode).
const ctlProtocol = protocol.ID("/pkpnet/node/ctl/1.0.0")

// maxCtlFrame caps a control request and response.
const maxCtlFrame = 4096

// Control request types.
const (
	ctlKeygen        = "keygen"         // leader -> followers: run keygen session
	ctlKeygenConfirm = "keygen-confirm" // leader -> followers: did you get this root key?
	ctlKeygenCommit  = "keygen-commit"  // leader -> followers: store and vote it
	ctlPresign       = "presign"        // coordinator -> signers: run presign session
	ctlEncKeygen     = "enc-keygen"     // leader -> followers: run the encryption key DKG
	ctlEncCommit     = "enc-commit"     // leader -> followers: same key set? store it

	// Epoch transitions (epoch.go), from the transition leader.
	ctlPing           = "ping"            // are you up for transition T?
	ctlReshare        = "reshare"         // run the resharing session (Signers: the dealers)
	ctlReshareConfirm = "reshare-confirm" // did you get a share of this root key?
	ctlReshareCommit  = "reshare-commit"  // store it and vote
)

// ctlRequest is one control message (JSON, one frame per stream, answered
// with the framing of p2p's client protocols: {"result"} or {"error"}).
type ctlRequest struct {
	Type        string   `json:"type"`
	Epoch       uint64   `json:"epoch"`
	Session     string   `json:"session"`
	Signers     []string `json:"signers,omitempty"`
	Coordinator string   `json:"coordinator,omitempty"`
	RootKey     string   `json:"rootKey,omitempty"` // hex, keygen-confirm and keygen-commit
	KeySet      string   `json:"keySet,omitempty"`  // hex keccak256 of the encryption key set (enc-commit, reshare-confirm/commit), of P (reshare)
	Transition  uint64   `json:"transition,omitempty"`
	Attempt     uint32   `json:"attempt,omitempty"`
}

type ctlResponse struct {
	Accepted bool `json:"accepted"`
}

// serveCtl answers one control stream from a node-set member.
func (n *Node) serveCtl(s network.Stream) {
	defer s.Close()
	from, ok := n.host.NodeSet().Party(s.Conn().RemotePeer())
	if !ok {
		_ = s.Reset()
		return
	}
	_ = s.SetDeadline(time.Now().Add(keygenConfirmWait + 5*time.Second))
	body, err := p2p.ReadFrame(bufio.NewReader(s), maxCtlFrame)
	if err != nil {
		_ = s.Reset()
		return
	}
	var refusal *p2p.Error
	req, err := decodeCtl(body)
	if err != nil {
		refusal = p2p.Errorf(p2p.CodeBadRequest, "%s", err.Error())
	} else if err := n.handleCtl(from, req); err != nil {
		if !errors.As(err, &refusal) {
			refusal = p2p.Errorf(p2p.CodeBadRequest, "%s", err.Error())
		}
		n.log.Debug("control request refused", "from", string(from), "type", req.Type, "err", err)
	}
	out, err := p2p.EncodeResponse(&ctlResponse{Accepted: true}, refusal)
	if err != nil {
		_ = s.Reset()
		return
	}
	_ = p2p.WriteFrame(s, out)
}

// decodeCtl decodes and bounds a control request.
func decodeCtl(b []byte) (*ctlRequest, error) {
	if len(b) > maxCtlFrame {
		return nil, errors.New("control message too large")
	}
	var req ctlRequest
	if err := json.Unmarshal(b, &req); err != nil {
		return nil, errors.New("malformed control message")
	}
	switch req.Type {
	case ctlKeygen, ctlKeygenConfirm, ctlKeygenCommit, ctlPresign, ctlEncKeygen, ctlEncCommit:
	case ctlPing, ctlReshare, ctlReshareConfirm, ctlReshareCommit:
		if req.Transition == 0 {
			return nil, errors.New("transition messages need a transition ID")
		}
	default:
		return nil, fmt.Errorf("unknown control request type %q", truncate(req.Type, 16))
	}
	if len(req.Session) == 0 || len(req.Session) > mpc.MaxSessionIDLen {
		return nil, errors.New("bad session ID")
	}
	if len(req.Signers) > mpc.MaxParties {
		return nil, errors.New("too many signers")
	}
	for _, s := range req.Signers {
		if err := mpc.ValidPartyID(party.ID(s)); err != nil {
			return nil, fmt.Errorf("signer: %w", err)
		}
	}
	if len(req.RootKey) > 66 {
		return nil, errors.New("bad root key")
	}
	if len(req.KeySet) > 64 {
		return nil, errors.New("bad key set hash")
	}
	return &req, nil
}

func (n *Node) handleCtl(from party.ID, req *ctlRequest) error {
	if req.Epoch != n.epoch {
		return fmt.Errorf("epoch %d, this node serves epoch %d", req.Epoch, n.epoch)
	}
	switch req.Type {
	case ctlKeygen, ctlKeygenConfirm, ctlKeygenCommit:
		return n.acceptKeygen(from, req)
	case ctlPresign:
		if n.joining {
			return errors.New("this node is joining: it does not presign in this epoch")
		}
		return n.pool.acceptPresign(from, req)
	case ctlEncKeygen, ctlEncCommit:
		return n.acceptEncKeygen(from, req)
	case ctlPing, ctlReshare, ctlReshareConfirm, ctlReshareCommit:
		return n.acceptTransition(from, req)
	default:
		return fmt.Errorf("unknown control request type %q", req.Type)
	}
}

// callCtl sends a control request to party to and waits at most timeout
// (0: 5s) for the answer.
func (n *Node) callCtl(ctx context.Context, to party.ID, req *ctlRequest, timeout time.Duration) error {
	p, ok := n.host.NodeSet().Peer(to)
	if !ok {
		return fmt.Errorf("party %s is not in the node set", to)
	}
	if timeout <= 0 {
		timeout = 5 * time.Second
	}
	cctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	resp, err := p2p.Call[ctlRequest, ctlResponse](cctx, n.host.LibP2P(), p, ctlProtocol, req, maxCtlFrame)
	if err != nil {
		return fmt.Errorf("party %s: %w", to, err)
	}
	if !resp.Accepted {
		return fmt.Errorf("party %s did not accept", to)
	}
	return nil
}
