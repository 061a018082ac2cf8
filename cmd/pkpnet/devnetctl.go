package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/devnet"
	"github.com/pkpnet/pkpnet/node"
)

// procSet is the devnet's node processes: started, watched, stopped and
// restarted by party. A process that dies is logged and left dead; the
// network keeps serving with the others until it is started again.
type procSet struct {
	exe   string
	specs map[string]*devnet.NodeSpec
	// nodeArgs are added to every `pkpnet node` command line (--log-level).
	nodeArgs []string
	say      func(format string, args ...any)

	mu      sync.Mutex
	procs   map[string]*nodeProc
	closing bool
	// deaths receives every process that exited without being asked to.
	deaths chan *nodeProc
	// d, when set, lets the control socket add and remove nodes by epoch
	// transitions.
	d *devnet.Devnet
}

func newProcSet(exe string, specs []*devnet.NodeSpec, say func(string, ...any)) *procSet {
	ps := &procSet{exe: exe, specs: map[string]*devnet.NodeSpec{}, say: say, procs: map[string]*nodeProc{}, deaths: make(chan *nodeProc, 64)}
	for _, s := range specs {
		ps.specs[s.Party] = s
	}
	return ps
}

// start starts party's node process unless it runs.
func (ps *procSet) start(party string) error {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.closing {
		return errors.New("the devnet is stopping")
	}
	s, ok := ps.specs[party]
	if !ok {
		return fmt.Errorf("no node %q (nodes are 1..%d)", party, len(ps.specs))
	}
	if p := ps.procs[party]; p != nil && !p.exited() {
		return fmt.Errorf("node %s is running (pid %d)", party, p.cmd.Process.Pid)
	}
	cfgPath := filepath.Join(s.DataDir, "config.json")
	if err := s.WriteFileConfig(cfgPath); err != nil {
		return err
	}
	p, err := startNodeProc(ps.exe, ps.nodeArgs, s, cfgPath, filepath.Join(s.DataDir, "node.log"))
	if err != nil {
		return err
	}
	ps.procs[party] = p
	go func() {
		<-p.done
		if !p.stopping.Load() {
			select {
			case ps.deaths <- p:
			default:
			}
		}
	}()
	return nil
}

// stop stops party's node process (SIGTERM, then SIGKILL after grace).
func (ps *procSet) stop(party string, grace time.Duration) error {
	ps.mu.Lock()
	p := ps.procs[party]
	ps.mu.Unlock()
	if _, ok := ps.specs[party]; !ok {
		return fmt.Errorf("no node %q (nodes are 1..%d)", party, len(ps.specs))
	}
	if p == nil || p.exited() {
		return fmt.Errorf("node %s is not running", party)
	}
	p.stopping.Store(true)
	p.stop(grace)
	return nil
}

// stopAll stops every process and refuses later starts.
func (ps *procSet) stopAll(grace time.Duration) int {
	ps.mu.Lock()
	ps.closing = true
	procs := make([]*nodeProc, 0, len(ps.procs))
	for _, p := range ps.procs {
		procs = append(procs, p)
	}
	ps.mu.Unlock()
	var wg sync.WaitGroup
	for _, p := range procs {
		p.stopping.Store(true)
		wg.Add(1)
		go func() { defer wg.Done(); p.stop(grace) }()
	}
	wg.Wait()
	return len(procs)
}

// nodeStatus is one node in a status answer.
type nodeStatus struct {
	Party   string `json:"party"`
	Running bool   `json:"running"`
	PID     int    `json:"pid,omitempty"`
	Exit    string `json:"exit,omitempty"`
	Metrics string `json:"metrics"`
	Log     string `json:"log"`
}

func (ps *procSet) status() []nodeStatus {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	var out []nodeStatus
	for party, s := range ps.specs {
		st := nodeStatus{Party: party, Metrics: s.MetricsAddr, Log: filepath.Join(s.DataDir, "node.log")}
		if p := ps.procs[party]; p != nil {
			if p.exited() {
				st.Exit = fmt.Sprint(p.err)
			} else {
				st.Running, st.PID = true, p.cmd.Process.Pid
			}
		}
		out = append(out, st)
	}
	sort.Slice(out, func(i, j int) bool {
		a, _ := strconv.Atoi(out[i].Party)
		b, _ := strconv.Atoi(out[j].Party)
		return a < b
	})
	return out
}

// ctlRequest is one control-socket request: a JSON line.
type ctlRequest struct {
	Op   string `json:"op"`   // status, stop, start, add, remove, refresh
	Node string `json:"node"` // devnet node number, for stop, start and remove
}

type ctlResponse struct {
	Error string       `json:"error,omitempty"`
	Nodes []nodeStatus `json:"nodes,omitempty"`
}

// serveControl answers control requests on a unix socket at path (mode
// 0600) until ctx ends.
func (ps *procSet) serveControl(ctx context.Context, path string) error {
	_ = os.Remove(path)
	ln, err := net.Listen("unix", path)
	if err != nil {
		return fmt.Errorf("control socket: %w", err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		ln.Close()
		return fmt.Errorf("control socket: %w", err)
	}
	go func() {
		<-ctx.Done()
		ln.Close()
	}()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go ps.handleControl(c)
		}
	}()
	return nil
}

func (ps *procSet) handleControl(c net.Conn) {
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(time.Minute))
	line, err := bufio.NewReader(io.LimitReader(c, 4096)).ReadBytes('\n')
	var resp ctlResponse
	var req ctlRequest
	switch {
	case err != nil && len(line) == 0:
		resp.Error = "no request line"
	case json.Unmarshal(line, &req) != nil:
		resp.Error = "request is not a JSON object"
	default:
		switch req.Op {
		case "status":
		case "stop":
			if err := ps.stop(req.Node, 20*time.Second); err != nil {
				resp.Error = err.Error()
			} else {
				ps.say("node %s stopped on request", req.Node)
			}
		case "start":
			if err := ps.start(req.Node); err != nil {
				resp.Error = err.Error()
			} else {
				ps.say("node %s started on request", req.Node)
			}
		case "add", "remove", "refresh":
			msg, err := ps.transition(req.Op, req.Node)
			if err != nil {
				resp.Error = err.Error()
			} else {
				ps.say("%s", msg)
			}
		default:
			resp.Error = fmt.Sprintf("unknown op %q (status, stop, start, add, remove, refresh)", req.Op)
		}
	}
	resp.Nodes = ps.status()
	b, _ := json.Marshal(resp)
	_, _ = c.Write(append(b, '\n'))
}

// transition proposes an epoch transition for the control socket: "add"
// prepares a new node, proposes it and starts its process (it joins and
// receives its share); "remove" proposes removing node N (its process
// stops by itself at the switch, erasing its shares); "refresh" proposes a
// refresh of the same set. The running nodes do the rest.
func (ps *procSet) transition(op, nodeNum string) (string, error) {
	if ps.d == nil {
		return "", errors.New("this devnet cannot change its node set")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	switch op {
	case "add":
		ps.mu.Lock()
		spec, err := ps.d.PrepareNode()
		if err == nil {
			ps.specs[spec.Party] = spec
		}
		ps.mu.Unlock()
		if err != nil {
			return "", err
		}
		id, err := ps.d.ProposeTransition(ctx, nil, []*devnet.NodeSpec{spec})
		if err != nil {
			return "", err
		}
		if err := ps.start(spec.Party); err != nil {
			return "", err
		}
		return fmt.Sprintf("node %s (peer %s) proposed in transition %d and started; it joins when the nodes have reshared", spec.Party, spec.PeerID, id), nil
	case "remove":
		ps.mu.Lock()
		spec, ok := ps.specs[nodeNum]
		ps.mu.Unlock()
		if !ok {
			return "", fmt.Errorf("no node %q", nodeNum)
		}
		id, err := ps.d.ProposeTransition(ctx, []common.Address{spec.Operator()}, nil)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("removal of node %s proposed in transition %d; it stops at the switch", nodeNum, id), nil
	default:
		id, err := ps.d.ProposeTransition(ctx, nil, nil)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("refresh of the node set proposed in transition %d", id), nil
	}
}

// callControl sends one request to a devnet's control socket.
func callControl(ctx context.Context, path string, req ctlRequest) (*ctlResponse, error) {
	var d net.Dialer
	c, err := d.DialContext(ctx, "unix", path)
	if err != nil {
		return nil, fmt.Errorf("devnet control socket %s: %w (is the devnet running?)", path, err)
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(time.Minute))
	b, _ := json.Marshal(req)
	if _, err := c.Write(append(b, '\n')); err != nil {
		return nil, err
	}
	line, err := bufio.NewReader(io.LimitReader(c, 1<<20)).ReadBytes('\n')
	if err != nil {
		return nil, fmt.Errorf("devnet control: %w", err)
	}
	var resp ctlResponse
	if err := json.Unmarshal(line, &resp); err != nil {
		return nil, fmt.Errorf("devnet control: bad answer: %w", err)
	}
	return &resp, nil
}

// devnetNodeCmd is `pkpnet devnet node`.
func devnetNodeCmd() *cobra.Command {
	var infoPath, control string
	nodeCmd := &cobra.Command{
		Use:   "node status | stop N | start N | add | remove N | refresh",
		Short: "Stop, start, list, add or remove the node processes of a running devnet",
		Long: `Talks to a running devnet over its control socket (given by --control, or
read from the devnet's --info file). "stop N" stops node N (SIGTERM); the
network keeps serving with the others while at least T nodes run. "start N"
starts it again with its data dir: it rejoins with its key share and pool.
"status" lists the nodes, their PIDs, metrics addresses and logs.
"add" creates node N+1, proposes an epoch transition that adds it and starts it;
"remove N" proposes a transition that removes node N; "refresh" proposes a refresh
of the same set. Watch the transition with 'pkpnet registry status --contracts
DEVNET_INFO' (docs/epochs.md).`,
		Args: cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			req := ctlRequest{Op: args[0]}
			switch req.Op {
			case "status":
				if len(args) != 1 {
					return errors.New("status takes no node")
				}
			case "add", "refresh":
				if len(args) != 1 {
					return fmt.Errorf("%s takes no node", req.Op)
				}
			case "stop", "start", "remove":
				if len(args) != 2 {
					return fmt.Errorf("%s needs a node number", req.Op)
				}
				req.Node = args[1]
			default:
				return fmt.Errorf("unknown op %q: use status, stop N, start N, add, remove N or refresh", req.Op)
			}
			path := control
			if path == "" {
				b, err := node.ReadFileLimited(infoPath, 1<<20)
				if err != nil {
					return fmt.Errorf("--info: %w", err)
				}
				var in devnet.Info
				if err := json.Unmarshal(b, &in); err != nil || in.Control == "" {
					return fmt.Errorf("%s names no control socket (use --control)", infoPath)
				}
				path = in.Control
			}
			resp, err := callControl(cmd.Context(), path, req)
			if err != nil {
				return err
			}
			out, _ := json.MarshalIndent(resp.Nodes, "", "  ")
			fmt.Fprintln(cmd.OutOrStdout(), string(out))
			if resp.Error != "" {
				return errors.New(resp.Error)
			}
			return nil
		},
	}
	nodeCmd.Flags().StringVar(&infoPath, "info", "devnet.json", "the running devnet's info file")
	nodeCmd.Flags().StringVar(&control, "control", "", "the devnet's control socket (default: from --info)")
	return nodeCmd
}
