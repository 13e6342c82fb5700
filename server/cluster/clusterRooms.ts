import { parseDocumentName } from '../../shared/documentNames'
import type { RegenerableRole } from '../../shared/roles'
import type { Logger } from '../log'
import type { Room, RoomCluster } from '../rooms'
import type { DocumentStore } from '../storage/documentStore'
import type { ClusterBus, ControlMessage, WorkshopMessage } from './bus'

/**
 * Keeps this instance's rooms current with what other instances commit to the same storage
 * (docs/scale-out.md). Storage is the truth and the bus only makes it quick:
 *
 * - a change committed here is published with its row number once it is committed and echoed;
 * - a row heard from another instance is applied and relayed when it is the room's next one, a row the
 *   room has is dropped, and a gap (a lost or late message, a row committed here in between) is filled
 *   from storage by sequence number (`loadDocumentSince`);
 * - a tail check asks storage for every open room's last row every few seconds, and often while the bus is
 *   down, so a lost last message, or no Redis at all, delays a change but never loses it;
 * - presence crosses only through the bus, each entry owned by the instance whose peer announced it; an
 *   instance that stops beating has its people removed everywhere.
 */
export interface ClusterRoomsOptions {
  store: DocumentStore
  /** None: instances share storage only, and changes cross through the tail check alone. */
  bus?: ClusterBus
  log: Logger
  /** Between two tail checks while the bus is connected. */
  tailCheckIntervalMs: number
  /** Between two tail checks while the bus is down or absent: the only way changes cross then. */
  tailPollIntervalMs: number
  /** Between two heartbeats; an instance silent for three of them is taken as gone. */
  heartbeatMs: number
  /** Another instance deleted a workshop: close its connections here, forget it. */
  onWorkshopDeleted(workshopId: string): void
  /** Another instance replaced a link: tokens of `role` below `generation` are revoked here too. */
  onLinkReplaced(workshopId: string, role: RegenerableRole, generation: number): void
  /**
   * The bus came back after an outage: deletions and replaced links said meanwhile were lost, so whatever
   * this instance holds about workshops must be read from storage again.
   */
  onBusReconnected(): void
}

/** Heartbeats an instance may miss before its people are removed. */
const MISSED_BEATS = 3

/** Rooms that hear their workshop's channel: only ones whose document a peer can see change. */
function workshopOf(room: Room): string | undefined {
  return parseDocumentName(room.name)?.workshopId
}

/** The registry as the cluster sees it: the open rooms, and one by document name. */
interface RoomLookup {
  all(): Room[]
  get(documentName: string): Room | undefined
}

export class ClusterRooms implements RoomCluster {
  private registry: RoomLookup = { all: () => [], get: () => undefined }
  /** Per room, the catch-up under way, and whether another was asked for meanwhile. */
  private readonly catchingUp = new Map<Room, { again: boolean }>()
  /** When each other instance was last heard (performance.now()). */
  private readonly lastHeard = new Map<string, number>()
  private tailTimer: NodeJS.Timeout | undefined
  private heartbeatTimer: NodeJS.Timeout | undefined
  private tailCheckUnderWay = false
  /** The bus has been connected once: every later connection follows an outage. */
  private connectedBefore = false
  private lastTailFailureLog = Number.NEGATIVE_INFINITY
  private stopped = false

  constructor(private readonly options: ClusterRoomsOptions) {}

  /** The instance id on the bus, or a placeholder without one. */
  get instance(): string {
    return this.options.bus?.instance ?? 'alone'
  }

  get busConnected(): boolean {
    return this.options.bus?.connected ?? false
  }

  /** Other instances heard within the last three heartbeats. */
  get otherInstances(): number {
    return this.lastHeard.size
  }

  /** Starts listening to the bus (when there is one) and the tail checks over `registry`'s rooms. */
  async start(registry: RoomLookup): Promise<void> {
    this.registry = registry
    const { bus } = this.options
    if (bus) {
      await bus.start({
        onWorkshopMessage: (workshopId, message) => this.onWorkshopMessage(workshopId, message),
        onControlMessage: (message) => this.onControlMessage(message),
        onConnected: () => this.onBusConnected(),
        onDisconnected: () => this.onBusDisconnected(),
      })
      this.heartbeatTimer = setInterval(() => this.beat(), this.options.heartbeatMs)
      this.heartbeatTimer.unref()
      this.beat()
    }
    this.scheduleTailCheck()
  }

  /** Tells the others this instance is gone (its people leave everywhere at once), then stops. */
  async stop(): Promise<void> {
    if (this.stopped) return
    this.stopped = true
    clearTimeout(this.tailTimer)
    clearInterval(this.heartbeatTimer)
    const { bus } = this.options
    if (bus) {
      bus.publishToAll({ kind: 'instanceLeft', instance: bus.instance })
      await bus.close()
    }
  }

  /** Tells the other instances; they act on it as `onWorkshopDeleted` / `onLinkReplaced` say. */
  workshopDeleted(workshopId: string): void {
    const { bus } = this.options
    bus?.publishToAll({ kind: 'workshopDeleted', instance: bus.instance, workshopId })
  }

  announceLinkReplaced(workshopId: string, role: RegenerableRole, generation: number): void {
    const { bus } = this.options
    bus?.publishToAll({ kind: 'linkReplaced', instance: bus.instance, workshopId, role, generation })
  }

  // ---- RoomCluster: what the registry reports ----

  roomCreated(room: Room): void {
    const workshopId = workshopOf(room)
    if (workshopId !== undefined) this.options.bus?.follow(workshopId)
  }

  roomOpened(room: Room): void {
    // Rows committed elsewhere between the load's read and the bus subscription taking effect were heard
    // by nobody here: one look at storage now instead of at the next tail check.
    this.rowsMissing(room)
    this.publishFor(room, (instance, document) => ({ kind: 'presenceWanted', instance, document }))
  }

  roomClosed(room: Room): void {
    this.catchingUp.delete(room)
    const workshopId = workshopOf(room)
    if (workshopId !== undefined) this.options.bus?.unfollow(workshopId)
  }

  committed(room: Room, update: Uint8Array, seq: number): void {
    this.publishFor(room, (instance, document) => ({
      kind: 'update',
      instance,
      document,
      prevSeq: seq - 1,
      seq,
      update,
    }))
  }

  ownPresence(room: Room, update: Uint8Array): void {
    this.publishFor(room, (instance, document) => ({ kind: 'presence', instance, document, update }))
  }

  /** Says `message` on the room's workshop channel, when there is a bus. */
  private publishFor(room: Room, message: (instance: string, document: string) => WorkshopMessage): void {
    const { bus } = this.options
    const workshopId = workshopOf(room)
    if (bus && workshopId !== undefined) bus.publishToWorkshop(workshopId, message(bus.instance, room.name))
  }

  /** Tells the other instances who of this room's own peers is here (they asked, or cannot have heard). */
  private sendOwnPresence(room: Room): void {
    const own = room.ownPresence()
    if (own) this.ownPresence(room, own)
  }

  /** Fetches what storage holds after the room's last contiguous row; one fetch per room at a time. */
  rowsMissing(room: Room): void {
    const under = this.catchingUp.get(room)
    if (under) {
      under.again = true
      return
    }
    const state = { again: false }
    this.catchingUp.set(room, state)
    void this.catchUpLoop(room, state)
  }

  private async catchUpLoop(room: Room, state: { again: boolean }): Promise<void> {
    try {
      do {
        state.again = false
        if (!room.isOpen) return
        const tail = await this.options.store.loadDocumentSince(room.name, room.committedSeq)
        room.catchUp(tail)
      } while (state.again && !this.stopped)
    } catch (error) {
      // The next tail check tries again: nothing is lost meanwhile, the rows are in storage.
      this.options.log.warn('could not catch up on changes from other instances', {
        document: room.name,
        error,
      })
    } finally {
      if (this.catchingUp.get(room) === state) this.catchingUp.delete(room)
    }
  }

  // ---- The bus ----

  private onWorkshopMessage(workshopId: string, message: WorkshopMessage): void {
    this.lastHeard.set(message.instance, performance.now())
    // A message must concern the channel it came on: a document of that workshop.
    if (parseDocumentName(message.document)?.workshopId !== workshopId) return
    const room = this.registry.get(message.document)
    if (!room) return
    // A loading room catches up from storage once it is ready.
    if (!room.isOpen) return
    try {
      switch (message.kind) {
        case 'update':
          if (!room.applyOtherInstanceRow(message.seq, message.update)) this.rowsMissing(room)
          return
        case 'presence':
          room.applyOtherInstancePresence(message.instance, message.update)
          return
        case 'presenceWanted':
          this.sendOwnPresence(room)
          return
      }
    } catch (error) {
      this.options.log.warn('could not apply a message from another instance', {
        document: room.name,
        kind: message.kind,
        error,
      })
      if (message.kind === 'update') this.rowsMissing(room)
    }
  }

  private onControlMessage(message: ControlMessage): void {
    switch (message.kind) {
      case 'heartbeat':
        this.lastHeard.set(message.instance, performance.now())
        return
      case 'instanceLeft':
        this.forgetInstance(message.instance)
        return
      case 'workshopDeleted':
        this.options.onWorkshopDeleted(message.workshopId)
        return
      case 'linkReplaced':
        this.options.onLinkReplaced(message.workshopId, message.role, message.generation)
        return
    }
  }

  private onBusConnected(): void {
    this.options.log.info('cluster bus connected', { instance: this.instance })
    if (this.connectedBefore) this.options.onBusReconnected()
    this.connectedBefore = true
    this.scheduleTailCheck(0)
    this.beat()
    // Whatever the others said meanwhile is lost: their people, and ours for them.
    for (const room of this.registry.all()) {
      if (!room.isOpen) continue
      this.publishFor(room, (instance, document) => ({ kind: 'presenceWanted', instance, document }))
      this.sendOwnPresence(room)
    }
  }

  private onBusDisconnected(): void {
    this.options.log.warn('cluster bus lost; checking storage for changes instead', {
      instance: this.instance,
    })
    this.scheduleTailCheck(0)
  }

  private beat(): void {
    const { bus } = this.options
    if (!bus || this.stopped) return
    bus.publishToAll({ kind: 'heartbeat', instance: bus.instance })
    const silentSince = performance.now() - MISSED_BEATS * this.options.heartbeatMs
    for (const [instance, heard] of this.lastHeard) {
      if (heard < silentSince) this.forgetInstance(instance)
    }
  }

  private forgetInstance(instance: string): void {
    this.lastHeard.delete(instance)
    for (const room of this.registry.all()) room.forgetInstancePresence(instance)
  }

  // ---- The tail check ----

  private scheduleTailCheck(delay?: number): void {
    if (this.stopped) return
    clearTimeout(this.tailTimer)
    const wait =
      delay ?? (this.busConnected ? this.options.tailCheckIntervalMs : this.options.tailPollIntervalMs)
    this.tailTimer = setTimeout(() => void this.checkTails(), wait)
    this.tailTimer.unref()
  }

  /** Asks storage for every open room's last row, in one round trip, and catches up the rooms behind. */
  private async checkTails(): Promise<void> {
    if (this.tailCheckUnderWay) return
    this.tailCheckUnderWay = true
    try {
      const open = this.registry.all().filter((room) => room.state === 'ready')
      if (open.length === 0) return
      const lastSeqs = await this.options.store.lastSeqs(open.map((room) => room.name))
      for (const room of open) {
        if ((lastSeqs.get(room.name) ?? 0) > room.committedSeq) this.rowsMissing(room)
      }
    } catch (error) {
      const now = performance.now()
      if (now - this.lastTailFailureLog > 10_000) {
        this.lastTailFailureLog = now
        this.options.log.warn('could not check storage for changes from other instances', { error })
      }
    } finally {
      this.tailCheckUnderWay = false
      this.scheduleTailCheck()
    }
  }
}
