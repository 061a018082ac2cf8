// Share verification cost of one pkp-sign on the shared Go/JS vectors
// (testdata/vectors.json: two signers, Go-generated shares):
//   npm run build && node bench/verify.mjs [rounds]
// Prints, per verification, the median and p90 in ms of
//   total-cold  signing.verifyShares with the parsed-point cache emptied first
//   total-warm  signing.verifyShares again on the same shares (points cached)
// and of its parts, each timed alone:
//   ed25519     the 14 transcript signatures (two shares x (assignment, 2
//               commitments, 2 reveals, 2 agreement signatures))
//   decompress  decoding both shares' presignature public data (10 points), cache emptied
//   sigma       the two sigma checks (mpc.verifyShare), points cached
//   combine     mpc.combine of both shares: sigma checks, combination, recovery
//   recovery    mpc.verifySignature of the combined signature
// The parts overlap the totals only roughly: verifyShares also derives keys,
// hashes, and may reuse work across shares.
import { readFileSync } from 'node:fs'
import { mpc, signing } from '../dist/index.js'
import { fromHex } from '../dist/bytes.js'

const rounds = Number(process.argv[2] ?? '30')
const v = JSON.parse(readFileSync(new URL('../testdata/vectors.json', import.meta.url), 'utf8'))
const ring = (p) => (v.identityKeys[p] ? fromHex(v.identityKeys[p]) : undefined)
const exp = { rootPub: fromHex(v.rootPub), hash: fromHex(v.hash), pubKey: fromHex(v.pkp) }

const objects = []
const agreements = []
for (const s of v.shares) {
  objects.push(fromHex(s.assignment), ...s.commitments.map((h) => fromHex(h)), ...s.reveals.map((h) => fromHex(h)))
  const sigs = new Map(Object.entries(s.presignSigs).map(([p, h]) => [p, fromHex(h)]))
  agreements.push({ pub: mpc.decodePresignPublic(fromHex(s.presign)), sigs })
}
const req = (s) => ({ rootPub: exp.rootPub, keyId: fromHex(s.keyId), hash: fromHex(s.hash), entropy: fromHex(s.entropy) })
const share = (s) => ({ party: s.party, presignId: fromHex(s.presignId), sigma: fromHex(s.sigma) })

const parts = {
  'total-cold': async () => {
    mpc.clearPointCache()
    const out = await signing.verifyShares(v.shares, ring, exp)
    if (!out.signature) throw new Error('no signature')
  },
  'total-warm': async () => {
    const out = await signing.verifyShares(v.shares, ring, exp)
    if (!out.signature) throw new Error('no signature')
  },
  ed25519: async () => {
    for (const raw of objects) await signing.open(raw, ring)
    for (const a of agreements) if ((await signing.verifyAgreement(a.pub, a.sigs, ring)).length) throw new Error('bad agreement')
  },
  decompress: async () => {
    mpc.clearPointCache()
    for (const s of v.shares) mpc.decodePresignPublic(fromHex(s.presign))
  },
  sigma: async () => {
    for (const s of v.shares) if (!mpc.verifyShare(mpc.decodePresignPublic(fromHex(s.presign)), req(s), share(s))) throw new Error('bad sigma')
  },
  combine: async () => {
    const s0 = v.shares[0]
    mpc.combine(mpc.decodePresignPublic(fromHex(s0.presign)), req(s0), v.shares.map(share))
  },
  recovery: async () => {
    mpc.verifySignature(exp.pubKey, exp.hash, fromHex(v.signature))
  },
}

const res = {}
for (const [name, f] of Object.entries(parts)) await f() // warm-up (JIT, WebCrypto feature detection)
for (const [name, f] of Object.entries(parts)) {
  const xs = []
  for (let i = 0; i < rounds; i++) {
    const t = performance.now()
    await f()
    xs.push(performance.now() - t)
  }
  xs.sort((a, b) => a - b)
  res[name] = { p50: +xs[Math.floor(xs.length / 2)].toFixed(2), p90: +xs[Math.floor(xs.length * 0.9)].toFixed(2) }
}
const { readFileSync: rf } = await import('node:fs')
let load = ''
try { load = rf('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') } catch {}
console.log(JSON.stringify({ node: process.version, rounds, load, ms: res }))
