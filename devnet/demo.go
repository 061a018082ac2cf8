package devnet

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/client"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/examples"
)

// SignAction is the demo's action: it signs jsParams.toSign with
// jsParams.publicKey under the name jsParams.sigName (default "sig") and
// answers with what it signed.
const SignAction = `// pkpnet demo action: sign the given 32-byte hash with the given PKP.
const go = async () => {
  const name = typeof sigName === "string" ? sigName : "sig";
  console.log("signing", toSign, "as", name);
  await Lit.Actions.signEcdsa({ toSign, publicKey, sigName: name });
  Lit.Actions.setResponse({ response: JSON.stringify({ signed: toSign, sigName: name }) });
};
go();
`

// DemoResult is the demo's summary, printed as the last line of stdout.
type DemoResult struct {
	TokenID        string `json:"tokenId"`
	PKPAddress     string `json:"pkpAddress"`
	PKPPublicKey   string `json:"pkpPublicKey"`
	ActionCID      string `json:"actionCid"`
	TxHash         string `json:"txHash"`
	SignedHash     string `json:"signedHash"`
	Signature      string `json:"signature"`
	Recipient      string `json:"recipient"`
	ValueWei       string `json:"valueWei"`
	PKPBalance     string `json:"pkpBalanceWei"`
	RecipientBal   string `json:"recipientBalanceWei"`
	MGBTokenID     string `json:"mgbTokenId"`
	MGBSignature   string `json:"mgbSignature"`
	MGBSignedHash  string `json:"mgbSignedHash"`
	MGBPKPAddress  string `json:"mgbPkpAddress"`
	ReceiptStatus  uint64 `json:"receiptStatus"`
	ExecuteLatency string `json:"executeLatency"`
}

// DemoConfig is what the demo needs.
type DemoConfig struct {
	Client *client.Client // authenticated by a session of Key's wallet
	Chain  *client.Chain  // sends from Key
	Eth    *ethclient.Client
	// Recipient of the transfer; zero means a fresh address.
	Recipient common.Address
	Out       io.Writer // progress lines; nil discards
}

// RunDemo runs the demo: mint a PKP, permit the sign action, fund the PKP,
// execute the action to sign an EIP-1559 transfer from the PKP's address,
// broadcast it and wait for the receipt, then Mint/Grant/Burn a second PKP
// and sign with it through the same action.
func RunDemo(ctx context.Context, cfg DemoConfig) (*DemoResult, error) {
	out := cfg.Out
	if out == nil {
		out = io.Discard
	}
	say := func(format string, args ...any) { fmt.Fprintf(out, format+"\n", args...) }
	res := &DemoResult{}
	cid, err := actionid.CID([]byte(SignAction))
	if err != nil {
		return nil, err
	}
	res.ActionCID = cid.String()

	// 1. mint
	p, err := cfg.Chain.MintPKP(ctx)
	if err != nil {
		return nil, fmt.Errorf("demo: mint: %w", err)
	}
	res.TokenID, res.PKPAddress, res.PKPPublicKey = p.TokenID.String(), p.Address.Hex(), p.PubKey
	say("1. minted PKP %s: address %s, public key %s", p.TokenID, p.Address, p.PubKey)

	// 2. permit the action
	if err := cfg.Chain.AddPermittedAction(ctx, p.TokenID, res.ActionCID, []int{int(contracts.ScopeSignAnything)}); err != nil {
		return nil, fmt.Errorf("demo: permit: %w", err)
	}
	say("2. permitted action %s (sign anything)", res.ActionCID)
	if err := cfg.Client.WaitIndexed(ctx, cfg.Chain.LastBlock()); err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}

	// Fund the PKP so that it can pay for its transfer.
	fund := new(big.Int).Mul(big.NewInt(2), big.NewInt(params.Ether))
	if err := cfg.Chain.Transfer(ctx, p.Address, fund); err != nil {
		return nil, fmt.Errorf("demo: fund the PKP: %w", err)
	}
	rcpt := cfg.Recipient
	if rcpt == (common.Address{}) {
		var b [20]byte
		copy(b[:], mustRand(20))
		rcpt = common.BytesToAddress(b[:])
	}
	res.Recipient = rcpt.Hex()
	value := big.NewInt(params.Ether)
	res.ValueWei = value.String()
	pkpBefore, _ := cfg.Eth.BalanceAt(ctx, p.Address, nil)
	rcptBefore, _ := cfg.Eth.BalanceAt(ctx, rcpt, nil)

	// 3. execute: the action signs the transfer's EIP-1559 signing hash.
	chainID := new(big.Int).SetUint64(cfg.Client.ChainID())
	tx, err := transferTx(ctx, cfg.Eth, chainID, p.Address, rcpt, value)
	if err != nil {
		return nil, err
	}
	signer := types.LatestSignerForChainID(chainID)
	h := signer.Hash(tx)
	jp, _ := json.Marshal(map[string]string{"toSign": h.Hex(), "publicKey": p.PubKey, "sigName": "tx"})
	t0 := time.Now()
	r, err := cfg.Client.Execute(ctx, client.ExecuteParams{Code: SignAction, JSParams: jp}, nil)
	if err != nil {
		return nil, fmt.Errorf("demo: execute: %w", err)
	}
	res.ExecuteLatency = time.Since(t0).Round(time.Millisecond).String()
	sig, ok := r.Signatures["tx"]
	if !ok {
		return nil, errors.New("demo: the action returned no signature")
	}
	res.SignedHash, res.Signature = sig.Hash, sig.Signature
	say("3. executed the action in %s: signature %s over %s (signers %v)", res.ExecuteLatency, sig.Signature, sig.Hash, sig.Signers)

	// 4. broadcast
	signed, err := tx.WithSignature(signer, sig.Bytes())
	if err != nil {
		return nil, fmt.Errorf("demo: attach signature: %w", err)
	}
	if from, err := types.Sender(signer, signed); err != nil || from != p.Address {
		return nil, fmt.Errorf("demo: the signed transaction is from %s, not the PKP %s (%v)", from, p.Address, err)
	}
	if err := cfg.Eth.SendTransaction(ctx, signed); err != nil {
		return nil, fmt.Errorf("demo: broadcast: %w", err)
	}
	receipt, err := waitReceipt(ctx, cfg.Eth, signed.Hash())
	if err != nil {
		return nil, err
	}
	res.TxHash, res.ReceiptStatus = signed.Hash().Hex(), receipt.Status
	pkpAfter, _ := cfg.Eth.BalanceAt(ctx, p.Address, nil)
	rcptAfter, _ := cfg.Eth.BalanceAt(ctx, rcpt, nil)
	res.PKPBalance, res.RecipientBal = pkpAfter.String(), rcptAfter.String()
	say("4. transaction %s mined in block %s with status %d", res.TxHash, receipt.BlockNumber, receipt.Status)
	say("   PKP balance:       %s -> %s wei", pkpBefore, pkpAfter)
	say("   recipient balance: %s -> %s wei", rcptBefore, rcptAfter)
	if receipt.Status != types.ReceiptStatusSuccessful {
		return res, errors.New("demo: the transfer reverted")
	}

	// 5. Mint/Grant/Burn: a PKP that only the prime action can ever use,
	// so it provably signs prime numbers and nothing else.
	q, err := cfg.Chain.MintGrantAndBurn(ctx, PrimeActionCID())
	if err != nil {
		return nil, fmt.Errorf("demo: mint/grant/burn: %w", err)
	}
	if err := cfg.Client.WaitIndexed(ctx, cfg.Chain.LastBlock()); err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	const prime, composite = "7919", "7917"
	s2, err := signPrime(ctx, cfg.Client, q, prime)
	if err != nil {
		return nil, err
	}
	if s2 == nil {
		return nil, fmt.Errorf("demo: the burned PKP did not sign the prime %s", prime)
	}
	msgHash := accounts.TextHash([]byte(prime))
	if err := verifyEcrecover(msgHash, s2.Bytes(), q.Address); err != nil {
		return nil, fmt.Errorf("demo: burned PKP signature: %w", err)
	}
	if s, err := signPrime(ctx, cfg.Client, q, composite); err != nil {
		return nil, err
	} else if s != nil {
		return nil, fmt.Errorf("demo: the burned PKP signed the composite %s", composite)
	}
	say("5. mint/grant/burn PKP %s (%s, burned: %v) signed the prime %s (and nothing for %s): %s", q.TokenID, q.Address, q.Burned, prime, composite, s2.Signature)
	res.MGBTokenID, res.MGBSignature, res.MGBSignedHash, res.MGBPKPAddress = q.TokenID.String(), s2.Signature, s2.Hash, q.Address.Hex()
	return res, nil
}

// PrimeActionCID is the CIDv0 of examples.Prime.
func PrimeActionCID() string {
	c, err := actionid.CID([]byte(examples.Prime))
	if err != nil {
		panic(err) // a constant, non-empty action
	}
	return c.String()
}

// signPrime runs the prime action for number with PKP q: the signature, or
// nil when the action declined (not a prime).
func signPrime(ctx context.Context, c *client.Client, q *client.PKP, number string) (*client.Signature, error) {
	params, _ := json.Marshal(map[string]string{"number": number, "publicKey": q.PubKey, "sigName": "mgb"})
	r, err := c.Execute(ctx, client.ExecuteParams{Code: examples.Prime, JSParams: params}, nil)
	if err != nil {
		return nil, fmt.Errorf("demo: prime action for %s: %w", number, err)
	}
	s, ok := r.Signatures["mgb"]
	if !ok {
		return nil, nil
	}
	return &s, nil
}

// verifyEcrecover checks a 65-byte [R||S||V] signature (V 0/1 or 27/28)
// over hash recovers to want, with go-ethereum's Ecrecover.
func verifyEcrecover(hash, sig []byte, want common.Address) error {
	if len(sig) != 65 {
		return fmt.Errorf("signature of %d bytes", len(sig))
	}
	s := append([]byte(nil), sig...)
	if s[64] >= 27 {
		s[64] -= 27
	}
	pub, err := crypto.Ecrecover(hash, s)
	if err != nil {
		return err
	}
	k, err := crypto.UnmarshalPubkey(pub)
	if err != nil {
		return err
	}
	if got := crypto.PubkeyToAddress(*k); got != want {
		return fmt.Errorf("recovers to %s, want %s", got, want)
	}
	return nil
}

func transferTx(ctx context.Context, eth *ethclient.Client, chainID *big.Int, from, to common.Address, value *big.Int) (*types.Transaction, error) {
	nonce, err := eth.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("demo: nonce: %w", err)
	}
	head, err := eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("demo: head: %w", err)
	}
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	return types.NewTx(&types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &to, Value: value,
	}), nil
}

func waitReceipt(ctx context.Context, eth *ethclient.Client, h common.Hash) (*types.Receipt, error) {
	for {
		r, err := eth.TransactionReceipt(ctx, h)
		if err == nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("receipt of %s: %w", h, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func mustRand(n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on Linux
	}
	return b
}
