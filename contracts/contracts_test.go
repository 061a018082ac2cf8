package contracts_test

import (
	"encoding/json"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/contracts"
	"github.com/pkpnet/pkpnet/contracts/bindings"
	"github.com/pkpnet/pkpnet/mpc"
)

func TestNodeRegistry(t *testing.T) {
	e := newEnv(t, 5)
	u := e.users
	epoch := func() int64 {
		return call(e, e.reg, contracts.RegistryABI.PackEpoch(), contracts.RegistryABI.UnpackEpoch).Int64()
	}
	threshold := func() int64 {
		return call(e, e.reg, contracts.RegistryABI.PackThreshold(), contracts.RegistryABI.UnpackThreshold).Int64()
	}

	if epoch() != 0 || threshold() != 0 {
		t.Fatalf("fresh registry: epoch %d threshold %d", epoch(), threshold())
	}
	// threshold = ceil(2n/3) for n = 1..5
	wantT := []int64{1, 2, 2, 3, 4}
	for i := 0; i < 5; i++ {
		r := e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(u[i].From(), []byte{byte(i + 1)}, []string{"/ip4/127.0.0.1/tcp/1"}), nil)
		if threshold() != wantT[i] {
			t.Fatalf("n=%d: threshold %d, want %d", i+1, threshold(), wantT[i])
		}
		if epoch() != int64(i+1) {
			t.Fatalf("n=%d: epoch %d", i+1, epoch())
		}
		ev, err := contracts.RegistryABI.UnpackNodeAddedEvent(r.Logs[0])
		if err != nil || ev.Operator != u[i].From() || ev.Index.Int64() != int64(i+1) || ev.Epoch.Int64() != int64(i+1) {
			t.Fatalf("NodeAdded event %+v, %v", ev, err)
		}
	}
	// access control and validation
	e.mustRevert(u[0], e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(u[4].From(), []byte{9}, nil), nil, "OwnableUnauthorizedAccount")
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(u[0].From(), []byte{9}, nil), nil, "AlreadyRegistered")
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(e.owner.From(), []byte{1}, nil), nil, "PeerIdTaken")
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(e.owner.From(), nil, nil), nil, "BadPeerId")
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(e.owner.From(), make([]byte, 65), nil), nil, "BadPeerId")
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(common.Address{}, []byte{7}, nil), nil, "ZeroOperator")
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(e.owner.From(), []byte{7}, make([]string, 9)), nil, "BadHints")
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackRemoveNode(e.owner.From()), nil, "NotRegistered")
	e.mustRevert(u[0], e.addr.NodeRegistry, contracts.RegistryABI.PackRemoveNode(u[1].From()), nil, "OwnableUnauthorizedAccount")
	e.mustRevert(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackUpdateHints(nil), nil, "NotRegistered")

	// remove the middle node: order of the others is kept, indexes shift, epoch bumps
	e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackRemoveNode(u[2].From()), nil)
	nodes := call(e, e.reg, contracts.RegistryABI.PackGetNodes(), contracts.RegistryABI.UnpackGetNodes)
	want := []common.Address{u[0].From(), u[1].From(), u[3].From(), u[4].From()}
	if len(nodes) != len(want) {
		t.Fatalf("nodes %d", len(nodes))
	}
	for i, n := range nodes {
		if n.Operator != want[i] {
			t.Fatalf("node %d = %s, want %s", i, n.Operator, want[i])
		}
		idx := call(e, e.reg, contracts.RegistryABI.PackIndexOf(want[i]), contracts.RegistryABI.UnpackIndexOf)
		if idx.Int64() != int64(i+1) {
			t.Fatalf("indexOf %d = %d", i, idx)
		}
		at := call(e, e.reg, contracts.RegistryABI.PackNodeAt(big.NewInt(int64(i+1))), contracts.RegistryABI.UnpackNodeAt)
		if at.Operator != want[i] {
			t.Fatalf("nodeAt(%d) = %s", i+1, at.Operator)
		}
	}
	if epoch() != 6 || threshold() != 3 {
		t.Fatalf("after remove: epoch %d threshold %d", epoch(), threshold())
	}
	if call(e, e.reg, contracts.RegistryABI.PackIsNode(u[2].From()), contracts.RegistryABI.UnpackIsNode) {
		t.Fatal("removed node still a node")
	}
	// the removed node's peer ID is free again
	e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(u[2].From(), []byte{3}, nil), nil)
	if idx := call(e, e.reg, contracts.RegistryABI.PackIndexOf(u[2].From()), contracts.RegistryABI.UnpackIndexOf); idx.Int64() != 5 {
		t.Fatalf("re-added node index %d, want 5 (appended)", idx)
	}
	// operators update their own hints without an epoch change
	ep := epoch()
	e.send(u[1], e.addr.NodeRegistry, contracts.RegistryABI.PackUpdateHints([]string{"/ip4/127.0.0.1/tcp/9", "/dns4/x/tcp/9"}), nil)
	n1 := call(e, e.reg, contracts.RegistryABI.PackNodeAt(big.NewInt(2)), contracts.RegistryABI.UnpackNodeAt)
	if len(n1.Hints) != 2 || n1.Hints[1] != "/dns4/x/tcp/9" || epoch() != ep {
		t.Fatalf("hints %v epoch %d", n1.Hints, epoch())
	}
	if c := call(e, e.reg, contracts.RegistryABI.PackNodeCount(), contracts.RegistryABI.UnpackNodeCount); c.Int64() != 5 {
		t.Fatalf("nodeCount %d", c)
	}
}

func TestPubkeyRouterVoting(t *testing.T) {
	e := newEnv(t, 5)
	u := e.users
	for i := 0; i < 4; i++ { // n = 4, T = 3
		e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(u[i].From(), []byte{byte(i + 1)}, nil), nil)
	}
	root := rootKey(t)
	other := rootKey(t)
	hasKey := func() bool {
		return call(e, e.router, contracts.RouterABI.PackHasRootKey(), contracts.RouterABI.UnpackHasRootKey)
	}
	count := func(ep int64, key []byte) int64 {
		return call(e, e.router, contracts.RouterABI.PackVoteCount(big.NewInt(ep), crypto.Keccak256Hash(key)), contracts.RouterABI.UnpackVoteCount).Int64()
	}
	activatedIn := func(r *types.Receipt) int64 {
		for _, l := range r.Logs {
			if ev, err := contracts.RouterABI.UnpackRootKeyActivatedEvent(l); err == nil && string(ev.Pubkey) == string(root) {
				return ev.Epoch.Int64()
			}
		}
		return -1
	}

	e.mustRevert(u[4], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteRootKey(root), nil, "NotANode")
	bad := append([]byte{}, root...)
	bad[0] = 4
	e.mustRevert(u[0], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteRootKey(bad), nil, "BadRootKey")
	e.mustRevert(u[0], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteRootKey(root[:32]), nil, "BadRootKey")
	// mint before any root key fails cleanly
	e.mustRevert(u[0], e.addr.PKPNFT, contracts.NFTABI.PackMintNext(), nil, "NoRootKey")

	e.send(u[0], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteRootKey(root), nil)
	e.mustRevert(u[0], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteRootKey(root), nil, "AlreadyVoted")
	e.send(u[1], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteRootKey(other), nil)
	e.send(u[2], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteRootKey(other), nil)
	if hasKey() || count(4, root) != 1 || count(4, other) != 2 {
		t.Fatalf("split votes: active %v, root %d other %d", hasKey(), count(4, root), count(4, other))
	}
	// a node that voted a wrong key re-votes before activation: its old vote is withdrawn
	e.send(u[1], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteRootKey(root), nil)
	if hasKey() || count(4, root) != 2 || count(4, other) != 1 {
		t.Fatalf("after a re-vote: active %v, root %d other %d", hasKey(), count(4, root), count(4, other))
	}
	// T = 3 of 4 votes activate the key: the silent node u[3] vetoes nothing
	r := e.send(u[2], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteRootKey(root), nil)
	if !hasKey() || activatedIn(r) != 4 {
		t.Fatalf("not active after T of n votes: %v, event epoch %d", hasKey(), activatedIn(r))
	}
	// the late node can only vote the active key, and its vote activates nothing again
	e.mustRevert(u[3], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteRootKey(other), nil, "RootKeyMismatch")
	if r := e.send(u[3], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteRootKey(root), nil); activatedIn(r) != -1 {
		t.Fatal("a second RootKeyActivated event in one epoch")
	}
	// a new epoch (node set change, n = 3, T = 2) needs T votes again
	e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackRemoveNode(u[3].From()), nil)
	e.send(u[0], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteRootKey(root), nil)
	if ep := call(e, e.router, contracts.RouterABI.PackRootKeyEpoch(), contracts.RouterABI.UnpackRootKeyEpoch); ep.Int64() != 4 {
		t.Fatalf("rootKeyEpoch %d after one of two needed votes", ep)
	}
	if r := e.send(u[1], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteRootKey(root), nil); activatedIn(r) != 5 {
		t.Fatal("no RootKeyActivated event for epoch 5")
	}
	got := call(e, e.router, contracts.RouterABI.PackRootKey(), contracts.RouterABI.UnpackRootKey)
	if string(got) != string(root) {
		t.Fatalf("rootKey %x", got)
	}
	if ep := call(e, e.router, contracts.RouterABI.PackRootKeyEpoch(), contracts.RouterABI.UnpackRootKeyEpoch); ep.Int64() != 5 {
		t.Fatalf("rootKeyEpoch %d", ep)
	}
	v := call(e, e.router, contracts.RouterABI.PackVoteOf(big.NewInt(5), u[0].From()), contracts.RouterABI.UnpackVoteOf)
	if v != crypto.Keccak256Hash(root) {
		t.Fatalf("voteOf %x", v)
	}
	// the root key is fixed: a later epoch must vote the same key
	e.send(e.owner, e.addr.NodeRegistry, contracts.RegistryABI.PackAddNode(u[3].From(), []byte{4}, nil), nil)
	e.mustRevert(u[0], e.addr.PubkeyRouter, contracts.RouterABI.PackVoteRootKey(other), nil, "RootKeyMismatch")
	// setPKPNFT is once only and owner only
	e.mustRevert(e.owner, e.addr.PubkeyRouter, contracts.RouterABI.PackSetPKPNFT(e.addr.PKPNFT), nil, "PKPNFTAlreadySet")
	e.mustRevert(u[0], e.addr.PubkeyRouter, contracts.RouterABI.PackSetPKPNFT(e.addr.PKPNFT), nil, "OwnableUnauthorizedAccount")
	if a := call(e, e.router, contracts.RouterABI.PackPkpNFT(), contracts.RouterABI.UnpackPkpNFT); a != e.addr.PKPNFT {
		t.Fatalf("pkpNFT %s", a)
	}
	if a := call(e, e.router, contracts.RouterABI.PackRegistry(), contracts.RouterABI.UnpackRegistry); a != e.addr.NodeRegistry {
		t.Fatalf("registry %s", a)
	}
}

func TestIsValidRootKey(t *testing.T) {
	e := newEnv(t, 0)
	q := crypto.S256().Params().N
	p := crypto.S256().Params().P
	valid := rootKey(t)
	notOnCurve := func() []byte {
		// x = 5: 5^3+7 = 132 is not a square mod p (checked by the Go library below)
		b := make([]byte, 33)
		b[0], b[32] = 2, 5
		return b
	}()
	if _, err := crypto.DecompressPubkey(notOnCurve); err == nil {
		t.Fatal("test vector x=5 unexpectedly on the curve")
	}
	xAboveQ := make([]byte, 33)
	xAboveQ[0] = 2
	new(big.Int).Add(q, big.NewInt(1)).FillBytes(xAboveQ[1:])
	xAboveP := make([]byte, 33)
	xAboveP[0] = 2
	p.FillBytes(xAboveP[1:])
	cases := []struct {
		name string
		key  []byte
		want bool
	}{
		{"valid", valid, true},
		{"empty", nil, false},
		{"uncompressed", crypto.FromECDSAPub(&newKey(t).PublicKey), false},
		{"bad prefix", append([]byte{5}, valid[1:]...), false},
		{"not on curve", notOnCurve, false},
		{"x >= q", xAboveQ, false},
		{"x = p", xAboveP, false},
		{"zero x", append([]byte{2}, make([]byte, 32)...), false},
	}
	for _, c := range cases {
		got := call(e, e.router, contracts.RouterABI.PackIsValidRootKey(c.key), contracts.RouterABI.UnpackIsValidRootKey)
		if got != c.want {
			t.Errorf("%s: isValidRootKey = %v, want %v", c.name, got, c.want)
		}
	}
	// and 20 random valid keys of both parities
	for i := 0; i < 20; i++ {
		k := rootKey(t)
		if !call(e, e.router, contracts.RouterABI.PackIsValidRootKey(k), contracts.RouterABI.UnpackIsValidRootKey) {
			t.Fatalf("random key %x rejected", k)
		}
	}
}

type vector struct {
	RootPub hexutil.Bytes  `json:"rootPub"`
	KeyID   hexutil.Bytes  `json:"keyId"`
	Tweak   hexutil.Bytes  `json:"tweak"`
	Address common.Address `json:"address"`
}

// TestPKPAddressMatchesGo pins the on-chain derivation to mpc's: the shared vectors and
// 100 random key IDs, through deriveAddress, tweak and pkpAddress(tokenId) of minted PKPs.
func TestPKPAddressMatchesGo(t *testing.T) {
	raw, err := os.ReadFile("../mpc/testdata/derive_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var vs []vector
	if err := json.Unmarshal(raw, &vs); err != nil {
		t.Fatal(err)
	}
	if len(vs) == 0 {
		t.Fatal("no vectors")
	}
	e := newEnv(t, 1)
	for i, v := range vs {
		if i > 0 {
			e.redeploy() // the root key is fixed per deployment
		}
		e.setupNodes(1, v.RootPub)
		var kid [32]byte
		copy(kid[:], v.KeyID)
		tw := call(e, e.router, contracts.RouterABI.PackTweak(kid), contracts.RouterABI.UnpackTweak)
		if common.BigToHash(tw) != common.BytesToHash(v.Tweak) {
			t.Fatalf("vector %d: tweak %x, want %x", i, tw, []byte(v.Tweak))
		}
		got := call(e, e.router, contracts.RouterABI.PackDeriveAddress(kid), contracts.RouterABI.UnpackDeriveAddress)
		if got != v.Address {
			t.Fatalf("vector %d: deriveAddress %s, want %s", i, got, v.Address)
		}
	}
	// 100 random key IDs under the last root key, checked against mpc.DeriveAddress
	root := vs[len(vs)-1].RootPub
	for i := 0; i < 100; i++ {
		var kid [32]byte
		copy(kid[:], crypto.Keccak256([]byte{byte(i), 7}, crypto.FromECDSA(newKey(t))))
		want, err := mpc.DeriveAddress(root, mpc.KeyID(kid))
		if err != nil {
			t.Fatal(err)
		}
		got := call(e, e.router, contracts.RouterABI.PackDeriveAddress(kid), contracts.RouterABI.UnpackDeriveAddress)
		if got != want {
			t.Fatalf("keyId %x: chain %s, Go %s", kid, got, want)
		}
	}
	// minted PKPs: keyIdOf and pkpAddress(tokenId) agree with Go and with the event
	for i := 0; i < 3; i++ {
		r := e.send(e.users[0], e.addr.PKPNFT, contracts.NFTABI.PackMintNext(), nil)
		ev := e.minted(r)
		kid := call(e, e.router, contracts.RouterABI.PackKeyIdOf(ev.TokenId), contracts.RouterABI.UnpackKeyIdOf)
		if kid != ev.KeyId {
			t.Fatalf("keyIdOf %x, event %x", kid, ev.KeyId)
		}
		want, _ := mpc.DeriveAddress(root, mpc.KeyID(kid))
		got := call(e, e.router, contracts.RouterABI.PackPkpAddress(ev.TokenId), contracts.RouterABI.UnpackPkpAddress)
		if got != want || ev.PkpAddress != want {
			t.Fatalf("token %s: pkpAddress %s, event %s, Go %s", ev.TokenId, got, ev.PkpAddress, want)
		}
	}
}

func TestPKPNFT(t *testing.T) {
	e := newEnv(t, 2)
	alice, bob := e.users[0], e.users[1]
	root := rootKey(t)
	e.setupNodes(1, root)

	cost := big.NewInt(1000)
	e.mustRevert(alice, e.addr.PKPNFT, contracts.NFTABI.PackSetMintCost(cost), nil, "OwnableUnauthorizedAccount")
	e.send(e.owner, e.addr.PKPNFT, contracts.NFTABI.PackSetMintCost(cost), nil)
	if c := call(e, e.nft, contracts.NFTABI.PackMintCost(), contracts.NFTABI.UnpackMintCost); c.Cmp(cost) != 0 {
		t.Fatalf("mintCost %s", c)
	}
	e.mustRevert(alice, e.addr.PKPNFT, contracts.NFTABI.PackMintNext(), nil, "WrongMintCost")
	e.mustRevert(alice, e.addr.PKPNFT, contracts.NFTABI.PackMintNext(), big.NewInt(999), "WrongMintCost")
	e.mustRevert(alice, e.addr.PKPNFT, contracts.NFTABI.PackMintNext(), big.NewInt(1001), "WrongMintCost")

	r := e.send(alice, e.addr.PKPNFT, contracts.NFTABI.PackMintNext(), cost)
	ev := e.minted(r)
	if ev.TokenId.Int64() != 1 {
		t.Fatalf("first token id %s", ev.TokenId)
	}
	// keyId = keccak256(abi.encode(chainid, nft, tokenId))
	wantKid := crypto.Keccak256Hash(common.BigToHash(e.chainID).Bytes(), common.LeftPadBytes(e.addr.PKPNFT.Bytes(), 32), common.BigToHash(ev.TokenId).Bytes())
	if ev.KeyId != wantKid {
		t.Fatalf("keyId %x, want %x", ev.KeyId, wantKid)
	}
	kid := call(e, e.nft, contracts.NFTABI.PackKeyIdOf(ev.TokenId), contracts.NFTABI.UnpackKeyIdOf)
	addr := call(e, e.nft, contracts.NFTABI.PackPkpAddressOf(ev.TokenId), contracts.NFTABI.UnpackPkpAddressOf)
	back := call(e, e.nft, contracts.NFTABI.PackTokenIdOfAddress(addr), contracts.NFTABI.UnpackTokenIdOfAddress)
	if kid != wantKid || addr != ev.PkpAddress || back.Cmp(ev.TokenId) != 0 {
		t.Fatalf("views: keyId %x addr %s back %s", kid, addr, back)
	}
	if o := call(e, e.nft, contracts.NFTABI.PackOwnerOf(ev.TokenId), contracts.NFTABI.UnpackOwnerOf); o != alice.From() {
		t.Fatalf("owner %s", o)
	}
	for _, bad := range []int64{0, 2} {
		_, err := callNFT(e, contracts.NFTABI.PackKeyIdOf(big.NewInt(bad)))
		if revertName(err) != "UnknownToken" {
			t.Fatalf("keyIdOf(%d): %v", bad, err)
		}
	}
	id2 := func() *big.Int {
		r := e.send(bob, e.addr.PKPNFT, contracts.NFTABI.PackMintNext(), cost)
		return e.minted(r).TokenId
	}()
	if id2.Int64() != 2 {
		t.Fatalf("second token id %s", id2)
	}
	if n := call(e, e.nft, contracts.NFTABI.PackTotalMinted(), contracts.NFTABI.UnpackTotalMinted); n.Int64() != 2 {
		t.Fatalf("totalMinted %s", n)
	}

	// burn: only the owner, not even an approved operator
	e.mustRevert(alice, e.addr.PKPNFT, contracts.NFTABI.PackBurn(id2), nil, "NotTokenOwner")
	e.send(bob, e.addr.PKPNFT, contracts.NFTABI.PackSetApprovalForAll(alice.From(), true), nil)
	e.mustRevert(alice, e.addr.PKPNFT, contracts.NFTABI.PackBurn(id2), nil, "NotTokenOwner")
	e.mustRevert(alice, e.addr.PKPNFT, contracts.NFTABI.PackBurn(big.NewInt(77)), nil, "ERC721NonexistentToken")
	e.send(bob, e.addr.PKPNFT, contracts.NFTABI.PackBurn(id2), nil)
	if !call(e, e.nft, contracts.NFTABI.PackIsBurned(id2), contracts.NFTABI.UnpackIsBurned) || call(e, e.nft, contracts.NFTABI.PackExists(id2), contracts.NFTABI.UnpackExists) {
		t.Fatal("burned token not burned")
	}
	if call(e, e.nft, contracts.NFTABI.PackIsBurned(ev.TokenId), contracts.NFTABI.UnpackIsBurned) || call(e, e.nft, contracts.NFTABI.PackIsBurned(big.NewInt(3)), contracts.NFTABI.UnpackIsBurned) {
		t.Fatal("live or unminted token reported burned")
	}
	// keyId and address survive the burn
	if k := call(e, e.nft, contracts.NFTABI.PackKeyIdOf(id2), contracts.NFTABI.UnpackKeyIdOf); k == ([32]byte{}) {
		t.Fatal("keyId lost on burn")
	}

	// withdraw: owner only, sends the fees to the owner
	e.mustRevert(alice, e.addr.PKPNFT, contracts.NFTABI.PackWithdraw(), nil, "OwnableUnauthorizedAccount")
	before, _ := e.client.BalanceAt(e.ctx, e.owner.From(), nil)
	wr := e.send(e.owner, e.addr.PKPNFT, contracts.NFTABI.PackWithdraw(), nil)
	after, _ := e.client.BalanceAt(e.ctx, e.owner.From(), nil)
	fee := new(big.Int).Mul(new(big.Int).SetUint64(wr.GasUsed), wr.EffectiveGasPrice)
	gain := new(big.Int).Sub(after, before)
	gain.Add(gain, fee)
	if gain.Cmp(big.NewInt(2000)) != 0 {
		t.Fatalf("withdraw moved %s wei, want 2000", gain)
	}
	if bal, _ := e.client.BalanceAt(e.ctx, e.addr.PKPNFT, nil); bal.Sign() != 0 {
		t.Fatalf("NFT balance after withdraw %s", bal)
	}
	// setPermissions is once only
	e.mustRevert(e.owner, e.addr.PKPNFT, contracts.NFTABI.PackSetPermissions(e.addr.PKPPermissions), nil, "PermissionsAlreadySet")
}

func callNFT(e *env, data []byte) ([]byte, error) {
	return e.client.CallContract(e.ctx, ethCall(e.addr.PKPNFT, data), nil)
}

var _ = bindings.AuthMethod{}
