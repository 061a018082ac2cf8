// Request latency of the JS client against a running devnet:
//   node bench/latency.mjs <devnet info.json> [samples]
// Mints a PKP with the CLI ($PKPNET_BIN or pkpnet on PATH), then times
// sequential pkpSign and executeJs (one signature) requests, each checked
// with ethers' recoverAddress. Like 'pkpnet bench' (warm samples), it sends
// a request only once every node holds a pooled presignature, so that both
// clients are timed on pooled signatures, not on-demand presigning; the
// wait is not timed. Prints p50/p90/max in ms as JSON.
import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { Wallet, keccak256, toUtf8Bytes, recoverAddress } from 'ethers'
import { connect } from '../dist/node.js'

const [infoPath, n = '20'] = process.argv.slice(2)
const info = JSON.parse(readFileSync(infoPath, 'utf8'))
const bin = process.env.PKPNET_BIN ?? 'pkpnet'
const lines = execFileSync(bin, ['pkp', 'mint', '--info', infoPath, '--json'], { encoding: 'utf8' }).trim().split('\n')
const pkp = JSON.parse(lines[lines.length - 1])
const client = await connect({ rpcUrl: info.httpUrl, nodeRegistry: info.contracts.nodeRegistry, pubkeyRouter: info.contracts.pubkeyRouter, network: info.network })
const sessionSigs = await client.getSessionSigs({ signer: new Wallet(info.accounts[info.devAccount].privateKey) })
const code = '(async () => { await Lit.Actions.signEcdsa({ toSign: ethers.utils.arrayify(h), publicKey, sigName: "s" }); })();'
const stats = (xs) => { const s = [...xs].sort((a, b) => a - b); return { n: s.length, p50: s[Math.floor(s.length / 2)], p90: s[Math.floor(s.length * 0.9)], max: s[s.length - 1] } }
const sign = []; const exec = []
const pooled = async () => {
  for (let k = 0; k < 600; k++) {
    const hs = await client.handshake()
    if (Object.values(hs).every((h) => h.info && Object.values(h.info.poolLevels ?? {}).some((x) => x > 0))) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('pools did not refill in 2 minutes')
}
for (let i = 0; i < Number(n); i++) {
  await pooled()
  const hash = keccak256(toUtf8Bytes(`bench ${i} ${Date.now()}`))
  let t = performance.now()
  const r = await client.pkpSign({ pubKey: pkp.pkpPublicKey, toSign: hash, sessionSigs })
  sign.push(Math.round(performance.now() - t))
  if (recoverAddress(hash, r.signature).toLowerCase() !== pkp.pkpAddress.toLowerCase()) throw new Error('bad signature')
  await pooled()
  t = performance.now()
  const e = await client.executeJs({ code, jsParams: { h: hash, publicKey: pkp.pkpPublicKey }, sessionSigs })
  exec.push(Math.round(performance.now() - t))
  if (recoverAddress(hash, e.signatures.s.signature).toLowerCase() !== pkp.pkpAddress.toLowerCase()) throw new Error('bad signature')
}
console.log(JSON.stringify({ pkpSign: stats(sign), executeJs: stats(exec) }))
await client.disconnect()
