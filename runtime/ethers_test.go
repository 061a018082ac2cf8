package runtime_test

import (
	"encoding/hex"
	"math/big"
	"strings"
	"testing"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pkpnet/pkpnet/runtime"
)

// TestEthersGlobal checks the ethers v5 global against go-ethereum's own
// answers: hashing, ABI encoding, EIP-191 and unsigned transaction
// serialisation.
func TestEthersGlobal(t *testing.T) {
	sb := newSandbox(t, runtime.Limits{}, func(c *runtime.Config) { c.Workers = 1 })

	u256, _ := abi.NewType("uint256", "", nil)
	addrT, _ := abi.NewType("address", "", nil)
	strT, _ := abi.NewType("string", "", nil)
	packed, err := abi.Arguments{{Type: u256}, {Type: addrT}, {Type: strT}}.Pack(
		big.NewInt(42), common.HexToAddress("0x00000000000000000000000000000000000000aa"), "hi")
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	tx := types.NewTx(&types.LegacyTx{Nonce: 3, GasPrice: big.NewInt(1e9), Gas: 21000, To: &to, Value: big.NewInt(5)})
	signer := types.NewEIP155Signer(big.NewInt(1))
	unsignedHash := signer.Hash(tx)
	key, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	keyAddr := crypto.PubkeyToAddress(key.PublicKey).Hex()
	msgSig, _ := crypto.Sign(accounts.TextHash([]byte("prime 7")), key)
	msgSig[64] += 27
	k1, k2 := "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318", "0000000000000000000000000000000000000000000000000000000000000007"
	p1 := secp256k1.PrivKeyFromBytes(common.FromHex(k1))
	p2 := secp256k1.PrivKeyFromBytes(common.FromHex(k2))
	shared := "0x" + hex.EncodeToString(secp256k1.GenerateSharedSecret(p1, p2.PubKey()))
	var sum secp256k1.ModNScalar
	sum.Add2(&p1.Key, &p2.Key)
	sumPub := "0x" + hex.EncodeToString(secp256k1.NewPrivateKey(&sum).PubKey().SerializeCompressed())
	signedTx, _ := types.SignTx(tx, signer, key)
	rawTx, _ := signedTx.MarshalBinary()

	for _, tc := range []struct {
		name, code, want string
	}{
		{"version", `ethers.version`, "ethers/5.7.2"},
		{"keccak256", `ethers.utils.keccak256(ethers.utils.toUtf8Bytes("hello"))`, crypto.Keccak256Hash([]byte("hello")).Hex()},
		{"abi encode", `ethers.utils.defaultAbiCoder.encode(["uint256","address","string"], [42, "0x00000000000000000000000000000000000000aa", "hi"])`, "0x" + hex.EncodeToString(packed)},
		{"hashMessage", `ethers.utils.hashMessage("prime")`, "0x" + hex.EncodeToString(accounts.TextHash([]byte("prime")))},
		{"checksum", `ethers.utils.getAddress("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")`, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"},
		{"BigNumber", `ethers.BigNumber.from("0xff").mul(2).toString()`, "510"},
		{"serialize tx", `ethers.utils.keccak256(ethers.utils.serializeTransaction({nonce: 3, gasPrice: 1e9, gasLimit: 21000, to: "0x00000000000000000000000000000000000000bb", value: 5, chainId: 1}))`, unsignedHash.Hex()},
		{"computeAddress", `ethers.utils.computeAddress("0x0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")`, "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf"},
		{"namehash (lazy ENS tables)", `ethers.utils.namehash("vitalik.eth")`, "0xee6c4522aab0003e8d14cd40a6af439055fd2577951148c14b6cea9a53475835"},
		{"Wallet.address", `new ethers.Wallet("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318").address`, keyAddr},
		{"signMessage", `await new ethers.Wallet("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318").signMessage("prime 7")`, "0x" + hex.EncodeToString(msgSig)},
		{"verifyMessage", `ethers.utils.verifyMessage("prime 7", "0x` + hex.EncodeToString(msgSig) + `")`, keyAddr},
		{"signTransaction", `await new ethers.Wallet("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318").signTransaction({nonce: 3, gasPrice: 1e9, gasLimit: 21000, to: "0x00000000000000000000000000000000000000bb", value: 5, chainId: 1})`, "0x" + hex.EncodeToString(rawTx)},
		{"recoverAddress", `ethers.utils.recoverAddress(ethers.utils.hashMessage("prime 7"), "0x` + hex.EncodeToString(msgSig) + `")`, keyAddr},
		{"computeSharedSecret", `new ethers.utils.SigningKey("0x` + k1 + `").computeSharedSecret(new ethers.utils.SigningKey("0x` + k2 + `").publicKey)`, shared},
		{"_addPoint", `new ethers.utils.SigningKey("0x` + k1 + `")._addPoint(new ethers.utils.SigningKey("0x` + k2 + `").compressedPublicKey)`, sumPub},
		{"bad public key", `(() => { try { ethers.utils.computeAddress("0x02" + "ff".repeat(32)); return "accepted" } catch (e) { return "refused" } })()`, "refused"},
		{"user global shadows", `var ethers = {version: "mine"}; ethers.version`, "mine"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := run(t, sb, `Lit.Actions.setResponse({response: String(`+tc.code+`)})`, "")
			if strings.HasPrefix(tc.code, "var ") {
				res, err = run(t, sb, tc.code+`; Lit.Actions.setResponse({response: ethers.version})`, "")
			}
			if err != nil {
				t.Fatal(err)
			}
			if res.Response != tc.want {
				t.Fatalf("got %q, want %q", res.Response, tc.want)
			}
			if res.Logs != "" {
				t.Fatalf("ethers logged: %q", res.Logs)
			}
		})
	}
}

// TestEthersSpareVMIsFresh: the second ethers run in a worker runs on the
// preloaded VM; what the first run changed is not there.
func TestEthersSpareVMIsFresh(t *testing.T) {
	sb := newSandbox(t, runtime.Limits{}, func(c *runtime.Config) { c.Workers = 1 })
	code := `const before = String(ethers.utils.marker) + "," + String(globalThis.leak);
ethers.utils.marker = "dirty"; globalThis.leak = 1; Array.prototype.evil = 1;
Lit.Actions.setResponse({response: before + "," + String([].evil === undefined ? "clean" : "dirty-before")})`
	for i := range 4 {
		res, err := run(t, sb, code, "")
		if err != nil {
			t.Fatal(err)
		}
		// Array.prototype.evil was set before reading [].evil in this run,
		// so only the first two fields tell about earlier runs.
		if !strings.HasPrefix(res.Response, "undefined,undefined,") {
			t.Fatalf("run %d saw state of an earlier run: %q", i, res.Response)
		}
	}
}

func TestWebHelpers(t *testing.T) {
	sb := newSandbox(t, runtime.Limits{}, func(c *runtime.Config) { c.Workers = 1 })
	for _, tc := range []struct {
		name, code, want string
	}{
		{"btoa/atob", `atob(btoa("h\u00e9llo")) === "h\u00e9llo" && btoa("hi")`, "aGk="},
		{"TextEncoder", `Array.from(new TextEncoder().encode("é")).join(",")`, "195,169"},
		{"TextDecoder", `new TextDecoder().decode(new Uint8Array([104, 105, 0xff]))`, "hi\uFFFD"},
		{"getRandomValues", `(() => { const a = new Uint8Array(32); crypto.getRandomValues(a); return a.some(x => x !== 0) })()`, "true"},
		{"uint8arrayToString hex", `Lit.Actions.uint8arrayToString(new Uint8Array([1, 171]), "base16")`, "01ab"},
		{"uint8arrayFromString base64", `Array.from(Lit.Actions.uint8arrayFromString("AQI", "base64")).join(",")`, "1,2"},
		{"utf8 round trip", `Lit.Actions.uint8arrayToString(Lit.Actions.uint8arrayFromString("ünï", "utf8"), "utf8")`, "ünï"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := run(t, sb, `Lit.Actions.setResponse({response: String(`+tc.code+`)})`, "")
			if err != nil {
				t.Fatal(err)
			}
			if res.Response != tc.want {
				t.Fatalf("got %q, want %q", res.Response, tc.want)
			}
		})
	}
	for _, tc := range []struct{ name, code, contains string }{
		{"atob garbage", `atob("!!!")`, "not correctly encoded"},
		{"btoa non-latin1", `btoa("€")`, "Latin1"},
		{"getRandomValues too big", `crypto.getRandomValues(new Uint8Array(70000))`, "limit is 65536"},
		{"getRandomValues float", `crypto.getRandomValues(new Float64Array(2))`, "integer typed array"},
		{"bad encoding", `Lit.Actions.uint8arrayToString(new Uint8Array(1), "base58")`, "unsupported encoding"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := run(t, sb, tc.code, "")
			if err == nil || !strings.Contains(err.Error(), tc.contains) {
				t.Fatalf("err = %v, want %q", err, tc.contains)
			}
		})
	}
}
