// Conditional signing: sign only if the jsParams amount passes the test.
const go = async () => {
  if (amount > 100) {
    console.log("amount", amount, "is over the limit; not signing");
    Lit.Actions.setResponse({ response: "refused" });
    return;
  }
  await Lit.Actions.signEcdsa({ toSign: new Uint8Array(toSign), publicKey, sigName: "sig1" });
  Lit.Actions.setResponse({ response: "signed" });
};
go();
