// setResponse with a JSON payload built from jsParams.
Lit.Actions.setResponse({ response: JSON.stringify({ hello: name, n: count + 1 }) });
