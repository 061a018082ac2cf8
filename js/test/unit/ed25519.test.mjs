// Identity signatures: the native (WebCrypto) and pure-JS Ed25519 paths
// accept exactly the same signatures, with Go's crypto/ed25519 rules
// (cofactorless, S < L) plus the strict key checks; share verification
// gives the same outcome on the shared vectors when the runtime has no
// WebCrypto (the fallback is chosen by feature detection).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ed25519, ED25519_TORSION_SUBGROUP } from '@noble/curves/ed25519.js'
import { sha512 } from '@noble/hashes/sha2.js'
import { signing } from '../../dist/index.js'
import { verifyEd25519, verifyEd25519JS } from '../../dist/ed25519.js'

const L = ed25519.Point.Fn.ORDER
const le = (b) => { let x = 0n; for (let i = b.length - 1; i >= 0; i--) x = (x << 8n) | BigInt(b[i]); return x }
const le32 = (x) => { const b = new Uint8Array(32); for (let i = 0; i < 32; i++) { b[i] = Number(x & 0xffn); x >>= 8n } return b }
const cat = (...xs) => { const o = new Uint8Array(xs.reduce((n, x) => n + x.length, 0)); let i = 0; for (const x of xs) { o.set(x, i); i += x.length } return o }

const seed = new Uint8Array(32).fill(7)
const pub = ed25519.getPublicKey(seed)
const msg = new TextEncoder().encode('pkpnet/signing/v1 test message')
const good = ed25519.sign(msg, seed)

// A signature whose R has a small-order component: R = rB + T, S = r + k·a.
// The cofactored equation (noble's verify) accepts it; Go's cofactorless
// crypto/ed25519 does not, and neither may we.
function mixedOrderSignature () {
  const { scalar } = ed25519.utils.getExtendedPublicKey(seed)
  const T = ed25519.Point.fromHex(ED25519_TORSION_SUBGROUP[1])
  const r = 123456789n
  const R = ed25519.Point.BASE.multiply(r).add(T).toBytes()
  const k = le(sha512(cat(R, pub, msg))) % L
  return cat(R, le32((r + k * scalar) % L))
}

const cases = () => {
  const flipped = good.slice(); flipped[10] ^= 1
  const bigS = cat(good.subarray(0, 32), le32(le(good.subarray(32)) + L))
  const smallKey = ed25519.Point.fromHex(ED25519_TORSION_SUBGROUP[2]).toBytes()
  const nonCanonKey = le32((1n << 255n) - 19n + 1n) // y = p + 1: y ≡ 1 (the identity), not canonical
  return [
    { name: 'valid', pub, msg, sig: good, want: true },
    { name: 'flipped bit', pub, msg, sig: flipped, want: false },
    { name: 'other message', pub, msg: msg.subarray(1), sig: good, want: false },
    { name: 'S + L', pub, msg, sig: bigS, want: false },
    { name: 'short signature', pub, msg, sig: good.subarray(0, 63), want: false },
    { name: 'mixed-order R', pub, msg, sig: mixedOrderSignature(), want: false },
    { name: 'small-order key', pub: smallKey, msg, sig: good, want: false },
    { name: 'non-canonical key', pub: nonCanonKey, msg, sig: good, want: false },
    { name: 'short key', pub: pub.subarray(1), msg, sig: good, want: false },
  ]
}

test('native and pure-JS Ed25519 agree: valid, altered, S >= L, mixed-order R, bad keys', async () => {
  assert.ok(await signing.nativeEd25519(), 'Node.js 20 has WebCrypto Ed25519')
  for (const c of cases()) {
    assert.equal(await verifyEd25519(c.pub, c.msg, c.sig), c.want, `native: ${c.name}`)
    assert.equal(verifyEd25519JS(c.pub, c.msg, c.sig), c.want, `pure JS: ${c.name}`)
  }
  // The mixed-order case does tell cofactored from cofactorless checks.
  assert.equal(ed25519.verify(mixedOrderSignature(), msg, pub), true)
})

test('without WebCrypto the pure-JS fallback is chosen and gives the same outcomes on the shared vectors', () => {
  const dist = new URL('../../dist/index.js', import.meta.url).href
  const vectors = fileURLToPath(new URL('../../testdata/vectors.json', import.meta.url))
  const script = `
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true })
    const { signing } = await import(${JSON.stringify(dist)})
    const { fromHex, toHex } = await import(${JSON.stringify(new URL('../../dist/bytes.js', import.meta.url).href)})
    const { readFileSync } = await import('node:fs')
    const js = JSON.parse(readFileSync(${JSON.stringify(vectors)}, 'utf8'))
    const ring = (p) => js.identityKeys[p] ? fromHex(js.identityKeys[p]) : undefined
    const exp = { rootPub: fromHex(js.rootPub), hash: fromHex(js.hash), pubKey: fromHex(js.pkp) }
    const flip = (h) => { const b = fromHex(h); b[b.length - 1] ^= 1; return toHex(b) }
    const res = { native: await signing.nativeEd25519(), honest: toHex((await signing.verifyShares(js.shares, ring, exp)).signature ?? new Uint8Array()), cases: [] }
    for (const c of js.cases) {
      const shares = js.shares.map((s) => {
        const x = structuredClone(s)
        if (s.party !== c.party) return x
        if (c.op === 'flip' && Array.isArray(x[c.field])) x[c.field][0] = flip(x[c.field][0])
        else if (c.op === 'flip') x[c.field] = flip(x[c.field])
        else if (c.op === 'dropFirst') x[c.field] = x[c.field].slice(1)
        return x
      })
      const out = await signing.verifyShares(shares, ring, exp)
      res.cases.push({ name: c.name, signature: out.signature !== undefined, culprits: out.culprits.map((k) => [k.party, k.kind]), want: [[c.culprit, c.kind]] })
    }
    console.log(JSON.stringify(res))
  `
  const res = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }))
  assert.equal(res.native, false)
  const js = JSON.parse(readFileSync(vectors, 'utf8'))
  assert.equal(res.honest, js.signature)
  assert.ok(res.cases.length >= 7)
  for (const c of res.cases) {
    assert.equal(c.signature, false, c.name)
    assert.deepEqual(c.culprits, c.want, c.name)
  }
})
