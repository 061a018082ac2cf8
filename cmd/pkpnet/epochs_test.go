package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/contracts/bindings"
	"github.com/pkpnet/pkpnet/devchain"
	"github.com/pkpnet/pkpnet/node"
)

// TestRegistryTransitionCommands drives an epoch transition's chain side with
// the CLI on a dev chain: propose an addition, see it open in `registry
// status`, abort it, propose a removal, let every next node vote, and see
// the new epoch with the party numbers kept.
func TestRegistryTransitionCommands(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	ch, err := devchain.Start(ctx, devchain.Config{Accounts: 6})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	dir := t.TempDir()
	info := filepath.Join(dir, "chain.json")
	if err := ch.WriteInfo(info); err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(dir, "owner.key")
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(ch.Accounts[0].Key))), 0o600); err != nil {
		t.Fatal(err)
	}
	// Genesis: three nodes registered, every one votes the root key.
	for i := 1; i <= 3; i++ {
		pid, err := node.PeerIDOf(filepath.Join(dir, "n", string(rune('0'+i))))
		if err != nil {
			t.Fatal(err)
		}
		if err := ch.AddNode(ctx, ch.Accounts[i].Address, []byte(pid), nil); err != nil {
			t.Fatal(err)
		}
	}
	root := crypto.CompressPubkey(&ch.Accounts[5].Key.PublicKey)
	for new(big.Int).SetBytes(root[1:]).Cmp(crypto.S256().Params().N) >= 0 {
		k, _ := crypto.GenerateKey()
		root = crypto.CompressPubkey(&k.PublicKey)
	}
	router := bindings.NewPubkeyRouter()
	vote := func(i int, data []byte) {
		t.Helper()
		if _, err := ch.Sender(i).Transact(ctx, ch.Contracts.PubkeyRouter, data, nil); err != nil {
			t.Fatalf("vote of account %d: %v", i, err)
		}
	}
	status := func() epochStatus {
		t.Helper()
		s, err := runCLI(t, "registry", "status", "--contracts", info, "--json")
		if err != nil {
			t.Fatal(err)
		}
		var st epochStatus
		if err := json.Unmarshal([]byte(s), &st); err != nil {
			t.Fatalf("status %q: %v", s, err)
		}
		return st
	}
	// Before the root key: a transition cannot start, with the contract's reason.
	if _, err := runCLI(t, "registry", "refresh", "--contracts", info, "--key-file", keyFile); err == nil {
		t.Fatal("a transition was proposed without a root key")
	}
	for i := 1; i <= 3; i++ {
		vote(i, router.PackVoteRootKey(root))
	}
	st := status()
	if st.Epoch != 3 || len(st.Nodes) != 3 || st.Transition != nil || st.Nodes[2].Party != 3 {
		t.Fatalf("genesis status %+v", st)
	}

	newPid, err := node.PeerIDOf(filepath.Join(dir, "n", "4"))
	if err != nil {
		t.Fatal(err)
	}
	newOp := ch.Accounts[4].Address
	if _, err := runCLI(t, "registry", "add", "--contracts", info, "--key-file", keyFile, "--operator", "0x12", "--peer-id", newPid.String()); err == nil {
		t.Fatal("a bad operator address was accepted")
	}
	if _, err := runCLI(t, "registry", "add", "--contracts", info, "--key-file", keyFile,
		"--operator", newOp.Hex(), "--peer-id", newPid.String(), "--hint", "/ip4/127.0.0.1/tcp/4104"); err != nil {
		t.Fatal(err)
	}
	st = status()
	if tr := st.Transition; tr == nil || !tr.Open || tr.Epoch != 4 || len(tr.Next) != 4 || tr.Next[3].Operator != newOp || tr.Next[3].Party != 4 || tr.Votes != 0 {
		t.Fatalf("open transition %+v", st.Transition)
	}
	// One open transition at a time.
	if _, err := runCLI(t, "registry", "refresh", "--contracts", info, "--key-file", keyFile); err == nil {
		t.Fatal("a second transition was proposed while one is open")
	}
	if _, err := runCLI(t, "registry", "abort", "--contracts", info, "--key-file", keyFile); err != nil {
		t.Fatal(err)
	}
	if st = status(); st.Transition == nil || st.Transition.Open || st.Epoch != 3 {
		t.Fatalf("after abort %+v", st)
	}

	// Remove node 1: parties 2 and 3 keep their numbers.
	if _, err := runCLI(t, "registry", "remove", "--contracts", info, "--key-file", keyFile, "--operator", ch.Accounts[1].Address.Hex()); err != nil {
		t.Fatal(err)
	}
	st = status()
	if tr := st.Transition; tr == nil || tr.ID != 2 || len(tr.Next) != 2 || tr.Next[0].Party != 2 || tr.Next[1].Party != 3 {
		t.Fatalf("removal %+v", st.Transition)
	}
	vote(2, router.PackVoteTransition(big.NewInt(2), root))
	if st = status(); st.Transition.Votes != 1 || !*st.Transition.Next[0].Voted || *st.Transition.Next[1].Voted || st.Epoch != 3 {
		t.Fatalf("after one vote %+v", st.Transition)
	}
	vote(3, router.PackVoteTransition(big.NewInt(2), root))
	st = status()
	if st.Epoch != 4 || len(st.Nodes) != 2 || st.Nodes[0].Party != 2 || st.Nodes[1].Party != 3 || st.Transition.Open {
		t.Fatalf("after completion %+v", st)
	}
}
