package actionchan

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/taurusgroup/multi-party-sig/pkg/party"

	"github.com/pkpnet/pkpnet/p2p"
)

// Protocol is the libp2p stream protocol of the channel: one message per
// stream. The sender writes one frame (uvarint length || JSON Message) and
// closes its write side; the receiver answers one frame, {"ok":true} or
// {"error":"..."} (a refusal), and closes the stream. Only node-set
// members may open it (p2p.Host.HandleNode), and the sender's party is
// the node set's entry for the stream's authenticated peer ID.
const Protocol = protocol.ID("/pkpnet/action-channel/1.0.0")

// maxFrame bounds a message frame: the value (base64 in JSON) and the
// other fields.
func maxFrame(maxValue int) int { return maxValue*4/3 + 4 + 1024 }

type ack struct {
	OK    bool   `json:"ok,omitempty"`
	Error string `json:"error,omitempty"`
}

// P2P carries the channel over libp2p streams between the node set's
// members.
type P2P struct {
	hs *p2p.Host
}

var _ Transport = (*P2P)(nil)

// NewP2P makes the libp2p transport over hs.
func NewP2P(hs *p2p.Host) *P2P { return &P2P{hs: hs} }

// Serve registers the channel protocol on hs, delivering to hub.
func Serve(hs *p2p.Host, hub *Hub) {
	max := maxFrame(hub.lim.MaxValue)
	hs.HandleNode(Protocol, func(s network.Stream) {
		defer s.Close()
		reply := func(a ack) {
			b, _ := json.Marshal(a)
			_ = s.SetWriteDeadline(time.Now().Add(5 * time.Second))
			if err := p2p.WriteFrame(s, b); err != nil {
				_ = s.Reset()
			}
		}
		from, ok := hs.NodeSet().Party(s.Conn().RemotePeer())
		if !ok {
			_ = s.Reset()
			return
		}
		_ = s.SetReadDeadline(time.Now().Add(10 * time.Second))
		body, err := p2p.ReadFrame(bufio.NewReader(s), max)
		if err != nil {
			reply(ack{Error: "cannot read the message frame"})
			return
		}
		m, err := DecodeMessage(body)
		if err != nil {
			reply(ack{Error: err.Error()})
			return
		}
		if err := hub.Deliver(from, m); err != nil {
			reply(ack{Error: err.Error()})
			return
		}
		reply(ack{OK: true})
	})
}

// DecodeMessage parses one message frame strictly: one JSON object, no
// unknown fields, nothing after it. The caller validates it.
func DecodeMessage(body []byte) (*Message, error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	var m Message
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: trailing data", ErrInvalid)
	}
	return &m, nil
}

// Send delivers m to node to.
func (t *P2P) Send(ctx context.Context, to party.ID, m *Message) error {
	pid, ok := t.hs.NodeSet().Peer(to)
	if !ok {
		return fmt.Errorf("%w: node %s is not in the node set", ErrRefused, to)
	}
	body, err := json.Marshal(m)
	if err != nil {
		return err
	}
	// Nodes of a run are normally connected already (the node set keeps
	// them so). Otherwise dial the known addresses, then ask the DHT, for
	// at most half of what is left.
	if !t.hs.Connected(pid) && len(t.hs.LibP2P().Peerstore().Addrs(pid)) == 0 {
		fctx := ctx
		if d, ok := ctx.Deadline(); ok {
			var cancel context.CancelFunc
			fctx, cancel = context.WithDeadline(ctx, time.Now().Add(time.Until(d)/2))
			defer cancel()
		}
		_ = t.hs.FindAndConnect(fctx, pid)
	}
	s, err := t.hs.LibP2P().NewStream(ctx, pid, Protocol)
	if err != nil {
		return fmt.Errorf("open channel stream to %s: %w", to, err)
	}
	defer s.Close()
	if d, ok := ctx.Deadline(); ok {
		_ = s.SetDeadline(d)
	}
	stop := context.AfterFunc(ctx, func() { _ = s.Reset() })
	defer stop()
	if err := p2p.WriteFrame(s, body); err != nil {
		_ = s.Reset()
		return err
	}
	_ = s.CloseWrite()
	frame, err := p2p.ReadFrame(bufio.NewReader(s), 4096)
	if err != nil {
		_ = s.Reset()
		return fmt.Errorf("channel ack from %s: %w", to, err)
	}
	var a ack
	if err := json.Unmarshal(frame, &a); err != nil {
		return fmt.Errorf("channel ack from %s: %w", to, err)
	}
	if !a.OK {
		msg := a.Error
		if len(msg) > 300 {
			msg = msg[:300]
		}
		return fmt.Errorf("%w: node %s: %s", ErrRefused, to, msg)
	}
	return nil
}
