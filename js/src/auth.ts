// Session authentication (docs/auth.md): a SIWE message with a ReCap that
// delegates to an ephemeral ed25519 session key, signed once by the wallet;
// the session key then signs every request for every node.
import { ed25519 } from '@noble/curves/ed25519.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { concat, lp4, toHex, u64, utf8, fromHex } from './bytes.js'

export const ABILITY_EXECUTE = 'pkpnet/execute'
export const ABILITY_PKP_SIGN = 'pkpnet/pkp-sign'
/** Threshold decryption shares (/pkpnet/decrypt/1.0.0); caveats do not apply. */
export const ABILITY_DECRYPT = 'pkpnet/decrypt'
export const SIGNING_DOMAIN = 'pkpnet/session-request/v1'
export const DERIVED_VIA = 'web3.eth.personal.sign'
export const MAX_SESSION_LIFETIME_MS = 24 * 3600 * 1000
export const MAX_REQUEST_WINDOW_MS = 5 * 60 * 1000

/** A restriction of an ability; {} is unrestricted. */
export interface Caveat {
  actions?: string[] // CIDv0s
  tokenIds?: string[] // decimal
}

/** Lit's AuthSig shape. */
export interface AuthSig {
  sig: string
  derivedVia: string
  signedMessage: string
  address: string
}

/** What travels in every request (wire.Common.Session). */
export interface SessionSig {
  authSig: AuthSig
  sig: string
  issuedAt: number
  expiresAt: number
}

export function networkURI(network: string): string {
  return 'pkpnet://' + network
}

export function sessionResource(network: string, sessionKey: Uint8Array): string {
  return networkURI(network) + '/session/ed25519:' + toHex(sessionKey, false)
}

function canonicalCaveat(c: Caveat): string {
  // Go's struct order: actions, then tokenIds; omitted when absent.
  const parts: string[] = []
  if (c.actions !== undefined) parts.push('"actions":' + JSON.stringify(c.actions))
  if (c.tokenIds !== undefined) parts.push('"tokenIds":' + JSON.stringify(c.tokenIds))
  return '{' + parts.join(',') + '}'
}

/** The canonical recap JSON (sorted keys, no whitespace), as Go's json.Marshal writes it. */
export function recapJSON(network: string, sessionKey: Uint8Array, abilities: Record<string, Caveat[]>): string {
  const abs = Object.keys(abilities).sort()
  const inner = abs.map((a) => JSON.stringify(a) + ':[' + abilities[a].map(canonicalCaveat).join(',') + ']').join(',')
  return '{"att":{' + JSON.stringify(sessionResource(network, sessionKey)) + ':{' + inner + '}},"prf":[]}'
}

function base64url(b: Uint8Array): string {
  let s = ''
  for (const x of b) s += String.fromCharCode(x)
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** urn:recap: + base64url without padding of the canonical JSON. */
export function encodeRecap(network: string, sessionKey: Uint8Array, abilities: Record<string, Caveat[]>): string {
  return 'urn:recap:' + base64url(utf8(recapJSON(network, sessionKey, abilities)))
}

/** The EIP-5573 statement the recap implies (auth.RecapStatement). */
export function recapStatement(network: string, sessionKey: Uint8Array, abilities: string[]): string {
  const names = abilities.map((a) => "'" + a.replace(/^pkpnet\//, '') + "'").sort()
  return "I further authorize the stated URI to perform the following actions on my behalf: (1) 'pkpnet': " +
    names.join(', ') + " for '" + sessionResource(network, sessionKey) + "'."
}

export interface SiweFields {
  domain: string
  address: string // checksummed
  statement: string
  uri: string
  chainId: number | bigint
  nonce: string
  issuedAt: Date
  expirationTime: Date
  resources: string[]
}

function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** The EIP-4361 text (auth.Message.String). */
export function siweMessage(m: SiweFields): string {
  let s = `${m.domain} wants you to sign in with your Ethereum account:\n${m.address}\n\n`
  if (m.statement) s += m.statement + '\n'
  s += '\n'
  s += `URI: ${m.uri}\nVersion: 1\nChain ID: ${m.chainId}\nNonce: ${m.nonce}\nIssued At: ${isoSeconds(m.issuedAt)}`
  s += `\nExpiration Time: ${isoSeconds(m.expirationTime)}`
  if (m.resources.length) s += '\nResources:' + m.resources.map((r) => '\n- ' + r).join('')
  return s
}

/** Request kinds whose body a session signature covers. */
export type Body =
  | { kind: 'execute', requestId: string, epoch: bigint | number, coordinator: string, nodes: string[], code?: string, ipfsId?: string, jsParams?: string }
  | { kind: 'pkp-sign', requestId: string, epoch: bigint | number, coordinator: string, nodes: string[], toSign: string, pubKey: string }
  | { kind: 'decrypt', requestId: string, epoch: bigint | number, coordinator: string, nodes: string[], capsule: Uint8Array }

/** sha256 of the request fields (auth.Body.Hash); jsParams is the raw JSON as sent. */
export function bodyHash(b: Body): Uint8Array {
  const parts: Uint8Array[] = [lp4(utf8(b.requestId)), lp4(u64(b.epoch)), lp4(utf8(b.coordinator)), lp4(u64(b.nodes.length))]
  for (const n of b.nodes) parts.push(lp4(utf8(n)))
  if (b.kind === 'execute') {
    parts.push(lp4(utf8(b.code ?? '')), lp4(utf8(b.ipfsId ?? '')), lp4(utf8(b.jsParams ?? '')))
  } else if (b.kind === 'pkp-sign') {
    parts.push(lp4(utf8(b.toSign)), lp4(utf8(b.pubKey)))
  } else {
    parts.push(lp4(b.capsule))
  }
  return sha256(concat(...parts))
}

export interface RequestBinding {
  network: string
  peerId: Uint8Array // the receiving node's binary peer ID
  protocol: string
  requestId: string
  bodyHash: Uint8Array
  issuedAt: number
  expiresAt: number
}

/** The bytes the session key signs (auth.RequestBinding.SigningBytes). */
export function signingBytes(r: RequestBinding): Uint8Array {
  return concat(lp4(utf8(SIGNING_DOMAIN)), lp4(utf8(r.network)), lp4(r.peerId), lp4(utf8(r.protocol)),
    lp4(utf8(r.requestId)), lp4(r.bodyHash), lp4(u64(r.issuedAt)), lp4(u64(r.expiresAt)))
}

/** Signs a message with EIP-191 personal_sign (an ethers Signer fits). */
export interface WalletSigner {
  getAddress(): Promise<string>
  signMessage(message: string): Promise<string>
}

/**
 * A session: the wallet's signed authorisation and the session key. The
 * session key is a secret: it never appears in errors or logs.
 */
export class Session {
  readonly #key: Uint8Array
  constructor(readonly authSig: AuthSig, key: Uint8Array, readonly network: string, readonly expiration: Date) {
    if (key.length !== 32) throw new Error('session: bad session key size')
    this.#key = key
  }
  get publicKey(): Uint8Array {
    return ed25519.getPublicKey(this.#key)
  }
  /** The session signature for one node and request. */
  sign(r: Omit<RequestBinding, 'network'>): SessionSig {
    const exp = Math.min(r.expiresAt, this.expiration.getTime())
    const sig = ed25519.sign(signingBytes({ ...r, network: this.network, expiresAt: exp }), this.#key)
    return { authSig: this.authSig, sig: toHex(sig), issuedAt: r.issuedAt, expiresAt: exp }
  }
  toJSON(): object {
    return { authSig: this.authSig, network: this.network, expiration: this.expiration.toISOString() }
  }
}

export interface SessionParams {
  network: string
  chainId: number | bigint
  domain?: string
  /** Lifetime in ms, at most 24 h (default). */
  lifetimeMs?: number
  abilities?: Record<string, Caveat[]>
  now?: Date
  /** Testing only: a fixed session key seed and nonce (vectors). */
  sessionKeySeed?: Uint8Array
  nonce?: string
}

function randomNonce(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  const b = new Uint8Array(16)
  crypto.getRandomValues(b)
  return Array.from(b, (x) => alphabet[x % alphabet.length]).join('')
}

/** Builds the session message for address; the caller's wallet signs it once. */
export function sessionMessage(address: string, p: SessionParams): { message: string, key: Uint8Array, expiration: Date } {
  const lifetime = p.lifetimeMs ?? MAX_SESSION_LIFETIME_MS
  if (lifetime <= 0 || lifetime > MAX_SESSION_LIFETIME_MS) throw new Error('session: lifetime must be within 24 h')
  const abilities = p.abilities ?? { [ABILITY_EXECUTE]: [{}], [ABILITY_PKP_SIGN]: [{}] }
  const key = p.sessionKeySeed ?? ed25519.utils.randomSecretKey()
  const pub = ed25519.getPublicKey(key)
  const now = new Date(Math.floor((p.now ?? new Date()).getTime() / 1000) * 1000)
  const expiration = new Date(now.getTime() + lifetime)
  const message = siweMessage({
    domain: p.domain ?? 'localhost', address, statement: recapStatement(p.network, pub, Object.keys(abilities)),
    uri: networkURI(p.network), chainId: p.chainId, nonce: p.nonce ?? randomNonce(), issuedAt: now, expirationTime: expiration,
    resources: [encodeRecap(p.network, pub, abilities)],
  })
  return { message, key, expiration }
}

/** Creates a session: the wallet signs the authorisation once. */
export async function createSession(wallet: WalletSigner, p: SessionParams): Promise<Session> {
  const address = await wallet.getAddress()
  const { message, key, expiration } = sessionMessage(address, p)
  const sig = await wallet.signMessage(message)
  return new Session({ sig, derivedVia: DERIVED_VIA, signedMessage: message, address }, key, p.network, expiration)
}

export { fromHex }
