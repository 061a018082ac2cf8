package p2p

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

// Wire format of MPC messages, used both as a gossipsub message payload and
// as the body of a /pkpnet/mpc/1.0.0 stream frame (see docs/p2p.md):
//
//	version  u8       = wireVersion
//	kind     u8       kindBroadcast | kindDirect | kindAck
//	session  uvarint length (1..maxSessionLen) || bytes
//	from     uvarint length (1..maxPartyLen)   || bytes
//	to       uvarint length (0..maxPartyLen)   || bytes   (empty for broadcasts)
//	seq      uvarint                                     (>= 1, per sender and session)
//	time     uvarint                                     (sender clock, Unix milliseconds)
//	data     uvarint length (0..mpc.MaxMessageSize) || bytes (empty for acks)
//
// Nothing may follow the data.
const (
	wireVersion = 1

	kindBroadcast = 1 // a multi-party-sig broadcast message
	kindDirect    = 2 // a point-to-point message (streams only)
	kindAck       = 3 // "I have your broadcast seq" (streams only)

	maxSessionLen = 256
	maxPartyLen   = 32

	// maxWireOverhead bounds everything but the data.
	maxWireOverhead = 2 + 3*binary.MaxVarintLen64 + maxSessionLen + 2*maxPartyLen + 3*binary.MaxVarintLen64
	// MaxWireMessage caps one encoded MPC message, on gossip and on streams.
	MaxWireMessage = mpc.MaxMessageSize + maxWireOverhead
)

// wireMsg is one decoded MPC wire message.
type wireMsg struct {
	Kind    byte
	Session string
	From    party.ID
	To      party.ID
	Seq     uint64
	TimeMs  uint64
	Data    []byte
}

var errWire = errors.New("malformed MPC message")

func (w *wireMsg) check() error {
	switch w.Kind {
	case kindBroadcast:
		if w.To != "" {
			return fmt.Errorf("%w: broadcast with a recipient", errWire)
		}
	case kindDirect:
		if w.To == "" {
			return fmt.Errorf("%w: direct message without a recipient", errWire)
		}
	case kindAck:
		if w.To == "" || len(w.Data) != 0 {
			return fmt.Errorf("%w: ack with data or without a recipient", errWire)
		}
	default:
		return fmt.Errorf("%w: unknown kind %d", errWire, w.Kind)
	}
	if len(w.Session) == 0 || len(w.Session) > maxSessionLen {
		return fmt.Errorf("%w: session ID length %d not in 1..%d", errWire, len(w.Session), maxSessionLen)
	}
	if len(w.From) == 0 || len(w.From) > maxPartyLen || len(w.To) > maxPartyLen {
		return fmt.Errorf("%w: party ID length not in 1..%d", errWire, maxPartyLen)
	}
	if w.Seq == 0 {
		return fmt.Errorf("%w: sequence number 0", errWire)
	}
	if len(w.Data) > mpc.MaxMessageSize {
		return fmt.Errorf("%w: data of %d bytes exceeds %d", errWire, len(w.Data), mpc.MaxMessageSize)
	}
	return nil
}

// encode returns a fresh byte slice (callers may hand it to gossipsub, which
// keeps a reference).
func (w *wireMsg) encode() ([]byte, error) {
	if err := w.check(); err != nil {
		return nil, err
	}
	b := make([]byte, 0, 2+len(w.Session)+len(w.From)+len(w.To)+len(w.Data)+6*binary.MaxVarintLen64)
	b = append(b, wireVersion, w.Kind)
	b = appendBytes(b, []byte(w.Session))
	b = appendBytes(b, []byte(w.From))
	b = appendBytes(b, []byte(w.To))
	b = binary.AppendUvarint(b, w.Seq)
	b = binary.AppendUvarint(b, w.TimeMs)
	b = appendBytes(b, w.Data)
	return b, nil
}

func appendBytes(b, v []byte) []byte {
	b = binary.AppendUvarint(b, uint64(len(v)))
	return append(b, v...)
}

// decodeWire parses one MPC wire message. It never panics and copies
// nothing but Data's backing array is fresh.
func decodeWire(b []byte) (*wireMsg, error) {
	if len(b) > MaxWireMessage {
		return nil, fmt.Errorf("%w: %d bytes exceed %d", errWire, len(b), MaxWireMessage)
	}
	if len(b) < 2 {
		return nil, fmt.Errorf("%w: truncated header", errWire)
	}
	if b[0] != wireVersion {
		return nil, fmt.Errorf("%w: unknown version %d", errWire, b[0])
	}
	w := &wireMsg{Kind: b[1]}
	r := wireReader{b: b[2:]}
	w.Session = string(r.bytes(maxSessionLen))
	w.From = party.ID(r.bytes(maxPartyLen))
	w.To = party.ID(r.bytes(maxPartyLen))
	w.Seq = r.uvarint()
	w.TimeMs = r.uvarint()
	data := r.bytes(mpc.MaxMessageSize)
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", errWire, len(r.b))
	}
	if len(data) > 0 {
		w.Data = append([]byte(nil), data...)
	}
	if err := w.check(); err != nil {
		return nil, err
	}
	return w, nil
}

type wireReader struct {
	b   []byte
	err error
}

func (r *wireReader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = fmt.Errorf("%w: bad varint", errWire)
		return 0
	}
	if n != len(binary.AppendUvarint(make([]byte, 0, binary.MaxVarintLen64), v)) {
		r.err = fmt.Errorf("%w: non-minimal varint", errWire) // one encoding per message
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *wireReader) bytes(max int) []byte {
	n := r.uvarint()
	if r.err != nil {
		return nil
	}
	if n > uint64(max) {
		r.err = fmt.Errorf("%w: field of %d bytes exceeds %d", errWire, n, max)
		return nil
	}
	if n > uint64(len(r.b)) {
		r.err = fmt.Errorf("%w: truncated field", errWire)
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

// Frames on streams: uvarint length || body. Used by /pkpnet/mpc/1.0.0 and by
// the client protocols.

// ErrFrameTooLarge is returned for a frame whose announced length exceeds
// the cap; the stream must then be closed.
var ErrFrameTooLarge = errors.New("frame exceeds size limit")

// ReadFrame reads one length-prefixed frame of at most max bytes. An empty
// frame is an error.
func ReadFrame(r *bufio.Reader, max int) ([]byte, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, io.EOF
		}
		return nil, fmt.Errorf("read frame length: %w", err)
	}
	if n == 0 {
		return nil, errors.New("read frame: empty frame")
	}
	if n > uint64(max) {
		return nil, fmt.Errorf("%w: %d > %d bytes", ErrFrameTooLarge, n, max)
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(r, buf); err != nil {
		return nil, fmt.Errorf("read frame body: %w", err)
	}
	return buf, nil
}

// WriteFrame writes one length-prefixed frame.
func WriteFrame(w io.Writer, body []byte) error {
	hdr := binary.AppendUvarint(make([]byte, 0, binary.MaxVarintLen64), uint64(len(body)))
	if _, err := w.Write(append(hdr, body...)); err != nil {
		return fmt.Errorf("write frame: %w", err)
	}
	return nil
}
