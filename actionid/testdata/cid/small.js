Lit.Actions.setResponse({response: "hello"});
