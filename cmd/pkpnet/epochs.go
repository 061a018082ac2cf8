package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/contracts/bindings"
	"github.com/pkpnet/pkpnet/node"
)

// Epoch transition commands (docs/epochs.md, docs/operator.md): once the
// network has a root key, the node set changes only by a transition that
// the registry owner proposes and the nodes complete.

// nodeSpecFlags name one node to add: operator (address or key file), peer
// ID (or a data dir to read it from) and address hints.
type nodeSpecFlags struct {
	operator, peerID, dataDir, opKeyFile string
	hints                                []string
}

func (f *nodeSpecFlags) bind(cmd *cobra.Command, prefix string) {
	fl := cmd.Flags()
	fl.StringVar(&f.operator, prefix+"operator", "", "the new node's operator address (signs its votes)")
	fl.StringVar(&f.opKeyFile, prefix+"operator-key-file", "", "take the new node's operator address from this key file")
	fl.StringVar(&f.peerID, prefix+"peer-id", "", "the new node's libp2p peer ID (pkpnet node id DATA_DIR)")
	fl.StringVar(&f.dataDir, prefix+"data-dir", "", "read (or create) the new node's peer ID from this data dir")
	fl.StringSliceVar(&f.hints, prefix+"hint", nil, "multiaddrs the new node listens or is announced at")
}

func (f *nodeSpecFlags) node() (bindings.NodeRegistryNode, error) {
	op := f.operator
	if f.opKeyFile != "" {
		k, err := node.ReadKeyFile(f.opKeyFile)
		if err != nil {
			return bindings.NodeRegistryNode{}, fmt.Errorf("operator key file: %w", err)
		}
		op = crypto.PubkeyToAddress(k.PublicKey).Hex()
	}
	if !common.IsHexAddress(op) {
		return bindings.NodeRegistryNode{}, fmt.Errorf("operator %q is not an address", op)
	}
	var pid peer.ID
	var err error
	switch {
	case f.dataDir != "" && f.peerID != "":
		return bindings.NodeRegistryNode{}, errors.New("give a peer ID or a data dir, not both")
	case f.dataDir != "":
		pid, err = node.PeerIDOf(f.dataDir)
	default:
		pid, err = peer.Decode(f.peerID)
	}
	if err != nil {
		return bindings.NodeRegistryNode{}, fmt.Errorf("peer ID: %w", err)
	}
	return bindings.NodeRegistryNode{Operator: common.HexToAddress(op), PeerId: []byte(pid), Hints: f.hints}, nil
}

func addressList(ss []string) ([]common.Address, error) {
	out := make([]common.Address, 0, len(ss))
	for _, s := range ss {
		if !common.IsHexAddress(s) {
			return nil, fmt.Errorf("%q is not an address", s)
		}
		out = append(out, common.HexToAddress(s))
	}
	return out, nil
}

// propose sends proposeTransition and prints the transition.
func proposeTransition(cmd *cobra.Command, cf *chainFlags, remove []common.Address, add []bindings.NodeRegistryNode) error {
	ctx, cancel := context.WithTimeout(cmd.Context(), cf.timeout)
	defer cancel()
	eth, s, info, err := cf.dial(ctx, true)
	if err != nil {
		return err
	}
	defer eth.Close()
	reg := bindings.NewNodeRegistry()
	data, err := reg.TryPackProposeTransition(remove, add)
	if err != nil {
		return err
	}
	r, err := s.Transact(ctx, info.Contracts.NodeRegistry, data, nil)
	if err != nil {
		return fmt.Errorf("proposeTransition: %w", err)
	}
	for _, l := range r.Logs {
		if ev, err := reg.UnpackTransitionProposedEvent(l); err == nil {
			fmt.Fprintf(cmd.OutOrStdout(), "proposed transition %s to epoch %s (deadline block %s): %d removed, %d added; the nodes reshare and vote, see 'pkpnet registry status'\n",
				ev.Id, ev.Epoch, ev.Deadline, len(remove), len(add))
		}
	}
	return nil
}

// epochStatus is what 'registry status' prints.
type epochStatus struct {
	Epoch      uint64           `json:"epoch"`
	Threshold  uint64           `json:"threshold"`
	Nodes      []statusNode     `json:"nodes"`
	Transition *transitionState `json:"transition,omitempty"`
}

type statusNode struct {
	Party    uint64         `json:"party"`
	Operator common.Address `json:"operator"`
	PeerID   string         `json:"peerId"`
	Voted    *bool          `json:"voted,omitempty"` // next set only
}

type transitionState struct {
	ID       uint64       `json:"id"`
	Open     bool         `json:"open"`
	Epoch    uint64       `json:"epoch"`
	Deadline uint64       `json:"deadline"`
	Votes    uint64       `json:"votes"`
	Next     []statusNode `json:"next,omitempty"`
}

func peerString(b []byte) string {
	if p, err := peer.IDFromBytes(b); err == nil {
		return p.String()
	}
	return fmt.Sprintf("0x%x", b)
}

func readStatus(ctx context.Context, cf *chainFlags) (*epochStatus, error) {
	eth, _, info, err := cf.dial(ctx, false)
	if err != nil {
		return nil, err
	}
	defer eth.Close()
	reg, router := bindings.NewNodeRegistry(), bindings.NewPubkeyRouter()
	rc := reg.Instance(eth, info.Contracts.NodeRegistry)
	pc := router.Instance(eth, info.Contracts.PubkeyRouter)
	opts := &bind.CallOpts{Context: ctx}
	ep, err := bind.Call(rc, opts, reg.PackEpoch(), reg.UnpackEpoch)
	if err != nil {
		return nil, fmt.Errorf("epoch: %w", err)
	}
	th, err := bind.Call(rc, opts, reg.PackThreshold(), reg.UnpackThreshold)
	if err != nil {
		return nil, fmt.Errorf("threshold: %w", err)
	}
	nodes, err := bind.Call(rc, opts, reg.PackGetNodes(), reg.UnpackGetNodes)
	if err != nil {
		return nil, fmt.Errorf("getNodes: %w", err)
	}
	parties, err := bind.Call(rc, opts, reg.PackGetParties(), reg.UnpackGetParties)
	if err != nil || len(parties) != len(nodes) {
		return nil, fmt.Errorf("getParties: %v", err)
	}
	st := &epochStatus{Epoch: ep.Uint64(), Threshold: th.Uint64()}
	for i, n := range nodes {
		st.Nodes = append(st.Nodes, statusNode{Party: parties[i].Uint64(), Operator: n.Operator, PeerID: peerString(n.PeerId)})
	}
	tr, err := bind.Call(rc, opts, reg.PackTransition(), reg.UnpackTransition)
	if err != nil {
		return nil, fmt.Errorf("transition: %w", err)
	}
	if tr.Id.Sign() == 0 {
		return st, nil
	}
	ts := &transitionState{ID: tr.Id.Uint64(), Open: tr.Open, Epoch: tr.NextEpoch.Uint64(), Deadline: tr.Deadline.Uint64()}
	st.Transition = ts
	if !tr.Open {
		return st, nil
	}
	next, err := bind.Call(rc, opts, reg.PackGetNextNodes(), reg.UnpackGetNextNodes)
	if err != nil {
		return nil, fmt.Errorf("getNextNodes: %w", err)
	}
	for i, n := range next.Out {
		v, err := bind.Call(pc, opts, router.PackTransitionVotes(tr.Id, n.Operator), router.UnpackTransitionVotes)
		if err != nil {
			return nil, fmt.Errorf("transitionVotes: %w", err)
		}
		voted := v.Voted
		ts.Votes = v.Count.Uint64()
		ts.Next = append(ts.Next, statusNode{Party: next.Parties[i].Uint64(), Operator: n.Operator, PeerID: peerString(n.PeerId), Voted: &voted})
	}
	return st, nil
}

func printStatus(cmd *cobra.Command, st *epochStatus) {
	w := cmd.OutOrStdout()
	fmt.Fprintf(w, "epoch %d, %d nodes, threshold %d\n", st.Epoch, len(st.Nodes), st.Threshold)
	for _, n := range st.Nodes {
		fmt.Fprintf(w, "  party %-3d %s  %s\n", n.Party, n.Operator, n.PeerID)
	}
	t := st.Transition
	switch {
	case t == nil:
		fmt.Fprintln(w, "no transition proposed yet")
	case !t.Open:
		fmt.Fprintf(w, "transition %d (to epoch %d) is closed (completed or aborted)\n", t.ID, t.Epoch)
	default:
		fmt.Fprintf(w, "transition %d to epoch %d is open until block %d: %d of %d next nodes voted\n", t.ID, t.Epoch, t.Deadline, t.Votes, len(t.Next))
		for _, n := range t.Next {
			mark := "waiting"
			if n.Voted != nil && *n.Voted {
				mark = "voted"
			}
			fmt.Fprintf(w, "  party %-3d %s  %s  %s\n", n.Party, n.Operator, n.PeerID, mark)
		}
	}
}

// addEpochCommands adds the transition commands to 'pkpnet registry'.
func addEpochCommands(registryCmd *cobra.Command) {
	var propF, addF, rmF, replF, refF, abF, stF chainFlags
	var propRemove []string
	var propAdd nodeSpecFlags
	propose := &cobra.Command{
		Use:   "propose [--remove OPERATOR]... [--add-operator ADDRESS --add-peer-id ID [--add-hint MULTIADDR]...]",
		Short: "Propose the next node set (an epoch transition): remove operators and/or add one node",
		Long: `Proposes an epoch transition: the next node set is the current one without the
--remove operators, with the --add node appended. The nodes reshare the root key to
the next set and vote; the transition completes when every next node voted, and the
current epoch serves until then. With neither flag it is a refresh of the same set.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			rm, err := addressList(propRemove)
			if err != nil {
				return fmt.Errorf("--remove: %w", err)
			}
			var adds []bindings.NodeRegistryNode
			if propAdd.operator != "" || propAdd.opKeyFile != "" {
				nd, err := propAdd.node()
				if err != nil {
					return fmt.Errorf("--add-*: %w", err)
				}
				adds = append(adds, nd)
			}
			return proposeTransition(cmd, &propF, rm, adds)
		},
	}
	propF.bind(propose, true)
	propose.Flags().StringSliceVar(&propRemove, "remove", nil, "operator address to remove (repeatable)")
	propAdd.bind(propose, "add-")

	var addSpec nodeSpecFlags
	add := &cobra.Command{
		Use:   "add --operator ADDRESS (--peer-id ID | --data-dir DIR) [--hint MULTIADDR]...",
		Short: "Propose a transition that adds one node (start the node: it joins and receives its share)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			nd, err := addSpec.node()
			if err != nil {
				return err
			}
			return proposeTransition(cmd, &addF, nil, []bindings.NodeRegistryNode{nd})
		},
	}
	addF.bind(add, true)
	addSpec.bind(add, "")

	var rmOps []string
	remove := &cobra.Command{
		Use:   "remove --operator ADDRESS",
		Short: "Propose a transition that removes a node (it may be down: T old members deal)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			rm, err := addressList(rmOps)
			if err != nil || len(rm) == 0 {
				return fmt.Errorf("--operator: give the operator address(es) to remove: %v", err)
			}
			return proposeTransition(cmd, &rmF, rm, nil)
		},
	}
	rmF.bind(remove, true)
	remove.Flags().StringSliceVar(&rmOps, "operator", nil, "operator address to remove (repeatable)")

	var oldOp string
	var replSpec nodeSpecFlags
	replace := &cobra.Command{
		Use:   "replace --old OPERATOR --operator ADDRESS (--peer-id ID | --data-dir DIR) [--hint MULTIADDR]...",
		Short: "Propose a transition that removes one node and adds another",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			rm, err := addressList([]string{oldOp})
			if err != nil {
				return fmt.Errorf("--old: %w", err)
			}
			nd, err := replSpec.node()
			if err != nil {
				return err
			}
			return proposeTransition(cmd, &replF, rm, []bindings.NodeRegistryNode{nd})
		},
	}
	replF.bind(replace, true)
	replace.Flags().StringVar(&oldOp, "old", "", "operator address of the node to remove")
	replSpec.bind(replace, "")

	var every time.Duration
	refresh := &cobra.Command{
		Use:   "refresh [--every DURATION]",
		Short: "Propose a refresh of the same node set (fresh shares, same root key); --every repeats it on a schedule",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if every <= 0 {
				return proposeTransition(cmd, &refF, nil, nil)
			}
			if every < time.Minute {
				return errors.New("--every: at least 1m")
			}
			for {
				ctx, cancel := context.WithTimeout(cmd.Context(), refF.timeout)
				st, err := readStatus(ctx, &refF)
				cancel()
				switch {
				case err != nil:
					fmt.Fprintf(cmd.ErrOrStderr(), "refresh: %v\n", err)
				case st.Transition != nil && st.Transition.Open:
					fmt.Fprintf(cmd.ErrOrStderr(), "refresh: transition %d is open; skipping this round\n", st.Transition.ID)
				default:
					if err := proposeTransition(cmd, &refF, nil, nil); err != nil {
						fmt.Fprintf(cmd.ErrOrStderr(), "refresh: %v\n", err)
					}
				}
				select {
				case <-cmd.Context().Done():
					return nil
				case <-time.After(every):
				}
			}
		},
	}
	refF.bind(refresh, true)
	refresh.Flags().DurationVar(&every, "every", 0, "propose a refresh every DURATION until interrupted (default: once)")

	abort := &cobra.Command{
		Use:   "abort",
		Short: "Abort the open transition (the owner at any time, anybody after its deadline); the current epoch stays",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, cancel := context.WithTimeout(cmd.Context(), abF.timeout)
			defer cancel()
			eth, s, info, err := abF.dial(ctx, true)
			if err != nil {
				return err
			}
			defer eth.Close()
			reg := bindings.NewNodeRegistry()
			r, err := s.Transact(ctx, info.Contracts.NodeRegistry, reg.PackAbortTransition(), nil)
			if err != nil {
				return fmt.Errorf("abortTransition: %w", err)
			}
			for _, l := range r.Logs {
				if ev, err := reg.UnpackTransitionAbortedEvent(l); err == nil {
					fmt.Fprintf(cmd.OutOrStdout(), "aborted transition %s (to epoch %s)\n", ev.Id, ev.Epoch)
				}
			}
			return nil
		},
	}
	abF.bind(abort, true)

	var stJSON bool
	status := &cobra.Command{
		Use:   "status",
		Short: "Show the epoch, the node set with party numbers, and the open transition with its votes",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, cancel := context.WithTimeout(cmd.Context(), stF.timeout)
			defer cancel()
			st, err := readStatus(ctx, &stF)
			if err != nil {
				return err
			}
			if stJSON {
				b, _ := json.Marshal(st)
				fmt.Fprintln(cmd.OutOrStdout(), string(b))
				return nil
			}
			printStatus(cmd, st)
			return nil
		},
	}
	stF.bind(status, true)
	status.Flags().BoolVar(&stJSON, "json", false, "print JSON")
	registryCmd.AddCommand(propose, add, remove, replace, refresh, abort, status)
}
