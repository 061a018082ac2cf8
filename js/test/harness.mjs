// Test harness: builds (or takes $PKPNET_BIN) and starts `pkpnet devnet` on
// 127.0.0.1 with free ports, waits until it says it runs, and reads its
// --info file. Every test file that needs a devnet shares one per process.
import { spawn, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

export function pkpnetBin () {
  if (process.env.PKPNET_BIN) return process.env.PKPNET_BIN
  const out = join(mkdtempSync(join(tmpdir(), 'pkpnet-js-bin-')), 'pkpnet')
  execFileSync('go', ['build', '-o', out, './cmd/pkpnet'], { cwd: repo, stdio: 'inherit', env: { ...process.env, GOFLAGS: '-buildvcs=false' } })
  return out
}

/**
 * Starts a devnet; resolves once it runs. args: extra devnet flags. With
 * $PKPNET_DEVNET_INFO (js/ci.sh: one devnet for both suites, started with
 * --test-fault 3=bad-share) it uses that running devnet instead.
 */
export async function startDevnet (args = [], { timeoutMs = 600_000 } = {}) {
  if (process.env.PKPNET_DEVNET_INFO) return useDevnet(process.env.PKPNET_DEVNET_INFO)
  const bin = pkpnetBin()
  const dir = mkdtempSync(join(tmpdir(), 'pkpnet-js-devnet-'))
  const infoPath = join(dir, 'info.json')
  const proc = spawn(bin, ['devnet', '--http-port', '0', '--ws-port', '0', '--gateway-port', '0', '--info', infoPath, '--dir', join(dir, 'nodes'), ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('devnet did not start in time:\n' + log.slice(-3000))), timeoutMs)
    const onData = (b) => {
      log += b.toString()
      if (log.includes("devnet: running;")) {
        clearTimeout(timer)
        resolve()
      }
    }
    proc.stdout.on('data', onData)
    proc.stderr.on('data', onData)
    proc.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`devnet exited (${code}):\n${log.slice(-3000)}`))
    })
  })
  const d = handle(bin, infoPath)
  return {
    ...d,
    dir,
    log: () => log,
    async close () {
      if (proc.exitCode === null) {
        const done = new Promise((resolve) => proc.on('exit', resolve))
        proc.kill('SIGTERM')
        await done
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export function clientOptions (info) {
  return { rpcUrl: info.httpUrl, nodeRegistry: info.contracts.nodeRegistry, pubkeyRouter: info.contracts.pubkeyRouter, network: info.network }
}

function handle (bin, infoPath) {
  const info = JSON.parse(readFileSync(infoPath, 'utf8'))
  const run = (...a) => execFileSync(bin, a, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  return {
    bin, info, infoPath,
    devKey: info.accounts[info.devAccount].privateKey,
    /** Mints a PKP to the dev account with the CLI; returns its JSON. */
    mint () {
      const out = run('pkp', 'mint', '--info', infoPath, '--json').trim().split('\n')
      return JSON.parse(out[out.length - 1])
    },
    stopNode (n) { run('devnet', 'node', 'stop', String(n), '--info', infoPath) },
    startNode (n) { run('devnet', 'node', 'start', String(n), '--info', infoPath) },
  }
}

function useDevnet (infoPath) {
  if (!process.env.PKPNET_BIN) throw new Error('PKPNET_DEVNET_INFO needs PKPNET_BIN')
  return { ...handle(process.env.PKPNET_BIN, infoPath), dir: dirname(infoPath), log: () => '', async close () {} }
}
