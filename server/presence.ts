import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { isRecord } from '../shared/ownKeys'
import type { Role } from '../shared/roles'
import { TokenBucket } from './budget'
import { type AwarenessEntry, encodeAwareness, encodeAwarenessEntries } from './protocol'

/**
 * A room's presence (Yjs awareness): who announced which client id, what each connection may announce,
 * and the fan-out. Presence is never stored; it is also the one thing every peer receives from every
 * other, so each connection is held to a few entries of bounded size at a bounded rate:
 *
 * - it owns at most `maxPresenceEntries` client ids (the stock client has one); entries for more are dropped;
 * - an entry's state is at most `maxPresenceEntryBytes` of JSON: a bigger one closes the connection
 *   (PresenceTooBigError), since no honest client sends one;
 * - its changes reach the room at `presenceChangesPerSecond` after a burst of `presenceBurst`; a change
 *   beyond that waits, and only the latest state of each entry is sent when its turn comes, so the room
 *   always ends up seeing where someone really is;
 * - the role in each state is the connection's own (its link's), whatever the client says about itself.
 *
 * The room sends what changed together: once per event-loop turn, and at most once per
 * `presenceIntervalMs`, with the latest state of each entry that changed meanwhile. Every change reaches
 * every peer, so without this a room's presence traffic grows with the square of its size, and a burst of
 * changes from many connections at once would stall the server for everyone.
 *
 * Renewals cost almost nothing: every stock client repeats its unchanged state every 15 s (a higher clock)
 * so that nobody drops it after 30 s. Relayed one by one, N people make N² frames every 15 s, and the
 * stock client sends each one it hears back. A renewal is recognised by its bytes (the state its owner last
 * announced) without parsing, and the room relays all renewals of the last `presenceRenewalIntervalMs` in
 * one frame: every peer gets one frame renewing everyone. Changes and departures still go out at once.
 *
 * How many presence frames a connection may send at all is the connection's concern (connection.ts): the
 * stock client relays every change it hears back to the server, and reading those costs something too.
 */

export interface PresenceLimits {
  maxPresenceEntries: number
  maxPresenceEntryBytes: number
  presenceBurst: number
  presenceChangesPerSecond: number
  /** Least time between two presence frames the room sends; changes meanwhile go out together. */
  presenceIntervalMs: number
  /** Least time between two frames of renewals (unchanged states with a higher clock); below 12 s. */
  presenceRenewalIntervalMs: number
}

/** What presence needs from a room's peer: its identity, and the role of its link (none: the server's own). */
export interface PresencePeer {
  readonly id: number
  readonly role?: Role
  send(frame: Uint8Array): void
}

export class PresenceTooBigError extends Error {
  constructor(readonly bytes: number) {
    super(`a presence state of ${bytes} bytes`)
  }
}

interface RawEntry {
  clientId: number
  clock: number
  json: Uint8Array
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Decodes an awareness update completely before anything is applied, keeping each state as its JSON bytes:
 * entries that are dropped anyway (someone else's, relayed back) are never parsed. Throws when malformed.
 */
function decodeRawEntries(update: Uint8Array): RawEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const entries: RawEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    entries.push({ clientId, clock, json: decoding.readVarUint8Array(decoder) })
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after the awareness entries')
  return entries
}

/** The awareness update of `entries`, their JSON written back as it came (y-protocols writes it as a varString). */
function encodeRawEntries(entries: readonly RawEntry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const { clientId, clock, json } of entries) {
    encoding.writeVarUint(encoder, clientId)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarUint8Array(encoder, json)
  }
  return encoding.toUint8Array(encoder)
}

/** Marks what another instance's peers announced, applied here (see `applyOtherInstance`). */
interface OtherInstanceMark {
  readonly otherInstance: string
}

/** The state as the room shows it: the role is the connection's, not what the client wrote. */
function withRole(state: Record<string, unknown>, role: Role | undefined): Record<string, unknown> {
  if (role === undefined || state.role === role) return state
  return { ...state, role }
}

interface PeerPresence {
  readonly owned: Set<number>
  readonly changes: TokenBucket
  /** Changes beyond the rate, latest per client id, waiting for their turn (parsed only then). */
  readonly held: Map<number, RawEntry>
  timer: NodeJS.Timeout | undefined
  /** Its first awareness frame was handled (see `rejoin`). */
  announced: boolean
}

const NULL_JSON = new TextEncoder().encode('null')

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.compare(a, b) === 0
}

function isNullJson(json: Uint8Array): boolean {
  return sameBytes(json, NULL_JSON)
}

export class RoomPresence<Peer extends PresencePeer> {
  readonly awareness: Awareness
  /** Which connection announced each client id, so its presence ends when that connection does. */
  private readonly owners = new Map<number, Peer>()
  /**
   * Client ids announced by peers of other instances (instances sharing storage), by instance: nobody here
   * may change them, and they end when their instance says so or stops beating.
   */
  private readonly otherOwners = new Map<number, string>()
  /** Client ids of this room's own peers changed since the last frame: what other instances are told. */
  private readonly changedOwn = new Set<number>()
  /**
   * First frames claiming an entry another instance owns, by client id: applied once that instance ends
   * the entry (the person moved here), dropped with their connection.
   */
  private readonly claims = new Map<number, { peer: Peer; raw: RawEntry }>()
  private readonly peers = new Map<Peer, PeerPresence>()
  /** Client ids changed since the last frame the room sent, and when that was. */
  private readonly changed = new Set<number>()
  private flushTimer: NodeJS.Timeout | undefined
  private flushImmediate: NodeJS.Immediate | undefined
  private lastFlush = Number.NEGATIVE_INFINITY
  /** The state of each live entry as its owner's JSON bytes: a renewal repeats them exactly. */
  private readonly announcedJson = new Map<number, Uint8Array>()
  /** Client ids renewed since the last frame of renewals, and when that went out. */
  private readonly renewed = new Set<number>()
  private renewalTimer: NodeJS.Timeout | undefined
  private lastRenewalFlush = Number.NEGATIVE_INFINITY
  private closed = false

  constructor(
    doc: Y.Doc,
    private readonly limits: PresenceLimits,
    /** Sends a frame to every peer of the room, the sender included. */
    private readonly broadcast: (frame: Uint8Array) => void,
    /** Whether `origin` is one of the room's peers now. */
    private readonly isPeer: (origin: unknown) => origin is Peer,
    /** Tells other instances what changed of the room's own peers' presence (none: a single instance). */
    private readonly publishOwn?: (update: Uint8Array) => void,
  ) {
    this.awareness = new Awareness(doc)
    // The server is not a participant and must not announce a presence of its own.
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.onAwarenessUpdate)
  }

  private peerState(peer: Peer): PeerPresence {
    let state = this.peers.get(peer)
    if (!state) {
      state = {
        owned: new Set(),
        changes: new TokenBucket(this.limits.presenceBurst, this.limits.presenceChangesPerSecond),
        held: new Map(),
        timer: undefined,
        announced: false,
      }
      this.peers.set(peer, state)
    }
    return state
  }

  /**
   * Applies a client's awareness update and broadcasts what changed to every peer, the sender included.
   * Entries for client ids another connection announced are dropped: nobody can change or end someone
   * else's presence. They are no reason to close the sender, since the stock client relays every awareness
   * change it receives, other people's included (with clocks the server already has), and they are never
   * parsed. Throws on a malformed update, and PresenceTooBigError for a state above the limit.
   */
  apply(peer: Peer, update: Uint8Array): void {
    const presence = this.peerState(peer)
    const candidates: RawEntry[] = []
    let newIds = [...presence.held.keys()].filter((clientId) => !this.owners.has(clientId)).length
    for (const raw of decodeRawEntries(update)) {
      const owner = this.owners.get(raw.clientId)
      if (owner !== undefined && owner !== peer) continue
      if (this.otherOwners.has(raw.clientId)) {
        // Someone on another instance: the stock client relays their state back, and it stays theirs. A
        // connection's first frame is its own state (see `rejoin`), so the person may have moved here; but
        // anyone can claim any id, so the claim waits until the other instance ends the entry (the person
        // left it, or it stopped), and only then shows.
        if (!presence.announced && !isNullJson(raw.json)) this.claims.set(raw.clientId, { peer, raw })
        continue
      }
      if (owner === peer && !presence.held.has(raw.clientId) && this.renew(raw)) continue
      if (raw.json.byteLength > this.limits.maxPresenceEntryBytes)
        throw new PresenceTooBigError(raw.json.byteLength)
      if (isNullJson(raw.json)) {
        // Only an entry of its own can a connection end.
        if (owner === peer) candidates.push(raw)
        continue
      }
      if (owner === undefined && !presence.held.has(raw.clientId)) {
        if (presence.owned.size + newIds >= this.limits.maxPresenceEntries) continue
        newIds += 1
      }
      candidates.push(raw)
    }
    const first = !presence.announced
    presence.announced = true
    const changes = (first ? this.rejoin(candidates) : candidates).filter((entry) =>
      this.changesSomething(entry),
    )
    if (changes.length === 0) return
    if (presence.held.size === 0 && presence.changes.trySpend(changes.length)) {
      // Parsed now, so a malformed state closes its sender (within the rate, where honest clients stay).
      this.applyEntries(peer, changes, true)
      return
    }
    // Over the rate: the latest state of each entry waits for its turn, unparsed.
    for (const entry of changes) presence.held.set(entry.clientId, entry)
    this.scheduleHeld(peer, presence)
  }

  /**
   * The entries as the room shows them: states that are no presence (anything but an object or null) are
   * dropped, and the role is the connection's. Throws on JSON that does not parse when `strict`, else
   * drops that entry.
   */
  private parse(peer: Peer, entries: readonly RawEntry[], strict: boolean): AwarenessEntry[] {
    const parsed: AwarenessEntry[] = []
    for (const { clientId, clock, json } of entries) {
      let state: unknown
      try {
        state = JSON.parse(utf8.decode(json))
      } catch (error) {
        if (strict) throw error
        continue
      }
      if (state === null) parsed.push({ clientId, clock, state: null })
      else if (isRecord(state)) parsed.push({ clientId, clock, state: withRole(state, peer.role) })
    }
    return parsed
  }

  /**
   * Takes `entry` as a renewal when it repeats its current state with a higher clock: the state stays
   * alive here at once, and the room relays it with the next frame of renewals. False when it is anything
   * else (a change, a departure, an old clock), which takes the usual path.
   */
  private renew(entry: RawEntry): boolean {
    const announced = this.announcedJson.get(entry.clientId)
    const meta = this.awareness.meta.get(entry.clientId)
    if (announced === undefined || meta === undefined || entry.clock <= meta.clock) return false
    if (!this.awareness.states.has(entry.clientId) || !sameBytes(announced, entry.json)) return false
    // What y-protocols' applyAwarenessUpdate records for a renewal, without parsing it or emitting events.
    this.awareness.meta.set(entry.clientId, { clock: entry.clock, lastUpdated: Date.now() })
    this.renewed.add(entry.clientId)
    this.scheduleRenewals()
    return true
  }

  private scheduleRenewals(): void {
    if (this.renewalTimer !== undefined || this.closed) return
    const wait = Math.max(
      0,
      this.lastRenewalFlush + this.limits.presenceRenewalIntervalMs - performance.now(),
    )
    this.renewalTimer = setTimeout(this.flushRenewals, wait)
    this.renewalTimer.unref?.()
  }

  private readonly flushRenewals = (): void => {
    this.renewalTimer = undefined
    if (this.closed) return
    const clients = [...this.renewed].filter((clientId) => this.awareness.states.has(clientId))
    this.renewed.clear()
    if (clients.length === 0) return
    this.lastRenewalFlush = performance.now()
    const renewals = encodeAwarenessUpdate(this.awareness, clients)
    this.broadcast(encodeAwareness(renewals))
    // Other instances drop a state not renewed for 30 s just as clients do: they hear the renewals too.
    this.publishOwn?.(renewals)
  }

  /** Whether y-protocols would apply the entry (a newer clock, or the removal of a current state). */
  private changesSomething(entry: RawEntry): boolean {
    const known = this.awareness.meta.get(entry.clientId)?.clock ?? 0
    return (
      known < entry.clock ||
      (known === entry.clock && isNullJson(entry.json) && this.awareness.states.has(entry.clientId))
    )
  }

  private scheduleHeld(peer: Peer, presence: PeerPresence): void {
    if (presence.timer !== undefined) return
    const wait = presence.changes.msUntil(Math.min(presence.held.size, this.limits.presenceBurst))
    presence.timer = setTimeout(() => {
      presence.timer = undefined
      if (this.closed || this.peers.get(peer) !== presence) return
      const held = [...presence.held.values()].filter((entry) => this.changesSomething(entry))
      presence.held.clear()
      if (held.length === 0) return
      presence.changes.trySpend(held.length)
      this.applyEntries(peer, held, false)
    }, wait)
    presence.timer.unref?.()
  }

  private applyEntries(peer: Peer, raw: readonly RawEntry[], strict: boolean): void {
    const entries = this.parse(peer, raw, strict)
    if (entries.length === 0) return
    applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(entries), peer)
    // Remembered only for entries applied just now (their clock is the current one), as their owner sent them.
    for (const { clientId, clock, json } of raw) {
      const applied =
        this.awareness.meta.get(clientId)?.clock === clock && this.awareness.states.has(clientId)
      // A copy: `json` is a view into the frame, which may itself be a view into a socket's 64 KiB read buffer.
      if (applied && this.owners.get(clientId) === peer) this.announcedJson.set(clientId, json.slice())
    }
  }

  /**
   * A client that reconnects announces its state with the clock it had. When its old connection ended the
   * server removed that state but kept the clock, and y-protocols ignores an equal clock, so the others
   * would not see the person again until their next renewal, up to 15 s later (yjs/y-websocket#122). Such
   * an entry is applied one clock later instead; the echo makes the client adopt that clock too.
   *
   * Only a connection's first awareness frame is treated so, and only for client ids with no current state:
   * the stock client sends its own state when the socket opens, before it can relay anyone else's, and a
   * relay carries states the server currently has.
   */
  private rejoin(entries: RawEntry[]): RawEntry[] {
    return entries.map((entry) => {
      const known = this.awareness.meta.get(entry.clientId)
      if (isNullJson(entry.json) || known === undefined || entry.clock > known.clock) return entry
      if (this.awareness.states.has(entry.clientId)) return entry
      return { ...entry, clock: known.clock + 1 }
    })
  }

  /**
   * Applies what another instance's peers announced (already checked there, their roles set) and relays
   * it to this room's peers. Entries of this room's own peers are never changed from outside; an entry
   * moves to the instance that announced it last (its person reconnected there), and only that instance
   * can end it. Throws on a malformed update.
   */
  applyOtherInstance(instance: string, update: Uint8Array): void {
    if (this.closed) return
    const accepted = decodeRawEntries(update)
      .filter((raw) => {
        if (this.owners.has(raw.clientId)) return false
        return !isNullJson(raw.json) || this.otherOwners.get(raw.clientId) === instance
      })
      // An instance's messages arrive in order, so each is news: it gets this room's next clock for the
      // entry. The owner's clock cannot serve: after an outage this room has removed the entry at that very
      // clock, and its peers would take the same state again at it as nothing new.
      .map((raw) => ({
        ...raw,
        clock: Math.max(raw.clock, (this.awareness.meta.get(raw.clientId)?.clock ?? 0) + 1),
      }))
    if (accepted.length === 0) return
    for (const raw of accepted) if (!isNullJson(raw.json)) this.otherOwners.set(raw.clientId, instance)
    const mark: OtherInstanceMark = { otherInstance: instance }
    applyAwarenessUpdate(this.awareness, encodeRawEntries(accepted), mark)
  }

  /** Shows a claim held back while another instance owned its entry (see `apply`), its clock the next one. */
  private applyClaim(clientId: number): void {
    const claim = this.claims.get(clientId)
    this.claims.delete(clientId)
    if (!claim || this.closed || !this.peers.has(claim.peer)) return
    if (this.owners.has(clientId) || this.otherOwners.has(clientId)) return
    const known = this.awareness.meta.get(clientId)?.clock ?? 0
    this.applyEntries(claim.peer, [{ ...claim.raw, clock: Math.max(claim.raw.clock, known + 1) }], false)
  }

  /** The instance stopped: its peers' presence ends here too. */
  forgetInstance(instance: string): void {
    if (this.closed) return
    const gone = [...this.otherOwners].filter(([, owner]) => owner === instance).map(([id]) => id)
    // The awareness event takes them out of otherOwners (and shows a waiting claim); any without a state too.
    if (gone.length > 0) removeAwarenessStates(this.awareness, gone, { otherInstance: instance })
    for (const clientId of gone) this.otherOwners.delete(clientId)
  }

  /** Every presence of this room's own peers as one awareness update, or null when there is none. */
  ownPresence(): Uint8Array | null {
    const clients = [...this.owners.keys()].filter((clientId) => this.awareness.states.has(clientId))
    return clients.length === 0 ? null : encodeAwarenessUpdate(this.awareness, clients)
  }

  /** Every current presence, for a peer that just arrived or asked. */
  sendTo(peer: Peer): void {
    const clients = [...this.awareness.getStates().keys()]
    if (clients.length === 0) return
    peer.send(encodeAwareness(encodeAwarenessUpdate(this.awareness, clients)))
  }

  /** A peer left: its presences end, for everyone else at once rather than after the 30 s timeout. */
  removePeer(peer: Peer): void {
    const presence = this.peers.get(peer)
    if (!presence) return
    this.peers.delete(peer)
    clearTimeout(presence.timer)
    for (const [clientId, claim] of this.claims) if (claim.peer === peer) this.claims.delete(clientId)
    const owned = [...presence.owned]
    for (const clientId of owned) {
      this.owners.delete(clientId)
      // Its departure is news for other instances too.
      if (this.publishOwn) this.changedOwn.add(clientId)
    }
    if (!this.closed && owned.length > 0) removeAwarenessStates(this.awareness, owned, peer)
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (this.closed) return
    // A client id belongs to the connection whose frame announced it (`apply` lets no one else change it).
    const peer = this.isPeer(origin) ? origin : undefined
    const presence = peer ? this.peers.get(peer) : undefined
    if (peer && presence) {
      for (const clientId of [...added, ...updated]) {
        this.owners.set(clientId, peer)
        presence.owned.add(clientId)
      }
    }
    if (this.publishOwn) {
      for (const clientId of [...added, ...updated, ...removed]) {
        if (this.owners.has(clientId)) this.changedOwn.add(clientId)
      }
    }
    for (const clientId of removed) {
      if (this.otherOwners.delete(clientId) && this.claims.has(clientId)) {
        // After this event: applying the claim now would nest one awareness event in another.
        queueMicrotask(() => this.applyClaim(clientId))
      }
      const owner = this.owners.get(clientId)
      if (owner) this.peers.get(owner)?.owned.delete(clientId)
      this.owners.delete(clientId)
      this.announcedJson.delete(clientId)
    }
    for (const clientId of [...added, ...updated, ...removed]) {
      this.changed.add(clientId)
      // The change frame carries the latest clock: a renewal waiting for its frame is superseded.
      this.renewed.delete(clientId)
    }
    this.scheduleFlush()
  }

  private scheduleFlush(): void {
    if (this.changed.size === 0 || this.flushTimer !== undefined || this.flushImmediate !== undefined) return
    const wait = this.lastFlush + this.limits.presenceIntervalMs - performance.now()
    if (wait <= 0) {
      this.flushImmediate = setImmediate(this.flush)
    } else {
      this.flushTimer = setTimeout(this.flush, wait)
      this.flushTimer.unref?.()
    }
  }

  private readonly flush = (): void => {
    this.flushTimer = undefined
    this.flushImmediate = undefined
    if (this.closed || this.changed.size === 0) return
    this.lastFlush = performance.now()
    const clients = [...this.changed]
    this.changed.clear()
    this.broadcast(encodeAwareness(encodeAwarenessUpdate(this.awareness, clients)))
    if (this.changedOwn.size > 0) {
      const own = [...this.changedOwn]
      this.changedOwn.clear()
      this.publishOwn?.(encodeAwarenessUpdate(this.awareness, own))
    }
  }

  /** Forgets every peer (they were all disconnected); the presences time out or are replaced on return. */
  forgetPeers(): void {
    for (const presence of this.peers.values()) clearTimeout(presence.timer)
    // Gone for other instances too: `close` tells them, from this list.
    if (this.publishOwn) for (const clientId of this.owners.keys()) this.changedOwn.add(clientId)
    this.peers.clear()
    this.owners.clear()
    this.claims.clear()
  }

  close(): void {
    if (this.closed) return
    // The room unloads right after its last peer left, maybe before the frame saying so went out: other
    // instances must still hear that this room's people are gone.
    const own = new Set([...this.changedOwn, ...this.owners.keys()])
    if (this.publishOwn && own.size > 0) {
      const clock = (clientId: number) => this.awareness.meta.get(clientId)?.clock ?? 0
      this.publishOwn(
        encodeAwarenessEntries(
          [...own].map((clientId) => ({ clientId, clock: clock(clientId), state: null })),
        ),
      )
    }
    this.closed = true
    clearTimeout(this.flushTimer)
    clearTimeout(this.renewalTimer)
    if (this.flushImmediate !== undefined) clearImmediate(this.flushImmediate)
    this.forgetPeers()
    this.awareness.off('update', this.onAwarenessUpdate)
    this.awareness.destroy()
  }
}
