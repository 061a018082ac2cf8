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

// Messages for sessions not opened yet are buffered within each sender's
// quota, deduplicated, and refused with "busy" beyond it; another sender's
// messages, for the same session or another, are still buffered; opening
// or expiring a session returns its quota.
func TestPendingBufferBounds(t *testing.T) {
	tr, _, _ := validatorFixture(t)
	tr.pending = map[string]*pendingSession{}
	tr.ended = map[string]time.Time{}
	tr.conns = map[string]*conn{}
	msg := func(from party.ID, session string, seq uint64, size int) *wireMsg {
		return &wireMsg{Kind: kindBroadcast, Session: session, From: from, Seq: seq, Data: make([]byte, size)}
	}
	for i := range maxPendingPerSession {
		if st := tr.deliver(msg("2", "a", uint64(i+1), 1), ""); st != statusOK {
			t.Fatalf("message %d: status %d", i, st)
		}
	}
	if st := tr.deliver(msg("2", "a", 1, 1), ""); st != statusOK {
		t.Fatalf("duplicate: status %d", st)
	}
	if st := tr.deliver(msg("2", "a", maxPendingPerSession+1, 1), ""); st != statusBusy {
		t.Fatalf("over the per-session quota: status %d", st)
	}
	if st := tr.deliver(msg("3", "a", 1, 1), ""); st != statusOK {
		t.Fatalf("another sender in the same session: status %d", st)
	}
	if n := len(tr.pending["a"].msgs); n != maxPendingPerSession+1 {
		t.Fatalf("%d buffered", n)
	}
	// Byte quota of sender 2 across sessions.
	big := mpc.MaxMessageSize
	accepted := 0
	for i := 0; ; i++ {
		st := tr.deliver(msg("2", fmt.Sprintf("big%d", i), 1, big), "")
		if st == statusBusy {
			break
		}
		accepted++
		if accepted > maxPendingSenderBytes/big+1 {
			t.Fatal("byte quota not enforced")
		}
	}
	if q := tr.pendingBy["2"]; q.bytes > maxPendingSenderBytes {
		t.Fatalf("%d bytes of sender 2 buffered, quota %d", q.bytes, maxPendingSenderBytes)
	}
	// Sender 3 still has its whole byte quota.
	if st := tr.deliver(msg("3", "big-of-3", 1, big), ""); st != statusOK {
		t.Fatalf("sender 3 refused after sender 2 filled its quota: status %d", st)
	}
	// Session quota of sender 2: it holds 1 + accepted sessions.
	for i := 0; ; i++ {
		st := tr.deliver(msg("2", fmt.Sprintf("s%d", i), 1, 0), "")
		if st == statusBusy {
			if got := tr.pendingBy["2"].sessions; got != maxPendingSenderSessions {
				t.Fatalf("sender 2 refused at %d sessions, quota %d", got, maxPendingSenderSessions)
			}
			break
		}
		if i > maxPendingSenderSessions {
			t.Fatal("session quota not enforced")
		}
	}
	if st := tr.deliver(msg("3", "new-of-3", 1, 0), ""); st != statusOK {
		t.Fatalf("sender 3 cannot open a pending session: status %d", st)
	}
	// The global backstops stay above n times the per-sender quota.
	if s, b := pendingLimits(3); s < 3*maxPendingSenderSessions || b < 3*maxPendingSenderBytes {
		t.Fatalf("global limits %d sessions, %d bytes below n times the quota", s, b)
	}
	// Dropping a session (as Open or the janitor does) returns its quota.
	before := *tr.pendingBy["2"]
	ps := tr.pending["a"]
	tr.mu.Lock()
	tr.dropPending("a", ps)
	tr.mu.Unlock()
	after := tr.pendingBy["2"]
	if after.sessions != before.sessions-1 || after.msgs != before.msgs-maxPendingPerSession || after.bytes != before.bytes-maxPendingPerSession {
		t.Fatalf("quota after drop %+v, before %+v", *after, before)
	}
	if st := tr.deliver(msg("2", "again", 1, 0), ""); st != statusOK {
		t.Fatalf("sender 2 after a drop: status %d", st)
	}
	// Ended sessions: accepted (acknowledged) but not buffered.
	tr.ended["done"] = time.Now()
	if st := tr.deliver(msg("2", "done", 1, 1), ""); st != statusOK || tr.pending["done"] != nil {
		t.Fatalf("ended session: status %d, buffered %v", st, tr.pending["done"] != nil)
	}
}

// The replay cache gives each author its own quota: a member that floods
// gossip with fresh sequence numbers fills only its share; an honest
// author's messages are still accepted and their replays still rejected,
// and so are the flooder's old ones. Pruning returns the quota.
func TestReplayCachePerAuthor(t *testing.T) {
	tr, keys, _ := validatorFixture(t)
	p1, _ := peer.IDFromPrivateKey(keys[0])
	p2, _ := peer.IDFromPrivateKey(keys[1])
	now := time.Now()
	enc := func(from party.ID, seq uint64) []byte {
		b, err := (&wireMsg{Kind: kindBroadcast, Session: "s1", From: from, Seq: seq, TimeMs: uint64(now.UnixMilli()), Data: []byte("d")}).encode()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if _, got, _ := tr.checkGossip([]byte(p2), enc("2", 1), now); got != pubsub.ValidationAccept {
		t.Fatalf("honest message before the flood: %v", got)
	}
	// Member 1 floods: accepted up to its quota, ignored beyond.
	accepted := 0
	for seq := uint64(1); seq <= maxReplayPerSender+100; seq++ {
		_, got, _ := tr.checkGossip([]byte(p1), enc("1", seq), now)
		if got == pubsub.ValidationAccept {
			accepted++
		}
	}
	if accepted != maxReplayPerSender {
		t.Fatalf("flooder accepted %d times, quota %d", accepted, maxReplayPerSender)
	}
	if _, got, err := tr.checkGossip([]byte(p1), enc("1", 5), now); got != pubsub.ValidationIgnore || !strings.Contains(err.Error(), "replayed") {
		t.Fatalf("flooder's replay: %v %v", got, err)
	}
	// The honest author: new messages accepted, replays rejected.
	for seq := uint64(2); seq < 50; seq++ {
		if _, got, err := tr.checkGossip([]byte(p2), enc("2", seq), now); got != pubsub.ValidationAccept {
			t.Fatalf("honest message %d during the flood: %v %v", seq, got, err)
		}
	}
	for seq := uint64(1); seq < 50; seq++ {
		if _, got, err := tr.checkGossip([]byte(p2), enc("2", seq), now); got != pubsub.ValidationIgnore || !strings.Contains(err.Error(), "replayed") {
			t.Fatalf("honest replay %d: %v %v", seq, got, err)
		}
	}
	if replayLimit(3) < 3*maxReplayPerSender {
		t.Fatalf("global replay limit %d below n times the quota", replayLimit(3))
	}
	// After the window the flooder's entries and quota are gone.
	tr.replay.prune(now.Add(maxMsgAge + maxClockSkew + seenTTL + time.Second))
	if q := tr.replay.by[p1]; q != nil {
		t.Fatalf("flooder's quota after pruning: %+v", *q)
	}
	if len(tr.replay.seen) != 0 {
		t.Fatalf("%d entries after pruning", len(tr.replay.seen))
	}
}

// An open session's receive queue gives each sender its own quota: a
// flooding party is answered "busy" beyond it, and another party's
// messages are still queued.
func TestInboxPerSenderQuota(t *testing.T) {
	c := &conn{
		s:      mpc.Session{ID: "s", Self: "3"},
		peers:  map[party.ID]peer.ID{"1": "", "2": ""},
		seen:   map[seenKey]struct{}{},
		notify: make(chan struct{}, 1),
		done:   make(chan struct{}),
	}
	msg := func(from party.ID, seq uint64, size int) *wireMsg {
		return &wireMsg{Kind: kindDirect, Session: "s", From: from, To: "3", Seq: seq, Data: make([]byte, size)}
	}
	for i := range maxInboxSenderMsgs {
		if st := c.deliver(msg("1", uint64(i+1), 1), ""); st != statusOK {
			t.Fatalf("message %d: status %d", i, st)
		}
	}
	if st := c.deliver(msg("1", maxInboxSenderMsgs+1, 1), ""); st != statusBusy {
		t.Fatalf("over the sender's quota: status %d", st)
	}
	if st := c.deliver(msg("2", 1, 1), ""); st != statusOK {
		t.Fatalf("another sender refused: status %d", st)
	}
	// Bytes: sender 2 is capped at its byte quota, sender 1's count is
	// unaffected.
	for seq := uint64(2); ; seq++ {
		st := c.deliver(msg("2", seq, mpc.MaxMessageSize), "")
		if st == statusBusy {
			break
		}
		if seq > maxInboxSenderBytes/mpc.MaxMessageSize+2 {
			t.Fatal("byte quota not enforced")
		}
	}
	if q := c.queueBy["2"]; q.bytes > maxInboxSenderBytes {
		t.Fatalf("sender 2 queued %d bytes, quota %d", q.bytes, maxInboxSenderBytes)
	}
	if q := c.queueBy["1"]; q.msgs != maxInboxSenderMsgs {
		t.Fatalf("sender 1 has %d queued", q.msgs)
	}
}

// A bad_coordination answer carries the culprit it names; the decoder keeps
// it only for that code and within its bound.
func TestDecodeResponseCulprit(t *testing.T) {
	for _, tc := range []struct {
		frame, want string
	}{
		{`{"error":{"code":"bad_coordination","message":"m","culprit":"3"}}`, "3"},
		{`{"error":{"code":"forbidden","message":"m","culprit":"3"}}`, ""},
		{`{"error":{"code":"bad_coordination","message":"m","culprit":"` + strings.Repeat("9", maxCulprit+1) + `"}}`, ""},
		{`{"error":{"code":"bad_coordination","message":"m"}}`, ""},
	} {
		_, err := decodeResponse[NodeInfo]([]byte(tc.frame))
		var pe *Error
		if !errors.As(err, &pe) || pe.Culprit != tc.want {
			t.Errorf("%s: got %v, want culprit %q", tc.frame, err, tc.want)
		}
	}
	if e := BadCoordination("2", "signer %s silent", "2"); e.Code != CodeBadCoordination || e.Culprit != "2" || !strings.Contains(e.Error(), "party 2 held responsible") {
		t.Fatalf("BadCoordination: %+v %q", e, e.Error())
	}
}
