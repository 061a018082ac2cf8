// CIDv0 of an inline action, as `ipfs add --cid-version=0` computes it for a
// single chunk (runtime.ActionCID): a dag-pb node holding a UnixFS file.
import { sha256 } from '@noble/hashes/sha2.js'
import { base58btc } from 'multiformats/bases/base58'
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
