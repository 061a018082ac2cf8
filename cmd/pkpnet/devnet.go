package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/client/devnet"
)

// nodeProc is one node process started by the devnet.
type nodeProc struct {
	party string
	cmd   *exec.Cmd
	log   string
	done  chan struct{}
	err   error
}

// tail returns the last lines of a log file, for error messages.
func tail(path string, max int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	if len(b) > max {
		b = b[len(b)-max:]
	}
	return string(bytes.TrimSpace(b))
}

// startNodeProc starts `pkpnet node --config cfgPath` with the passphrase in
// its environment and its output in logPath.
func startNodeProc(exe string, spec *devnet.NodeSpec, cfgPath, logPath string) (*nodeProc, error) {
	lf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(exe, "node", "--config", cfgPath)
	cmd.Env = []string{"PKPNET_PASSPHRASE=" + string(spec.Passphrase), "PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME")}
	cmd.Stdout, cmd.Stderr = lf, lf
	// Own process group: a terminal's Ctrl-C reaches the devnet, which then
	// stops the nodes in order.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		lf.Close()
		return nil, fmt.Errorf("start node %s: %w", spec.Party, err)
	}
	p := &nodeProc{party: spec.Party, cmd: cmd, log: logPath, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		lf.Close()
		close(p.done)
	}()
	return p, nil
}

// stop sends SIGTERM and waits, then kills after the grace period.
func (p *nodeProc) stop(grace time.Duration) {
	select {
	case <-p.done:
		return
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(grace):
		_ = p.cmd.Process.Kill()
		<-p.done
	}
}

func init() {
	var (
		nodes, httpPort, wsPort, poolTarget int
		dir, infoPath, network              string
		period                              time.Duration
		demo, asJSON, verbose               bool
		timeout                             time.Duration
	)
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run a local pkpnet network: dev chain, bootstrap peer and N node processes",
		Long: `devnet starts an embedded dev chain with the contracts, a bootstrap peer, and N
nodes (default 3) as separate 'pkpnet node' processes, registered in NodeRegistry. It
waits for genesis (root keygen and votes) and a first presignature, showing progress
on stderr (the pools fill in the background, their progress shown too), then prints the RPC URL, contract addresses, bootstrap multiaddr and
a funded dev key, writes them to --info for the client commands, and runs until
interrupted. Everything listens on 127.0.0.1 only. The chain is ephemeral: every run
is a new network.

With --demo it then runs the demo and exits: mint a PKP, permit an action, execute it
to sign an EIP-1559 transfer from the PKP's address, broadcast it and print the
balances, then Mint/Grant/Burn. The last line on stdout is one JSON object with
tokenId, pkpAddress, pkpPublicKey, txHash, signedHash and signature.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) (err error) {
			stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
			say := func(format string, args ...any) { fmt.Fprintf(stderr, "devnet: "+format+"\n", args...) }
			lvl := slog.LevelWarn
			if verbose {
				lvl = slog.LevelInfo
			}
			log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: lvl}))
			ctx := cmd.Context()
			if demo && !cmd.Flags().Changed("info") {
				infoPath = "" // the demo's network ends with it: leave no info file behind
			}
			exe, err := os.Executable()
			if err != nil {
				return fmt.Errorf("find the pkpnet executable: %w", err)
			}
			if dir == "" {
				if dir, err = os.MkdirTemp("", "pkpnet-devnet-"); err != nil {
					return err
				}
				defer os.RemoveAll(dir)
			} else if ents, err := os.ReadDir(dir); err == nil && len(ents) > 0 {
				return fmt.Errorf("--dir %s is not empty: the dev chain is ephemeral, so every devnet needs fresh node directories", dir)
			}
			start := time.Now()
			setupCtx, cancel := context.WithTimeout(ctx, timeout)
			defer cancel()
			d, err := devnet.Start(setupCtx, devnet.Config{
				Nodes: nodes, Dir: dir, Network: network, HTTPPort: httpPort, WSPort: wsPort,
				Period: period, PoolTarget: poolTarget, Logger: log,
			})
			if err != nil {
				return err
			}
			defer d.Close()
			say("dev chain at %s, %d nodes registered; starting node processes (logs in %s)", d.Chain.HTTPURL, len(d.Nodes), dir)
			var procs []*nodeProc
			defer func() {
				var wg sync.WaitGroup
				for _, p := range procs {
					wg.Add(1)
					go func() { defer wg.Done(); p.stop(20 * time.Second) }()
				}
				wg.Wait()
				if len(procs) > 0 {
					say("stopped %d nodes", len(procs))
				}
			}()
			for _, s := range d.Nodes {
				cfgPath := filepath.Join(s.DataDir, "config.json")
				if err := s.WriteFileConfig(cfgPath); err != nil {
					return err
				}
				p, err := startNodeProc(exe, s, cfgPath, filepath.Join(s.DataDir, "node.log"))
				if err != nil {
					return err
				}
				procs = append(procs, p)
			}
			// A node process that dies during setup fails the devnet at once.
			dead := make(chan *nodeProc, len(procs))
			for _, p := range procs {
				go func() {
					<-p.done
					dead <- p
				}()
			}
			watchCtx, stopWatch := context.WithCancelCause(setupCtx)
			defer stopWatch(nil)
			go func() {
				select {
				case p := <-dead:
					stopWatch(fmt.Errorf("node %s exited (%v); its log ends with:\n%s", p.party, p.err, tail(p.log, 2000)))
				case <-watchCtx.Done():
				}
			}()
			fail := func(err error) error {
				if cause := context.Cause(watchCtx); cause != nil && !errors.Is(cause, context.Canceled) {
					return cause
				}
				return err
			}
			if _, err := d.WaitGenesis(watchCtx, func(s string) { say("%s", s) }); err != nil {
				return fail(err)
			}
			say("genesis done after %s: the root key is active", time.Since(start).Round(time.Second))
			ccfg := d.ClientConfig(d.ClientKey)
			ccfg.Logger = log
			c, err := client.New(watchCtx, ccfg)
			if err != nil {
				return fail(err)
			}
			defer c.Close()
			// Ready once the root key is active and a first presignature
			// exists; the pools fill in the background, progress shown.
			if err := devnet.WaitFirstPresign(watchCtx, c, func(s string) { say("%s", s) }); err != nil {
				return fail(err)
			}
			say("ready after %s: root key active, first presignature made; pools fill in the background", time.Since(start).Round(time.Second))
			go func() { // until the devnet stops (ctx), not only its setup
				if devnet.WaitPool(ctx, c, d.Nodes[0].Config.PoolTarget, 10*time.Second, func(s string) { say("%s", s) }) == nil {
					say("pools filled after %s", time.Since(start).Round(time.Second))
				}
			}()
			if infoPath != "" {
				if err := d.WriteInfo(infoPath); err != nil {
					return err
				}
			}
			info := d.Info()
			key := "0x" + hex.EncodeToString(crypto.FromECDSA(d.ClientKey))
			if asJSON && !demo {
				b, _ := json.Marshal(map[string]any{"info": info, "devKey": key, "devAddress": client.KeyAddress(d.ClientKey)})
				fmt.Fprintln(stdout, string(b))
			} else {
				w := stdout
				if demo {
					w = stderr
				}
				fmt.Fprintf(w, "RPC URL:        %s\nWebSocket URL:  %s\nchain ID:       %d\n", info.HTTPURL, info.WSURL, info.ChainID)
				fmt.Fprintf(w, "NodeRegistry:   %s\nPubkeyRouter:   %s\nPKPNFT:         %s\nPKPPermissions: %s\nPKPHelper:      %s\n",
					info.Contracts.NodeRegistry, info.Contracts.PubkeyRouter, info.Contracts.PKPNFT, info.Contracts.PKPPermissions, info.Contracts.PKPHelper)
				for _, b := range info.Bootstrap {
					fmt.Fprintf(w, "bootstrap:      %s\n", b)
				}
				fmt.Fprintf(w, "dev key:        %s (address %s; dev chains only, public knowledge)\n", key, client.KeyAddress(d.ClientKey))
				if infoPath != "" {
					fmt.Fprintf(w, "wrote %s: the client commands read it (pkpnet pkp mint, exec, sign, bench)\n", infoPath)
				}
			}
			if demo {
				ch, err := client.NewChain(watchCtx, c.Eth(), d.Chain.Contracts, d.ClientKey, nil)
				if err != nil {
					return fail(err)
				}
				res, err := devnet.RunDemo(watchCtx, devnet.DemoConfig{Client: c, Chain: ch, Eth: c.Eth(), Out: stdout})
				if err != nil {
					return fail(err)
				}
				b, _ := json.Marshal(res)
				fmt.Fprintln(stdout, string(b))
				return nil
			}
			stopWatch(nil)
			say("running; Ctrl-C to stop")
			select {
			case <-ctx.Done():
			case p := <-dead:
				return fmt.Errorf("node %s exited (%v); its log ends with:\n%s", p.party, p.err, tail(p.log, 2000))
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&nodes, "nodes", 3, "number of nodes")
	f.StringVar(&dir, "dir", "", "directory for the node data dirs and logs (default: a temporary one, removed at exit)")
	f.IntVar(&httpPort, "http-port", 8545, "dev chain HTTP JSON-RPC port on 127.0.0.1 (0: a free port)")
	f.IntVar(&wsPort, "ws-port", 8546, "dev chain WebSocket JSON-RPC port on 127.0.0.1 (0: a free port)")
	f.DurationVar(&period, "period", 0, "block period; 0 seals a block per transaction")
	f.IntVar(&poolTarget, "pool-target", 2, "presignatures each node keeps per signer set it coordinates")
	f.StringVar(&network, "network", "devnet", "network name")
	f.StringVar(&infoPath, "info", "devnet.json", "write endpoints, contracts, bootstrap and dev keys here (mode 0600); empty to skip (with --demo: skipped unless given)")
	f.BoolVar(&demo, "demo", false, "run the demo once the network is ready, then exit")
	f.BoolVar(&asJSON, "json", false, "print the network description as JSON")
	f.BoolVarP(&verbose, "verbose", "v", false, "log the chain and bootstrap peer")
	f.DurationVar(&timeout, "timeout", 15*time.Minute, "bound for the setup (genesis, pool fill) and the demo")
	rootCmd.AddCommand(cmd)
}
