// Serialize an unsigned transaction and sign its hash with the PKP.
const go = async () => {
  const tx = {
    to: recipient,
    value: ethers.utils.parseEther(amount),
    nonce: 0,
    gasLimit: 21000,
    gasPrice: ethers.utils.parseUnits("20", "gwei"),
    chainId,
  };
  const serializedTx = ethers.utils.serializeTransaction(tx);
  const toSign = ethers.utils.arrayify(ethers.utils.keccak256(serializedTx));
  await Lit.Actions.signEcdsa({ toSign, publicKey, sigName: "txSig" });
  Lit.Actions.setResponse({ response: serializedTx });
};
go();
