import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { REFUSAL_REASONS, type RefusalReason } from '../shared/refusals'
import { mayWrite, type Role } from '../shared/roles'
import { isBoardLocked } from '../shared/sessionOperations'
import type { Grant } from './auth'
import { refusesBallotChange } from './ballotGuard'
import { CloseCode, CloseReason } from './closeCodes'
import { ConnectionBudget, type Owed, type SendingLimits } from './connectionBudget'
import type { Logger } from './log'
import { PresenceTooBigError } from './presence'
import {
  type ClientMessage,
  decodeClientMessage,
  encodeAwareness,
  encodePermissionDenied,
  encodeSyncStep1,
} from './protocol'
import type { Room, RoomPeer } from './rooms'
import type { SyncTarget } from './upgrade'

export interface ConnectionLimits extends SendingLimits {
  maxQueuedMessages: number
  /** Also bounds the bytes queued while the room loads: one document's worth. */
  maxPayloadBytes: number
  maxBufferedBytes: number
  maxAwarenessBytes: number
  keepAliveAfterMs: number
  heartbeatIntervalMs: number
}

/** An awareness update with no entries: the smallest frame a stock client reads as a sign of life. */
const KEEP_ALIVE_FRAME = encodeAwareness(Uint8Array.of(0))

let nextConnectionId = 1

function toBytes(data: WebSocket.RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data)
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return data
}

/**
 * One client's WebSocket: decodes its frames, queues them until its room has loaded, enforces what its
 * role may change, and guards the process against it (bad frames, slow reading, silence, sending too
 * much: see connectionBudget.ts). Whatever the client does, only this connection is closed or slowed down.
 */
export class Connection implements RoomPeer {
  readonly id = nextConnectionId++
  readonly documentName: string
  private room: Room | undefined
  private started = false
  private queue: Uint8Array[] = []
  private queuedBytes = 0
  private closed = false
  private answeredPing = true
  /** When the server last sent this client a frame (performance.now()), for `keepAlive`. */
  private lastSentAt = performance.now()
  /** When this connection's heartbeat last ran (its first runs one interval after it opened). */
  private lastHeartbeatAt = performance.now()
  /** Why this client was told its changes are refused: each reason once (too fast: once per throttling). */
  private readonly told = new Set<RefusalReason>()
  /** Changes of this client were dropped, and it was not asked since to send what the server lacks. */
  private refusedSinceResync = false
  private readonly budget: ConnectionBudget

  constructor(
    private readonly ws: WebSocket,
    readonly target: SyncTarget,
    readonly grant: Grant,
    private readonly limits: ConnectionLimits,
    private readonly log: Logger,
    private readonly onClosed: (connection: Connection) => void,
  ) {
    this.documentName = target.documentName
    this.budget = new ConnectionBudget(limits, {
      pauseReading: () => this.ws.pause(),
      resumeReading: () => {
        if (!this.closed) this.ws.resume()
      },
      catchUp: (owed) => this.catchUp(owed),
      note: (event) =>
        event === 'throttled'
          ? this.log.info('refusing changes beyond the connection’s budget', {
              connection: this.id,
              document: this.documentName,
            })
          : this.log.warn('pausing a connection that sends far past its budget', {
              connection: this.id,
              document: this.documentName,
            }),
    })
    ws.on('message', this.onMessage)
    ws.on('close', this.onClose)
    ws.on('pong', () => {
      this.answeredPing = true
    })
    // ws reports protocol violations (e.g. a frame above maxPayload, which it closes with 1009) as errors,
    // having already closed the connection; without a listener they would crash the process.
    ws.on('error', (error: Error & { code?: string }) => {
      this.log.warn('connection closed by protocol error', {
        connection: this.id,
        document: this.documentName,
        wsError: error.code,
        error: error.message,
      })
    })
  }

  get isOpen(): boolean {
    return !this.closed
  }

  get workshopId(): string {
    return this.target.address.workshopId
  }

  get role(): Role {
    return this.grant.role
  }

  /**
   * Binds the connection to its room; frames received before the room is ready wait in a bounded queue.
   * A board also waits for its workshop's room, where its lock is read.
   */
  attach(room: Room): void {
    this.room = room
    const workshop = room.heldWorkshop?.room
    if (room.isOpen && (!workshop || workshop.isOpen)) {
      this.start()
      return
    }
    room.storedRead.then(
      () => this.answerQueuedFromStorage(room),
      () => {},
    )
    Promise.all([room.ready, workshop?.ready]).then(
      () => this.start(),
      () => {
        // The registry closes the peers of a room that could not load (a board's, when its workshop's could not).
      },
    )
  }

  /**
   * While the room builds its document, answers a client's sync step 1 from the stored bytes, so a big board
   * reaches the client without waiting for the server's own copy (Room.answerSyncStep1FromStorage). Reading
   * needs no rights check beyond admission; everything else waits for `start`. True when answered; a frame
   * that is not a well-formed step 1 stays queued, and `dispatch` answers (or refuses) it like any other.
   */
  private answerFromStorage(room: Room, frame: Uint8Array): boolean {
    const decoded = decodeClientMessage(frame)
    if (!decoded.ok || decoded.message.kind !== 'syncStep1') return false
    try {
      return room.answerSyncStep1FromStorage(this, decoded.message.stateVector)
    } catch {
      return false
    }
  }

  /** Frames queued before the stored bytes were read: their step 1s can be answered now. */
  private answerQueuedFromStorage(room: Room): void {
    if (this.closed || this.started) return
    this.queue = this.queue.filter((frame) => !this.answerFromStorage(room, frame))
    this.queuedBytes = this.queue.reduce((total, frame) => total + frame.byteLength, 0)
  }

  private start(): void {
    const room = this.room
    if (this.closed || !room?.isOpen) return
    this.started = true
    room.greet(this)
    const queued = this.queue
    this.queue = []
    this.queuedBytes = 0
    for (const frame of queued) {
      if (this.closed) break
      this.handleFrame(frame)
    }
  }

  send(frame: Uint8Array): void {
    if (this.closed || this.ws.readyState !== WebSocket.OPEN) return
    // Dropping a message would leave this client silently diverged; closing lets it resync on reconnect.
    if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
      this.reject(CloseCode.tryAgainLater, CloseReason.tooSlow, { bufferedBytes: this.ws.bufferedAmount })
      return
    }
    this.ws.send(frame, { binary: true })
    this.lastSentAt = performance.now()
  }

  /**
   * Called every few seconds for each connection at its own moment (sweep.ts): the heartbeat when its
   * interval is up, and a keep-alive frame for a client sent nothing for `keepAliveAfterMs`. The stock
   * client reconnects after 30 s without a message (pings do not count: browsers hide them), and a
   * provider that announces no presence in a quiet room hears nothing else.
   */
  visit(now: number): void {
    if (this.closed) return
    if (now - this.lastHeartbeatAt >= this.limits.heartbeatIntervalMs) {
      this.lastHeartbeatAt = now
      this.checkHeartbeat()
    }
    if (this.started && now - this.lastSentAt >= this.limits.keepAliveAfterMs) this.send(KEEP_ALIVE_FRAME)
  }

  close(code: number, reason: string): void {
    if (this.closed) return
    this.detach()
    try {
      this.ws.close(code, reason)
    } catch {
      this.ws.terminate()
    }
  }

  /** Ends a connection that did not answer the previous ping, else pings it. */
  private checkHeartbeat(): void {
    // Its pong waits unread while the server is not reading it: that is no silence of the client's.
    if (this.closed || this.budget.paused) return
    if (!this.answeredPing) {
      this.log.info('terminating unresponsive connection', {
        connection: this.id,
        document: this.documentName,
      })
      this.detach()
      this.ws.terminate()
      return
    }
    this.answeredPing = false
    try {
      this.ws.ping()
    } catch {
      // The socket is closing; its close event cleans up.
    }
  }

  /** Stops handling this client's frames and takes it out of its room (ending its presence there). */
  private detach(): void {
    this.closed = true
    this.queue = []
    this.queuedBytes = 0
    this.budget.dispose()
    this.room?.removePeer(this)
  }

  private reject(code: number, reason: string, details: Record<string, unknown> = {}): void {
    if (this.closed) return
    this.log.warn('closing connection', {
      connection: this.id,
      document: this.documentName,
      code,
      reason,
      ...details,
    })
    this.close(code, reason)
  }

  private readonly onMessage = (data: WebSocket.RawData, isBinary: boolean): void => {
    if (this.closed) return
    if (!isBinary) {
      this.reject(CloseCode.unsupportedData, CloseReason.textFrame)
      return
    }
    const frame = toBytes(data)
    if (this.budget.paused) {
      this.budget.dropUnread(frame)
      return
    }
    if (!this.started && this.room && this.answerFromStorage(this.room, frame)) return
    if (!this.started) {
      // Bounded, so a client cannot grow memory without limit while storage is slow.
      if (
        this.queue.length >= this.limits.maxQueuedMessages ||
        this.queuedBytes + frame.byteLength > this.limits.maxPayloadBytes
      ) {
        this.reject(CloseCode.tryAgainLater, CloseReason.queueFull, {
          queued: this.queue.length,
          queuedBytes: this.queuedBytes,
        })
        return
      }
      this.queue.push(frame)
      this.queuedBytes += frame.byteLength
      return
    }
    this.handleFrame(frame)
  }

  private handleFrame(frame: Uint8Array): void {
    const room = this.room
    if (!room?.isOpen) return
    const decoded = decodeClientMessage(frame)
    if (!decoded.ok) {
      if (decoded.problem === 'unsupported') {
        this.reject(CloseCode.unsupportedData, CloseReason.unknownMessageType, { detail: decoded.detail })
      } else {
        this.reject(CloseCode.invalidPayload, CloseReason.malformedFrame, { detail: decoded.detail })
      }
      return
    }
    const message = decoded.message
    if (this.budget.admit(message, frame.byteLength)) this.dispatch(room, message)
    else if (message.kind === 'syncStep2' || message.kind === 'update')
      this.refuse(room, message.update, 'tooFast')
  }

  private dispatch(room: Room, message: ClientMessage): void {
    try {
      switch (message.kind) {
        case 'syncStep1':
          room.answerSyncStep1(this, message.stateVector)
          return
        case 'syncStep2':
        case 'update': {
          const refusal = this.refusalOf(room, message.update)
          if (refusal === null) {
            room.applyClientUpdate(this, message.update)
            if (this.refusedSinceResync) this.resync(room)
          } else this.refuse(room, message.update, refusal)
          return
        }
        case 'awareness':
          if (message.update.byteLength > this.limits.maxAwarenessBytes) {
            this.reject(CloseCode.messageTooBig, CloseReason.awarenessTooBig, {
              bytes: message.update.byteLength,
            })
            return
          }
          room.applyClientAwareness(this, message.update)
          return
        case 'queryAwareness':
          room.sendAwarenessTo(this)
          return
      }
    } catch (error) {
      if (error instanceof PresenceTooBigError) {
        this.reject(CloseCode.messageTooBig, CloseReason.presenceTooBig, { bytes: error.bytes })
        return
      }
      const reason =
        message.kind === 'awareness'
          ? CloseReason.invalidAwareness
          : message.kind === 'syncStep1'
            ? CloseReason.malformedFrame
            : CloseReason.invalidUpdate
      this.reject(CloseCode.invalidPayload, reason, {
        message: message.kind,
        detail: error instanceof Error ? error.message : String(error),
      })
    }
  }

  /** Why this connection may not apply `update` now, or null when it may. */
  private refusalOf(room: Room, update: Uint8Array): RefusalReason | null {
    if (!this.mayChange(room)) {
      const locked = this.target.address.kind === 'board' && mayWrite(this.grant.role, 'board', false)
      return locked ? 'locked' : 'readOnly'
    }
    // The size first: it costs nothing, and a change past the limit is refused whoever's dots it holds.
    const growth = room.growthRefusal(update.byteLength)
    if (growth !== null) return growth
    if (refusesBallotChange(this.grant.role, this.grant.voterId, this.target.address, room.doc, update))
      return 'notYourBallot'
    return null
  }

  /**
   * The client may send again after it was throttled or not read: the server asks for every change it
   * lacks (the refused ones too, which its client kept) and answers what it was asked meanwhile.
   */
  private catchUp(owed: Owed): void {
    this.told.delete('tooFast')
    const room = this.room
    if (this.closed || !room?.isOpen) return
    try {
      if (this.refusedSinceResync || owed.changesDropped) this.resync(room)
      if (owed.step1) room.answerSyncStep1(this, owed.step1)
      if (owed.awareness) room.sendAwarenessTo(this)
    } catch (error) {
      this.reject(CloseCode.invalidPayload, CloseReason.malformedFrame, {
        detail: error instanceof Error ? error.message : String(error),
      })
    }
  }

  /** Whether this connection's role may change its document right now (a board's lock can change). */
  private mayChange(room: Room): boolean {
    const { role } = this.grant
    const { address } = this.target
    const unlocked = mayWrite(role, address.kind, false)
    // Only a board's lock can change the answer, and only for roles it applies to.
    if (address.kind !== 'board' || !unlocked || mayWrite(role, address.kind, true)) return unlocked
    const workshop = room.heldWorkshop?.room
    // Without the workshop document the lock cannot be read: refuse. (The registry drops a board whose
    // workshop room is gone, so this does not happen in practice.)
    if (!workshop?.isOpen) return false
    return mayWrite(role, address.kind, isBoardLocked(workshop.doc, address.practiceId))
  }

  /**
   * Drops a change: not applied, not stored, not broadcast; the connection stays open and keeps receiving.
   * The client is told why once per reason, with y-protocols' permission-denied message (shared/refusals.ts),
   * unless the update would not have changed anything (the stock client answers the server's step 1 with
   * one even when it has nothing new, and that is no attempt to write). Its client keeps the change and
   * sends it again when the server asks for what it lacks (`resync`).
   */
  private refuse(room: Room, update: Uint8Array, reason: RefusalReason): void {
    if (!this.told.has(reason)) {
      // Too fast is told at once: the point is to read as little as possible of what comes then.
      // Throws on a malformed update, which closes the client as it would anyone's.
      if (reason !== 'tooFast' && Y.snapshotContainsUpdate(Y.snapshot(room.doc), update)) return
      this.told.add(reason)
      this.send(encodePermissionDenied(REFUSAL_REASONS[reason]))
    }
    this.refusedSinceResync = true
    this.log.debug('dropped an update', {
      connection: this.id,
      document: this.documentName,
      role: this.grant.role,
      reason,
      bytes: update.byteLength,
    })
  }

  /**
   * The first change this client may make again after some were dropped (a board unlocked). Its client
   * numbers its changes in sequence, so the dropped ones leave a gap that Yjs waits on: this change, and
   * every later one, would stay pending on the server until the client reconnected. A sync step 1 makes the
   * client send everything the server lacks, the dropped changes included, now that they are allowed.
   */
  private resync(room: Room): void {
    this.refusedSinceResync = false
    this.send(encodeSyncStep1(Y.encodeStateVector(room.doc)))
  }

  private readonly onClose = (): void => {
    this.detach()
    this.onClosed(this)
  }
}
