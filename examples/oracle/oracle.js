// Price oracle: fetches an asset's price from an HTTP API and signs it only
// when it is at or above a threshold. The signed message is
// "<asset>:<price>" as an EIP-191 personal message, so a contract or a
// person can ecrecover the PKP's address from (message, signature).
//
// jsParams: url (returns JSON {"asset": ..., "price": <integer>}), asset,
// threshold (integer), publicKey (the PKP), sigName (optional).
const go = async () => {
  const res = await fetch(url);
  if (!res.ok) throw new Error("price API answered " + res.status);
  const body = await res.json();
  if (body.asset !== asset || !Number.isSafeInteger(body.price) || body.price < 0) {
    throw new Error("unexpected price answer: " + JSON.stringify(body));
  }
  if (body.price < threshold) {
    Lit.Actions.setResponse({ response: JSON.stringify({ asset, price: body.price, signed: false }) });
    return;
  }
  const message = asset + ":" + body.price;
  const toSign = ethers.utils.arrayify(ethers.utils.hashMessage(message));
  await Lit.Actions.signEcdsa({ toSign, publicKey, sigName: typeof sigName === "string" ? sigName : "price" });
  Lit.Actions.setResponse({ response: JSON.stringify({ asset, price: body.price, signed: true, message }) });
};
go();
