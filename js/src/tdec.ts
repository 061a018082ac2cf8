// Threshold decryption, the client's half (Go: package tdec; docs/crypto.md
// §11): identity-bound ECIES to the network encryption key with a Schnorr
// proof of knowledge of r, DLEQ-checked decryption shares, Lagrange
// combination, and the binary encodings, byte for byte as Go writes them.
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { hkdf } from '@noble/hashes/hkdf.js'
import { bigIntTo32, bytesToBigInt, concat, equalBytes, sortParties, u16, u32, utf8 } from './bytes.js'
import { inv, mod } from './mpc.js'

const Point = secp256k1.Point
type Pt = InstanceType<typeof Point>
const N: bigint = Point.Fn.ORDER

export const VERSION1 = 1
/** Access kinds: Lit-format access conditions (JSON), or one action's CID. */
export const ACCESS_CONDITIONS = 1
export const ACCESS_ACTION = 2

export const POINT_LEN = 33
export const MAX_ACCESS_LEN = 16 << 10
export const MAX_PLAINTEXT = 1 << 20
const SALT_LEN = 32
const NONCE_LEN = 12
const TAG_LEN = 16
export const MAX_SEALED_LEN = SALT_LEN + MAX_PLAINTEXT + TAG_LEN
export const MAX_CIPHERTEXT = 1 + 1 + 2 + MAX_ACCESS_LEN + 32 + POINT_LEN + 64 + NONCE_LEN + 4 + MAX_SEALED_LEN
export const MAX_PARTY_ID_LEN = 32
export const MAX_SHARE_LEN = 1 + 1 + MAX_PARTY_ID_LEN + POINT_LEN + 64
export const MAX_CAPSULE_LEN = 1 + 1 + 2 + MAX_ACCESS_LEN + 32 + POINT_LEN + 32 + 64

const TAG_IDENTITY = 'pkpnet/tdec/identity/v1'
const TAG_TWEAK = 'pkpnet/tdec/tweak/v1'
const TAG_DATA = 'pkpnet/tdec/data/v1'
const TAG_POK = 'pkpnet/tdec/pok/v1'
const TAG_AEAD = 'pkpnet/tdec/aead/v1'
const TAG_BODY = 'pkpnet/tdec/body/v1'
const TAG_DLEQ = 'pkpnet/tdec/dleq/v1'

/** What a ciphertext is encrypted under. */
export interface Access {
  kind: number
  value: Uint8Array // conditions JSON (as given) or the action's CID
}

/** The part of a ciphertext that its AEAD authenticates and its proof covers. */
export interface Header {
  access: Access
  dataHash: Uint8Array // 32
  c1: Uint8Array // r*G, compressed
}

export interface Capsule extends Header {
  bodyHash: Uint8Array
  e: Uint8Array
  z: Uint8Array
}

export interface Ciphertext extends Header {
  e: Uint8Array
  z: Uint8Array
  nonce: Uint8Array
  sealed: Uint8Array // AES-256-GCM of salt || plaintext
}

/** A node's decryption share D = (x_j + delta_id)*C1 with its DLEQ proof. */
export interface Share {
  party: string
  d: Uint8Array
  e: Uint8Array
  z: Uint8Array
}

/** The public side of the network encryption key. */
export interface KeySet {
  public: Uint8Array
  threshold: number
  shares: Map<string, Uint8Array> // party -> X_j
}

/** A share that failed its proof, and the party that sent it. */
export class BadShareError extends Error {
  override name = 'BadShareError'
  constructor (readonly party: string, readonly reason: string) {
    super(`decryption share of party ${party} is bad: ${reason}`)
  }
}

/** Fewer than T shares verified; bad lists the rejected ones. */
export class TooFewSharesError extends Error {
  override name = 'TooFewSharesError'
  constructor (message: string, readonly bad: BadShareError[]) {
    super(message)
  }
}

// --- group helpers ---------------------------------------------------------

/** Variable-time multiplication for public scalars (zero allowed). */
function mulPub (k: bigint, p: Pt): Pt {
  return k === 0n ? Point.ZERO : p.multiplyUnsafe(k)
}

export function parsePoint (b: Uint8Array): Pt {
  if (b.length !== POINT_LEN) throw new Error(`point of ${b.length} bytes, want ${POINT_LEN} (compressed)`)
  try {
    return Point.fromBytes(b)
  } catch (e) {
    throw new Error(`bad point: ${(e as Error).message}`)
  }
}

function encodePoint (p: Pt): Uint8Array | undefined {
  return p.is0() ? undefined : p.toBytes(true)
}

/** The encoding, or 33 zero bytes (never a valid point) at infinity, as Go's mustEncode. */
function mustEncode (p: Pt): Uint8Array {
  return encodePoint(p) ?? new Uint8Array(POINT_LEN)
}

class Transcript {
  private parts: Uint8Array[] = []
  constructor (tag: string) { this.add(utf8(tag)) }
  add (b: Uint8Array): this {
    this.parts.push(u32(b.length), b)
    return this
  }

  sum (): Uint8Array { return sha256(concat(...this.parts)) }
  scalar (): bigint {
    const s = mod(bytesToBigInt(this.sum()))
    if (s === 0n) throw new Error('hash to scalar gave zero')
    return s
  }
}

function parseScalar (b: Uint8Array): bigint {
  if (b.length !== 32) throw new Error(`scalar of ${b.length} bytes, want 32`)
  const s = bytesToBigInt(b)
  if (s >= N) throw new Error('scalar not below the group order')
  return s
}

/** A source of random bytes: n bytes per call. */
export type RandomSource = (n: number) => Uint8Array

export const cryptoRandom: RandomSource = (n) => {
  const b = new Uint8Array(n)
  crypto.getRandomValues(b)
  return b
}

/** Draws a uniform non-zero scalar: 32 bytes, drawn again while >= q or zero (as Go's tdec). */
function randomScalar (rnd: RandomSource): bigint {
  for (;;) {
    const b = rnd(32)
    if (b.length !== 32) throw new Error('random source gave a short read')
    const s = bytesToBigInt(b)
    if (s !== 0n && s < N) return s
  }
}

// --- access, identity ------------------------------------------------------

export function validateAccess (a: Access): void {
  if (a.kind !== ACCESS_CONDITIONS && a.kind !== ACCESS_ACTION) throw new Error(`unknown access kind ${a.kind}`)
  if (a.value.length === 0 || a.value.length > MAX_ACCESS_LEN) throw new Error(`access value of ${a.value.length} bytes, want 1..${MAX_ACCESS_LEN}`)
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(a.value)
  } catch {
    throw new Error('access value is not UTF-8')
  }
}

/** H(tag, kind, value, dataHash): the identity a ciphertext's key is derived for. */
export function identity (a: Access, dataHash: Uint8Array): Uint8Array {
  return new Transcript(TAG_IDENTITY).add(new Uint8Array([a.kind])).add(a.value).add(dataHash).sum()
}

function tweak (pub: Uint8Array, id: Uint8Array): bigint {
  return new Transcript(TAG_TWEAK).add(pub).add(id).scalar()
}

/** P_id = P + delta_id*G, compressed. */
export function identityKey (pub: Uint8Array, id: Uint8Array): Uint8Array {
  const P = parsePoint(pub)
  const b = encodePoint(P.add(Point.BASE.multiply(tweak(pub, id))))
  if (!b) throw new Error('identity key is the point at infinity')
  return b
}

function bodyHashOf (nonce: Uint8Array, sealed: Uint8Array): Uint8Array {
  return new Transcript(TAG_BODY).add(nonce).add(sealed).sum()
}

export function capsuleOf (c: Ciphertext): Capsule {
  return { access: c.access, dataHash: c.dataHash, c1: c.c1, bodyHash: bodyHashOf(c.nonce, c.sealed), e: c.e, z: c.z }
}

function pokChallenge (pub: Uint8Array, h: Header, A: Uint8Array, body: Uint8Array): bigint {
  return new Transcript(TAG_POK).add(pub).add(new Uint8Array([VERSION1, h.access.kind])).add(h.access.value)
    .add(h.dataHash).add(h.c1).add(A).add(body).scalar()
}

/** Checks the capsule's proof of knowledge of r (C1 = r*G) under the network key pub. */
export function verifyProof (c: Capsule, pub: Uint8Array): void {
  validateAccess(c.access)
  const C1 = parsePoint(c.c1)
  const e = parseScalar(c.e)
  const z = parseScalar(c.z)
  const A = encodePoint(mulPub(z, Point.BASE).add(mulPub(e, C1).negate()))
  if (!A) throw new Error('proof: bad commitment')
  if (pokChallenge(pub, c, A, c.bodyHash) !== e) throw new Error("the ciphertext's proof of knowledge does not verify for its identity")
}

async function aesKey (raw: Uint8Array, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new Uint8Array(raw), { name: 'AES-GCM' }, false, [usage])
}

function aeadKey (S: Pt, c1: Uint8Array, id: Uint8Array): Uint8Array {
  const s = encodePoint(S)
  if (!s) throw new Error('shared secret is the point at infinity')
  return hkdf(sha256, s, c1, concat(utf8(TAG_AEAD), id), 32)
}

/**
 * Encrypts plaintext under the network key pub for access (no network
 * round trip). rnd defaults to crypto.getRandomValues; the test vectors
 * pass a fixed stream (read order: salt(32), r, nonce(12), k).
 */
export async function encrypt (pub: Uint8Array, access: Access, plaintext: Uint8Array, rnd: RandomSource = cryptoRandom): Promise<Ciphertext> {
  validateAccess(access)
  if (plaintext.length > MAX_PLAINTEXT) throw new Error(`plaintext of ${plaintext.length} bytes, limit ${MAX_PLAINTEXT}`)
  parsePoint(pub)
  const salt = rnd(SALT_LEN)
  const acc = { kind: access.kind, value: new Uint8Array(access.value) }
  const dataHash = new Transcript(TAG_DATA).add(salt).add(plaintext).sum()
  const id = identity(acc, dataHash)
  const Pid = parsePoint(identityKey(pub, id))
  const r = randomScalar(rnd)
  const c1 = mustEncode(Point.BASE.multiply(r))
  const key = aeadKey(Pid.multiply(r), c1, id)
  const nonce = rnd(NONCE_LEN)
  const h: Header = { access: acc, dataHash, c1 }
  const msg = concat(salt, plaintext)
  const k = await aesKey(key, 'encrypt')
  key.fill(0)
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(nonce), additionalData: new Uint8Array(encodeHeader(h)), tagLength: 128 }, k, msg))
  msg.fill(0)
  const kk = randomScalar(rnd)
  const A = mustEncode(Point.BASE.multiply(kk))
  const e = pokChallenge(pub, h, A, bodyHashOf(nonce, sealed))
  const z = mod(e * r + kk)
  return { ...h, e: bigIntTo32(e), z: bigIntTo32(z), nonce, sealed }
}

// --- encodings ---------------------------------------------------------------

export function encodeHeader (h: Header): Uint8Array {
  return concat(new Uint8Array([VERSION1, h.access.kind]), u16(h.access.value.length), h.access.value, h.dataHash, h.c1)
}

class Reader {
  private off = 0
  err = ''
  constructor (private readonly b: Uint8Array) {}
  take (n: number): Uint8Array {
    if (this.err) return new Uint8Array(0)
    if (n < 0 || n > this.b.length - this.off) {
      this.err = 'truncated'
      return new Uint8Array(0)
    }
    const v = this.b.slice(this.off, this.off + n)
    this.off += n
    return v
  }

  byte1 (): number { const v = this.take(1); return v.length ? v[0] : 0 }
  uint (n: 2 | 4): number { const v = this.take(n); return v.length ? Number(bytesToBigInt(v)) : 0 }
  end (): void {
    if (this.err) throw new Error(this.err)
    if (this.off !== this.b.length) throw new Error(`${this.b.length - this.off} trailing bytes`)
  }

  check (): void { if (this.err) throw new Error(this.err) }
}

function decodeHeader (r: Reader): Header {
  const v = r.byte1()
  r.check()
  if (v !== VERSION1) throw new Error(`unknown version ${v}`)
  const kind = r.byte1()
  const n = r.uint(2)
  r.check()
  if (n > MAX_ACCESS_LEN) throw new Error(`access of ${n} bytes, limit ${MAX_ACCESS_LEN}`)
  const h: Header = { access: { kind, value: r.take(n) }, dataHash: r.take(32), c1: r.take(POINT_LEN) }
  r.check()
  validateAccess(h.access)
  try {
    parsePoint(h.c1)
  } catch (e) {
    throw new Error(`C1: ${(e as Error).message}`)
  }
  return h
}

function wrap<T> (what: string, f: () => T): T {
  try {
    return f()
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message}`)
  }
}

export function encodeCiphertext (c: Ciphertext): Uint8Array {
  if (c.sealed.length > MAX_SEALED_LEN) throw new Error('sealed body too large')
  return concat(encodeHeader(c), c.e, c.z, c.nonce, u32(c.sealed.length), c.sealed)
}

/** Decodes an encoded ciphertext and checks its structure (not its proof: that needs the network key). */
export function parseCiphertext (b: Uint8Array): Ciphertext {
  if (b.length > MAX_CIPHERTEXT) throw new Error(`ciphertext: ${b.length} bytes, limit ${MAX_CIPHERTEXT}`)
  return wrap('ciphertext', () => {
    const r = new Reader(b)
    const h = decodeHeader(r)
    const e = r.take(32)
    const z = r.take(32)
    const nonce = r.take(NONCE_LEN)
    const n = r.uint(4)
    r.check()
    if (n < SALT_LEN + TAG_LEN || n > MAX_SEALED_LEN) throw new Error(`sealed body of ${n} bytes, want ${SALT_LEN + TAG_LEN}..${MAX_SEALED_LEN}`)
    const sealed = r.take(n)
    r.end()
    return { ...h, e, z, nonce, sealed }
  })
}

export function encodeCapsule (c: Capsule): Uint8Array {
  return concat(encodeHeader(c), c.bodyHash, c.e, c.z)
}

export function parseCapsule (b: Uint8Array): Capsule {
  if (b.length > MAX_CAPSULE_LEN) throw new Error(`capsule: ${b.length} bytes, limit ${MAX_CAPSULE_LEN}`)
  return wrap('capsule', () => {
    const r = new Reader(b)
    const h = decodeHeader(r)
    const c = { ...h, bodyHash: r.take(32), e: r.take(32), z: r.take(32) }
    r.end()
    return c
  })
}

export function checkPartyID (id: string): void {
  const b = utf8(id)
  if (b.length === 0 || b.length > MAX_PARTY_ID_LEN) throw new Error(`party ID of ${b.length} bytes, want 1..${MAX_PARTY_ID_LEN}`)
  const x = bytesToBigInt(b)
  if (x === 0n || x >= N) throw new Error(`party ID ${JSON.stringify(id)} is not a non-zero scalar`)
}

function idScalar (id: string): bigint {
  return bytesToBigInt(utf8(id))
}

export function encodeShare (s: Share): Uint8Array {
  checkPartyID(s.party)
  const p = utf8(s.party)
  return concat(new Uint8Array([VERSION1, p.length]), p, s.d, s.e, s.z)
}

/** Decodes an encoded share (not its proof: verifyShare). */
export function parseShare (b: Uint8Array): Share {
  if (b.length > MAX_SHARE_LEN) throw new Error(`share: ${b.length} bytes, limit ${MAX_SHARE_LEN}`)
  return wrap('share', () => {
    const r = new Reader(b)
    const v = r.byte1()
    r.check()
    if (v !== VERSION1) throw new Error(`unknown version ${v}`)
    const n = r.byte1()
    const pb = r.take(n)
    const s: Share = { party: '', d: r.take(POINT_LEN), e: r.take(32), z: r.take(32) }
    r.end()
    try {
      s.party = new TextDecoder('utf-8', { fatal: true }).decode(pb)
    } catch {
      throw new Error('party ID is not UTF-8')
    }
    checkPartyID(s.party)
    wrap('D', () => parsePoint(s.d))
    return s
  })
}

// --- key set ----------------------------------------------------------------

function lagrangeAt (set: string[], j: string, x: bigint): bigint {
  const xj = idScalar(j)
  let num = 1n
  let den = 1n
  for (const m of set) {
    if (m === j) continue
    const xm = idScalar(m)
    num = mod(num * (x - xm))
    const d = mod(xj - xm)
    if (d === 0n) throw new Error(`duplicate party ${m}`)
    den = mod(den * d)
  }
  return mod(num * inv(den))
}

/** The key set's parties in pkpnet's order. */
export function keySetParties (k: KeySet): string[] {
  return sortParties([...k.shares.keys()])
}

/** Checks that the public shares lie on one polynomial of degree T-1 through the key. */
export function validateKeySet (k: KeySet): void {
  const P = wrap('network key', () => parsePoint(k.public))
  if (!Number.isInteger(k.threshold) || k.threshold < 1 || k.threshold > k.shares.size) throw new Error(`threshold ${k.threshold} of ${k.shares.size} public shares`)
  const ids = keySetParties(k)
  const pts = new Map<string, Pt>()
  for (const id of ids) {
    checkPartyID(id)
    pts.set(id, wrap(`public share of ${id}`, () => parsePoint(k.shares.get(id)!)))
  }
  const base = ids.slice(0, k.threshold)
  const at = (x: bigint): Pt => base.reduce((acc, j) => acc.add(mulPub(lagrangeAt(base, j, x), pts.get(j)!)), Point.ZERO)
  if (!at(0n).equals(P)) throw new Error('public shares do not interpolate to the network key')
  for (const j of ids.slice(k.threshold)) {
    if (!at(idScalar(j)).equals(pts.get(j)!)) throw new Error(`public share of ${j} is not on the key's polynomial`)
  }
}

/** P || X_1 || ... || X_n (PubkeyRouter.encryptionKeySet), the public shares in party order. */
export function encodeKeySet (k: KeySet): Uint8Array {
  return concat(k.public, ...keySetParties(k).map((id) => k.shares.get(id)!))
}

/** Reads an on-chain key set for parties (the epoch's node set, in pkpnet's order) and threshold T, and validates it. */
export function decodeKeySet (b: Uint8Array, parties: string[], threshold: number): KeySet {
  if (parties.length === 0 || b.length !== POINT_LEN * (1 + parties.length)) throw new Error(`key set of ${b.length} bytes for ${parties.length} parties`)
  const k: KeySet = { public: b.slice(0, POINT_LEN), threshold, shares: new Map() }
  parties.forEach((id, i) => k.shares.set(id, b.slice(POINT_LEN * (i + 1), POINT_LEN * (i + 2))))
  if (k.shares.size !== parties.length) throw new Error('duplicate party in the key set')
  validateKeySet(k)
  return k
}

function dleqChallenge (party: string, Y: Uint8Array, C1: Uint8Array, D: Uint8Array, A1: Uint8Array, A2: Uint8Array): bigint {
  return new Transcript(TAG_DLEQ).add(utf8(party)).add(Y).add(C1).add(D).add(A1).add(A2).scalar()
}

/** Checks sh's DLEQ proof against its node's public share moved by the capsule's tweak; a BadShareError names the node. */
export function verifyShare (k: KeySet, c: Capsule, sh: Share): void {
  const bad = (reason: string): never => { throw new BadShareError(sh.party, reason) }
  const X = k.shares.get(sh.party)
  if (!X) bad('not a party of the key set')
  let Xp: Pt, D: Pt, e: bigint, z: bigint
  try {
    Xp = parsePoint(X!)
  } catch (err) {
    return bad(`public share: ${(err as Error).message}`)
  }
  const C1 = wrap('C1', () => parsePoint(c.c1))
  try {
    D = parsePoint(sh.d)
    e = parseScalar(sh.e)
    z = parseScalar(sh.z)
  } catch (err) {
    return bad((err as Error).message)
  }
  const d = tweak(k.public, identity(c.access, c.dataHash))
  const Yp = Xp.add(Point.BASE.multiply(d))
  const A1 = mustEncode(mulPub(z, Point.BASE).add(mulPub(e, Yp).negate()))
  const A2 = mustEncode(mulPub(z, C1).add(mulPub(e, D).negate()))
  if (dleqChallenge(sh.party, mustEncode(Yp), c.c1, sh.d, A1, A2) !== e) bad('DLEQ proof does not verify')
}

/**
 * A node's decryption share with its DLEQ proof (what a node computes; here
 * for the shared test vectors and tests). The caller checks the access.
 */
export function decryptShare (self: string, secret: Uint8Array, k: KeySet, c: Capsule, rnd: RandomSource = cryptoRandom): Share {
  verifyProof(c, k.public)
  const x = parseScalar(secret)
  const X = k.shares.get(self)
  if (!X || !equalBytes(Point.BASE.multiply(x).toBytes(true), X)) throw new Error("secret share does not match this party's public share")
  const C1 = parsePoint(c.c1)
  const xi = mod(x + tweak(k.public, identity(c.access, c.dataHash)))
  const D = mustEncode(C1.multiply(xi))
  const Y = mustEncode(Point.BASE.multiply(xi))
  const kk = randomScalar(rnd)
  const e = dleqChallenge(self, Y, c.c1, D, mustEncode(Point.BASE.multiply(kk)), mustEncode(C1.multiply(kk)))
  return { party: self, d: D, e: bigIntTo32(e), z: bigIntTo32(mod(e * xi + kk)) }
}

/**
 * Verifies the shares, drops and reports bad ones, combines T good ones
 * (the first T in party order) and opens c. Throws TooFewSharesError when
 * fewer than T verify; bad lists every rejected share either way.
 */
export async function decrypt (k: KeySet, c: Ciphertext, shares: Share[]): Promise<{ plaintext: Uint8Array, used: string[], bad: BadShareError[] }> {
  validateKeySet(k)
  const capsule = capsuleOf(c)
  verifyProof(capsule, k.public)
  const { S, used, bad } = combine(k, capsule, shares)
  return { plaintext: await openWith(c, S), used, bad }
}

/** Opens c with the combined shared secret S (combine's result) and checks the data hash. */
export async function openCiphertext (c: Ciphertext, S: Pt): Promise<Uint8Array> {
  return openWith(c, S)
}

/** The combination step alone: S = sum of lambda_j * D_j over T verified shares. */
export function combine (k: KeySet, c: Capsule, shares: Share[]): { S: Pt, used: string[], bad: BadShareError[] } {
  const bad: BadShareError[] = []
  const good = new Map<string, Share>()
  for (const sh of shares) {
    if (!sh || good.has(sh.party)) continue
    try {
      verifyShare(k, c, sh)
    } catch (e) {
      if (e instanceof BadShareError) {
        bad.push(e)
        continue
      }
      throw e
    }
    good.set(sh.party, sh)
  }
  if (good.size < k.threshold) {
    let msg = `fewer verified decryption shares than the threshold: ${good.size} verified of ${k.threshold} needed`
    if (bad.length) msg += '; bad shares from ' + bad.map((b) => b.party).join(', ')
    throw new TooFewSharesError(msg, bad)
  }
  const used = sortParties([...good.keys()]).slice(0, k.threshold)
  let S = Point.ZERO
  for (const j of used) S = S.add(mulPub(lagrangeAt(used, j, 0n), parsePoint(good.get(j)!.d)))
  return { S, used, bad }
}

async function openWith (c: Ciphertext, S: Pt): Promise<Uint8Array> {
  const id = identity(c.access, c.dataHash)
  const raw = aeadKey(S, c.c1, id)
  const key = await aesKey(raw, 'decrypt')
  raw.fill(0)
  let msg: Uint8Array
  try {
    msg = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(c.nonce), additionalData: new Uint8Array(encodeHeader(c)), tagLength: 128 }, key, new Uint8Array(c.sealed)))
  } catch {
    throw new Error('decryption failed: the combined key does not open the ciphertext')
  }
  if (msg.length < SALT_LEN) throw new Error('decryption failed: short message')
  const dh = new Transcript(TAG_DATA).add(msg.subarray(0, SALT_LEN)).add(msg.subarray(SALT_LEN)).sum()
  if (!equalBytes(dh, c.dataHash)) {
    msg.fill(0)
    throw new Error('decryption failed: the data hash does not match')
  }
  return msg.slice(SALT_LEN)
}

// --- base64 (Go's encoding/json []byte and the CLI's ciphertext format) -------

export function toBase64 (b: Uint8Array): string {
  let s = ''
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000))
  return btoa(s)
}

export function fromBase64 (s: string, max = Infinity): Uint8Array {
  const t = s.trim()
  if (t.length > Math.ceil(max / 3) * 4 + 4) throw new Error(`base64 of ${t.length} characters exceeds ${max} bytes`)
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 !== 0) throw new Error('not base64')
  const bin = atob(t)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}
