// Report the action's own identity and the caller, as Lit.Auth gives them.
Lit.Actions.setResponse({
  response: JSON.stringify({
    ipfsId: Lit.Auth.actionIpfsIds[Lit.Auth.actionIpfsIds.length - 1],
    caller: Lit.Auth.authSigAddress,
    authMethods: Lit.Auth.authMethodContexts.length,
  }),
});
