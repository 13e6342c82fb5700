import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness'
import * as Y from 'yjs'
import { parseDocumentName, workshopDocumentName } from '../shared/documentNames'
import { CloseCode, CloseReason } from './closeCodes'
import type { Logger } from './log'
import { UpdatePersistence } from './persistence'
import {
  type AwarenessEntry,
  decodeAwarenessUpdate,
  encodeAwareness,
  encodeAwarenessEntries,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from './protocol'
import { applyStoredDocument, type DocumentStore, type StoredDocument } from './storage/documentStore'

/** Marks the transaction that rebuilds a document from storage, so it is not stored a second time. */
export const LOAD_ORIGIN = Symbol('loaded from storage')
/** Marks the server's own edits (a restore, an import into a live workshop); they are stored and broadcast. */
export const SERVER_ORIGIN = Symbol('made by the server')

/** What a room needs from a connection; an in-memory peer works as well as a WebSocket. */
export interface RoomPeer {
  readonly id: number
  send(frame: Uint8Array): void
  close(code: number, reason: string): void
}

/**
 * loading → ready ⇄ unloading → closed. A room is usable (hands out its document) only while ready or
 * unloading: an unload keeps the document alive until its last await, so a join that arrives meanwhile
 * gets a working room and the unload gives up.
 */
export type RoomState = 'loading' | 'ready' | 'unloading' | 'closed'

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}

/** The entry with `role` in place of the role its state claims, if it claims one (the same entry otherwise). */
function withRole(entry: AwarenessEntry, role: string): AwarenessEntry {
  const { state } = entry
  if (typeof state !== 'object' || state === null || Array.isArray(state) || !Object.hasOwn(state, 'role'))
    return entry
  return (state as { role?: unknown }).role === role ? entry : { ...entry, state: { ...state, role } }
}

/** How long a loaded document waits to be built while its first client's step 1 may still arrive. */
const STORED_ANSWER_WINDOW_MS = 25

/** How long the whole document, encoded for a client arriving with nothing, is kept for the next ones. */
const WHOLE_STATE_KEPT_MS = 1000

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
export class Room {
  readonly doc = new Y.Doc()
  readonly awareness: Awareness
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
  /** Which connection announced each awareness client id, so its presence ends when that connection does. */
  private readonly awarenessOwners = new Map<number, RoomPeer>()
  /** Peers that have sent awareness; a peer's first awareness frame is its own state (see `rejoin`). */
  private readonly announced = new WeakSet<RoomPeer>()
  /** Highest storage sequence number the document contains. */
  committedSeq = 0
  /** Log rows stored since the last snapshot; compaction folds them in once there are too many. */
  logRows = 0
  /** Changes applied to the document whose commit has not succeeded yet; an unload must not drop them. */
  uncommittedUpdates = 0
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
  ) {
    this.awareness = new Awareness(this.doc)
    // The server is not a participant and must not announce a presence of its own.
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.onAwarenessUpdate)
    const stored = load()
    this.storedRead = stored.then(() => {})
    // Failures are handled through `ready`; this copy must not count as an unhandled rejection.
    this.storedRead.catch(() => {})
    this.ready = this.load(stored)
  }

  get state(): RoomState {
    return this.stateValue
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
    if (this.stateValue !== 'loading') return
    applyStoredDocument(this.doc, stored, LOAD_ORIGIN)
    // Listening only now: Yjs encodes an update for its 'update' listeners, and for the load that would be
    // the whole document again (~75 ms for a 5,000-card board) only to be ignored.
    this.doc.on('update', this.onDocumentUpdate)
    this.committedSeq = stored.lastSeq
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
    const owned: number[] = []
    for (const [clientId, owner] of this.awarenessOwners) {
      if (owner === peer) owned.push(clientId)
    }
    for (const clientId of owned) this.awarenessOwners.delete(clientId)
    if (this.stateValue === 'closed') return
    // Tells everyone else that this person left, instead of letting them wait for the 30 s timeout.
    if (owned.length > 0) removeAwarenessStates(this.awareness, owned, peer)
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

  /** Answers a client's sync step 1 with everything it lacks. Throws on a malformed state vector. */
  answerSyncStep1(peer: RoomPeer, stateVector: Uint8Array): void {
    if (isEmptyStateVector(stateVector)) {
      // Everyone arriving at once (a room after a break) needs the same whole document: encode it once.
      const now = performance.now()
      const inBurst = now - this.lastArrivalWithNothing < WHOLE_STATE_KEPT_MS
      this.lastArrivalWithNothing = now
      let whole = this.wholeState
      if (whole === null) {
        whole = Y.encodeStateAsUpdate(this.doc)
        // Kept only during a burst: held after a lone arrival it would cost the room its size again.
        if (inBurst) this.keepWholeState(whole)
      }
      peer.send(encodeSyncStep2(whole))
      return
    }
    peer.send(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector)))
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

  /** Applies a client's update; the resulting change is persisted, then broadcast. Throws on an invalid update. */
  applyClientUpdate(peer: RoomPeer, update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, peer)
  }

  /**
   * Applies a client's awareness update and broadcasts it to every peer, the sender included. Entries for
   * client ids that another connection announced are dropped: nobody can change or end someone else's
   * presence. They are not a reason to close the sender, since the stock client relays every awareness
   * change it receives, other people's included (with clocks the server already has). With `role`, the
   * role the sender's link grants, a state that names a role names that one: presence steers where
   * "Follow facilitator" and a projector go, so nobody may pass for a facilitator there.
   */
  applyClientAwareness(peer: RoomPeer, update: Uint8Array, role?: string): void {
    // Decoded in full first (throws when malformed), so a bad entry cannot leave half an update applied.
    const decoded = decodeAwarenessUpdate(update)
    const owned = decoded.filter((entry) => {
      const owner = this.awarenessOwners.get(entry.clientId)
      return owner === undefined || owner === peer
    })
    const first = !this.announced.has(peer)
    this.announced.add(peer)
    if (owned.length === 0) return
    const entries = role === undefined ? owned : owned.map((entry) => withRole(entry, role))
    const unchanged = entries.length === decoded.length && entries.every((entry, i) => entry === owned[i])
    const own = unchanged ? update : encodeAwarenessEntries(entries)
    applyAwarenessUpdate(this.awareness, (first && this.rejoin(entries)) || own, peer)
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
  private rejoin(entries: AwarenessEntry[]): Uint8Array | undefined {
    let rejoined = false
    const adjusted = entries.map((entry) => {
      const known = this.awareness.meta.get(entry.clientId)
      if (entry.state === null || known === undefined || entry.clock > known.clock) return entry
      if (this.awareness.states.has(entry.clientId)) return entry
      rejoined = true
      return { ...entry, clock: known.clock + 1 }
    })
    return rejoined ? encodeAwarenessEntries(adjusted) : undefined
  }

  sendAwarenessTo(peer: RoomPeer): void {
    const clients = [...this.awareness.getStates().keys()]
    if (clients.length === 0) return
    peer.send(encodeAwareness(encodeAwarenessUpdate(this.awareness, clients)))
  }

  /** Called by persistence once `update` is committed: only now may anyone see it. */
  acceptCommitted(update: Uint8Array, seq: number, author?: RoomPeer): void {
    this.uncommittedUpdates -= 1
    if (!this.isOpen) return
    this.committedSeq = Math.max(this.committedSeq, seq)
    this.logRows += 1
    this.broadcast(encodeUpdate(update), author)
    this.hooks.onCommitted?.(this)
  }

  noteCompacted(coveredSeq: number, rowsFolded: number): void {
    this.committedSeq = Math.max(this.committedSeq, coveredSeq)
    this.logRows = Math.max(0, this.logRows - rowsFolded)
  }

  /**
   * Encoded once, sent to every peer, the author included: the stock client takes the echo as confirmation.
   * The author's copy goes last: it already shows its change, while everyone else is waiting to see it.
   */
  private broadcast(frame: Uint8Array, author?: RoomPeer): void {
    for (const peer of this.peers) if (peer !== author) peer.send(frame)
    if (author !== undefined && this.peers.has(author)) author.send(frame)
  }

  private readonly onDocumentUpdate = (update: Uint8Array, origin: unknown): void => {
    this.wholeState = null
    if (origin === LOAD_ORIGIN || this.stateValue === 'closed' || isEmptyUpdate(update)) return
    this.uncommittedUpdates += 1
    const author = this.peers.has(origin as RoomPeer) ? (origin as RoomPeer) : undefined
    this.hooks.persistUpdate(this, update, author)
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: AwarenessChange,
    origin: unknown,
  ): void => {
    if (this.stateValue === 'closed') return
    // A client id belongs to the connection whose frame last changed it: a new client, or one that comes
    // back (its id is known from before, so it counts as updated). Other clients relay every awareness
    // change they receive back to the server, but with a clock the server already has, which changes nothing
    // and so never reaches this handler: they cannot take over (and later remove) someone else's presence.
    const peer = this.peers.has(origin as RoomPeer) ? (origin as RoomPeer) : undefined
    if (peer) for (const clientId of [...added, ...updated]) this.awarenessOwners.set(clientId, peer)
    for (const clientId of removed) this.awarenessOwners.delete(clientId)
    // Renewals (`updated` with an unchanged state) are broadcast too: a client alone in a room is kept
    // alive by its own echo, because the v3 client drops a connection that is silent for 30 s.
    const changed = [...added, ...updated, ...removed]
    if (changed.length === 0) return
    this.broadcast(encodeAwareness(encodeAwarenessUpdate(this.awareness, changed)))
  }

  /** Closes every peer with `code` but keeps the document (shutdown saves it afterwards). */
  disconnectPeers(code: number, reason: string): void {
    for (const peer of [...this.peers]) {
      this.peers.delete(peer)
      peer.close(code, reason)
    }
    this.awarenessOwners.clear()
  }

  /** Final: closes the peers and frees the document. The room is never used again. */
  close(code: number = CloseCode.goingAway, reason: string = CloseReason.shuttingDown): void {
    if (this.stateValue === 'closed') return
    this.stateValue = 'closed'
    clearTimeout(this.unloadTimer)
    this.doc.off('update', this.onDocumentUpdate)
    this.awareness.off('update', this.onAwarenessUpdate)
    this.disconnectPeers(code, reason)
    this.awareness.destroy()
    this.doc.destroy()
  }
}

export interface RegistryOptions {
  store: DocumentStore
  persistence: UpdatePersistence
  log: Logger
  unloadGraceMs: number
  /** How long a deleted workshop's id stays refused after its deletion; DELETED_WORKSHOP_MEMORY_MS by default. */
  deletedWorkshopMemoryMs?: number
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

  constructor(private readonly options: RegistryOptions) {}

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
    const { store, persistence, log } = this.options
    const room = new Room(documentName, () => store.loadDocument(documentName), {
      persistUpdate: (target, update, author) => persistence.enqueue(target, update, author),
      onEmpty: (target) => this.scheduleUnload(target),
      onCommitted: (target) => {
        for (const watcher of this.watchers) watcher.committed?.(target)
      },
    })
    this.rooms.set(documentName, room)
    room.ready.then(
      () => {
        if (room.isOpen) for (const watcher of this.watchers) watcher.opened?.(room)
      },
      () => {}, // a failed load is logged and handled below
    )
    const address = parseDocumentName(documentName)
    if (address?.kind === 'board') this.holdWorkshop(room, address.workshopId)
    room.ready.catch((error: unknown) => {
      log.error('could not load document', { document: documentName, error })
      this.discard(room, CloseCode.internalError, CloseReason.couldNotLoad)
    })
    return room
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
}

/** The registry and its persistence, wired so that a failed commit discards the rooms it concerned. */
export function createRoomSystem(options: RoomSystemOptions): {
  registry: RoomRegistry
  persistence: UpdatePersistence
} {
  const { store, log } = options
  const persistence: UpdatePersistence = new UpdatePersistence({
    store,
    log,
    compactionThreshold: options.compactionThreshold,
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
  })
  return { registry, persistence }
}
