// Threshold decryption from JS against a real devnet (3 node processes, a
// dev chain): encrypt in JS (no node contacted), decrypt in JS under a
// balance condition that holds for the funded dev account, refusals with
// the nodes' codes, and both directions across languages with the Go CLI
// (`pkpnet encrypt` / `pkpnet decrypt`).
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { JsonRpcProvider, Wallet } from 'ethers'
import { connect, RequestError, ABILITY_DECRYPT, readEncryptionKey } from '../../dist/node.js'
import { startDevnet, clientOptions } from '../harness.mjs'

let dn, client, session, dir

const cond = (comparator, value) => [{
  conditionType: 'evmBasic', contractAddress: '', standardContractType: '', chain: 'pkpnet', method: 'eth_getBalance',
  parameters: [':userAddress', 'latest'], returnValueTest: { comparator, value },
}]
const funded = cond('>', '0') // the dev account is funded on the dev chain
const unfunded = cond('=', '0')

before(async () => {
  dn = await startDevnet(['--test-fault', '3=bad-share'])
  dir = mkdtempSync(join(tmpdir(), 'pkpnet-js-decrypt-'))
  client = await connect(clientOptions(dn.info))
  session = await client.getSessionSigs({ signer: new Wallet(dn.devKey), abilities: { [ABILITY_DECRYPT]: [{}] } })
  // Every node starts only once the encryption key set is active on chain
  // (node/enckey.go encGenesis), so a running devnet has it.
  const provider = new JsonRpcProvider(dn.info.httpUrl)
  assert.equal((await readEncryptionKey(provider, dn.info.contracts.pubkeyRouter)).length, 33)
  provider.destroy()
}, { timeout: 600_000 })

after(async () => {
  await client?.disconnect()
  await dn?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const pkpnet = (...args) => execFileSync(dn.bin, [...args, '--info', dn.infoPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

test('encrypt in JS, decrypt in JS: T verified shares open it under a condition that holds', async () => {
  const enc = await client.encryptString({ accessControlConditions: funded, dataToEncrypt: 'for funded readers only' })
  assert.match(enc.ciphertext, /^[A-Za-z0-9+/]+=*$/)
  assert.match(enc.dataToEncryptHash, /^0x[0-9a-f]{64}$/)
  const r = await client.decrypt({ ciphertext: enc.ciphertext, accessControlConditions: funded, dataToEncryptHash: enc.dataToEncryptHash, sessionSigs: session })
  assert.equal(new TextDecoder().decode(r.decryptedData), 'for funded readers only')
  assert.equal(r.used.length, client.threshold)
  assert.deepEqual(r.badNodes, [])
  assert.equal(await client.decryptToString({ ciphertext: enc.ciphertext, sessionSigs: session }), 'for funded readers only')
  // The caller's expectation of the access is checked before any node is asked.
  await assert.rejects(client.decrypt({ ciphertext: enc.ciphertext, accessControlConditions: unfunded, sessionSigs: session }), /other access/)
})

test('a false condition: every node asked refuses with forbidden', async () => {
  const enc = await client.encrypt({ accessControlConditions: unfunded, dataToEncrypt: new Uint8Array([1, 2, 3]) })
  await assert.rejects(client.decrypt({ ciphertext: enc.ciphertext, sessionSigs: session }), (e) => {
    assert.ok(e instanceof RequestError, String(e))
    assert.equal(e.refused, true)
    assert.equal(e.code, 'forbidden')
    // Every node asked (all 3, unless the shared devnet's node 3 is still
    // restarting after client.test.mjs) refused; at least T were asked.
    assert.ok(e.nodeErrors.length >= client.threshold, `${e.nodeErrors.length} node errors`)
    for (const ne of e.nodeErrors) {
      assert.equal(ne.code, 'forbidden', ne.message)
      assert.match(ne.nodeMessage, /access conditions are not met/)
    }
    return true
  })
})

test('an action-bound ciphertext: nodes refuse a direct decrypt; a session without pkpnet/decrypt is refused', async () => {
  const enc = await client.encrypt({ actionIpfsId: 'QmNTgGPzCcKH2wGnPxoZG1Xp9ZEWL6MJbBbaXh2BYxRN9s', dataToEncrypt: 'action only' })
  await assert.rejects(client.decrypt({ ciphertext: enc.ciphertext, sessionSigs: session }), (e) => {
    assert.ok(e instanceof RequestError && e.refused, String(e))
    for (const ne of e.nodeErrors) assert.match(ne.nodeMessage, /only that action can decrypt it/)
    return true
  })
  const noDecrypt = await client.getSessionSigs({ signer: new Wallet(dn.devKey) }) // execute and pkp-sign only
  const ok = await client.encrypt({ accessControlConditions: funded, dataToEncrypt: 'x' })
  await assert.rejects(client.decrypt({ ciphertext: ok.ciphertext, sessionSigs: noDecrypt }), (e) => {
    assert.ok(e instanceof RequestError && e.refused, String(e))
    for (const ne of e.nodeErrors) {
      assert.equal(ne.code, 'forbidden', ne.message)
      assert.match(ne.nodeMessage, /does not grant pkpnet\/decrypt/)
    }
    return true
  })
})

test('cross-language: JS encrypts, `pkpnet decrypt` (Go) decrypts', async () => {
  const enc = await client.encrypt({ accessControlConditions: funded, dataToEncrypt: 'from js to go' })
  const ctFile = join(dir, 'js.ct')
  writeFileSync(ctFile, enc.ciphertext + '\n')
  assert.equal(pkpnet('decrypt', '--in', ctFile), 'from js to go')
})

test('cross-language: `pkpnet encrypt` (Go) encrypts, JS decrypts', async () => {
  const condFile = join(dir, 'cond.json')
  const ptFile = join(dir, 'pt.txt')
  const ctFile = join(dir, 'go.ct')
  writeFileSync(condFile, JSON.stringify(funded, null, 2))
  writeFileSync(ptFile, 'from go to js')
  pkpnet('encrypt', '--conditions', condFile, '--in', ptFile, '--out', ctFile)
  const ciphertext = readFileSync(ctFile, 'utf8')
  // Go compacts the conditions file: the ciphertext's access is the compact JSON.
  const r = await client.decrypt({ ciphertext, accessControlConditions: funded, sessionSigs: session })
  assert.equal(new TextDecoder().decode(r.decryptedData), 'from go to js')
  assert.deepEqual(r.badNodes, [])
})
