// Sign an EIP-191 personal message.
const sigShare = await Lit.Actions.ethPersonalSignMessageEcdsa({ message: dataToSign, publicKey, sigName: "sig1" });
Lit.Actions.setResponse({ response: sigShare });
