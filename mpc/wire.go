package mpc

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/pkg/protocol"
)

// wireVersion is the first byte of every encoded protocol message.
const wireVersion = 1

// Field caps of the wire encoding; the payload is capped by MaxMessageSize.
const (
	maxWireSSID     = 128
	maxWireID       = 8
	maxWireProtocol = 64
	maxWireVerif    = 128
	maxWireRound    = 64
)

// encodeMessage serialises a multi-party-sig message for Envelope.Data:
// version, then length-prefixed SSID, From, To, Protocol, the round number,
// the broadcast flag, BroadcastVerification and the payload. It is our own
// format because the library's UnmarshalBinary swallows decode errors.
func encodeMessage(m *protocol.Message) ([]byte, error) {
	if len(m.SSID) > maxWireSSID || len(m.From) > maxWireID || len(m.To) > maxWireID ||
		len(m.Protocol) > maxWireProtocol || len(m.BroadcastVerification) > maxWireVerif ||
		int(m.RoundNumber) > maxWireRound {
		return nil, errors.New("encode message: header field too large")
	}
	size := 1 + 2*6 + len(m.SSID) + len(m.From) + len(m.To) + len(m.Protocol) + 2 + 1 + len(m.BroadcastVerification) + 4 + len(m.Data)
	if size > MaxMessageSize {
		return nil, fmt.Errorf("encode message: %d bytes exceed the %d limit", size, MaxMessageSize)
	}
	b := make([]byte, 0, size)
	b = append(b, wireVersion)
	b = appendShort(b, m.SSID)
	b = appendShort(b, []byte(m.From))
	b = appendShort(b, []byte(m.To))
	b = appendShort(b, []byte(m.Protocol))
	b = binary.BigEndian.AppendUint16(b, uint16(m.RoundNumber))
	if m.Broadcast {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	b = appendShort(b, m.BroadcastVerification)
	b = binary.BigEndian.AppendUint32(b, uint32(len(m.Data)))
	b = append(b, m.Data...)
	return b, nil
}

func appendShort(b, field []byte) []byte {
	b = binary.BigEndian.AppendUint16(b, uint16(len(field)))
	return append(b, field...)
}

// decodeMessage parses what encodeMessage produced. It never panics and
// rejects oversized fields, trailing bytes and unknown versions.
func decodeMessage(b []byte) (*protocol.Message, error) {
	if len(b) > MaxMessageSize {
		return nil, fmt.Errorf("decode message: %d bytes exceed the %d limit", len(b), MaxMessageSize)
	}
	d := decoder{b: b}
	if v := d.byte(); v != wireVersion {
		if d.err != nil {
			return nil, d.err
		}
		return nil, fmt.Errorf("decode message: unknown version %d", v)
	}
	m := &protocol.Message{}
	m.SSID = d.short(maxWireSSID)
	m.From = party.ID(d.short(maxWireID))
	m.To = party.ID(d.short(maxWireID))
	m.Protocol = string(d.short(maxWireProtocol))
	round := d.uint16()
	flag := d.byte()
	m.BroadcastVerification = d.short(maxWireVerif)
	n := d.uint32()
	if d.err == nil && int64(n) != int64(len(d.b)) {
		d.err = errors.New("decode message: payload length mismatch")
	}
	m.Data = d.b
	if d.err != nil {
		return nil, d.err
	}
	if round > maxWireRound {
		return nil, fmt.Errorf("decode message: round %d out of range", round)
	}
	if flag > 1 {
		return nil, errors.New("decode message: bad broadcast flag")
	}
	setRound(&m.RoundNumber, round)
	m.Broadcast = flag == 1
	if len(m.SSID) == 0 {
		m.SSID = nil
	}
	if len(m.BroadcastVerification) == 0 {
		m.BroadcastVerification = nil
	}
	return m, nil
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) take(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > len(d.b) {
		d.err = errors.New("decode message: truncated")
		return nil
	}
	out := d.b[:n:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) byte() byte {
	b := d.take(1)
	if b == nil {
		return 0
	}
	return b[0]
}

func (d *decoder) uint16() uint16 {
	b := d.take(2)
	if b == nil {
		return 0
	}
	return binary.BigEndian.Uint16(b)
}

func (d *decoder) uint32() uint32 {
	b := d.take(4)
	if b == nil {
		return 0
	}
	return binary.BigEndian.Uint32(b)
}

func (d *decoder) short(max int) []byte {
	n := int(d.uint16())
	if d.err != nil {
		return nil
	}
	if n > max {
		d.err = fmt.Errorf("decode message: field of %d bytes exceeds %d", n, max)
		return nil
	}
	return append([]byte(nil), d.take(n)...)
}

// setRound stores a round number into the library's internal round.Number
// type, which this package cannot name.
func setRound[T ~uint16](p *T, v uint16) { *p = T(v) }
