// Prime signer: signs a number only if it is prime. The signed message is
// the number itself, as an EIP-191 personal message of its decimal digits,
// so anyone can check with ecrecover that the PKP vouched for that number.
// Granted to a PKP that is then burned (Mint/Grant/Burn), this action is
// the only thing that can ever sign with it: the PKP provably signs primes
// and nothing else.
//
// jsParams: number (a decimal string, canonical: no sign, no leading zero,
// at most 12 digits), publicKey (the PKP), sigName (optional).
const MAX_DIGITS = 12; // trial division up to 10^6: fast and exact

function isPrime(n) {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) {
    if (n % d === 0) return false;
  }
  return true;
}

const go = async () => {
  if (typeof number !== "string" || !/^[1-9][0-9]*$/.test(number) || number.length > MAX_DIGITS) {
    throw new Error("number must be a canonical decimal string of 1 to " + MAX_DIGITS + " digits");
  }
  const n = Number(number);
  if (!isPrime(n)) {
    Lit.Actions.setResponse({ response: JSON.stringify({ number, prime: false }) });
    return; // no signature, ever, for a composite
  }
  const toSign = ethers.utils.arrayify(ethers.utils.hashMessage(number));
  await Lit.Actions.signEcdsa({ toSign, publicKey, sigName: typeof sigName === "string" ? sigName : "prime" });
  Lit.Actions.setResponse({ response: JSON.stringify({ number, prime: true }) });
};
go();
