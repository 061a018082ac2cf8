// Share verification: the client's port of node/signing's Verify. It opens
// every signed object of each share's transcript with its author's node
// identity key, checks each share against its own transcript and the
// presignature public data every signer signed, looks for equivocations,
// and combines. It names a party only on proof; anything else is
// "unresolved" and the caller retries with another signer set.
import { sha256 } from '@noble/hashes/sha2.js'
import { verifyEd25519, nativeEd25519 } from './ed25519.js'
import {
  FormatError, Reader, concat, equalBytes, fromHex, partiesSorted, sortParties, toHex, utf8, validPartyID,
  MAX_PARTIES, compareParties,
} from './bytes.js'
import {
  ShareError, combine, combineEntropy, decodePresignPublic, derivePubkey, entropyCommit, samePoint, PRESIGN_ID_LEN,
  type PresignPublic, type Share,
} from './mpc.js'
import type { SignatureShare } from './wire.js'

export const SIGN_DOMAIN = 'pkpnet/signing/v1'
export const PRESIGN_AGREE_DOMAIN = 'pkpnet/presign-agree/v1'
export const MAX_SIGNED = 2048
const MAX_SIG = 1024
const MAX_FIELD = 256

export const KIND_ASSIGNMENT = 1
export const KIND_COMMITMENT = 2
export const KIND_REVEAL = 3

/** Maps a party to its node identity key (ed25519, 32 bytes); undefined when unknown. */
export type KeyRing = (party: string) => Uint8Array | undefined

export interface Assignment {
  session: string
  coordinator: string
  hash: Uint8Array
  keyId: Uint8Array
  signers: string[]
  presignId: Uint8Array
  onDemand: boolean
  odSession: string
}
export interface Commitment { session: string, party: string, commit: Uint8Array, assigned: Uint8Array }
export interface Reveal { session: string, party: string, nonce: Uint8Array }

export interface Signed { kind: number, body: Uint8Array, sig: Uint8Array }

export interface Opened {
  raw: Uint8Array
  signer: string
  kind: number
  assignment?: Assignment
  commitment?: Commitment
  reveal?: Reveal
}

class UnknownKeyError extends Error {}

const dec = new TextDecoder()
function str(r: Reader): string {
  return dec.decode(r.bytes16(MAX_FIELD))
}

function signedBytes(kind: number, body: Uint8Array): Uint8Array {
  return concat(utf8(SIGN_DOMAIN), new Uint8Array([0, kind]), body)
}

/** Parses kind || u16 len || body || u16 len || sig (signing.DecodeSigned). */
export function decodeSigned(b: Uint8Array): Signed {
  if (b.length > MAX_SIGNED) throw new FormatError(`signed object of ${b.length} bytes exceeds ${MAX_SIGNED}`)
  const r = new Reader(b)
  const kind = r.byte()
  const body = r.bytes16(MAX_SIGNED)
  const sig = r.bytes16(MAX_SIG)
  r.end()
  if (r.err !== undefined) throw new FormatError(`signed object: ${r.err}`)
  if (kind < 1 || kind > 3) throw new FormatError(`signed object: unknown kind ${kind}`)
  return { kind, body, sig }
}

/** sha256 of a signed object's signed content (signing.Digest); zeros for non-objects. */
export function digest(raw: Uint8Array): Uint8Array {
  try {
    const s = decodeSigned(raw)
    return sha256(signedBytes(s.kind, s.body))
  } catch {
    return new Uint8Array(32)
  }
}

function checkSession(s: string): void {
  if (s === '' || s.length > MAX_FIELD) throw new FormatError(`session of ${s.length} bytes`)
}
function checkParty(p: string): void {
  if (!validPartyID(p)) throw new FormatError(`party ID ${JSON.stringify(p.slice(0, 16))}`)
}

export function decodeAssignment(body: Uint8Array): Assignment {
  const r = new Reader(body)
  const a: Assignment = {
    session: str(r), coordinator: str(r), hash: r.take(32).slice(), keyId: r.take(32).slice(),
    signers: [], presignId: new Uint8Array(0), onDemand: false, odSession: '',
  }
  const n = r.u16()
  if (r.err === undefined && (n < 1 || n > MAX_PARTIES)) r.err = `${n} signers`
  for (let i = 0; i < n && r.err === undefined; i++) a.signers.push(str(r))
  a.presignId = r.bytes16(PRESIGN_ID_LEN)
  const flag = r.byte()
  a.odSession = str(r)
  r.end()
  if (r.err !== undefined) throw new FormatError(`assignment: ${r.err}`)
  if (flag > 1) throw new FormatError('assignment: bad on-demand flag')
  a.onDemand = flag === 1
  checkSession(a.session)
  checkParty(a.coordinator)
  a.signers.forEach(checkParty)
  if (!partiesSorted(a.signers)) throw new FormatError('assignment: signers not in canonical order or duplicated')
  if (a.onDemand !== (a.presignId.length === 0)) throw new FormatError('assignment: exactly one of presignature ID and on-demand')
  if ((a.onDemand && a.odSession === '') || (!a.onDemand && a.odSession !== '')) throw new FormatError('assignment: on-demand session mismatch')
  if (a.presignId.length !== 0 && a.presignId.length !== PRESIGN_ID_LEN) throw new FormatError('assignment: bad presignature ID')
  return a
}

export function decodeCommitment(body: Uint8Array): Commitment {
  const r = new Reader(body)
  const c = { session: str(r), party: str(r), commit: r.take(32).slice(), assigned: r.take(32).slice() }
  r.end()
  if (r.err !== undefined) throw new FormatError(`commitment: ${r.err}`)
  checkSession(c.session)
  checkParty(c.party)
  return c
}

export function decodeReveal(body: Uint8Array): Reveal {
  const r = new Reader(body)
  const v = { session: str(r), party: str(r), nonce: r.take(32).slice() }
  r.end()
  if (r.err !== undefined) throw new FormatError(`reveal: ${r.err}`)
  checkSession(v.session)
  checkParty(v.party)
  return v
}

const KIND_NAMES: Record<number, string> = { 1: 'assignment', 2: 'commitment', 3: 'reveal' }

/** Checks one identity signature (pub, msg, sig), all public. */
type EdVerifier = (pub: Uint8Array, msg: Uint8Array, sig: Uint8Array) => Promise<boolean>

/** Whether identity signatures are checked with the runtime's native Ed25519 (WebCrypto). */
export { nativeEd25519 }

/**
 * One verification per distinct (key, message, signature) within a call:
 * every share carries the same assignment, commitments, reveals and
 * agreement signatures, so most checks repeat.
 */
function memoVerifier(): EdVerifier {
  const seen = new Map<string, Promise<boolean>>()
  return (pub, msg, sig) => {
    const k = `${toHex(pub, false)}/${toHex(sig, false)}/${toHex(msg, false)}`
    let v = seen.get(k)
    if (!v) {
      // A check whose result is never read (its share failed earlier) must
      // not become an unhandled rejection.
      v = verifyEd25519(pub, msg, sig).catch(() => false)
      seen.set(k, v)
    }
    return v
  }
}

/** A signed object decoded, its signature check started (errors kept for finishOpen). */
interface Pending { o?: Opened, err?: unknown, ok?: Promise<boolean> }

function startOpen(raw: () => Uint8Array, keys: KeyRing, ver: EdVerifier): Pending {
  try {
    const b = raw()
    const s = decodeSigned(b)
    const o: Opened = { raw: b, signer: '', kind: s.kind }
    if (s.kind === KIND_ASSIGNMENT) {
      o.assignment = decodeAssignment(s.body)
      o.signer = o.assignment.coordinator
    } else if (s.kind === KIND_COMMITMENT) {
      o.commitment = decodeCommitment(s.body)
      o.signer = o.commitment.party
    } else {
      o.reveal = decodeReveal(s.body)
      o.signer = o.reveal.party
    }
    const pk = keys(o.signer)
    if (!pk) throw new UnknownKeyError(`no identity key for party ${o.signer}`)
    return { o, ok: ver(pk, signedBytes(s.kind, s.body), s.sig) }
  } catch (e) {
    return { err: e }
  }
}

async function finishOpen(p: Pending): Promise<Opened> {
  if (p.err !== undefined) throw p.err
  const o = p.o!
  if (!(await p.ok!)) throw new Error(`${KIND_NAMES[o.kind]} of party ${o.signer}: invalid signature`)
  return o
}

/** Decodes a signed object and checks its signature with its author's key (signing.Open). */
export async function open(raw: Uint8Array, keys: KeyRing): Promise<Opened> {
  return finishOpen(startOpen(() => raw, keys, verifyEd25519))
}

/** sha256(domain || 0 || presignId || public data) (signing.PresignDigest). */
export function presignDigest(pub: PresignPublic): Uint8Array {
  return sha256(concat(utf8(PRESIGN_AGREE_DOMAIN), new Uint8Array([0]), pub.id, pub.raw))
}

/** Signers whose agreement signature over the public data is missing or invalid. */
export async function verifyAgreement(pub: PresignPublic, sigs: Map<string, Uint8Array>, keys: KeyRing): Promise<string[]> {
  return agreement(pub, sigs, keys, verifyEd25519)
}

async function agreement(pub: PresignPublic, sigs: Map<string, Uint8Array>, keys: KeyRing, ver: EdVerifier): Promise<string[]> {
  const msg = concat(utf8(PRESIGN_AGREE_DOMAIN + '/sig\x00'), presignDigest(pub))
  const checks: Array<Promise<boolean>> = []
  for (const p of pub.signers) {
    const pk = keys(p)
    if (!pk) throw new UnknownKeyError(`no identity key for party ${p}`)
    const sig = sigs.get(p)
    checks.push(sig ? ver(pk, msg, sig) : Promise.resolve(false))
  }
  const ok = await Promise.all(checks)
  return pub.signers.filter((_, i) => !ok[i])
}

export type ProofKind = 'equivocation' | 'bad-transcript' | 'bad-share'

export interface Culprit { party: string, kind: ProofKind, detail: string }

export interface Expect {
  rootPub: Uint8Array
  coordinator?: string
  hash?: Uint8Array
  pubKey?: Uint8Array
}

export interface Outcome {
  /** r || s || v (v in {0,1}), when every signer's share was good. */
  signature?: Uint8Array
  good: SignatureShare[]
  culprits: Culprit[]
  missing: string[]
  unresolved?: string
}

interface View {
  share: SignatureShare
  assign: Opened
  commits: Map<string, Opened>
  reveals: Map<string, Opened>
  pub?: PresignPublic
  entropy?: Uint8Array
}

function hexField(s: string, max: number): Uint8Array {
  return fromHex(s, max)
}

/**
 * Checks and combines the shares of one signature (signing.Verify).
 * Asynchronous because identity signatures go to the runtime's native
 * Ed25519 (WebCrypto) when it has one.
 */
export async function verifyShares(shares: SignatureShare[], keys: KeyRing, exp: Expect): Promise<Outcome> {
  const ver = memoVerifier()
  const out: Outcome = { good: [], culprits: [], missing: [] }
  const named = new Set<string>()
  const objects = new Map<string, Opened>()
  const unknown: string[] = []
  const name = (p: string, kind: ProofKind, detail: string): void => {
    if (named.has(p)) return
    named.add(p)
    out.culprits.push({ party: p, kind, detail })
  }
  const record = (o: Opened): void => {
    const sess = o.assignment?.session ?? o.commitment?.session ?? o.reveal!.session
    const key = `${o.kind}/${sess}/${o.signer}`
    const prev = objects.get(key)
    if (!prev) {
      objects.set(key, o)
      return
    }
    if (!equalBytes(decodeSigned(prev.raw).body, decodeSigned(o.raw).body)) {
      name(o.signer, 'equivocation', `signed two different ${KIND_NAMES[o.kind]}s for one session`)
    }
  }

  const openShare = async (s: SignatureShare): Promise<View> => {
    const from = s.party
    if (!validPartyID(from)) throw new FormatError('malformed party ID')
    if ((s.commitments?.length ?? 0) > MAX_PARTIES || (s.reveals?.length ?? 0) > MAX_PARTIES ||
      Object.keys(s.presignSigs ?? {}).length > MAX_PARTIES) throw new Error('transcript too large')
    // Every signature check of the transcript starts now and runs
    // concurrently; the results are read in the order of the synchronous
    // port of signing.Verify, so errors and names do not change.
    const pa = startOpen(() => hexField(s.assignment ?? '', MAX_SIGNED), keys, ver)
    const start = (list: string[] | undefined): Pending[] => (list ?? []).map((h) => startOpen(() => hexField(h, MAX_SIGNED), keys, ver))
    const pc = start(s.commitments)
    const pr = start(s.reveals)
    const a = await finishOpen(pa)
    if (!a.assignment) throw new Error('assignment field holds another kind')
    record(a)
    const vw: View = { share: s, assign: a, commits: new Map(), reveals: new Map() }
    const errs: Error[] = []
    const openAll = async (list: Pending[], want: number, into: Map<string, Opened>): Promise<void> => {
      for (const h of list) {
        try {
          const o = await finishOpen(h)
          if (o.kind !== want) throw new Error(`${KIND_NAMES[o.kind]} in the place of a ${KIND_NAMES[want]}`)
          record(o)
          if (into.has(o.signer)) throw new Error(`two ${KIND_NAMES[want]}s of party ${o.signer}`)
          into.set(o.signer, o)
        } catch (e) {
          errs.push(e as Error)
        }
      }
    }
    await openAll(pc, KIND_COMMITMENT, vw.commits)
    await openAll(pr, KIND_REVEAL, vw.reveals)
    for (const [p, r] of vw.reveals) {
      const c = vw.commits.get(p)
      if (c && c.commitment!.session === r.reveal!.session &&
        !equalBytes(entropyCommit(r.reveal!.session, p, r.reveal!.nonce), c.commitment!.commit)) {
        name(p, 'equivocation', 'signed a reveal that does not open its signed commitment')
      }
    }
    const uk = errs.find((e) => e instanceof UnknownKeyError)
    if (uk) throw uk
    if (errs.length) throw new Error(errs.map((e) => e.message).join('; '))
    const as = a.assignment
    if (exp.coordinator !== undefined && as.coordinator !== exp.coordinator) {
      throw new Error(`assignment by ${as.coordinator}, the request's coordinator is ${exp.coordinator}`)
    }
    if (!as.signers.includes(from)) throw new Error(`party ${from} is not a signer of its assignment`)
    const dg = digest(a.raw)
    for (const [p, c] of vw.commits) {
      if (!as.signers.includes(p) || c.commitment!.session !== as.session || !equalBytes(c.commitment!.assigned, dg)) {
        throw new Error(`commitment of ${p} does not answer the assignment`)
      }
    }
    for (const [p, r] of vw.reveals) {
      if (!as.signers.includes(p) || r.reveal!.session !== as.session) throw new Error(`reveal of ${p} does not belong to the assignment`)
      if (!vw.commits.has(p)) throw new Error(`reveal of ${p} without its commitment`)
    }
    if (vw.commits.size !== as.signers.length) throw new Error(`${vw.commits.size} commitments for ${as.signers.length} signers`)
    if (!s.sigma) throw new Error('share without sigma')
    await checkShare(vw)
    return vw
  }

  const checkShare = async (vw: View): Promise<void> => {
    const s = vw.share
    const as = vw.assign.assignment!
    if (vw.reveals.size !== as.signers.length) throw new Error(`${vw.reveals.size} reveals for ${as.signers.length} signers`)
    const commits = new Map<string, Uint8Array>()
    const reveals = new Map<string, Uint8Array>()
    for (const [p, c] of vw.commits) {
      commits.set(p, c.commitment!.commit)
      reveals.set(p, vw.reveals.get(p)!.reveal!.nonce)
    }
    const ent = combineEntropy(as.session, as.signers, commits, reveals)
    vw.entropy = ent
    let hash: Uint8Array, keyId: Uint8Array, entIn: Uint8Array, pid: Uint8Array, pubRaw: Uint8Array
    try {
      hash = hexField(s.hash, 32)
      keyId = hexField(s.keyId, 32)
      entIn = hexField(s.entropy, 32)
      pid = hexField(s.presignId, PRESIGN_ID_LEN)
      pubRaw = hexField(s.presign, 1 << 16)
    } catch (e) {
      throw new Error(`malformed share fields: ${(e as Error).message}`)
    }
    if (!equalBytes(hash, as.hash) || !equalBytes(keyId, as.keyId)) throw new Error("share's hash or key ID differs from its assignment")
    if (!equalBytes(entIn, ent)) throw new Error("share's entropy is not the one its transcript yields")
    if (s.signers.length !== as.signers.length || s.signers.some((p, i) => p !== as.signers[i])) {
      throw new Error("share's signers differ from its assignment")
    }
    if (!as.onDemand && !equalBytes(pid, as.presignId)) throw new Error("share's presignature differs from its assignment")
    const pub = decodePresignPublic(pubRaw)
    if (!equalBytes(pub.id, pid) || pub.signers.length !== as.signers.length || pub.signers.some((p, i) => p !== as.signers[i])) {
      throw new Error('presignature public data is for another presignature or signer set')
    }
    const ag = new Map<string, Uint8Array>()
    for (const [p, h] of Object.entries(s.presignSigs ?? {})) ag.set(p, hexField(h, MAX_SIG))
    const bad = await agreement(pub, ag, keys, ver)
    if (bad.length) throw new Error(`presignature public data lacks valid signatures of [${bad.join(',')}]`)
    vw.pub = pub
    if (exp.hash && !equalBytes(exp.hash, hash)) throw new Error('share signs another hash than requested')
    const pkp = hexField(s.pubKey, 65)
    const derived = derivePubkey(exp.rootPub, as.keyId)
    if (!samePoint(pkp, derived)) throw new Error("share's PKP key is not the key of its key ID")
    if (exp.pubKey && !samePoint(exp.pubKey, derived)) throw new Error('share is for another key than requested')
  }

  const views: View[] = []
  const seen = new Set<string>()
  for (const s of shares) {
    if (seen.has(s.party)) {
      name(s.party, 'bad-transcript', 'sent two shares')
      continue
    }
    seen.add(s.party)
    try {
      views.push(await openShare(s))
    } catch (e) {
      if (e instanceof UnknownKeyError) unknown.push(`share of ${s.party}: ${e.message}`)
      else if (validPartyID(s.party)) name(s.party, 'bad-transcript', (e as Error).message)
    }
  }
  const sortC = (): void => { out.culprits.sort((a, b) => compareParties(a.party, b.party)) }
  const good = views.filter((v) => !named.has(v.share.party))
  out.good = good.map((v) => v.share)
  if (out.culprits.length) {
    sortC()
    return out
  }
  if (unknown.length) {
    out.unresolved = unknown.join('; ')
    return out
  }
  if (good.length === 0) {
    out.unresolved = 'no share'
    return out
  }
  const ref = good[0]
  for (const v of good.slice(1)) {
    if (!equalBytes(digest(v.assign.raw), digest(ref.assign.raw))) {
      out.unresolved = `shares of ${ref.share.party} and ${v.share.party} answer different assignments`
      return out
    }
    if (!equalBytes(v.entropy!, ref.entropy!) || !equalBytes(v.pub!.raw, ref.pub!.raw)) {
      out.unresolved = `shares of ${ref.share.party} and ${v.share.party} disagree on entropy or public data`
      return out
    }
  }
  const as = ref.assign.assignment!
  const mshares: Share[] = []
  for (const v of good) {
    let sigma: Uint8Array
    try {
      sigma = hexField(v.share.sigma, 32)
    } catch {
      sigma = new Uint8Array(0)
    }
    if (sigma.length !== 32) {
      name(v.share.party, 'bad-share', 'malformed sigma')
      continue
    }
    mshares.push({ party: v.share.party, presignId: ref.pub!.id, sigma })
  }
  try {
    out.signature = combine(ref.pub!, { rootPub: exp.rootPub, keyId: as.keyId, hash: as.hash, entropy: ref.entropy! }, mshares)
  } catch (e) {
    if (!(e instanceof ShareError)) {
      out.unresolved = (e as Error).message
      return out
    }
    for (const p of e.bad) name(p, 'bad-share', 'sigma fails the check against the signed public data')
    for (const p of e.missing) if (!named.has(p)) out.missing.push(p)
    out.good = out.good.filter((s) => !named.has(s.party))
  }
  sortC()
  return out
}

export { sortParties, toHex }
