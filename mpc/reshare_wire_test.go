package mpc

import (
	"bytes"
	"testing"

	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

func sampleReshareMsgs() []*reshareMsg {
	g := curve.Secp256k1{}
	s := g.NewScalar().SetNat(natOf(12345))
	p := s.ActOnBase()
	var h [digestLen]byte
	h[0] = 9
	return []*reshareMsg{
		{Kind: kindCommit, ChainKey: bytes.Repeat([]byte{1}, chainKeyLen), Coeffs: []curve.Point{p, p.Add(p)}},
		{Kind: kindShare, Share: s},
		{Kind: kindView, Views: []partyHash{{Party: "1", Hash: h}, {Party: "2", Hash: h}}, BadShare: []party.ID{"2"}, OffKey: []party.ID{"1", "10"}},
		{Kind: kindView, Views: []partyHash{{Party: "3", Hash: h}}},
		{Kind: kindAbort, Reason: "session x: cheating dealers [3]"},
		{Kind: kindAbort},
		{Kind: kindReveal, Seen: []partyHash{{Party: "1", Hash: h}, {Party: "4", Hash: h}}, Reveals: []reveal{{To: "2", Share: s}, {To: "11", Share: s}}},
	}
}

func TestReshareWireRoundTrip(t *testing.T) {
	for _, m := range sampleReshareMsgs() {
		b, err := encodeReshare(m)
		if err != nil {
			t.Fatalf("kind %d: %v", m.Kind, err)
		}
		got, err := decodeReshare(b)
		if err != nil {
			t.Fatalf("kind %d: %v", m.Kind, err)
		}
		again, err := encodeReshare(got)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("kind %d: round trip changed the message (%v)", m.Kind, err)
		}
	}
	commit, _ := encodeReshare(sampleReshareMsgs()[0])
	view, _ := encodeReshare(sampleReshareMsgs()[2])
	share, _ := encodeReshare(sampleReshareMsgs()[1])
	overOrder := append([]byte{reshareWireVersion, kindShare}, bytes.Repeat([]byte{0xff}, 32)...)
	badPrefix := bytes.Clone(commit)
	badPrefix[2+chainKeyLen+2] = 4
	offCurve := bytes.Clone(commit)
	copy(offCurve[2+chainKeyLen+2+1:], bytes.Repeat([]byte{0xff}, 32))
	unsorted := bytes.Clone(view)
	// swap the two view entries' IDs "1" and "2"
	unsorted[2+2+2], unsorted[2+2+2+1+digestLen+2] = '2', '1'
	bad := map[string][]byte{
		"empty":        nil,
		"version":      append([]byte{9}, commit[1:]...),
		"kind":         {reshareWireVersion, 9},
		"truncated":    commit[:len(commit)-1],
		"trailing":     append(bytes.Clone(share), 0),
		"scalar ≥ q":   overOrder,
		"point prefix": badPrefix,
		"off curve":    offCurve,
		"unsorted":     unsorted,
		"no coeffs":    append(append([]byte{reshareWireVersion, kindCommit}, bytes.Repeat([]byte{1}, chainKeyLen)...), 0, 0),
		"big count":    {reshareWireVersion, kindView, 0xff, 0xff},
		"bad id":       {reshareWireVersion, kindView, 0, 1, 0, 1, '0'},
		"oversized":    make([]byte, MaxMessageSize+1),
		"abort binary": {reshareWireVersion, kindAbort, 0, 1, 0x07},
	}
	for name, in := range bad {
		if _, err := decodeReshare(in); err == nil {
			t.Errorf("%s: decoded", name)
		}
	}
	g := curve.Secp256k1{}
	if _, err := encodeReshare(&reshareMsg{Kind: kindCommit, ChainKey: make([]byte, chainKeyLen), Coeffs: []curve.Point{g.NewPoint()}}); err == nil {
		t.Error("identity commitment encoded")
	}
}

func FuzzDecodeReshare(f *testing.F) {
	for _, m := range sampleReshareMsgs() {
		b, _ := encodeReshare(m)
		f.Add(b)
	}
	f.Add([]byte{reshareWireVersion, kindView, 0, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, in []byte) {
		m, err := decodeReshare(in)
		if err != nil {
			return
		}
		out, err := encodeReshare(m)
		if err != nil {
			t.Fatalf("decoded message does not encode: %v", err)
		}
		if !bytes.Equal(out, in) {
			t.Fatalf("re-encoding differs")
		}
	})
}
