package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/ipfs"
)

func init() {
	var (
		info, gateway string
		onlyHash      bool
	)
	action := &cobra.Command{Use: "action", Short: "Manage action code on IPFS"}
	add := &cobra.Command{
		Use:   "add FILE",
		Short: "Add an action's code to the devnet's IPFS gateway and print its CIDv0",
		Long: `add stores FILE in the devnet's IPFS gateway (from --gateway, else the devnet info
file) and prints its CIDv0, the same as 'ipfs add --cid-version=0 -Q FILE'. Nodes then
run it with 'pkpnet exec CID'. With -n it only computes the CID.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			code, err := readFileLimited(args[0], ipfs.MaxAddSize)
			if err != nil {
				return err
			}
			local, err := actionid.CID(code)
			if err != nil {
				return err
			}
			if onlyHash {
				fmt.Fprintln(cmd.OutOrStdout(), local)
				return nil
			}
			gw := gateway
			if gw == "" {
				path := info
				if path == "" {
					path = "devnet.json"
				}
				ni, err := readNetInfo(path)
				if err != nil {
					return fmt.Errorf("no --gateway and no devnet info: %w (run `pkpnet devnet` first)", err)
				}
				if ni.IPFSGateway == "" {
					return fmt.Errorf("%s names no IPFS gateway: give --gateway", path)
				}
				gw = ni.IPFSGateway
			}
			cl := &http.Client{Timeout: 30 * time.Second}
			resp, err := cl.Post(strings.TrimRight(gw, "/")+ipfs.AddPath, "application/octet-stream", bytes.NewReader(code))
			if err != nil {
				return fmt.Errorf("add to %s: %w", gw, err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
			if resp.StatusCode != http.StatusOK {
				return fmt.Errorf("add to %s: %s: %s", gw, resp.Status, strings.TrimSpace(string(body)))
			}
			var out struct {
				CID string `json:"cid"`
			}
			if err := json.Unmarshal(body, &out); err != nil {
				return fmt.Errorf("add to %s: bad answer: %w", gw, err)
			}
			if out.CID != local.String() {
				return fmt.Errorf("the gateway stored %s, but the file hashes to %s", out.CID, local)
			}
			fmt.Fprintln(cmd.OutOrStdout(), local)
			return nil
		},
	}
	f := add.Flags()
	f.StringVar(&info, "info", "", "devnet info JSON (default ./devnet.json)")
	f.StringVar(&gateway, "gateway", "", "gateway URL with the add endpoint (default: the devnet's)")
	f.BoolVarP(&onlyHash, "only-hash", "n", false, "only compute and print the CID")
	action.AddCommand(add)
	rootCmd.AddCommand(action)
}

// readFileLimited reads a file of at most max bytes.
func readFileLimited(path string, max int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, int64(max)+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(b) > max {
		return nil, fmt.Errorf("%s is larger than %d bytes", path, max)
	}
	return b, nil
}
