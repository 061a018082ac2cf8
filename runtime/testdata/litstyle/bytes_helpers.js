// Byte and string helpers: Lit's uint8array helpers, base64, TextEncoder.
const bytes = LitActions.uint8arrayFromString(text, "utf8");
const hex = LitActions.uint8arrayToString(bytes, "base16");
const b64 = btoa(String.fromCharCode(...bytes));
const back = new TextDecoder().decode(LitActions.uint8arrayFromString(hex, "base16"));
LitActions.setResponse({ response: [hex, b64, back, ethers.utils.hexlify(bytes)].join("|") });
