package p2p_test

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/pkpnet/pkpnet/p2p"
)

type echoReq struct {
	Text string `json:"text"`
}
type echoResp struct {
	Text string `json:"text"`
}

// A client (not in the node set) calls the handshake and a custom protocol;
// errors come back as structured responses.
func TestClientProtocols(t *testing.T) {
	c := newCluster(t, 1, true)
	node := c.hosts[0]
	p2p.ServeHandshake(node, &p2p.StaticInfo{Host: node, RootKey: "02ab", Version: "test"})
	echo := p2p.ClientProtocolID("echo", "1.0.0")
	p2p.Handle(node, echo, p2p.HandlerOptions{MaxRequest: 256, Rate: 1, Burst: 3},
		func(ctx context.Context, from peer.ID, req *echoReq) (*echoResp, error) {
			switch req.Text {
			case "forbidden":
				return nil, p2p.Errorf(p2p.CodeForbidden, "not allowed")
			case "secret failure":
				return nil, errors.New("db key material 0xdeadbeef")
			}
			return &echoResp{Text: req.Text}, nil
		})
	client := startHost(t, p2p.Config{Role: p2p.RoleClient, Identity: newKey(t), Bootstrap: []peer.AddrInfo{c.boot.AddrInfo()}})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := client.FindAndConnect(ctx, node.ID()); err != nil {
		t.Fatalf("client finds node through the DHT: %v", err)
	}
	info, err := p2p.Handshake(ctx, client.LibP2P(), node.ID(), &p2p.HandshakeRequest{ClientVersion: "t"})
	if err != nil {
		t.Fatal(err)
	}
	if info.PeerID != node.ID().String() || info.Network != "testnet" || info.Party != "1" || info.Epoch != 1 || info.RootKey != "02ab" {
		t.Fatalf("handshake %+v", info)
	}

	call := func(text string) (*echoResp, error) {
		return p2p.Call[echoReq, echoResp](ctx, client.LibP2P(), node.ID(), echo, &echoReq{Text: text}, 0)
	}
	if r, err := call("hi"); err != nil || r.Text != "hi" {
		t.Fatalf("echo: %v %v", r, err)
	}
	var pe *p2p.Error
	if _, err := call("forbidden"); !errors.As(err, &pe) || pe.Code != p2p.CodeForbidden {
		t.Fatalf("forbidden: %v", err)
	}
	_, err = call("secret failure")
	if !errors.As(err, &pe) || pe.Code != p2p.CodeInternal || strings.Contains(pe.Message, "deadbeef") {
		t.Fatalf("internal error leaked or miscoded: %v", err)
	}
	// Burst of 3 used up: rate limited.
	if _, err := call("again"); !errors.As(err, &pe) || pe.Code != p2p.CodeRateLimited {
		t.Fatalf("rate limit: %v", err)
	}
	if node.Stats().RateLimited.Load() == 0 {
		t.Fatal("rate limit not counted")
	}
	// The node's MPC protocol is closed to the client.
	if st, err := client.LibP2P().NewStream(ctx, node.ID(), p2p.MPCProtocol); err == nil {
		_ = st.SetDeadline(time.Now().Add(5 * time.Second))
		_ = p2p.WriteFrame(st, []byte{1})
		if _, err := bufio.NewReader(st).ReadByte(); err == nil {
			t.Fatal("client got an answer on /pkpnet/mpc/1.0.0")
		}
	}
}

// Oversized, malformed and unknown-field requests get structured errors.
func TestClientProtocolBadRequests(t *testing.T) {
	c := newCluster(t, 1, true)
	node := c.hosts[0]
	p2p.ServeHandshake(node, &p2p.StaticInfo{Host: node})
	client := startHost(t, p2p.Config{Role: p2p.RoleClient, Identity: newKey(t)})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := client.LibP2P().Connect(ctx, node.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	cases := map[string]struct {
		raw  []byte
		code p2p.ErrorCode
	}{
		"oversized":     {binary.AppendUvarint(nil, 1<<20), p2p.CodeTooLarge},
		"not json":      {frame([]byte("{nope")), p2p.CodeBadRequest},
		"unknown field": {frame([]byte(`{"evil":1}`)), p2p.CodeBadRequest},
		"trailing":      {frame([]byte(`{} {}`)), p2p.CodeBadRequest},
		"long version":  {frame([]byte(`{"clientVersion":"` + strings.Repeat("v", 200) + `"}`)), p2p.CodeBadRequest},
	}
	for name, tc := range cases {
		st, err := client.LibP2P().NewStream(ctx, node.ID(), p2p.HandshakeProtocol)
		if err != nil {
			t.Fatal(err)
		}
		_ = st.SetDeadline(time.Now().Add(5 * time.Second))
		if _, err := st.Write(tc.raw); err != nil {
			t.Fatal(err)
		}
		_ = st.CloseWrite()
		body, err := p2p.ReadFrame(bufio.NewReader(st), 1<<16)
		if err != nil {
			t.Fatalf("%s: no structured response: %v", name, err)
		}
		if !strings.Contains(string(body), `"code":"`+string(tc.code)+`"`) {
			t.Fatalf("%s: response %s, want code %s", name, body, tc.code)
		}
		_ = st.Close()
	}
	// The node still serves well-formed requests.
	if _, err := p2p.Handshake(ctx, client.LibP2P(), node.ID(), &p2p.HandshakeRequest{}); err != nil {
		t.Fatal(err)
	}
}

func frame(b []byte) []byte { return append(binary.AppendUvarint(nil, uint64(len(b))), b...) }
