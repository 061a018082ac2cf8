// Web2 backend replacement: the validation a backend would do before a
// write, as an action. It checks the write's schema and that its owner is
// the caller, then signs the canonical write (EIP-191 personal message of
// its JSON). The store accepts a write only with the PKP's signature, so it
// needs no server-side validation of its own: the PKP only signs valid
// writes.
//
// jsParams: write ({key, value, owner, nonce}), publicKey (the PKP).
const KEY = /^[a-z0-9-]{1,64}$/;

const go = async () => {
  if (typeof write !== "object" || write === null) throw new Error("write must be an object");
  const { key, value, owner, nonce } = write;
  if (typeof key !== "string" || !KEY.test(key)) throw new Error("key must match " + KEY);
  if (typeof value !== "string" || value.length > 1024) throw new Error("value must be a string of at most 1024 characters");
  if (!Number.isSafeInteger(nonce) || nonce < 0) throw new Error("nonce must be a non-negative integer");
  if (typeof owner !== "string" || !ethers.utils.isAddress(owner)) throw new Error("owner must be an address");
  const caller = Lit.Auth.authSigAddress;
  if (!caller || ethers.utils.getAddress(owner) !== ethers.utils.getAddress(caller)) {
    throw new Error("only the owner may write: owner " + owner + ", caller " + caller);
  }
  const message = JSON.stringify({ key, value, owner: ethers.utils.getAddress(owner), nonce });
  await Lit.Actions.signEcdsa({ toSign: ethers.utils.arrayify(ethers.utils.hashMessage(message)), publicKey, sigName: "write" });
  Lit.Actions.setResponse({ response: message });
};
go();
