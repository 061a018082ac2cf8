// Lit.Auth exposes the action CID stack and the caller's address.
Lit.Actions.setResponse({
  response: JSON.stringify({ ids: Lit.Auth.actionIpfsIds, caller: Lit.Auth.authSigAddress }),
});
