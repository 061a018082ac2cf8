package p2p

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/pkpnet/pkpnet/mpc"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
)

func TestWireRoundTrip(t *testing.T) {
	cases := []wireMsg{
		{Kind: kindBroadcast, Session: "s", From: "1", Seq: 1, TimeMs: 5, Data: []byte("x")},
		{Kind: kindDirect, Session: strings.Repeat("s", maxSessionLen), From: "12", To: "3", Seq: 1 << 60, Data: make([]byte, mpc.MaxMessageSize)},
		{Kind: kindAck, Session: "s", From: "2", To: "1", Seq: 9},
		{Kind: kindBroadcast, Session: "s", From: "1", Seq: 1},
	}
	for _, w := range cases {
		b, err := w.encode()
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeWire(b)
		if err != nil {
			t.Fatal(err)
		}
		if got.Kind != w.Kind || got.Session != w.Session || got.From != w.From || got.To != w.To ||
			got.Seq != w.Seq || got.TimeMs != w.TimeMs || !bytes.Equal(got.Data, w.Data) {
			t.Fatalf("round trip: got %+v want %+v", got, w)
		}
	}
}

func TestWireRejectsBadMessages(t *testing.T) {
	bad := []wireMsg{
		{Kind: 9, Session: "s", From: "1", Seq: 1},
		{Kind: kindBroadcast, Session: "s", From: "1", To: "2", Seq: 1},
		{Kind: kindDirect, Session: "s", From: "1", Seq: 1},
		{Kind: kindAck, Session: "s", From: "1", To: "2", Seq: 1, Data: []byte("x")},
		{Kind: kindBroadcast, Session: "", From: "1", Seq: 1},
		{Kind: kindBroadcast, Session: strings.Repeat("s", maxSessionLen+1), From: "1", Seq: 1},
		{Kind: kindBroadcast, Session: "s", From: "", Seq: 1},
		{Kind: kindBroadcast, Session: "s", From: party.ID(strings.Repeat("1", maxPartyLen+1)), Seq: 1},
		{Kind: kindBroadcast, Session: "s", From: "1", Seq: 0},
		{Kind: kindBroadcast, Session: "s", From: "1", Seq: 1, Data: make([]byte, mpc.MaxMessageSize+1)},
	}
	for i, w := range bad {
		if _, err := w.encode(); err == nil {
			t.Errorf("case %d: encode accepted %+v", i, w.Kind)
		}
	}
	good, _ := (&wireMsg{Kind: kindBroadcast, Session: "s", From: "1", Seq: 1, Data: []byte("abc")}).encode()
	for i, b := range [][]byte{nil, {1}, {2, 1}, good[:len(good)-1], append(good, 0), make([]byte, MaxWireMessage+1)} {
		if _, err := decodeWire(b); err == nil {
			t.Errorf("raw case %d decoded", i)
		}
	}
}

func TestReadFrameLimits(t *testing.T) {
	frame := func(n uint64, body []byte) *bufio.Reader {
		return bufio.NewReader(bytes.NewReader(append(binary.AppendUvarint(nil, n), body...)))
	}
	if b, err := ReadFrame(frame(3, []byte("abc")), 3); err != nil || string(b) != "abc" {
		t.Fatalf("got %q %v", b, err)
	}
	if _, err := ReadFrame(frame(4, []byte("abcd")), 3); !errors.Is(err, ErrFrameTooLarge) {
		t.Fatalf("oversized frame: %v", err)
	}
	if _, err := ReadFrame(frame(0, nil), 3); err == nil {
		t.Fatal("empty frame accepted")
	}
	if _, err := ReadFrame(frame(3, []byte("ab")), 3); err == nil {
		t.Fatal("truncated frame accepted")
	}
	if _, err := ReadFrame(bufio.NewReader(bytes.NewReader(nil)), 3); !errors.Is(err, io.EOF) {
		t.Fatalf("clean EOF: %v", err)
	}
}

func FuzzDecodeWire(f *testing.F) {
	for _, w := range []wireMsg{
		{Kind: kindBroadcast, Session: "s", From: "1", Seq: 1, TimeMs: 5, Data: []byte("x")},
		{Kind: kindDirect, Session: "sess", From: "2", To: "3", Seq: 7, Data: []byte("hello")},
		{Kind: kindAck, Session: "s", From: "2", To: "1", Seq: 9},
	} {
		b, _ := w.encode()
		f.Add(b)
	}
	f.Add([]byte{1, 1, 0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, b []byte) {
		w, err := decodeWire(b)
		if err != nil {
			return
		}
		again, err := w.encode()
		if err != nil {
			t.Fatalf("decoded message does not re-encode: %v", err)
		}
		if !bytes.Equal(again, b) {
			t.Fatalf("decode/encode not canonical")
		}
	})
}

func FuzzReadFrame(f *testing.F) {
	f.Add([]byte{3, 'a', 'b', 'c'}, 8)
	f.Add([]byte{0}, 8)
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, 8)
	f.Fuzz(func(t *testing.T, b []byte, max int) {
		if max <= 0 || max > 1<<16 {
			max = 1 << 16
		}
		body, err := ReadFrame(bufio.NewReader(bytes.NewReader(b)), max)
		if err == nil && (len(body) == 0 || len(body) > max) {
			t.Fatalf("frame of %d bytes with cap %d", len(body), max)
		}
	})
}

// validator test fixture: a transport over a node set, without starting a host.
func validatorFixture(t *testing.T) (*Transport, []crypto.PrivKey, peer.ID) {
	t.Helper()
	var keys []crypto.PrivKey
	members := map[party.ID]peer.ID{}
	for i := range 3 {
		sk, _, _ := crypto.GenerateEd25519Key(rand.Reader)
		keys = append(keys, sk)
		id, _ := peer.IDFromPrivateKey(sk)
		members[party.ID(rune('1'+i))] = id
	}
	ns, err := NewNodeSet(1, members)
	if err != nil {
		t.Fatal(err)
	}
	hs := &Host{log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	hs.nodes.Store(ns)
	outsider, _, _ := crypto.GenerateEd25519Key(rand.Reader)
	outID, _ := peer.IDFromPrivateKey(outsider)
	tr := &Transport{hs: hs, log: hs.log, replay: replayCache{seen: map[replayKey]time.Time{}}}
	return tr, keys, outID
}

// The topic validator rejects non-members, impersonation, oversize and
// malformed payloads, and ignores replays and stale messages.
func TestGossipValidator(t *testing.T) {
	tr, keys, outsider := validatorFixture(t)
	now := time.Now()
	p1, _ := peer.IDFromPrivateKey(keys[0])
	enc := func(from party.ID, seq uint64, at time.Time) []byte {
		b, err := (&wireMsg{Kind: kindBroadcast, Session: "s1", From: from, Seq: seq, TimeMs: uint64(at.UnixMilli()), Data: []byte("d")}).encode()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	direct, _ := (&wireMsg{Kind: kindDirect, Session: "s1", From: "1", To: "2", Seq: 50, TimeMs: uint64(now.UnixMilli()), Data: []byte("d")}).encode()
	cases := []struct {
		name   string
		author peer.ID
		data   []byte
		want   pubsub.ValidationResult
	}{
		{"member", p1, enc("1", 1, now), pubsub.ValidationAccept},
		{"replay", p1, enc("1", 1, now), pubsub.ValidationIgnore},
		{"non-member author", outsider, enc("1", 2, now), pubsub.ValidationReject},
		{"impersonation", p1, enc("2", 3, now), pubsub.ValidationReject},
		{"stale", p1, enc("1", 4, now.Add(-2*maxMsgAge)), pubsub.ValidationIgnore},
		{"future", p1, enc("1", 5, now.Add(2*maxClockSkew)), pubsub.ValidationIgnore},
		{"oversize", p1, make([]byte, MaxWireMessage+1), pubsub.ValidationReject},
		{"malformed", p1, []byte{1, 1, 1}, pubsub.ValidationReject},
		{"direct on topic", p1, direct, pubsub.ValidationReject},
		{"next seq", p1, enc("1", 6, now), pubsub.ValidationAccept},
	}
	for _, tc := range cases {
		_, got, err := tr.checkGossip([]byte(tc.author), tc.data, now)
		if got != tc.want {
			t.Errorf("%s: got %v (%v), want %v", tc.name, got, err, tc.want)
		}
		if got != pubsub.ValidationAccept && err == nil {
			t.Errorf("%s: no reason given", tc.name)
		}
	}
	if _, got, _ := tr.checkGossip([]byte("junk"), enc("1", 7, now), now); got != pubsub.ValidationReject {
		t.Errorf("unparseable author accepted")
	}
	_ = context.Background
}

// FuzzClientRequest drives the client-request decoder (strict JSON).
func FuzzClientRequest(f *testing.F) {
	f.Add([]byte(`{"clientVersion":"1"}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"clientVersion":1}`))
	f.Add([]byte(`{} {}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var req HandshakeRequest
		_ = decodeStrictJSON(b, &req)
	})
}

// FuzzClientResponse drives the client-side response decoder.
func FuzzClientResponse(f *testing.F) {
	f.Add([]byte(`{"result":{"peerId":"x","network":"n","epoch":1,"version":"v"}}`))
	f.Add([]byte(`{"error":{"code":"bad_request","message":"m"}}`))
	f.Add([]byte(`{"result":null}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = decodeResponse[NodeInfo](b)
	})
}

// Messages for sessions not opened yet are buffered within bounds, deduplicated,
// and refused with "busy" beyond the bounds.
func TestPendingBufferBounds(t *testing.T) {
	tr, _, _ := validatorFixture(t)
	tr.pending = map[string]*pendingSession{}
	tr.ended = map[string]time.Time{}
	tr.conns = map[string]*conn{}
	msg := func(session string, seq uint64, size int) *wireMsg {
		return &wireMsg{Kind: kindBroadcast, Session: session, From: "2", Seq: seq, Data: make([]byte, size)}
	}
	for i := range maxPendingPerSession {
		if st := tr.deliver(msg("a", uint64(i+1), 1), ""); st != statusOK {
			t.Fatalf("message %d: status %d", i, st)
		}
	}
	if st := tr.deliver(msg("a", 1, 1), ""); st != statusOK {
		t.Fatalf("duplicate: status %d", st)
	}
	if st := tr.deliver(msg("a", maxPendingPerSession+1, 1), ""); st != statusBusy {
		t.Fatalf("over the per-session cap: status %d", st)
	}
	if n := len(tr.pending["a"].msgs); n != maxPendingPerSession {
		t.Fatalf("%d buffered", n)
	}
	// Byte cap across sessions.
	big := mpc.MaxMessageSize
	accepted := 0
	for i := 0; ; i++ {
		st := tr.deliver(msg(fmt.Sprintf("big%d", i), 1, big), "")
		if st == statusBusy {
			break
		}
		accepted++
		if accepted > maxPendingBytes/big+1 {
			t.Fatal("byte cap not enforced")
		}
	}
	if tr.pendingB > maxPendingBytes {
		t.Fatalf("%d bytes buffered, cap %d", tr.pendingB, maxPendingBytes)
	}
	// Ended sessions: accepted (acknowledged) but not buffered.
	tr.ended["done"] = time.Now()
	if st := tr.deliver(msg("done", 1, 1), ""); st != statusOK || tr.pending["done"] != nil {
		t.Fatalf("ended session: status %d, buffered %v", st, tr.pending["done"] != nil)
	}
}
