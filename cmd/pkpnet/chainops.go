package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/contracts/bindings"
	"github.com/pkpnet/pkpnet/devchain"
	"github.com/pkpnet/pkpnet/node"
)

// The operator's chain commands: deploy the contracts and manage the node
// registry on any chain, from a key file.

// chainFlags are the flags the chain commands share.
type chainFlags struct {
	rpc, keyFile, contractsFile string
	timeout                     time.Duration
}

func (c *chainFlags) bind(cmd *cobra.Command, withContracts bool) {
	f := cmd.Flags()
	f.StringVar(&c.rpc, "rpc", "", "chain JSON-RPC URL (http(s) or ws(s)); default: from --contracts")
	f.StringVar(&c.keyFile, "key-file", "", "file with the sender's hex private key (mode 0600)")
	f.DurationVar(&c.timeout, "timeout", 5*time.Minute, "overall timeout")
	if withContracts {
		f.StringVar(&c.contractsFile, "contracts", "contracts.json", "contracts `file` written by pkpnet contracts deploy (or a devchain/devnet info file)")
	}
}

// dial connects to the chain and loads the sender key (when needed).
func (c *chainFlags) dial(ctx context.Context, needKey bool) (*ethclient.Client, *contracts.Sender, *devchain.Info, error) {
	var info *devchain.Info
	if c.contractsFile != "" {
		b, err := node.ReadFileLimited(c.contractsFile, 1<<20)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("--contracts: %w", err)
		}
		info = &devchain.Info{}
		if err := json.Unmarshal(b, info); err != nil || info.Contracts.NodeRegistry == (common.Address{}) {
			return nil, nil, nil, fmt.Errorf("--contracts %s: no contract addresses in it", c.contractsFile)
		}
		if c.rpc == "" {
			c.rpc = info.WSURL
			if c.rpc == "" {
				c.rpc = info.HTTPURL
			}
		}
	}
	if c.rpc == "" {
		return nil, nil, nil, errors.New("--rpc is required")
	}
	eth, err := ethclient.DialContext(ctx, c.rpc)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("dial %s: %w", c.rpc, err)
	}
	if !needKey {
		return eth, nil, info, nil
	}
	if c.keyFile == "" {
		eth.Close()
		return nil, nil, nil, errors.New("--key-file is required")
	}
	key, err := node.ReadKeyFile(c.keyFile)
	if err != nil {
		eth.Close()
		return nil, nil, nil, fmt.Errorf("--key-file: %w", err)
	}
	id, err := eth.ChainID(ctx)
	if err != nil {
		eth.Close()
		return nil, nil, nil, fmt.Errorf("chain ID: %w", err)
	}
	if info != nil && info.ChainID != 0 && info.ChainID != id.Uint64() {
		eth.Close()
		return nil, nil, nil, fmt.Errorf("%s is for chain %d, %s is chain %s", c.contractsFile, info.ChainID, c.rpc, id)
	}
	return eth, &contracts.Sender{Backend: eth, Key: key, ChainID: id, PollInterval: time.Second}, info, nil
}

func init() {
	var cf chainFlags
	var out, mint string
	deploy := &cobra.Command{
		Use:   "deploy --rpc URL --key-file FILE [--out contracts.json]",
		Short: "Deploy the pkpnet contracts and write the contracts file",
		Long: `deploy sends the five pkpnet contracts (NodeRegistry, PubkeyRouter, PKPNFT,
PKPPermissions, PKPHelper) and their wiring from the key in --key-file, which
becomes the owner of the registry, router and NFT. It writes --out (mode 0644):
chain ID, RPC URL, contract addresses and the deployment block. 'pkpnet node
--contracts FILE', the registry commands and the client commands (--info FILE)
read it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cost, ok := new(big.Int).SetString(mint, 10)
			if !ok || cost.Sign() < 0 {
				return fmt.Errorf("--mint-cost: %q is not a wei amount", mint)
			}
			if _, err := os.Stat(out); err == nil {
				return fmt.Errorf("--out %s exists: move it away first (it names deployed contracts)", out)
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), cf.timeout)
			defer cancel()
			eth, s, _, err := cf.dial(ctx, true)
			if err != nil {
				return err
			}
			defer eth.Close()
			start, err := eth.BlockNumber(ctx)
			if err != nil {
				return fmt.Errorf("head: %w", err)
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "deploying from %s on chain %s...\n", s.From(), s.ChainID)
			addrs, err := contracts.Deploy(ctx, s, cost)
			if err != nil {
				return err
			}
			info := devchain.Info{ChainID: s.ChainID.Uint64(), Contracts: addrs, DeployBlock: start}
			if strings.HasPrefix(cf.rpc, "ws") {
				info.WSURL = cf.rpc
			} else {
				info.HTTPURL = cf.rpc
			}
			b, _ := json.MarshalIndent(info, "", "  ")
			if err := os.WriteFile(out, append(b, '\n'), 0o644); err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), string(b))
			fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s\n", out)
			return nil
		},
	}
	cf.bind(deploy, false)
	deploy.Flags().StringVar(&out, "out", "contracts.json", "write the contracts file here")
	deploy.Flags().StringVar(&mint, "mint-cost", "0", "PKP mint cost in wei")
	contractsCmd := &cobra.Command{Use: "contracts", Short: "Deploy the pkpnet contracts on a chain"}
	contractsCmd.AddCommand(deploy)
	rootCmd.AddCommand(contractsCmd)

	registryCmd := &cobra.Command{
		Use:   "registry",
		Short: "Add, remove and list nodes in NodeRegistry (the registry owner's commands)",
		Long: `The registry commands manage NodeRegistry from its owner's key (--key-file).
Before genesis (no root key yet) add-node and remove-node build the set; each starts
a new epoch. Once the network has a root key, change the set by an epoch transition:
add, remove, replace, refresh or propose, then watch it with status (docs/epochs.md).
A node's peer ID comes from 'pkpnet node id DATA_DIR'; --hint gives multiaddrs other
nodes may dial it at.`,
	}
	var addF, rmF, listF chainFlags
	var operator, peerID, dataDir, opKeyFile string
	var hints []string
	add := &cobra.Command{
		Use:   "add-node --operator ADDRESS --peer-id ID [--hint MULTIADDR]...",
		Short: "Register a node: its operator address, libp2p peer ID and address hints",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if opKeyFile != "" {
				k, err := node.ReadKeyFile(opKeyFile)
				if err != nil {
					return fmt.Errorf("--operator-key-file: %w", err)
				}
				operator = crypto.PubkeyToAddress(k.PublicKey).Hex()
			}
			if !common.IsHexAddress(operator) {
				return fmt.Errorf("--operator %q is not an address", operator)
			}
			var pid peer.ID
			var err error
			switch {
			case dataDir != "" && peerID != "":
				return errors.New("give --peer-id or --data-dir, not both")
			case dataDir != "":
				pid, err = node.PeerIDOf(dataDir)
			default:
				pid, err = peer.Decode(peerID)
			}
			if err != nil {
				return fmt.Errorf("peer ID: %w", err)
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), addF.timeout)
			defer cancel()
			eth, s, info, err := addF.dial(ctx, true)
			if err != nil {
				return err
			}
			defer eth.Close()
			r, err := s.Transact(ctx, info.Contracts.NodeRegistry, bindings.NewNodeRegistry().PackAddNode(common.HexToAddress(operator), []byte(pid), hints), nil)
			if err != nil {
				return fmt.Errorf("addNode: %w", err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "added node %s (operator %s) in block %s\n", pid, common.HexToAddress(operator), r.BlockNumber)
			return nil
		},
	}
	addF.bind(add, true)
	add.Flags().StringVar(&operator, "operator", "", "the node operator's address (signs its root key vote)")
	add.Flags().StringVar(&peerID, "peer-id", "", "the node's libp2p peer ID (pkpnet node id DATA_DIR)")
	add.Flags().StringSliceVar(&hints, "hint", nil, "multiaddrs the node listens or is announced at")
	add.Flags().StringVar(&dataDir, "data-dir", "", "read (or create) the peer ID from this node data dir instead of --peer-id")
	add.Flags().StringVar(&opKeyFile, "operator-key-file", "", "take the operator address from this key file instead of --operator")
	var rmOperator string
	remove := &cobra.Command{
		Use:   "remove-node --operator ADDRESS",
		Short: "Remove a node from the registry",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !common.IsHexAddress(rmOperator) {
				return fmt.Errorf("--operator %q is not an address", rmOperator)
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), rmF.timeout)
			defer cancel()
			eth, s, info, err := rmF.dial(ctx, true)
			if err != nil {
				return err
			}
			defer eth.Close()
			r, err := s.Transact(ctx, info.Contracts.NodeRegistry, bindings.NewNodeRegistry().PackRemoveNode(common.HexToAddress(rmOperator)), nil)
			if err != nil {
				return fmt.Errorf("removeNode: %w", err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "removed operator %s in block %s\n", common.HexToAddress(rmOperator), r.BlockNumber)
			return nil
		},
	}
	rmF.bind(remove, true)
	remove.Flags().StringVar(&rmOperator, "operator", "", "the node operator's address")
	var listJSON bool
	list := &cobra.Command{
		Use:   "list",
		Short: "List the registered nodes and the epoch",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, cancel := context.WithTimeout(cmd.Context(), listF.timeout)
			defer cancel()
			eth, _, info, err := listF.dial(ctx, false)
			if err != nil {
				return err
			}
			defer eth.Close()
			reg := bindings.NewNodeRegistry()
			c := reg.Instance(eth, info.Contracts.NodeRegistry)
			opts := &bind.CallOpts{Context: ctx}
			epoch, err := bind.Call(c, opts, reg.PackEpoch(), reg.UnpackEpoch)
			if err != nil {
				return fmt.Errorf("epoch: %w", err)
			}
			nodes, err := bind.Call(c, opts, reg.PackGetNodes(), reg.UnpackGetNodes)
			if err != nil {
				return fmt.Errorf("getNodes: %w", err)
			}
			parties, err := bind.Call(c, opts, reg.PackGetParties(), reg.UnpackGetParties)
			if err != nil || len(parties) != len(nodes) {
				return fmt.Errorf("getParties: %v", err)
			}
			type row struct {
				Position int            `json:"position"`
				Party    uint64         `json:"party"`
				Operator common.Address `json:"operator"`
				PeerID   string         `json:"peerId"`
				Hints    []string       `json:"hints"`
			}
			rows := make([]row, 0, len(nodes))
			for i, n := range nodes {
				pid := fmt.Sprintf("0x%x", n.PeerId)
				if p, err := peer.IDFromBytes(n.PeerId); err == nil {
					pid = p.String()
				}
				rows = append(rows, row{Position: i + 1, Party: parties[i].Uint64(), Operator: n.Operator, PeerID: pid, Hints: n.Hints})
			}
			if listJSON {
				b, _ := json.Marshal(map[string]any{"epoch": epoch, "nodes": rows})
				fmt.Fprintln(cmd.OutOrStdout(), string(b))
				return nil
			}
			fmt.Fprintf(cmd.OutOrStdout(), "epoch %s, %d nodes\n", epoch, len(rows))
			for _, r := range rows {
				fmt.Fprintf(cmd.OutOrStdout(), "%d  party %d  %s  %s  %s\n", r.Position, r.Party, r.Operator, r.PeerID, strings.Join(r.Hints, ","))
			}
			return nil
		},
	}
	listF.bind(list, true)
	list.Flags().BoolVar(&listJSON, "json", false, "print JSON")
	registryCmd.AddCommand(add, remove, list)
	addEpochCommands(registryCmd)
	rootCmd.AddCommand(registryCmd)
}
