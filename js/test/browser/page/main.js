// The browser page of the browser test: connects to the devnet over
// WebSockets, creates a session with a dev wallet, signs a hash with the
// PKP and shows the signature in #sig (or the error in #err).
import { Wallet, JsonRpcProvider, keccak256, toUtf8Bytes } from 'ethers'
import { PkpnetClient, signing } from '../../../dist/index.js'

const q = new URLSearchParams(location.search)
const out = (id, text) => { document.getElementById(id).textContent = text }

async function main () {
  const provider = new JsonRpcProvider(new URL('/rpc', location.href).href, undefined, { staticNetwork: true })
  const client = new PkpnetClient({
    rpcUrl: provider, nodeRegistry: q.get('registry'), pubkeyRouter: q.get('router'), network: q.get('network'),
    allowPrivateAddresses: true, // the devnet listens on 127.0.0.1
  })
  await client.connect()
  const sessionSigs = await client.getSessionSigs({ signer: new Wallet(q.get('key')), domain: location.host })
  const hash = keccak256(toUtf8Bytes(q.get('msg')))
  const t0 = performance.now()
  const r = await client.pkpSign({ pubKey: q.get('pubKey'), toSign: hash, sessionSigs })
  out('ms', String(Math.round(performance.now() - t0)))
  out('ed25519', (await signing.nativeEd25519()) ? 'native' : 'pure JS')
  out('hash', hash)
  out('addr', r.address)
  out('sig', r.signature)
  await client.disconnect()
}
main().catch((e) => out('err', String(e && e.stack || e)))
