// Byte helpers shared by the client's encoders (all big-endian, as Go's).

/** Thrown for malformed input (hex, sizes, encodings). */
export class FormatError extends Error {
  override name = 'FormatError'
}

const te = new TextEncoder()

export function utf8(s: string): Uint8Array<ArrayBuffer> {
  return te.encode(s)
}

export function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  let n = 0
  for (const p of parts) n += p.length
  const out = new Uint8Array(n)
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}

/** Decodes hex with or without 0x; max caps the decoded length. */
export function fromHex(s: string, max = Infinity): Uint8Array {
  const h = s.startsWith('0x') || s.startsWith('0X') ? s.slice(2) : s
  if (h.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(h)) throw new FormatError('malformed hex')
  if (h.length / 2 > max) throw new FormatError(`hex field longer than ${max} bytes`)
  const out = new Uint8Array(h.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16)
  return out
}

export function toHex(b: Uint8Array, prefix = true): string {
  let s = ''
  for (const x of b) s += x.toString(16).padStart(2, '0')
  return prefix ? '0x' + s : s
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

export function u16(n: number): Uint8Array {
  return new Uint8Array([(n >> 8) & 0xff, n & 0xff])
}

export function u32(n: number): Uint8Array {
  return new Uint8Array([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff])
}

export function u64(n: bigint | number): Uint8Array {
  let v = BigInt(n)
  if (v < 0n) v = (1n << 64n) + v
  const out = new Uint8Array(8)
  for (let i = 7; i >= 0; i--) {
    out[i] = Number(v & 0xffn)
    v >>= 8n
  }
  return out
}

/** 4-byte length prefix (the auth and entropy encodings). */
export function lp4(b: Uint8Array): Uint8Array {
  return concat(u32(b.length), b)
}

export function bytesToBigInt(b: Uint8Array): bigint {
  let v = 0n
  for (const x of b) v = (v << 8n) | BigInt(x)
  return v
}

export function bigIntTo32(v: bigint): Uint8Array {
  const out = new Uint8Array(32)
  for (let i = 31; i >= 0; i--) {
    out[i] = Number(v & 0xffn)
    v >>= 8n
  }
  return out
}

/** Canonical party order: shorter IDs first, then lexicographic (mpc.CompareParties). */
export function compareParties(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length
  return a < b ? -1 : a > b ? 1 : 0
}

export function sortParties(ids: string[]): string[] {
  return [...ids].sort(compareParties)
}

export function partiesSorted(ids: string[]): boolean {
  for (let i = 1; i < ids.length; i++) if (compareParties(ids[i - 1], ids[i]) >= 0) return false
  return true
}

export const MAX_PARTIES = 256

export function validPartyID(id: string): boolean {
  if (id.length === 0 || id.length > 3 || id[0] === '0' || !/^[0-9]+$/.test(id)) return false
  const n = Number(id)
  return n >= 1 && n <= MAX_PARTIES
}

/** Reads fields of a byte string; the first error sticks (as Go's decoders). */
export class Reader {
  private off = 0
  err: string | undefined
  constructor(private readonly b: Uint8Array) {}
  take(n: number): Uint8Array {
    if (this.err !== undefined) return new Uint8Array(n)
    if (n > this.b.length - this.off) {
      this.err = 'truncated'
      return new Uint8Array(n)
    }
    const out = this.b.subarray(this.off, this.off + n)
    this.off += n
    return out
  }
  byte(): number {
    return this.take(1)[0]
  }
  u16(): number {
    const b = this.take(2)
    return (b[0] << 8) | b[1]
  }
  /** u16 length-prefixed bytes. */
  bytes16(max: number): Uint8Array {
    const n = this.u16()
    if (this.err === undefined && n > max) this.err = `field of ${n} bytes exceeds ${max}`
    if (this.err !== undefined) return new Uint8Array(0)
    return this.take(n).slice()
  }
  rest(): number {
    return this.b.length - this.off
  }
  end(): void {
    if (this.err === undefined && this.off !== this.b.length) this.err = `${this.b.length - this.off} trailing bytes`
  }
}
