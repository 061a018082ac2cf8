// CIDv0 of an inline action, as `ipfs add --cid-version=0` computes it for a
// single chunk (runtime.ActionCID): a dag-pb node holding a UnixFS file.
import { sha256 } from '@noble/hashes/sha2.js'
import { base32 } from 'multiformats/bases/base32'
import { base36 } from 'multiformats/bases/base36'
import { base58btc } from 'multiformats/bases/base58'
import { CID } from 'multiformats/cid'
import { concat, utf8 } from './bytes.js'

/** Actions above one 256 KiB chunk need the multi-block DAG: pass ipfsId instead. */
export const CHUNK_SIZE = 256 * 1024

function varint(n: number): Uint8Array {
  const out: number[] = []
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80)
    n = Math.floor(n / 128)
  }
  out.push(n)
  return new Uint8Array(out)
}

function field(tag: number, b: Uint8Array): Uint8Array {
  return concat(new Uint8Array([tag]), varint(b.length), b)
}

/** The CIDv0 ("Qm...") of code. */
export function actionCID(code: string | Uint8Array): string {
  const data = typeof code === 'string' ? utf8(code) : code
  if (data.length > CHUNK_SIZE) throw new Error(`action of ${data.length} bytes: the JS client computes CIDs of single-chunk actions (<= ${CHUNK_SIZE} bytes); pass ipfsId`)
  // UnixFS Data{Type: File(2), Data: code, filesize}
  const parts: Uint8Array[] = [new Uint8Array([0x08, 0x02])]
  if (data.length > 0) parts.push(field(0x12, data))
  parts.push(concat(new Uint8Array([0x18]), varint(data.length)))
  const unixfs = concat(...parts)
  const node = field(0x0a, unixfs) // PBNode{Data}
  const mh = concat(new Uint8Array([0x12, 0x20]), sha256(node as Uint8Array))
  return base58btc.baseEncode(mh)
}

/** The longest action CID text read (Go's actionid.MaxCIDText). */
export const MAX_CID_TEXT = 256

const DAG_PB = 0x70
const SHA2_256 = 0x12
const MULTIBASES: Record<string, typeof base32 | typeof base36 | typeof base58btc> = { b: base32, k: base36, z: base58btc }

/**
 * The canonical text (the CIDv0) of an action's CID, as Go's actionid.Parse
 * reads it: a CIDv0 ("Qm..."), or a CIDv1 with the dag-pb codec and a 32-byte
 * sha2-256 multihash (the same block, so the same action) written canonically
 * in base32 ("bafybei..."), base58btc ("z...") or base36 ("k..."). A raw CIDv1
 * ("bafkrei...") hashes the file bytes, not the dag-pb block the network
 * names actions by, and is refused, as are other codecs, hashes and
 * non-canonical text.
 */
export function canonicalActionCID(text: string): string {
  if (typeof text !== 'string' || text.length < 2 || text.length > MAX_CID_TEXT) {
    throw new Error(`action CID of ${typeof text === 'string' ? text.length : typeof text} characters, want 2..${MAX_CID_TEXT}`)
  }
  const shown = JSON.stringify(text.slice(0, 80))
  let c: CID
  let spelled: string
  try {
    if (text.length === 46 && text.startsWith('Qm')) {
      c = CID.parse(text)
      // Encoded afresh: CID.toString returns the parsed text from a cache.
      spelled = base58btc.baseEncode(c.bytes)
    } else {
      const base = MULTIBASES[text[0]]
      if (base === undefined) throw new Error(`multibase ${JSON.stringify(text[0])} is not base32 (b), base36 (k) or base58btc (z)`)
      c = CID.parse(text, base)
      spelled = c.version === 1 ? base.encode(c.bytes) : ''
    }
  } catch (e) {
    throw new Error(`action CID ${shown}: ${(e as Error).message}`)
  }
  if (spelled !== text) throw new Error(`action CID ${shown}: not the canonical text of its CID`)
  if (c.code !== DAG_PB) {
    const hint = c.code === 0x55 ? ' (a raw CIDv1 hashes the file bytes, not the UnixFS root the network names actions by: use the CIDv0 or its dag-pb CIDv1)' : ''
    throw new Error(`action CID ${shown}: not an action CID: codec 0x${c.code.toString(16)}, want dag-pb${hint}`)
  }
  if (c.multihash.code !== SHA2_256 || c.multihash.size !== 32) {
    throw new Error(`action CID ${shown}: not an action CID: the hash is not a 32-byte sha2-256`)
  }
  return c.version === 0 ? c.toString() : CID.createV0(c.multihash as never).toString()
}
