// An awaited rejection that is not caught ends the run.
const check = () => Promise.reject(new Error("not allowed"));
await check();
Lit.Actions.setResponse({ response: "unreachable" });
