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
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/devnet"
	"github.com/pkpnet/pkpnet/logging"
	"github.com/pkpnet/pkpnet/node"
)

// nodeProc is one node process started by the devnet.
type nodeProc struct {
	party    string
	cmd      *exec.Cmd
	log      string
	done     chan struct{}
	err      error
	stopping atomic.Bool // asked to stop: its exit is not a death
}

// exited reports whether the process has ended.
func (p *nodeProc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
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

// startNodeProc starts `pkpnet node --config cfgPath [args]` with the
// passphrase in its environment and its output in logPath.
func startNodeProc(exe string, args []string, spec *devnet.NodeSpec, cfgPath, logPath string) (*nodeProc, error) {
	lf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(exe, append([]string{"node", "--config", cfgPath}, args...)...)
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
		nodes, httpPort, wsPort, poolTarget  int
		dir, infoPath, network, nodeLogLevel string
		period                               time.Duration
		demo, asJSON, verbose                bool
		timeout                              time.Duration
		gatewayPort                          int
		allowPrivateFetch                    bool
		testFaults                           []string
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
tokenId, pkpAddress, pkpPublicKey, txHash, signedHash and signature.

Without --demo the devnet survives its nodes: a node process that dies is
logged and the others keep serving (signing needs T of N). 'pkpnet devnet node
stop N' and 'start N' stop and restart a node through the devnet's control
socket (named in --info); 'pkpnet devnet node status' lists them. Each node
serves /metrics, /healthz and /readyz on its own 127.0.0.1 port (in --info).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) (err error) {
			if nodeLogLevel != "" { // checked before the chain and nodes start
				if _, err := logging.ParseLevel(nodeLogLevel); err != nil {
					return fmt.Errorf("--node-log-level: %w", err)
				}
			}
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
				GatewayPort: gatewayPort, AllowPrivateFetch: allowPrivateFetch,
			})
			if err != nil {
				return err
			}
			defer d.Close()
			if err := applyTestFaults(d, testFaults, say); err != nil {
				return err
			}
			say("dev chain at %s, %d nodes registered; starting node processes (logs in %s)", d.Chain.HTTPURL, len(d.Nodes), dir)
			say("IPFS gateway at %s (pkpnet action add FILE puts actions there; nodes fetch by CID from it)", d.GatewayURL)
			if allowPrivateFetch {
				say("actions may fetch 127.0.0.1 and private addresses (--allow-private-fetch; devnet only)")
			}
			ps := newProcSet(exe, d.Nodes, say)
			if nodeLogLevel != "" {
				ps.nodeArgs = []string{"--log-level", nodeLogLevel}
			}
			ps.d = d
			defer func() {
				if n := ps.stopAll(20 * time.Second); n > 0 {
					say("stopped %d nodes", n)
				}
			}()
			for _, s := range d.Nodes {
				if err := ps.start(s.Party); err != nil {
					return err
				}
			}
			// A node process that dies during setup fails the devnet at once;
			// once the network serves, a death is logged and the others go on.
			watchCtx, stopWatch := context.WithCancelCause(setupCtx)
			defer stopWatch(nil)
			go func() {
				select {
				case p := <-ps.deaths:
					stopWatch(fmt.Errorf("node %s exited during setup (%v); its log ends with:\n%s", p.party, p.err, tail(p.log, 2000)))
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
			if !demo {
				d.Control = filepath.Join(dir, "control.sock")
				if err := ps.serveControl(ctx, d.Control); err != nil {
					return err
				}
			}
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
				fmt.Fprintf(w, "IPFS gateway:   %s\n", info.IPFSGateway)
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
			say("running; Ctrl-C to stop. 'pkpnet devnet node stop N' / 'start N' stops and restarts a node")
			for {
				select {
				case <-ctx.Done():
					return nil
				case p := <-ps.deaths:
					say("node %s exited (%v); the network keeps serving with the other nodes while at least T run. "+
						"Restart it with 'pkpnet devnet node start %s'. Its log ends with:\n%s", p.party, p.err, p.party, tail(p.log, 600))
				}
			}
		},
	}
	f := cmd.Flags()
	f.IntVar(&nodes, "nodes", 3, "number of nodes")
	f.StringVar(&nodeLogLevel, "node-log-level", "", "log level of the node processes (debug adds each request's step times); default: the node's own (info)")
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
	cmd.AddCommand(devnetNodeCmd())
	cmd.AddCommand(devnetIDTokenCmd())
	f.IntVar(&gatewayPort, "gateway-port", 8080, "IPFS trustless gateway port on 127.0.0.1 (0: a free port)")
	f.StringSliceVar(&testFaults, "test-fault", nil, "TEST ONLY: N=bad-share makes node N answer corrupted signature shares (client tests; refused on any chain but a dev chain)")
	f.BoolVar(&allowPrivateFetch, "allow-private-fetch", true, "let actions fetch 127.0.0.1 and private addresses (local mock APIs); devnet only")
	rootCmd.AddCommand(cmd)
}

// applyTestFaults sets the TEST ONLY node.Config.DevFault of the nodes named
// by --test-fault (N=fault); the node checks the fault and the chain itself.
func applyTestFaults(d *devnet.Devnet, faults []string, say func(string, ...any)) error {
	for _, f := range faults {
		p, fault, ok := strings.Cut(f, "=")
		if !ok || fault != node.DevFaultBadShare {
			return fmt.Errorf("--test-fault %q: want N=%s", f, node.DevFaultBadShare)
		}
		found := false
		for _, s := range d.Nodes {
			if s.Party == p {
				s.Config.DevFault, found = fault, true
			}
		}
		if !found {
			return fmt.Errorf("--test-fault %q: no node %s", f, p)
		}
		say("TEST FAULT: node %s answers %ss (--test-fault)", p, fault)
	}
	return nil
}
