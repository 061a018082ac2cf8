package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/spf13/cobra"
	"github.com/taurusgroup/multi-party-sig/pkg/math/curve"
	"github.com/taurusgroup/multi-party-sig/pkg/party"
	"github.com/taurusgroup/multi-party-sig/protocols/cmp"

	"github.com/pkpnet/pkpnet/mpc"
	"github.com/pkpnet/pkpnet/p2p"
)

// P2PSelftestResult is the JSON line p2p-selftest prints: this party's
// signature share and the presignature's public data, for the caller to
// combine as a client would.
type P2PSelftestResult struct {
	Party         string    `json:"party"`
	PresignPublic []byte    `json:"presignPublic"`
	Share         mpc.Share `json:"share"`
}

// p2pSelftestCmd is a hidden test harness: one node of a multi-process
// network that runs one CMP presign over the libp2p transport, computes its
// signature share for a given PKP and hash, prints it, and stays up (so the
// others get its last messages) until stdin closes.
var p2pSelftestCmd = &cobra.Command{
	Use:    "p2p-selftest",
	Short:  "internal: run one presign + signature share over libp2p (multi-process test)",
	Hidden: true,
	Args:   cobra.NoArgs,
	RunE:   runP2PSelftest,
}

func init() {
	f := p2pSelftestCmd.Flags()
	f.String("network", "testnet", "network name")
	f.StringSlice("listen", []string{"/ip4/127.0.0.1/tcp/0"}, "listen multiaddrs")
	f.String("identity", "", "identity key file")
	f.StringSlice("bootstrap", nil, "bootstrap multiaddrs")
	f.StringArray("node", nil, "node set member <party>=<peer ID> (repeat)")
	f.String("self", "", "this node's party ID")
	f.String("config", "", "file with this party's marshalled CMP config")
	f.String("session", "", "presign session ID (same at every node)")
	f.String("key-id", "", "PKP keyId, 32 bytes hex")
	f.String("hash", "", "message hash, 32 bytes hex")
	f.String("entropy", "", "agreed signing entropy, 32 bytes hex")
	f.Duration("round-timeout", 30*time.Second, "MPC round timeout")
	f.Duration("timeout", 2*time.Minute, "overall timeout")
	rootCmd.AddCommand(p2pSelftestCmd)
}

func hex32(s, name string) ([32]byte, error) {
	var out [32]byte
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 32 {
		return out, fmt.Errorf("--%s: want 32 bytes of hex", name)
	}
	copy(out[:], b)
	return out, nil
}

func runP2PSelftest(cmd *cobra.Command, _ []string) error {
	f := cmd.Flags()
	str := func(n string) string { v, _ := f.GetString(n); return v }
	timeout, _ := f.GetDuration("timeout")
	roundTimeout, _ := f.GetDuration("round-timeout")
	ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
	defer cancel()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))

	members := map[party.ID]peer.ID{}
	nodes, _ := f.GetStringArray("node")
	for _, n := range nodes {
		id, pid, ok := strings.Cut(n, "=")
		if !ok {
			return fmt.Errorf("--node %q: want <party>=<peer ID>", n)
		}
		p, err := peer.Decode(pid)
		if err != nil {
			return fmt.Errorf("--node %q: %w", n, err)
		}
		members[party.ID(id)] = p
	}
	ns, err := p2p.NewNodeSet(1, members)
	if err != nil {
		return err
	}
	raw, err := os.ReadFile(str("config"))
	if err != nil {
		return fmt.Errorf("read config: %w", err)
	}
	cfg := cmp.EmptyConfig(curve.Secp256k1{})
	if err := cfg.UnmarshalBinary(raw); err != nil {
		return fmt.Errorf("decode config: %w", err)
	}
	var req mpc.SignRequest
	if req.RootPub, err = mpc.RootPubkey(cfg); err != nil {
		return err
	}
	if req.KeyID, err = hex32(str("key-id"), "key-id"); err != nil {
		return err
	}
	h, err := hex32(str("hash"), "hash")
	if err != nil {
		return err
	}
	req.Hash = h[:]
	if req.Entropy, err = hex32(str("entropy"), "entropy"); err != nil {
		return err
	}
	sk, err := p2p.LoadOrCreateIdentity(str("identity"))
	if err != nil {
		return err
	}
	bootAddrs, _ := f.GetStringSlice("bootstrap")
	boot, err := p2p.ParseAddrInfos(bootAddrs)
	if err != nil {
		return fmt.Errorf("--bootstrap: %w", err)
	}
	listen, _ := f.GetStringSlice("listen")
	host, err := p2p.New(ctx, p2p.Config{
		Network: str("network"), Role: p2p.RoleNode, Identity: sk,
		ListenAddrs: listen, Bootstrap: boot, Nodes: ns, Logger: log,
	})
	if err != nil {
		return err
	}
	defer host.Close()
	tr, err := p2p.NewTransport(host, p2p.TransportOptions{})
	if err != nil {
		return err
	}
	defer tr.Close()
	if err := host.WaitConnected(ctx, ns.Peers()...); err != nil {
		return fmt.Errorf("discover the node set: %w", err)
	}
	self := party.ID(str("self"))
	start := time.Now()
	pre, err := mpc.Presign(ctx, tr, mpc.Session{ID: str("session"), Topic: "presign", Self: self, Parties: ns.Parties(), RoundTimeout: roundTimeout}, cfg)
	if err != nil {
		return err
	}
	log.Info("presign done", "party", string(self), "took", time.Since(start).String())
	share, pub, err := mpc.SignShare(pre, self, req)
	if err != nil {
		return err
	}
	pubBytes, err := pub.MarshalBinary()
	if err != nil {
		return err
	}
	out, err := json.Marshal(P2PSelftestResult{Party: string(self), PresignPublic: pubBytes, Share: share})
	if err != nil {
		return err
	}
	fmt.Fprintln(cmd.OutOrStdout(), string(out))
	// Stay up until the caller is done with every node.
	done := make(chan struct{})
	go func() { // ends when stdin closes; the process exits right after
		_, _ = io.Copy(io.Discard, cmd.InOrStdin())
		close(done)
	}()
	select {
	case <-done:
	case <-ctx.Done():
	}
	dctx, dcancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer dcancel()
	return tr.Drain(dctx)
}
