// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// AuthMethod is an auto generated low-level Go binding around an user-defined struct.
type AuthMethod struct {
	AuthMethodType *big.Int
	Id             []byte
	UserPubkey     []byte
}

// NodeRegistryNode is an auto generated low-level Go binding around an user-defined struct.
type NodeRegistryNode struct {
	Operator common.Address
	PeerId   []byte
	Hints    []string
}

// PKPHelperMintParams is an auto generated low-level Go binding around an user-defined struct.
type PKPHelperMintParams struct {
	PermittedActions                   [][]byte
	PermittedActionScopes              [][]*big.Int
	PermittedAddresses                 []common.Address
	PermittedAddressScopes             [][]*big.Int
	PermittedAuthMethods               []AuthMethod
	PermittedAuthMethodScopes          [][]*big.Int
	AddPkpEthAddressAsPermittedAddress bool
	PkpEthAddressScopes                []*big.Int
	SendPkpToItself                    bool
}

// NodeRegistryMetaData contains all meta data concerning the NodeRegistry contract.
var NodeRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadHints\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPeerId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PeerIdTaken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyNodes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroOperator\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"hints\",\"type\":\"string[]\"}],\"name\":\"NodeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"hints\",\"type\":\"string[]\"}],\"name\":\"NodeHintsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"NodeRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_HINTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_HINT_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_NODES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PEER_ID_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string[]\",\"name\":\"hints\",\"type\":\"string[]\"}],\"name\":\"addNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNodes\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string[]\",\"name\":\"hints\",\"type\":\"string[]\"}],\"internalType\":\"structNodeRegistry.Node[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"indexOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isNode\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"nodeAt\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string[]\",\"name\":\"hints\",\"type\":\"string[]\"}],\"internalType\":\"structNodeRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nodeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"removeNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"threshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"hints\",\"type\":\"string[]\"}],\"name\":\"updateHints\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "7bd3d81a90c562d62f712a827a90447b2f",
	Bin: "0x6080604052348015600e575f5ffd5b50604051611712380380611712833981016040819052602b9160b4565b806001600160a01b038116605857604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b605f816065565b505060df565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f6020828403121560c3575f5ffd5b81516001600160a01b038116811460d8575f5ffd5b9392505050565b611626806100ec5f395ff3fe608060405234801561000f575f5ffd5b5060043610610106575f3560e01c8063900cf0cf1161009e578063cf3e272b1161006e578063cf3e272b146101a9578063e29581aa146101e8578063f2fde38b146101fd578063f927727c14610210578063fd6aad2514610230575f5ffd5b8063900cf0cf146101b1578063a7493388146101b9578063b2b99ec9146101cc578063c1413437146101df575f5ffd5b80636da49b83116100d95780636da49b831461017f578063715018a6146101875780638da5cb5b1461018f5780638f16e1cd146101a9575f5ffd5b8063017501521461010a57806317092c941461014c5780631711e2de1461016257806342cde4e814610177575b5f5ffd5b610137610118366004610f79565b6001600160a01b039081165f9081526001602052604090205416151590565b60405190151581526020015b60405180910390f35b610154600881565b604051908152602001610143565b610175610170366004610fe1565b610243565b005b610154610523565b600654610154565b61017561054f565b5f546040516001600160a01b039091168152602001610143565b610154604081565b600854610154565b6101756101c7366004611090565b610562565b6101756101da366004610f79565b610654565b61015461010081565b6101f0610875565b604051610143919061118c565b61017561020b366004610f79565b610aea565b61022361021e3660046111ef565b610b27565b6040516101439190611206565b61015461023e366004610f79565b610d5a565b61024b610de1565b6001600160a01b038516610272576040516389961e9160e01b815260040160405180910390fd5b6001600160a01b038581165f9081526001602052604090205416156102ba576040516345ed80e960e01b81526001600160a01b03861660048201526024015b60405180910390fd5b6040600654106102dd57604051631426790760e31b815260040160405180910390fd5b8215806102ea5750604083115b15610308576040516311795d9b60e01b815260040160405180910390fd5b5f8484604051610319929190611218565b60408051918290039091205f8181526007602052919091205490915060ff161561035657604051630f43e14d60e41b815260040160405180910390fd5b6103608383610e0d565b5f818152600760209081526040808320805460ff191660019081179091556001600160a01b038a1680855292819052922080546001600160a01b03191690911781559081016103b08688836112c9565b505f5b8381101561040b57816002018585838181106103d1576103d1611384565b90506020028101906103e39190611398565b82546001810184555f93845260209093209092019161040291836112c9565b506001016103b3565b506005546001600160a01b031661043c57600480546001600160a01b0319166001600160a01b038916179055610489565b600580546001600160a01b039081165f9081526002602090815260408083208054858e166001600160a01b0319918216811790925595549084526003909252909120805490931691161790555b600580546001600160a01b0319166001600160a01b03891617905560068054905f6104b3836113ef565b909155505060088054905f6104c7836113ef565b9190505550600854876001600160a01b03167f8abafacce92e40165ef8fa92b7496e63138b370add24a3e9973c28bff7a04e15600654898989896040516105129594939291906114c8565b60405180910390a350505050505050565b5f600360065460026105359190611500565b61054090600261151d565b61054a9190611530565b905090565b610557610de1565b6105605f610e8e565b565b335f90815260016020526040902080546001600160a01b031661059a5760405163bfc6c33760e01b81523360048201526024016102b1565b6105a48383610e0d565b6105b1600282015f610edd565b5f5b8281101561060b57816002018484838181106105d1576105d1611384565b90506020028101906105e39190611398565b82546001810184555f93845260209093209092019161060291836112c9565b506001016105b3565b50336001600160a01b03167f489015f509f3163f7d388157213d2bb8be5cb3919045d467c221fd71597ec787848460405161064792919061154f565b60405180910390a2505050565b61065c610de1565b6001600160a01b038082165f90815260016020526040902080549091166106a15760405163bfc6c33760e01b81526001600160a01b03831660048201526024016102b1565b60075f826001016040516106b5919061156a565b604080519182900390912082526020808301939093529081015f908120805460ff191690556001600160a01b038086168252600384528282205460029094529190205491811691168161072257600480546001600160a01b0319166001600160a01b038316179055610750565b6001600160a01b038281165f90815260026020526040902080546001600160a01b0319169183169190911790555b6001600160a01b03811661077e57600580546001600160a01b0319166001600160a01b0384161790556107ac565b6001600160a01b038181165f90815260036020526040902080546001600160a01b0319169184169190911790555b6001600160a01b0384165f90815260036020908152604080832080546001600160a01b03199081169091556002835281842080548216905560019283905290832080549091168155919061080290830182610ef5565b61080f600283015f610edd565b505060068054905f610820836115db565b909155505060088054905f610834836113ef565b90915550506008546040516001600160a01b038616907f0541da585fe0bf51f0c899a46d5b3c620bd36b5c810fb1b957be0de2c6ad5959905f90a350505050565b606060065467ffffffffffffffff81111561089257610892611227565b6040519080825280602002602001820160405280156108ef57816020015b6108dc60405180606001604052805f6001600160a01b0316815260200160608152602001606081525090565b8152602001906001900390816108b05790505b506004549091506001600160a01b03165f5b8251811015610ae5576001600160a01b038083165f908152600160208181526040928390208351606081019094528054909416835290830180549293929184019161094b9061123b565b80601f01602080910402602001604051908101604052809291908181526020018280546109779061123b565b80156109c25780601f10610999576101008083540402835291602001916109c2565b820191905f5260205f20905b8154815290600101906020018083116109a557829003601f168201915b5050505050815260200160028201805480602002602001604051908101604052809291908181526020015f905b82821015610a97578382905f5260205f20018054610a0c9061123b565b80601f0160208091040260200160405190810160405280929190818152602001828054610a389061123b565b8015610a835780601f10610a5a57610100808354040283529160200191610a83565b820191905f5260205f20905b815481529060010190602001808311610a6657829003601f168201915b5050505050815260200190600101906109ef565b5050505081525050838281518110610ab157610ab1611384565b6020908102919091018101919091526001600160a01b039283165f9081526002909152604090205490911690600101610901565b505090565b610af2610de1565b6001600160a01b038116610b1b57604051631e4fbdf760e01b81525f60048201526024016102b1565b610b2481610e8e565b50565b610b5360405180606001604052805f6001600160a01b0316815260200160608152602001606081525090565b811580610b61575060065482115b15610b815760405163bfc6c33760e01b81525f60048201526024016102b1565b6004546001600160a01b031660015b83811015610bbd576001600160a01b039182165f9081526002602052604090205490911690600101610b90565b506001600160a01b038082165f9081526001602081815260409283902083516060810190945280549094168352908301805492939291840191610bff9061123b565b80601f0160208091040260200160405190810160405280929190818152602001828054610c2b9061123b565b8015610c765780601f10610c4d57610100808354040283529160200191610c76565b820191905f5260205f20905b815481529060010190602001808311610c5957829003601f168201915b5050505050815260200160028201805480602002602001604051908101604052809291908181526020015f905b82821015610d4b578382905f5260205f20018054610cc09061123b565b80601f0160208091040260200160405190810160405280929190818152602001828054610cec9061123b565b8015610d375780601f10610d0e57610100808354040283529160200191610d37565b820191905f5260205f20905b815481529060010190602001808311610d1a57829003601f168201915b505050505081526020019060010190610ca3565b50505091525090949350505050565b6001600160a01b038181165f90815260016020526040812054909116610d8157505f919050565b6004546001906001600160a01b03165b836001600160a01b0316816001600160a01b031614610dda5781610db4816113ef565b6001600160a01b039283165f908152600260205260409020549093509091169050610d91565b5092915050565b5f546001600160a01b031633146105605760405163118cdaa760e01b81523360048201526024016102b1565b6008811115610e2f5760405163607839c160e11b815260040160405180910390fd5b5f5b81811015610e8957610100838383818110610e4e57610e4e611384565b9050602002810190610e609190611398565b90501115610e815760405163607839c160e11b815260040160405180910390fd5b600101610e31565b505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5080545f8255905f5260205f20906105609190610f29565b508054610f019061123b565b5f825580601f10610f10575050565b601f0160209004905f5260205f20906105609190610f47565b5f5b80821115610e8957610f3f8184015f610ef5565b600101610f2b565b5f5b80821115610e89575f81840155600101610f49565b80356001600160a01b0381168114610f74575f5ffd5b919050565b5f60208284031215610f89575f5ffd5b610f9282610f5e565b9392505050565b5f5f83601f840112610fa9575f5ffd5b50813567ffffffffffffffff811115610fc0575f5ffd5b6020830191508360208260051b8501011115610fda575f5ffd5b9250929050565b5f5f5f5f5f60608688031215610ff5575f5ffd5b610ffe86610f5e565b9450602086013567ffffffffffffffff811115611019575f5ffd5b8601601f81018813611029575f5ffd5b803567ffffffffffffffff81111561103f575f5ffd5b886020828401011115611050575f5ffd5b60209190910194509250604086013567ffffffffffffffff811115611073575f5ffd5b61107f88828901610f99565b969995985093965092949392505050565b5f5f602083850312156110a1575f5ffd5b823567ffffffffffffffff8111156110b7575f5ffd5b6110c385828601610f99565b90969095509350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60018060a01b0381511682525f60208201516060602085015261112360608501826110cf565b90506040830151848203604086015281815180845260208401915060208160051b8501016020840193505f5b8281101561118057601f1986830301845261116b8286516110cf565b6020958601959490940193915060010161114f565b50979650505050505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b828110156111e357603f198786030184526111ce8583516110fd565b945060209384019391909101906001016111b2565b50929695505050505050565b5f602082840312156111ff575f5ffd5b5035919050565b602081525f610f9260208301846110fd565b818382375f9101908152919050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061124f57607f821691505b60208210810361126d57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610e895782821115610e8957805f5260205f20601f840160051c602085101561129e57505f5b90810190601f840160051c035f5b818110156112c1575f838201556001016112ac565b505050505050565b67ffffffffffffffff8311156112e1576112e1611227565b6112f5836112ef835461123b565b83611273565b5f601f841160018114611326575f851561130f5750838201355b5f19600387901b1c1916600186901b17835561137d565b5f83815260208120601f198716915b828110156113555786850135825560209485019460019092019101611335565b5086821015611371575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e198436030181126113ad575f5ffd5b83018035915067ffffffffffffffff8211156113c7575f5ffd5b602001915036819003821315610fda575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b5f60018201611400576114006113db565b5060010190565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f8383855260208501945060208460051b820101835f601e19863603015b878210156114bb57848403601f19018952823581811261146b575f5ffd5b870160208101903567ffffffffffffffff811115611487575f5ffd5b803603821315611495575f5ffd5b6114a0868284611407565b9550505060208301925060208901985060018201915061144d565b5091979650505050505050565b858152606060208201525f6114e1606083018688611407565b82810360408401526114f481858761142f565b98975050505050505050565b8082028115828204841417611517576115176113db565b92915050565b80820180821115611517576115176113db565b5f8261154a57634e487b7160e01b5f52601260045260245ffd5b500490565b602081525f61156260208301848661142f565b949350505050565b5f5f83546115778161123b565b60018216801561158e57600181146115a3576115d0565b60ff19831686528115158202860193506115d0565b865f5260205f205f5b838110156115c8578154888201526001909101906020016115ac565b505081860193505b509195945050505050565b5f816115e9576115e96113db565b505f19019056fea2646970667358221220b2e85b8c932a46585f628691d55478e645d9fc788ecfb717ddd4c96481b8446564736f6c63430008250033",
}

// NodeRegistry is an auto generated Go binding around an Ethereum contract.
type NodeRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *NodeRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewNodeRegistry creates a new instance of NodeRegistry.
func NewNodeRegistry() *NodeRegistry {
	parsed, err := NodeRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &NodeRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *NodeRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner) returns()
func (nodeRegistry *NodeRegistry) PackConstructor(initialOwner common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("", initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXHINTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17092c94.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_HINTS() view returns(uint256)
func (nodeRegistry *NodeRegistry) PackMAXHINTS() []byte {
	enc, err := nodeRegistry.abi.Pack("MAX_HINTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXHINTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17092c94.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_HINTS() view returns(uint256)
func (nodeRegistry *NodeRegistry) TryPackMAXHINTS() ([]byte, error) {
	return nodeRegistry.abi.Pack("MAX_HINTS")
}

// UnpackMAXHINTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17092c94.
//
// Solidity: function MAX_HINTS() view returns(uint256)
func (nodeRegistry *NodeRegistry) UnpackMAXHINTS(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("MAX_HINTS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXHINTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1413437.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_HINT_BYTES() view returns(uint256)
func (nodeRegistry *NodeRegistry) PackMAXHINTBYTES() []byte {
	enc, err := nodeRegistry.abi.Pack("MAX_HINT_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXHINTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1413437.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_HINT_BYTES() view returns(uint256)
func (nodeRegistry *NodeRegistry) TryPackMAXHINTBYTES() ([]byte, error) {
	return nodeRegistry.abi.Pack("MAX_HINT_BYTES")
}

// UnpackMAXHINTBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1413437.
//
// Solidity: function MAX_HINT_BYTES() view returns(uint256)
func (nodeRegistry *NodeRegistry) UnpackMAXHINTBYTES(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("MAX_HINT_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXNODES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f16e1cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_NODES() view returns(uint256)
func (nodeRegistry *NodeRegistry) PackMAXNODES() []byte {
	enc, err := nodeRegistry.abi.Pack("MAX_NODES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXNODES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f16e1cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_NODES() view returns(uint256)
func (nodeRegistry *NodeRegistry) TryPackMAXNODES() ([]byte, error) {
	return nodeRegistry.abi.Pack("MAX_NODES")
}

// UnpackMAXNODES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f16e1cd.
//
// Solidity: function MAX_NODES() view returns(uint256)
func (nodeRegistry *NodeRegistry) UnpackMAXNODES(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("MAX_NODES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPEERIDBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf3e272b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PEER_ID_BYTES() view returns(uint256)
func (nodeRegistry *NodeRegistry) PackMAXPEERIDBYTES() []byte {
	enc, err := nodeRegistry.abi.Pack("MAX_PEER_ID_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPEERIDBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf3e272b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PEER_ID_BYTES() view returns(uint256)
func (nodeRegistry *NodeRegistry) TryPackMAXPEERIDBYTES() ([]byte, error) {
	return nodeRegistry.abi.Pack("MAX_PEER_ID_BYTES")
}

// UnpackMAXPEERIDBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf3e272b.
//
// Solidity: function MAX_PEER_ID_BYTES() view returns(uint256)
func (nodeRegistry *NodeRegistry) UnpackMAXPEERIDBYTES(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("MAX_PEER_ID_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAddNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1711e2de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addNode(address operator, bytes peerId, string[] hints) returns()
func (nodeRegistry *NodeRegistry) PackAddNode(operator common.Address, peerId []byte, hints []string) []byte {
	enc, err := nodeRegistry.abi.Pack("addNode", operator, peerId, hints)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1711e2de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addNode(address operator, bytes peerId, string[] hints) returns()
func (nodeRegistry *NodeRegistry) TryPackAddNode(operator common.Address, peerId []byte, hints []string) ([]byte, error) {
	return nodeRegistry.abi.Pack("addNode", operator, peerId, hints)
}

// PackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epoch() view returns(uint256)
func (nodeRegistry *NodeRegistry) PackEpoch() []byte {
	enc, err := nodeRegistry.abi.Pack("epoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x900cf0cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epoch() view returns(uint256)
func (nodeRegistry *NodeRegistry) TryPackEpoch() ([]byte, error) {
	return nodeRegistry.abi.Pack("epoch")
}

// UnpackEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x900cf0cf.
//
// Solidity: function epoch() view returns(uint256)
func (nodeRegistry *NodeRegistry) UnpackEpoch(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("epoch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe29581aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getNodes() view returns((address,bytes,string[])[] out)
func (nodeRegistry *NodeRegistry) PackGetNodes() []byte {
	enc, err := nodeRegistry.abi.Pack("getNodes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe29581aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getNodes() view returns((address,bytes,string[])[] out)
func (nodeRegistry *NodeRegistry) TryPackGetNodes() ([]byte, error) {
	return nodeRegistry.abi.Pack("getNodes")
}

// UnpackGetNodes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe29581aa.
//
// Solidity: function getNodes() view returns((address,bytes,string[])[] out)
func (nodeRegistry *NodeRegistry) UnpackGetNodes(data []byte) ([]NodeRegistryNode, error) {
	out, err := nodeRegistry.abi.Unpack("getNodes", data)
	if err != nil {
		return *new([]NodeRegistryNode), err
	}
	out0 := *abi.ConvertType(out[0], new([]NodeRegistryNode)).(*[]NodeRegistryNode)
	return out0, nil
}

// PackIndexOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd6aad25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function indexOf(address operator) view returns(uint256)
func (nodeRegistry *NodeRegistry) PackIndexOf(operator common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("indexOf", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIndexOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd6aad25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function indexOf(address operator) view returns(uint256)
func (nodeRegistry *NodeRegistry) TryPackIndexOf(operator common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("indexOf", operator)
}

// UnpackIndexOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd6aad25.
//
// Solidity: function indexOf(address operator) view returns(uint256)
func (nodeRegistry *NodeRegistry) UnpackIndexOf(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("indexOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01750152.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isNode(address operator) view returns(bool)
func (nodeRegistry *NodeRegistry) PackIsNode(operator common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("isNode", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01750152.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isNode(address operator) view returns(bool)
func (nodeRegistry *NodeRegistry) TryPackIsNode(operator common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("isNode", operator)
}

// UnpackIsNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01750152.
//
// Solidity: function isNode(address operator) view returns(bool)
func (nodeRegistry *NodeRegistry) UnpackIsNode(data []byte) (bool, error) {
	out, err := nodeRegistry.abi.Unpack("isNode", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackNodeAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf927727c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeAt(uint256 index) view returns((address,bytes,string[]))
func (nodeRegistry *NodeRegistry) PackNodeAt(index *big.Int) []byte {
	enc, err := nodeRegistry.abi.Pack("nodeAt", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf927727c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeAt(uint256 index) view returns((address,bytes,string[]))
func (nodeRegistry *NodeRegistry) TryPackNodeAt(index *big.Int) ([]byte, error) {
	return nodeRegistry.abi.Pack("nodeAt", index)
}

// UnpackNodeAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf927727c.
//
// Solidity: function nodeAt(uint256 index) view returns((address,bytes,string[]))
func (nodeRegistry *NodeRegistry) UnpackNodeAt(data []byte) (NodeRegistryNode, error) {
	out, err := nodeRegistry.abi.Unpack("nodeAt", data)
	if err != nil {
		return *new(NodeRegistryNode), err
	}
	out0 := *abi.ConvertType(out[0], new(NodeRegistryNode)).(*NodeRegistryNode)
	return out0, nil
}

// PackNodeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da49b83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeCount() view returns(uint256)
func (nodeRegistry *NodeRegistry) PackNodeCount() []byte {
	enc, err := nodeRegistry.abi.Pack("nodeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da49b83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeCount() view returns(uint256)
func (nodeRegistry *NodeRegistry) TryPackNodeCount() ([]byte, error) {
	return nodeRegistry.abi.Pack("nodeCount")
}

// UnpackNodeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6da49b83.
//
// Solidity: function nodeCount() view returns(uint256)
func (nodeRegistry *NodeRegistry) UnpackNodeCount(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("nodeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (nodeRegistry *NodeRegistry) PackOwner() []byte {
	enc, err := nodeRegistry.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (nodeRegistry *NodeRegistry) TryPackOwner() ([]byte, error) {
	return nodeRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (nodeRegistry *NodeRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := nodeRegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRemoveNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2b99ec9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeNode(address operator) returns()
func (nodeRegistry *NodeRegistry) PackRemoveNode(operator common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("removeNode", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2b99ec9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeNode(address operator) returns()
func (nodeRegistry *NodeRegistry) TryPackRemoveNode(operator common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("removeNode", operator)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (nodeRegistry *NodeRegistry) PackRenounceOwnership() []byte {
	enc, err := nodeRegistry.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (nodeRegistry *NodeRegistry) TryPackRenounceOwnership() ([]byte, error) {
	return nodeRegistry.abi.Pack("renounceOwnership")
}

// PackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function threshold() view returns(uint256)
func (nodeRegistry *NodeRegistry) PackThreshold() []byte {
	enc, err := nodeRegistry.abi.Pack("threshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function threshold() view returns(uint256)
func (nodeRegistry *NodeRegistry) TryPackThreshold() ([]byte, error) {
	return nodeRegistry.abi.Pack("threshold")
}

// UnpackThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42cde4e8.
//
// Solidity: function threshold() view returns(uint256)
func (nodeRegistry *NodeRegistry) UnpackThreshold(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("threshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (nodeRegistry *NodeRegistry) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (nodeRegistry *NodeRegistry) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("transferOwnership", newOwner)
}

// PackUpdateHints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7493388.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateHints(string[] hints) returns()
func (nodeRegistry *NodeRegistry) PackUpdateHints(hints []string) []byte {
	enc, err := nodeRegistry.abi.Pack("updateHints", hints)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateHints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7493388.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateHints(string[] hints) returns()
func (nodeRegistry *NodeRegistry) TryPackUpdateHints(hints []string) ([]byte, error) {
	return nodeRegistry.abi.Pack("updateHints", hints)
}

// NodeRegistryNodeAdded represents a NodeAdded event raised by the NodeRegistry contract.
type NodeRegistryNodeAdded struct {
	Operator common.Address
	Epoch    *big.Int
	Index    *big.Int
	PeerId   []byte
	Hints    []string
	Raw      *types.Log // Blockchain specific contextual infos
}

const NodeRegistryNodeAddedEventName = "NodeAdded"

// ContractEventName returns the user-defined event name.
func (NodeRegistryNodeAdded) ContractEventName() string {
	return NodeRegistryNodeAddedEventName
}

// UnpackNodeAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeAdded(address indexed operator, uint256 indexed epoch, uint256 index, bytes peerId, string[] hints)
func (nodeRegistry *NodeRegistry) UnpackNodeAddedEvent(log *types.Log) (*NodeRegistryNodeAdded, error) {
	event := "NodeAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryNodeAdded)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryNodeHintsUpdated represents a NodeHintsUpdated event raised by the NodeRegistry contract.
type NodeRegistryNodeHintsUpdated struct {
	Operator common.Address
	Hints    []string
	Raw      *types.Log // Blockchain specific contextual infos
}

const NodeRegistryNodeHintsUpdatedEventName = "NodeHintsUpdated"

// ContractEventName returns the user-defined event name.
func (NodeRegistryNodeHintsUpdated) ContractEventName() string {
	return NodeRegistryNodeHintsUpdatedEventName
}

// UnpackNodeHintsUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeHintsUpdated(address indexed operator, string[] hints)
func (nodeRegistry *NodeRegistry) UnpackNodeHintsUpdatedEvent(log *types.Log) (*NodeRegistryNodeHintsUpdated, error) {
	event := "NodeHintsUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryNodeHintsUpdated)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryNodeRemoved represents a NodeRemoved event raised by the NodeRegistry contract.
type NodeRegistryNodeRemoved struct {
	Operator common.Address
	Epoch    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const NodeRegistryNodeRemovedEventName = "NodeRemoved"

// ContractEventName returns the user-defined event name.
func (NodeRegistryNodeRemoved) ContractEventName() string {
	return NodeRegistryNodeRemovedEventName
}

// UnpackNodeRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeRemoved(address indexed operator, uint256 indexed epoch)
func (nodeRegistry *NodeRegistry) UnpackNodeRemovedEvent(log *types.Log) (*NodeRegistryNodeRemoved, error) {
	event := "NodeRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryNodeRemoved)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the NodeRegistry contract.
type NodeRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const NodeRegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (NodeRegistryOwnershipTransferred) ContractEventName() string {
	return NodeRegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (nodeRegistry *NodeRegistry) UnpackOwnershipTransferredEvent(log *types.Log) (*NodeRegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (nodeRegistry *NodeRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["BadHints"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackBadHintsError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["BadPeerId"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackBadPeerIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["PeerIdTaken"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackPeerIdTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["TooManyNodes"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackTooManyNodesError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["ZeroOperator"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackZeroOperatorError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// NodeRegistryAlreadyRegistered represents a AlreadyRegistered error raised by the NodeRegistry contract.
type NodeRegistryAlreadyRegistered struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address operator)
func NodeRegistryAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address operator)
func (nodeRegistry *NodeRegistry) UnpackAlreadyRegisteredError(raw []byte) (*NodeRegistryAlreadyRegistered, error) {
	out := new(NodeRegistryAlreadyRegistered)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryBadHints represents a BadHints error raised by the NodeRegistry contract.
type NodeRegistryBadHints struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadHints()
func NodeRegistryBadHintsErrorID() common.Hash {
	return common.HexToHash("0xc0f07382f8810aa6064a531ca13a33c7eaa92676f20960ac25b9b36ff6bcbd9d")
}

// UnpackBadHintsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadHints()
func (nodeRegistry *NodeRegistry) UnpackBadHintsError(raw []byte) (*NodeRegistryBadHints, error) {
	out := new(NodeRegistryBadHints)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "BadHints", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryBadPeerId represents a BadPeerId error raised by the NodeRegistry contract.
type NodeRegistryBadPeerId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPeerId()
func NodeRegistryBadPeerIdErrorID() common.Hash {
	return common.HexToHash("0x11795d9b52c482bd3908f9e9a8c042b8d6ed9bd34664878708a6011cffe94eec")
}

// UnpackBadPeerIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPeerId()
func (nodeRegistry *NodeRegistry) UnpackBadPeerIdError(raw []byte) (*NodeRegistryBadPeerId, error) {
	out := new(NodeRegistryBadPeerId)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "BadPeerId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryNotRegistered represents a NotRegistered error raised by the NodeRegistry contract.
type NodeRegistryNotRegistered struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(address operator)
func NodeRegistryNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xbfc6c337a80b7b8201f77f0a2a54c6e5f7c6fd9124a749804a482fa16ee8a895")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(address operator)
func (nodeRegistry *NodeRegistry) UnpackNotRegisteredError(raw []byte) (*NodeRegistryNotRegistered, error) {
	out := new(NodeRegistryNotRegistered)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the NodeRegistry contract.
type NodeRegistryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func NodeRegistryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (nodeRegistry *NodeRegistry) UnpackOwnableInvalidOwnerError(raw []byte) (*NodeRegistryOwnableInvalidOwner, error) {
	out := new(NodeRegistryOwnableInvalidOwner)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the NodeRegistry contract.
type NodeRegistryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func NodeRegistryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (nodeRegistry *NodeRegistry) UnpackOwnableUnauthorizedAccountError(raw []byte) (*NodeRegistryOwnableUnauthorizedAccount, error) {
	out := new(NodeRegistryOwnableUnauthorizedAccount)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryPeerIdTaken represents a PeerIdTaken error raised by the NodeRegistry contract.
type NodeRegistryPeerIdTaken struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PeerIdTaken()
func NodeRegistryPeerIdTakenErrorID() common.Hash {
	return common.HexToHash("0xf43e14d0e23c1ed59e0b32d1c37599a41019ae4b9f65f79ddb5ef610c6347ab0")
}

// UnpackPeerIdTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PeerIdTaken()
func (nodeRegistry *NodeRegistry) UnpackPeerIdTakenError(raw []byte) (*NodeRegistryPeerIdTaken, error) {
	out := new(NodeRegistryPeerIdTaken)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "PeerIdTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryTooManyNodes represents a TooManyNodes error raised by the NodeRegistry contract.
type NodeRegistryTooManyNodes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyNodes()
func NodeRegistryTooManyNodesErrorID() common.Hash {
	return common.HexToHash("0xa133c838207cd71a9ed17ff9adc25ed76c505e74ac02460a2e4f069823f6217f")
}

// UnpackTooManyNodesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyNodes()
func (nodeRegistry *NodeRegistry) UnpackTooManyNodesError(raw []byte) (*NodeRegistryTooManyNodes, error) {
	out := new(NodeRegistryTooManyNodes)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "TooManyNodes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryZeroOperator represents a ZeroOperator error raised by the NodeRegistry contract.
type NodeRegistryZeroOperator struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroOperator()
func NodeRegistryZeroOperatorErrorID() common.Hash {
	return common.HexToHash("0x89961e91613b49840d0ff97d3c49f058682f235a628f47cb992df4aad1949179")
}

// UnpackZeroOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroOperator()
func (nodeRegistry *NodeRegistry) UnpackZeroOperatorError(raw []byte) (*NodeRegistryZeroOperator, error) {
	out := new(NodeRegistryZeroOperator)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "ZeroOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPHelperMetaData contains all meta data concerning the PKPHelper contract.
var PKPHelperMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractPKPNFT\",\"name\":\"nft\",\"type\":\"address\"},{\"internalType\":\"contractPKPPermissions\",\"name\":\"perms\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedNFT\",\"type\":\"error\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes[]\",\"name\":\"permittedActions\",\"type\":\"bytes[]\"},{\"internalType\":\"uint256[][]\",\"name\":\"permittedActionScopes\",\"type\":\"uint256[][]\"},{\"internalType\":\"address[]\",\"name\":\"permittedAddresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256[][]\",\"name\":\"permittedAddressScopes\",\"type\":\"uint256[][]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"userPubkey\",\"type\":\"bytes\"}],\"internalType\":\"structAuthMethod[]\",\"name\":\"permittedAuthMethods\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256[][]\",\"name\":\"permittedAuthMethodScopes\",\"type\":\"uint256[][]\"},{\"internalType\":\"bool\",\"name\":\"addPkpEthAddressAsPermittedAddress\",\"type\":\"bool\"},{\"internalType\":\"uint256[]\",\"name\":\"pkpEthAddressScopes\",\"type\":\"uint256[]\"},{\"internalType\":\"bool\",\"name\":\"sendPkpToItself\",\"type\":\"bool\"}],\"internalType\":\"structPKPHelper.MintParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"mintNextAndAddPermissions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"permissions\",\"outputs\":[{\"internalType\":\"contractPKPPermissions\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pkpNFT\",\"outputs\":[{\"internalType\":\"contractPKPNFT\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "284f532c329be20879d8881ffc7a851674",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051610c3c380380610c3c83398101604081905261002e9161005c565b6001600160a01b039182166080521660a052610094565b6001600160a01b0381168114610059575f5ffd5b50565b5f5f6040838503121561006d575f5ffd5b825161007881610045565b602084015190925061008981610045565b809150509250929050565b60805160a051610b516100eb5f395f818160b10152818161024f0152818161034c0152818161044e01526105d501525f818160fc015281816101ad01528181610543015281816106a401526107100152610b515ff3fe60806040526004361061003e575f3560e01c80630b62cd3b14610042578063150b7a0214610068578063ab8c71c0146100a0578063ffa2e953146100eb575b5f5ffd5b610055610050366004610776565b61011e565b6040519081526020015b60405180910390f35b348015610073575f5ffd5b506100876100823660046107cc565b610704565b6040516001600160e01b0319909116815260200161005f565b3480156100ab575f5ffd5b506100d37f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161005f565b3480156100f6575f5ffd5b506100d37f000000000000000000000000000000000000000000000000000000000000000081565b5f61012c6020830183610865565b90506101388380610865565b9050141580610163575061014f6060830183610865565b905061015e6040840184610865565b905014155b8061018a575061017660a0830183610865565b90506101856080840184610865565b905014155b156101ab576040516001621398b960e31b0319815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638c1f2331346040518263ffffffff1660e01b815260040160206040518083038185885af1158015610209573d5f5f3e3d5ffd5b50505050506040513d601f19601f8201168201806040525081019061022e91906108b2565b90505f5b61023c8380610865565b9050811015610329576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016638a4315788361027f8680610865565b8581811061028f5761028f6108c9565b90506020028101906102a191906108dd565b6102ae6020890189610865565b878181106102be576102be6108c9565b90506020028101906102d09190610865565b6040518663ffffffff1660e01b81526004016102f0959493929190610978565b5f604051808303815f87803b158015610307575f5ffd5b505af1158015610319573d5f5f3e3d5ffd5b5050600190920191506102329050565b505f5b6103396040840184610865565b905081101561042b576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016631663c1218361037f6040870187610865565b8581811061038f5761038f6108c9565b90506020020160208101906103a491906109b0565b6103b16060880188610865565b868181106103c1576103c16108c9565b90506020028101906103d39190610865565b6040518563ffffffff1660e01b81526004016103f294939291906109cb565b5f604051808303815f87803b158015610409575f5ffd5b505af115801561041b573d5f5f3e3d5ffd5b50506001909201915061032c9050565b505f5b61043b6080840184610865565b905081101561052a576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016639dd4349b836104816080870187610865565b85818110610491576104916108c9565b90506020028101906104a391906109ff565b6104b060a0880188610865565b868181106104c0576104c06108c9565b90506020028101906104d29190610865565b6040518563ffffffff1660e01b81526004016104f19493929190610a5f565b5f604051808303815f87803b158015610508575f5ffd5b505af115801561051a573d5f5f3e3d5ffd5b50506001909201915061042e9050565b5060405163f0bf170b60e01b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f0bf170b90602401602060405180830381865afa158015610590573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105b49190610ae1565b90506105c660e0840160c08501610afc565b15610656576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016631663c121838361060960e0880188610865565b6040518563ffffffff1660e01b815260040161062894939291906109cb565b5f604051808303815f87803b15801561063f575f5ffd5b505af1158015610651573d5f5f3e3d5ffd5b505050505b5f61066961012085016101008601610afc565b6106735733610675565b815b604051632142170760e11b81523060048201526001600160a01b038083166024830152604482018690529192507f0000000000000000000000000000000000000000000000000000000000000000909116906342842e0e906064015f604051808303815f87803b1580156106e7575f5ffd5b505af11580156106f9573d5f5f3e3d5ffd5b505050505050919050565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614158061074657506001600160a01b0386163014155b15610764576040516328b05d3b60e01b815260040160405180910390fd5b50630a85bd0160e11b95945050505050565b5f60208284031215610786575f5ffd5b813567ffffffffffffffff81111561079c575f5ffd5b820161012081850312156107ae575f5ffd5b9392505050565b6001600160a01b03811681146107c9575f5ffd5b50565b5f5f5f5f5f608086880312156107e0575f5ffd5b85356107eb816107b5565b945060208601356107fb816107b5565b935060408601359250606086013567ffffffffffffffff81111561081d575f5ffd5b8601601f8101881361082d575f5ffd5b803567ffffffffffffffff811115610843575f5ffd5b886020828401011115610854575f5ffd5b959894975092955050506020019190565b5f5f8335601e1984360301811261087a575f5ffd5b83018035915067ffffffffffffffff821115610894575f5ffd5b6020019150600581901b36038213156108ab575f5ffd5b9250929050565b5f602082840312156108c2575f5ffd5b5051919050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e198436030181126108f2575f5ffd5b83018035915067ffffffffffffffff82111561090c575f5ffd5b6020019150368190038213156108ab575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8183525f6001600160fb1b0383111561095f575f5ffd5b8260051b80836020870137939093016020019392505050565b858152606060208201525f610991606083018688610920565b82810360408401526109a4818587610948565b98975050505050505050565b5f602082840312156109c0575f5ffd5b81356107ae816107b5565b8481526001600160a01b03841660208201526060604082018190525f906109f59083018486610948565b9695505050505050565b5f8235605e19833603018112610a13575f5ffd5b9190910192915050565b5f5f8335601e19843603018112610a32575f5ffd5b830160208101925035905067ffffffffffffffff811115610a51575f5ffd5b8036038213156108ab575f5ffd5b848152606060208201525f5f8535905080606084015250610a836020860186610a1d565b60606080850152610a9860c085018284610920565b915050610aa86040870187610a1d565b848303605f190160a0860152610abf838284610920565b925050508281036040840152610ad6818587610948565b979650505050505050565b5f60208284031215610af1575f5ffd5b81516107ae816107b5565b5f60208284031215610b0c575f5ffd5b813580151581146107ae575f5ffdfea26469706673582212209cd45690a1270cf88729153890a4cf5bdf1dba8b951cbea1416ff68323d4e3c464736f6c63430008250033",
}

// PKPHelper is an auto generated Go binding around an Ethereum contract.
type PKPHelper struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PKPHelper) GetABI() abi.ABI {
	return c.abi
}

// NewPKPHelper creates a new instance of PKPHelper.
func NewPKPHelper() *PKPHelper {
	parsed, err := PKPHelperMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PKPHelper{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PKPHelper) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address nft, address perms) returns()
func (pKPHelper *PKPHelper) PackConstructor(nft common.Address, perms common.Address) []byte {
	enc, err := pKPHelper.abi.Pack("", nft, perms)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMintNextAndAddPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b62cd3b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintNextAndAddPermissions((bytes[],uint256[][],address[],uint256[][],(uint256,bytes,bytes)[],uint256[][],bool,uint256[],bool) p) payable returns(uint256 tokenId)
func (pKPHelper *PKPHelper) PackMintNextAndAddPermissions(p PKPHelperMintParams) []byte {
	enc, err := pKPHelper.abi.Pack("mintNextAndAddPermissions", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintNextAndAddPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b62cd3b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintNextAndAddPermissions((bytes[],uint256[][],address[],uint256[][],(uint256,bytes,bytes)[],uint256[][],bool,uint256[],bool) p) payable returns(uint256 tokenId)
func (pKPHelper *PKPHelper) TryPackMintNextAndAddPermissions(p PKPHelperMintParams) ([]byte, error) {
	return pKPHelper.abi.Pack("mintNextAndAddPermissions", p)
}

// UnpackMintNextAndAddPermissions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0b62cd3b.
//
// Solidity: function mintNextAndAddPermissions((bytes[],uint256[][],address[],uint256[][],(uint256,bytes,bytes)[],uint256[][],bool,uint256[],bool) p) payable returns(uint256 tokenId)
func (pKPHelper *PKPHelper) UnpackMintNextAndAddPermissions(data []byte) (*big.Int, error) {
	out, err := pKPHelper.abi.Unpack("mintNextAndAddPermissions", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address operator, address , uint256 , bytes ) view returns(bytes4)
func (pKPHelper *PKPHelper) PackOnERC721Received(operator common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := pKPHelper.abi.Pack("onERC721Received", operator, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address operator, address , uint256 , bytes ) view returns(bytes4)
func (pKPHelper *PKPHelper) TryPackOnERC721Received(operator common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return pKPHelper.abi.Pack("onERC721Received", operator, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address operator, address , uint256 , bytes ) view returns(bytes4)
func (pKPHelper *PKPHelper) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := pKPHelper.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab8c71c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permissions() view returns(address)
func (pKPHelper *PKPHelper) PackPermissions() []byte {
	enc, err := pKPHelper.abi.Pack("permissions")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab8c71c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permissions() view returns(address)
func (pKPHelper *PKPHelper) TryPackPermissions() ([]byte, error) {
	return pKPHelper.abi.Pack("permissions")
}

// UnpackPermissions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab8c71c0.
//
// Solidity: function permissions() view returns(address)
func (pKPHelper *PKPHelper) UnpackPermissions(data []byte) (common.Address, error) {
	out, err := pKPHelper.abi.Unpack("permissions", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPkpNFT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa2e953.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pkpNFT() view returns(address)
func (pKPHelper *PKPHelper) PackPkpNFT() []byte {
	enc, err := pKPHelper.abi.Pack("pkpNFT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPkpNFT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa2e953.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pkpNFT() view returns(address)
func (pKPHelper *PKPHelper) TryPackPkpNFT() ([]byte, error) {
	return pKPHelper.abi.Pack("pkpNFT")
}

// UnpackPkpNFT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xffa2e953.
//
// Solidity: function pkpNFT() view returns(address)
func (pKPHelper *PKPHelper) UnpackPkpNFT(data []byte) (common.Address, error) {
	out, err := pKPHelper.abi.Unpack("pkpNFT", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (pKPHelper *PKPHelper) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], pKPHelper.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return pKPHelper.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPHelper.abi.Errors["UnexpectedNFT"].ID.Bytes()[:4]) {
		return pKPHelper.UnpackUnexpectedNFTError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PKPHelperLengthMismatch represents a LengthMismatch error raised by the PKPHelper contract.
type PKPHelperLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func PKPHelperLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (pKPHelper *PKPHelper) UnpackLengthMismatchError(raw []byte) (*PKPHelperLengthMismatch, error) {
	out := new(PKPHelperLengthMismatch)
	if err := pKPHelper.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPHelperUnexpectedNFT represents a UnexpectedNFT error raised by the PKPHelper contract.
type PKPHelperUnexpectedNFT struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedNFT()
func PKPHelperUnexpectedNFTErrorID() common.Hash {
	return common.HexToHash("0x28b05d3b11f152aea1cb43d26bfd9fe5d97e56b69a8b6db52e8541dc5cc25ebf")
}

// UnpackUnexpectedNFTError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedNFT()
func (pKPHelper *PKPHelper) UnpackUnexpectedNFTError(raw []byte) (*PKPHelperUnexpectedNFT, error) {
	out := new(PKPHelperUnexpectedNFT)
	if err := pKPHelper.abi.UnpackIntoInterface(out, "UnexpectedNFT", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPNFTMetaData contains all meta data concerning the PKPNFT contract.
var PKPNFTMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"contractPubkeyRouter\",\"name\":\"router_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"mintCost_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPermissionsContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTokenOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PermissionsAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnknownToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WithdrawFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cost\",\"type\":\"uint256\"}],\"name\":\"WrongMintCost\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"mintCost\",\"type\":\"uint256\"}],\"name\":\"MintCostSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"keyId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pkpAddress\",\"type\":\"address\"}],\"name\":\"PKPMinted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"permissions\",\"type\":\"address\"}],\"name\":\"PermissionsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"exists\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"isBurned\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"keyIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mintCost\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ipfsCid\",\"type\":\"bytes\"}],\"name\":\"mintGrantAndBurnNext\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mintNext\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"permissions\",\"outputs\":[{\"internalType\":\"contractIPKPPermissionsGrant\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"pkpAddressOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"router\",\"outputs\":[{\"internalType\":\"contractPubkeyRouter\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cost\",\"type\":\"uint256\"}],\"name\":\"setMintCost\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIPKPPermissionsGrant\",\"name\":\"permissions_\",\"type\":\"address\"}],\"name\":\"setPermissions\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pkp\",\"type\":\"address\"}],\"name\":\"tokenIdOfAddress\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalMinted\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "acb8ccc583ca36af2d3a66d228379e4aa7",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051611e0b380380611e0b83398101604081905261002e9161018b565b826040518060400160405280601c81526020017f706b706e65742050726f6772616d6d61626c65204b6579205061697200000000815250604051806040016040528060038152602001620504b560ec1b815250815f908161008f919061026e565b50600161009c828261026e565b5050506001600160a01b0381166100cc57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6100d581610123565b506001600160a01b03821660805260088190556040518181527f653b8b44976b2e5c016e082d134653d04dea9dbef92055038cca38c9300703559060200160405180910390a150505061032c565b600680546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0381168114610188575f5ffd5b50565b5f5f5f6060848603121561019d575f5ffd5b83516101a881610174565b60208501519093506101b981610174565b80925050604084015190509250925092565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806101f357607f821691505b60208210810361021157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610269578282111561026957805f5260205f20601f840160051c602085101561024257505f5b90810190601f840160051c035f5b81811015610265575f83820155600101610250565b5050505b505050565b81516001600160401b03811115610287576102876101cb565b61029b8161029584546101df565b84610217565b6020601f8211600181146102cd575f83156102b65750848201515b5f19600385901b1c1916600184901b178455610325565b5f84815260208120601f198516915b828110156102fc57878501518255602094850194600190920191016102dc565b508482101561031957868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b608051611ac061034b5f395f81816105970152610e8d0152611ac05ff3fe6080604052600436106101d0575f3560e01c80638545f4ea116100fd578063bdb4b84811610092578063e985e9c511610062578063e985e9c514610529578063f0bf170b14610548578063f2fde38b14610567578063f887ea4014610586575f5ffd5b8063bdb4b848146104b7578063c87b56dd146104cc578063db44fe07146104eb578063e68b83ea1461050a575f5ffd5b8063a22cb465116100cd578063a22cb46514610446578063a2309ff814610465578063ab8c71c014610479578063b88d4fde14610498575f5ffd5b80638545f4ea146103ee5780638c1f23311461040d5780638da5cb5b1461041557806395d89b4114610432575f5ffd5b806342842e0e116101735780636352211e116101435780636352211e1461036857806370a0823114610387578063715018a6146103a65780637c08652f146103ba575f5ffd5b806342842e0e146102d557806342966c68146102f4578063456d28d9146103135780634f558e7914610332575f5ffd5b8063095ea7b3116101ae578063095ea7b31461026057806323b872dd1461028157806338595742146102a05780633ccfd60b146102c1575f5ffd5b806301ffc9a7146101d457806306fdde0314610208578063081812fc14610229575b5f5ffd5b3480156101df575f5ffd5b506101f36101ee366004611630565b6105b9565b60405190151581526020015b60405180910390f35b348015610213575f5ffd5b5061021c61060a565b6040516101ff9190611679565b348015610234575f5ffd5b5061024861024336600461168b565b610699565b6040516001600160a01b0390911681526020016101ff565b34801561026b575f5ffd5b5061027f61027a3660046116b6565b6106c0565b005b34801561028c575f5ffd5b5061027f61029b3660046116e0565b6106cf565b6102b36102ae36600461171e565b61075d565b6040519081526020016101ff565b3480156102cc575f5ffd5b5061027f610848565b3480156102e0575f5ffd5b5061027f6102ef3660046116e0565b610924565b3480156102ff575f5ffd5b5061027f61030e36600461168b565b610943565b34801561031e575f5ffd5b5061027f61032d36600461178c565b6109b6565b34801561033d575f5ffd5b506101f361034c36600461168b565b5f908152600260205260409020546001600160a01b0316151590565b348015610373575f5ffd5b5061024861038236600461168b565b610a3d565b348015610392575f5ffd5b506102b36103a136600461178c565b610a47565b3480156103b1575f5ffd5b5061027f610a8c565b3480156103c5575f5ffd5b506102b36103d436600461178c565b6001600160a01b03165f908152600c602052604090205490565b3480156103f9575f5ffd5b5061027f61040836600461168b565b610a9f565b6102b3610adc565b348015610420575f5ffd5b506006546001600160a01b0316610248565b34801561043d575f5ffd5b5061021c610aeb565b348015610451575f5ffd5b5061027f6104603660046117a7565b610afa565b348015610470575f5ffd5b506009546102b3565b348015610484575f5ffd5b50600754610248906001600160a01b031681565b3480156104a3575f5ffd5b5061027f6104b23660046117f6565b610b05565b3480156104c2575f5ffd5b506102b360085481565b3480156104d7575f5ffd5b5061021c6104e636600461168b565b610b1d565b3480156104f6575f5ffd5b506101f361050536600461168b565b610b8e565b348015610515575f5ffd5b506102b361052436600461168b565b610bc3565b348015610534575f5ffd5b506101f36105433660046118d7565b610c05565b348015610553575f5ffd5b5061024861056236600461168b565b610c32565b348015610572575f5ffd5b5061027f61058136600461178c565b610c7d565b348015610591575f5ffd5b506102487f000000000000000000000000000000000000000000000000000000000000000081565b5f6001600160e01b031982166380ac58cd60e01b14806105e957506001600160e01b03198216635b5e139f60e01b145b8061060457506301ffc9a760e01b6001600160e01b03198316145b92915050565b60605f805461061890611903565b80601f016020809104026020016040519081016040528092919081815260200182805461064490611903565b801561068f5780601f106106665761010080835404028352916020019161068f565b820191905f5260205f20905b81548152906001019060200180831161067257829003601f168201915b5050505050905090565b5f6106a382610cba565b505f828152600460205260409020546001600160a01b0316610604565b6106cb828233610cf2565b5050565b6001600160a01b0382166106fd57604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f610709838333610cff565b9050836001600160a01b0316816001600160a01b031614610757576040516364283d7b60e01b81526001600160a01b03808616600483015260248201849052821660448201526064016106f4565b50505050565b6007545f906001600160a01b031661078857604051630872803560e31b815260040160405180910390fd5b61079130610df1565b6040805160018082528183019092529192505f9190602080830190803683370190505090506001815f815181106107ca576107ca61193b565b602090810291909101015260075460405163114862af60e31b81526001600160a01b0390911690638a4315789061080b90859088908890879060040161194f565b5f604051808303815f87803b158015610822575f5ffd5b505af1158015610834573d5f5f3e3d5ffd5b5050505061084182610fb2565b5092915050565b610850610fea565b475f6108646006546001600160a01b031690565b6001600160a01b0316826040515f6040518083038185875af1925050503d805f81146108ab576040519150601f19603f3d011682016040523d82523d5f602084013e6108b0565b606091505b50509050806108d257604051631d42c86760e21b815260040160405180910390fd5b6006546001600160a01b03166001600160a01b03167f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d58360405161091891815260200190565b60405180910390a25050565b61093e83838360405180602001604052805f815250610b05565b505050565b5f818152600260205260409020546001600160a01b03168061097b57604051637e27328960e01b8152600481018390526024016106f4565b336001600160a01b038216146109ad57604051630da7a30b60e31b8152600481018390523360248201526044016106f4565b6106cb82610fb2565b6109be610fea565b6007546001600160a01b0316156109e8576040516308cadaa360e11b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0383169081179091556040519081527ff41313419f4c30eeb7dd9bc8e009fd8c594805da15f42a4ad68f259ad0fc8870906020015b60405180910390a150565b5f61060482610cba565b5f6001600160a01b038216610a71576040516322718ad960e21b81525f60048201526024016106f4565b506001600160a01b03165f9081526003602052604090205490565b610a94610fea565b610a9d5f611017565b565b610aa7610fea565b60088190556040518181527f653b8b44976b2e5c016e082d134653d04dea9dbef92055038cca38c93007035590602001610a32565b5f610ae633610df1565b905090565b60606001805461061890611903565b6106cb338383611068565b610b108484846106cf565b610757338585858561112f565b6060610b2882610cba565b505f610b3e60408051602081019091525f815290565b90505f815111610b5c5760405180602001604052805f815250610b87565b80610b6684611257565b604051602001610b779291906119e0565b6040516020818303038152906040525b9392505050565b5f8115801590610ba057506009548211155b80156106045750505f908152600260205260409020546001600160a01b03161590565b5f811580610bd2575060095482115b15610bf3576040516303b673fd60e21b8152600481018390526024016106f4565b505f908152600a602052604090205490565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f811580610c41575060095482115b15610c62576040516303b673fd60e21b8152600481018390526024016106f4565b505f908152600b60205260409020546001600160a01b031690565b610c85610fea565b6001600160a01b038116610cae57604051631e4fbdf760e01b81525f60048201526024016106f4565b610cb781611017565b50565b5f818152600260205260408120546001600160a01b03168061060457604051637e27328960e01b8152600481018490526024016106f4565b61093e83838360016112e7565b5f828152600260205260408120546001600160a01b0390811690831615610d2b57610d2b8184866113eb565b6001600160a01b03811615610d6557610d465f855f5f6112e7565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615610d93576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f6008543414610e2157600854604051636e103e0d60e01b815234600482015260248101919091526044016106f4565b60095f8154610e2f906119f4565b9182905550604080514660208201523091810191909152606081018290529091505f9060800160408051601f19818403018152908290528051602090910120630cbbf78360e11b82526004820181905291505f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631977ef0690602401602060405180830381865afa158015610ed2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ef69190611a18565b5f848152600a60209081526040808320869055600b825280832080546001600160a01b038087166001600160a01b031990921682179092558452600c9092529091208590559091508416301480610f5557506001600160a01b0384163b155b15610f6957610f64848461144f565b610f73565b610f7384846114b0565b806001600160a01b031682847fd43cfc42062249c8d0df1c92a2ea8b0afea9e4e69176736a6d87ba2627d7aed960405160405180910390a45050919050565b5f610fbe5f835f610cff565b90506001600160a01b0381166106cb57604051637e27328960e01b8152600481018390526024016106f4565b6006546001600160a01b03163314610a9d5760405163118cdaa760e01b81523360048201526024016106f4565b600680546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0383166110915760405163a9fbf51f60e01b81525f60048201526024016106f4565b6001600160a01b0382166110c357604051630b61174360e31b81526001600160a01b03831660048201526024016106f4565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b1561125057604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290611171908890889087908790600401611a33565b6020604051808303815f875af19250505080156111ab575060408051601f3d908101601f191682019092526111a891810190611a6f565b60015b611212573d8080156111d8576040519150601f19603f3d011682016040523d82523d5f602084013e6111dd565b606091505b5080515f0361120a57604051633250574960e11b81526001600160a01b03851660048201526024016106f4565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b1461124e57604051633250574960e11b81526001600160a01b03851660048201526024016106f4565b505b5050505050565b60605f611263836114c9565b60010190505f8167ffffffffffffffff811115611282576112826117e2565b6040519080825280601f01601f1916602001820160405280156112ac576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a85049450846112b657509392505050565b80806112fb57506001600160a01b03821615155b156113bc575f61130a84610cba565b90506001600160a01b038316158015906113365750826001600160a01b0316816001600160a01b031614155b801561134957506113478184610c05565b155b156113725760405163a9fbf51f60e01b81526001600160a01b03841660048201526024016106f4565b81156113ba5783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b6113f68383836115a0565b61093e576001600160a01b03831661142457604051637e27328960e01b8152600481018290526024016106f4565b60405163177e802f60e01b81526001600160a01b0383166004820152602481018290526044016106f4565b6001600160a01b03821661147857604051633250574960e11b81525f60048201526024016106f4565b5f61148483835f610cff565b90506001600160a01b0381161561093e576040516339e3563760e11b81525f60048201526024016106f4565b6106cb828260405180602001604052805f815250611604565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106115075772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310611533576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061155157662386f26fc10000830492506010015b6305f5e1008310611569576305f5e100830492506008015b612710831061157d57612710830492506004015b6064831061158f576064830492506002015b600a83106106045760010192915050565b5f6001600160a01b038316158015906115fc5750826001600160a01b0316846001600160a01b031614806115d957506115d98484610c05565b806115fc57505f828152600460205260409020546001600160a01b038481169116145b949350505050565b61160e838361144f565b61093e335f85858561112f565b6001600160e01b031981168114610cb7575f5ffd5b5f60208284031215611640575f5ffd5b8135610b878161161b565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610b87602083018461164b565b5f6020828403121561169b575f5ffd5b5035919050565b6001600160a01b0381168114610cb7575f5ffd5b5f5f604083850312156116c7575f5ffd5b82356116d2816116a2565b946020939093013593505050565b5f5f5f606084860312156116f2575f5ffd5b83356116fd816116a2565b9250602084013561170d816116a2565b929592945050506040919091013590565b5f5f6020838503121561172f575f5ffd5b823567ffffffffffffffff811115611745575f5ffd5b8301601f81018513611755575f5ffd5b803567ffffffffffffffff81111561176b575f5ffd5b85602082840101111561177c575f5ffd5b6020919091019590945092505050565b5f6020828403121561179c575f5ffd5b8135610b87816116a2565b5f5f604083850312156117b8575f5ffd5b82356117c3816116a2565b9150602083013580151581146117d7575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215611809575f5ffd5b8435611814816116a2565b93506020850135611824816116a2565b925060408501359150606085013567ffffffffffffffff811115611846575f5ffd5b8501601f81018713611856575f5ffd5b803567ffffffffffffffff811115611870576118706117e2565b604051601f8201601f19908116603f0116810167ffffffffffffffff8111828210171561189f5761189f6117e2565b6040528181528282016020018910156118b6575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f604083850312156118e8575f5ffd5b82356118f3816116a2565b915060208301356117d7816116a2565b600181811c9082168061191757607f821691505b60208210810361193557634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b84815260606020820152826060820152828460808301375f60808483018101829052601f19601f86011683018381038201604085015284519181018290526020850191839160a001905b808310156119bc5783518252602082019150602084019350600183019250611999565b5098975050505050505050565b5f81518060208401855e5f93019283525090919050565b5f6115fc6119ee83866119c9565b846119c9565b5f60018201611a1157634e487b7160e01b5f52601160045260245ffd5b5060010190565b5f60208284031215611a28575f5ffd5b8151610b87816116a2565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f90611a659083018461164b565b9695505050505050565b5f60208284031215611a7f575f5ffd5b8151610b878161161b56fea26469706673582212208c8ea5f16ed5bf38c81dd9fb7a4706871f4c746800ef2cefe36694dea4bb992664736f6c63430008250033",
}

// PKPNFT is an auto generated Go binding around an Ethereum contract.
type PKPNFT struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PKPNFT) GetABI() abi.ABI {
	return c.abi
}

// NewPKPNFT creates a new instance of PKPNFT.
func NewPKPNFT() *PKPNFT {
	parsed, err := PKPNFTMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PKPNFT{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PKPNFT) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner, address router_, uint256 mintCost_) returns()
func (pKPNFT *PKPNFT) PackConstructor(initialOwner common.Address, router_ common.Address, mintCost_ *big.Int) []byte {
	enc, err := pKPNFT.abi.Pack("", initialOwner, router_, mintCost_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (pKPNFT *PKPNFT) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := pKPNFT.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (pKPNFT *PKPNFT) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return pKPNFT.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (pKPNFT *PKPNFT) PackBalanceOf(owner common.Address) []byte {
	enc, err := pKPNFT.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (pKPNFT *PKPNFT) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return pKPNFT.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (pKPNFT *PKPNFT) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := pKPNFT.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(uint256 tokenId) returns()
func (pKPNFT *PKPNFT) PackBurn(tokenId *big.Int) []byte {
	enc, err := pKPNFT.abi.Pack("burn", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(uint256 tokenId) returns()
func (pKPNFT *PKPNFT) TryPackBurn(tokenId *big.Int) ([]byte, error) {
	return pKPNFT.abi.Pack("burn", tokenId)
}

// PackExists is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f558e79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exists(uint256 tokenId) view returns(bool)
func (pKPNFT *PKPNFT) PackExists(tokenId *big.Int) []byte {
	enc, err := pKPNFT.abi.Pack("exists", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExists is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f558e79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exists(uint256 tokenId) view returns(bool)
func (pKPNFT *PKPNFT) TryPackExists(tokenId *big.Int) ([]byte, error) {
	return pKPNFT.abi.Pack("exists", tokenId)
}

// UnpackExists is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f558e79.
//
// Solidity: function exists(uint256 tokenId) view returns(bool)
func (pKPNFT *PKPNFT) UnpackExists(data []byte) (bool, error) {
	out, err := pKPNFT.abi.Unpack("exists", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (pKPNFT *PKPNFT) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := pKPNFT.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (pKPNFT *PKPNFT) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return pKPNFT.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (pKPNFT *PKPNFT) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := pKPNFT.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (pKPNFT *PKPNFT) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := pKPNFT.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (pKPNFT *PKPNFT) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return pKPNFT.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (pKPNFT *PKPNFT) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := pKPNFT.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb44fe07.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isBurned(uint256 tokenId) view returns(bool)
func (pKPNFT *PKPNFT) PackIsBurned(tokenId *big.Int) []byte {
	enc, err := pKPNFT.abi.Pack("isBurned", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb44fe07.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isBurned(uint256 tokenId) view returns(bool)
func (pKPNFT *PKPNFT) TryPackIsBurned(tokenId *big.Int) ([]byte, error) {
	return pKPNFT.abi.Pack("isBurned", tokenId)
}

// UnpackIsBurned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb44fe07.
//
// Solidity: function isBurned(uint256 tokenId) view returns(bool)
func (pKPNFT *PKPNFT) UnpackIsBurned(data []byte) (bool, error) {
	out, err := pKPNFT.abi.Unpack("isBurned", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackKeyIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe68b83ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keyIdOf(uint256 tokenId) view returns(bytes32)
func (pKPNFT *PKPNFT) PackKeyIdOf(tokenId *big.Int) []byte {
	enc, err := pKPNFT.abi.Pack("keyIdOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeyIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe68b83ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keyIdOf(uint256 tokenId) view returns(bytes32)
func (pKPNFT *PKPNFT) TryPackKeyIdOf(tokenId *big.Int) ([]byte, error) {
	return pKPNFT.abi.Pack("keyIdOf", tokenId)
}

// UnpackKeyIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe68b83ea.
//
// Solidity: function keyIdOf(uint256 tokenId) view returns(bytes32)
func (pKPNFT *PKPNFT) UnpackKeyIdOf(data []byte) ([32]byte, error) {
	out, err := pKPNFT.abi.Unpack("keyIdOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMintCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbdb4b848.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintCost() view returns(uint256)
func (pKPNFT *PKPNFT) PackMintCost() []byte {
	enc, err := pKPNFT.abi.Pack("mintCost")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbdb4b848.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintCost() view returns(uint256)
func (pKPNFT *PKPNFT) TryPackMintCost() ([]byte, error) {
	return pKPNFT.abi.Pack("mintCost")
}

// UnpackMintCost is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbdb4b848.
//
// Solidity: function mintCost() view returns(uint256)
func (pKPNFT *PKPNFT) UnpackMintCost(data []byte) (*big.Int, error) {
	out, err := pKPNFT.abi.Unpack("mintCost", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMintGrantAndBurnNext is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38595742.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintGrantAndBurnNext(bytes ipfsCid) payable returns(uint256 tokenId)
func (pKPNFT *PKPNFT) PackMintGrantAndBurnNext(ipfsCid []byte) []byte {
	enc, err := pKPNFT.abi.Pack("mintGrantAndBurnNext", ipfsCid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintGrantAndBurnNext is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38595742.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintGrantAndBurnNext(bytes ipfsCid) payable returns(uint256 tokenId)
func (pKPNFT *PKPNFT) TryPackMintGrantAndBurnNext(ipfsCid []byte) ([]byte, error) {
	return pKPNFT.abi.Pack("mintGrantAndBurnNext", ipfsCid)
}

// UnpackMintGrantAndBurnNext is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38595742.
//
// Solidity: function mintGrantAndBurnNext(bytes ipfsCid) payable returns(uint256 tokenId)
func (pKPNFT *PKPNFT) UnpackMintGrantAndBurnNext(data []byte) (*big.Int, error) {
	out, err := pKPNFT.abi.Unpack("mintGrantAndBurnNext", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMintNext is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c1f2331.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintNext() payable returns(uint256 tokenId)
func (pKPNFT *PKPNFT) PackMintNext() []byte {
	enc, err := pKPNFT.abi.Pack("mintNext")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintNext is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c1f2331.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintNext() payable returns(uint256 tokenId)
func (pKPNFT *PKPNFT) TryPackMintNext() ([]byte, error) {
	return pKPNFT.abi.Pack("mintNext")
}

// UnpackMintNext is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c1f2331.
//
// Solidity: function mintNext() payable returns(uint256 tokenId)
func (pKPNFT *PKPNFT) UnpackMintNext(data []byte) (*big.Int, error) {
	out, err := pKPNFT.abi.Unpack("mintNext", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (pKPNFT *PKPNFT) PackName() []byte {
	enc, err := pKPNFT.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (pKPNFT *PKPNFT) TryPackName() ([]byte, error) {
	return pKPNFT.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (pKPNFT *PKPNFT) UnpackName(data []byte) (string, error) {
	out, err := pKPNFT.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (pKPNFT *PKPNFT) PackOwner() []byte {
	enc, err := pKPNFT.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (pKPNFT *PKPNFT) TryPackOwner() ([]byte, error) {
	return pKPNFT.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (pKPNFT *PKPNFT) UnpackOwner(data []byte) (common.Address, error) {
	out, err := pKPNFT.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (pKPNFT *PKPNFT) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := pKPNFT.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (pKPNFT *PKPNFT) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return pKPNFT.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (pKPNFT *PKPNFT) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := pKPNFT.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab8c71c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permissions() view returns(address)
func (pKPNFT *PKPNFT) PackPermissions() []byte {
	enc, err := pKPNFT.abi.Pack("permissions")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab8c71c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permissions() view returns(address)
func (pKPNFT *PKPNFT) TryPackPermissions() ([]byte, error) {
	return pKPNFT.abi.Pack("permissions")
}

// UnpackPermissions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab8c71c0.
//
// Solidity: function permissions() view returns(address)
func (pKPNFT *PKPNFT) UnpackPermissions(data []byte) (common.Address, error) {
	out, err := pKPNFT.abi.Unpack("permissions", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPkpAddressOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0bf170b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pkpAddressOf(uint256 tokenId) view returns(address)
func (pKPNFT *PKPNFT) PackPkpAddressOf(tokenId *big.Int) []byte {
	enc, err := pKPNFT.abi.Pack("pkpAddressOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPkpAddressOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0bf170b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pkpAddressOf(uint256 tokenId) view returns(address)
func (pKPNFT *PKPNFT) TryPackPkpAddressOf(tokenId *big.Int) ([]byte, error) {
	return pKPNFT.abi.Pack("pkpAddressOf", tokenId)
}

// UnpackPkpAddressOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0bf170b.
//
// Solidity: function pkpAddressOf(uint256 tokenId) view returns(address)
func (pKPNFT *PKPNFT) UnpackPkpAddressOf(data []byte) (common.Address, error) {
	out, err := pKPNFT.abi.Unpack("pkpAddressOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (pKPNFT *PKPNFT) PackRenounceOwnership() []byte {
	enc, err := pKPNFT.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (pKPNFT *PKPNFT) TryPackRenounceOwnership() ([]byte, error) {
	return pKPNFT.abi.Pack("renounceOwnership")
}

// PackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function router() view returns(address)
func (pKPNFT *PKPNFT) PackRouter() []byte {
	enc, err := pKPNFT.abi.Pack("router")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRouter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf887ea40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function router() view returns(address)
func (pKPNFT *PKPNFT) TryPackRouter() ([]byte, error) {
	return pKPNFT.abi.Pack("router")
}

// UnpackRouter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf887ea40.
//
// Solidity: function router() view returns(address)
func (pKPNFT *PKPNFT) UnpackRouter(data []byte) (common.Address, error) {
	out, err := pKPNFT.abi.Unpack("router", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (pKPNFT *PKPNFT) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := pKPNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (pKPNFT *PKPNFT) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return pKPNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (pKPNFT *PKPNFT) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := pKPNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (pKPNFT *PKPNFT) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return pKPNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (pKPNFT *PKPNFT) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := pKPNFT.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (pKPNFT *PKPNFT) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return pKPNFT.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetMintCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8545f4ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMintCost(uint256 cost) returns()
func (pKPNFT *PKPNFT) PackSetMintCost(cost *big.Int) []byte {
	enc, err := pKPNFT.abi.Pack("setMintCost", cost)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMintCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8545f4ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMintCost(uint256 cost) returns()
func (pKPNFT *PKPNFT) TryPackSetMintCost(cost *big.Int) ([]byte, error) {
	return pKPNFT.abi.Pack("setMintCost", cost)
}

// PackSetPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x456d28d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPermissions(address permissions_) returns()
func (pKPNFT *PKPNFT) PackSetPermissions(permissions common.Address) []byte {
	enc, err := pKPNFT.abi.Pack("setPermissions", permissions)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x456d28d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPermissions(address permissions_) returns()
func (pKPNFT *PKPNFT) TryPackSetPermissions(permissions common.Address) ([]byte, error) {
	return pKPNFT.abi.Pack("setPermissions", permissions)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (pKPNFT *PKPNFT) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := pKPNFT.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (pKPNFT *PKPNFT) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return pKPNFT.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (pKPNFT *PKPNFT) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := pKPNFT.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (pKPNFT *PKPNFT) PackSymbol() []byte {
	enc, err := pKPNFT.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (pKPNFT *PKPNFT) TryPackSymbol() ([]byte, error) {
	return pKPNFT.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (pKPNFT *PKPNFT) UnpackSymbol(data []byte) (string, error) {
	out, err := pKPNFT.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenIdOfAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c08652f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenIdOfAddress(address pkp) view returns(uint256)
func (pKPNFT *PKPNFT) PackTokenIdOfAddress(pkp common.Address) []byte {
	enc, err := pKPNFT.abi.Pack("tokenIdOfAddress", pkp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenIdOfAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c08652f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenIdOfAddress(address pkp) view returns(uint256)
func (pKPNFT *PKPNFT) TryPackTokenIdOfAddress(pkp common.Address) ([]byte, error) {
	return pKPNFT.abi.Pack("tokenIdOfAddress", pkp)
}

// UnpackTokenIdOfAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c08652f.
//
// Solidity: function tokenIdOfAddress(address pkp) view returns(uint256)
func (pKPNFT *PKPNFT) UnpackTokenIdOfAddress(data []byte) (*big.Int, error) {
	out, err := pKPNFT.abi.Unpack("tokenIdOfAddress", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (pKPNFT *PKPNFT) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := pKPNFT.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (pKPNFT *PKPNFT) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return pKPNFT.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (pKPNFT *PKPNFT) UnpackTokenURI(data []byte) (string, error) {
	out, err := pKPNFT.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalMinted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2309ff8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalMinted() view returns(uint256)
func (pKPNFT *PKPNFT) PackTotalMinted() []byte {
	enc, err := pKPNFT.abi.Pack("totalMinted")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalMinted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2309ff8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalMinted() view returns(uint256)
func (pKPNFT *PKPNFT) TryPackTotalMinted() ([]byte, error) {
	return pKPNFT.abi.Pack("totalMinted")
}

// UnpackTotalMinted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2309ff8.
//
// Solidity: function totalMinted() view returns(uint256)
func (pKPNFT *PKPNFT) UnpackTotalMinted(data []byte) (*big.Int, error) {
	out, err := pKPNFT.abi.Unpack("totalMinted", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (pKPNFT *PKPNFT) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := pKPNFT.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (pKPNFT *PKPNFT) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return pKPNFT.abi.Pack("transferFrom", from, to, tokenId)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (pKPNFT *PKPNFT) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := pKPNFT.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (pKPNFT *PKPNFT) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return pKPNFT.abi.Pack("transferOwnership", newOwner)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (pKPNFT *PKPNFT) PackWithdraw() []byte {
	enc, err := pKPNFT.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (pKPNFT *PKPNFT) TryPackWithdraw() ([]byte, error) {
	return pKPNFT.abi.Pack("withdraw")
}

// PKPNFTApproval represents a Approval event raised by the PKPNFT contract.
type PKPNFTApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const PKPNFTApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (PKPNFTApproval) ContractEventName() string {
	return PKPNFTApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (pKPNFT *PKPNFT) UnpackApprovalEvent(log *types.Log) (*PKPNFTApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pKPNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PKPNFTApproval)
	if len(log.Data) > 0 {
		if err := pKPNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pKPNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PKPNFTApprovalForAll represents a ApprovalForAll event raised by the PKPNFT contract.
type PKPNFTApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const PKPNFTApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (PKPNFTApprovalForAll) ContractEventName() string {
	return PKPNFTApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (pKPNFT *PKPNFT) UnpackApprovalForAllEvent(log *types.Log) (*PKPNFTApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pKPNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PKPNFTApprovalForAll)
	if len(log.Data) > 0 {
		if err := pKPNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pKPNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PKPNFTMintCostSet represents a MintCostSet event raised by the PKPNFT contract.
type PKPNFTMintCostSet struct {
	MintCost *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const PKPNFTMintCostSetEventName = "MintCostSet"

// ContractEventName returns the user-defined event name.
func (PKPNFTMintCostSet) ContractEventName() string {
	return PKPNFTMintCostSetEventName
}

// UnpackMintCostSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MintCostSet(uint256 mintCost)
func (pKPNFT *PKPNFT) UnpackMintCostSetEvent(log *types.Log) (*PKPNFTMintCostSet, error) {
	event := "MintCostSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pKPNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PKPNFTMintCostSet)
	if len(log.Data) > 0 {
		if err := pKPNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pKPNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PKPNFTOwnershipTransferred represents a OwnershipTransferred event raised by the PKPNFT contract.
type PKPNFTOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const PKPNFTOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (PKPNFTOwnershipTransferred) ContractEventName() string {
	return PKPNFTOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (pKPNFT *PKPNFT) UnpackOwnershipTransferredEvent(log *types.Log) (*PKPNFTOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pKPNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PKPNFTOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := pKPNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pKPNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PKPNFTPKPMinted represents a PKPMinted event raised by the PKPNFT contract.
type PKPNFTPKPMinted struct {
	TokenId    *big.Int
	KeyId      [32]byte
	PkpAddress common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const PKPNFTPKPMintedEventName = "PKPMinted"

// ContractEventName returns the user-defined event name.
func (PKPNFTPKPMinted) ContractEventName() string {
	return PKPNFTPKPMintedEventName
}

// UnpackPKPMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PKPMinted(uint256 indexed tokenId, bytes32 indexed keyId, address indexed pkpAddress)
func (pKPNFT *PKPNFT) UnpackPKPMintedEvent(log *types.Log) (*PKPNFTPKPMinted, error) {
	event := "PKPMinted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pKPNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PKPNFTPKPMinted)
	if len(log.Data) > 0 {
		if err := pKPNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pKPNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PKPNFTPermissionsSet represents a PermissionsSet event raised by the PKPNFT contract.
type PKPNFTPermissionsSet struct {
	Permissions common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const PKPNFTPermissionsSetEventName = "PermissionsSet"

// ContractEventName returns the user-defined event name.
func (PKPNFTPermissionsSet) ContractEventName() string {
	return PKPNFTPermissionsSetEventName
}

// UnpackPermissionsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PermissionsSet(address permissions)
func (pKPNFT *PKPNFT) UnpackPermissionsSetEvent(log *types.Log) (*PKPNFTPermissionsSet, error) {
	event := "PermissionsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pKPNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PKPNFTPermissionsSet)
	if len(log.Data) > 0 {
		if err := pKPNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pKPNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PKPNFTTransfer represents a Transfer event raised by the PKPNFT contract.
type PKPNFTTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PKPNFTTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (PKPNFTTransfer) ContractEventName() string {
	return PKPNFTTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (pKPNFT *PKPNFT) UnpackTransferEvent(log *types.Log) (*PKPNFTTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pKPNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PKPNFTTransfer)
	if len(log.Data) > 0 {
		if err := pKPNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pKPNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PKPNFTWithdrawn represents a Withdrawn event raised by the PKPNFT contract.
type PKPNFTWithdrawn struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PKPNFTWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (PKPNFTWithdrawn) ContractEventName() string {
	return PKPNFTWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed to, uint256 amount)
func (pKPNFT *PKPNFT) UnpackWithdrawnEvent(log *types.Log) (*PKPNFTWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pKPNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PKPNFTWithdrawn)
	if len(log.Data) > 0 {
		if err := pKPNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pKPNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (pKPNFT *PKPNFT) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], pKPNFT.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return pKPNFT.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPNFT.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return pKPNFT.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPNFT.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return pKPNFT.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPNFT.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return pKPNFT.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPNFT.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return pKPNFT.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPNFT.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return pKPNFT.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPNFT.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return pKPNFT.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPNFT.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return pKPNFT.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPNFT.abi.Errors["NoPermissionsContract"].ID.Bytes()[:4]) {
		return pKPNFT.UnpackNoPermissionsContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPNFT.abi.Errors["NotTokenOwner"].ID.Bytes()[:4]) {
		return pKPNFT.UnpackNotTokenOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPNFT.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return pKPNFT.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPNFT.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return pKPNFT.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPNFT.abi.Errors["PermissionsAlreadySet"].ID.Bytes()[:4]) {
		return pKPNFT.UnpackPermissionsAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPNFT.abi.Errors["UnknownToken"].ID.Bytes()[:4]) {
		return pKPNFT.UnpackUnknownTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPNFT.abi.Errors["WithdrawFailed"].ID.Bytes()[:4]) {
		return pKPNFT.UnpackWithdrawFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPNFT.abi.Errors["WrongMintCost"].ID.Bytes()[:4]) {
		return pKPNFT.UnpackWrongMintCostError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PKPNFTERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the PKPNFT contract.
type PKPNFTERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func PKPNFTERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (pKPNFT *PKPNFT) UnpackERC721IncorrectOwnerError(raw []byte) (*PKPNFTERC721IncorrectOwner, error) {
	out := new(PKPNFTERC721IncorrectOwner)
	if err := pKPNFT.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPNFTERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the PKPNFT contract.
type PKPNFTERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func PKPNFTERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (pKPNFT *PKPNFT) UnpackERC721InsufficientApprovalError(raw []byte) (*PKPNFTERC721InsufficientApproval, error) {
	out := new(PKPNFTERC721InsufficientApproval)
	if err := pKPNFT.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPNFTERC721InvalidApprover represents a ERC721InvalidApprover error raised by the PKPNFT contract.
type PKPNFTERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func PKPNFTERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (pKPNFT *PKPNFT) UnpackERC721InvalidApproverError(raw []byte) (*PKPNFTERC721InvalidApprover, error) {
	out := new(PKPNFTERC721InvalidApprover)
	if err := pKPNFT.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPNFTERC721InvalidOperator represents a ERC721InvalidOperator error raised by the PKPNFT contract.
type PKPNFTERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func PKPNFTERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (pKPNFT *PKPNFT) UnpackERC721InvalidOperatorError(raw []byte) (*PKPNFTERC721InvalidOperator, error) {
	out := new(PKPNFTERC721InvalidOperator)
	if err := pKPNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPNFTERC721InvalidOwner represents a ERC721InvalidOwner error raised by the PKPNFT contract.
type PKPNFTERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func PKPNFTERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (pKPNFT *PKPNFT) UnpackERC721InvalidOwnerError(raw []byte) (*PKPNFTERC721InvalidOwner, error) {
	out := new(PKPNFTERC721InvalidOwner)
	if err := pKPNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPNFTERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the PKPNFT contract.
type PKPNFTERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func PKPNFTERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (pKPNFT *PKPNFT) UnpackERC721InvalidReceiverError(raw []byte) (*PKPNFTERC721InvalidReceiver, error) {
	out := new(PKPNFTERC721InvalidReceiver)
	if err := pKPNFT.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPNFTERC721InvalidSender represents a ERC721InvalidSender error raised by the PKPNFT contract.
type PKPNFTERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func PKPNFTERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (pKPNFT *PKPNFT) UnpackERC721InvalidSenderError(raw []byte) (*PKPNFTERC721InvalidSender, error) {
	out := new(PKPNFTERC721InvalidSender)
	if err := pKPNFT.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPNFTERC721NonexistentToken represents a ERC721NonexistentToken error raised by the PKPNFT contract.
type PKPNFTERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func PKPNFTERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (pKPNFT *PKPNFT) UnpackERC721NonexistentTokenError(raw []byte) (*PKPNFTERC721NonexistentToken, error) {
	out := new(PKPNFTERC721NonexistentToken)
	if err := pKPNFT.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPNFTNoPermissionsContract represents a NoPermissionsContract error raised by the PKPNFT contract.
type PKPNFTNoPermissionsContract struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoPermissionsContract()
func PKPNFTNoPermissionsContractErrorID() common.Hash {
	return common.HexToHash("0x439401a8cdf773dbb3660c166ab2253e6c88ff7a9db24f118d18d16d86322e75")
}

// UnpackNoPermissionsContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoPermissionsContract()
func (pKPNFT *PKPNFT) UnpackNoPermissionsContractError(raw []byte) (*PKPNFTNoPermissionsContract, error) {
	out := new(PKPNFTNoPermissionsContract)
	if err := pKPNFT.abi.UnpackIntoInterface(out, "NoPermissionsContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPNFTNotTokenOwner represents a NotTokenOwner error raised by the PKPNFT contract.
type PKPNFTNotTokenOwner struct {
	TokenId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTokenOwner(uint256 tokenId, address caller)
func PKPNFTNotTokenOwnerErrorID() common.Hash {
	return common.HexToHash("0x6d3d18585f3e1732cc93a3986f35902be5466653aec52877015b8d89b025a053")
}

// UnpackNotTokenOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTokenOwner(uint256 tokenId, address caller)
func (pKPNFT *PKPNFT) UnpackNotTokenOwnerError(raw []byte) (*PKPNFTNotTokenOwner, error) {
	out := new(PKPNFTNotTokenOwner)
	if err := pKPNFT.abi.UnpackIntoInterface(out, "NotTokenOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPNFTOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the PKPNFT contract.
type PKPNFTOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func PKPNFTOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (pKPNFT *PKPNFT) UnpackOwnableInvalidOwnerError(raw []byte) (*PKPNFTOwnableInvalidOwner, error) {
	out := new(PKPNFTOwnableInvalidOwner)
	if err := pKPNFT.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPNFTOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the PKPNFT contract.
type PKPNFTOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func PKPNFTOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (pKPNFT *PKPNFT) UnpackOwnableUnauthorizedAccountError(raw []byte) (*PKPNFTOwnableUnauthorizedAccount, error) {
	out := new(PKPNFTOwnableUnauthorizedAccount)
	if err := pKPNFT.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPNFTPermissionsAlreadySet represents a PermissionsAlreadySet error raised by the PKPNFT contract.
type PKPNFTPermissionsAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PermissionsAlreadySet()
func PKPNFTPermissionsAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x1195b546d1760e913fdd25c9c76f6ca9bf3cd707c122ac61e7c7d82dfdc8cc42")
}

// UnpackPermissionsAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PermissionsAlreadySet()
func (pKPNFT *PKPNFT) UnpackPermissionsAlreadySetError(raw []byte) (*PKPNFTPermissionsAlreadySet, error) {
	out := new(PKPNFTPermissionsAlreadySet)
	if err := pKPNFT.abi.UnpackIntoInterface(out, "PermissionsAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPNFTUnknownToken represents a UnknownToken error raised by the PKPNFT contract.
type PKPNFTUnknownToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownToken(uint256 tokenId)
func PKPNFTUnknownTokenErrorID() common.Hash {
	return common.HexToHash("0x0ed9cff433b81428e781452ec796299037b5c050f5e68191cfa002b8084e3cad")
}

// UnpackUnknownTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownToken(uint256 tokenId)
func (pKPNFT *PKPNFT) UnpackUnknownTokenError(raw []byte) (*PKPNFTUnknownToken, error) {
	out := new(PKPNFTUnknownToken)
	if err := pKPNFT.abi.UnpackIntoInterface(out, "UnknownToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPNFTWithdrawFailed represents a WithdrawFailed error raised by the PKPNFT contract.
type PKPNFTWithdrawFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawFailed()
func PKPNFTWithdrawFailedErrorID() common.Hash {
	return common.HexToHash("0x750b219cf41756317cec42a05eeadd7c26774653485899be023c221c437fe020")
}

// UnpackWithdrawFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawFailed()
func (pKPNFT *PKPNFT) UnpackWithdrawFailedError(raw []byte) (*PKPNFTWithdrawFailed, error) {
	out := new(PKPNFTWithdrawFailed)
	if err := pKPNFT.abi.UnpackIntoInterface(out, "WithdrawFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPNFTWrongMintCost represents a WrongMintCost error raised by the PKPNFT contract.
type PKPNFTWrongMintCost struct {
	Sent *big.Int
	Cost *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongMintCost(uint256 sent, uint256 cost)
func PKPNFTWrongMintCostErrorID() common.Hash {
	return common.HexToHash("0x6e103e0de1735f54dbe53623e03893e245107574445cd5f962d73e69810724c6")
}

// UnpackWrongMintCostError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongMintCost(uint256 sent, uint256 cost)
func (pKPNFT *PKPNFT) UnpackWrongMintCostError(raw []byte) (*PKPNFTWrongMintCost, error) {
	out := new(PKPNFTWrongMintCost)
	if err := pKPNFT.abi.UnpackIntoInterface(out, "WrongMintCost", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPPermissionsMetaData contains all meta data concerning the PKPPermissions contract.
var PKPPermissionsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractPKPNFT\",\"name\":\"nft\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"}],\"name\":\"BadAuthMethodType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"scopeId\",\"type\":\"uint256\"}],\"name\":\"BadScope\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadUserPubkey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPKPOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPermitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"PermissionsFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"TooManyPermissions\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UserPubkeyMismatch\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"userPubkey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"scopes\",\"type\":\"uint256\"}],\"name\":\"PermissionAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"}],\"name\":\"PermissionRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"scopeId\",\"type\":\"uint256\"}],\"name\":\"PermissionScopeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"scopeId\",\"type\":\"uint256\"}],\"name\":\"PermissionScopeRemoved\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"ipfsCid\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"scopes\",\"type\":\"uint256[]\"}],\"name\":\"addPermittedAction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"scopes\",\"type\":\"uint256[]\"}],\"name\":\"addPermittedAddress\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"userPubkey\",\"type\":\"bytes\"}],\"internalType\":\"structAuthMethod\",\"name\":\"authMethod\",\"type\":\"tuple\"},{\"internalType\":\"uint256[]\",\"name\":\"scopes\",\"type\":\"uint256[]\"}],\"name\":\"addPermittedAuthMethod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"scopeId\",\"type\":\"uint256\"}],\"name\":\"addPermittedAuthMethodScope\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getPermissions\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"userPubkey\",\"type\":\"bytes\"}],\"internalType\":\"structAuthMethod[]\",\"name\":\"methods\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256[]\",\"name\":\"scopeMasks\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getPermittedActions\",\"outputs\":[{\"internalType\":\"bytes[]\",\"name\":\"out\",\"type\":\"bytes[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getPermittedAddresses\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"out\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"}],\"name\":\"getPermittedAuthMethodScopeMask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"maxScopeId\",\"type\":\"uint256\"}],\"name\":\"getPermittedAuthMethodScopes\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"scopes\",\"type\":\"bool[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getPermittedAuthMethods\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"userPubkey\",\"type\":\"bytes\"}],\"internalType\":\"structAuthMethod[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"}],\"name\":\"getTokenIdsForAuthMethod\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"}],\"name\":\"getUserPubkeyForAuthMethod\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"ipfsCid\",\"type\":\"bytes\"}],\"name\":\"isPermittedAction\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"isPermittedAddress\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"}],\"name\":\"isPermittedAuthMethod\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"scopeId\",\"type\":\"uint256\"}],\"name\":\"isPermittedAuthMethodScopePresent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pkpNFT\",\"outputs\":[{\"internalType\":\"contractPKPNFT\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"ipfsCid\",\"type\":\"bytes\"}],\"name\":\"removePermittedAction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"removePermittedAddress\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"}],\"name\":\"removePermittedAuthMethod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"scopeId\",\"type\":\"uint256\"}],\"name\":\"removePermittedAuthMethodScope\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ea825b84c0398f0c04422384019d659dd4",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161389438038061389483398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b60805161375a61013a5f395f81816103350152818161051a015281816105c90152818161065301528181610837015281816108e10152818161096b01528181610a9a01528181610b4401528181610bce01528181610f4b01528181610ff50152818161107f015281816112900152818161133a015281816113c401528181611505015281816115af0152818161163901528181611d8001528181611e2a01528181611eb4015281816121ce01528181612278015281816123020152818161275f01526127eb015261375a5ff3fe608060405234801561000f575f5ffd5b506004361061012f575f3560e01c80638a431578116100b4578063b997606f11610079578063b997606f146102b7578063bb7a1070146102ca578063d41a3272146102ea578063f34f21ba146102fd578063fceb39831461031d578063ffa2e95314610330575f5ffd5b80638a4315781461023d5780639dd4349b14610250578063a1c805fa14610263578063abc541ae14610276578063ac09f6b814610296575f5ffd5b806366fc6541116100fa57806366fc6541146101c35780636821c8e2146101d65780636acf93fa146101e957806378b05a3814610209578063825595611461022a575f5ffd5b80618b4f14610133578062221c081461015b5780631663c1211461017b5780635521c45214610190578063557b5eba146101b0575b5f5ffd5b610146610141366004612e95565b61036f565b60405190151581526020015b60405180910390f35b61016e610169366004612f07565b6103ee565b6040516101529190612f5c565b61018e610189366004612fe0565b610502565b005b6101a361019e366004613037565b610774565b60405161015291906130b8565b6101466101be3660046130ca565b6107d5565b61018e6101d13660046130ca565b61081f565b61018e6101e4366004612f07565b610a82565b6101fc6101f73660046130ca565b610dd8565b604051610152919061313a565b61021c6102173660046130ca565b610ec9565b604051908152602001610152565b61018e610238366004612f07565b610f33565b61018e61024b36600461314c565b611278565b61018e61025e3660046131c3565b6114ed565b610146610271366004612f07565b6117d2565b610289610284366004613203565b611856565b604051610152919061321a565b6102a96102a4366004613203565b611a74565b6040516101529291906132e5565b61018e6102c5366004612e95565b611d68565b6102dd6102d8366004613203565b611fc8565b6040516101529190613309565b61018e6102f8366004613037565b6121b6565b61031061030b366004613203565b612421565b604051610152919061336c565b61014661032b366004613037565b612705565b6103577f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610152565b5f6001600160a01b038216158015906103a1575061038c83612747565b6001600160a01b0316826001600160a01b0316145b156103ae575060016103e8565b6040516001600160601b0319606084901b1660208201526103e5908490600190603401604051602081830303815290604052612863565b90505b92915050565b606060ff8211156103fe5760ff91505b5f60025f8881526020019081526020015f205f6104508888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061288492505050565b81526020019081526020015f2054905082600161046d9190613392565b6001600160401b03811115610484576104846133a5565b6040519080825280602002602001820160405280156104ad578160200160208202803683370190505b5091505f5b8381116104f7578082901c6001166001148382815181106104d5576104d56133b9565b91151560209283029190910190910152806104ef816133cd565b9150506104b2565b505095945050505050565b60405163db44fe0760e01b81526004810185905284907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063db44fe0790602401602060405180830381865afa158015610567573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061058b91906133e5565b156105b157604051632fb4309960e01b8152600481018290526024015b60405180910390fd5b6040516331a9108f60e11b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa158015610616573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061063a9190613404565b60405163f0bf170b60e01b8152600481018490529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f0bf170b90602401602060405180830381865afa1580156106a0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106c49190613404565b6001600160a01b0316816001600160a01b0316036106f857604051632fb4309960e01b8152600481018390526024016105a8565b336001600160a01b0382161461072a57604051631b2bf03360e31b8152600481018390523360248201526044016105a8565b6040516001600160601b0319606087901b16602082015261076c90879060019060340160408051601f19818403018152602083019091525f82529088886128b6565b505050505050565b60606107cd60035f6107bb8787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061288492505050565b81526020019081526020015f20612b8c565b949350505050565b5f610816858585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061286392505050565b95945050505050565b60405163db44fe0760e01b81526004810185905284907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063db44fe0790602401602060405180830381865afa158015610884573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108a891906133e5565b156108c957604051632fb4309960e01b8152600481018290526024016105a8565b6040516331a9108f60e11b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa15801561092e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109529190613404565b60405163f0bf170b60e01b8152600481018490529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f0bf170b90602401602060405180830381865afa1580156109b8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109dc9190613404565b6001600160a01b0316816001600160a01b031603610a1057604051632fb4309960e01b8152600481018390526024016105a8565b336001600160a01b03821614610a4257604051631b2bf03360e31b8152600481018390523360248201526044016105a8565b61076c868686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250612b9f92505050565b60405163db44fe0760e01b81526004810186905285907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063db44fe0790602401602060405180830381865afa158015610ae7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b0b91906133e5565b15610b2c57604051632fb4309960e01b8152600481018290526024016105a8565b6040516331a9108f60e11b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa158015610b91573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bb59190613404565b60405163f0bf170b60e01b8152600481018490529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f0bf170b90602401602060405180830381865afa158015610c1b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c3f9190613404565b6001600160a01b0316816001600160a01b031603610c7357604051632fb4309960e01b8152600481018390526024016105a8565b336001600160a01b03821614610ca557604051631b2bf03360e31b8152600481018390523360248201526044016105a8565b6002831115610cca57604051637d22409360e01b8152600481018490526024016105a8565b5f610d0a8787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061288492505050565b5f898152600160205260409020909150610d249082612c6e565b610d41576040516339218f3b60e01b815260040160405180910390fd5b5f8881526002602090815260408083208484529091529020546001851b811615610d6c575050610dcf565b5f898152600260209081526040808320858452909152908190206001871b831790555188908a907f0ff2a451f4ef8365d99595012bd5df2ec51f08512aaf249bb1da0f7de9c5eb9190610dc4908b908b908b9061341f565b60405180910390a350505b50505050505050565b606060045f8681526020019081526020015f205f610e2b8686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061288492505050565b81526020019081526020015f208054610e4390613456565b80601f0160208091040260200160405190810160405280929190818152602001828054610e6f90613456565b8015610eba5780601f10610e9157610100808354040283529160200191610eba565b820191905f5260205f20905b815481529060010190602001808311610e9d57829003601f168201915b50505050509050949350505050565b5f60025f8681526020019081526020015f205f610f1b8686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061288492505050565b81526020019081526020015f20549050949350505050565b60405163db44fe0760e01b81526004810186905285907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063db44fe0790602401602060405180830381865afa158015610f98573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fbc91906133e5565b15610fdd57604051632fb4309960e01b8152600481018290526024016105a8565b6040516331a9108f60e11b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa158015611042573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110669190613404565b60405163f0bf170b60e01b8152600481018490529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f0bf170b90602401602060405180830381865afa1580156110cc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110f09190613404565b6001600160a01b0316816001600160a01b03160361112457604051632fb4309960e01b8152600481018390526024016105a8565b336001600160a01b0382161461115657604051631b2bf03360e31b8152600481018390523360248201526044016105a8565b600283111561117b57604051637d22409360e01b8152600481018490526024016105a8565b5f6111bb8787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061288492505050565b5f8981526001602052604090209091506111d59082612c6e565b6111f2576040516339218f3b60e01b815260040160405180910390fd5b5f888152600260209081526040808320848452909152812054906001861b8216900361121f575050610dcf565b5f898152600260209081526040808320858452909152908190206001871b19831690555188908a907f2405ce2e857f3bddc0270d318a7573d433dcb995637b7b9f223e6688e379bdec90610dc4908b908b908b9061341f565b60405163db44fe0760e01b81526004810186905285907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063db44fe0790602401602060405180830381865afa1580156112dd573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061130191906133e5565b1561132257604051632fb4309960e01b8152600481018290526024016105a8565b6040516331a9108f60e11b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa158015611387573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113ab9190613404565b60405163f0bf170b60e01b8152600481018490529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f0bf170b90602401602060405180830381865afa158015611411573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114359190613404565b6001600160a01b0316816001600160a01b03160361146957604051632fb4309960e01b8152600481018390526024016105a8565b336001600160a01b0382161461149b57604051631b2bf03360e31b8152600481018390523360248201526044016105a8565b610dcf87600288888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250604080516020810190915290815292508a91508990506128b6565b60405163db44fe0760e01b81526004810185905284907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063db44fe0790602401602060405180830381865afa158015611552573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061157691906133e5565b1561159757604051632fb4309960e01b8152600481018290526024016105a8565b6040516331a9108f60e11b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa1580156115fc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116209190613404565b60405163f0bf170b60e01b8152600481018490529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f0bf170b90602401602060405180830381865afa158015611686573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116aa9190613404565b6001600160a01b0316816001600160a01b0316036116de57604051632fb4309960e01b8152600481018390526024016105a8565b336001600160a01b0382161461171057604051631b2bf03360e31b8152600481018390523360248201526044016105a8565b843560018114806117215750600281145b1561174257604051637f4aad3160e11b8152600481018290526024016105a8565b610dcf878261175460208a018a61348e565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117959250505060408b018b61348e565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508c92508b91506128b69050565b5f60ff8211156117e357505f610816565b8160025f8881526020019081526020015f205f6118358888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061288492505050565b81526020019081526020015f2054901c600116600114905095945050505050565b5f8181526001602052604081206060919061187090612b8c565b90505f61187c84612747565b90505f6001600160a01b03821615611895576001611897565b5f5b60ff1690505f5b8351811015611919575f5f5f8684815181106118bc576118bc6133b9565b602002602001015181526020019081526020015f2090506001815f01541480156118fd57506001600160a01b0384166118f7600183016134d0565b60601c14155b15611910578261190c816133cd565b9350505b5060010161189e565b50806001600160401b03811115611932576119326133a5565b60405190808252806020026020018201604052801561195b578160200160208202803683370190505b5093505f90506001600160a01b038216156119af5781848261197c816133cd565b93508151811061198e5761198e6133b9565b60200260200101906001600160a01b031690816001600160a01b0316815250505b5f5b8351811015611a6b575f5f5f8684815181106119cf576119cf6133b9565b602002602001015181526020019081526020015f2090506001815f0154148015611a1057506001600160a01b038416611a0a600183016134d0565b60601c14155b15611a6257611a21600182016134d0565b60601c8684611a2f816133cd565b955081518110611a4157611a416133b9565b60200260200101906001600160a01b031690816001600160a01b0316815250505b506001016119b1565b50505050919050565b5f8181526001602052604081206060918291611a8f90612b8c565b905080516001600160401b03811115611aaa57611aaa6133a5565b604051908082528060200260200182016040528015611afe57816020015b611aeb60405180606001604052805f815260200160608152602001606081525090565b815260200190600190039081611ac85790505b50925080516001600160401b03811115611b1a57611b1a6133a5565b604051908082528060200260200182016040528015611b43578160200160208202803683370190505b5091505f5b8151811015611d61575f5f5f848481518110611b6657611b666133b9565b602002602001015181526020019081526020015f2090506040518060600160405280825f01548152602001826001018054611ba090613456565b80601f0160208091040260200160405190810160405280929190818152602001828054611bcc90613456565b8015611c175780601f10611bee57610100808354040283529160200191611c17565b820191905f5260205f20905b815481529060010190602001808311611bfa57829003601f168201915b5050505050815260200160045f8981526020019081526020015f205f868681518110611c4557611c456133b9565b602002602001015181526020019081526020015f208054611c6590613456565b80601f0160208091040260200160405190810160405280929190818152602001828054611c9190613456565b8015611cdc5780601f10611cb357610100808354040283529160200191611cdc565b820191905f5260205f20905b815481529060010190602001808311611cbf57829003601f168201915b5050505050815250858381518110611cf657611cf66133b9565b602002602001018190525060025f8781526020019081526020015f205f848481518110611d2557611d256133b9565b602002602001015181526020019081526020015f2054848381518110611d4d57611d4d6133b9565b602090810291909101015250600101611b48565b5050915091565b60405163db44fe0760e01b81526004810183905282907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063db44fe0790602401602060405180830381865afa158015611dcd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611df191906133e5565b15611e1257604051632fb4309960e01b8152600481018290526024016105a8565b6040516331a9108f60e11b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa158015611e77573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e9b9190613404565b60405163f0bf170b60e01b8152600481018490529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f0bf170b90602401602060405180830381865afa158015611f01573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f259190613404565b6001600160a01b0316816001600160a01b031603611f5957604051632fb4309960e01b8152600481018390526024016105a8565b336001600160a01b03821614611f8b57604051631b2bf03360e31b8152600481018390523360248201526044016105a8565b6040516001600160601b0319606085901b166020820152611fc2908590600190603401604051602081830303815290604052612b9f565b50505050565b5f81815260016020526040812060609190611fe290612b8c565b90505f805b82518110156120395760025f5f858481518110612006576120066133b9565b602002602001015181526020019081526020015f205f015403612031578161202d816133cd565b9250505b600101611fe7565b50806001600160401b03811115612052576120526133a5565b60405190808252806020026020018201604052801561208557816020015b60608152602001906001900390816120705790505b5092505f9050805b82518110156121ae5760025f5f8584815181106120ac576120ac6133b9565b602002602001015181526020019081526020015f205f0154036121a6575f5f8483815181106120dd576120dd6133b9565b602002602001015181526020019081526020015f20600101805461210090613456565b80601f016020809104026020016040519081016040528092919081815260200182805461212c90613456565b80156121775780601f1061214e57610100808354040283529160200191612177565b820191905f5260205f20905b81548152906001019060200180831161215a57829003601f168201915b5050505050848380612188906133cd565b94508151811061219a5761219a6133b9565b60200260200101819052505b60010161208d565b505050919050565b60405163db44fe0760e01b81526004810184905283907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063db44fe0790602401602060405180830381865afa15801561221b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061223f91906133e5565b1561226057604051632fb4309960e01b8152600481018290526024016105a8565b6040516331a9108f60e11b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa1580156122c5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122e99190613404565b60405163f0bf170b60e01b8152600481018490529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f0bf170b90602401602060405180830381865afa15801561234f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123739190613404565b6001600160a01b0316816001600160a01b0316036123a757604051632fb4309960e01b8152600481018390526024016105a8565b336001600160a01b038216146123d957604051631b2bf03360e31b8152600481018390523360248201526044016105a8565b61241a85600286868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250612b9f92505050565b5050505050565b5f8181526001602052604081206060919061243b90612b8c565b90505f805b82518110156124a6575f5f5f85848151811061245e5761245e6133b9565b602002602001015181526020019081526020015f205f015490506001811415801561248a575060028114155b1561249d5782612499816133cd565b9350505b50600101612440565b50806001600160401b038111156124bf576124bf6133a5565b60405190808252806020026020018201604052801561251357816020015b61250060405180606001604052805f815260200160608152602001606081525090565b8152602001906001900390816124dd5790505b5092505f9050805b82518110156121ae575f5f5f858481518110612539576125396133b9565b602002602001015181526020019081526020015f2090506001815f01541415801561256657508054600214155b156126fc576040518060600160405280825f0154815260200182600101805461258e90613456565b80601f01602080910402602001604051908101604052809291908181526020018280546125ba90613456565b80156126055780601f106125dc57610100808354040283529160200191612605565b820191905f5260205f20905b8154815290600101906020018083116125e857829003601f168201915b5050505050815260200160045f8981526020019081526020015f205f878681518110612633576126336133b9565b602002602001015181526020019081526020015f20805461265390613456565b80601f016020809104026020016040519081016040528092919081815260200182805461267f90613456565b80156126ca5780601f106126a1576101008083540402835291602001916126ca565b820191905f5260205f20905b8154815290600101906020018083116126ad57829003601f168201915b50505050508152508584806126de906133cd565b9550815181106126f0576126f06133b9565b60200260200101819052505b5060010161251b565b5f6107cd84600285858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061286392505050565b604051634f558e7960e01b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690634f558e7990602401602060405180830381865afa1580156127ac573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906127d091906133e5565b1561285c576040516331a9108f60e11b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa158015612838573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103e89190613404565b505f919050565b5f6107cd6128718484612884565b5f86815260016020526040902090612c6e565b5f8282604051602001612898929190613537565b60405160208183030381529060405280519060200120905092915050565b8415806128c957506001600160401b0385115b156128ea57604051637f4aad3160e11b8152600481018690526024016105a8565b835115806128fa57506101008451115b15612918576040516308e235ff60e01b815260040160405180910390fd5b6104008351111561293c5760405163ce4043d560e01b815260040160405180910390fd5b5f805b828110156129cb57600284848381811061295b5761295b6133b9565b90506020020135111561299d5783838281811061297a5761297a6133b9565b90506020020135604051637d22409360e01b81526004016105a891815260200190565b8383828181106129af576129af6133b9565b905060200201356001901b82179150808060010191505061293f565b505f6129d78787612884565b5f81815260208190526040902060018101805492935090916129f890613456565b90505f03612a135787815560018101612a11888261359d565b505b5f898152600160205260409020612a2a9083612c85565b15612ab1575f8981526001602052604090819020612a4790612c90565b1115612a69576040516379380c8d60e01b8152600481018a90526024016105a8565b5f828152600360205260409020612a80908a612c85565b50855115612aac575f8981526004602090815260408083208584529091529020612aaa878261359d565b505b612b32565b85516020808801919091205f8b815260048352604080822086835290935282902091519091612adf91613657565b604051809103902014612b045760405162a7442760e41b815260040160405180910390fd5b5f898152600260209081526040808320858452909152902054838117819003612b30575050505061076c565b505b5f89815260026020908152604080832085845290915290819020805494909417938490555188908a907f5a148dfebd6863ebf2f4d53dbf012ef91a4de8fad52cfac5843a55e01708405790610dc4908b908b9089906136c8565b60605f612b9883612c99565b9392505050565b5f612baa8383612884565b5f858152600160205260409020909150612bc49082612cf2565b612be1576040516339218f3b60e01b815260040160405180910390fd5b5f818152600360205260409020612bf89085612cf2565b505f8481526002602090815260408083208484528252808320839055868352600482528083208484529091528120612c2f91612e2c565b82847fb2a77f683992000d6ead2ae326bed0d5edd3a2631256f0bcdba6749939ec396584604051612c60919061313a565b60405180910390a350505050565b5f81815260018301602052604081205415156103e5565b5f6103e58383612cfd565b5f6103e8825490565b6060815f01805480602002602001604051908101604052809291908181526020018280548015612ce657602002820191905f5260205f20905b815481526020019060010190808311612cd2575b50505050509050919050565b5f6103e58383612d49565b5f818152600183016020526040812054612d4257508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556103e8565b505f6103e8565b5f8181526001830160205260408120548015612e23575f612d6b6001836136fd565b85549091505f90612d7e906001906136fd565b9050808214612ddd575f865f018281548110612d9c57612d9c6133b9565b905f5260205f200154905080875f018481548110612dbc57612dbc6133b9565b5f918252602080832090910192909255918252600188019052604090208390555b8554869080612dee57612dee613710565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506103e8565b5f9150506103e8565b508054612e3890613456565b5f825580601f10612e47575050565b601f0160209004905f5260205f2090612e609190612e62565b565b5f5b80821115612e79575f81840155600101612e64565b505050565b6001600160a01b0381168114612e92575f5ffd5b50565b5f5f60408385031215612ea6575f5ffd5b823591506020830135612eb881612e7e565b809150509250929050565b5f5f83601f840112612ed3575f5ffd5b5081356001600160401b03811115612ee9575f5ffd5b602083019150836020828501011115612f00575f5ffd5b9250929050565b5f5f5f5f5f60808688031215612f1b575f5ffd5b853594506020860135935060408601356001600160401b03811115612f3e575f5ffd5b612f4a88828901612ec3565b96999598509660600135949350505050565b602080825282518282018190525f918401906040840190835b81811015612f955783511515835260209384019390920191600101612f75565b509095945050505050565b5f5f83601f840112612fb0575f5ffd5b5081356001600160401b03811115612fc6575f5ffd5b6020830191508360208260051b8501011115612f00575f5ffd5b5f5f5f5f60608587031215612ff3575f5ffd5b84359350602085013561300581612e7e565b925060408501356001600160401b0381111561301f575f5ffd5b61302b87828801612fa0565b95989497509550505050565b5f5f5f60408486031215613049575f5ffd5b8335925060208401356001600160401b03811115613065575f5ffd5b61307186828701612ec3565b9497909650939450505050565b5f8151808452602084019350602083015f5b828110156130ae578151865260209586019590910190600101613090565b5093949350505050565b602081525f6103e5602083018461307e565b5f5f5f5f606085870312156130dd575f5ffd5b843593506020850135925060408501356001600160401b03811115613100575f5ffd5b61302b87828801612ec3565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6103e5602083018461310c565b5f5f5f5f5f60608688031215613160575f5ffd5b8535945060208601356001600160401b0381111561317c575f5ffd5b61318888828901612ec3565b90955093505060408601356001600160401b038111156131a6575f5ffd5b6131b288828901612fa0565b969995985093965092949392505050565b5f5f5f5f606085870312156131d6575f5ffd5b8435935060208501356001600160401b038111156131f2575f5ffd5b850160608188031215613005575f5ffd5b5f60208284031215613213575f5ffd5b5035919050565b602080825282518282018190525f918401906040840190835b81811015612f955783516001600160a01b0316835260209384019390920191600101613233565b5f82825180855260208501945060208160051b830101602085015f5b838110156132d957601f198584030188528151805184526020810151606060208601526132a6606086018261310c565b90506040820151915084810360408601526132c1818361310c565b60209a8b019a90955093909301925050600101613276565b50909695505050505050565b604081525f6132f7604083018561325a565b8281036020840152610816818561307e565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b8281101561336057603f1987860301845261334b85835161310c565b9450602093840193919091019060010161332f565b50929695505050505050565b602081525f6103e5602083018461325a565b634e487b7160e01b5f52601160045260245ffd5b808201808211156103e8576103e861337e565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f600182016133de576133de61337e565b5060010190565b5f602082840312156133f5575f5ffd5b81518015158114612b98575f5ffd5b5f60208284031215613414575f5ffd5b8151612b9881612e7e565b60408152826040820152828460608301375f606084830101525f6060601f19601f8601168301019050826020830152949350505050565b600181811c9082168061346a57607f821691505b60208210810361348857634e487b7160e01b5f52602260045260245ffd5b50919050565b5f5f8335601e198436030181126134a3575f5ffd5b8301803591506001600160401b038211156134bc575f5ffd5b602001915036819003821315612f00575f5ffd5b5f6134db8254613456565b82601f8211156134ef57835f5260205f2090505b546001600160601b0319811692506014821015613530576bffffffffffffffffffffffff196bffffffffffffffffffffffff198360140360031b1b82161692505b5050919050565b828152604060208201525f6107cd604083018461310c565b601f821115612e795782821115612e7957805f5260205f20601f840160051c602085101561357a57505f5b90810190601f840160051c035f5b8181101561076c575f83820155600101613588565b81516001600160401b038111156135b6576135b66133a5565b6135ca816135c48454613456565b8461354f565b6020601f8211600181146135fc575f83156135e55750848201515b5f19600385901b1c1916600184901b17845561241a565b5f84815260208120601f198516915b8281101561362b578785015182556020948501946001909201910161360b565b508482101561364857868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f5f835461366481613456565b60018216801561367b5760018114613690576136bd565b60ff19831686528115158202860193506136bd565b865f5260205f205f5b838110156136b557815488820152600190910190602001613699565b505081860193505b509195945050505050565b606081525f6136da606083018661310c565b82810360208401526136ec818661310c565b915050826040830152949350505050565b818103818111156103e8576103e861337e565b634e487b7160e01b5f52603160045260245ffdfea2646970667358221220c7e3ebadd9eecdb2878195f61449506a40ce8f923cebf6709e598d1d7cc93e8d64736f6c63430008250033",
}

// PKPPermissions is an auto generated Go binding around an Ethereum contract.
type PKPPermissions struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PKPPermissions) GetABI() abi.ABI {
	return c.abi
}

// NewPKPPermissions creates a new instance of PKPPermissions.
func NewPKPPermissions() *PKPPermissions {
	parsed, err := PKPPermissionsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PKPPermissions{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PKPPermissions) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address nft) returns()
func (pKPPermissions *PKPPermissions) PackConstructor(nft common.Address) []byte {
	enc, err := pKPPermissions.abi.Pack("", nft)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAddPermittedAction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a431578.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addPermittedAction(uint256 tokenId, bytes ipfsCid, uint256[] scopes) returns()
func (pKPPermissions *PKPPermissions) PackAddPermittedAction(tokenId *big.Int, ipfsCid []byte, scopes []*big.Int) []byte {
	enc, err := pKPPermissions.abi.Pack("addPermittedAction", tokenId, ipfsCid, scopes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddPermittedAction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a431578.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addPermittedAction(uint256 tokenId, bytes ipfsCid, uint256[] scopes) returns()
func (pKPPermissions *PKPPermissions) TryPackAddPermittedAction(tokenId *big.Int, ipfsCid []byte, scopes []*big.Int) ([]byte, error) {
	return pKPPermissions.abi.Pack("addPermittedAction", tokenId, ipfsCid, scopes)
}

// PackAddPermittedAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1663c121.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addPermittedAddress(uint256 tokenId, address user, uint256[] scopes) returns()
func (pKPPermissions *PKPPermissions) PackAddPermittedAddress(tokenId *big.Int, user common.Address, scopes []*big.Int) []byte {
	enc, err := pKPPermissions.abi.Pack("addPermittedAddress", tokenId, user, scopes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddPermittedAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1663c121.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addPermittedAddress(uint256 tokenId, address user, uint256[] scopes) returns()
func (pKPPermissions *PKPPermissions) TryPackAddPermittedAddress(tokenId *big.Int, user common.Address, scopes []*big.Int) ([]byte, error) {
	return pKPPermissions.abi.Pack("addPermittedAddress", tokenId, user, scopes)
}

// PackAddPermittedAuthMethod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dd4349b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addPermittedAuthMethod(uint256 tokenId, (uint256,bytes,bytes) authMethod, uint256[] scopes) returns()
func (pKPPermissions *PKPPermissions) PackAddPermittedAuthMethod(tokenId *big.Int, authMethod AuthMethod, scopes []*big.Int) []byte {
	enc, err := pKPPermissions.abi.Pack("addPermittedAuthMethod", tokenId, authMethod, scopes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddPermittedAuthMethod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dd4349b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addPermittedAuthMethod(uint256 tokenId, (uint256,bytes,bytes) authMethod, uint256[] scopes) returns()
func (pKPPermissions *PKPPermissions) TryPackAddPermittedAuthMethod(tokenId *big.Int, authMethod AuthMethod, scopes []*big.Int) ([]byte, error) {
	return pKPPermissions.abi.Pack("addPermittedAuthMethod", tokenId, authMethod, scopes)
}

// PackAddPermittedAuthMethodScope is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6821c8e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addPermittedAuthMethodScope(uint256 tokenId, uint256 authMethodType, bytes id, uint256 scopeId) returns()
func (pKPPermissions *PKPPermissions) PackAddPermittedAuthMethodScope(tokenId *big.Int, authMethodType *big.Int, id []byte, scopeId *big.Int) []byte {
	enc, err := pKPPermissions.abi.Pack("addPermittedAuthMethodScope", tokenId, authMethodType, id, scopeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddPermittedAuthMethodScope is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6821c8e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addPermittedAuthMethodScope(uint256 tokenId, uint256 authMethodType, bytes id, uint256 scopeId) returns()
func (pKPPermissions *PKPPermissions) TryPackAddPermittedAuthMethodScope(tokenId *big.Int, authMethodType *big.Int, id []byte, scopeId *big.Int) ([]byte, error) {
	return pKPPermissions.abi.Pack("addPermittedAuthMethodScope", tokenId, authMethodType, id, scopeId)
}

// PackGetPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac09f6b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPermissions(uint256 tokenId) view returns((uint256,bytes,bytes)[] methods, uint256[] scopeMasks)
func (pKPPermissions *PKPPermissions) PackGetPermissions(tokenId *big.Int) []byte {
	enc, err := pKPPermissions.abi.Pack("getPermissions", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPermissions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac09f6b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPermissions(uint256 tokenId) view returns((uint256,bytes,bytes)[] methods, uint256[] scopeMasks)
func (pKPPermissions *PKPPermissions) TryPackGetPermissions(tokenId *big.Int) ([]byte, error) {
	return pKPPermissions.abi.Pack("getPermissions", tokenId)
}

// GetPermissionsOutput serves as a container for the return parameters of contract
// method GetPermissions.
type GetPermissionsOutput struct {
	Methods    []AuthMethod
	ScopeMasks []*big.Int
}

// UnpackGetPermissions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac09f6b8.
//
// Solidity: function getPermissions(uint256 tokenId) view returns((uint256,bytes,bytes)[] methods, uint256[] scopeMasks)
func (pKPPermissions *PKPPermissions) UnpackGetPermissions(data []byte) (GetPermissionsOutput, error) {
	out, err := pKPPermissions.abi.Unpack("getPermissions", data)
	outstruct := new(GetPermissionsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Methods = *abi.ConvertType(out[0], new([]AuthMethod)).(*[]AuthMethod)
	outstruct.ScopeMasks = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetPermittedActions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb7a1070.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPermittedActions(uint256 tokenId) view returns(bytes[] out)
func (pKPPermissions *PKPPermissions) PackGetPermittedActions(tokenId *big.Int) []byte {
	enc, err := pKPPermissions.abi.Pack("getPermittedActions", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPermittedActions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb7a1070.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPermittedActions(uint256 tokenId) view returns(bytes[] out)
func (pKPPermissions *PKPPermissions) TryPackGetPermittedActions(tokenId *big.Int) ([]byte, error) {
	return pKPPermissions.abi.Pack("getPermittedActions", tokenId)
}

// UnpackGetPermittedActions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb7a1070.
//
// Solidity: function getPermittedActions(uint256 tokenId) view returns(bytes[] out)
func (pKPPermissions *PKPPermissions) UnpackGetPermittedActions(data []byte) ([][]byte, error) {
	out, err := pKPPermissions.abi.Unpack("getPermittedActions", data)
	if err != nil {
		return *new([][]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][]byte)).(*[][]byte)
	return out0, nil
}

// PackGetPermittedAddresses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabc541ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPermittedAddresses(uint256 tokenId) view returns(address[] out)
func (pKPPermissions *PKPPermissions) PackGetPermittedAddresses(tokenId *big.Int) []byte {
	enc, err := pKPPermissions.abi.Pack("getPermittedAddresses", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPermittedAddresses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabc541ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPermittedAddresses(uint256 tokenId) view returns(address[] out)
func (pKPPermissions *PKPPermissions) TryPackGetPermittedAddresses(tokenId *big.Int) ([]byte, error) {
	return pKPPermissions.abi.Pack("getPermittedAddresses", tokenId)
}

// UnpackGetPermittedAddresses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xabc541ae.
//
// Solidity: function getPermittedAddresses(uint256 tokenId) view returns(address[] out)
func (pKPPermissions *PKPPermissions) UnpackGetPermittedAddresses(data []byte) ([]common.Address, error) {
	out, err := pKPPermissions.abi.Unpack("getPermittedAddresses", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetPermittedAuthMethodScopeMask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78b05a38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPermittedAuthMethodScopeMask(uint256 tokenId, uint256 authMethodType, bytes id) view returns(uint256)
func (pKPPermissions *PKPPermissions) PackGetPermittedAuthMethodScopeMask(tokenId *big.Int, authMethodType *big.Int, id []byte) []byte {
	enc, err := pKPPermissions.abi.Pack("getPermittedAuthMethodScopeMask", tokenId, authMethodType, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPermittedAuthMethodScopeMask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78b05a38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPermittedAuthMethodScopeMask(uint256 tokenId, uint256 authMethodType, bytes id) view returns(uint256)
func (pKPPermissions *PKPPermissions) TryPackGetPermittedAuthMethodScopeMask(tokenId *big.Int, authMethodType *big.Int, id []byte) ([]byte, error) {
	return pKPPermissions.abi.Pack("getPermittedAuthMethodScopeMask", tokenId, authMethodType, id)
}

// UnpackGetPermittedAuthMethodScopeMask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x78b05a38.
//
// Solidity: function getPermittedAuthMethodScopeMask(uint256 tokenId, uint256 authMethodType, bytes id) view returns(uint256)
func (pKPPermissions *PKPPermissions) UnpackGetPermittedAuthMethodScopeMask(data []byte) (*big.Int, error) {
	out, err := pKPPermissions.abi.Unpack("getPermittedAuthMethodScopeMask", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetPermittedAuthMethodScopes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00221c08.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPermittedAuthMethodScopes(uint256 tokenId, uint256 authMethodType, bytes id, uint256 maxScopeId) view returns(bool[] scopes)
func (pKPPermissions *PKPPermissions) PackGetPermittedAuthMethodScopes(tokenId *big.Int, authMethodType *big.Int, id []byte, maxScopeId *big.Int) []byte {
	enc, err := pKPPermissions.abi.Pack("getPermittedAuthMethodScopes", tokenId, authMethodType, id, maxScopeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPermittedAuthMethodScopes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00221c08.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPermittedAuthMethodScopes(uint256 tokenId, uint256 authMethodType, bytes id, uint256 maxScopeId) view returns(bool[] scopes)
func (pKPPermissions *PKPPermissions) TryPackGetPermittedAuthMethodScopes(tokenId *big.Int, authMethodType *big.Int, id []byte, maxScopeId *big.Int) ([]byte, error) {
	return pKPPermissions.abi.Pack("getPermittedAuthMethodScopes", tokenId, authMethodType, id, maxScopeId)
}

// UnpackGetPermittedAuthMethodScopes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00221c08.
//
// Solidity: function getPermittedAuthMethodScopes(uint256 tokenId, uint256 authMethodType, bytes id, uint256 maxScopeId) view returns(bool[] scopes)
func (pKPPermissions *PKPPermissions) UnpackGetPermittedAuthMethodScopes(data []byte) ([]bool, error) {
	out, err := pKPPermissions.abi.Unpack("getPermittedAuthMethodScopes", data)
	if err != nil {
		return *new([]bool), err
	}
	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)
	return out0, nil
}

// PackGetPermittedAuthMethods is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf34f21ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPermittedAuthMethods(uint256 tokenId) view returns((uint256,bytes,bytes)[] out)
func (pKPPermissions *PKPPermissions) PackGetPermittedAuthMethods(tokenId *big.Int) []byte {
	enc, err := pKPPermissions.abi.Pack("getPermittedAuthMethods", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPermittedAuthMethods is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf34f21ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPermittedAuthMethods(uint256 tokenId) view returns((uint256,bytes,bytes)[] out)
func (pKPPermissions *PKPPermissions) TryPackGetPermittedAuthMethods(tokenId *big.Int) ([]byte, error) {
	return pKPPermissions.abi.Pack("getPermittedAuthMethods", tokenId)
}

// UnpackGetPermittedAuthMethods is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf34f21ba.
//
// Solidity: function getPermittedAuthMethods(uint256 tokenId) view returns((uint256,bytes,bytes)[] out)
func (pKPPermissions *PKPPermissions) UnpackGetPermittedAuthMethods(data []byte) ([]AuthMethod, error) {
	out, err := pKPPermissions.abi.Unpack("getPermittedAuthMethods", data)
	if err != nil {
		return *new([]AuthMethod), err
	}
	out0 := *abi.ConvertType(out[0], new([]AuthMethod)).(*[]AuthMethod)
	return out0, nil
}

// PackGetTokenIdsForAuthMethod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5521c452.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTokenIdsForAuthMethod(uint256 authMethodType, bytes id) view returns(uint256[])
func (pKPPermissions *PKPPermissions) PackGetTokenIdsForAuthMethod(authMethodType *big.Int, id []byte) []byte {
	enc, err := pKPPermissions.abi.Pack("getTokenIdsForAuthMethod", authMethodType, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTokenIdsForAuthMethod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5521c452.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTokenIdsForAuthMethod(uint256 authMethodType, bytes id) view returns(uint256[])
func (pKPPermissions *PKPPermissions) TryPackGetTokenIdsForAuthMethod(authMethodType *big.Int, id []byte) ([]byte, error) {
	return pKPPermissions.abi.Pack("getTokenIdsForAuthMethod", authMethodType, id)
}

// UnpackGetTokenIdsForAuthMethod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5521c452.
//
// Solidity: function getTokenIdsForAuthMethod(uint256 authMethodType, bytes id) view returns(uint256[])
func (pKPPermissions *PKPPermissions) UnpackGetTokenIdsForAuthMethod(data []byte) ([]*big.Int, error) {
	out, err := pKPPermissions.abi.Unpack("getTokenIdsForAuthMethod", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackGetUserPubkeyForAuthMethod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6acf93fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getUserPubkeyForAuthMethod(uint256 tokenId, uint256 authMethodType, bytes id) view returns(bytes)
func (pKPPermissions *PKPPermissions) PackGetUserPubkeyForAuthMethod(tokenId *big.Int, authMethodType *big.Int, id []byte) []byte {
	enc, err := pKPPermissions.abi.Pack("getUserPubkeyForAuthMethod", tokenId, authMethodType, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetUserPubkeyForAuthMethod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6acf93fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getUserPubkeyForAuthMethod(uint256 tokenId, uint256 authMethodType, bytes id) view returns(bytes)
func (pKPPermissions *PKPPermissions) TryPackGetUserPubkeyForAuthMethod(tokenId *big.Int, authMethodType *big.Int, id []byte) ([]byte, error) {
	return pKPPermissions.abi.Pack("getUserPubkeyForAuthMethod", tokenId, authMethodType, id)
}

// UnpackGetUserPubkeyForAuthMethod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6acf93fa.
//
// Solidity: function getUserPubkeyForAuthMethod(uint256 tokenId, uint256 authMethodType, bytes id) view returns(bytes)
func (pKPPermissions *PKPPermissions) UnpackGetUserPubkeyForAuthMethod(data []byte) ([]byte, error) {
	out, err := pKPPermissions.abi.Unpack("getUserPubkeyForAuthMethod", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackIsPermittedAction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfceb3983.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPermittedAction(uint256 tokenId, bytes ipfsCid) view returns(bool)
func (pKPPermissions *PKPPermissions) PackIsPermittedAction(tokenId *big.Int, ipfsCid []byte) []byte {
	enc, err := pKPPermissions.abi.Pack("isPermittedAction", tokenId, ipfsCid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPermittedAction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfceb3983.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPermittedAction(uint256 tokenId, bytes ipfsCid) view returns(bool)
func (pKPPermissions *PKPPermissions) TryPackIsPermittedAction(tokenId *big.Int, ipfsCid []byte) ([]byte, error) {
	return pKPPermissions.abi.Pack("isPermittedAction", tokenId, ipfsCid)
}

// UnpackIsPermittedAction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfceb3983.
//
// Solidity: function isPermittedAction(uint256 tokenId, bytes ipfsCid) view returns(bool)
func (pKPPermissions *PKPPermissions) UnpackIsPermittedAction(data []byte) (bool, error) {
	out, err := pKPPermissions.abi.Unpack("isPermittedAction", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsPermittedAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00008b4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPermittedAddress(uint256 tokenId, address user) view returns(bool)
func (pKPPermissions *PKPPermissions) PackIsPermittedAddress(tokenId *big.Int, user common.Address) []byte {
	enc, err := pKPPermissions.abi.Pack("isPermittedAddress", tokenId, user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPermittedAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00008b4f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPermittedAddress(uint256 tokenId, address user) view returns(bool)
func (pKPPermissions *PKPPermissions) TryPackIsPermittedAddress(tokenId *big.Int, user common.Address) ([]byte, error) {
	return pKPPermissions.abi.Pack("isPermittedAddress", tokenId, user)
}

// UnpackIsPermittedAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00008b4f.
//
// Solidity: function isPermittedAddress(uint256 tokenId, address user) view returns(bool)
func (pKPPermissions *PKPPermissions) UnpackIsPermittedAddress(data []byte) (bool, error) {
	out, err := pKPPermissions.abi.Unpack("isPermittedAddress", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsPermittedAuthMethod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x557b5eba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPermittedAuthMethod(uint256 tokenId, uint256 authMethodType, bytes id) view returns(bool)
func (pKPPermissions *PKPPermissions) PackIsPermittedAuthMethod(tokenId *big.Int, authMethodType *big.Int, id []byte) []byte {
	enc, err := pKPPermissions.abi.Pack("isPermittedAuthMethod", tokenId, authMethodType, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPermittedAuthMethod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x557b5eba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPermittedAuthMethod(uint256 tokenId, uint256 authMethodType, bytes id) view returns(bool)
func (pKPPermissions *PKPPermissions) TryPackIsPermittedAuthMethod(tokenId *big.Int, authMethodType *big.Int, id []byte) ([]byte, error) {
	return pKPPermissions.abi.Pack("isPermittedAuthMethod", tokenId, authMethodType, id)
}

// UnpackIsPermittedAuthMethod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x557b5eba.
//
// Solidity: function isPermittedAuthMethod(uint256 tokenId, uint256 authMethodType, bytes id) view returns(bool)
func (pKPPermissions *PKPPermissions) UnpackIsPermittedAuthMethod(data []byte) (bool, error) {
	out, err := pKPPermissions.abi.Unpack("isPermittedAuthMethod", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsPermittedAuthMethodScopePresent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1c805fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPermittedAuthMethodScopePresent(uint256 tokenId, uint256 authMethodType, bytes id, uint256 scopeId) view returns(bool)
func (pKPPermissions *PKPPermissions) PackIsPermittedAuthMethodScopePresent(tokenId *big.Int, authMethodType *big.Int, id []byte, scopeId *big.Int) []byte {
	enc, err := pKPPermissions.abi.Pack("isPermittedAuthMethodScopePresent", tokenId, authMethodType, id, scopeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPermittedAuthMethodScopePresent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1c805fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPermittedAuthMethodScopePresent(uint256 tokenId, uint256 authMethodType, bytes id, uint256 scopeId) view returns(bool)
func (pKPPermissions *PKPPermissions) TryPackIsPermittedAuthMethodScopePresent(tokenId *big.Int, authMethodType *big.Int, id []byte, scopeId *big.Int) ([]byte, error) {
	return pKPPermissions.abi.Pack("isPermittedAuthMethodScopePresent", tokenId, authMethodType, id, scopeId)
}

// UnpackIsPermittedAuthMethodScopePresent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1c805fa.
//
// Solidity: function isPermittedAuthMethodScopePresent(uint256 tokenId, uint256 authMethodType, bytes id, uint256 scopeId) view returns(bool)
func (pKPPermissions *PKPPermissions) UnpackIsPermittedAuthMethodScopePresent(data []byte) (bool, error) {
	out, err := pKPPermissions.abi.Unpack("isPermittedAuthMethodScopePresent", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPkpNFT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa2e953.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pkpNFT() view returns(address)
func (pKPPermissions *PKPPermissions) PackPkpNFT() []byte {
	enc, err := pKPPermissions.abi.Pack("pkpNFT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPkpNFT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa2e953.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pkpNFT() view returns(address)
func (pKPPermissions *PKPPermissions) TryPackPkpNFT() ([]byte, error) {
	return pKPPermissions.abi.Pack("pkpNFT")
}

// UnpackPkpNFT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xffa2e953.
//
// Solidity: function pkpNFT() view returns(address)
func (pKPPermissions *PKPPermissions) UnpackPkpNFT(data []byte) (common.Address, error) {
	out, err := pKPPermissions.abi.Unpack("pkpNFT", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRemovePermittedAction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd41a3272.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removePermittedAction(uint256 tokenId, bytes ipfsCid) returns()
func (pKPPermissions *PKPPermissions) PackRemovePermittedAction(tokenId *big.Int, ipfsCid []byte) []byte {
	enc, err := pKPPermissions.abi.Pack("removePermittedAction", tokenId, ipfsCid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemovePermittedAction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd41a3272.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removePermittedAction(uint256 tokenId, bytes ipfsCid) returns()
func (pKPPermissions *PKPPermissions) TryPackRemovePermittedAction(tokenId *big.Int, ipfsCid []byte) ([]byte, error) {
	return pKPPermissions.abi.Pack("removePermittedAction", tokenId, ipfsCid)
}

// PackRemovePermittedAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb997606f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removePermittedAddress(uint256 tokenId, address user) returns()
func (pKPPermissions *PKPPermissions) PackRemovePermittedAddress(tokenId *big.Int, user common.Address) []byte {
	enc, err := pKPPermissions.abi.Pack("removePermittedAddress", tokenId, user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemovePermittedAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb997606f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removePermittedAddress(uint256 tokenId, address user) returns()
func (pKPPermissions *PKPPermissions) TryPackRemovePermittedAddress(tokenId *big.Int, user common.Address) ([]byte, error) {
	return pKPPermissions.abi.Pack("removePermittedAddress", tokenId, user)
}

// PackRemovePermittedAuthMethod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66fc6541.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removePermittedAuthMethod(uint256 tokenId, uint256 authMethodType, bytes id) returns()
func (pKPPermissions *PKPPermissions) PackRemovePermittedAuthMethod(tokenId *big.Int, authMethodType *big.Int, id []byte) []byte {
	enc, err := pKPPermissions.abi.Pack("removePermittedAuthMethod", tokenId, authMethodType, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemovePermittedAuthMethod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66fc6541.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removePermittedAuthMethod(uint256 tokenId, uint256 authMethodType, bytes id) returns()
func (pKPPermissions *PKPPermissions) TryPackRemovePermittedAuthMethod(tokenId *big.Int, authMethodType *big.Int, id []byte) ([]byte, error) {
	return pKPPermissions.abi.Pack("removePermittedAuthMethod", tokenId, authMethodType, id)
}

// PackRemovePermittedAuthMethodScope is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82559561.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removePermittedAuthMethodScope(uint256 tokenId, uint256 authMethodType, bytes id, uint256 scopeId) returns()
func (pKPPermissions *PKPPermissions) PackRemovePermittedAuthMethodScope(tokenId *big.Int, authMethodType *big.Int, id []byte, scopeId *big.Int) []byte {
	enc, err := pKPPermissions.abi.Pack("removePermittedAuthMethodScope", tokenId, authMethodType, id, scopeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemovePermittedAuthMethodScope is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82559561.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removePermittedAuthMethodScope(uint256 tokenId, uint256 authMethodType, bytes id, uint256 scopeId) returns()
func (pKPPermissions *PKPPermissions) TryPackRemovePermittedAuthMethodScope(tokenId *big.Int, authMethodType *big.Int, id []byte, scopeId *big.Int) ([]byte, error) {
	return pKPPermissions.abi.Pack("removePermittedAuthMethodScope", tokenId, authMethodType, id, scopeId)
}

// PKPPermissionsPermissionAdded represents a PermissionAdded event raised by the PKPPermissions contract.
type PKPPermissionsPermissionAdded struct {
	TokenId        *big.Int
	AuthMethodType *big.Int
	Id             []byte
	UserPubkey     []byte
	Scopes         *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const PKPPermissionsPermissionAddedEventName = "PermissionAdded"

// ContractEventName returns the user-defined event name.
func (PKPPermissionsPermissionAdded) ContractEventName() string {
	return PKPPermissionsPermissionAddedEventName
}

// UnpackPermissionAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PermissionAdded(uint256 indexed tokenId, uint256 indexed authMethodType, bytes id, bytes userPubkey, uint256 scopes)
func (pKPPermissions *PKPPermissions) UnpackPermissionAddedEvent(log *types.Log) (*PKPPermissionsPermissionAdded, error) {
	event := "PermissionAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pKPPermissions.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PKPPermissionsPermissionAdded)
	if len(log.Data) > 0 {
		if err := pKPPermissions.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pKPPermissions.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PKPPermissionsPermissionRemoved represents a PermissionRemoved event raised by the PKPPermissions contract.
type PKPPermissionsPermissionRemoved struct {
	TokenId        *big.Int
	AuthMethodType *big.Int
	Id             []byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const PKPPermissionsPermissionRemovedEventName = "PermissionRemoved"

// ContractEventName returns the user-defined event name.
func (PKPPermissionsPermissionRemoved) ContractEventName() string {
	return PKPPermissionsPermissionRemovedEventName
}

// UnpackPermissionRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PermissionRemoved(uint256 indexed tokenId, uint256 indexed authMethodType, bytes id)
func (pKPPermissions *PKPPermissions) UnpackPermissionRemovedEvent(log *types.Log) (*PKPPermissionsPermissionRemoved, error) {
	event := "PermissionRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pKPPermissions.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PKPPermissionsPermissionRemoved)
	if len(log.Data) > 0 {
		if err := pKPPermissions.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pKPPermissions.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PKPPermissionsPermissionScopeAdded represents a PermissionScopeAdded event raised by the PKPPermissions contract.
type PKPPermissionsPermissionScopeAdded struct {
	TokenId        *big.Int
	AuthMethodType *big.Int
	Id             []byte
	ScopeId        *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const PKPPermissionsPermissionScopeAddedEventName = "PermissionScopeAdded"

// ContractEventName returns the user-defined event name.
func (PKPPermissionsPermissionScopeAdded) ContractEventName() string {
	return PKPPermissionsPermissionScopeAddedEventName
}

// UnpackPermissionScopeAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PermissionScopeAdded(uint256 indexed tokenId, uint256 indexed authMethodType, bytes id, uint256 scopeId)
func (pKPPermissions *PKPPermissions) UnpackPermissionScopeAddedEvent(log *types.Log) (*PKPPermissionsPermissionScopeAdded, error) {
	event := "PermissionScopeAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pKPPermissions.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PKPPermissionsPermissionScopeAdded)
	if len(log.Data) > 0 {
		if err := pKPPermissions.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pKPPermissions.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PKPPermissionsPermissionScopeRemoved represents a PermissionScopeRemoved event raised by the PKPPermissions contract.
type PKPPermissionsPermissionScopeRemoved struct {
	TokenId        *big.Int
	AuthMethodType *big.Int
	Id             []byte
	ScopeId        *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const PKPPermissionsPermissionScopeRemovedEventName = "PermissionScopeRemoved"

// ContractEventName returns the user-defined event name.
func (PKPPermissionsPermissionScopeRemoved) ContractEventName() string {
	return PKPPermissionsPermissionScopeRemovedEventName
}

// UnpackPermissionScopeRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PermissionScopeRemoved(uint256 indexed tokenId, uint256 indexed authMethodType, bytes id, uint256 scopeId)
func (pKPPermissions *PKPPermissions) UnpackPermissionScopeRemovedEvent(log *types.Log) (*PKPPermissionsPermissionScopeRemoved, error) {
	event := "PermissionScopeRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pKPPermissions.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PKPPermissionsPermissionScopeRemoved)
	if len(log.Data) > 0 {
		if err := pKPPermissions.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pKPPermissions.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (pKPPermissions *PKPPermissions) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], pKPPermissions.abi.Errors["BadAuthMethodType"].ID.Bytes()[:4]) {
		return pKPPermissions.UnpackBadAuthMethodTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPPermissions.abi.Errors["BadId"].ID.Bytes()[:4]) {
		return pKPPermissions.UnpackBadIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPPermissions.abi.Errors["BadScope"].ID.Bytes()[:4]) {
		return pKPPermissions.UnpackBadScopeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPPermissions.abi.Errors["BadUserPubkey"].ID.Bytes()[:4]) {
		return pKPPermissions.UnpackBadUserPubkeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPPermissions.abi.Errors["NotPKPOwner"].ID.Bytes()[:4]) {
		return pKPPermissions.UnpackNotPKPOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPPermissions.abi.Errors["NotPermitted"].ID.Bytes()[:4]) {
		return pKPPermissions.UnpackNotPermittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPPermissions.abi.Errors["PermissionsFrozen"].ID.Bytes()[:4]) {
		return pKPPermissions.UnpackPermissionsFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPPermissions.abi.Errors["TooManyPermissions"].ID.Bytes()[:4]) {
		return pKPPermissions.UnpackTooManyPermissionsError(raw[4:])
	}
	if bytes.Equal(raw[:4], pKPPermissions.abi.Errors["UserPubkeyMismatch"].ID.Bytes()[:4]) {
		return pKPPermissions.UnpackUserPubkeyMismatchError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PKPPermissionsBadAuthMethodType represents a BadAuthMethodType error raised by the PKPPermissions contract.
type PKPPermissionsBadAuthMethodType struct {
	AuthMethodType *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAuthMethodType(uint256 authMethodType)
func PKPPermissionsBadAuthMethodTypeErrorID() common.Hash {
	return common.HexToHash("0xfe955a62031159e29592eb2587ec01bb898172536b74e0badf1cc6d461f785be")
}

// UnpackBadAuthMethodTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAuthMethodType(uint256 authMethodType)
func (pKPPermissions *PKPPermissions) UnpackBadAuthMethodTypeError(raw []byte) (*PKPPermissionsBadAuthMethodType, error) {
	out := new(PKPPermissionsBadAuthMethodType)
	if err := pKPPermissions.abi.UnpackIntoInterface(out, "BadAuthMethodType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPPermissionsBadId represents a BadId error raised by the PKPPermissions contract.
type PKPPermissionsBadId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadId()
func PKPPermissionsBadIdErrorID() common.Hash {
	return common.HexToHash("0x08e235ff2307f77354da1b047f822a71ff2ed610709dfebd89f3ec137ab7f369")
}

// UnpackBadIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadId()
func (pKPPermissions *PKPPermissions) UnpackBadIdError(raw []byte) (*PKPPermissionsBadId, error) {
	out := new(PKPPermissionsBadId)
	if err := pKPPermissions.abi.UnpackIntoInterface(out, "BadId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPPermissionsBadScope represents a BadScope error raised by the PKPPermissions contract.
type PKPPermissionsBadScope struct {
	ScopeId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadScope(uint256 scopeId)
func PKPPermissionsBadScopeErrorID() common.Hash {
	return common.HexToHash("0x7d22409335b686a7bb658e1682708e7b24bc0303e16b10236c0bde39b727b24e")
}

// UnpackBadScopeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadScope(uint256 scopeId)
func (pKPPermissions *PKPPermissions) UnpackBadScopeError(raw []byte) (*PKPPermissionsBadScope, error) {
	out := new(PKPPermissionsBadScope)
	if err := pKPPermissions.abi.UnpackIntoInterface(out, "BadScope", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPPermissionsBadUserPubkey represents a BadUserPubkey error raised by the PKPPermissions contract.
type PKPPermissionsBadUserPubkey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadUserPubkey()
func PKPPermissionsBadUserPubkeyErrorID() common.Hash {
	return common.HexToHash("0xce4043d5deee05cc3b96e865d8b92619ddbdd05581dcf64f778ef1381a4f6aa1")
}

// UnpackBadUserPubkeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadUserPubkey()
func (pKPPermissions *PKPPermissions) UnpackBadUserPubkeyError(raw []byte) (*PKPPermissionsBadUserPubkey, error) {
	out := new(PKPPermissionsBadUserPubkey)
	if err := pKPPermissions.abi.UnpackIntoInterface(out, "BadUserPubkey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPPermissionsNotPKPOwner represents a NotPKPOwner error raised by the PKPPermissions contract.
type PKPPermissionsNotPKPOwner struct {
	TokenId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPKPOwner(uint256 tokenId, address caller)
func PKPPermissionsNotPKPOwnerErrorID() common.Hash {
	return common.HexToHash("0xd95f81983a6d23daa957caab7e3886ae1881ee6e494056bd57d88820ac84d6e7")
}

// UnpackNotPKPOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPKPOwner(uint256 tokenId, address caller)
func (pKPPermissions *PKPPermissions) UnpackNotPKPOwnerError(raw []byte) (*PKPPermissionsNotPKPOwner, error) {
	out := new(PKPPermissionsNotPKPOwner)
	if err := pKPPermissions.abi.UnpackIntoInterface(out, "NotPKPOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPPermissionsNotPermitted represents a NotPermitted error raised by the PKPPermissions contract.
type PKPPermissionsNotPermitted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPermitted()
func PKPPermissionsNotPermittedErrorID() common.Hash {
	return common.HexToHash("0x39218f3b3eae264e20259939b908bda5c449bd642a30892c5529ef94a57ff84e")
}

// UnpackNotPermittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPermitted()
func (pKPPermissions *PKPPermissions) UnpackNotPermittedError(raw []byte) (*PKPPermissionsNotPermitted, error) {
	out := new(PKPPermissionsNotPermitted)
	if err := pKPPermissions.abi.UnpackIntoInterface(out, "NotPermitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPPermissionsPermissionsFrozen represents a PermissionsFrozen error raised by the PKPPermissions contract.
type PKPPermissionsPermissionsFrozen struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PermissionsFrozen(uint256 tokenId)
func PKPPermissionsPermissionsFrozenErrorID() common.Hash {
	return common.HexToHash("0x2fb43099337cc90ed7d53a257759a6690e44f6a56bf649e544ba74e7c2915f8e")
}

// UnpackPermissionsFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PermissionsFrozen(uint256 tokenId)
func (pKPPermissions *PKPPermissions) UnpackPermissionsFrozenError(raw []byte) (*PKPPermissionsPermissionsFrozen, error) {
	out := new(PKPPermissionsPermissionsFrozen)
	if err := pKPPermissions.abi.UnpackIntoInterface(out, "PermissionsFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPPermissionsTooManyPermissions represents a TooManyPermissions error raised by the PKPPermissions contract.
type PKPPermissionsTooManyPermissions struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyPermissions(uint256 tokenId)
func PKPPermissionsTooManyPermissionsErrorID() common.Hash {
	return common.HexToHash("0x79380c8d40bc2b13a97d8dd4a686b5356f35f5451869362238771f74dbc79456")
}

// UnpackTooManyPermissionsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyPermissions(uint256 tokenId)
func (pKPPermissions *PKPPermissions) UnpackTooManyPermissionsError(raw []byte) (*PKPPermissionsTooManyPermissions, error) {
	out := new(PKPPermissionsTooManyPermissions)
	if err := pKPPermissions.abi.UnpackIntoInterface(out, "TooManyPermissions", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PKPPermissionsUserPubkeyMismatch represents a UserPubkeyMismatch error raised by the PKPPermissions contract.
type PKPPermissionsUserPubkeyMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UserPubkeyMismatch()
func PKPPermissionsUserPubkeyMismatchErrorID() common.Hash {
	return common.HexToHash("0x0a744270028d5299c3b1866baa4e483ff9d3d53c017918c7211d4d60bae7e483")
}

// UnpackUserPubkeyMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UserPubkeyMismatch()
func (pKPPermissions *PKPPermissions) UnpackUserPubkeyMismatchError(raw []byte) (*PKPPermissionsUserPubkeyMismatch, error) {
	out := new(PKPPermissionsUserPubkeyMismatch)
	if err := pKPPermissions.abi.UnpackIntoInterface(out, "UserPubkeyMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PubkeyRouterMetaData contains all meta data concerning the PubkeyRouter contract.
var PubkeyRouterMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"contractNodeRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadEncryptionKeySet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRootKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EncryptionKeyMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoRootKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotANode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PKPNFTAlreadySet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RootKeyMismatch\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"keySet\",\"type\":\"bytes\"}],\"name\":\"EncryptionKeyActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"keySetHash\",\"type\":\"bytes32\"}],\"name\":\"EncryptionKeyVoted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pkpNFT\",\"type\":\"address\"}],\"name\":\"PKPNFTSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"RootKeyActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"RootKeyVoted\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"keyId\",\"type\":\"bytes32\"}],\"name\":\"deriveAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"encryptionKey\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"encryptionKeyEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch_\",\"type\":\"uint256\"}],\"name\":\"encryptionKeySet\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"encryptionVoteOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hasRootKey\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"isValidRootKey\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"keyIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"pkpAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pkpNFT\",\"outputs\":[{\"internalType\":\"contractIPKPKeyIds\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractNodeRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rootKey\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rootKeyEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIPKPKeyIds\",\"name\":\"nft\",\"type\":\"address\"}],\"name\":\"setPKPNFT\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"keyId\",\"type\":\"bytes32\"}],\"name\":\"tweak\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch_\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"keyHash\",\"type\":\"bytes32\"}],\"name\":\"voteCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"keySet\",\"type\":\"bytes\"}],\"name\":\"voteEncryptionKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"voteOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"voteRootKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "24f5c0e39ce2966633443ac41236d6ea23",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161195538038061195583398101604081905261002e916100de565b816001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61006581610078565b506001600160a01b031660805250610116565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b03811681146100db575f5ffd5b50565b5f5f604083850312156100ef575f5ffd5b82516100fa816100c7565b602084015190925061010b816100c7565b809150509250929050565b6080516117f661015f5f395f8181610253015281816107a10152818161083901528181610a5701528181610c1901528181610cac01528181610d2e0152610fa401526117f65ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c8063be77fbda116100b4578063e03a919111610079578063e03a9191146102dc578063e68b83ea146102e4578063f2fde38b146102f7578063f392a4551461030a578063fb59887c1461031d578063ffa2e95314610325575f5ffd5b8063be77fbda14610285578063cb512ab614610298578063cd0b56b4146102ab578063cd397e7b146102b6578063dbbfdd91146102c9575f5ffd5b80633f3ad088116101055780633f3ad088146101e757806345ddc85d146101fc578063715018a61461023157806377aa1096146102395780637b1039991461024e5780638da5cb5b14610275575f5ffd5b8063135c6401146101415780631977ef06146101675780631d9928a81461019257806333ca7f8c1461019a57806334b03c55146101bd575b5f5ffd5b61015461014f3660046112fc565b610338565b6040519081526020015b60405180910390f35b61017a61017536600461132a565b610361565b6040516001600160a01b03909116815260200161015e565b600354610154565b6101ad6101a8366004611341565b6104cc565b604051901515815260200161015e565b6101546101cb3660046113af565b5f91825260066020908152604080842092845291905290205490565b6101fa6101f53660046113cf565b6105cc565b005b61015461020a3660046112fc565b5f9182526005602090815260408084206001600160a01b0393909316845291905290205490565b6101fa610652565b610241610665565b60405161015e91906113f1565b61017a7f000000000000000000000000000000000000000000000000000000000000000081565b5f546001600160a01b031661017a565b61015461029336600461132a565b6106f5565b6101fa6102a6366004611341565b61078d565b60045460ff166101ad565b6102416102c436600461132a565b610b66565b6101fa6102d7366004611341565b610c05565b6102416110b1565b6101546102f236600461132a565b6110c0565b6101fa6103053660046113cf565b61112b565b61017a61031836600461132a565b611168565b600b54610154565b60015461017a906001600160a01b031681565b5f8281526008602090815260408083206001600160a01b03851684529091529020545b92915050565b5f5f61036c836106f5565b90505f6002805461037c90611426565b80601f01602080910402602001604051908101604052809291908181526020018280546103a890611426565b80156103f35780601f106103ca576101008083540402835291602001916103f3565b820191905f5260205f20905b8154815290600101906020018083116103d657829003601f168201915b50505050602082015160218301519293505f90811a91506003821461041957601b61041c565b601c5b90505f70014551231950b75fc4402da1732fc9bebe1984870990505f811561045f5761045a8270014551231950b75fc4402da1732fc9bebe19611486565b610461565b5f5b604080515f81526020810180835283905260ff861691810191909152606081018790526080810187905290915060019060a0016020604051602081039080840390855afa1580156104b4573d5f5f3e3d5ffd5b5050604051601f1901519a9950505050505050505050565b5f602182146104dc57505f61035b565b5f83835f8181106104ef576104ef611499565b919091013560f81c9150506002811480159061050f57508060ff16600314155b1561051d575f91505061035b565b5f61052c6021600186886114ad565b610535916114d4565b9050801580610556575070014551231950b75fc4402da1732fc9bebe198110155b15610565575f9250505061035b565b5f6401000003d01960076401000003d019846401000003d019868709090890505f6105b382600461059d6401000003d01960016114f1565b6105a79190611504565b6401000003d019611175565b9050816401000003d01982830914979650505050505050565b6105d461126d565b6001546001600160a01b0316156105fe576040516363667d8160e11b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0383169081179091556040519081527fc911988e59011c1495efc3a4dab3d70451809f0e4fb67dca5e622da3e23cc1c19060200160405180910390a150565b61065a61126d565b6106635f611299565b565b60606002805461067490611426565b80601f01602080910402602001604051908101604052809291908181526020018280546106a090611426565b80156106eb5780601f106106c2576101008083540402835291602001916106eb565b820191905f5260205f20905b8154815290600101906020018083116106ce57829003601f168201915b5050505050905090565b6004545f9060ff1661071a57604051630f6b22d360e31b815260040160405180910390fd5b70014551231950b75fc4402da1732fc9bebe196040518060400160405280601081526020016f706b706e65742f6465726976652f763160801b81525060028460405160200161076b9392919061159c565b604051602081830303815290604052805190602001205f1c61035b91906115be565b60405162ba80a960e11b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630175015290602401602060405180830381865afa1580156107ee573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061081291906115d1565b61083657604051631672b61b60e01b81523360048201526024015b60405180910390fd5b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663900cf0cf6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610893573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108b791906115f0565b90506108c383836104cc565b6108e0576040516302d5b04f60e51b815260040160405180910390fd5b5f83836040516108f1929190611607565b60408051918290039091205f8481526005602090815283822033835290529190912054909150818103610940576040516304f9da6360e01b81526004810184905233602482015260440161082d565b60045460ff1680156109685750600260405161095c9190611616565b60405180910390208214155b15610986576040516301bb088360e41b815260040160405180910390fd5b80156109b6575f83815260066020908152604080832084845290915281208054916109b083611621565b91905055505b5f8381526005602090815260408083203384528252808320859055858352600682528083208584529091528120805482906109f090611636565b9190508190559050336001600160a01b0316847f457e1b97340f014fcbe730731ba201a9eacfc8a71d8e27d9e5d59fc67dc4abec8888604051610a3492919061164e565b60405180910390a35f8481526007602052604090205460ff16158015610ad957507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166342cde4e86040518163ffffffff1660e01b8152600401602060405180830381865afa158015610ab1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ad591906115f0565b8110155b15610b5e575f848152600760205260409020805460ff1916600117905560045460ff16610b1c576002610b0d8688836116e3565b506004805460ff191660011790555b83600381905550837f8ef925a7116791f08275b94e0ccb9ef14a1776b1069493febb0059902d834c458787604051610b5592919061164e565b60405180910390a25b505050505050565b5f818152600a60205260409020805460609190610b8290611426565b80601f0160208091040260200160405190810160405280929190818152602001828054610bae90611426565b8015610bf95780601f10610bd057610100808354040283529160200191610bf9565b820191905f5260205f20905b815481529060010190602001808311610bdc57829003601f168201915b50505050509050919050565b60405162ba80a960e11b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630175015290602401602060405180830381865afa158015610c66573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c8a91906115d1565b610ca957604051631672b61b60e01b815233600482015260240161082d565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663900cf0cf6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610d06573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d2a91906115f0565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636da49b836040518163ffffffff1660e01b8152600401602060405180830381865afa158015610d88573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dac91906115f0565b610db79060016114f1565b610dc290602161179e565b8214610de15760405163342e4bb560e21b815260040160405180910390fd5b610df16101a860215f85876114ad565b610e0e5760405163342e4bb560e21b815260040160405180910390fd5b600c5460ff168015610e595750600d604051610e2a9190611616565b604051908190039020610e4060215f85876114ad565b604051610e4e929190611607565b604051809103902014155b15610e7757604051637a7a60f560e01b815260040160405180910390fd5b5f8383604051610e88929190611607565b60408051918290039091205f8481526008602090815283822033835290529190912054909150818103610ed7576040516304f9da6360e01b81526004810184905233602482015260440161082d565b8015610f07575f8381526009602090815260408083208484529091528120805491610f0183611621565b91905055505b5f838152600860209081526040808320338452825280832085905585835260098252808320858452909152812080548290610f4190611636565b9182905550604051848152909150339085907fbb3e40ca2142c8521da6035f33997b2af208db19fc3042441c21068e46890b8e9060200160405180910390a35f848152600a602052604090208054610f9890611426565b159050801561102657507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166342cde4e86040518163ffffffff1660e01b8152600401602060405180830381865afa158015610ffe573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061102291906115f0565b8110155b15610b5e575f848152600a602052604090206110438688836116e3565b50600c5460ff166110785761105b60215f87896114ad565b600d916110699190836116e3565b50600c805460ff191660011790555b83600b81905550837f52d40d7e1b36530cbe68f48039aab1c9748bbc28d72b022ec0703bcd0a0380498787604051610b5592919061164e565b6060600d805461067490611426565b600154604051637345c1f560e11b8152600481018390525f916001600160a01b03169063e68b83ea90602401602060405180830381865afa158015611107573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061035b91906115f0565b61113361126d565b6001600160a01b03811661115c57604051631e4fbdf760e01b81525f600482015260240161082d565b61116581611299565b50565b5f61035b610175836110c0565b60408051602080820181905281830181905260608201526080810185905260a0810184905260c08082018490528251808303909101815260e0909101918290525f91829081906005906111c99085906117b5565b5f60405180830381855afa9150503d805f8114611201576040519150601f19603f3d011682016040523d82523d5f602084013e611206565b606091505b5091509150818015611219575080516020145b61124e5760405162461bcd60e51b815260206004820152600660248201526506d6f646578760d41b604482015260640161082d565b8080602001905181019061126291906115f0565b979650505050505050565b5f546001600160a01b031633146106635760405163118cdaa760e01b815233600482015260240161082d565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0381168114611165575f5ffd5b5f5f6040838503121561130d575f5ffd5b82359150602083013561131f816112e8565b809150509250929050565b5f6020828403121561133a575f5ffd5b5035919050565b5f5f60208385031215611352575f5ffd5b823567ffffffffffffffff811115611368575f5ffd5b8301601f81018513611378575f5ffd5b803567ffffffffffffffff81111561138e575f5ffd5b85602082840101111561139f575f5ffd5b6020919091019590945092505050565b5f5f604083850312156113c0575f5ffd5b50508035926020909101359150565b5f602082840312156113df575f5ffd5b81356113ea816112e8565b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b600181811c9082168061143a57607f821691505b60208210810361145857634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8181038181111561035b5761035b611472565b634e487b7160e01b5f52603260045260245ffd5b5f5f858511156114bb575f5ffd5b838611156114c7575f5ffd5b5050820193919092039150565b8035602083101561035b575f19602084900360031b1b1692915050565b8082018082111561035b5761035b611472565b5f826115125761151261145e565b500490565b5f81518060208401855e5f93019283525090919050565b5f815461153a81611426565b600182168015611551576001811461156657611593565b60ff1983168652811515820286019350611593565b845f5260205f205f5b8381101561158b5781548882015260019091019060200161156f565b505081860193505b50505092915050565b5f6115b06115aa8387611517565b8561152e565b928352505060200192915050565b5f826115cc576115cc61145e565b500690565b5f602082840312156115e1575f5ffd5b815180151581146113ea575f5ffd5b5f60208284031215611600575f5ffd5b5051919050565b818382375f9101908152919050565b5f6113ea828461152e565b5f8161162f5761162f611472565b505f190190565b5f6001820161164757611647611472565b5060010190565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b634e487b7160e01b5f52604160045260245ffd5b601f8211156116de57828211156116de57805f5260205f20601f840160051c60208510156116bb57505f5b90810190601f840160051c035f5b81811015610b5e575f838201556001016116c9565b505050565b67ffffffffffffffff8311156116fb576116fb61167c565b61170f836117098354611426565b83611690565b5f601f841160018114611740575f85156117295750838201355b5f19600387901b1c1916600186901b178355611797565b5f83815260208120601f198716915b8281101561176f578685013582556020948501946001909201910161174f565b508682101561178b575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b808202811582820484141761035b5761035b611472565b5f6113ea828461151756fea26469706673582212201ce4b109ab32d41c8c52b3208f7c0cd21bfc9355ef0544c4bbdc0017bf16f81764736f6c63430008250033",
}

// PubkeyRouter is an auto generated Go binding around an Ethereum contract.
type PubkeyRouter struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PubkeyRouter) GetABI() abi.ABI {
	return c.abi
}

// NewPubkeyRouter creates a new instance of PubkeyRouter.
func NewPubkeyRouter() *PubkeyRouter {
	parsed, err := PubkeyRouterMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PubkeyRouter{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PubkeyRouter) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner, address registry_) returns()
func (pubkeyRouter *PubkeyRouter) PackConstructor(initialOwner common.Address, registry_ common.Address) []byte {
	enc, err := pubkeyRouter.abi.Pack("", initialOwner, registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDeriveAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1977ef06.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deriveAddress(bytes32 keyId) view returns(address)
func (pubkeyRouter *PubkeyRouter) PackDeriveAddress(keyId [32]byte) []byte {
	enc, err := pubkeyRouter.abi.Pack("deriveAddress", keyId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeriveAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1977ef06.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deriveAddress(bytes32 keyId) view returns(address)
func (pubkeyRouter *PubkeyRouter) TryPackDeriveAddress(keyId [32]byte) ([]byte, error) {
	return pubkeyRouter.abi.Pack("deriveAddress", keyId)
}

// UnpackDeriveAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1977ef06.
//
// Solidity: function deriveAddress(bytes32 keyId) view returns(address)
func (pubkeyRouter *PubkeyRouter) UnpackDeriveAddress(data []byte) (common.Address, error) {
	out, err := pubkeyRouter.abi.Unpack("deriveAddress", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEncryptionKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe03a9191.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function encryptionKey() view returns(bytes)
func (pubkeyRouter *PubkeyRouter) PackEncryptionKey() []byte {
	enc, err := pubkeyRouter.abi.Pack("encryptionKey")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEncryptionKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe03a9191.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function encryptionKey() view returns(bytes)
func (pubkeyRouter *PubkeyRouter) TryPackEncryptionKey() ([]byte, error) {
	return pubkeyRouter.abi.Pack("encryptionKey")
}

// UnpackEncryptionKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe03a9191.
//
// Solidity: function encryptionKey() view returns(bytes)
func (pubkeyRouter *PubkeyRouter) UnpackEncryptionKey(data []byte) ([]byte, error) {
	out, err := pubkeyRouter.abi.Unpack("encryptionKey", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackEncryptionKeyEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb59887c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function encryptionKeyEpoch() view returns(uint256)
func (pubkeyRouter *PubkeyRouter) PackEncryptionKeyEpoch() []byte {
	enc, err := pubkeyRouter.abi.Pack("encryptionKeyEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEncryptionKeyEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb59887c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function encryptionKeyEpoch() view returns(uint256)
func (pubkeyRouter *PubkeyRouter) TryPackEncryptionKeyEpoch() ([]byte, error) {
	return pubkeyRouter.abi.Pack("encryptionKeyEpoch")
}

// UnpackEncryptionKeyEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb59887c.
//
// Solidity: function encryptionKeyEpoch() view returns(uint256)
func (pubkeyRouter *PubkeyRouter) UnpackEncryptionKeyEpoch(data []byte) (*big.Int, error) {
	out, err := pubkeyRouter.abi.Unpack("encryptionKeyEpoch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEncryptionKeySet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd397e7b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function encryptionKeySet(uint256 epoch_) view returns(bytes)
func (pubkeyRouter *PubkeyRouter) PackEncryptionKeySet(epoch *big.Int) []byte {
	enc, err := pubkeyRouter.abi.Pack("encryptionKeySet", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEncryptionKeySet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd397e7b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function encryptionKeySet(uint256 epoch_) view returns(bytes)
func (pubkeyRouter *PubkeyRouter) TryPackEncryptionKeySet(epoch *big.Int) ([]byte, error) {
	return pubkeyRouter.abi.Pack("encryptionKeySet", epoch)
}

// UnpackEncryptionKeySet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd397e7b.
//
// Solidity: function encryptionKeySet(uint256 epoch_) view returns(bytes)
func (pubkeyRouter *PubkeyRouter) UnpackEncryptionKeySet(data []byte) ([]byte, error) {
	out, err := pubkeyRouter.abi.Unpack("encryptionKeySet", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackEncryptionVoteOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x135c6401.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function encryptionVoteOf(uint256 epoch_, address operator) view returns(bytes32)
func (pubkeyRouter *PubkeyRouter) PackEncryptionVoteOf(epoch *big.Int, operator common.Address) []byte {
	enc, err := pubkeyRouter.abi.Pack("encryptionVoteOf", epoch, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEncryptionVoteOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x135c6401.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function encryptionVoteOf(uint256 epoch_, address operator) view returns(bytes32)
func (pubkeyRouter *PubkeyRouter) TryPackEncryptionVoteOf(epoch *big.Int, operator common.Address) ([]byte, error) {
	return pubkeyRouter.abi.Pack("encryptionVoteOf", epoch, operator)
}

// UnpackEncryptionVoteOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x135c6401.
//
// Solidity: function encryptionVoteOf(uint256 epoch_, address operator) view returns(bytes32)
func (pubkeyRouter *PubkeyRouter) UnpackEncryptionVoteOf(data []byte) ([32]byte, error) {
	out, err := pubkeyRouter.abi.Unpack("encryptionVoteOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHasRootKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd0b56b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRootKey() view returns(bool)
func (pubkeyRouter *PubkeyRouter) PackHasRootKey() []byte {
	enc, err := pubkeyRouter.abi.Pack("hasRootKey")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRootKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd0b56b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRootKey() view returns(bool)
func (pubkeyRouter *PubkeyRouter) TryPackHasRootKey() ([]byte, error) {
	return pubkeyRouter.abi.Pack("hasRootKey")
}

// UnpackHasRootKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd0b56b4.
//
// Solidity: function hasRootKey() view returns(bool)
func (pubkeyRouter *PubkeyRouter) UnpackHasRootKey(data []byte) (bool, error) {
	out, err := pubkeyRouter.abi.Unpack("hasRootKey", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsValidRootKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33ca7f8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValidRootKey(bytes pubkey) view returns(bool)
func (pubkeyRouter *PubkeyRouter) PackIsValidRootKey(pubkey []byte) []byte {
	enc, err := pubkeyRouter.abi.Pack("isValidRootKey", pubkey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValidRootKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33ca7f8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValidRootKey(bytes pubkey) view returns(bool)
func (pubkeyRouter *PubkeyRouter) TryPackIsValidRootKey(pubkey []byte) ([]byte, error) {
	return pubkeyRouter.abi.Pack("isValidRootKey", pubkey)
}

// UnpackIsValidRootKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33ca7f8c.
//
// Solidity: function isValidRootKey(bytes pubkey) view returns(bool)
func (pubkeyRouter *PubkeyRouter) UnpackIsValidRootKey(data []byte) (bool, error) {
	out, err := pubkeyRouter.abi.Unpack("isValidRootKey", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackKeyIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe68b83ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keyIdOf(uint256 tokenId) view returns(bytes32)
func (pubkeyRouter *PubkeyRouter) PackKeyIdOf(tokenId *big.Int) []byte {
	enc, err := pubkeyRouter.abi.Pack("keyIdOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeyIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe68b83ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keyIdOf(uint256 tokenId) view returns(bytes32)
func (pubkeyRouter *PubkeyRouter) TryPackKeyIdOf(tokenId *big.Int) ([]byte, error) {
	return pubkeyRouter.abi.Pack("keyIdOf", tokenId)
}

// UnpackKeyIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe68b83ea.
//
// Solidity: function keyIdOf(uint256 tokenId) view returns(bytes32)
func (pubkeyRouter *PubkeyRouter) UnpackKeyIdOf(data []byte) ([32]byte, error) {
	out, err := pubkeyRouter.abi.Unpack("keyIdOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (pubkeyRouter *PubkeyRouter) PackOwner() []byte {
	enc, err := pubkeyRouter.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (pubkeyRouter *PubkeyRouter) TryPackOwner() ([]byte, error) {
	return pubkeyRouter.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (pubkeyRouter *PubkeyRouter) UnpackOwner(data []byte) (common.Address, error) {
	out, err := pubkeyRouter.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPkpAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf392a455.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pkpAddress(uint256 tokenId) view returns(address)
func (pubkeyRouter *PubkeyRouter) PackPkpAddress(tokenId *big.Int) []byte {
	enc, err := pubkeyRouter.abi.Pack("pkpAddress", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPkpAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf392a455.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pkpAddress(uint256 tokenId) view returns(address)
func (pubkeyRouter *PubkeyRouter) TryPackPkpAddress(tokenId *big.Int) ([]byte, error) {
	return pubkeyRouter.abi.Pack("pkpAddress", tokenId)
}

// UnpackPkpAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf392a455.
//
// Solidity: function pkpAddress(uint256 tokenId) view returns(address)
func (pubkeyRouter *PubkeyRouter) UnpackPkpAddress(data []byte) (common.Address, error) {
	out, err := pubkeyRouter.abi.Unpack("pkpAddress", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPkpNFT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa2e953.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pkpNFT() view returns(address)
func (pubkeyRouter *PubkeyRouter) PackPkpNFT() []byte {
	enc, err := pubkeyRouter.abi.Pack("pkpNFT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPkpNFT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa2e953.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pkpNFT() view returns(address)
func (pubkeyRouter *PubkeyRouter) TryPackPkpNFT() ([]byte, error) {
	return pubkeyRouter.abi.Pack("pkpNFT")
}

// UnpackPkpNFT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xffa2e953.
//
// Solidity: function pkpNFT() view returns(address)
func (pubkeyRouter *PubkeyRouter) UnpackPkpNFT(data []byte) (common.Address, error) {
	out, err := pubkeyRouter.abi.Unpack("pkpNFT", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (pubkeyRouter *PubkeyRouter) PackRegistry() []byte {
	enc, err := pubkeyRouter.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (pubkeyRouter *PubkeyRouter) TryPackRegistry() ([]byte, error) {
	return pubkeyRouter.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (pubkeyRouter *PubkeyRouter) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := pubkeyRouter.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (pubkeyRouter *PubkeyRouter) PackRenounceOwnership() []byte {
	enc, err := pubkeyRouter.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (pubkeyRouter *PubkeyRouter) TryPackRenounceOwnership() ([]byte, error) {
	return pubkeyRouter.abi.Pack("renounceOwnership")
}

// PackRootKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77aa1096.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rootKey() view returns(bytes)
func (pubkeyRouter *PubkeyRouter) PackRootKey() []byte {
	enc, err := pubkeyRouter.abi.Pack("rootKey")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRootKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77aa1096.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rootKey() view returns(bytes)
func (pubkeyRouter *PubkeyRouter) TryPackRootKey() ([]byte, error) {
	return pubkeyRouter.abi.Pack("rootKey")
}

// UnpackRootKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77aa1096.
//
// Solidity: function rootKey() view returns(bytes)
func (pubkeyRouter *PubkeyRouter) UnpackRootKey(data []byte) ([]byte, error) {
	out, err := pubkeyRouter.abi.Unpack("rootKey", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackRootKeyEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d9928a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rootKeyEpoch() view returns(uint256)
func (pubkeyRouter *PubkeyRouter) PackRootKeyEpoch() []byte {
	enc, err := pubkeyRouter.abi.Pack("rootKeyEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRootKeyEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d9928a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rootKeyEpoch() view returns(uint256)
func (pubkeyRouter *PubkeyRouter) TryPackRootKeyEpoch() ([]byte, error) {
	return pubkeyRouter.abi.Pack("rootKeyEpoch")
}

// UnpackRootKeyEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d9928a8.
//
// Solidity: function rootKeyEpoch() view returns(uint256)
func (pubkeyRouter *PubkeyRouter) UnpackRootKeyEpoch(data []byte) (*big.Int, error) {
	out, err := pubkeyRouter.abi.Unpack("rootKeyEpoch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetPKPNFT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f3ad088.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPKPNFT(address nft) returns()
func (pubkeyRouter *PubkeyRouter) PackSetPKPNFT(nft common.Address) []byte {
	enc, err := pubkeyRouter.abi.Pack("setPKPNFT", nft)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPKPNFT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f3ad088.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPKPNFT(address nft) returns()
func (pubkeyRouter *PubkeyRouter) TryPackSetPKPNFT(nft common.Address) ([]byte, error) {
	return pubkeyRouter.abi.Pack("setPKPNFT", nft)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (pubkeyRouter *PubkeyRouter) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := pubkeyRouter.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (pubkeyRouter *PubkeyRouter) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return pubkeyRouter.abi.Pack("transferOwnership", newOwner)
}

// PackTweak is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe77fbda.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tweak(bytes32 keyId) view returns(uint256)
func (pubkeyRouter *PubkeyRouter) PackTweak(keyId [32]byte) []byte {
	enc, err := pubkeyRouter.abi.Pack("tweak", keyId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTweak is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe77fbda.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tweak(bytes32 keyId) view returns(uint256)
func (pubkeyRouter *PubkeyRouter) TryPackTweak(keyId [32]byte) ([]byte, error) {
	return pubkeyRouter.abi.Pack("tweak", keyId)
}

// UnpackTweak is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe77fbda.
//
// Solidity: function tweak(bytes32 keyId) view returns(uint256)
func (pubkeyRouter *PubkeyRouter) UnpackTweak(data []byte) (*big.Int, error) {
	out, err := pubkeyRouter.abi.Unpack("tweak", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVoteCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34b03c55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voteCount(uint256 epoch_, bytes32 keyHash) view returns(uint256)
func (pubkeyRouter *PubkeyRouter) PackVoteCount(epoch *big.Int, keyHash [32]byte) []byte {
	enc, err := pubkeyRouter.abi.Pack("voteCount", epoch, keyHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoteCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34b03c55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voteCount(uint256 epoch_, bytes32 keyHash) view returns(uint256)
func (pubkeyRouter *PubkeyRouter) TryPackVoteCount(epoch *big.Int, keyHash [32]byte) ([]byte, error) {
	return pubkeyRouter.abi.Pack("voteCount", epoch, keyHash)
}

// UnpackVoteCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34b03c55.
//
// Solidity: function voteCount(uint256 epoch_, bytes32 keyHash) view returns(uint256)
func (pubkeyRouter *PubkeyRouter) UnpackVoteCount(data []byte) (*big.Int, error) {
	out, err := pubkeyRouter.abi.Unpack("voteCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVoteEncryptionKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbbfdd91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voteEncryptionKey(bytes keySet) returns()
func (pubkeyRouter *PubkeyRouter) PackVoteEncryptionKey(keySet []byte) []byte {
	enc, err := pubkeyRouter.abi.Pack("voteEncryptionKey", keySet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoteEncryptionKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbbfdd91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voteEncryptionKey(bytes keySet) returns()
func (pubkeyRouter *PubkeyRouter) TryPackVoteEncryptionKey(keySet []byte) ([]byte, error) {
	return pubkeyRouter.abi.Pack("voteEncryptionKey", keySet)
}

// PackVoteOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45ddc85d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voteOf(uint256 epoch_, address operator) view returns(bytes32)
func (pubkeyRouter *PubkeyRouter) PackVoteOf(epoch *big.Int, operator common.Address) []byte {
	enc, err := pubkeyRouter.abi.Pack("voteOf", epoch, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoteOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45ddc85d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voteOf(uint256 epoch_, address operator) view returns(bytes32)
func (pubkeyRouter *PubkeyRouter) TryPackVoteOf(epoch *big.Int, operator common.Address) ([]byte, error) {
	return pubkeyRouter.abi.Pack("voteOf", epoch, operator)
}

// UnpackVoteOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x45ddc85d.
//
// Solidity: function voteOf(uint256 epoch_, address operator) view returns(bytes32)
func (pubkeyRouter *PubkeyRouter) UnpackVoteOf(data []byte) ([32]byte, error) {
	out, err := pubkeyRouter.abi.Unpack("voteOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVoteRootKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb512ab6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voteRootKey(bytes pubkey) returns()
func (pubkeyRouter *PubkeyRouter) PackVoteRootKey(pubkey []byte) []byte {
	enc, err := pubkeyRouter.abi.Pack("voteRootKey", pubkey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoteRootKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb512ab6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voteRootKey(bytes pubkey) returns()
func (pubkeyRouter *PubkeyRouter) TryPackVoteRootKey(pubkey []byte) ([]byte, error) {
	return pubkeyRouter.abi.Pack("voteRootKey", pubkey)
}

// PubkeyRouterEncryptionKeyActivated represents a EncryptionKeyActivated event raised by the PubkeyRouter contract.
type PubkeyRouterEncryptionKeyActivated struct {
	Epoch  *big.Int
	KeySet []byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PubkeyRouterEncryptionKeyActivatedEventName = "EncryptionKeyActivated"

// ContractEventName returns the user-defined event name.
func (PubkeyRouterEncryptionKeyActivated) ContractEventName() string {
	return PubkeyRouterEncryptionKeyActivatedEventName
}

// UnpackEncryptionKeyActivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EncryptionKeyActivated(uint256 indexed epoch, bytes keySet)
func (pubkeyRouter *PubkeyRouter) UnpackEncryptionKeyActivatedEvent(log *types.Log) (*PubkeyRouterEncryptionKeyActivated, error) {
	event := "EncryptionKeyActivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pubkeyRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PubkeyRouterEncryptionKeyActivated)
	if len(log.Data) > 0 {
		if err := pubkeyRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pubkeyRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PubkeyRouterEncryptionKeyVoted represents a EncryptionKeyVoted event raised by the PubkeyRouter contract.
type PubkeyRouterEncryptionKeyVoted struct {
	Epoch      *big.Int
	Operator   common.Address
	KeySetHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const PubkeyRouterEncryptionKeyVotedEventName = "EncryptionKeyVoted"

// ContractEventName returns the user-defined event name.
func (PubkeyRouterEncryptionKeyVoted) ContractEventName() string {
	return PubkeyRouterEncryptionKeyVotedEventName
}

// UnpackEncryptionKeyVotedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EncryptionKeyVoted(uint256 indexed epoch, address indexed operator, bytes32 keySetHash)
func (pubkeyRouter *PubkeyRouter) UnpackEncryptionKeyVotedEvent(log *types.Log) (*PubkeyRouterEncryptionKeyVoted, error) {
	event := "EncryptionKeyVoted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pubkeyRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PubkeyRouterEncryptionKeyVoted)
	if len(log.Data) > 0 {
		if err := pubkeyRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pubkeyRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PubkeyRouterOwnershipTransferred represents a OwnershipTransferred event raised by the PubkeyRouter contract.
type PubkeyRouterOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const PubkeyRouterOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (PubkeyRouterOwnershipTransferred) ContractEventName() string {
	return PubkeyRouterOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (pubkeyRouter *PubkeyRouter) UnpackOwnershipTransferredEvent(log *types.Log) (*PubkeyRouterOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pubkeyRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PubkeyRouterOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := pubkeyRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pubkeyRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PubkeyRouterPKPNFTSet represents a PKPNFTSet event raised by the PubkeyRouter contract.
type PubkeyRouterPKPNFTSet struct {
	PkpNFT common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const PubkeyRouterPKPNFTSetEventName = "PKPNFTSet"

// ContractEventName returns the user-defined event name.
func (PubkeyRouterPKPNFTSet) ContractEventName() string {
	return PubkeyRouterPKPNFTSetEventName
}

// UnpackPKPNFTSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PKPNFTSet(address pkpNFT)
func (pubkeyRouter *PubkeyRouter) UnpackPKPNFTSetEvent(log *types.Log) (*PubkeyRouterPKPNFTSet, error) {
	event := "PKPNFTSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pubkeyRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PubkeyRouterPKPNFTSet)
	if len(log.Data) > 0 {
		if err := pubkeyRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pubkeyRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PubkeyRouterRootKeyActivated represents a RootKeyActivated event raised by the PubkeyRouter contract.
type PubkeyRouterRootKeyActivated struct {
	Epoch  *big.Int
	Pubkey []byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const PubkeyRouterRootKeyActivatedEventName = "RootKeyActivated"

// ContractEventName returns the user-defined event name.
func (PubkeyRouterRootKeyActivated) ContractEventName() string {
	return PubkeyRouterRootKeyActivatedEventName
}

// UnpackRootKeyActivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RootKeyActivated(uint256 indexed epoch, bytes pubkey)
func (pubkeyRouter *PubkeyRouter) UnpackRootKeyActivatedEvent(log *types.Log) (*PubkeyRouterRootKeyActivated, error) {
	event := "RootKeyActivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pubkeyRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PubkeyRouterRootKeyActivated)
	if len(log.Data) > 0 {
		if err := pubkeyRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pubkeyRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PubkeyRouterRootKeyVoted represents a RootKeyVoted event raised by the PubkeyRouter contract.
type PubkeyRouterRootKeyVoted struct {
	Epoch    *big.Int
	Operator common.Address
	Pubkey   []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const PubkeyRouterRootKeyVotedEventName = "RootKeyVoted"

// ContractEventName returns the user-defined event name.
func (PubkeyRouterRootKeyVoted) ContractEventName() string {
	return PubkeyRouterRootKeyVotedEventName
}

// UnpackRootKeyVotedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RootKeyVoted(uint256 indexed epoch, address indexed operator, bytes pubkey)
func (pubkeyRouter *PubkeyRouter) UnpackRootKeyVotedEvent(log *types.Log) (*PubkeyRouterRootKeyVoted, error) {
	event := "RootKeyVoted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pubkeyRouter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PubkeyRouterRootKeyVoted)
	if len(log.Data) > 0 {
		if err := pubkeyRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pubkeyRouter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (pubkeyRouter *PubkeyRouter) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], pubkeyRouter.abi.Errors["AlreadyVoted"].ID.Bytes()[:4]) {
		return pubkeyRouter.UnpackAlreadyVotedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pubkeyRouter.abi.Errors["BadEncryptionKeySet"].ID.Bytes()[:4]) {
		return pubkeyRouter.UnpackBadEncryptionKeySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], pubkeyRouter.abi.Errors["BadRootKey"].ID.Bytes()[:4]) {
		return pubkeyRouter.UnpackBadRootKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], pubkeyRouter.abi.Errors["EncryptionKeyMismatch"].ID.Bytes()[:4]) {
		return pubkeyRouter.UnpackEncryptionKeyMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pubkeyRouter.abi.Errors["NoRootKey"].ID.Bytes()[:4]) {
		return pubkeyRouter.UnpackNoRootKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], pubkeyRouter.abi.Errors["NotANode"].ID.Bytes()[:4]) {
		return pubkeyRouter.UnpackNotANodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pubkeyRouter.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return pubkeyRouter.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pubkeyRouter.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return pubkeyRouter.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], pubkeyRouter.abi.Errors["PKPNFTAlreadySet"].ID.Bytes()[:4]) {
		return pubkeyRouter.UnpackPKPNFTAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], pubkeyRouter.abi.Errors["RootKeyMismatch"].ID.Bytes()[:4]) {
		return pubkeyRouter.UnpackRootKeyMismatchError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PubkeyRouterAlreadyVoted represents a AlreadyVoted error raised by the PubkeyRouter contract.
type PubkeyRouterAlreadyVoted struct {
	Epoch    *big.Int
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyVoted(uint256 epoch, address operator)
func PubkeyRouterAlreadyVotedErrorID() common.Hash {
	return common.HexToHash("0x04f9da634a3ce855cf7785808a673a41608288999dcd1d08e55bb33c69118f4a")
}

// UnpackAlreadyVotedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyVoted(uint256 epoch, address operator)
func (pubkeyRouter *PubkeyRouter) UnpackAlreadyVotedError(raw []byte) (*PubkeyRouterAlreadyVoted, error) {
	out := new(PubkeyRouterAlreadyVoted)
	if err := pubkeyRouter.abi.UnpackIntoInterface(out, "AlreadyVoted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PubkeyRouterBadEncryptionKeySet represents a BadEncryptionKeySet error raised by the PubkeyRouter contract.
type PubkeyRouterBadEncryptionKeySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadEncryptionKeySet()
func PubkeyRouterBadEncryptionKeySetErrorID() common.Hash {
	return common.HexToHash("0xd0b92ed4dd535505c182d8439aa0070f4dab475acb0e51c71e07b2437f81887b")
}

// UnpackBadEncryptionKeySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadEncryptionKeySet()
func (pubkeyRouter *PubkeyRouter) UnpackBadEncryptionKeySetError(raw []byte) (*PubkeyRouterBadEncryptionKeySet, error) {
	out := new(PubkeyRouterBadEncryptionKeySet)
	if err := pubkeyRouter.abi.UnpackIntoInterface(out, "BadEncryptionKeySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PubkeyRouterBadRootKey represents a BadRootKey error raised by the PubkeyRouter contract.
type PubkeyRouterBadRootKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRootKey()
func PubkeyRouterBadRootKeyErrorID() common.Hash {
	return common.HexToHash("0x5ab609e0b952007d1b535ff674245751f30304e93c72b8d1b023f0e61021ed9f")
}

// UnpackBadRootKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRootKey()
func (pubkeyRouter *PubkeyRouter) UnpackBadRootKeyError(raw []byte) (*PubkeyRouterBadRootKey, error) {
	out := new(PubkeyRouterBadRootKey)
	if err := pubkeyRouter.abi.UnpackIntoInterface(out, "BadRootKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PubkeyRouterEncryptionKeyMismatch represents a EncryptionKeyMismatch error raised by the PubkeyRouter contract.
type PubkeyRouterEncryptionKeyMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EncryptionKeyMismatch()
func PubkeyRouterEncryptionKeyMismatchErrorID() common.Hash {
	return common.HexToHash("0x7a7a60f52686643865231399fbd50e821d34fe5172691e5d027493f5e2af83d3")
}

// UnpackEncryptionKeyMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EncryptionKeyMismatch()
func (pubkeyRouter *PubkeyRouter) UnpackEncryptionKeyMismatchError(raw []byte) (*PubkeyRouterEncryptionKeyMismatch, error) {
	out := new(PubkeyRouterEncryptionKeyMismatch)
	if err := pubkeyRouter.abi.UnpackIntoInterface(out, "EncryptionKeyMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PubkeyRouterNoRootKey represents a NoRootKey error raised by the PubkeyRouter contract.
type PubkeyRouterNoRootKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoRootKey()
func PubkeyRouterNoRootKeyErrorID() common.Hash {
	return common.HexToHash("0x7b591698019bc8af0c2658ed280e795259e557a7b89ced80c88478d936402195")
}

// UnpackNoRootKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoRootKey()
func (pubkeyRouter *PubkeyRouter) UnpackNoRootKeyError(raw []byte) (*PubkeyRouterNoRootKey, error) {
	out := new(PubkeyRouterNoRootKey)
	if err := pubkeyRouter.abi.UnpackIntoInterface(out, "NoRootKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PubkeyRouterNotANode represents a NotANode error raised by the PubkeyRouter contract.
type PubkeyRouterNotANode struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotANode(address caller)
func PubkeyRouterNotANodeErrorID() common.Hash {
	return common.HexToHash("0x1672b61b244d18f556e2d11501e4d3d33e95e2ff846543e8a0054735821c7b55")
}

// UnpackNotANodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotANode(address caller)
func (pubkeyRouter *PubkeyRouter) UnpackNotANodeError(raw []byte) (*PubkeyRouterNotANode, error) {
	out := new(PubkeyRouterNotANode)
	if err := pubkeyRouter.abi.UnpackIntoInterface(out, "NotANode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PubkeyRouterOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the PubkeyRouter contract.
type PubkeyRouterOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func PubkeyRouterOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (pubkeyRouter *PubkeyRouter) UnpackOwnableInvalidOwnerError(raw []byte) (*PubkeyRouterOwnableInvalidOwner, error) {
	out := new(PubkeyRouterOwnableInvalidOwner)
	if err := pubkeyRouter.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PubkeyRouterOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the PubkeyRouter contract.
type PubkeyRouterOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func PubkeyRouterOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (pubkeyRouter *PubkeyRouter) UnpackOwnableUnauthorizedAccountError(raw []byte) (*PubkeyRouterOwnableUnauthorizedAccount, error) {
	out := new(PubkeyRouterOwnableUnauthorizedAccount)
	if err := pubkeyRouter.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PubkeyRouterPKPNFTAlreadySet represents a PKPNFTAlreadySet error raised by the PubkeyRouter contract.
type PubkeyRouterPKPNFTAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PKPNFTAlreadySet()
func PubkeyRouterPKPNFTAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xc6ccfb0230c7226fdfc9ef50b16adaafdb628e592ab02a7391c672ae2c0d400a")
}

// UnpackPKPNFTAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PKPNFTAlreadySet()
func (pubkeyRouter *PubkeyRouter) UnpackPKPNFTAlreadySetError(raw []byte) (*PubkeyRouterPKPNFTAlreadySet, error) {
	out := new(PubkeyRouterPKPNFTAlreadySet)
	if err := pubkeyRouter.abi.UnpackIntoInterface(out, "PKPNFTAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PubkeyRouterRootKeyMismatch represents a RootKeyMismatch error raised by the PubkeyRouter contract.
type PubkeyRouterRootKeyMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootKeyMismatch()
func PubkeyRouterRootKeyMismatchErrorID() common.Hash {
	return common.HexToHash("0x1bb088305fb2a499c1769368eabf3c5887844eee89e01c3b286519624964a1fb")
}

// UnpackRootKeyMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootKeyMismatch()
func (pubkeyRouter *PubkeyRouter) UnpackRootKeyMismatchError(raw []byte) (*PubkeyRouterRootKeyMismatch, error) {
	out := new(PubkeyRouterRootKeyMismatch)
	if err := pubkeyRouter.abi.UnpackIntoInterface(out, "RootKeyMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestWalletMetaData contains all meta data concerning the TestWallet contract.
var TestWalletMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "337780d8b8b0547d61006c5a0a483ac19c",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051610409380380610409833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516103856100845f395f8181606e01526101f501526103855ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80631626ba7e146100385780638da5cb5b14610069575b5f5ffd5b61004b61004636600461025a565b6100a8565b6040516001600160e01b031990911681526020015b60405180910390f35b6100907f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610060565b5f604182146100c057506001600160e01b0319610253565b5f6100ce60208285876102d1565b6100d7916102f8565b90505f6100e86040602086886102d1565b6100f1916102f8565b90505f8585604081811061010757610107610316565b919091013560f81c915050601b81101561012957610126601b8261032a565b90505b8060ff16601b1415801561014157508060ff16601c14155b8061016b57507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a082115b1561018457506001600160e01b03199250610253915050565b604080515f808252602082018084528a905260ff841692820192909252606081018590526080810184905260019060a0016020604051602081039080840390855afa1580156101d5573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116158061022a57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316816001600160a01b031614155b1561024457506001600160e01b0319935061025392505050565b50630b135d3f60e11b93505050505b9392505050565b5f5f5f6040848603121561026c575f5ffd5b83359250602084013567ffffffffffffffff811115610289575f5ffd5b8401601f81018613610299575f5ffd5b803567ffffffffffffffff8111156102af575f5ffd5b8660208284010111156102c0575f5ffd5b939660209190910195509293505050565b5f5f858511156102df575f5ffd5b838611156102eb575f5ffd5b5050820193919092039150565b80356020831015610310575f19602084900360031b1b165b92915050565b634e487b7160e01b5f52603260045260245ffd5b60ff818116838216019081111561031057634e487b7160e01b5f52601160045260245ffdfea2646970667358221220585301692f66d5f89680a2adc6da889fa9010ea4c2aeed572c7ec76bc5480d7d64736f6c63430008250033",
}

// TestWallet is an auto generated Go binding around an Ethereum contract.
type TestWallet struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestWallet) GetABI() abi.ABI {
	return c.abi
}

// NewTestWallet creates a new instance of TestWallet.
func NewTestWallet() *TestWallet {
	parsed, err := TestWalletMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestWallet{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestWallet) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_) returns()
func (testWallet *TestWallet) PackConstructor(owner_ common.Address) []byte {
	enc, err := testWallet.abi.Pack("", owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (testWallet *TestWallet) PackIsValidSignature(hash [32]byte, signature []byte) []byte {
	enc, err := testWallet.abi.Pack("isValidSignature", hash, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (testWallet *TestWallet) TryPackIsValidSignature(hash [32]byte, signature []byte) ([]byte, error) {
	return testWallet.abi.Pack("isValidSignature", hash, signature)
}

// UnpackIsValidSignature is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (testWallet *TestWallet) UnpackIsValidSignature(data []byte) ([4]byte, error) {
	out, err := testWallet.abi.Unpack("isValidSignature", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (testWallet *TestWallet) PackOwner() []byte {
	enc, err := testWallet.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (testWallet *TestWallet) TryPackOwner() ([]byte, error) {
	return testWallet.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (testWallet *TestWallet) UnpackOwner(data []byte) (common.Address, error) {
	out, err := testWallet.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}
