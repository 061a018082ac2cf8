// Encode an ERC-20 transfer with the ABI coder, decode it back, and report.
const abi = ["function transfer(address to, uint256 amount) returns (bool)"];
const iface = new ethers.utils.Interface(abi);
const data = iface.encodeFunctionData("transfer", [to, ethers.BigNumber.from(amount)]);
const decoded = iface.decodeFunctionData("transfer", data);
Lit.Actions.setResponse({ response: JSON.stringify({ data, to: decoded.to, amount: decoded.amount.toString() }) });
