// Browser test: headless Chromium (Debian's, driven by playwright-core)
// loads a page served on 127.0.0.1 that connects to a devnet over
// WebSockets, signs with a PKP and shows the signature; the test reads it
// from the page and go-ethereum verifies it (test/browser/verify).
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import { execFileSync } from 'node:child_process'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import { startDevnet } from '../harness.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const repo = join(here, '..', '..', '..')
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']

let dn, server, browser

before(async () => {
  dn = await startDevnet()
}, { timeout: 600_000 })

after(async () => {
  await browser?.close()
  server?.close()
  await dn?.close()
})

test('a page in headless Chromium signs with a PKP over WebSockets; go-ethereum verifies the signature', { timeout: 300_000 }, async () => {
  const pkp = dn.mint()
  const bundle = await build({ entryPoints: [join(here, 'page', 'main.js')], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'error' })
  const js = bundle.outputFiles[0].contents
  const html = '<!doctype html><meta charset="utf-8"><title>pkpnet</title><pre id="ms"></pre><pre id="ed25519"></pre><pre id="hash"></pre><pre id="addr"></pre><pre id="sig"></pre><pre id="err"></pre><script type="module" src="/main.js"></script>'
  const rpc = dn.info.httpUrl
  // Same origin for the page, its script and the chain's JSON-RPC (proxied),
  // so that no CORS setup is needed on the dev chain.
  server = createServer(async (req, res) => {
    if (req.url.startsWith('/main.js')) {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(js)
    } else if (req.url.startsWith('/rpc')) {
      const chunks = []
      for await (const c of req) chunks.push(c)
      const r = await fetch(rpc, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.concat(chunks) })
      res.writeHead(r.status, { 'content-type': 'application/json' }).end(Buffer.from(await r.arrayBuffer()))
    } else {
      res.writeHead(200, { 'content-type': 'text/html' }).end(html)
    }
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${server.address().port}`
  const q = new URLSearchParams({
    registry: dn.info.contracts.nodeRegistry, router: dn.info.contracts.pubkeyRouter, network: dn.info.network,
    key: dn.devKey, pubKey: pkp.pkpPublicKey, msg: 'signed in a browser',
  })
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true })
  const page = await browser.newPage()
  const consoleLines = []
  page.on('console', (m) => consoleLines.push(m.text()))
  await page.goto(`${origin}/?${q}`)
  await page.waitForFunction(() => document.getElementById('sig').textContent !== '' || document.getElementById('err').textContent !== '', null, { timeout: 240_000 })
  const err = await page.textContent('#err')
  assert.equal(err, '', `page error: ${err}\nconsole: ${consoleLines.join('\n')}`)
  const sig = await page.textContent('#sig')
  const hash = await page.textContent('#hash')
  const addr = await page.textContent('#addr')
  assert.equal(addr.toLowerCase(), pkp.pkpAddress.toLowerCase())
  const out = execFileSync('go', ['run', './js/test/browser/verify', hash, sig, pkp.pkpAddress], { cwd: repo, encoding: 'utf8', env: { ...process.env, GOFLAGS: '-buildvcs=false' } })
  assert.match(out, /^ok 0x/i)
  console.log(`browser pkpSign: ${await page.textContent('#ms')} ms (identity signatures: ${await page.textContent('#ed25519')} Ed25519); go-ethereum: ${out.trim()}`)
})
