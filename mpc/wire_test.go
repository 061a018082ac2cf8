package mpc

import (
	"bytes"
	"testing"

	"github.com/taurusgroup/multi-party-sig/pkg/protocol"
)

func sampleMessage() *protocol.Message {
	m := &protocol.Message{
		SSID: bytes.Repeat([]byte{7}, 32), From: "1", To: "2", Protocol: "cmp/presign",
		Data: []byte("payload"), Broadcast: false, BroadcastVerification: []byte{1, 2, 3},
	}
	setRound(&m.RoundNumber, 3)
	return m
}

func TestWireRoundTrip(t *testing.T) {
	m := sampleMessage()
	b, err := encodeMessage(m)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeMessage(b)
	if err != nil {
		t.Fatal(err)
	}
	if got.Hash() == nil || !bytes.Equal(got.Hash(), m.Hash()) {
		t.Fatalf("round trip changed the message: %v vs %v", got, m)
	}
	bad := map[string][]byte{
		"empty":     nil,
		"version":   append([]byte{9}, b[1:]...),
		"truncated": b[:len(b)-1],
		"trailing":  append(bytes.Clone(b), 0),
		"oversized": make([]byte, MaxMessageSize+1),
		"big field": {1, 0xff, 0xff},
		"bad flag":  func() []byte { c := bytes.Clone(b); c[1+2+32+2+1+2+1+2+11+2] = 7; return c }(),
	}
	for name, in := range bad {
		if _, err := decodeMessage(in); err == nil {
			t.Errorf("%s: decoded", name)
		}
	}
	big := sampleMessage()
	big.Data = make([]byte, MaxMessageSize)
	if _, err := encodeMessage(big); err == nil {
		t.Error("oversized message encoded")
	}
}

func FuzzDecodeMessage(f *testing.F) {
	b, _ := encodeMessage(sampleMessage())
	f.Add(b)
	f.Add([]byte{1})
	f.Fuzz(func(t *testing.T, in []byte) {
		m, err := decodeMessage(in)
		if err != nil {
			return
		}
		out, err := encodeMessage(m)
		if err != nil {
			t.Fatalf("decoded message does not encode: %v", err)
		}
		if !bytes.Equal(out, in) {
			t.Fatalf("re-encoding differs")
		}
	})
}
