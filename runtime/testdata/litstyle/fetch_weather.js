// Fetch data from an API and sign only what passes a check.
const go = async () => {
  const resp = await fetch(url).then((response) => response.json());
  const temp = resp.properties.periods[0].temperature;
  if (temp < 60) {
    Lit.Actions.setResponse({ response: "too cold to sign: " + temp });
    return;
  }
  const toSign = ethers.utils.arrayify(ethers.utils.keccak256(ethers.utils.toUtf8Bytes(String(temp))));
  await Lit.Actions.signEcdsa({ toSign, publicKey, sigName: "weather" });
  Lit.Actions.setResponse({ response: String(temp) });
};
go();
