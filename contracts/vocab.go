package contracts

import (
	"encoding/hex"
	"errors"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/pkpnet/pkpnet/contracts/bindings"
)

// Auth method types with a fixed meaning (PKPTypes.sol).
const (
	AuthAddress uint64 = 1 // id = the 20 address bytes
	AuthAction  uint64 = 2 // id = IPFS CID multihash bytes
)

// Scope is a permission scope (PKPTypes.sol). A permission's scopes are a bit
// mask: bit s set means scope s is granted.
type Scope uint8

const (
	ScopeAuthOnly     Scope = 0 // may authenticate, not sign
	ScopeSignAnything Scope = 1 // may sign anything
	ScopePersonalSign Scope = 2 // may sign EIP-191 personal messages
	MaxScope          Scope = 2 // the highest scope the contracts define
)

// The contracts' ABIs, from the generated bindings: pack calls, unpack
// results and events with these.
var (
	RegistryABI = bindings.NewNodeRegistry()
	RouterABI   = bindings.NewPubkeyRouter()
	NFTABI      = bindings.NewPKPNFT()
	PermsABI    = bindings.NewPKPPermissions()
	HelperABI   = bindings.NewPKPHelper()
	allABIs     = []abi.ABI{RegistryABI.GetABI(), RouterABI.GetABI(), NFTABI.GetABI(), PermsABI.GetABI(), HelperABI.GetABI()}
)

// ABIs returns the ABIs of all the contracts.
func ABIs() []abi.ABI { return slices.Clone(allABIs) }

// RevertData returns the revert data an RPC error carries (selector and
// arguments), or nil if it carries none.
func RevertData(err error) []byte {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil
	}
	data, derr := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if derr != nil {
		return nil
	}
	return data
}

// ErrorName returns the name of the contracts' custom error whose selector
// starts data, or "".
func ErrorName(data []byte) string {
	if len(data) < 4 {
		return ""
	}
	for _, a := range allABIs {
		for name, ae := range a.Errors {
			if string(ae.ID[:4]) == string(data[:4]) {
				return name
			}
		}
	}
	return ""
}

// RevertName returns the custom error name a contract reverted with, or "".
func RevertName(err error) string { return ErrorName(RevertData(err)) }
