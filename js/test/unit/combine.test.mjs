// Sigma checks: the batched check (random weights) and the per-share checks
// that name culprits agree with checking each share alone.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { mpc } from '../../dist/index.js'
import { fromHex, toHex } from '../../dist/bytes.js'

const js = JSON.parse(readFileSync(new URL('../../testdata/vectors.json', import.meta.url), 'utf8'))
const s0 = js.shares[0]
const pub = mpc.decodePresignPublic(fromHex(s0.presign))
const req = { rootPub: fromHex(js.rootPub), keyId: fromHex(s0.keyId), hash: fromHex(s0.hash), entropy: fromHex(s0.entropy) }
const shares = () => js.shares.map((s) => ({ party: s.party, presignId: fromHex(s.presignId), sigma: fromHex(s.sigma) }))
const add = (sigma, d) => fromHex('0x' + ((BigInt(toHex(sigma)) + d + mpc.N) % mpc.N).toString(16).padStart(64, '0'))

function badOf (shs) {
  try {
    mpc.combine(pub, req, shs)
  } catch (e) {
    if (e instanceof mpc.ShareError) return e.bad
    throw e
  }
  return []
}

test('honest shares pass the batched check and give Go\'s signature', () => {
  assert.equal(toHex(mpc.combine(pub, req, shares())), js.signature)
  for (const sh of shares()) assert.ok(mpc.verifyShare(pub, req, sh))
})

test('compensating errors (sigma_1 + e, sigma_2 - e) keep the sum but name both signers', () => {
  // An unweighted sum check would pass these and return a valid signature.
  for (const e of [1n, 12345678901234567890n, mpc.N - 1n]) {
    const shs = shares()
    shs[0].sigma = add(shs[0].sigma, e)
    shs[1].sigma = add(shs[1].sigma, -e)
    assert.deepEqual(badOf(shs), js.shares.map((s) => s.party).sort(), String(e))
    for (const sh of shs) assert.equal(mpc.verifyShare(pub, req, sh), false)
  }
})

test('one bad share, either one: exactly that signer is named', () => {
  for (let i = 0; i < 2; i++) {
    const shs = shares()
    shs[i].sigma = add(shs[i].sigma, 1n)
    assert.deepEqual(badOf(shs), [js.shares[i].party])
  }
  const shs = shares()
  shs[1].sigma = fromHex('0x' + mpc.N.toString(16)) // sigma >= N is never checkable
  assert.deepEqual(badOf(shs), [js.shares[1].party])
})
