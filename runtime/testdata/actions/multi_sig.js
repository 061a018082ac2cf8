// Several named signatures in one run, of both kinds.
const sigs = await Promise.all([
  Lit.Actions.signEcdsa({ toSign: new Uint8Array(toSign), publicKey, sigName: "first" }),
  Lit.Actions.signEcdsa({ toSign: "0x" + "ab".repeat(32), publicKey, sigName: "second" }),
  Lit.Actions.ethPersonalSignMessageEcdsa({ message: "hello pkpnet", publicKey, sigName: "personal" }),
]);
Lit.Actions.setResponse({ response: sigs.join(",") });
