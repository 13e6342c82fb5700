import type { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { parseDocumentName, workshopDocumentName } from '../shared/documentNames'
import { OTHER_INSTANCE_ORIGIN, SERVER_ORIGIN, STORAGE_ORIGIN } from '../shared/origins'
import type { Role } from '../shared/roles'
import { AppliedRows } from './appliedRows'
import { CloseCode, CloseReason } from './closeCodes'
import { type DocumentSize, DocumentSizes, type SizeLimits, type SizeRefusal } from './documentSizes'
import type { Logger } from './log'
import { encodeStateWithoutPending, PendingGuard, type PendingLimits } from './pendingUpdates'
import { type PersistedDocument, UpdatePersistence } from './persistence'
import { type PresenceLimits, RoomPresence } from './presence'
import { encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './protocol'
import {
  applyStoredDocument,
  checkStoredDocument,
  DamagedDocumentError,
  type DocumentStore,
  type DocumentTail,
  type StoredDocument,
} from './storage/documentStore'

/** What a room needs from a connection; an in-memory peer works as well as a WebSocket. */
export interface RoomPeer {
  readonly id: number
  /** The role of the link it came with (a connection's); none for the server's own peers. */
  readonly role?: Role
  send(frame: Uint8Array): void
  close(code: number, reason: string): void
}

/** What each room holds its clients to (see config.ts for each). */
export interface RoomLimits extends PendingLimits, PresenceLimits, SizeLimits {}

/** No limits: for tests of other things, and the default of `createRoomSystem`. */
export const UNLIMITED_ROOMS: RoomLimits = {
  maxPendingBytes: Number.POSITIVE_INFINITY,
  maxPendingMs: 2 ** 31 - 1,
  maxPresenceEntries: Number.POSITIVE_INFINITY,
  maxPresenceEntryBytes: Number.POSITIVE_INFINITY,
  presenceBurst: Number.MAX_SAFE_INTEGER,
  presenceChangesPerSecond: Number.MAX_SAFE_INTEGER,
  presenceIntervalMs: 0,
  presenceRenewalIntervalMs: 0,
  maxDocumentBytes: Number.POSITIVE_INFINITY,
  maxWorkshopBytes: Number.POSITIVE_INFINITY,
}

/**
 * loading → ready ⇄ unloading → closed. A room is usable (hands out its document) only while ready or
 * unloading: an unload keeps the document alive until its last await, so a join that arrives meanwhile
 * gets a working room and the unload gives up.
 */
export type RoomState = 'loading' | 'ready' | 'unloading' | 'closed'

/** How long a loaded document waits to be built while its first client's step 1 may still arrive. */
const STORED_ANSWER_WINDOW_MS = 25

/** How long the whole document, encoded for a client arriving with nothing, is kept for the next ones. */
const WHOLE_STATE_KEPT_MS = 1000

/** How long a document found damaged is refused without reading it again (clients retry every few seconds). */
const DAMAGED_DOCUMENT_MEMORY_MS = 60_000

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The update of an empty document. */
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc())

/** A state vector with no entries (varUint 0): a client that has nothing yet. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.byteLength === 1 && stateVector[0] === 0
}

/** An update Yjs encodes for a transaction that changed nothing: no structs, empty delete set. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength <= 2 && update.every((byte) => byte === 0)
}

export interface RoomHooks {
  /**
   * Called with every change a client makes (`author`: its connection, when one of the room's peers made
   * it); the room broadcasts it once `acceptCommitted` is called.
   */
  persistUpdate(room: Room, update: Uint8Array, author: RoomPeer | undefined): void
  /** Called when the last peer left. */
  onEmpty(room: Room): void
  /** Called after a change was committed and broadcast (see RoomWatcher). */
  onCommitted?(room: Room): void
  /** Called when changes waiting for one they depend on were dropped (see pendingUpdates.ts). */
  onPendingDropped?(room: Room, bytes: number, contributors: number): void
  /** The instances sharing the room's storage, when it is shared: told what the room commits and lacks. */
  cluster?: RoomCluster
}

/**
 * What the registry tells the instances sharing its storage (server/cluster/): which documents it has open,
 * what it committed, its peers' presence; and what it asks of them when rows are missing.
 */
export interface RoomCluster {
  /** A room was created (still loading): its workshop's messages are wanted from now on. */
  roomCreated(room: Room): void
  /** The room is ready: catch up on what was committed elsewhere while it loaded, and ask for presence. */
  roomOpened(room: Room): void
  /** The room closed for good (unloaded, discarded, shut down). */
  roomClosed(room: Room): void
  /** A change was committed as row `seq`: the other instances should hear of it now. */
  committed(room: Room, update: Uint8Array, seq: number): void
  /**
   * Storage holds rows of this document that the room has not applied (another instance committed them
   * in between): the room needs `catchUp` with what storage has after `committedSeq`.
   */
  rowsMissing(room: Room): void
  /** Presence of the room's own peers changed (an awareness update of their entries only). */
  ownPresence(room: Room, update: Uint8Array): void
  /** This instance deleted a workshop: the others close its connections and forget it. */
  workshopDeleted(workshopId: string): void
}

/**
 * Follows rooms from the outside without being a peer (workshop history snapshots a workshop when its
 * phase changes): `opened` once a room's document is loaded, `committed` after each of its changes is
 * stored and broadcast. Both run synchronously; a watcher that does I/O starts it and returns.
 */
export interface RoomWatcher {
  opened?(room: Room): void
  committed?(room: Room): void
}

/** One document in memory, with its awareness and the peers editing it. */
export class Room implements PersistedDocument<RoomPeer> {
  readonly doc = new Y.Doc()
  private readonly presence: RoomPresence<RoomPeer>
  private readonly pending: PendingGuard<RoomPeer>
  readonly ready: Promise<void>
  /**
   * Settles once storage returned the document, before it is built into `doc`. Building a big document
   * takes longer than sending it, so a client's first sync step 1 is answered from the stored bytes as soon
   * as they are read (see `answerSyncStep1FromStorage`), and the client builds its copy while the server
   * builds its own. It carries no value: a promise holding the bytes would keep them for the room's life.
   */
  readonly storedRead: Promise<void>
  /** The stored state as one update, made on first use while loading and dropped once the room is ready. */
  private storedState: Uint8Array | null = null
  private storedDocument: StoredDocument | null = null
  /** The whole document as one update while many arrive with nothing at once (see answerSyncStep1). */
  private wholeState: Uint8Array | null = null
  /** When a client last arrived with nothing (performance.now()): a second one soon after starts a burst. */
  private lastArrivalWithNothing = Number.NEGATIVE_INFINITY
  private noteClientWaiting: () => void = () => {}
  /** Resolves once a client has been answered from the stored bytes: the build need not wait any longer. */
  private readonly clientWaiting = new Promise<void>((resolve) => {
    this.noteClientWaiting = resolve
  })
  private stateValue: RoomState = 'loading'
  private readonly peers = new Set<RoomPeer>()
  /** Which log rows the document contains (see appliedRows.ts). */
  private readonly rows: AppliedRows
  /** True while a row another instance committed is applied after it was relayed as it came. */
  private relayedAlready = false
  /** True while committed bytes are applied over pending client changes (see applyFromOtherInstance). */
  private mayReleasePending = false
  /** Log rows stored since the last snapshot; compaction folds them in once there are too many. */
  logRows = 0
  /** Changes applied to the document whose commit has not succeeded yet; an unload must not drop them. */
  uncommittedUpdates = 0
  /** Their bytes: a compaction's snapshot is followed by their log rows. */
  private uncommittedBytes = 0
  /** Changes applied since the room opened, and how many of them are committed (in that same order). */
  private appliedCount = 0
  private committedCount = 0
  /**
   * Answers to sync step 1 encoded while changes were applied but not committed: each waits for the commit
   * of everything it contains, since no client may see a change storage does not hold yet.
   */
  private answersAfterCommit: { peer: RoomPeer; frame: Uint8Array; after: number }[] = []
  unloadTimer: NodeJS.Timeout | undefined
  /**
   * For a board: the room of its workshop's document, held (as a silent peer) for as long as this room
   * lives, because whether the board is locked is written there. Set by the registry.
   */
  heldWorkshop: { room: Room; peer: RoomPeer } | undefined

  constructor(
    readonly name: string,
    load: () => Promise<StoredDocument>,
    private readonly hooks: RoomHooks,
    limits: RoomLimits = UNLIMITED_ROOMS,
    /** This document's and its workshop's size; none: not counted (and never full). */
    private readonly size?: DocumentSize,
    /** Other instances write to the same stored document (see DocumentStore.sharedByInstances). */
    sharedByInstances = false,
  ) {
    this.rows = new AppliedRows(sharedByInstances)
    this.presence = new RoomPresence<RoomPeer>(
      this.doc,
      limits,
      (frame) => this.broadcast(frame),
      (origin): origin is RoomPeer => this.isPeer(origin),
      hooks.cluster && ((update) => hooks.cluster?.ownPresence(this, update)),
    )
    this.pending = new PendingGuard<RoomPeer>(this.doc, limits, (contributors, bytes) => {
      this.hooks.onPendingDropped?.(this, bytes, contributors.length)
      // Ask again: an honest client answers with what its change depended on (see pendingUpdates.ts).
      const ask = encodeSyncStep1(Y.encodeStateVector(this.doc))
      for (const peer of contributors) if (this.peers.has(peer)) peer.send(ask)
    })
    // Checked before anything is answered from the bytes: a client would throw on a part that does not decode.
    const stored = load().then((document) => {
      checkStoredDocument(name, document)
      return document
    })
    this.storedRead = stored.then(() => {})
    // Failures are handled through `ready`; this copy must not count as an unhandled rejection.
    this.storedRead.catch(() => {})
    this.ready = this.load(stored)
  }

  get state(): RoomState {
    return this.stateValue
  }

  get awareness(): Awareness {
    return this.presence.awareness
  }

  /** True while the document may be read, edited and handed to a new peer. */
  get isOpen(): boolean {
    return this.stateValue === 'ready' || this.stateValue === 'unloading'
  }

  get peerCount(): number {
    return this.peers.size
  }

  private async load(read: Promise<StoredDocument>): Promise<void> {
    const stored = await read
    if (this.stateValue !== 'loading') return
    this.storedDocument = stored
    // A client sends its step 1 right after its socket opens: give it a moment to arrive and be answered
    // from the bytes before the build blocks the event loop. A client further away than that is answered
    // once the room is built, which it then mostly is already.
    await Promise.race([
      this.clientWaiting,
      new Promise((resolve) => setTimeout(resolve, STORED_ANSWER_WINDOW_MS)),
    ])
    this.storedDocument = null
    this.storedState = null
    // The workshop's size is needed before the first change can be checked against it.
    await this.size?.ready
    if (this.stateValue !== 'loading') return
    this.size?.loaded(stored)
    try {
      applyStoredDocument(this.doc, stored, STORAGE_ORIGIN)
    } catch (error) {
      throw new DamagedDocumentError(this.name, 'snapshot and log', errorText(error))
    }
    this.pending.afterApply()
    // Listening only now: Yjs encodes an update for its 'update' listeners, and for the load that would be
    // the whole document again (~75 ms for a 5,000-card board) only to be ignored.
    this.doc.on('update', this.onDocumentUpdate)
    this.rows.addEverythingUpTo(stored.lastSeq)
    this.logRows = stored.updates.length
    this.stateValue = 'ready'
  }

  beginUnload(): void {
    if (this.stateValue === 'ready') this.stateValue = 'unloading'
  }

  cancelUnload(): void {
    if (this.stateValue === 'unloading') this.stateValue = 'ready'
  }

  addPeer(peer: RoomPeer): void {
    if (this.stateValue === 'closed') throw new Error(`Room ${this.name} is closed`)
    this.peers.add(peer)
  }

  removePeer(peer: RoomPeer): void {
    if (!this.peers.delete(peer)) return
    this.pending.forget(peer)
    if (this.stateValue === 'closed') return
    // Tells everyone else that this person left, instead of letting them wait for the 30 s timeout.
    this.presence.removePeer(peer)
    if (this.peers.size === 0) this.hooks.onEmpty(this)
  }

  /**
   * Starts a peer: sends the server's state vector, so the client answers with whatever the server lacks
   * (edits it made offline), and the presences already in the room.
   */
  greet(peer: RoomPeer): void {
    peer.send(encodeSyncStep1(Y.encodeStateVector(this.doc)))
    this.sendAwarenessTo(peer)
  }

  /**
   * Answers a client's sync step 1 with everything it lacks: what the document contains, never its pending
   * changes (pendingUpdates.ts), and only once all of it is committed. Throws on a malformed state vector.
   */
  answerSyncStep1(peer: RoomPeer, stateVector: Uint8Array): void {
    const frame = encodeSyncStep2(this.stateFor(stateVector))
    if (this.uncommittedUpdates === 0) peer.send(frame)
    else this.answersAfterCommit.push({ peer, frame, after: this.appliedCount })
  }

  private stateFor(stateVector: Uint8Array): Uint8Array {
    if (!isEmptyStateVector(stateVector)) return encodeStateWithoutPending(this.doc, stateVector)
    // Everyone arriving at once (a room after a break) needs the same whole document: encode it once.
    const now = performance.now()
    const inBurst = now - this.lastArrivalWithNothing < WHOLE_STATE_KEPT_MS
    this.lastArrivalWithNothing = now
    let whole = this.wholeState
    if (whole === null) {
      whole = encodeStateWithoutPending(this.doc)
      // Kept only during a burst: held after a lone arrival it would cost the room its size again.
      if (inBurst) this.keepWholeState(whole)
    }
    return whole
  }

  /** Sends the answers whose changes are all committed now. */
  private sendAnswersAfterCommit(): void {
    if (this.answersAfterCommit.length === 0) return
    const due = this.answersAfterCommit.filter((answer) => answer.after <= this.committedCount)
    if (due.length === 0) return
    this.answersAfterCommit = this.answersAfterCommit.filter((answer) => answer.after > this.committedCount)
    for (const { peer, frame } of due) if (this.peers.has(peer)) peer.send(frame)
  }

  private keepWholeState(whole: Uint8Array): void {
    this.wholeState = whole
    setTimeout(() => {
      if (this.wholeState === whole) this.wholeState = null
    }, WHOLE_STATE_KEPT_MS).unref()
  }

  /**
   * Answers a client's sync step 1 from the stored bytes while the room is still loading: the stored state
   * is the whole document then (clients' changes wait until it is built). False when the bytes are gone
   * (the room is ready, or failed), and the step 1 must wait for the room. Throws on a malformed state vector.
   */
  answerSyncStep1FromStorage(peer: RoomPeer, stateVector: Uint8Array): boolean {
    const stored = this.storedDocument
    if (stored === null || this.stateValue !== 'loading') return false
    if (this.storedState === null) {
      const parts = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates
      this.storedState = parts.length === 0 ? EMPTY_UPDATE : Y.mergeUpdates(parts)
    }
    // A new client (empty state vector) needs everything: the bytes as they are, without a diff.
    const update = isEmptyStateVector(stateVector)
      ? this.storedState
      : Y.diffUpdate(this.storedState, stateVector)
    peer.send(encodeSyncStep2(update))
    this.noteClientWaiting()
    return true
  }

  /**
   * Why a client's change of `bytes` may not be applied because of size (the document's or the workshop's
   * limit), or null when it fits.
   */
  growthRefusal(bytes: number): SizeRefusal | null {
    return this.size?.refusal(bytes) ?? null
  }

  /** Applies a client's update; the resulting change is persisted, then broadcast. Throws on an invalid update. */
  applyClientUpdate(peer: RoomPeer, update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, peer)
    this.pending.afterApply(peer)
  }

  /** See RoomPresence.apply: throws on a malformed update, PresenceTooBigError for a state above the limit. */
  applyClientAwareness(peer: RoomPeer, update: Uint8Array): void {
    this.presence.apply(peer, update)
  }

  sendAwarenessTo(peer: RoomPeer): void {
    this.presence.sendTo(peer)
  }

  /** Called by persistence once `update` is committed: only now may anyone see it. */
  acceptCommitted(update: Uint8Array, seq: number, author?: RoomPeer): void {
    this.uncommittedUpdates -= 1
    this.uncommittedBytes -= update.byteLength
    this.committedCount += 1
    if (!this.isOpen) return
    const gap = this.rows.add(seq)
    this.logRows += 1
    // Other instances first: their peers wait for a network hop more, ours only for this loop.
    this.hooks.cluster?.committed(this, update, seq)
    this.broadcast(encodeUpdate(update), author)
    this.sendAnswersAfterCommit()
    this.hooks.onCommitted?.(this)
    if (gap) this.hooks.cluster?.rowsMissing(this)
  }

  /**
   * Highest storage sequence number up to which the document contains every row: what a snapshot of it
   * covers. With one instance that is the highest row committed; with several, rows another instance
   * committed in between may still be missing, and it stays below them until they are applied.
   */
  get committedSeq(): number {
    return this.rows.contiguous
  }

  /**
   * Applies row `seq`, which another instance committed, when it is the next one: relayed to every peer as
   * it changes the document (nothing when the document had it already). False when rows before it are
   * missing: the caller fetches them from storage (`catchUp`) instead.
   */
  applyOtherInstanceRow(seq: number, update: Uint8Array): boolean {
    if (!this.isOpen) return true
    if (this.rows.has(seq)) return true
    if (seq !== this.rows.contiguous + 1) return false
    // Committed already, and its instance built it from its own document: relayed as it came, before this
    // room spends time applying it, so crossing instances adds as little as it can to everyone's wait.
    this.broadcast(encodeUpdate(update))
    this.relayedAlready = true
    try {
      this.applyFromOtherInstance(update)
    } finally {
      this.relayedAlready = false
    }
    this.pending.afterApply()
    this.rows.add(seq)
    this.logRows += 1
    return true
  }

  /**
   * Applies what storage holds after `committedSeq` (read by `loadDocumentSince`): the snapshot when it
   * covers rows the room lacks, then every row not applied yet. Afterwards the document contains every row
   * up to `tail.lastSeq`. Throws on bytes that do not apply, leaving the room as it was before that part.
   */
  catchUp(tail: DocumentTail): void {
    if (!this.isOpen) return
    if (tail.snapshot) this.applyFromOtherInstance(tail.snapshot)
    for (const { seq, update } of tail.updates) {
      if (this.rows.has(seq)) continue
      this.applyFromOtherInstance(update)
      this.logRows += 1
    }
    this.pending.afterApply()
    this.rows.addEverythingUpTo(tail.lastSeq)
  }

  /**
   * Applies committed bytes from storage or another instance. A client's change waiting here for one it
   * depends on (Yjs "pending") is integrated in the same transaction once that one arrives, and comes out
   * in the same update: then the update is stored and broadcast like a client's (its committed part again,
   * which is harmless), or the client's change would be neither stored nor shown.
   */
  private applyFromOtherInstance(update: Uint8Array): void {
    const { pendingStructs, pendingDs } = this.doc.store
    this.mayReleasePending = pendingStructs !== null || pendingDs !== null
    try {
      Y.applyUpdate(this.doc, update, OTHER_INSTANCE_ORIGIN)
    } finally {
      this.mayReleasePending = false
    }
  }

  /** Applies presence that another instance's peers announced; see RoomPresence.applyOtherInstance. */
  applyOtherInstancePresence(instance: string, update: Uint8Array): void {
    if (this.isOpen) this.presence.applyOtherInstance(instance, update)
  }

  /** An instance stopped (or stopped beating): its peers' presence ends here. */
  forgetInstancePresence(instance: string): void {
    if (this.isOpen) this.presence.forgetInstance(instance)
  }

  /** The room's own peers' presence, as one awareness update (null when there is none), for another instance. */
  ownPresence(): Uint8Array | null {
    return this.presence.ownPresence()
  }

  noteCompacted(coveredSeq: number, rowsFolded: number, snapshotBytes: number): void {
    this.rows.addEverythingUpTo(coveredSeq)
    this.logRows = Math.max(0, this.logRows - rowsFolded)
    this.size?.compacted(snapshotBytes, this.uncommittedBytes)
  }

  /** The document's size as storage holds it (see documentSizes.ts), for health and tests. */
  get storedBytes(): number {
    return this.size?.documentBytes ?? 0
  }

  /**
   * Encoded once, sent to every peer, the author included: the stock client takes the echo as confirmation.
   * The author's copy goes last: it already shows its change, while everyone else is waiting to see it.
   */
  private broadcast(frame: Uint8Array, author?: RoomPeer): void {
    for (const peer of this.peers) if (peer !== author) peer.send(frame)
    if (author !== undefined && this.peers.has(author)) author.send(frame)
  }

  /** y-protocols marks what a connection sent with the connection: whether `origin` is one of this room's. */
  private isPeer(origin: unknown): origin is RoomPeer {
    const peers: ReadonlySet<unknown> = this.peers
    return peers.has(origin)
  }

  private readonly onDocumentUpdate = (update: Uint8Array, origin: unknown): void => {
    this.wholeState = null
    if (this.stateValue === 'closed' || isEmptyUpdate(update)) return
    if (origin === OTHER_INSTANCE_ORIGIN && !this.mayReleasePending) {
      // Committed by the instance that received it: relayed as it changed this document, never stored again.
      this.size?.grew(update.byteLength)
      if (!this.relayedAlready) this.broadcast(encodeUpdate(update))
      return
    }
    // What was rebuilt from storage is stored already; the server's own edits (SERVER_ORIGIN) are stored too.
    if (origin === STORAGE_ORIGIN) return
    this.uncommittedUpdates += 1
    this.uncommittedBytes += update.byteLength
    this.appliedCount += 1
    this.size?.grew(update.byteLength)
    const author = this.isPeer(origin) ? origin : undefined
    this.hooks.persistUpdate(this, update, author)
  }

  /** Closes every peer with `code` but keeps the document (shutdown saves it afterwards). */
  disconnectPeers(code: number, reason: string): void {
    for (const peer of [...this.peers]) {
      this.peers.delete(peer)
      peer.close(code, reason)
    }
    this.presence.forgetPeers()
    this.answersAfterCommit = []
  }

  /** Final: closes the peers and frees the document. The room is never used again. */
  close(code: number = CloseCode.goingAway, reason: string = CloseReason.shuttingDown): void {
    if (this.stateValue === 'closed') return
    this.stateValue = 'closed'
    clearTimeout(this.unloadTimer)
    this.doc.off('update', this.onDocumentUpdate)
    this.disconnectPeers(code, reason)
    this.presence.close()
    this.pending.dispose()
    this.size?.close()
    this.doc.destroy()
    this.hooks.cluster?.roomClosed(this)
  }
}

export interface RegistryOptions {
  store: DocumentStore
  persistence: UpdatePersistence<RoomPeer, Room>
  log: Logger
  unloadGraceMs: number
  /** What each room holds its clients to; none by default. */
  limits?: RoomLimits
  /** How long a deleted workshop's id stays refused after its deletion; DELETED_WORKSHOP_MEMORY_MS by default. */
  deletedWorkshopMemoryMs?: number
  /** The other instances sharing `store`, when it is shared (see server/cluster/). */
  cluster?: RoomCluster
}

/** A minute: far longer than an upgrade takes from its admission to joining its room. */
export const DELETED_WORKSHOP_MEMORY_MS = 60_000

/** Ids of the registry's own silent peers, which no connection id (counting up from 1) can equal. */
let nextInternalPeerId = -1

/**
 * All rooms of the process, one per document name. `join` is synchronous, so two connections for the same
 * document can never create two documents. A board's room holds its workshop's room (see `holdWorkshop`).
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>()
  private shuttingDown = false
  private readonly watchers = new Set<RoomWatcher>()
  /**
   * Workshops deleted (or being deleted) by this process: a connection admitted a moment before the
   * deletion reached storage must not load the workshop again. An id leaves DELETED_WORKSHOP_MEMORY_MS after
   * its deletion completed (`workshopDeleted`); by then no upgrade admitted before it is still under way,
   * and a new one is refused by the missing record.
   */
  private readonly deletedWorkshops = new Set<string>()
  /** Documents whose stored copy does not decode, with when to read it again (see `refuseDamaged`). */
  private readonly damagedDocuments = new Map<string, { error: DamagedDocumentError; until: number }>()
  private readonly limits: RoomLimits
  private readonly sizes: DocumentSizes

  constructor(private readonly options: RegistryOptions) {
    this.limits = options.limits ?? UNLIMITED_ROOMS
    this.sizes = new DocumentSizes(options.store, this.limits)
  }

  get size(): number {
    return this.rooms.size
  }

  /** The room of `documentName` if it is in memory (loading, ready or unloading). */
  get(documentName: string): Room | undefined {
    return this.rooms.get(documentName)
  }

  all(): Room[] {
    return [...this.rooms.values()]
  }

  /** Adds a watcher of every room opened from now on; returns the function that removes it. */
  watch(watcher: RoomWatcher): () => void {
    this.watchers.add(watcher)
    return () => this.watchers.delete(watcher)
  }

  /** Adds `peer` to the document's room, creating and loading the room when needed. */
  join(documentName: string, peer: RoomPeer): Room {
    if (this.shuttingDown) throw new Error('The server is shutting down')
    const address = parseDocumentName(documentName)
    if (address && this.deletedWorkshops.has(address.workshopId)) {
      throw new Error(`Workshop ${address.workshopId} was deleted`)
    }
    let room = this.rooms.get(documentName)
    if (!room) room = this.create(documentName)
    clearTimeout(room.unloadTimer)
    room.unloadTimer = undefined
    room.addPeer(peer)
    return room
  }

  private create(documentName: string): Room {
    const { store, persistence, log, cluster } = this.options
    const damaged = this.damagedDocuments.get(documentName)
    const load =
      damaged && damaged.until > Date.now()
        ? () => Promise.reject(damaged.error)
        : () => store.loadDocument(documentName)
    const room = new Room(
      documentName,
      load,
      {
        persistUpdate: (target, update, author) => persistence.enqueue(target, update, author),
        onEmpty: (target) => this.scheduleUnload(target),
        onCommitted: (target) => {
          for (const watcher of this.watchers) watcher.committed?.(target)
        },
        onPendingDropped: (target, bytes, contributors) =>
          log.info('dropped changes waiting for a change nobody sent', {
            document: target.name,
            bytes,
            connections: contributors,
          }),
        cluster,
      },
      this.limits,
      this.sizes.open(documentName),
      store.sharedByInstances,
    )
    this.rooms.set(documentName, room)
    cluster?.roomCreated(room)
    room.ready.then(
      () => {
        if (!room.isOpen) return
        cluster?.roomOpened(room)
        for (const watcher of this.watchers) watcher.opened?.(room)
      },
      () => {}, // a failed load is logged and handled below
    )
    const address = parseDocumentName(documentName)
    if (address?.kind === 'board') this.holdWorkshop(room, address.workshopId)
    room.ready.catch((error: unknown) => {
      if (error instanceof DamagedDocumentError) {
        this.refuseDamaged(room, error)
        return
      }
      log.error('could not load document', { document: documentName, error })
      this.discard(room, CloseCode.internalError, CloseReason.couldNotLoad)
    })
    return room
  }

  /**
   * A document whose stored copy does not decode is refused: its clients are closed with a code that says
   * so (they keep what they have and retry), the reason is logged once, and for a while it is refused
   * without being read again, so clients retrying cost no decoding. Other documents are not affected.
   */
  private refuseDamaged(room: Room, error: DamagedDocumentError): void {
    if (!this.damagedDocuments.has(room.name)) {
      this.options.log.error('stored document is damaged; refusing it until it is restored', {
        document: room.name,
        part: error.part,
        detail: error.detail,
      })
    }
    this.damagedDocuments.set(room.name, { error, until: Date.now() + DAMAGED_DOCUMENT_MEMORY_MS })
    this.discard(room, CloseCode.documentDamaged, CloseReason.documentDamaged)
  }

  /**
   * Joins the workshop's room on behalf of a board room, with a peer that receives nothing, so the workshop
   * document (where locks are) stays in memory and current while the board is in use. Should the workshop
   * room be dropped (it could not load or save), the board room goes with it: its clients reconnect and get
   * a fresh pair, rather than a board whose locks can no longer be read.
   */
  private holdWorkshop(board: Room, workshopId: string): void {
    const peer: RoomPeer = {
      id: nextInternalPeerId--,
      send: () => {},
      close: (code, reason) => {
        if (this.shuttingDown || board.heldWorkshop?.peer !== peer) return
        board.heldWorkshop = undefined
        this.discard(board, code, reason)
      },
    }
    board.heldWorkshop = { room: this.join(workshopDocumentName(workshopId), peer), peer }
  }

  /**
   * Makes a change of the server's own (a restore, an import into a live workshop) in the document's room,
   * loading it when needed, so it is stored and then broadcast exactly like a client's. Resolves with what
   * `edit` returned once the change is committed; rejects when the document cannot load or save. The room
   * unloads again after its grace period if nobody is in it.
   */
  async change<T>(documentName: string, edit: (doc: Y.Doc) => T): Promise<T> {
    const peer: RoomPeer = { id: nextInternalPeerId--, send: () => {}, close: () => {} }
    const room = this.join(documentName, peer)
    try {
      await room.ready
      if (!room.isOpen) throw new Error(`Document ${documentName} could not be loaded`)
      let result: T | undefined
      room.doc.transact(() => {
        result = edit(room.doc)
      }, SERVER_ORIGIN)
      await this.options.persistence.flush()
      if (!room.isOpen) throw new Error(`Document ${documentName} could not be saved`)
      return result as T
    } finally {
      room.removePeer(peer)
    }
  }

  /** Lets go of the workshop room a board room held; the workshop room unloads once nobody else uses it. */
  private releaseWorkshop(board: Room): void {
    const held = board.heldWorkshop
    if (!held) return
    board.heldWorkshop = undefined
    held.room.removePeer(held.peer)
  }

  private scheduleUnload(room: Room): void {
    if (this.shuttingDown) return
    clearTimeout(room.unloadTimer)
    room.unloadTimer = setTimeout(() => {
      room.unloadTimer = undefined
      void this.unload(room)
    }, this.options.unloadGraceMs)
  }

  /**
   * Saves the room's document as a snapshot and frees it, unless a peer arrived in the meantime. The
   * document stays usable until the very last step, so a join during the storage call keeps the room.
   */
  async unload(room: Room): Promise<void> {
    try {
      await room.ready
    } catch {
      return // a failed load discards the room by itself
    }
    if (room.state !== 'ready' || room.peerCount > 0 || this.rooms.get(room.name) !== room) return
    room.beginUnload()
    // A peer may join, edit and leave while the snapshot is written; its changes are committed after it, so
    // compact again until nothing is left uncommitted, or they would be dropped with the document.
    do {
      await this.options.persistence.compact(room)
    } while (room.isOpen && room.uncommittedUpdates > 0 && room.peerCount === 0 && !this.shuttingDown)
    if (!room.isOpen) return // storage failed meanwhile, and that path discarded the room
    if (room.peerCount > 0 || this.shuttingDown) {
      room.cancelUnload()
      return
    }
    this.rooms.delete(room.name)
    room.close()
    this.releaseWorkshop(room)
    this.options.log.debug('room unloaded', { document: room.name })
  }

  /** Drops a room without saving (its document may differ from storage) and closes its peers. */
  discard(room: Room, code: number, reason: string): void {
    if (this.rooms.get(room.name) === room) this.rooms.delete(room.name)
    room.close(code, reason)
    this.releaseWorkshop(room)
  }

  isWorkshopDeleted(workshopId: string): boolean {
    return this.deletedWorkshops.has(workshopId)
  }

  /** The second half of a deletion went through: the id is forgotten a while later (see deletedWorkshops). */
  workshopDeleted(workshopId: string): void {
    this.options.cluster?.workshopDeleted(workshopId)
    this.forgetDeletedLater(workshopId)
  }

  /**
   * Another instance deleted the workshop: its rooms here are dropped unsaved (storage no longer holds
   * the workshop, and refuses their changes) and their peers closed as for a deletion here.
   */
  async workshopDeletedElsewhere(workshopId: string): Promise<void> {
    await this.dropWorkshop(workshopId, CloseCode.workshopDeleted, CloseReason.workshopDeleted)
    this.forgetDeletedLater(workshopId)
  }

  private forgetDeletedLater(workshopId: string): void {
    const timer = setTimeout(
      () => this.deletedWorkshops.delete(workshopId),
      this.options.deletedWorkshopMemoryMs ?? DELETED_WORKSHOP_MEMORY_MS,
    )
    timer.unref?.()
  }

  /**
   * Storage could not delete the workshop after `dropWorkshop`: it exists, so it may open again. Its rooms
   * were dropped unsaved; their clients reconnect and send what storage lacks.
   */
  workshopNotDeleted(workshopId: string): void {
    this.deletedWorkshops.delete(workshopId)
  }

  /**
   * The first half of deleting a workshop: from now on no room of it opens again, its rooms are dropped
   * WITHOUT saving (their peers closed with `code`), and any commit or compaction already under way has
   * finished, so storage can delete the workshop knowing nothing of it will be written afterwards.
   */
  async dropWorkshop(workshopId: string, code: number, reason: string): Promise<void> {
    this.deletedWorkshops.add(workshopId)
    const rooms = this.all().filter((room) => parseDocumentName(room.name)?.workshopId === workshopId)
    // Boards first: each holds the workshop's room, which would otherwise close them with its own code.
    const byKind = (room: Room) => (parseDocumentName(room.name)?.kind === 'workshop' ? 1 : 0)
    for (const room of rooms.sort((a, b) => byKind(a) - byKind(b))) this.discard(room, code, reason)
    // Changes of those rooms still queued are skipped (their rooms are closed); wait for one in flight.
    await this.options.persistence.flush()
  }

  /** Graceful end: closes every peer, then commits what is pending and snapshots every document. */
  async shutdown(code: number, reason: string): Promise<void> {
    this.shuttingDown = true
    for (const room of this.rooms.values()) {
      clearTimeout(room.unloadTimer)
      room.disconnectPeers(code, reason)
    }
    await this.options.persistence.flush()
    for (const room of this.all()) {
      try {
        await room.ready
      } catch {
        continue
      }
      if (room.isOpen) await this.options.persistence.compact(room)
    }
    for (const room of this.all()) {
      this.rooms.delete(room.name)
      room.close(code, reason)
      room.heldWorkshop = undefined
    }
  }
}

export interface RoomSystemOptions {
  store: DocumentStore
  log: Logger
  unloadGraceMs: number
  compactionThreshold: number
  deletedWorkshopMemoryMs?: number
  limits?: RoomLimits
  /** How long a failing commit is retried before its rooms are closed (storage on another machine may blink). */
  commitRetryMs?: number
  cluster?: RoomCluster
}

/** The registry and its persistence, wired so that a failed commit discards the rooms it concerned. */
export function createRoomSystem(options: RoomSystemOptions): {
  registry: RoomRegistry
  persistence: UpdatePersistence<RoomPeer, Room>
} {
  const { store, log } = options
  const persistence = new UpdatePersistence<RoomPeer, Room>({
    store,
    log,
    compactionThreshold: options.compactionThreshold,
    commitRetryMs: options.commitRetryMs ?? 0,
    onCommitFailed: (rooms) => {
      // Unload without a snapshot, so the next load shows exactly what storage holds; the clients keep
      // their changes and send them again when they reconnect.
      for (const room of rooms) registry.discard(room, CloseCode.internalError, CloseReason.couldNotSave)
    },
  })
  const registry = new RoomRegistry({
    store,
    persistence,
    log,
    unloadGraceMs: options.unloadGraceMs,
    deletedWorkshopMemoryMs: options.deletedWorkshopMemoryMs,
    limits: options.limits,
    cluster: options.cluster,
  })
  return { registry, persistence }
}
