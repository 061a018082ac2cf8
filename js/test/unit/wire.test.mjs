// Framing and bad input: every decoder bounds sizes and fails with an error,
// never a hang or a crash.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { signing, mpc } from '../../dist/index.js'
import { decodeFrame, encodeUvarint } from '../../dist/wire.js'
import { fromHex } from '../../dist/bytes.js'

test('frames: uvarint length || body, incomplete, oversized, malformed', () => {
  const body = new TextEncoder().encode('{"result":{}}')
  const frame = new Uint8Array([...encodeUvarint(body.length), ...body, 7])
  const f = decodeFrame(frame, 1 << 20)
  assert.deepEqual([...f.frame], [...body])
  assert.deepEqual([...f.rest], [7])
  assert.equal(decodeFrame(frame.subarray(0, 5), 1 << 20), undefined)
  assert.throws(() => decodeFrame(new Uint8Array([...encodeUvarint(5000)]), 4096), /exceeds/)
  assert.throws(() => decodeFrame(new Uint8Array(10).fill(0xff), 1 << 30), /malformed/)
  assert.deepEqual([...encodeUvarint(300)], [0xac, 0x02])
})

test('hex fields are bounded', () => {
  assert.throws(() => fromHex('0x' + '00'.repeat(33), 32), /longer than 32/)
  assert.throws(() => fromHex('0xzz'), /malformed/)
})

test('garbage shares name their sender, never throw', async () => {
  const js = JSON.parse(readFileSync(new URL('../../testdata/vectors.json', import.meta.url), 'utf8'))
  const ring = (p) => js.identityKeys[p] ? fromHex(js.identityKeys[p]) : undefined
  const exp = { rootPub: fromHex(js.rootPub) }
  const junk = [
    { ...js.shares[0], assignment: '0x' + 'ff'.repeat(3000) },
    { ...js.shares[0], commitments: Array(300).fill('0x00') },
    { ...js.shares[0], presign: '0x01' },
    { ...js.shares[0], sigma: 'not hex' },
  ]
  for (const j of junk) {
    const out = await signing.verifyShares([j, js.shares[1]], ring, exp)
    assert.equal(out.signature, undefined)
    assert.deepEqual(out.culprits.map((c) => c.party), ['1'])
  }
  // a share claiming a malformed party names nobody and gives no signature
  const out = await signing.verifyShares([{ ...js.shares[0], party: 'x' }], ring, exp)
  assert.equal(out.signature, undefined)
  assert.deepEqual(out.culprits, [])
  assert.throws(() => mpc.decodePresignPublic(new Uint8Array(100000)), /limit/)
})
