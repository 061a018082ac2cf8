package auth_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"go.etcd.io/bbolt"

	"github.com/pkpnet/pkpnet/actionid"
	"github.com/pkpnet/pkpnet/auth"
	"github.com/pkpnet/pkpnet/chainwatch"
	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/contracts/bindings"
	"github.com/pkpnet/pkpnet/mpc"
)

// simChain is a simulated chain with the pkpnet contracts, a root key whose
// secret the test knows (so it can sign as any PKP, exactly as the network
// would), and a chainwatch index following it.
type simChain struct {
	t       *testing.T
	ctx     context.Context
	sim     *simulated.Backend
	client  simulated.Client
	owner   *contracts.Sender
	users   []*contracts.Sender
	addr    contracts.Addresses
	rootSK  *ecdsa.PrivateKey
	rootPub []byte
	watcher *chainwatch.Watcher
}

func newSimChain(t *testing.T) *simChain {
	t.Helper()
	var keys []*ecdsa.PrivateKey
	alloc := types.GenesisAlloc{}
	for range 4 {
		k, _ := crypto.GenerateKey()
		keys = append(keys, k)
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	}
	sim := simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = sim.Close() })
	sc := &simChain{t: t, ctx: context.Background(), sim: sim, client: sim.Client()}
	mk := func(k *ecdsa.PrivateKey) *contracts.Sender {
		return &contracts.Sender{Backend: sc.client, Key: k, ChainID: big.NewInt(1337), Commit: func() { sim.Commit() }}
	}
	sc.owner = mk(keys[0])
	for _, k := range keys[1:] {
		sc.users = append(sc.users, mk(k))
	}
	a, err := contracts.Deploy(sc.ctx, sc.owner, nil)
	if err != nil {
		t.Fatal(err)
	}
	sc.addr = a
	// One node (users[0]) votes a root key the test holds.
	for {
		k, _ := crypto.GenerateKey()
		pub := crypto.CompressPubkey(&k.PublicKey)
		if new(big.Int).SetBytes(pub[1:]).Cmp(crypto.S256().Params().N) < 0 {
			sc.rootSK, sc.rootPub = k, pub
			break
		}
	}
	sc.send(sc.owner, a.NodeRegistry, bindings.NewNodeRegistry().PackAddNode(sc.users[0].From(), []byte{1, 0x70}, nil))
	sc.send(sc.users[0], a.PubkeyRouter, bindings.NewPubkeyRouter().PackVoteRootKey(sc.rootPub))

	db, err := bbolt.Open(filepath.Join(t.TempDir(), "node.db"), 0o600, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	w, err := chainwatch.New(chainwatch.Config{
		Client: sc.client, Contracts: a, DB: db, StartBlock: 1, PollInterval: 10 * time.Millisecond,
		MinBackoff: 5 * time.Millisecond, MaxBackoff: 50 * time.Millisecond,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); _ = w.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
	sc.watcher = w
	return sc
}

func (sc *simChain) send(s *contracts.Sender, to common.Address, data []byte) *types.Receipt {
	sc.t.Helper()
	r, err := s.Transact(sc.ctx, to, data, nil)
	if err != nil {
		sc.t.Fatalf("tx: %v", err)
	}
	return r
}

// synced waits until the index has applied the chain head.
func (sc *simChain) synced() uint64 {
	sc.t.Helper()
	head, err := sc.client.BlockNumber(sc.ctx)
	if err != nil {
		sc.t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(sc.ctx, 10*time.Second)
	defer cancel()
	if err := sc.watcher.WaitFor(ctx, head); err != nil {
		sc.t.Fatal(err)
	}
	return head
}

// mintSelfOwned mints a PKP through PKPHelper with a scope-2 (personal
// sign) action permitted and the NFT sent to the PKP's own address, and
// returns its token ID, address and private key (root secret + tweak).
func (sc *simChain) mintSelfOwned(s *contracts.Sender) (*big.Int, common.Address, *ecdsa.PrivateKey) {
	sc.t.Helper()
	action, err := actionid.Multihash("QmSnuWmxptJZdLJpKRarxBMS2Ju2oANVrgbr2xWbie9b2D")
	if err != nil {
		sc.t.Fatal(err)
	}
	r := sc.send(s, sc.addr.PKPHelper, bindings.NewPKPHelper().PackMintNextAndAddPermissions(bindings.PKPHelperMintParams{
		PermittedActions: [][]byte{action}, PermittedActionScopes: [][]*big.Int{{big.NewInt(2)}},
		PermittedAddresses: []common.Address{}, PermittedAddressScopes: [][]*big.Int{},
		PermittedAuthMethods: []bindings.AuthMethod{}, PermittedAuthMethodScopes: [][]*big.Int{},
		PkpEthAddressScopes: []*big.Int{}, SendPkpToItself: true,
	}))
	nft := bindings.NewPKPNFT()
	for _, l := range r.Logs {
		ev, err := nft.UnpackPKPMintedEvent(l)
		if err != nil {
			continue
		}
		delta, err := mpc.Tweak(sc.rootPub, mpc.KeyID(ev.KeyId))
		if err != nil {
			sc.t.Fatal(err)
		}
		d := new(big.Int).Add(new(big.Int).SetBytes(crypto.FromECDSA(sc.rootSK)), new(big.Int).SetBytes(delta[:]))
		d.Mod(d, crypto.S256().Params().N)
		sk, err := crypto.ToECDSA(d.FillBytes(make([]byte, 32)))
		if err != nil {
			sc.t.Fatal(err)
		}
		if crypto.PubkeyToAddress(sk.PublicKey) != ev.PkpAddress {
			sc.t.Fatalf("derived key is not the PKP's: %s vs %s", crypto.PubkeyToAddress(sk.PublicKey), ev.PkpAddress)
		}
		return ev.TokenId, ev.PkpAddress, sk
	}
	sc.t.Fatal("no PKPMinted event")
	return nil, common.Address{}, nil
}

func (sc *simChain) verifier(now time.Time) *auth.Verifier {
	return &auth.Verifier{
		Network: testNet, ChainID: 1337, PeerID: peerA, PKPs: sc.watcher.Index(), Chain: sc.client,
		ConfirmedBlock: func() uint64 { return sc.watcher.Status().Checkpoint }, Now: func() time.Time { return now },
	}
}

// personalSign is what a scope-2 action produces for text
// (ethPersonalSignMessageEcdsa): an EIP-191 signature, v 27/28.
func personalSign(t *testing.T, key *ecdsa.PrivateKey, text string) string {
	t.Helper()
	sig, err := crypto.Sign(accounts.TextHash([]byte(text)), key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return hexutil.Encode(sig)
}

// sessionAs builds a session authorisation naming addr, signed with
// signer (a PKP key, a contract wallet's owner, ...).
func sessionAs(t *testing.T, addr common.Address, signer *ecdsa.PrivateKey, now time.Time) *auth.Session {
	t.Helper()
	m, key, err := auth.SessionMessage(addr, auth.SessionParams{Network: testNet, ChainID: 1337, Now: now.Add(-time.Minute), Lifetime: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	text := m.String()
	s, err := auth.SessionFromAuthSig(auth.AuthSig{Sig: personalSign(t, signer, text), DerivedVia: auth.DerivedVia, SignedMessage: text, Address: addr.Hex()}, key, testNet)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestScope2EscalationRefused is issue 9's escalation at the verification
// layer, on a simulated chain with a real chainwatch index: a PKP that owns
// itself (minted with sendPkpToItself) and a scope-2 action. What the
// action can produce, the PKP's personal_sign of a SIWE naming the PKP's
// address, is refused as a session authorisation; so is a contract wallet
// whose owner is that PKP. (The signature is made with the PKP's key,
// derived from the test's root secret, which is byte-for-byte what the
// network's threshold signature of that hash would be.)
func TestScope2EscalationRefused(t *testing.T) {
	sc := newSimChain(t)
	tok, pkpAddr, pkpKey := sc.mintSelfOwned(sc.users[1])
	wallet, err := contracts.DeployTestWallet(sc.ctx, sc.users[2], pkpAddr)
	if err != nil {
		t.Fatal(err)
	}
	sc.synced()
	if got, ok := sc.watcher.Index().TokenIDOfAddress(pkpAddr); !ok || got.Cmp(tok) != 0 {
		t.Fatalf("index does not know PKP %s", tok)
	}
	if p, _ := sc.watcher.Index().PKP(tok); p.Owner != pkpAddr {
		t.Fatalf("PKP owner %s, want itself %s", p.Owner, pkpAddr)
	}
	now := time.Now()
	body := pkpSignBody("req-escalate-1", "0x"+hexutil.Encode(crypto.Keccak256([]byte("transferFrom")))[2:])
	for _, c := range []struct {
		name string
		s    *auth.Session
	}{
		{"PKP personal-signs a SIWE naming itself", sessionAs(t, pkpAddr, pkpKey, now)},
		{"contract wallet owned by the PKP", sessionAs(t, wallet, pkpKey, now)},
	} {
		t.Run(c.name, func(t *testing.T) {
			ss := signFor(c.s, peerA, testProto, body, now, time.Minute)
			_, err := sc.verifier(now).Verify(context.Background(), &ss, testProto, body.RequestID, body.Hash())
			if !errors.Is(err, auth.ErrPKPSigner) {
				t.Fatalf("got %v, want ErrPKPSigner", err)
			}
		})
	}
	// The same flow with an ordinary key is accepted: the refusal is about
	// the signer being a PKP.
	eoa, _ := crypto.GenerateKey()
	ss := signFor(sessionAs(t, crypto.PubkeyToAddress(eoa.PublicKey), eoa, now), peerA, testProto, body, now, time.Minute)
	if _, err := sc.verifier(now).Verify(context.Background(), &ss, testProto, body.RequestID, body.Hash()); err != nil {
		t.Fatalf("EOA session: %v", err)
	}
}

// blockingChain is a chain that never answers isValidSignature.
type blockingChain struct{ auth.ChainReader }

func (b blockingChain) CallContract(ctx context.Context, _ ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

// TestContractWallet: a session authorised by an EIP-1271 wallet (the
// TestWallet contract on a simulated chain) is accepted when its owner
// signed, at the confirmed block; refused when another key signed, when the
// wallet does not exist yet at the confirmed block, and (as unavailable,
// not as a bad signature) when the call does not answer in time.
func TestContractWallet(t *testing.T) {
	sc := newSimChain(t)
	owner, _ := crypto.GenerateKey()
	before := sc.synced()
	wallet, err := contracts.DeployTestWallet(sc.ctx, sc.users[2], crypto.PubkeyToAddress(owner.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	sc.synced()
	now := time.Now()
	body := pkpSignBody("req-wallet-01", "0x"+hexutil.Encode(crypto.Keccak256([]byte("x")))[2:])
	good := signFor(sessionAs(t, wallet, owner, now), peerA, testProto, body, now, time.Minute)

	g, err := sc.verifier(now).Verify(context.Background(), &good, testProto, body.RequestID, body.Hash())
	if err != nil {
		t.Fatalf("owner-signed wallet session: %v", err)
	}
	if g.Address != wallet || !g.ContractWallet {
		t.Fatalf("grant %s contract=%v", g.Address.Hex(), g.ContractWallet)
	}

	stranger, _ := crypto.GenerateKey()
	bad := signFor(sessionAs(t, wallet, stranger, now), peerA, testProto, body, now, time.Minute)
	if _, err := sc.verifier(now).Verify(context.Background(), &bad, testProto, body.RequestID, body.Hash()); !errors.Is(err, auth.ErrBadSignature) {
		t.Fatalf("stranger-signed wallet session: %v", err)
	}

	early := sc.verifier(now)
	early.ConfirmedBlock = func() uint64 { return before }
	if _, err := early.Verify(context.Background(), &good, testProto, body.RequestID, body.Hash()); !errors.Is(err, auth.ErrBadSignature) {
		t.Fatalf("wallet not deployed at the confirmed block: %v", err)
	}

	slow := sc.verifier(now)
	slow.Chain = blockingChain{sc.client}
	slow.CallTimeout = 50 * time.Millisecond
	if _, err := slow.Verify(context.Background(), &good, testProto, body.RequestID, body.Hash()); !errors.Is(err, auth.ErrChain) {
		t.Fatalf("unanswered isValidSignature: %v", err)
	}
}

// countingChain counts code lookups.
type countingChain struct {
	auth.ChainReader
	codeAt int
}

func (c *countingChain) CodeAt(ctx context.Context, a common.Address, b *big.Int) ([]byte, error) {
	c.codeAt++
	return c.ChainReader.CodeAt(ctx, a, b)
}

// TestWalletCheckCachedPerBlock: the requests of one session cost one code
// lookup per confirmed block, not one per request; a new confirmed block
// checks again.
func TestWalletCheckCachedPerBlock(t *testing.T) {
	sc := newSimChain(t)
	head := sc.synced()
	now := time.Now()
	eoa, _ := crypto.GenerateKey()
	s := sessionAs(t, crypto.PubkeyToAddress(eoa.PublicKey), eoa, now)
	cc := &countingChain{ChainReader: sc.client}
	block := head
	v := sc.verifier(now)
	v.Chain, v.ConfirmedBlock = cc, func() uint64 { return block }
	for i := range 3 {
		body := pkpSignBody("req-cache-0"+itoa(i), "0x00")
		ss := signFor(s, peerA, testProto, body, now, time.Minute)
		if _, err := v.Verify(context.Background(), &ss, testProto, body.RequestID, body.Hash()); err != nil {
			t.Fatal(err)
		}
	}
	if cc.codeAt != 1 {
		t.Fatalf("%d code lookups for 3 requests at one block, want 1", cc.codeAt)
	}
	block = head - 1
	body := pkpSignBody("req-cache-10", "0x00")
	ss := signFor(s, peerA, testProto, body, now, time.Minute)
	if _, err := v.Verify(context.Background(), &ss, testProto, body.RequestID, body.Hash()); err != nil {
		t.Fatal(err)
	}
	if cc.codeAt != 2 {
		t.Fatalf("%d code lookups after the block changed, want 2", cc.codeAt)
	}
}
