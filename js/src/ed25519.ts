// Ed25519 verification of node identity signatures (transcripts, presignature
// agreement). It uses the runtime's native WebCrypto Ed25519 when it has one
// (Node.js 20, Chromium 137+; detected once, with a known-answer check) and a
// pure-JS check otherwise. Both paths accept exactly the same signatures:
//   - the public key is a canonical encoding of a point that is not of small
//     order (RFC 8032 strict decoding, checked once per key, cached);
//   - the signature is 64 bytes with S < L;
//   - the cofactorless equation, as Go's crypto/ed25519 (which the nodes use)
//     and OpenSSL check it: the canonical encoding of [S]B - [k]A must equal R
//     byte for byte, k = SHA-512(R || A || M) mod L. A non-canonical or
//     mixed-order R therefore fails on both paths.
// Everything here is public (keys, messages, signatures): variable-time
// arithmetic is safe.
import { ed25519 } from '@noble/curves/ed25519.js'
import { sha512 } from '@noble/hashes/sha2.js'
import { equalBytes, toHex } from './bytes.js'

const EdPoint = ed25519.Point
type EdPt = InstanceType<typeof EdPoint>
const L: bigint = EdPoint.Fn.ORDER

function le(b: Uint8Array): bigint {
  let x = 0n
  for (let i = b.length - 1; i >= 0; i--) x = (x << 8n) | BigInt(b[i])
  return x
}

// Keys are few (one per node) and reused by every request: keep their
// decoded point (or undefined when rejected) and, natively, their CryptoKey.
const KEY_CACHE_MAX = 256
const points = new Map<string, EdPt | undefined>()
const cryptoKeys = new Map<string, Promise<CryptoKey | undefined>>()

function remember<V>(m: Map<string, V>, k: string, v: V): V {
  if (m.size >= KEY_CACHE_MAX) m.delete(m.keys().next().value as string)
  m.set(k, v)
  return v
}

/** The key's point when it is a strict, canonical, not small-order encoding; undefined otherwise. */
function keyPoint(pub: Uint8Array): EdPt | undefined {
  if (pub.length !== 32) return undefined
  const h = toHex(pub, false)
  if (points.has(h)) return points.get(h)
  let p: EdPt | undefined
  try {
    p = EdPoint.fromBytes(pub, false)
    if (p.isSmallOrder()) p = undefined
  } catch {
    p = undefined
  }
  return remember(points, h, p)
}

/** Checks a signature with pure-JS arithmetic (the fallback; also used by tests to compare both paths). */
export function verifyEd25519JS(pub: Uint8Array, msg: Uint8Array, sig: Uint8Array): boolean {
  const A = keyPoint(pub)
  if (!A || sig.length !== 64) return false
  const R = sig.subarray(0, 32)
  const S = le(sig.subarray(32))
  if (S >= L) return false
  const k = le(sha512(concat3(R, pub, msg))) % L
  const Rc = EdPoint.BASE.multiplyUnsafe(S).subtract(A.multiplyUnsafe(k))
  return equalBytes(Rc.toBytes(), R)
}

function concat3(a: Uint8Array, b: Uint8Array, c: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length + c.length)
  out.set(a, 0)
  out.set(b, a.length)
  out.set(c, a.length + b.length)
  return out
}

// RFC 8032 section 7.1, TEST 2 (one-byte message): the native path is used
// only when it accepts this signature and rejects it altered.
const KAT_PUB = '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c'
const KAT_MSG = '72'
const KAT_SIG = '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00'

function hex(s: string): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(s.length / 2)
  for (let i = 0; i < b.length; i++) b[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16)
  return b
}

type Subtle = SubtleCrypto
let native: Promise<Subtle | undefined> | undefined

async function detect(): Promise<Subtle | undefined> {
  try {
    const subtle = (globalThis as { crypto?: { subtle?: Subtle } }).crypto?.subtle
    if (!subtle || typeof subtle.importKey !== 'function' || typeof subtle.verify !== 'function') return undefined
    const key = await subtle.importKey('raw', hex(KAT_PUB), { name: 'Ed25519' }, false, ['verify'])
    const sig = hex(KAT_SIG)
    if (!(await subtle.verify({ name: 'Ed25519' }, key, sig, hex(KAT_MSG)))) return undefined
    sig[5] ^= 1
    if (await subtle.verify({ name: 'Ed25519' }, key, sig, hex(KAT_MSG))) return undefined
    return subtle
  } catch {
    return undefined
  }
}

function nativeSubtle(): Promise<Subtle | undefined> {
  native ??= detect()
  return native
}

/** Whether signatures are checked with the runtime's native Ed25519 (detected once). */
export async function nativeEd25519(): Promise<boolean> {
  return (await nativeSubtle()) !== undefined
}

function importKey(subtle: Subtle, pub: Uint8Array): Promise<CryptoKey | undefined> {
  const h = toHex(pub, false)
  const hit = cryptoKeys.get(h)
  if (hit) return hit
  const p = subtle.importKey('raw', pub.slice(), { name: 'Ed25519' }, false, ['verify']).catch(() => undefined)
  return remember(cryptoKeys, h, p)
}

/**
 * Checks an Ed25519 signature of a node identity key: natively when the
 * runtime supports it, in pure JS otherwise; same acceptance either way.
 */
export async function verifyEd25519(pub: Uint8Array, msg: Uint8Array, sig: Uint8Array): Promise<boolean> {
  // The checks the native verifier does not promise: strict key, S < L.
  if (!keyPoint(pub) || sig.length !== 64 || le(sig.subarray(32)) >= L) return false
  const subtle = await nativeSubtle()
  if (!subtle) return verifyEd25519JS(pub, msg, sig)
  const key = await importKey(subtle, pub)
  if (!key) return false
  try {
    return await subtle.verify({ name: 'Ed25519' }, key, sig.slice(), msg.slice())
  } catch {
    return false
  }
}
