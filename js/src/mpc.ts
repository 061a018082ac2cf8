// The client's half of pkpnet's threshold ECDSA (Go: package mpc): key
// derivation, the agreed re-randomisation, share checks and combination.
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { mulAddUnsafe } from '@noble/curves/abstract/curve.js'
import { keccak_256 } from '@noble/hashes/sha3.js'
import { getAddress } from 'ethers'
import {
  FormatError, Reader, bigIntTo32, bytesToBigInt, concat, equalBytes, lp4, partiesSorted, sortParties, toHex, u16, utf8,
  validPartyID, MAX_PARTIES,
} from './bytes.js'

const Point = secp256k1.Point
type Pt = InstanceType<typeof Point>
export const N: bigint = Point.Fn.ORDER

export const DERIVE_DOMAIN = 'pkpnet/derive/v1'
export const RERAND_DOMAIN = 'pkpnet/rerand/v1'
export const ENTROPY_COMMIT_DOMAIN = 'pkpnet/entropy/commit/v1'
export const ENTROPY_DOMAIN = 'pkpnet/entropy/v1'
export const PRESIGN_ID_LEN = 32
const PRESIG_VERSION = 1
const MAX_PRESIG_SIZE = 1 + PRESIGN_ID_LEN + 33 + 2 * 32 + 2 + MAX_PARTIES * (1 + 3 + 2 * 33)

/** a mod N, in [0, N). */
export function mod(a: bigint): bigint {
  const r = a % N
  return r < 0n ? r + N : r
}

/** The inverse of a mod N (Fermat). */
export function inv(a: bigint): bigint {
  // Fermat: a^(n-2) mod n
  let r = 1n
  let b = mod(a)
  let e = N - 2n
  while (e > 0n) {
    if (e & 1n) r = (r * b) % N
    b = (b * b) % N
    e >>= 1n
  }
  return r
}

function mul(p: Pt, k: bigint): Pt {
  const s = mod(k)
  // Only public values are multiplied here (verification, combination):
  // the variable-time multiplication is safe and several times faster.
  return s === 0n ? Point.ZERO : p.multiplyUnsafe(s)
}

// Decompression (a field square root) dominates share checks, and one
// request parses the same public points many times: keep the last few.
const pointCache = new Map<string, Pt>()
const POINT_CACHE_MAX = 512

// Derived PKP keys (public): one per (root key, key ID), asked for by every
// share of a request and again by the client.
const derivedCache = new Map<string, Uint8Array>()

/** Empties the parsed-point and derived-key caches (benchmarks time cold verifications with it). */
export function clearPointCache(): void {
  pointCache.clear()
  derivedCache.clear()
}

/** Parses a 33- or 65-byte SEC1 public key; throws on bad points. */
export function parsePoint(b: Uint8Array): Pt {
  if (b.length !== 33 && b.length !== 65) throw new FormatError(`public key: want 33 or 65 bytes, got ${b.length}`)
  const k = toHex(b, false)
  const hit = pointCache.get(k)
  if (hit) return hit
  const p = Point.fromBytes(b)
  p.assertValidity()
  if (pointCache.size >= POINT_CACHE_MAX) pointCache.delete(pointCache.keys().next().value as string)
  pointCache.set(k, p)
  return p
}

/** The PKP tweak: keccak256(domain || rootPub || keyId) mod n (mpc.Tweak). */
export function tweak(rootPub: Uint8Array, keyId: Uint8Array): Uint8Array {
  parsePoint(rootPub)
  if (keyId.length !== 32) throw new FormatError('key ID must be 32 bytes')
  const t = mod(bytesToBigInt(keccak_256(concat(utf8(DERIVE_DOMAIN), rootPub, keyId))))
  if (t === 0n) throw new Error('tweak: zero tweak')
  return bigIntTo32(t)
}

/** The PKP's compressed public key: root + tweak·G (mpc.DerivePubkey). */
export function derivePubkey(rootPub: Uint8Array, keyId: Uint8Array): Uint8Array {
  const k = toHex(rootPub, false) + '/' + toHex(keyId, false)
  const hit = derivedCache.get(k)
  if (hit) return hit.slice()
  const root = parsePoint(rootPub)
  const p = root.add(Point.BASE.multiply(bytesToBigInt(tweak(rootPub, keyId))))
  if (p.equals(Point.ZERO)) throw new Error('derive: point at infinity')
  const out = p.toBytes(true)
  if (derivedCache.size >= POINT_CACHE_MAX) derivedCache.delete(derivedCache.keys().next().value as string)
  derivedCache.set(k, out.slice())
  return out
}

/** The Ethereum address (checksummed) of a public key. */
export function pubkeyAddress(pub: Uint8Array): string {
  const u = parsePoint(pub).toBytes(false)
  return getAddress(toHex(keccak_256(u.subarray(1)).subarray(12)))
}

export function samePoint(a: Uint8Array, b: Uint8Array): boolean {
  try {
    return parsePoint(a).equals(parsePoint(b))
  } catch {
    return false
  }
}

/** keccak(lp(domain) || lp(session) || lp(party) || nonce) (mpc.EntropyCommit). */
export function entropyCommit(session: string, party: string, nonce: Uint8Array): Uint8Array {
  return keccak_256(concat(lp4(utf8(ENTROPY_COMMIT_DOMAIN)), lp4(utf8(session)), lp4(utf8(party)), nonce))
}

/** The signer set's entropy from every signer's commitment and reveal (mpc.CombineEntropy). */
export function combineEntropy(session: string, signers: string[], commits: Map<string, Uint8Array>,
  reveals: Map<string, Uint8Array>): Uint8Array {
  const sorted = sortParties(signers)
  const bad: string[] = []
  const missing: string[] = []
  for (const id of sorted) {
    const c = commits.get(id)
    const r = reveals.get(id)
    if (!c || !r) missing.push(id)
    else if (!equalBytes(entropyCommit(session, id, r), c)) bad.push(id)
  }
  if (bad.length || missing.length) {
    throw new Error(`entropy: bad reveals [${bad.join(',')}], missing [${missing.join(',')}]`)
  }
  const parts: Uint8Array[] = [lp4(utf8(ENTROPY_DOMAIN)), lp4(utf8(session))]
  for (const id of sorted) parts.push(lp4(utf8(id)), reveals.get(id)!)
  return keccak_256(concat(...parts))
}

/** A presignature's public data (mpc.PresignPublic). */
export interface PresignPublic {
  id: Uint8Array
  R: Uint8Array // 33 bytes
  signers: string[] // canonical order
  rbar: Map<string, Uint8Array>
  s: Map<string, Uint8Array>
  raw: Uint8Array // the encoding it was decoded from
}

function point33(r: Reader): Uint8Array {
  const b = r.take(33)
  if (r.err !== undefined) return b
  if (b[0] !== 2 && b[0] !== 3) {
    r.err = 'point: want 33-byte compressed encoding'
    return b
  }
  try {
    parsePoint(b)
  } catch (e) {
    r.err = `point: ${(e as Error).message}`
  }
  return b.slice()
}

/** Decodes and validates the binary public data (mpc.DecodePresignPublic). */
export function decodePresignPublic(b: Uint8Array): PresignPublic {
  if (b.length > MAX_PRESIG_SIZE) throw new FormatError(`presignature public data: ${b.length} bytes exceed the ${MAX_PRESIG_SIZE} limit`)
  const r = new Reader(b)
  const v = r.byte()
  if (r.err === undefined && v !== PRESIG_VERSION) throw new FormatError(`presignature public data: unknown version ${v}`)
  const id = r.take(PRESIGN_ID_LEN).slice()
  const R = point33(r)
  const n = r.u16()
  if (r.err === undefined && (n < 1 || n > MAX_PARTIES)) r.err = `${n} signers`
  const signers: string[] = []
  const rbar = new Map<string, Uint8Array>()
  const s = new Map<string, Uint8Array>()
  for (let i = 0; i < n && r.err === undefined; i++) {
    const l = r.byte()
    const pid = new TextDecoder().decode(r.take(l))
    if (r.err !== undefined) break
    if (!validPartyID(pid)) r.err = `party ID ${JSON.stringify(pid.slice(0, 16))}`
    else if (rbar.has(pid)) r.err = `duplicate signer ${pid}`
    if (r.err !== undefined) break
    signers.push(pid)
    rbar.set(pid, point33(r))
    s.set(pid, point33(r))
  }
  r.end()
  if (r.err === undefined && !partiesSorted(signers)) r.err = 'signers not in canonical order'
  if (r.err !== undefined) throw new FormatError(`presignature public data: ${r.err}`)
  return { id, R, signers, rbar, s, raw: b.slice() }
}

/** What one signature signs (mpc.SignRequest). */
export interface SignRequest {
  rootPub: Uint8Array
  keyId: Uint8Array
  hash: Uint8Array
  entropy: Uint8Array
}

interface Online {
  Rp: Pt
  r: bigint
  mrd: bigint
  pkp: Uint8Array
  rho: bigint
}

function prepare(pub: PresignPublic, req: SignRequest): Online {
  if (req.hash.length !== 32) throw new FormatError(`sign: message hash of ${req.hash.length} bytes, want 32`)
  if (req.rootPub.length !== 33) throw new FormatError(`sign: root key of ${req.rootPub.length} bytes, want 33`)
  const pkp = derivePubkey(req.rootPub, req.keyId)
  const tw = tweak(req.rootPub, req.keyId)
  const delta = bytesToBigInt(tw)
  const m = mod(bytesToBigInt(req.hash))
  const parts: Uint8Array[] = [utf8(RERAND_DOMAIN), req.rootPub, tw, req.hash, pub.R, pub.id, u16(pub.signers.length)]
  for (const id of pub.signers) parts.push(new Uint8Array([id.length]), utf8(id))
  parts.push(req.entropy)
  const rho = mod(bytesToBigInt(keccak_256(concat(...parts))))
  if (rho === 0n) throw new Error('sign: zero re-randomizer')
  const Rp = mul(parsePoint(pub.R), rho)
  if (Rp.equals(Point.ZERO)) throw new Error("sign: R' is the identity")
  const r = mod(Rp.toAffine().x)
  if (r === 0n) throw new Error('sign: r is zero')
  return { Rp, r, mrd: mod(r * delta + m), pkp, rho }
}

/** rho, R' and r' of the re-randomisation (mpc.Rerandomize), for vectors. */
export function rerandomize(pub: PresignPublic, req: SignRequest): { rho: Uint8Array, RPrime: Uint8Array, r: Uint8Array } {
  const o = prepare(pub, req)
  return { rho: bigIntTo32(o.rho), RPrime: o.Rp.toBytes(true), r: bigIntTo32(o.r) }
}

export interface Share {
  party: string
  presignId: Uint8Array
  sigma: Uint8Array
}

/** A share's sigma with its public points, or undefined when it cannot be checked at all. */
interface Checkable { sigma: bigint, Rb: Pt, S: Pt }

function checkable(pub: PresignPublic, sh: Share): Checkable | undefined {
  const rb = pub.rbar.get(sh.party)
  const s = pub.s.get(sh.party)
  if (!rb || !s || !equalBytes(sh.presignId, pub.id) || sh.sigma.length !== 32) return undefined
  const sigma = bytesToBigInt(sh.sigma)
  if (sigma >= N) return undefined
  return { sigma, Rb: parsePoint(rb), S: parsePoint(s) }
}

// sigma·R' = (m + r'δ)·RBar_j + r'·S_j, checked as one multi-scalar
// multiplication sigma·R' - (m + r'δ)·RBar_j - r'·S_j = O (public values,
// variable time, one shared doubling chain).
function checkOne(o: Online, c: Checkable): boolean {
  return mulAddUnsafe(Point, [o.Rp, c.Rb, c.S], [c.sigma, mod(-o.mrd), mod(-o.r)]).is0()
}

function verifyOne(o: Online, pub: PresignPublic, sh: Share): boolean {
  const c = checkable(pub, sh)
  return c !== undefined && checkOne(o, c)
}

/**
 * All shares' checks at once, with random 128-bit weights c_j (c_0 = 1):
 * (Σ c_j sigma_j)·R' - Σ c_j (m + r'δ)·RBar_j - Σ c_j r'·S_j = O. Every
 * share good makes it hold; a bad share makes it fail except with
 * probability 2^-127 over (odd) weights the sender cannot know. False means
 * "check each share" (also when the runtime has no random source).
 */
function checkBatch(o: Online, cs: Checkable[]): boolean {
  const rnd = (globalThis as { crypto?: { getRandomValues?: (b: Uint8Array) => Uint8Array } }).crypto
  if (cs.length < 2 || typeof rnd?.getRandomValues !== 'function') return false
  const w = rnd.getRandomValues(new Uint8Array(16 * cs.length))
  const points: Pt[] = [o.Rp]
  const scalars: bigint[] = [0n]
  let sum = 0n
  cs.forEach((c, j) => {
    const cj = j === 0 ? 1n : bytesToBigInt(w.subarray(16 * j, 16 * j + 16)) | 1n
    sum += cj * c.sigma
    points.push(c.Rb, c.S)
    scalars.push(mod(-cj * o.mrd), mod(-cj * o.r))
  })
  scalars[0] = mod(sum)
  return mulAddUnsafe(Point, points, scalars).is0()
}

/** Shares that fail their check, and signers without one (mpc.ShareError). */
export class ShareError extends Error {
  override name = 'ShareError'
  constructor(readonly bad: string[], readonly missing: string[]) {
    super(`bad shares from [${bad.join(',')}], missing from [${missing.join(',')}]`)
  }
}

/** Checks one share against the public data: sigma·R' = (m + r'δ)·RBar_j + r'·S_j. */
export function verifyShare(pub: PresignPublic, req: SignRequest, sh: Share): boolean {
  return verifyOne(prepare(pub, req), pub, sh)
}

/**
 * Verifies every share and combines them into a 65-byte signature r || s || v
 * (v in {0,1}), low-S normalised, checked by recovery against the PKP key
 * (mpc.Combine). Throws ShareError naming bad and missing signers.
 */
export function combine(pub: PresignPublic, req: SignRequest, shares: Share[]): Uint8Array {
  const o = prepare(pub, req)
  const got = new Map<string, Share>()
  const bad: string[] = []
  const missing: string[] = []
  const toCheck: Array<{ party: string, c: Checkable }> = []
  for (const sh of shares) {
    if (got.has(sh.party) || !pub.signers.includes(sh.party)) {
      if (!validPartyID(sh.party)) throw new FormatError('combine: share from a malformed party ID')
      bad.push(sh.party)
      continue
    }
    got.set(sh.party, sh)
    const c = checkable(pub, sh)
    if (c) toCheck.push({ party: sh.party, c })
    else bad.push(sh.party)
  }
  // One batched check when all are good; on failure, each share alone
  // names the bad ones exactly as checking them one by one would.
  if (!checkBatch(o, toCheck.map((x) => x.c))) {
    for (const x of toCheck) if (!checkOne(o, x.c)) bad.push(x.party)
  }
  let s = 0n
  for (const id of pub.signers) {
    const sh = got.get(id)
    if (!sh) {
      missing.push(id)
      continue
    }
    s = mod(s + bytesToBigInt(sh.sigma))
  }
  if (bad.length || missing.length) throw new ShareError([...new Set(sortParties(bad))], missing)
  if (s === 0n) throw new Error('combine: s is zero')
  const rp = o.Rp.toBytes(true)
  const rb = bigIntTo32(o.r)
  if (!equalBytes(rp.subarray(1), rb)) throw new Error("combine: x(R') exceeds the group order")
  let v = rp[0] - 2
  if (s > N >> 1n) {
    s = N - s
    v ^= 1
  }
  const sig = concat(rb, bigIntTo32(s), new Uint8Array([v]))
  verifySignature(o.pkp, req.hash, sig)
  return sig
}

/** Checks that sig (r || s || v, v in {0,1} or {27,28}) recovers to pub's address. */
export function verifySignature(pub: Uint8Array, hash: Uint8Array, sig: Uint8Array): void {
  if (sig.length !== 65 || hash.length !== 32) throw new FormatError('verify: want a 65-byte signature and a 32-byte hash')
  const v = sig[64] >= 27 ? sig[64] - 27 : sig[64]
  const rec = secp256k1.Signature.fromBytes(sig.subarray(0, 64), 'compact').addRecoveryBit(v).recoverPublicKey(hash)
  const got = pubkeyAddress(rec.toBytes(true))
  const want = pubkeyAddress(pub)
  if (got !== want) throw new Error(`verify: signature recovers ${got}, want ${want}`)
}
