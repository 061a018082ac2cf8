// The JS client against a real devnet (3 node processes, a dev chain):
// pkp-sign, execute, a faulty node's bad share named, a node down.
// Node 3 runs with the TEST ONLY fault --test-fault 3=bad-share.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { Wallet, recoverAddress, keccak256, toUtf8Bytes, hashMessage } from 'ethers'
import { connect, RequestError } from '../../dist/node.js'
import { startDevnet, clientOptions } from '../harness.mjs'

let dn, client, wallet, pkp, session

before(async () => {
  dn = await startDevnet(['--test-fault', '3=bad-share'])
  pkp = dn.mint()
  wallet = new Wallet(dn.devKey)
  client = await connect(clientOptions(dn.info))
  session = await client.getSessionSigs({ signer: wallet })
}, { timeout: 600_000 })

after(async () => {
  await client?.disconnect()
  await dn?.close()
})

test('node set and root key come from the chain; nodes have WebSocket hints', () => {
  const { nodes, rootKey } = client.nodeSet
  assert.equal(nodes.length, 3)
  for (const n of nodes) assert.ok(n.hints.some((h) => /^\/ip4\/127\.0\.0\.1\/tcp\/\d+\/ws$/.test(h)), `node ${n.party} hints ${n.hints}`)
  assert.match(rootKey, /^0x0[23][0-9a-f]{64}$/)
})

test('pkpSign: the signature recovers to the PKP address; a bad share names node 3 and the request retries without it', async () => {
  // The coordinator rotates over the usable nodes, and a coordinator always
  // signs, so within three requests node 3 is a signer at least once.
  let named = 0
  for (let i = 0; i < 3; i++) {
    const hash = keccak256(toUtf8Bytes(`js client ${i}`))
    const r = await client.pkpSign({ pubKey: pkp.pkpPublicKey, toSign: hash, sessionSigs: session })
    assert.equal(recoverAddress(hash, r.signature).toLowerCase(), pkp.pkpAddress.toLowerCase())
    assert.equal(r.address.toLowerCase(), pkp.pkpAddress.toLowerCase())
    assert.ok(BigInt(r.s) <= 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n, 'low-S')
    for (const b of r.badNodes) assert.equal(b, '3', `honest node ${b} named`)
    if (r.badNodes.includes('3')) {
      named++
      assert.ok(r.attempts >= 2)
      assert.ok(!r.signers.includes('3'))
      const e = r.nodeErrors.find((e) => e.party === '3' && e.code === 'bad_share')
      assert.ok(e, 'a node error names node 3')
      assert.match(e.message, /bad-share/)
    }
  }
  assert.ok(named >= 1, 'node 3 was never named in three requests')
})

test('executeJs: an action signs with the PKP; its signature recovers to the PKP address', async () => {
  const code = `(async () => {
    const toSign = ethers.utils.arrayify(ethers.utils.hashMessage(msg));
    await Lit.Actions.signEcdsa({ toSign, publicKey, sigName: "s1" });
    Lit.Actions.setResponse({ response: "signed " + msg });
  })();`
  const r = await client.executeJs({ code, jsParams: { msg: 'hello from js', publicKey: pkp.pkpPublicKey }, sessionSigs: session })
  assert.equal(r.response, 'signed hello from js')
  const sig = r.signatures.s1
  assert.ok(sig)
  assert.equal(sig.dataSigned, hashMessage('hello from js'))
  assert.equal(recoverAddress(sig.dataSigned, sig.signature).toLowerCase(), pkp.pkpAddress.toLowerCase())
  assert.match(r.actionCid, /^Qm/)
})

test('errors carry the node code and message: a refused request', async () => {
  // A hash the PKP may sign, but for a PKP that does not exist: every node refuses.
  const other = new Wallet(Wallet.createRandom().privateKey)
  await assert.rejects(client.pkpSign({ pubKey: other.signingKey.compressedPublicKey, toSign: keccak256('0x01'), sessionSigs: session }), (e) => {
    assert.ok(e instanceof RequestError)
    assert.equal(e.refused, true)
    assert.ok(e.nodeErrors.length >= 2)
    for (const ne of e.nodeErrors) assert.ok(['forbidden', 'not_found', 'bad_request'].includes(ne.code), ne.message)
    return true
  })
})

test('a node down: requests still succeed with the others', async () => {
  dn.stopNode(3)
  try {
    const hash = keccak256(toUtf8Bytes('node down'))
    const r = await client.pkpSign({ pubKey: pkp.pkpPublicKey, toSign: hash, sessionSigs: session })
    assert.equal(recoverAddress(hash, r.signature).toLowerCase(), pkp.pkpAddress.toLowerCase())
    assert.deepEqual(r.signers, ['1', '2'])
  } finally {
    dn.startNode(3)
  }
})
