// Check a user's signature over a message before acting on it.
const signer = ethers.utils.verifyMessage(message, signature);
if (signer.toLowerCase() !== expected.toLowerCase()) {
  throw new Error("not signed by " + expected);
}
Lit.Actions.setResponse({ response: signer });
