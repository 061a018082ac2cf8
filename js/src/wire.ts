// Wire types of the client protocols (Go: package wire) and their framing:
// one request per stream, uvarint length || JSON, answered by one frame
// {"result": ...} or {"error": {"code", "message"}}.
import type { SessionSig } from './auth.js'

export const EXECUTE_PROTOCOL = '/pkpnet/execute/1.0.0'
export const PKP_SIGN_PROTOCOL = '/pkpnet/pkp-sign/1.0.0'
export const HANDSHAKE_PROTOCOL = '/pkpnet/handshake/1.0.0'
export const DECRYPT_PROTOCOL = '/pkpnet/decrypt/1.0.0'
export const MAX_RESPONSE = 4 << 20
export const MAX_CODE_SIZE = 16 << 20
export const MAX_JS_PARAMS_SIZE = 1 << 20

export interface Common {
  requestId: string
  session: SessionSig
  epoch: number
  coordinator: string
  nodes: string[]
}

export interface ExecuteRequest extends Common {
  code?: string
  ipfsId?: string
  jsParams?: unknown
}

export interface PKPSignRequest extends Common {
  toSign: string
  pubKey: string
}

export interface SignatureShare {
  sigName: string
  tokenId: string
  pubKey: string
  keyId: string
  hash: string
  entropy: string
  signers: string[]
  presign: string
  presignId: string
  sigma: string
  party: string
  assignment?: string
  commitments?: string[]
  reveals?: string[]
  presignSigs?: Record<string, string>
}

/** A decrypt request: the ciphertext's capsule (tdec encoding, base64 as Go's []byte). */
export interface DecryptRequest extends Common {
  capsule: string
}

/** One node's decryption share (tdec share encoding, base64). */
export interface DecryptResponse {
  requestId: string
  party: string
  share: string
}

export interface Response {
  requestId: string
  party: string
  response?: string
  logs?: string
  actionCid?: string
  shares?: SignatureShare[]
  sigNames?: string[]
}

export interface NodeInfo {
  peerId: string
  network: string
  epoch: number
  party: string
  rootKey: string
  poolLevels?: Record<string, number>
  indexedBlock?: number
  version: string
}

/** Error codes a node answers with (docs/protocol.md). */
export type NodeErrorCode = 'bad_request' | 'too_large' | 'rate_limited' | 'unauthorized' | 'forbidden' | 'not_found' |
  'unavailable' | 'timeout' | 'internal' | 'bad_coordination' | string

/** Codes that refuse the request itself: every honest node answers the same, so no retry. */
export const REFUSAL_CODES = new Set(['bad_request', 'too_large', 'unauthorized', 'forbidden', 'not_found'])

/** A structured refusal from one node: its code and message, as it sent them. */
export class NodeError extends Error {
  override name = 'NodeError'
  constructor(readonly party: string, readonly code: NodeErrorCode, message: string, readonly peerId?: string) {
    super(code ? `node ${party}: ${code}: ${message}` : `node ${party}: ${message}`)
    this.nodeMessage = message
  }
  readonly nodeMessage: string
}

export function encodeUvarint(n: number): Uint8Array {
  const out: number[] = []
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80)
    n = Math.floor(n / 128)
  }
  out.push(n)
  return new Uint8Array(out)
}

/**
 * Reads one uvarint-length-prefixed frame from buf. Returns undefined when
 * more bytes are needed; throws when the frame exceeds max.
 */
export function decodeFrame(buf: Uint8Array, max: number): { frame: Uint8Array, rest: Uint8Array } | undefined {
  let n = 0
  let shift = 0
  for (let i = 0; i < buf.length && i < 10; i++) {
    const b = buf[i]
    n += (b & 0x7f) * 2 ** shift
    shift += 7
    if (b < 0x80) {
      if (n > max) throw new Error(`frame of ${n} bytes exceeds ${max}`)
      if (buf.length - i - 1 < n) return undefined
      return { frame: buf.subarray(i + 1, i + 1 + n), rest: buf.subarray(i + 1 + n) }
    }
  }
  if (buf.length >= 10) throw new Error('malformed frame length')
  return undefined
}
