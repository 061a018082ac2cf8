// Command verify checks a signature the browser test read from the page
// with go-ethereum: it recovers the signer of hash from the 65-byte
// signature (v 27/28) and compares it with the PKP address. It prints
// "ok <address>" or fails.
package main

import (
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: verify HASH SIGNATURE ADDRESS")
		os.Exit(2)
	}
	if err := verify(os.Args[1], os.Args[2], os.Args[3]); err != nil {
		fmt.Fprintln(os.Stderr, "verify:", err)
		os.Exit(1)
	}
	fmt.Println("ok", common.HexToAddress(os.Args[3]).Hex())
}

func verify(hashHex, sigHex, addrHex string) error {
	hash, err := hexutil.Decode(hashHex)
	if err != nil || len(hash) != 32 {
		return fmt.Errorf("hash: want 32 bytes of 0x-hex")
	}
	sig, err := hexutil.Decode(sigHex)
	if err != nil || len(sig) != 65 {
		return fmt.Errorf("signature: want 65 bytes of 0x-hex")
	}
	if !common.IsHexAddress(addrHex) {
		return fmt.Errorf("address %q", addrHex)
	}
	if sig[64] != 27 && sig[64] != 28 {
		return fmt.Errorf("v = %d, want 27 or 28", sig[64])
	}
	rsv := append([]byte(nil), sig...)
	rsv[64] -= 27
	if !crypto.ValidateSignatureValues(rsv[64], new(big.Int).SetBytes(rsv[:32]), new(big.Int).SetBytes(rsv[32:64]), true) {
		return fmt.Errorf("signature values invalid or not low-S")
	}
	pub, err := crypto.SigToPub(hash, rsv)
	if err != nil {
		return err
	}
	got := crypto.PubkeyToAddress(*pub)
	if !strings.EqualFold(got.Hex(), addrHex) {
		return fmt.Errorf("signature recovers %s, want %s", got.Hex(), addrHex)
	}
	return nil
}
