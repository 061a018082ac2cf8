// A rejection the action catches is not an error.
try {
  await Promise.reject(new Error("expected"));
} catch (e) {
  Lit.Actions.setResponse({ response: "caught: " + e.message });
}
