// A self-owned PKP wallet. The PKP's NFT is owned by the PKP's own address
// (minted with sendPkpToItself), so nobody can ever change its permissions:
// this action, permitted at mint, is the only way to sign with it. It signs
// only plain EIP-1559 transfers (no contract calls) of at most 0.01 ether.
//
// jsParams: publicKey, chainId, nonce, to, value (wei, decimal),
// maxFeePerGas and maxPriorityFeePerGas (wei, decimal).
const MAX_VALUE = ethers.utils.parseEther("0.01");

const tx = {
  type: 2,
  chainId: Number(chainId),
  nonce: Number(nonce),
  to: ethers.utils.getAddress(to),
  value: ethers.BigNumber.from(value),
  gasLimit: 21000,
  maxFeePerGas: ethers.BigNumber.from(maxFeePerGas),
  maxPriorityFeePerGas: ethers.BigNumber.from(maxPriorityFeePerGas),
  data: "0x",
};

if (tx.value.gt(MAX_VALUE)) {
  Lit.Actions.setResponse({ response: JSON.stringify({ refused: "value above 0.01 ether" }) });
} else {
  const unsigned = ethers.utils.serializeTransaction(tx);
  await Lit.Actions.signEcdsa({
    toSign: ethers.utils.arrayify(ethers.utils.keccak256(unsigned)),
    publicKey,
    sigName: "tx",
  });
  Lit.Actions.setResponse({ response: JSON.stringify({ unsigned }) });
}
