// Conditional signing on a fetched price: buy only below maxPrice.
const resp = await fetch(`${baseUrl}/price?asset=${asset}`);
if (!resp.ok) {
  throw new Error("price feed answered " + resp.status);
}
const { price } = await resp.json();
console.log("price of", asset, "is", price);
if (price >= maxPrice) {
  Lit.Actions.setResponse({ response: "price too high: " + price });
} else {
  await Lit.Actions.signEcdsa({ toSign: new Uint8Array(toSign), publicKey, sigName: "buy" });
  Lit.Actions.setResponse({ response: "bought at " + price });
}
