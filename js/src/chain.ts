// Reads the node set (NodeRegistry) and the root key (PubkeyRouter) with ethers.
import { Contract, JsonRpcProvider, type Provider } from 'ethers'
import { base58btc } from 'multiformats/bases/base58'
import { fromHex } from './bytes.js'

const REGISTRY_ABI = [
  'function epoch() view returns (uint256)',
  'function getNodes() view returns (tuple(address operator, bytes peerId, string[] hints)[])',
]
const ROUTER_ABI = [
  'function hasRootKey() view returns (bool)',
  'function rootKey() view returns (bytes)',
  'function encryptionKey() view returns (bytes)',
  'function encryptionKeySet(uint256 epoch) view returns (bytes)',
]

export const MAX_NODES = 64

/** A node of the registry. Party IDs are the 1-based registry order. */
export interface RegistryNode {
  party: string
  operator: string
  /** Binary peer ID (multihash) and its base58 string. */
  peerIdBytes: Uint8Array
  peerId: string
  /** The node's ed25519 identity key, from its peer ID. */
  identityKey: Uint8Array
  hints: string[]
}

/** Extracts the ed25519 key inlined in an identity-multihash peer ID. */
export function identityKeyOf(pid: Uint8Array): Uint8Array {
  // identity multihash (0x00, len 0x24) of the protobuf PublicKey{Type: Ed25519(1), Data: 32 bytes}
  if (pid.length !== 38 || pid[0] !== 0x00 || pid[1] !== 0x24 || pid[2] !== 0x08 || pid[3] !== 0x01 || pid[4] !== 0x12 || pid[5] !== 0x20) {
    throw new Error('peer ID is not an ed25519 identity peer ID')
  }
  return pid.slice(6)
}

export function providerOf(rpc: string | Provider): Provider {
  return typeof rpc === 'string' ? new JsonRpcProvider(rpc, undefined, { staticNetwork: true }) : rpc
}

export async function readNodes(provider: Provider, registry: string): Promise<{ nodes: RegistryNode[], epoch: number }> {
  const c = new Contract(registry, REGISTRY_ABI, provider)
  const [ep, raw] = await Promise.all([c.epoch() as Promise<bigint>, c.getNodes() as Promise<Array<{ operator: string, peerId: string, hints: string[] }>>])
  if (raw.length > MAX_NODES) throw new Error(`registry lists ${raw.length} nodes, more than ${MAX_NODES}`)
  const nodes = raw.map((n, i) => {
    const pid = fromHex(n.peerId, 64)
    let key: Uint8Array
    try {
      key = identityKeyOf(pid)
    } catch (e) {
      throw new Error(`registry node ${i + 1}: ${(e as Error).message}`)
    }
    return {
      party: String(i + 1), operator: n.operator, peerIdBytes: pid, peerId: base58btc.baseEncode(pid),
      identityKey: key, hints: [...n.hints],
    }
  })
  if (ep > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`registry epoch ${ep} out of range`)
  return { nodes, epoch: Number(ep) }
}

export async function readRootKey(provider: Provider, router: string): Promise<Uint8Array> {
  const c = new Contract(router, ROUTER_ABI, provider)
  if (!(await c.hasRootKey())) throw new Error('the network has no active root key yet (genesis not done)')
  const k = fromHex(await c.rootKey() as string, 65)
  if (k.length !== 33) throw new Error(`root key of ${k.length} bytes, want 33`)
  return k
}

/** The network encryption key P (fixed once active, whatever the epoch); empty before the first key vote. */
export async function readEncryptionKey(provider: Provider, router: string): Promise<Uint8Array> {
  const c = new Contract(router, ROUTER_ABI, provider)
  return fromHex(await c.encryptionKey() as string, 33)
}

/** The encryption key set of an epoch, P || X_1 || ... || X_n (decode with tdec.decodeKeySet); empty when none. */
export async function readEncryptionKeySet(provider: Provider, router: string, epoch: number): Promise<Uint8Array> {
  const c = new Contract(router, ROUTER_ABI, provider)
  return fromHex(await c.encryptionKeySet(BigInt(epoch)) as string, 33 * (1 + MAX_NODES))
}
