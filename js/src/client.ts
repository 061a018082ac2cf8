// PkpnetClient: the Lit-style API over js-libp2p.
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { multiaddr } from '@multiformats/multiaddr'
import { createLibp2p, type Libp2p } from 'libp2p'
import type { Provider } from 'ethers'
import { Signature as EthSignature } from 'ethers'
import { concat, equalBytes, fromHex, sortParties, toHex, utf8 } from './bytes.js'
import { createSession, Session, type Caveat, type WalletSigner, bodyHash, type Body } from './auth.js'
import { providerOf, readEncryptionKey, readEncryptionKeySet, readNodes, readRootKey, type RegistryNode } from './chain.js'
import { derivePubkey, pubkeyAddress, verifySignature } from './mpc.js'
import { verifyShares, type Culprit } from './signing.js'
import { canonicalActionCID } from './cid.js'
import * as tdec from './tdec.js'
import {
  DECRYPT_PROTOCOL, type DecryptRequest, type DecryptResponse, EXECUTE_PROTOCOL, HANDSHAKE_PROTOCOL, MAX_RESPONSE, NodeError, PKP_SIGN_PROTOCOL, REFUSAL_CODES, decodeFrame,
  encodeUvarint, type NodeInfo, type Response, type SignatureShare,
} from './wire.js'

export interface ConnectOptions {
  /** JSON-RPC URL of the chain, or an ethers Provider. */
  rpcUrl: string | Provider
  /** NodeRegistry and PubkeyRouter addresses. */
  nodeRegistry: string
  pubkeyRouter: string
  /** pkpnet network name (the SIWE URI is pkpnet://<network>). */
  network: string
  /**
   * libp2p transports. Default: WebSockets only (what a browser can use);
   * Node.js callers import connect from '@pkpnet/client/node' for TCP too.
   */
  transports?: any[]
  /** Dial loopback and private addresses (devnets); browsers refuse them otherwise. */
  allowPrivateAddresses?: boolean
  /** Overall request bound (default 120 s), per attempt (default 30 s; execute 60 s), attempts (default 4). */
  requestTimeoutMs?: number
  attemptTimeoutMs?: number
  executeAttemptTimeoutMs?: number
  maxAttempts?: number
}

export interface GetSessionSigsParams {
  /** The wallet (an ethers Signer fits): it signs the authorisation once. */
  signer: WalletSigner
  /** The app's domain as the wallet shows it (default "localhost"). */
  domain?: string
  /** Lifetime in ms (default and maximum 24 h). */
  lifetimeMs?: number
  /** Abilities and caveats; default execute and pkp-sign unrestricted. */
  abilities?: Record<string, Caveat[]>
}

/** A combined signature, in Lit's shape plus the PKP address. */
export interface SignatureResult {
  sigName: string
  /** 0x r || s || v with v 27/28 (65 bytes), what ethers and ecrecover take. */
  signature: string
  r: string
  s: string
  recid: number
  publicKey: string
  address: string
  dataSigned: string
  tokenId: string
  signers: string[]
}

export interface RequestInfo {
  attempts: number
  /** Nodes proven bad (their shares failed the checks), by party. */
  badNodes: string[]
  /** Every node-level failure seen, with the node's code and message. */
  nodeErrors: NodeError[]
}

export interface PKPSignResult extends SignatureResult, RequestInfo {}

export interface ExecuteJsResult extends RequestInfo {
  response: string
  logs: string
  actionCid: string
  signatures: Record<string, SignatureResult>
}

/** What encrypt encrypts under: exactly one of the two. */
export interface AccessParams {
  /** Lit-format EVM basic/contract conditions: an array (sent as JSON.stringify gives it) or JSON text (sent as given). */
  accessControlConditions?: unknown[] | string
  /** CID of the only Lit Action that may decrypt (Lit.Actions.decryptAndCombine): its CIDv0 or dag-pb CIDv1, stored as the CIDv0. */
  actionIpfsId?: string
}

export interface EncryptParams extends AccessParams {
  dataToEncrypt: string | Uint8Array
}

export interface EncryptResult {
  /** The whole ciphertext (tdec encoding, base64): what `pkpnet decrypt` and decrypt take. */
  ciphertext: string
  /** The ciphertext's data hash H(tag, salt, data), 0x-hex: salted, so not sha256 of the data (docs/crypto.md §11). */
  dataToEncryptHash: string
}

export interface DecryptParams extends AccessParams {
  ciphertext: string | Uint8Array
  /** When given, must match the ciphertext's. */
  dataToEncryptHash?: string
  /** A session whose ReCap grants pkpnet/decrypt. */
  sessionSigs: Session
}

export interface DecryptResult extends RequestInfo {
  decryptedData: Uint8Array
  /** Parties whose verified shares were combined. */
  used: string[]
}

/** The tdec access of encrypt's and decrypt's parameters. */
export function accessOf(p: AccessParams): tdec.Access {
  if ((p.accessControlConditions === undefined) === (p.actionIpfsId === undefined)) {
    throw new Error('give exactly one of accessControlConditions and actionIpfsId')
  }
  if (p.actionIpfsId !== undefined) {
    // The CIDv0 of either form, as pkpnet encrypt stores it: one action,
    // one identity.
    return { kind: tdec.ACCESS_ACTION, value: utf8(canonicalActionCID(p.actionIpfsId)) }
  }
  const c = p.accessControlConditions!
  let text: string
  if (typeof c === 'string') {
    let parsed: unknown
    try {
      parsed = JSON.parse(c)
    } catch (e) {
      throw new Error(`accessControlConditions: not JSON: ${(e as Error).message}`)
    }
    if (!Array.isArray(parsed) || parsed.length === 0) throw new Error('accessControlConditions: want a non-empty JSON array of conditions')
    text = c
  } else {
    if (!Array.isArray(c) || c.length === 0) throw new Error('accessControlConditions: want a non-empty array of conditions')
    text = JSON.stringify(c)
  }
  const a = { kind: tdec.ACCESS_CONDITIONS, value: utf8(text) }
  tdec.validateAccess(a)
  return a
}

/** A request that failed: the reason and every node's error. */
export class RequestError extends Error {
  override name = 'RequestError'
  constructor(message: string, readonly nodeErrors: NodeError[], readonly badNodes: string[] = [], readonly refused = false) {
    super(message)
  }
  /** The first node error's code (a refusal: the node's own code). */
  get code(): string | undefined {
    return this.nodeErrors.find((e) => e.code)?.code
  }
}

interface NodeStatus {
  node: RegistryNode
  info?: NodeInfo
  err?: NodeError
  at: number
}

const STATUS_TTL_MS = 5000

function newRequestId(): string {
  const b = new Uint8Array(16)
  crypto.getRandomValues(b)
  return 'js-' + toHex(b, false)
}

function toBytes(chunk: Uint8Array | { subarray(): Uint8Array }): Uint8Array {
  return chunk instanceof Uint8Array ? chunk : chunk.subarray()
}

export class PkpnetClient {
  private libp2p?: Libp2p
  private provider: Provider
  private nodes: RegistryNode[] = []
  private epoch = 0
  private rootKey?: Uint8Array
  private chainId = 0n
  private status = new Map<string, NodeStatus>()
  private rr = 0

  constructor(readonly opts: ConnectOptions) {
    this.provider = providerOf(opts.rpcUrl)
  }

  /** Reads the node set and root key from the chain, starts libp2p and handshakes the nodes. */
  async connect(): Promise<void> {
    const [{ nodes, epoch }, root, net] = await Promise.all([
      readNodes(this.provider, this.opts.nodeRegistry), readRootKey(this.provider, this.opts.pubkeyRouter),
      this.provider.getNetwork(),
    ])
    this.nodes = nodes
    this.epoch = epoch
    this.rootKey = root
    this.chainId = net.chainId
    if (!this.libp2p) {
      const { webSockets } = await import('@libp2p/websockets')
      this.libp2p = await createLibp2p({
        addresses: { listen: [] },
        transports: this.opts.transports ?? [webSockets()],
        connectionEncrypters: [noise()],
        streamMuxers: [yamux()],
        // Only the registry's hints are dialed; no mDNS, bootstrap, relay or AutoNAT.
        connectionGater: this.opts.allowPrivateAddresses ? { denyDialMultiaddr: () => false } : undefined,
      })
    }
    await this.refreshStatus(true)
  }

  /** Stops libp2p. */
  async disconnect(): Promise<void> {
    await this.libp2p?.stop()
    this.libp2p = undefined
  }

  get threshold(): number {
    return Math.floor((2 * this.nodes.length + 2) / 3)
  }

  get nodeSet(): { nodes: RegistryNode[], epoch: number, rootKey: string } {
    return { nodes: this.nodes, epoch: this.epoch, rootKey: this.rootKey ? toHex(this.rootKey) : '' }
  }

  /** Creates a session: the wallet signs once; pass the result as sessionSigs. */
  async getSessionSigs(p: GetSessionSigsParams): Promise<Session> {
    if (!this.chainId) await this.connect()
    return createSession(p.signer, { network: this.opts.network, chainId: this.chainId, domain: p.domain, lifetimeMs: p.lifetimeMs, abilities: p.abilities })
  }

  private async call<T>(node: RegistryNode, protocol: string, req: unknown, signal: AbortSignal): Promise<T> {
    if (!this.libp2p) throw new Error('client: not connected')
    const body = utf8(JSON.stringify(req))
    const errs: string[] = []
    for (const hint of node.hints) {
      let stream
      try {
        stream = await this.libp2p.dialProtocol(multiaddr(`${hint}/p2p/${node.peerId}`), protocol, { signal })
      } catch (e) {
        errs.push(`${hint}: ${(e as Error).message}`)
        continue
      }
      try {
        if (!stream.send(concat(encodeUvarint(body.length), body))) await stream.onDrain({ signal })
        await stream.close({ signal })
        let buf: Uint8Array = new Uint8Array(0)
        for await (const chunk of stream) {
          buf = concat(buf, toBytes(chunk))
          const f = decodeFrame(buf, MAX_RESPONSE)
          if (f) {
            const msg = JSON.parse(new TextDecoder().decode(f.frame)) as { result?: T, error?: { code: string, message: string } }
            if (msg.error) throw new NodeError(node.party, msg.error.code, msg.error.message, node.peerId)
            if (msg.result === undefined) throw new Error('answer without result or error')
            return msg.result
          }
        }
        throw new Error('stream closed before a complete answer')
      } catch (e) {
        stream.abort(e as Error)
        if (e instanceof NodeError) throw e
        throw new NodeError(node.party, '', (e as Error).message, node.peerId)
      }
    }
    throw new NodeError(node.party, '', `unreachable: ${errs.join('; ') || 'no address hints'}`, node.peerId)
  }

  /** Handshakes every node now: its info (epoch, root key, pool levels) or its error, by party. */
  async handshake(): Promise<Record<string, { info?: NodeInfo, error?: NodeError }>> {
    await this.refreshStatus(true)
    const out: Record<string, { info?: NodeInfo, error?: NodeError }> = {}
    for (const [p, st] of this.status) out[p] = { info: st.info, error: st.err }
    return out
  }

  private async refreshStatus(force: boolean): Promise<void> {
    const now = Date.now()
    await Promise.all(this.nodes.map(async (n) => {
      const st = this.status.get(n.party)
      if (!force && st && now - st.at < STATUS_TTL_MS) return
      const signal = AbortSignal.timeout(3000)
      try {
        const info = await this.call<NodeInfo>(n, HANDSHAKE_PROTOCOL, { clientVersion: 'pkpnet-js/0.1' }, signal)
        let err: NodeError | undefined
        if (info.epoch !== this.epoch) err = new NodeError(n.party, '', `node is at epoch ${info.epoch}, the registry's is ${this.epoch}`)
        else if (this.rootKey && info.rootKey.replace(/^0x/, '') !== toHex(this.rootKey, false)) err = new NodeError(n.party, '', 'node reports another root key than the chain')
        else if (info.party !== n.party) err = new NodeError(n.party, '', `node says it is party ${info.party}`)
        this.status.set(n.party, { node: n, info, err, at: Date.now() })
      } catch (e) {
        const err = e instanceof NodeError ? e : new NodeError(n.party, '', (e as Error).message)
        this.status.set(n.party, { node: n, err, at: Date.now() })
      }
    }))
  }

  private async run(kind: 'execute' | 'pkp-sign', session: Session, fields: Record<string, unknown>,
    want?: { hash: Uint8Array, pubKey: Uint8Array }): Promise<{ answers: Response[], sigs: Record<string, SignatureResult>, info: RequestInfo }> {
    if (!(session instanceof Session)) throw new Error('sessionSigs: pass the session getSessionSigs returned')
    if (!this.libp2p || !this.rootKey) await this.connect()
    const protocol = kind === 'execute' ? EXECUTE_PROTOCOL : PKP_SIGN_PROTOCOL
    const deadline = Date.now() + (this.opts.requestTimeoutMs ?? 120_000)
    const maxAttempts = this.opts.maxAttempts ?? 4
    const excluded = new Set<string>()
    const failedCoord = new Set<string>()
    const all: NodeError[] = []
    const bad = new Set<string>()
    let lastErr = ''
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (Date.now() >= deadline) break
      await this.refreshStatus(attempt > 1)
      const usable = this.nodes.filter((n) => !excluded.has(n.party) && !this.status.get(n.party)?.err)
      const t = this.threshold
      if (usable.length < t) {
        for (const n of this.nodes) {
          const e = this.status.get(n.party)?.err
          if (e && !excluded.has(n.party)) all.push(e)
        }
        throw new RequestError(`not enough nodes: ${usable.length} usable, need ${t}` + (lastErr ? `; last attempt: ${lastErr}` : ''), all, [...bad])
      }
      const parties = sortParties(usable.map((n) => n.party))
      const cands = parties.filter((p) => !failedCoord.has(p))
      const coordinator = (cands.length ? cands : parties)[this.rr++ % (cands.length || parties.length)]
      const requestId = newRequestId()
      const jsParams = fields.jsParams === undefined ? undefined : JSON.stringify(fields.jsParams)
      const b: Body = kind === 'execute'
        ? { kind, requestId, epoch: this.epoch, coordinator, nodes: parties, code: fields.code as string | undefined, ipfsId: fields.ipfsId as string | undefined, jsParams }
        : { kind, requestId, epoch: this.epoch, coordinator, nodes: parties, toSign: fields.toSign as string, pubKey: fields.pubKey as string }
      const bh = bodyHash(b)
      const issuedAt = Date.now()
      const timeout = kind === 'execute' ? (this.opts.executeAttemptTimeoutMs ?? 60_000) : (this.opts.attemptTimeoutMs ?? 30_000)
      const signal = AbortSignal.timeout(Math.max(1, Math.min(timeout, deadline - Date.now())))
      const results = await Promise.all(usable.map(async (n) => {
        const session_ = session.sign({ peerId: n.peerIdBytes, protocol, requestId, bodyHash: bh, issuedAt, expiresAt: issuedAt + 120_000 })
        const req: Record<string, unknown> = { requestId, session: session_, epoch: this.epoch, coordinator, nodes: parties }
        if (kind === 'execute') {
          if (fields.code !== undefined) req.code = fields.code
          if (fields.ipfsId !== undefined) req.ipfsId = fields.ipfsId
          if (jsParams !== undefined) req.jsParams = fields.jsParams
        } else {
          req.toSign = fields.toSign
          req.pubKey = fields.pubKey
        }
        try {
          const r = await this.call<Response>(n, protocol, req, signal)
          if (r.requestId !== requestId || r.party !== n.party) throw new NodeError(n.party, '', `answer for request ${r.requestId} from party ${r.party}`)
          return { n, r }
        } catch (e) {
          return { n, e: e instanceof NodeError ? e : new NodeError(n.party, '', (e as Error).message) }
        }
      }))
      const ok: Array<{ n: RegistryNode, r: Response }> = []
      let refusals = 0
      for (const x of results) {
        if ('r' in x && x.r) {
          ok.push({ n: x.n, r: x.r })
          continue
        }
        const e = x.e!
        all.push(e)
        if (REFUSAL_CODES.has(e.code) || (e.code === 'timeout' && e.nodeMessage.startsWith('action timed out'))) refusals++
        else if (!e.code) excluded.add(x.n.party) // no answer: leave it out next time
      }
      if (ok.length < t && refusals > 0 && refusals > usable.length - t) {
        throw new RequestError(`request refused by ${refusals} of ${usable.length} nodes: ${all[all.length - 1].message}`, all, [...bad], true)
      }
      const combined = await this.combineAnswers(ok, t, kind === 'execute', want)
      for (const c of combined.culprits) {
        bad.add(c.party)
        excluded.add(c.party)
        all.push(new NodeError(c.party, 'bad_share', `proven bad (${c.kind}): ${c.detail}`))
      }
      if (combined.sigs) {
        return { answers: ok.map((x) => x.r), sigs: combined.sigs, info: { attempts: attempt, badNodes: sortParties([...bad]), nodeErrors: all } }
      }
      lastErr = combined.err ?? 'no signature'
      failedCoord.add(coordinator)
    }
    throw new RequestError(`request failed: ${lastErr}`, all, sortParties([...bad]))
  }

  private async combineAnswers(ok: Array<{ n: RegistryNode, r: Response }>, t: number, isExecute: boolean,
    want?: { hash: Uint8Array, pubKey: Uint8Array }): Promise<{ sigs?: Record<string, SignatureResult>, culprits: Culprit[], err?: string }> {
    const groups = new Map<string, SignatureShare[]>()
    const culprits: Culprit[] = []
    for (const { n, r } of ok) {
      const seen = new Set<string>()
      for (const sh of (r.shares ?? []).slice(0, 100)) {
        if (sh.party !== n.party) {
          culprits.push({ party: n.party, kind: 'bad-transcript', detail: `share claims party ${sh.party}` })
          continue
        }
        if (seen.has(sh.sigName)) continue
        seen.add(sh.sigName)
        if (!groups.has(sh.sigName)) groups.set(sh.sigName, [])
        groups.get(sh.sigName)!.push(sh)
      }
    }
    if (isExecute) {
      if (ok.length < t) return { culprits, err: `only ${ok.length} nodes answered, need ${t}` }
      const listed = new Map<string, number>()
      for (const { r } of ok) for (const nm of new Set(r.sigNames ?? [])) listed.set(nm, (listed.get(nm) ?? 0) + 1)
      const missing = [...listed].filter(([nm, k]) => k >= t && !groups.has(nm)).map(([nm]) => nm)
      if (missing.length) return { culprits, err: `no share for signature ${missing.sort().join(', ')}: its signers did not answer` }
    } else if (!groups.has('sig')) {
      return { culprits, err: 'no share for signature "sig"' }
    }
    const keyOf = (p: string): Uint8Array | undefined => this.nodes.find((n) => n.party === p)?.identityKey
    const sigs: Record<string, SignatureResult> = {}
    const errs: string[] = []
    for (const [name, shares] of groups) {
      const out = await verifyShares(shares, keyOf, { rootPub: this.rootKey!, hash: want?.hash, pubKey: want?.pubKey })
      culprits.push(...out.culprits)
      if (!out.signature) {
        const parts = out.culprits.map((c) => `party ${c.party} proven bad (${c.kind}): ${c.detail}`)
        if (out.missing.length) parts.push(`no good share from signers [${out.missing.join(',')}]`)
        if (out.unresolved) parts.push('unresolved: ' + out.unresolved)
        errs.push(`signature "${name}": ${parts.join('; ') || 'no signature'}`)
        continue
      }
      const s0 = out.good[0]
      const pub = derivePubkey(this.rootKey!, fromHex(s0.keyId, 32))
      const hash = fromHex(s0.hash, 32)
      const eth = new Uint8Array(out.signature)
      eth[64] += 27
      verifySignature(pub, hash, eth) // again, independently of combine
      const sig = EthSignature.from(toHex(eth))
      sigs[name] = {
        sigName: name, signature: sig.serialized, r: sig.r, s: sig.s, recid: out.signature[64], publicKey: toHex(pub),
        address: pubkeyAddress(pub), dataSigned: toHex(hash), tokenId: s0.tokenId, signers: [...s0.signers],
      }
    }
    if (errs.length) return { culprits, err: errs.join('; ') }
    return { sigs, culprits }
  }

  /** Runs a Lit Action on the nodes and combines the signatures it asked for. */
  async executeJs(p: { code?: string, ipfsId?: string, jsParams?: Record<string, unknown>, sessionSigs: Session }): Promise<ExecuteJsResult> {
    if ((p.code === undefined) === (p.ipfsId === undefined)) throw new Error('executeJs: exactly one of code and ipfsId')
    if (p.ipfsId !== undefined) canonicalActionCID(p.ipfsId) // throws for text no node takes; sent as given
    const { answers, sigs, info } = await this.run('execute', p.sessionSigs, { code: p.code, ipfsId: p.ipfsId, jsParams: p.jsParams })
    const first = answers[0]
    return { response: first?.response ?? '', logs: first?.logs ?? '', actionCid: first?.actionCid ?? '', signatures: sigs, ...info }
  }

  /** Signs a 32-byte hash with a PKP the session's wallet may sign with. */
  async pkpSign(p: { pubKey: string | Uint8Array, toSign: string | Uint8Array, sessionSigs: Session }): Promise<PKPSignResult> {
    const hash = typeof p.toSign === 'string' ? fromHex(p.toSign, 32) : p.toSign
    if (hash.length !== 32) throw new Error('pkpSign: toSign must be 32 bytes')
    const pubKey = typeof p.pubKey === 'string' ? fromHex(p.pubKey, 65) : p.pubKey
    if (pubKey.length !== 33 && pubKey.length !== 65) throw new Error('pkpSign: pubKey must be 33 or 65 bytes')
    const { sigs, info } = await this.run('pkp-sign', p.sessionSigs, { toSign: toHex(hash), pubKey: toHex(pubKey) }, { hash, pubKey })
    return { ...sigs.sig, ...info }
  }

  /** Encrypts data to the network under access conditions or for an action: the key is read from PubkeyRouter, no node is contacted. */
  async encrypt(p: EncryptParams): Promise<EncryptResult> {
    const access = accessOf(p)
    const data = typeof p.dataToEncrypt === 'string' ? utf8(p.dataToEncrypt) : p.dataToEncrypt
    if (!(data instanceof Uint8Array)) throw new Error('dataToEncrypt: want a string or a Uint8Array')
    const pub = await readEncryptionKey(this.provider, this.opts.pubkeyRouter)
    if (pub.length === 0) throw new Error('no active encryption key in PubkeyRouter')
    const ct = await tdec.encrypt(pub, access, data)
    return { ciphertext: tdec.toBase64(tdec.encodeCiphertext(ct)), dataToEncryptHash: toHex(ct.dataHash) }
  }

  /** encrypt, Lit's name for a string. */
  async encryptString(p: EncryptParams & { dataToEncrypt: string }): Promise<EncryptResult> {
    return this.encrypt(p)
  }

  /**
   * Asks every usable node for its decryption share, verifies each share's
   * DLEQ proof against the node's public share on chain, names a bad
   * share's node, combines T good shares and opens the ciphertext. A node
   * releases its share only when the conditions hold for the session's
   * wallet on confirmed chain state.
   */
  async decrypt(p: DecryptParams): Promise<DecryptResult> {
    const session = p.sessionSigs
    if (!(session instanceof Session)) throw new Error('sessionSigs: pass the session getSessionSigs returned')
    const raw = typeof p.ciphertext === 'string' ? tdec.fromBase64(p.ciphertext, tdec.MAX_CIPHERTEXT) : p.ciphertext
    const ct = tdec.parseCiphertext(raw)
    if (p.accessControlConditions !== undefined || p.actionIpfsId !== undefined) {
      const want = accessOf(p)
      if (want.kind !== ct.access.kind || !equalBytes(want.value, ct.access.value)) {
        throw new Error('the ciphertext is encrypted under other access than the one given')
      }
    }
    if (p.dataToEncryptHash !== undefined && !equalBytes(fromHex(p.dataToEncryptHash, 32), ct.dataHash)) {
      throw new Error("dataToEncryptHash does not match the ciphertext's")
    }
    if (!this.libp2p || !this.rootKey) await this.connect()
    await this.refreshStatus(false)
    const rawSet = await readEncryptionKeySet(this.provider, this.opts.pubkeyRouter, this.epoch)
    if (rawSet.length === 0) throw new Error(`no active encryption key in PubkeyRouter (epoch ${this.epoch})`)
    let set: tdec.KeySet
    try {
      // The shares are encoded in party order; the registry lists a node that took a freed party number last.
      set = tdec.decodeKeySet(rawSet, sortParties(this.nodes.map((n) => n.party)), this.threshold)
    } catch (e) {
      throw new Error(`PubkeyRouter's encryption key set: ${(e as Error).message}`)
    }
    const capsule = tdec.capsuleOf(ct)
    try {
      tdec.verifyProof(capsule, set.public)
    } catch (e) {
      throw new Error(`ciphertext is not for this network's key or is corrupt: ${(e as Error).message}`)
    }
    const capBytes = tdec.encodeCapsule(capsule)
    const usable = this.nodes.filter((n) => !this.status.get(n.party)?.err)
    const t = set.threshold
    const all: NodeError[] = []
    if (usable.length < t) {
      for (const n of this.nodes) {
        const e = this.status.get(n.party)?.err
        if (e) all.push(e)
      }
      throw new RequestError(`not enough nodes: ${usable.length} usable, need ${t}`, all)
    }
    const parties = sortParties(usable.map((n) => n.party))
    const requestId = newRequestId()
    const coordinator = parties[0]
    const bh = bodyHash({ kind: 'decrypt', requestId, epoch: this.epoch, coordinator, nodes: parties, capsule: capBytes })
    const issuedAt = Date.now()
    const signal = AbortSignal.timeout(Math.max(1, Math.min(this.opts.attemptTimeoutMs ?? 30_000, this.opts.requestTimeoutMs ?? 120_000)))
    const capB64 = tdec.toBase64(capBytes)
    const results = await Promise.all(usable.map(async (n) => {
      const req: DecryptRequest = {
        requestId, epoch: this.epoch, coordinator, nodes: parties, capsule: capB64,
        session: session.sign({ peerId: n.peerIdBytes, protocol: DECRYPT_PROTOCOL, requestId, bodyHash: bh, issuedAt, expiresAt: issuedAt + 120_000 }),
      }
      try {
        const r = await this.call<DecryptResponse>(n, DECRYPT_PROTOCOL, req, signal)
        if (r.requestId !== requestId || r.party !== n.party) throw new Error(`answer for request ${r.requestId} from party ${r.party}`)
        if (typeof r.share !== 'string') throw new Error('answer without a share')
        const sh = tdec.parseShare(tdec.fromBase64(r.share, tdec.MAX_SHARE_LEN))
        if (sh.party !== n.party) throw new Error(`share of party ${sh.party} in the answer of party ${n.party}`)
        return { n, sh }
      } catch (e) {
        return { n, e: e instanceof NodeError ? e : new NodeError(n.party, '', (e as Error).message, n.peerId) }
      }
    }))
    const shares: tdec.Share[] = []
    let refused = 0
    for (const x of results) {
      if (x.sh) {
        shares.push(x.sh)
        continue
      }
      all.push(x.e!)
      if (REFUSAL_CODES.has(x.e!.code)) refused++
    }
    const named = (bad: tdec.BadShareError[]): string[] => {
      for (const b of bad) all.push(new NodeError(b.party, 'bad_share', `proven bad: ${b.reason}`, this.nodes.find((n) => n.party === b.party)?.peerId))
      return sortParties(bad.map((b) => b.party))
    }
    let combined: { S: Parameters<typeof tdec.openCiphertext>[1], used: string[], bad: tdec.BadShareError[] }
    try {
      combined = tdec.combine(set, capsule, shares)
    } catch (e) {
      const bad = e instanceof tdec.TooFewSharesError ? named(e.bad) : []
      if (refused > usable.length - t) {
        throw new RequestError(`decryption refused by ${refused} of ${usable.length} nodes: ${all.find((x) => REFUSAL_CODES.has(x.code))?.message}`, all, bad, true)
      }
      throw new RequestError(`decryption failed: ${(e as Error).message}`, all, bad)
    }
    const badNodes = named(combined.bad)
    let decryptedData: Uint8Array
    try {
      decryptedData = await tdec.openCiphertext(ct, combined.S)
    } catch (e) {
      throw new RequestError((e as Error).message, all, badNodes)
    }
    return { decryptedData, used: combined.used, attempts: 1, badNodes, nodeErrors: all }
  }

  /** decrypt, with the data as UTF-8 text (Lit's decryptToString). */
  async decryptToString(p: DecryptParams): Promise<string> {
    const r = await this.decrypt(p)
    return new TextDecoder().decode(r.decryptedData)
  }
}

/** Creates a client and connects it. */
export async function connect(opts: ConnectOptions): Promise<PkpnetClient> {
  const c = new PkpnetClient(opts)
  await c.connect()
  return c
}
