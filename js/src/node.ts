// Node.js entry: the client with the TCP transport (and WebSockets where
// Node.js has a global WebSocket, from version 22).
import { tcp } from '@libp2p/tcp'
import { webSockets } from '@libp2p/websockets'
import { PkpnetClient, type ConnectOptions } from './client.js'

export * from './index.js'

// js-libp2p 3 uses Promise.withResolvers (Node.js >= 22); Node.js 20 lacks it.
const P = Promise as unknown as { withResolvers?: unknown }
if (typeof P.withResolvers !== 'function') {
  P.withResolvers = function withResolvers<T> () {
    let resolve!: (v: T) => void
    let reject!: (e: unknown) => void
    const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej })
    return { promise, resolve, reject }
  }
}

/** Connects over TCP (and WebSockets), loopback allowed unless told otherwise. */
export async function connect(opts: ConnectOptions): Promise<PkpnetClient> {
  const transports = typeof (globalThis as { WebSocket?: unknown }).WebSocket === 'function' ? [tcp(), webSockets()] : [tcp()]
  const c = new PkpnetClient({ allowPrivateAddresses: true, transports, ...opts })
  await c.connect()
  return c
}
