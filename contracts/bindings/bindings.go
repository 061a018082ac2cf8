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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadHints\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPeerId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PeerIdTaken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyNodes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroOperator\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"hints\",\"type\":\"string[]\"}],\"name\":\"NodeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"hints\",\"type\":\"string[]\"}],\"name\":\"NodeHintsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"NodeRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_HINTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_HINT_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_NODES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PEER_ID_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string[]\",\"name\":\"hints\",\"type\":\"string[]\"}],\"name\":\"addNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNodes\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string[]\",\"name\":\"hints\",\"type\":\"string[]\"}],\"internalType\":\"structNodeRegistry.Node[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"indexOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isNode\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"nodeAt\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string[]\",\"name\":\"hints\",\"type\":\"string[]\"}],\"internalType\":\"structNodeRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nodeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"removeNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"threshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"hints\",\"type\":\"string[]\"}],\"name\":\"updateHints\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "7bd3d81a90c562d62f712a827a90447b2f",
	Bin: "0x6080604052348015600e575f5ffd5b50604051611777380380611777833981016040819052602b9160b4565b806001600160a01b038116605857604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b605f816065565b505060df565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f6020828403121560c3575f5ffd5b81516001600160a01b038116811460d8575f5ffd5b9392505050565b61168b806100ec5f395ff3fe608060405234801561000f575f5ffd5b5060043610610106575f3560e01c8063900cf0cf1161009e578063cf3e272b1161006e578063cf3e272b146101a6578063e29581aa146101e5578063f2fde38b146101fa578063f927727c1461020d578063fd6aad251461022d575f5ffd5b8063900cf0cf146101ae578063a7493388146101b6578063b2b99ec9146101c9578063c1413437146101dc575f5ffd5b80636da49b83116100d95780636da49b831461017c578063715018a6146101845780638da5cb5b1461018c5780638f16e1cd146101a6575f5ffd5b8063017501521461010a57806317092c94146101495780631711e2de1461015f57806342cde4e814610174575b5f5ffd5b610134610118366004610e08565b6001600160a01b03165f90815260026020526040902054151590565b60405190151581526020015b60405180910390f35b610151600881565b604051908152602001610140565b61017261016d366004610e70565b610255565b005b6101516104cf565b600154610151565b6101726104fc565b5f546040516001600160a01b039091168152602001610140565b610151604081565b600454610151565b6101726101c4366004610f1f565b61050f565b6101726101d7366004610e08565b610629565b61015161010081565b6101ed61087b565b604051610140919061101b565b610172610208366004610e08565b610a52565b61022061021b36600461107e565b610a8f565b6040516101409190611095565b61015161023b366004610e08565b6001600160a01b03165f9081526002602052604090205490565b61025d610c70565b6001600160a01b038516610284576040516389961e9160e01b815260040160405180910390fd5b6001600160a01b0385165f90815260026020526040902054156102ca576040516345ed80e960e01b81526001600160a01b03861660048201526024015b60405180910390fd5b6001546040116102ed57604051631426790760e31b815260040160405180910390fd5b8215806102fa5750604083115b15610318576040516311795d9b60e01b815260040160405180910390fd5b5f84846040516103299291906110a7565b60408051918290039091205f8181526003602052919091205490915060ff161561036657604051630f43e14d60e41b815260040160405180910390fd5b6103708383610c9c565b5f818152600360205260408120805460ff19166001908117909155805481018082558183526103a09082906110ca565b815481106103b0576103b06110e3565b5f918252602090912060039091020180546001600160a01b0319166001600160a01b0389161781559050600181016103e98688836111a0565b505f5b83811015610444578160020185858381811061040a5761040a6110e3565b905060200281019061041c919061125a565b82546001810184555f93845260209093209092019161043b91836111a0565b506001016103ec565b506001546001600160a01b0388165f9081526002602052604081209190915560048054916104718361129d565b90915550506004546001546040516001600160a01b038a16917f8abafacce92e40165ef8fa92b7496e63138b370add24a3e9973c28bff7a04e15916104be91908b908b908b908b90611376565b60405180910390a350505050505050565b6001545f906003906104e29060026113ae565b6104ed9060026113c5565b6104f791906113d8565b905090565b610504610c70565b61050d5f610d1d565b565b335f90815260026020526040812054908190036105415760405163bfc6c33760e01b81523360048201526024016102c1565b61054b8383610c9c565b5f600161055881846110ca565b81548110610568576105686110e3565b905f5260205f2090600302019050806002015f6105859190610d6c565b5f5b838110156105df57816002018585838181106105a5576105a56110e3565b90506020028101906105b7919061125a565b82546001810184555f9384526020909320909201916105d691836111a0565b50600101610587565b50336001600160a01b03167f489015f509f3163f7d388157213d2bb8be5cb3919045d467c221fd71597ec787858560405161061b9291906113f7565b60405180910390a250505050565b610631610c70565b6001600160a01b0381165f90815260026020526040812054908190036106755760405163bfc6c33760e01b81526001600160a01b03831660048201526024016102c1565b60035f600161068481856110ca565b81548110610694576106946110e3565b905f5260205f2090600302016001016040516106b09190611412565b604080519182900390912082526020820192909252015f20805460ff19169055805b6001548110156107c257600181815481106106ef576106ef6110e3565b905f5260205f2090600302016001808361070991906110ca565b81548110610719576107196110e3565b5f9182526020909120825460039092020180546001600160a01b0319166001600160a01b0390921691909117815560018082019061075990840182611483565b5060028181019061076c90840182611558565b50829150600290505f600161078181856110ca565b81548110610791576107916110e3565b5f91825260208083206003909202909101546001600160a01b031683528201929092526040019020556001016106d2565b5060018054806107d4576107d4611641565b5f8281526020812060035f199093019283020180546001600160a01b0319168155906108036001830182610d84565b610810600283015f610d6c565b505090556001600160a01b0382165f908152600260205260408120819055600480549161083c8361129d565b90915550506004546040516001600160a01b038416907f0541da585fe0bf51f0c899a46d5b3c620bd36b5c810fb1b957be0de2c6ad5959905f90a35050565b60606001805480602002602001604051908101604052809291908181526020015f905b82821015610a49575f84815260209081902060408051606081019091526003850290910180546001600160a01b0316825260018101805492939192918401916108e69061110b565b80601f01602080910402602001604051908101604052809291908181526020018280546109129061110b565b801561095d5780601f106109345761010080835404028352916020019161095d565b820191905f5260205f20905b81548152906001019060200180831161094057829003601f168201915b5050505050815260200160028201805480602002602001604051908101604052809291908181526020015f905b82821015610a32578382905f5260205f200180546109a79061110b565b80601f01602080910402602001604051908101604052809291908181526020018280546109d39061110b565b8015610a1e5780601f106109f557610100808354040283529160200191610a1e565b820191905f5260205f20905b815481529060010190602001808311610a0157829003601f168201915b50505050508152602001906001019061098a565b50505050815250508152602001906001019061089e565b50505050905090565b610a5a610c70565b6001600160a01b038116610a8357604051631e4fbdf760e01b81525f60048201526024016102c1565b610a8c81610d1d565b50565b610abb60405180606001604052805f6001600160a01b0316815260200160608152602001606081525090565b6001610ac781846110ca565b81548110610ad757610ad76110e3565b5f918252602091829020604080516060810190915260039092020180546001600160a01b031682526001810180549293919291840191610b169061110b565b80601f0160208091040260200160405190810160405280929190818152602001828054610b429061110b565b8015610b8d5780601f10610b6457610100808354040283529160200191610b8d565b820191905f5260205f20905b815481529060010190602001808311610b7057829003601f168201915b5050505050815260200160028201805480602002602001604051908101604052809291908181526020015f905b82821015610c62578382905f5260205f20018054610bd79061110b565b80601f0160208091040260200160405190810160405280929190818152602001828054610c039061110b565b8015610c4e5780601f10610c2557610100808354040283529160200191610c4e565b820191905f5260205f20905b815481529060010190602001808311610c3157829003601f168201915b505050505081526020019060010190610bba565b505050915250909392505050565b5f546001600160a01b0316331461050d5760405163118cdaa760e01b81523360048201526024016102c1565b6008811115610cbe5760405163607839c160e11b815260040160405180910390fd5b5f5b81811015610d1857610100838383818110610cdd57610cdd6110e3565b9050602002810190610cef919061125a565b90501115610d105760405163607839c160e11b815260040160405180910390fd5b600101610cc0565b505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5080545f8255905f5260205f209061050d9190610db8565b508054610d909061110b565b5f825580601f10610d9f575050565b601f0160209004905f5260205f209061050d9190610dd6565b5f5b80821115610d1857610dce8184015f610d84565b600101610dba565b5f5b80821115610d18575f81840155600101610dd8565b80356001600160a01b0381168114610e03575f5ffd5b919050565b5f60208284031215610e18575f5ffd5b610e2182610ded565b9392505050565b5f5f83601f840112610e38575f5ffd5b50813567ffffffffffffffff811115610e4f575f5ffd5b6020830191508360208260051b8501011115610e69575f5ffd5b9250929050565b5f5f5f5f5f60608688031215610e84575f5ffd5b610e8d86610ded565b9450602086013567ffffffffffffffff811115610ea8575f5ffd5b8601601f81018813610eb8575f5ffd5b803567ffffffffffffffff811115610ece575f5ffd5b886020828401011115610edf575f5ffd5b60209190910194509250604086013567ffffffffffffffff811115610f02575f5ffd5b610f0e88828901610e28565b969995985093965092949392505050565b5f5f60208385031215610f30575f5ffd5b823567ffffffffffffffff811115610f46575f5ffd5b610f5285828601610e28565b90969095509350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60018060a01b0381511682525f602082015160606020850152610fb26060850182610f5e565b90506040830151848203604086015281815180845260208401915060208160051b8501016020840193505f5b8281101561100f57601f19868303018452610ffa828651610f5e565b60209586019594909401939150600101610fde565b50979650505050505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b8281101561107257603f1987860301845261105d858351610f8c565b94506020938401939190910190600101611041565b50929695505050505050565b5f6020828403121561108e575f5ffd5b5035919050565b602081525f610e216020830184610f8c565b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156110dd576110dd6110b6565b92915050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061111f57607f821691505b60208210810361113d57634e487b7160e01b5f52602260045260245ffd5b50919050565b5f5b82811015610d18575f82820155600101611145565b601f821115610d185782821115610d1857805f5260205f20601f840160051c602085101561118557505f5b61119981601f860160051c03828401611143565b5050505050565b67ffffffffffffffff8311156111b8576111b86110f7565b6111cc836111c6835461110b565b8361115a565b5f601f8411600181146111fd575f85156111e65750838201355b5f19600387901b1c1916600186901b178355611199565b5f83815260208120601f198716915b8281101561122c578685013582556020948501946001909201910161120c565b5086821015611248575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b5f5f8335601e1984360301811261126f575f5ffd5b83018035915067ffffffffffffffff821115611289575f5ffd5b602001915036819003821315610e69575f5ffd5b5f600182016112ae576112ae6110b6565b5060010190565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f8383855260208501945060208460051b820101835f601e19863603015b8782101561136957848403601f190189528235818112611319575f5ffd5b870160208101903567ffffffffffffffff811115611335575f5ffd5b803603821315611343575f5ffd5b61134e8682846112b5565b955050506020830192506020890198506001820191506112fb565b5091979650505050505050565b858152606060208201525f61138f6060830186886112b5565b82810360408401526113a28185876112dd565b98975050505050505050565b80820281158282048414176110dd576110dd6110b6565b808201808211156110dd576110dd6110b6565b5f826113f257634e487b7160e01b5f52601260045260245ffd5b500490565b602081525f61140a6020830184866112dd565b949350505050565b5f5f835461141f8161110b565b600182168015611436576001811461144b57611478565b60ff1983168652811515820286019350611478565b865f5260205f205f5b8381101561147057815488820152600190910190602001611454565b505081860193505b509195945050505050565b81810361148e575050565b611498825461110b565b67ffffffffffffffff8111156114b0576114b06110f7565b6114c4816114be845461110b565b8461115a565b5f601f8211600181146114f5575f83156114de5750848201545b5f19600385901b1c1916600184901b178455611199565b5f8581526020808220868352908220601f198616925b8381101561152b578286015482556001958601959091019060200161150b565b508583101561154857818501545f19600388901b60f8161c191681555b5050505050600190811b01905550565b818103611563575050565b81546801000000000000000081111561157e5761157e6110f7565b81548183558082101561160457825f528160205f20018282035f5b81811015611600578083016115ae815461110b565b80156115f657601f8111600181146115c8575f83556115f4565b5f838152602090206115e6601f840160051c5f190160018301611143565b505f83815260208120818555555b505b5050600101611599565b5050505b505f838152602090205f838152602090205f5b83811015611639576116298383611483565b6001928301929182019101611617565b505050505050565b634e487b7160e01b5f52603160045260245ffdfea2646970667358221220799f1bd27199c58bdee5e4f6837cef57de8303edd0be33909eab675b8e86900b64736f6c63430008250033",
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
// Solidity: function getNodes() view returns((address,bytes,string[])[])
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
// Solidity: function getNodes() view returns((address,bytes,string[])[])
func (nodeRegistry *NodeRegistry) TryPackGetNodes() ([]byte, error) {
	return nodeRegistry.abi.Pack("getNodes")
}

// UnpackGetNodes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe29581aa.
//
// Solidity: function getNodes() view returns((address,bytes,string[])[])
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
	Bin: "0x60c060405234801561000f575f5ffd5b50604051610c3c380380610c3c83398101604081905261002e9161005c565b6001600160a01b039182166080521660a052610094565b6001600160a01b0381168114610059575f5ffd5b50565b5f5f6040838503121561006d575f5ffd5b825161007881610045565b602084015190925061008981610045565b809150509250929050565b60805160a051610b516100eb5f395f818160b10152818161024f0152818161034c0152818161044e01526105d501525f818160fc015281816101ad01528181610543015281816106a401526107100152610b515ff3fe60806040526004361061003e575f3560e01c80630b62cd3b14610042578063150b7a0214610068578063ab8c71c0146100a0578063ffa2e953146100eb575b5f5ffd5b610055610050366004610776565b61011e565b6040519081526020015b60405180910390f35b348015610073575f5ffd5b506100876100823660046107cc565b610704565b6040516001600160e01b0319909116815260200161005f565b3480156100ab575f5ffd5b506100d37f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161005f565b3480156100f6575f5ffd5b506100d37f000000000000000000000000000000000000000000000000000000000000000081565b5f61012c6020830183610865565b90506101388380610865565b9050141580610163575061014f6060830183610865565b905061015e6040840184610865565b905014155b8061018a575061017660a0830183610865565b90506101856080840184610865565b905014155b156101ab576040516001621398b960e31b0319815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638c1f2331346040518263ffffffff1660e01b815260040160206040518083038185885af1158015610209573d5f5f3e3d5ffd5b50505050506040513d601f19601f8201168201806040525081019061022e91906108b2565b90505f5b61023c8380610865565b9050811015610329576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016638a4315788361027f8680610865565b8581811061028f5761028f6108c9565b90506020028101906102a191906108dd565b6102ae6020890189610865565b878181106102be576102be6108c9565b90506020028101906102d09190610865565b6040518663ffffffff1660e01b81526004016102f0959493929190610978565b5f604051808303815f87803b158015610307575f5ffd5b505af1158015610319573d5f5f3e3d5ffd5b5050600190920191506102329050565b505f5b6103396040840184610865565b905081101561042b576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016631663c1218361037f6040870187610865565b8581811061038f5761038f6108c9565b90506020020160208101906103a491906109b0565b6103b16060880188610865565b868181106103c1576103c16108c9565b90506020028101906103d39190610865565b6040518563ffffffff1660e01b81526004016103f294939291906109cb565b5f604051808303815f87803b158015610409575f5ffd5b505af115801561041b573d5f5f3e3d5ffd5b50506001909201915061032c9050565b505f5b61043b6080840184610865565b905081101561052a576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016639dd4349b836104816080870187610865565b85818110610491576104916108c9565b90506020028101906104a391906109ff565b6104b060a0880188610865565b868181106104c0576104c06108c9565b90506020028101906104d29190610865565b6040518563ffffffff1660e01b81526004016104f19493929190610a5f565b5f604051808303815f87803b158015610508575f5ffd5b505af115801561051a573d5f5f3e3d5ffd5b50506001909201915061042e9050565b5060405163f0bf170b60e01b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f0bf170b90602401602060405180830381865afa158015610590573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105b49190610ae1565b90506105c660e0840160c08501610afc565b15610656576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016631663c121838361060960e0880188610865565b6040518563ffffffff1660e01b815260040161062894939291906109cb565b5f604051808303815f87803b15801561063f575f5ffd5b505af1158015610651573d5f5f3e3d5ffd5b505050505b5f61066961012085016101008601610afc565b6106735733610675565b815b604051632142170760e11b81523060048201526001600160a01b038083166024830152604482018690529192507f0000000000000000000000000000000000000000000000000000000000000000909116906342842e0e906064015f604051808303815f87803b1580156106e7575f5ffd5b505af11580156106f9573d5f5f3e3d5ffd5b505050505050919050565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614158061074657506001600160a01b0386163014155b15610764576040516328b05d3b60e01b815260040160405180910390fd5b50630a85bd0160e11b95945050505050565b5f60208284031215610786575f5ffd5b813567ffffffffffffffff81111561079c575f5ffd5b820161012081850312156107ae575f5ffd5b9392505050565b6001600160a01b03811681146107c9575f5ffd5b50565b5f5f5f5f5f608086880312156107e0575f5ffd5b85356107eb816107b5565b945060208601356107fb816107b5565b935060408601359250606086013567ffffffffffffffff81111561081d575f5ffd5b8601601f8101881361082d575f5ffd5b803567ffffffffffffffff811115610843575f5ffd5b886020828401011115610854575f5ffd5b959894975092955050506020019190565b5f5f8335601e1984360301811261087a575f5ffd5b83018035915067ffffffffffffffff821115610894575f5ffd5b6020019150600581901b36038213156108ab575f5ffd5b9250929050565b5f602082840312156108c2575f5ffd5b5051919050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e198436030181126108f2575f5ffd5b83018035915067ffffffffffffffff82111561090c575f5ffd5b6020019150368190038213156108ab575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8183525f6001600160fb1b0383111561095f575f5ffd5b8260051b80836020870137939093016020019392505050565b858152606060208201525f610991606083018688610920565b82810360408401526109a4818587610948565b98975050505050505050565b5f602082840312156109c0575f5ffd5b81356107ae816107b5565b8481526001600160a01b03841660208201526060604082018190525f906109f59083018486610948565b9695505050505050565b5f8235605e19833603018112610a13575f5ffd5b9190910192915050565b5f5f8335601e19843603018112610a32575f5ffd5b830160208101925035905067ffffffffffffffff811115610a51575f5ffd5b8036038213156108ab575f5ffd5b848152606060208201525f5f8535905080606084015250610a836020860186610a1d565b60606080850152610a9860c085018284610920565b915050610aa86040870187610a1d565b848303605f190160a0860152610abf838284610920565b925050508281036040840152610ad6818587610948565b979650505050505050565b5f60208284031215610af1575f5ffd5b81516107ae816107b5565b5f60208284031215610b0c575f5ffd5b813580151581146107ae575f5ffdfea2646970667358221220c07c299a750bd978e12b4fc1f8433dc48a74fce4a39e002c7b620622734052b964736f6c63430008250033",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"contractPubkeyRouter\",\"name\":\"router_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"mintCost_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPermissionsContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PermissionsAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnknownToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WithdrawFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cost\",\"type\":\"uint256\"}],\"name\":\"WrongMintCost\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"mintCost\",\"type\":\"uint256\"}],\"name\":\"MintCostSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"keyId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pkpAddress\",\"type\":\"address\"}],\"name\":\"PKPMinted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"permissions\",\"type\":\"address\"}],\"name\":\"PermissionsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"exists\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"isBurned\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"keyIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mintCost\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ipfsCid\",\"type\":\"bytes\"}],\"name\":\"mintGrantAndBurnNext\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mintNext\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"permissions\",\"outputs\":[{\"internalType\":\"contractIPKPPermissionsGrant\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"pkpAddressOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"router\",\"outputs\":[{\"internalType\":\"contractPubkeyRouter\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cost\",\"type\":\"uint256\"}],\"name\":\"setMintCost\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIPKPPermissionsGrant\",\"name\":\"permissions_\",\"type\":\"address\"}],\"name\":\"setPermissions\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pkp\",\"type\":\"address\"}],\"name\":\"tokenIdOfAddress\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalMinted\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "acb8ccc583ca36af2d3a66d228379e4aa7",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051611da3380380611da383398101604081905261002e9161018b565b826040518060400160405280601c81526020017f706b706e65742050726f6772616d6d61626c65204b6579205061697200000000815250604051806040016040528060038152602001620504b560ec1b815250815f908161008f919061026e565b50600161009c828261026e565b5050506001600160a01b0381166100cc57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6100d581610123565b506001600160a01b03821660805260088190556040518181527f653b8b44976b2e5c016e082d134653d04dea9dbef92055038cca38c9300703559060200160405180910390a150505061032c565b600680546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0381168114610188575f5ffd5b50565b5f5f5f6060848603121561019d575f5ffd5b83516101a881610174565b60208501519093506101b981610174565b80925050604084015190509250925092565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806101f357607f821691505b60208210810361021157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610269578282111561026957805f5260205f20601f840160051c602085101561024257505f5b90810190601f840160051c035f5b81811015610265575f83820155600101610250565b5050505b505050565b81516001600160401b03811115610287576102876101cb565b61029b8161029584546101df565b84610217565b6020601f8211600181146102cd575f83156102b65750848201515b5f19600385901b1c1916600184901b178455610325565b5f84815260208120601f198516915b828110156102fc57878501518255602094850194600190920191016102dc565b508482101561031957868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b608051611a5861034b5f395f81816105970152610e250152611a585ff3fe6080604052600436106101d0575f3560e01c80638545f4ea116100fd578063bdb4b84811610092578063e985e9c511610062578063e985e9c514610529578063f0bf170b14610548578063f2fde38b14610567578063f887ea4014610586575f5ffd5b8063bdb4b848146104b7578063c87b56dd146104cc578063db44fe07146104eb578063e68b83ea1461050a575f5ffd5b8063a22cb465116100cd578063a22cb46514610446578063a2309ff814610465578063ab8c71c014610479578063b88d4fde14610498575f5ffd5b80638545f4ea146103ee5780638c1f23311461040d5780638da5cb5b1461041557806395d89b4114610432575f5ffd5b806342842e0e116101735780636352211e116101435780636352211e1461036857806370a0823114610387578063715018a6146103a65780637c08652f146103ba575f5ffd5b806342842e0e146102d557806342966c68146102f4578063456d28d9146103135780634f558e7914610332575f5ffd5b8063095ea7b3116101ae578063095ea7b31461026057806323b872dd1461028157806338595742146102a05780633ccfd60b146102c1575f5ffd5b806301ffc9a7146101d457806306fdde0314610208578063081812fc14610229575b5f5ffd5b3480156101df575f5ffd5b506101f36101ee3660046115c8565b6105b9565b60405190151581526020015b60405180910390f35b348015610213575f5ffd5b5061021c61060a565b6040516101ff9190611611565b348015610234575f5ffd5b50610248610243366004611623565b610699565b6040516001600160a01b0390911681526020016101ff565b34801561026b575f5ffd5b5061027f61027a36600461164e565b6106c0565b005b34801561028c575f5ffd5b5061027f61029b366004611678565b6106cf565b6102b36102ae3660046116b6565b61075d565b6040519081526020016101ff565b3480156102cc575f5ffd5b5061027f610848565b3480156102e0575f5ffd5b5061027f6102ef366004611678565b610924565b3480156102ff575f5ffd5b5061027f61030e366004611623565b610943565b34801561031e575f5ffd5b5061027f61032d366004611724565b61094e565b34801561033d575f5ffd5b506101f361034c366004611623565b5f908152600260205260409020546001600160a01b0316151590565b348015610373575f5ffd5b50610248610382366004611623565b6109d5565b348015610392575f5ffd5b506102b36103a1366004611724565b6109df565b3480156103b1575f5ffd5b5061027f610a24565b3480156103c5575f5ffd5b506102b36103d4366004611724565b6001600160a01b03165f908152600c602052604090205490565b3480156103f9575f5ffd5b5061027f610408366004611623565b610a37565b6102b3610a74565b348015610420575f5ffd5b506006546001600160a01b0316610248565b34801561043d575f5ffd5b5061021c610a83565b348015610451575f5ffd5b5061027f61046036600461173f565b610a92565b348015610470575f5ffd5b506009546102b3565b348015610484575f5ffd5b50600754610248906001600160a01b031681565b3480156104a3575f5ffd5b5061027f6104b236600461178e565b610a9d565b3480156104c2575f5ffd5b506102b360085481565b3480156104d7575f5ffd5b5061021c6104e6366004611623565b610ab5565b3480156104f6575f5ffd5b506101f3610505366004611623565b610b26565b348015610515575f5ffd5b506102b3610524366004611623565b610b5b565b348015610534575f5ffd5b506101f361054336600461186f565b610b9d565b348015610553575f5ffd5b50610248610562366004611623565b610bca565b348015610572575f5ffd5b5061027f610581366004611724565b610c15565b348015610591575f5ffd5b506102487f000000000000000000000000000000000000000000000000000000000000000081565b5f6001600160e01b031982166380ac58cd60e01b14806105e957506001600160e01b03198216635b5e139f60e01b145b8061060457506301ffc9a760e01b6001600160e01b03198316145b92915050565b60605f80546106189061189b565b80601f01602080910402602001604051908101604052809291908181526020018280546106449061189b565b801561068f5780601f106106665761010080835404028352916020019161068f565b820191905f5260205f20905b81548152906001019060200180831161067257829003601f168201915b5050505050905090565b5f6106a382610c52565b505f828152600460205260409020546001600160a01b0316610604565b6106cb828233610c8a565b5050565b6001600160a01b0382166106fd57604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f610709838333610c97565b9050836001600160a01b0316816001600160a01b031614610757576040516364283d7b60e01b81526001600160a01b03808616600483015260248201849052821660448201526064016106f4565b50505050565b6007545f906001600160a01b031661078857604051630872803560e31b815260040160405180910390fd5b61079130610d89565b6040805160018082528183019092529192505f9190602080830190803683370190505090506001815f815181106107ca576107ca6118d3565b602090810291909101015260075460405163114862af60e31b81526001600160a01b0390911690638a4315789061080b9085908890889087906004016118e7565b5f604051808303815f87803b158015610822575f5ffd5b505af1158015610834573d5f5f3e3d5ffd5b5050505061084182610f4a565b5092915050565b610850610f82565b475f6108646006546001600160a01b031690565b6001600160a01b0316826040515f6040518083038185875af1925050503d805f81146108ab576040519150601f19603f3d011682016040523d82523d5f602084013e6108b0565b606091505b50509050806108d257604051631d42c86760e21b815260040160405180910390fd5b6006546001600160a01b03166001600160a01b03167f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d58360405161091891815260200190565b60405180910390a25050565b61093e83838360405180602001604052805f815250610a9d565b505050565b6106cb5f8233610c97565b610956610f82565b6007546001600160a01b031615610980576040516308cadaa360e11b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0383169081179091556040519081527ff41313419f4c30eeb7dd9bc8e009fd8c594805da15f42a4ad68f259ad0fc8870906020015b60405180910390a150565b5f61060482610c52565b5f6001600160a01b038216610a09576040516322718ad960e21b81525f60048201526024016106f4565b506001600160a01b03165f9081526003602052604090205490565b610a2c610f82565b610a355f610faf565b565b610a3f610f82565b60088190556040518181527f653b8b44976b2e5c016e082d134653d04dea9dbef92055038cca38c930070355906020016109ca565b5f610a7e33610d89565b905090565b6060600180546106189061189b565b6106cb338383611000565b610aa88484846106cf565b61075733858585856110c7565b6060610ac082610c52565b505f610ad660408051602081019091525f815290565b90505f815111610af45760405180602001604052805f815250610b1f565b80610afe846111ef565b604051602001610b0f929190611978565b6040516020818303038152906040525b9392505050565b5f8115801590610b3857506009548211155b80156106045750505f908152600260205260409020546001600160a01b03161590565b5f811580610b6a575060095482115b15610b8b576040516303b673fd60e21b8152600481018390526024016106f4565b505f908152600a602052604090205490565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f811580610bd9575060095482115b15610bfa576040516303b673fd60e21b8152600481018390526024016106f4565b505f908152600b60205260409020546001600160a01b031690565b610c1d610f82565b6001600160a01b038116610c4657604051631e4fbdf760e01b81525f60048201526024016106f4565b610c4f81610faf565b50565b5f818152600260205260408120546001600160a01b03168061060457604051637e27328960e01b8152600481018490526024016106f4565b61093e838383600161127f565b5f828152600260205260408120546001600160a01b0390811690831615610cc357610cc3818486611383565b6001600160a01b03811615610cfd57610cde5f855f5f61127f565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615610d2b576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f6008543414610db957600854604051636e103e0d60e01b815234600482015260248101919091526044016106f4565b60095f8154610dc79061198c565b9182905550604080514660208201523091810191909152606081018290529091505f9060800160408051601f19818403018152908290528051602090910120630cbbf78360e11b82526004820181905291505f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631977ef0690602401602060405180830381865afa158015610e6a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e8e91906119b0565b5f848152600a60209081526040808320869055600b825280832080546001600160a01b038087166001600160a01b031990921682179092558452600c9092529091208590559091508416301480610eed57506001600160a01b0384163b155b15610f0157610efc84846113e7565b610f0b565b610f0b8484611448565b806001600160a01b031682847fd43cfc42062249c8d0df1c92a2ea8b0afea9e4e69176736a6d87ba2627d7aed960405160405180910390a45050919050565b5f610f565f835f610c97565b90506001600160a01b0381166106cb57604051637e27328960e01b8152600481018390526024016106f4565b6006546001600160a01b03163314610a355760405163118cdaa760e01b81523360048201526024016106f4565b600680546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0383166110295760405163a9fbf51f60e01b81525f60048201526024016106f4565b6001600160a01b03821661105b57604051630b61174360e31b81526001600160a01b03831660048201526024016106f4565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b156111e857604051630a85bd0160e11b81526001600160a01b0384169063150b7a02906111099088908890879087906004016119cb565b6020604051808303815f875af1925050508015611143575060408051601f3d908101601f1916820190925261114091810190611a07565b60015b6111aa573d808015611170576040519150601f19603f3d011682016040523d82523d5f602084013e611175565b606091505b5080515f036111a257604051633250574960e11b81526001600160a01b03851660048201526024016106f4565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b146111e657604051633250574960e11b81526001600160a01b03851660048201526024016106f4565b505b5050505050565b60605f6111fb83611461565b60010190505f8167ffffffffffffffff81111561121a5761121a61177a565b6040519080825280601f01601f191660200182016040528015611244576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a850494508461124e57509392505050565b808061129357506001600160a01b03821615155b15611354575f6112a284610c52565b90506001600160a01b038316158015906112ce5750826001600160a01b0316816001600160a01b031614155b80156112e157506112df8184610b9d565b155b1561130a5760405163a9fbf51f60e01b81526001600160a01b03841660048201526024016106f4565b81156113525783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b61138e838383611538565b61093e576001600160a01b0383166113bc57604051637e27328960e01b8152600481018290526024016106f4565b60405163177e802f60e01b81526001600160a01b0383166004820152602481018290526044016106f4565b6001600160a01b03821661141057604051633250574960e11b81525f60048201526024016106f4565b5f61141c83835f610c97565b90506001600160a01b0381161561093e576040516339e3563760e11b81525f60048201526024016106f4565b6106cb828260405180602001604052805f81525061159c565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b831061149f5772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef810000000083106114cb576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc1000083106114e957662386f26fc10000830492506010015b6305f5e1008310611501576305f5e100830492506008015b612710831061151557612710830492506004015b60648310611527576064830492506002015b600a83106106045760010192915050565b5f6001600160a01b038316158015906115945750826001600160a01b0316846001600160a01b0316148061157157506115718484610b9d565b8061159457505f828152600460205260409020546001600160a01b038481169116145b949350505050565b6115a683836113e7565b61093e335f8585856110c7565b6001600160e01b031981168114610c4f575f5ffd5b5f602082840312156115d8575f5ffd5b8135610b1f816115b3565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610b1f60208301846115e3565b5f60208284031215611633575f5ffd5b5035919050565b6001600160a01b0381168114610c4f575f5ffd5b5f5f6040838503121561165f575f5ffd5b823561166a8161163a565b946020939093013593505050565b5f5f5f6060848603121561168a575f5ffd5b83356116958161163a565b925060208401356116a58161163a565b929592945050506040919091013590565b5f5f602083850312156116c7575f5ffd5b823567ffffffffffffffff8111156116dd575f5ffd5b8301601f810185136116ed575f5ffd5b803567ffffffffffffffff811115611703575f5ffd5b856020828401011115611714575f5ffd5b6020919091019590945092505050565b5f60208284031215611734575f5ffd5b8135610b1f8161163a565b5f5f60408385031215611750575f5ffd5b823561175b8161163a565b91506020830135801515811461176f575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f608085870312156117a1575f5ffd5b84356117ac8161163a565b935060208501356117bc8161163a565b925060408501359150606085013567ffffffffffffffff8111156117de575f5ffd5b8501601f810187136117ee575f5ffd5b803567ffffffffffffffff8111156118085761180861177a565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156118375761183761177a565b60405281815282820160200189101561184e575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f60408385031215611880575f5ffd5b823561188b8161163a565b9150602083013561176f8161163a565b600181811c908216806118af57607f821691505b6020821081036118cd57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b84815260606020820152826060820152828460808301375f60808483018101829052601f19601f86011683018381038201604085015284519181018290526020850191839160a001905b808310156119545783518252602082019150602084019350600183019250611931565b5098975050505050505050565b5f81518060208401855e5f93019283525090919050565b5f6115946119868386611961565b84611961565b5f600182016119a957634e487b7160e01b5f52601160045260245ffd5b5060010190565b5f602082840312156119c0575f5ffd5b8151610b1f8161163a565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f906119fd908301846115e3565b9695505050505050565b5f60208284031215611a17575f5ffd5b8151610b1f816115b356fea2646970667358221220ead9ce981a626c1becbaec806872b20bc476058b531a234aac211be3d6f10d0b64736f6c63430008250033",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractPKPNFT\",\"name\":\"nft\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"}],\"name\":\"BadAuthMethodType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"scopeId\",\"type\":\"uint256\"}],\"name\":\"BadScope\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadUserPubkey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPKPOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPermitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"PermissionsFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"TooManyPermissions\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UserPubkeyMismatch\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"userPubkey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"scopes\",\"type\":\"uint256\"}],\"name\":\"PermissionAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"}],\"name\":\"PermissionRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"scopeId\",\"type\":\"uint256\"}],\"name\":\"PermissionScopeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"scopeId\",\"type\":\"uint256\"}],\"name\":\"PermissionScopeRemoved\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"ipfsCid\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"scopes\",\"type\":\"uint256[]\"}],\"name\":\"addPermittedAction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"scopes\",\"type\":\"uint256[]\"}],\"name\":\"addPermittedAddress\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"userPubkey\",\"type\":\"bytes\"}],\"internalType\":\"structAuthMethod\",\"name\":\"authMethod\",\"type\":\"tuple\"},{\"internalType\":\"uint256[]\",\"name\":\"scopes\",\"type\":\"uint256[]\"}],\"name\":\"addPermittedAuthMethod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"scopeId\",\"type\":\"uint256\"}],\"name\":\"addPermittedAuthMethodScope\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getPermittedActions\",\"outputs\":[{\"internalType\":\"bytes[]\",\"name\":\"out\",\"type\":\"bytes[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getPermittedAddresses\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"out\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"}],\"name\":\"getPermittedAuthMethodScopeMask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"maxScopeId\",\"type\":\"uint256\"}],\"name\":\"getPermittedAuthMethodScopes\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"scopes\",\"type\":\"bool[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getPermittedAuthMethods\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"userPubkey\",\"type\":\"bytes\"}],\"internalType\":\"structAuthMethod[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"}],\"name\":\"getTokenIdsForAuthMethod\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"}],\"name\":\"getUserPubkeyForAuthMethod\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"ipfsCid\",\"type\":\"bytes\"}],\"name\":\"isPermittedAction\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"isPermittedAddress\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"}],\"name\":\"isPermittedAuthMethod\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"scopeId\",\"type\":\"uint256\"}],\"name\":\"isPermittedAuthMethodScopePresent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pkpNFT\",\"outputs\":[{\"internalType\":\"contractPKPNFT\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"ipfsCid\",\"type\":\"bytes\"}],\"name\":\"removePermittedAction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"removePermittedAddress\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"}],\"name\":\"removePermittedAuthMethod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"authMethodType\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"id\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"scopeId\",\"type\":\"uint256\"}],\"name\":\"removePermittedAuthMethodScope\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ea825b84c0398f0c04422384019d659dd4",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516133e23803806133e283398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b6080516132a861013a5f395f8181610309015281816104ee0152818161059d015281816106270152818161080b015281816108b50152818161093f01528181610a6e01528181610b1801528181610ba201528181610e0201528181610eac01528181610f360152818161111b015281816111c50152818161124f0152818161139901528181611443015281816114cd01528181611a0301528181611aad01528181611b3701528181611e5101528181611efb01528181611f85015281816123ad015261243901526132a85ff3fe608060405234801561000f575f5ffd5b5060043610610124575f3560e01c80639dd4349b116100a9578063bb7a10701161006e578063bb7a10701461029e578063d41a3272146102be578063f34f21ba146102d1578063fceb3983146102f1578063ffa2e95314610304575f5ffd5b80639dd4349b14610225578063a1afdc6f14610238578063a1c805fa14610258578063abc541ae1461026b578063b997606f1461028b575f5ffd5b806366fc6541116100ef57806366fc6541146101b85780636821c8e2146101cb57806378b05a38146101de57806382559561146101ff5780638a43157814610212575f5ffd5b80618b4f14610128578062221c08146101505780631663c121146101705780635521c45214610185578063557b5eba146101a5575b5f5ffd5b61013b610136366004612a2c565b610343565b60405190151581526020015b60405180910390f35b61016361015e366004612a9e565b6103c2565b6040516101479190612af3565b61018361017e366004612b77565b6104d6565b005b610198610193366004612bce565b610748565b6040516101479190612c15565b61013b6101b3366004612c4c565b6107a9565b6101836101c6366004612c4c565b6107f3565b6101836101d9366004612a9e565b610a56565b6101f16101ec366004612c4c565b610d80565b604051908152602001610147565b61018361020d366004612a9e565b610dea565b610183610220366004612c8e565b611103565b610183610233366004612d05565b611381565b61024b610246366004612bce565b611666565b6040516101479190612d73565b61013b610266366004612a9e565b611749565b61027e610279366004612d85565b6117cd565b6040516101479190612d9c565b610183610299366004612a2c565b6119eb565b6102b16102ac366004612d85565b611c4b565b6040516101479190612ddc565b6101836102cc366004612bce565b611e39565b6102e46102df366004612d85565b6120a4565b6040516101479190612e3f565b61013b6102ff366004612bce565b612353565b61032b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610147565b5f6001600160a01b03821615801590610375575061036083612395565b6001600160a01b0316826001600160a01b0316145b15610382575060016103bc565b6040516001600160601b0319606084901b1660208201526103b99084906001906034016040516020818303038152906040526124b1565b90505b92915050565b606060ff8211156103d25760ff91505b5f60025f8881526020019081526020015f205f6104248888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506124d292505050565b81526020019081526020015f205490508260016104419190612edb565b6001600160401b0381111561045857610458612eee565b604051908082528060200260200182016040528015610481578160200160208202803683370190505b5091505f5b8381116104cb578082901c6001166001148382815181106104a9576104a9612f02565b91151560209283029190910190910152806104c381612f16565b915050610486565b505095945050505050565b60405163db44fe0760e01b81526004810185905284907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063db44fe0790602401602060405180830381865afa15801561053b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061055f9190612f2e565b1561058557604051632fb4309960e01b8152600481018290526024015b60405180910390fd5b6040516331a9108f60e11b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa1580156105ea573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061060e9190612f4d565b60405163f0bf170b60e01b8152600481018490529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f0bf170b90602401602060405180830381865afa158015610674573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106989190612f4d565b6001600160a01b0316816001600160a01b0316036106cc57604051632fb4309960e01b81526004810183905260240161057c565b336001600160a01b038216146106fe57604051631b2bf03360e31b81526004810183905233602482015260440161057c565b6040516001600160601b0319606087901b16602082015261074090879060019060340160408051601f19818403018152602083019091525f8252908888612504565b505050505050565b60606107a160035f61078f8787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506124d292505050565b81526020019081526020015f2061278d565b949350505050565b5f6107ea858585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506124b192505050565b95945050505050565b60405163db44fe0760e01b81526004810185905284907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063db44fe0790602401602060405180830381865afa158015610858573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061087c9190612f2e565b1561089d57604051632fb4309960e01b81526004810182905260240161057c565b6040516331a9108f60e11b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa158015610902573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109269190612f4d565b60405163f0bf170b60e01b8152600481018490529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f0bf170b90602401602060405180830381865afa15801561098c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109b09190612f4d565b6001600160a01b0316816001600160a01b0316036109e457604051632fb4309960e01b81526004810183905260240161057c565b336001600160a01b03821614610a1657604051631b2bf03360e31b81526004810183905233602482015260440161057c565b610740868686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506127a092505050565b60405163db44fe0760e01b81526004810186905285907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063db44fe0790602401602060405180830381865afa158015610abb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610adf9190612f2e565b15610b0057604051632fb4309960e01b81526004810182905260240161057c565b6040516331a9108f60e11b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa158015610b65573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b899190612f4d565b60405163f0bf170b60e01b8152600481018490529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f0bf170b90602401602060405180830381865afa158015610bef573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c139190612f4d565b6001600160a01b0316816001600160a01b031603610c4757604051632fb4309960e01b81526004810183905260240161057c565b336001600160a01b03821614610c7957604051631b2bf03360e31b81526004810183905233602482015260440161057c565b6002831115610c9e57604051637d22409360e01b81526004810184905260240161057c565b5f610cde8787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506124d292505050565b5f898152600160205260409020909150610cf89082612857565b610d15576040516339218f3b60e01b815260040160405180910390fd5b5f8881526002602090815260408083208484529091529081902080546001871b17905551879089907f0ff2a451f4ef8365d99595012bd5df2ec51f08512aaf249bb1da0f7de9c5eb9190610d6e908a908a908a90612f68565b60405180910390a35050505050505050565b5f60025f8681526020019081526020015f205f610dd28686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506124d292505050565b81526020019081526020015f20549050949350505050565b60405163db44fe0760e01b81526004810186905285907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063db44fe0790602401602060405180830381865afa158015610e4f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e739190612f2e565b15610e9457604051632fb4309960e01b81526004810182905260240161057c565b6040516331a9108f60e11b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa158015610ef9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f1d9190612f4d565b60405163f0bf170b60e01b8152600481018490529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f0bf170b90602401602060405180830381865afa158015610f83573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fa79190612f4d565b6001600160a01b0316816001600160a01b031603610fdb57604051632fb4309960e01b81526004810183905260240161057c565b336001600160a01b0382161461100d57604051631b2bf03360e31b81526004810183905233602482015260440161057c565b600283111561103257604051637d22409360e01b81526004810184905260240161057c565b5f6110728787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506124d292505050565b5f89815260016020526040902090915061108c9082612857565b6110a9576040516339218f3b60e01b815260040160405180910390fd5b5f8881526002602090815260408083208484529091529081902080546001871b1916905551879089907f2405ce2e857f3bddc0270d318a7573d433dcb995637b7b9f223e6688e379bdec90610d6e908a908a908a90612f68565b60405163db44fe0760e01b81526004810186905285907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063db44fe0790602401602060405180830381865afa158015611168573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061118c9190612f2e565b156111ad57604051632fb4309960e01b81526004810182905260240161057c565b6040516331a9108f60e11b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa158015611212573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112369190612f4d565b60405163f0bf170b60e01b8152600481018490529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f0bf170b90602401602060405180830381865afa15801561129c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112c09190612f4d565b6001600160a01b0316816001600160a01b0316036112f457604051632fb4309960e01b81526004810183905260240161057c565b336001600160a01b0382161461132657604051631b2bf03360e31b81526004810183905233602482015260440161057c565b61137887600288888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250604080516020810190915290815292508a9150899050612504565b50505050505050565b60405163db44fe0760e01b81526004810185905284907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063db44fe0790602401602060405180830381865afa1580156113e6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061140a9190612f2e565b1561142b57604051632fb4309960e01b81526004810182905260240161057c565b6040516331a9108f60e11b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa158015611490573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114b49190612f4d565b60405163f0bf170b60e01b8152600481018490529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f0bf170b90602401602060405180830381865afa15801561151a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061153e9190612f4d565b6001600160a01b0316816001600160a01b03160361157257604051632fb4309960e01b81526004810183905260240161057c565b336001600160a01b038216146115a457604051631b2bf03360e31b81526004810183905233602482015260440161057c565b843560018114806115b55750600281145b156115d657604051637f4aad3160e11b81526004810182905260240161057c565b61137887826115e860208a018a612f9f565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506116299250505060408b018b612f9f565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508c92508b91506125049050565b60605f5f6116a98686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506124d292505050565b81526020019081526020015f2060020180546116c490612fe1565b80601f01602080910402602001604051908101604052809291908181526020018280546116f090612fe1565b801561173b5780601f106117125761010080835404028352916020019161173b565b820191905f5260205f20905b81548152906001019060200180831161171e57829003601f168201915b505050505090509392505050565b5f60ff82111561175a57505f6107ea565b8160025f8881526020019081526020015f205f6117ac8888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506124d292505050565b81526020019081526020015f2054901c600116600114905095945050505050565b5f818152600160205260408120606091906117e79061278d565b90505f6117f384612395565b90505f6001600160a01b0382161561180c57600161180e565b5f5b60ff1690505f5b8351811015611890575f5f5f86848151811061183357611833612f02565b602002602001015181526020019081526020015f2090506001815f015414801561187457506001600160a01b03841661186e60018301613019565b60601c14155b15611887578261188381612f16565b9350505b50600101611815565b50806001600160401b038111156118a9576118a9612eee565b6040519080825280602002602001820160405280156118d2578160200160208202803683370190505b5093505f90506001600160a01b03821615611926578184826118f381612f16565b93508151811061190557611905612f02565b60200260200101906001600160a01b031690816001600160a01b0316815250505b5f5b83518110156119e2575f5f5f86848151811061194657611946612f02565b602002602001015181526020019081526020015f2090506001815f015414801561198757506001600160a01b03841661198160018301613019565b60601c14155b156119d95761199860018201613019565b60601c86846119a681612f16565b9550815181106119b8576119b8612f02565b60200260200101906001600160a01b031690816001600160a01b0316815250505b50600101611928565b50505050919050565b60405163db44fe0760e01b81526004810183905282907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063db44fe0790602401602060405180830381865afa158015611a50573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a749190612f2e565b15611a9557604051632fb4309960e01b81526004810182905260240161057c565b6040516331a9108f60e11b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa158015611afa573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b1e9190612f4d565b60405163f0bf170b60e01b8152600481018490529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f0bf170b90602401602060405180830381865afa158015611b84573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ba89190612f4d565b6001600160a01b0316816001600160a01b031603611bdc57604051632fb4309960e01b81526004810183905260240161057c565b336001600160a01b03821614611c0e57604051631b2bf03360e31b81526004810183905233602482015260440161057c565b6040516001600160601b0319606085901b166020820152611c459085906001906034016040516020818303038152906040526127a0565b50505050565b5f81815260016020526040812060609190611c659061278d565b90505f805b8251811015611cbc5760025f5f858481518110611c8957611c89612f02565b602002602001015181526020019081526020015f205f015403611cb45781611cb081612f16565b9250505b600101611c6a565b50806001600160401b03811115611cd557611cd5612eee565b604051908082528060200260200182016040528015611d0857816020015b6060815260200190600190039081611cf35790505b5092505f9050805b8251811015611e315760025f5f858481518110611d2f57611d2f612f02565b602002602001015181526020019081526020015f205f015403611e29575f5f848381518110611d6057611d60612f02565b602002602001015181526020019081526020015f206001018054611d8390612fe1565b80601f0160208091040260200160405190810160405280929190818152602001828054611daf90612fe1565b8015611dfa5780601f10611dd157610100808354040283529160200191611dfa565b820191905f5260205f20905b815481529060010190602001808311611ddd57829003601f168201915b5050505050848380611e0b90612f16565b945081518110611e1d57611e1d612f02565b60200260200101819052505b600101611d10565b505050919050565b60405163db44fe0760e01b81526004810184905283907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063db44fe0790602401602060405180830381865afa158015611e9e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ec29190612f2e565b15611ee357604051632fb4309960e01b81526004810182905260240161057c565b6040516331a9108f60e11b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa158015611f48573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f6c9190612f4d565b60405163f0bf170b60e01b8152600481018490529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f0bf170b90602401602060405180830381865afa158015611fd2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ff69190612f4d565b6001600160a01b0316816001600160a01b03160361202a57604051632fb4309960e01b81526004810183905260240161057c565b336001600160a01b0382161461205c57604051631b2bf03360e31b81526004810183905233602482015260440161057c565b61209d85600286868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506127a092505050565b5050505050565b5f818152600160205260408120606091906120be9061278d565b90505f805b8251811015612129575f5f5f8584815181106120e1576120e1612f02565b602002602001015181526020019081526020015f205f015490506001811415801561210d575060028114155b15612120578261211c81612f16565b9350505b506001016120c3565b50806001600160401b0381111561214257612142612eee565b60405190808252806020026020018201604052801561219657816020015b61218360405180606001604052805f815260200160608152602001606081525090565b8152602001906001900390816121605790505b5092505f9050805b8251811015611e31575f5f5f8584815181106121bc576121bc612f02565b602002602001015181526020019081526020015f2090506001815f0154141580156121e957508054600214155b1561234a576040518060600160405280825f0154815260200182600101805461221190612fe1565b80601f016020809104026020016040519081016040528092919081815260200182805461223d90612fe1565b80156122885780601f1061225f57610100808354040283529160200191612288565b820191905f5260205f20905b81548152906001019060200180831161226b57829003601f168201915b505050505081526020018260020180546122a190612fe1565b80601f01602080910402602001604051908101604052809291908181526020018280546122cd90612fe1565b80156123185780601f106122ef57610100808354040283529160200191612318565b820191905f5260205f20905b8154815290600101906020018083116122fb57829003601f168201915b505050505081525085848061232c90612f16565b95508151811061233e5761233e612f02565b60200260200101819052505b5060010161219e565b5f6107a184600285858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506124b192505050565b604051634f558e7960e01b8152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690634f558e7990602401602060405180830381865afa1580156123fa573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061241e9190612f2e565b156124aa576040516331a9108f60e11b8152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa158015612486573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103bc9190612f4d565b505f919050565b5f6107a16124bf84846124d2565b5f86815260016020526040902090612857565b5f82826040516020016124e6929190613080565b60405160208183030381529060405280519060200120905092915050565b84158061251757506001600160401b0385115b1561253857604051637f4aad3160e11b81526004810186905260240161057c565b8351158061254857506101008451115b15612566576040516308e235ff60e01b815260040160405180910390fd5b6104008351111561258a5760405163ce4043d560e01b815260040160405180910390fd5b5f805b828110156126195760028484838181106125a9576125a9612f02565b9050602002013511156125eb578383828181106125c8576125c8612f02565b90506020020135604051637d22409360e01b815260040161057c91815260200190565b8383828181106125fd576125fd612f02565b905060200201356001901b82179150808060010191505061258d565b505f61262587876124d2565b5f818152602081905260409020600181018054929350909161264690612fe1565b90505f03612674578781556001810161265f88826130eb565b506002810161266e87826130eb565b506126b1565b8551602087012060405161268c9060028401906131a5565b6040518091039020146126b15760405162a7442760e41b815260040160405180910390fd5b5f8981526001602052604090206126c8908361286e565b15612720575f89815260016020526040908190206126e590612879565b1115612707576040516379380c8d60e01b8152600481018a905260240161057c565b5f82815260036020526040902061271e908a61286e565b505b5f89815260026020908152604080832085845290915290819020805494909417938490555188908a907f5a148dfebd6863ebf2f4d53dbf012ef91a4de8fad52cfac5843a55e0170840579061277a908b908b908990613216565b60405180910390a3505050505050505050565b60605f61279983612882565b9392505050565b5f6127ab83836124d2565b5f8581526001602052604090209091506127c590826128db565b6127e2576040516339218f3b60e01b815260040160405180910390fd5b5f8181526003602052604090206127f990856128db565b505f8481526002602090815260408083208484529091528082209190915551839085907fb2a77f683992000d6ead2ae326bed0d5edd3a2631256f0bcdba6749939ec396590612849908690612d73565b60405180910390a350505050565b5f81815260018301602052604081205415156103b9565b5f6103b983836128e6565b5f6103bc825490565b6060815f018054806020026020016040519081016040528092919081815260200182805480156128cf57602002820191905f5260205f20905b8154815260200190600101908083116128bb575b50505050509050919050565b5f6103b98383612932565b5f81815260018301602052604081205461292b57508154600181810184555f8481526020808220909301849055845484825282860190935260409020919091556103bc565b505f6103bc565b5f8181526001830160205260408120548015612a0c575f61295460018361324b565b85549091505f906129679060019061324b565b90508082146129c6575f865f01828154811061298557612985612f02565b905f5260205f200154905080875f0184815481106129a5576129a5612f02565b5f918252602080832090910192909255918252600188019052604090208390555b85548690806129d7576129d761325e565b600190038181905f5260205f20015f90559055856001015f8681526020019081526020015f205f9055600193505050506103bc565b5f9150506103bc565b6001600160a01b0381168114612a29575f5ffd5b50565b5f5f60408385031215612a3d575f5ffd5b823591506020830135612a4f81612a15565b809150509250929050565b5f5f83601f840112612a6a575f5ffd5b5081356001600160401b03811115612a80575f5ffd5b602083019150836020828501011115612a97575f5ffd5b9250929050565b5f5f5f5f5f60808688031215612ab2575f5ffd5b853594506020860135935060408601356001600160401b03811115612ad5575f5ffd5b612ae188828901612a5a565b96999598509660600135949350505050565b602080825282518282018190525f918401906040840190835b81811015612b2c5783511515835260209384019390920191600101612b0c565b509095945050505050565b5f5f83601f840112612b47575f5ffd5b5081356001600160401b03811115612b5d575f5ffd5b6020830191508360208260051b8501011115612a97575f5ffd5b5f5f5f5f60608587031215612b8a575f5ffd5b843593506020850135612b9c81612a15565b925060408501356001600160401b03811115612bb6575f5ffd5b612bc287828801612b37565b95989497509550505050565b5f5f5f60408486031215612be0575f5ffd5b8335925060208401356001600160401b03811115612bfc575f5ffd5b612c0886828701612a5a565b9497909650939450505050565b602080825282518282018190525f918401906040840190835b81811015612b2c578351835260209384019390920191600101612c2e565b5f5f5f5f60608587031215612c5f575f5ffd5b843593506020850135925060408501356001600160401b03811115612c82575f5ffd5b612bc287828801612a5a565b5f5f5f5f5f60608688031215612ca2575f5ffd5b8535945060208601356001600160401b03811115612cbe575f5ffd5b612cca88828901612a5a565b90955093505060408601356001600160401b03811115612ce8575f5ffd5b612cf488828901612b37565b969995985093965092949392505050565b5f5f5f5f60608587031215612d18575f5ffd5b8435935060208501356001600160401b03811115612d34575f5ffd5b850160608188031215612b9c575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6103b96020830184612d45565b5f60208284031215612d95575f5ffd5b5035919050565b602080825282518282018190525f918401906040840190835b81811015612b2c5783516001600160a01b0316835260209384019390920191600101612db5565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015612e3357603f19878603018452612e1e858351612d45565b94506020938401939190910190600101612e02565b50929695505050505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015612e3357603f19878603018452815180518652602081015160606020880152612e956060880182612d45565b9050604082015191508681036040880152612eb08183612d45565b965050506020938401939190910190600101612e65565b634e487b7160e01b5f52601160045260245ffd5b808201808211156103bc576103bc612ec7565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f60018201612f2757612f27612ec7565b5060010190565b5f60208284031215612f3e575f5ffd5b81518015158114612799575f5ffd5b5f60208284031215612f5d575f5ffd5b815161279981612a15565b60408152826040820152828460608301375f606084830101525f6060601f19601f8601168301019050826020830152949350505050565b5f5f8335601e19843603018112612fb4575f5ffd5b8301803591506001600160401b03821115612fcd575f5ffd5b602001915036819003821315612a97575f5ffd5b600181811c90821680612ff557607f821691505b60208210810361301357634e487b7160e01b5f52602260045260245ffd5b50919050565b5f6130248254612fe1565b82601f82111561303857835f5260205f2090505b546001600160601b0319811692506014821015613079576bffffffffffffffffffffffff196bffffffffffffffffffffffff198360140360031b1b82161692505b5050919050565b828152604060208201525f6107a16040830184612d45565b601f8211156130e657828211156130e657805f5260205f20601f840160051c60208510156130c357505f5b90810190601f840160051c035f5b81811015610740575f838201556001016130d1565b505050565b81516001600160401b0381111561310457613104612eee565b613118816131128454612fe1565b84613098565b6020601f82116001811461314a575f83156131335750848201515b5f19600385901b1c1916600184901b17845561209d565b5f84815260208120601f198516915b828110156131795787850151825560209485019460019092019101613159565b508482101561319657868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f5f83546131b281612fe1565b6001821680156131c957600181146131de5761320b565b60ff198316865281151582028601935061320b565b865f5260205f205f5b83811015613203578154888201526001909101906020016131e7565b505081860193505b509195945050505050565b606081525f6132286060830186612d45565b828103602084015261323a8186612d45565b915050826040830152949350505050565b818103818111156103bc576103bc612ec7565b634e487b7160e01b5f52603160045260245ffdfea264697066735822122042ddeaca0c777cb82f1e62d31fefbdda39ae7f3c72ba0ace4f11f464cb9588bb64736f6c63430008250033",
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
// the contract method with ID 0xa1afdc6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getUserPubkeyForAuthMethod(uint256 authMethodType, bytes id) view returns(bytes)
func (pKPPermissions *PKPPermissions) PackGetUserPubkeyForAuthMethod(authMethodType *big.Int, id []byte) []byte {
	enc, err := pKPPermissions.abi.Pack("getUserPubkeyForAuthMethod", authMethodType, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetUserPubkeyForAuthMethod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1afdc6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getUserPubkeyForAuthMethod(uint256 authMethodType, bytes id) view returns(bytes)
func (pKPPermissions *PKPPermissions) TryPackGetUserPubkeyForAuthMethod(authMethodType *big.Int, id []byte) ([]byte, error) {
	return pKPPermissions.abi.Pack("getUserPubkeyForAuthMethod", authMethodType, id)
}

// UnpackGetUserPubkeyForAuthMethod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1afdc6f.
//
// Solidity: function getUserPubkeyForAuthMethod(uint256 authMethodType, bytes id) view returns(bytes)
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"contractNodeRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRootKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoRootKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotANode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PKPNFTAlreadySet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RootKeyMismatch\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pkpNFT\",\"type\":\"address\"}],\"name\":\"PKPNFTSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"RootKeyActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"RootKeyVoted\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"keyId\",\"type\":\"bytes32\"}],\"name\":\"deriveAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hasRootKey\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"isValidRootKey\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"keyIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"pkpAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pkpNFT\",\"outputs\":[{\"internalType\":\"contractIPKPKeyIds\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractNodeRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rootKey\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rootKeyEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIPKPKeyIds\",\"name\":\"nft\",\"type\":\"address\"}],\"name\":\"setPKPNFT\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"keyId\",\"type\":\"bytes32\"}],\"name\":\"tweak\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"voteOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"voteRootKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "24f5c0e39ce2966633443ac41236d6ea23",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161124f38038061124f83398101604081905261002e916100de565b816001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61006581610078565b506001600160a01b031660805250610116565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b03811681146100db575f5ffd5b50565b5f5f604083850312156100ef575f5ffd5b82516100fa816100c7565b602084015190925061010b816100c7565b809150509250929050565b60805161110c6101435f395f81816101d0015281816106c101528181610759015261092c015261110c5ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c80638da5cb5b11610093578063e68b83ea11610063578063e68b83ea14610233578063f2fde38b14610246578063f392a45514610259578063ffa2e9531461026c575f5ffd5b80638da5cb5b146101f2578063be77fbda14610202578063cb512ab614610215578063cd0b56b414610228575f5ffd5b806345ddc85d116100ce57806345ddc85d14610179578063715018a6146101ae57806377aa1096146101b65780637b103999146101cb575f5ffd5b80631977ef06146100ff5780631d9928a81461012f57806333ca7f8c146101415780633f3ad08814610164575b5f5ffd5b61011261010d366004610c47565b61027f565b6040516001600160a01b0390911681526020015b60405180910390f35b6003545b604051908152602001610126565b61015461014f366004610c5e565b6103ea565b6040519015158152602001610126565b610177610172366004610ce0565b6104ec565b005b610133610187366004610d02565b5f9182526005602090815260408084206001600160a01b0393909316845291905290205490565b610177610572565b6101be610585565b6040516101269190610d30565b6101127f000000000000000000000000000000000000000000000000000000000000000081565b5f546001600160a01b0316610112565b610133610210366004610c47565b610615565b610177610223366004610c5e565b6106ad565b60045460ff16610154565b610133610241366004610c47565b610a1f565b610177610254366004610ce0565b610a8a565b610112610267366004610c47565b610ac7565b600154610112906001600160a01b031681565b5f5f61028a83610615565b90505f6002805461029a90610d65565b80601f01602080910402602001604051908101604052809291908181526020018280546102c690610d65565b80156103115780601f106102e857610100808354040283529160200191610311565b820191905f5260205f20905b8154815290600101906020018083116102f457829003601f168201915b50505050602082015160218301519293505f90811a91506003821461033757601b61033a565b601c5b90505f70014551231950b75fc4402da1732fc9bebe1984870990505f811561037d576103788270014551231950b75fc4402da1732fc9bebe19610dc5565b61037f565b5f5b604080515f81526020810180835283905260ff861691810191909152606081018790526080810187905290915060019060a0016020604051602081039080840390855afa1580156103d2573d5f5f3e3d5ffd5b5050604051601f1901519a9950505050505050505050565b5f602182146103fa57505f6104e6565b5f83835f81811061040d5761040d610dd8565b919091013560f81c9150506002811480159061042d57508060ff16600314155b1561043b575f9150506104e6565b5f61044a602160018688610dec565b61045391610e13565b9050801580610474575070014551231950b75fc4402da1732fc9bebe198110155b15610483575f925050506104e6565b5f6401000003d01960076401000003d019846401000003d019868709090890505f6104d18260046104bb6401000003d0196001610e30565b6104c59190610e43565b6401000003d019610ad4565b9050816401000003d019828309149450505050505b92915050565b6104f4610bcc565b6001546001600160a01b03161561051e576040516363667d8160e11b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0383169081179091556040519081527fc911988e59011c1495efc3a4dab3d70451809f0e4fb67dca5e622da3e23cc1c19060200160405180910390a150565b61057a610bcc565b6105835f610bf8565b565b60606002805461059490610d65565b80601f01602080910402602001604051908101604052809291908181526020018280546105c090610d65565b801561060b5780601f106105e25761010080835404028352916020019161060b565b820191905f5260205f20905b8154815290600101906020018083116105ee57829003601f168201915b5050505050905090565b6004545f9060ff1661063a57604051630f6b22d360e31b815260040160405180910390fd5b70014551231950b75fc4402da1732fc9bebe196040518060400160405280601081526020016f706b706e65742f6465726976652f763160801b81525060028460405160200161068b93929190610edb565b604051602081830303815290604052805190602001205f1c6104e69190610efd565b60405162ba80a960e11b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630175015290602401602060405180830381865afa15801561070e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107329190610f10565b61075657604051631672b61b60e01b81523360048201526024015b60405180910390fd5b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663900cf0cf6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156107b3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107d79190610f2f565b5f8181526005602090815260408083203384529091529020549091501561081a576040516304f9da6360e01b81526004810182905233602482015260440161074d565b61082483836103ea565b610841576040516302d5b04f60e51b815260040160405180910390fd5b5f8383604051610852929190610f46565b60405190819003902060045490915060ff1680156108865750600260405161087a9190610f55565b60405180910390208114155b156108a4576040516301bb088360e41b815260040160405180910390fd5b5f8281526005602090815260408083203384528252808320849055848352600682528083208484529091528120805482906108de90610f60565b9190508190559050336001600160a01b0316837f457e1b97340f014fcbe730731ba201a9eacfc8a71d8e27d9e5d59fc67dc4abec8787604051610922929190610f78565b60405180910390a37f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636da49b836040518163ffffffff1660e01b8152600401602060405180830381865afa158015610986573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109aa9190610f2f565b8103610a185760045460ff166109d65760026109c7858783611011565b506004805460ff191660011790555b82600381905550827f8ef925a7116791f08275b94e0ccb9ef14a1776b1069493febb0059902d834c458686604051610a0f929190610f78565b60405180910390a25b5050505050565b600154604051637345c1f560e11b8152600481018390525f916001600160a01b03169063e68b83ea90602401602060405180830381865afa158015610a66573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104e69190610f2f565b610a92610bcc565b6001600160a01b038116610abb57604051631e4fbdf760e01b81525f600482015260240161074d565b610ac481610bf8565b50565b5f6104e661010d83610a1f565b60408051602080820181905281830181905260608201526080810185905260a0810184905260c08082018490528251808303909101815260e0909101918290525f9182908190600590610b289085906110cb565b5f60405180830381855afa9150503d805f8114610b60576040519150601f19603f3d011682016040523d82523d5f602084013e610b65565b606091505b5091509150818015610b78575080516020145b610bad5760405162461bcd60e51b815260206004820152600660248201526506d6f646578760d41b604482015260640161074d565b80806020019051810190610bc19190610f2f565b979650505050505050565b5f546001600160a01b031633146105835760405163118cdaa760e01b815233600482015260240161074d565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f60208284031215610c57575f5ffd5b5035919050565b5f5f60208385031215610c6f575f5ffd5b823567ffffffffffffffff811115610c85575f5ffd5b8301601f81018513610c95575f5ffd5b803567ffffffffffffffff811115610cab575f5ffd5b856020828401011115610cbc575f5ffd5b6020919091019590945092505050565b6001600160a01b0381168114610ac4575f5ffd5b5f60208284031215610cf0575f5ffd5b8135610cfb81610ccc565b9392505050565b5f5f60408385031215610d13575f5ffd5b823591506020830135610d2581610ccc565b809150509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b600181811c90821680610d7957607f821691505b602082108103610d9757634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156104e6576104e6610db1565b634e487b7160e01b5f52603260045260245ffd5b5f5f85851115610dfa575f5ffd5b83861115610e06575f5ffd5b5050820193919092039150565b803560208310156104e6575f19602084900360031b1b1692915050565b808201808211156104e6576104e6610db1565b5f82610e5157610e51610d9d565b500490565b5f81518060208401855e5f93019283525090919050565b5f8154610e7981610d65565b600182168015610e905760018114610ea557610ed2565b60ff1983168652811515820286019350610ed2565b845f5260205f205f5b83811015610eca57815488820152600190910190602001610eae565b505081860193505b50505092915050565b5f610eef610ee98387610e56565b85610e6d565b928352505060200192915050565b5f82610f0b57610f0b610d9d565b500690565b5f60208284031215610f20575f5ffd5b81518015158114610cfb575f5ffd5b5f60208284031215610f3f575f5ffd5b5051919050565b818382375f9101908152919050565b5f610cfb8284610e6d565b5f60018201610f7157610f71610db1565b5060010190565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b634e487b7160e01b5f52604160045260245ffd5b601f82111561100c578282111561100c57805f5260205f20601f840160051c6020851015610fe557505f5b90810190601f840160051c035f5b81811015611008575f83820155600101610ff3565b5050505b505050565b67ffffffffffffffff83111561102957611029610fa6565b61103d836110378354610d65565b83610fba565b5f601f84116001811461106e575f85156110575750838201355b5f19600387901b1c1916600186901b178355610a18565b5f83815260208120601f198716915b8281101561109d578685013582556020948501946001909201910161107d565b50868210156110b9575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b5f610cfb8284610e5656fea2646970667358221220e2703f6f8a80458f8e47a46a551c760d4a571e8b656d3414057b57589ad34ea764736f6c63430008250033",
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
	if bytes.Equal(raw[:4], pubkeyRouter.abi.Errors["BadRootKey"].ID.Bytes()[:4]) {
		return pubkeyRouter.UnpackBadRootKeyError(raw[4:])
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
