// Sign a message with a PKP, the way Lit's docs sign a string: hash it with
// ethers and pass the bytes to signEcdsa.
const go = async () => {
  const toSign = ethers.utils.arrayify(ethers.utils.keccak256(new TextEncoder().encode(message)));
  const sigShare = await LitActions.signEcdsa({ toSign, publicKey, sigName });
  LitActions.setResponse({ response: JSON.stringify({ sigShare }) });
};
go();
