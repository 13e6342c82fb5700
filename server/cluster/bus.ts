import type { RegenerableRole } from '../../shared/roles'

/**
 * What instances sharing one database tell each other (docs/scale-out.md). The bus only speeds things up:
 * storage is the truth, every change on the bus is already committed, and a receiver that misses one finds
 * it in storage by its sequence number. Instances never exchange sync step 1/2 (hocuspocus#1151).
 */

/** Said on a workshop's channel, heard by the instances that have one of its documents open. */
export type WorkshopMessage =
  /** `update` was committed as row `seq` of `document`; `prevSeq` is the row before it (seq − 1). */
  | { kind: 'update'; instance: string; document: string; prevSeq: number; seq: number; update: Uint8Array }
  /**
   * An awareness update (y-protocols) about people connected to `instance` only: their entries belong to
   * that instance, and vanish when it stops beating.
   */
  | { kind: 'presence'; instance: string; document: string; update: Uint8Array }
  /**
   * The instance just opened the document, or its bus reconnected: every other instance with the document
   * open answers with its peers' presence (a `presence` message), instead of it waiting for their renewals.
   */
  | { kind: 'presenceWanted'; instance: string; document: string }

/** Said to every instance. */
export type ControlMessage =
  /** The instance is alive; three missed beats and the others drop its people. */
  | { kind: 'heartbeat'; instance: string }
  /** The instance is shutting down: its people are gone now. */
  | { kind: 'instanceLeft'; instance: string }
  /** The workshop was deleted: close its connections, forget its record, never load it again. */
  | { kind: 'workshopDeleted'; instance: string; workshopId: string }
  /** A link was replaced: tokens of `role` below `generation` are revoked. */
  | { kind: 'linkReplaced'; instance: string; workshopId: string; role: RegenerableRole; generation: number }

export type BusMessage = WorkshopMessage | ControlMessage

/** Whether the message travels on a workshop's channel; exhaustive, so a new kind must say which. */
export function isWorkshopMessage(message: BusMessage): message is WorkshopMessage {
  switch (message.kind) {
    case 'update':
    case 'presence':
    case 'presenceWanted':
      return true
    case 'heartbeat':
    case 'instanceLeft':
    case 'workshopDeleted':
    case 'linkReplaced':
      return false
    default:
      return message satisfies never
  }
}

export interface BusHandlers {
  onWorkshopMessage(workshopId: string, message: WorkshopMessage): void
  onControlMessage(message: ControlMessage): void
  /**
   * The bus (re)connected and its subscriptions are in place: whatever was said while it was down is lost,
   * so every open room checks storage for what it missed. Also called once after the first connect.
   */
  onConnected(): void
  /** The bus lost its connection: rooms poll storage until `onConnected`. */
  onDisconnected(): void
}

export interface ClusterBus {
  /** This instance's id, unique per process start: messages it hears from itself are ignored. */
  readonly instance: string
  /** True while messages can be sent and heard. */
  readonly connected: boolean
  /** Starts listening; resolves once connected, or rejects when the first connection fails. */
  start(handlers: BusHandlers): Promise<void>
  /**
   * Hear the workshop's channel (this instance opened one of its documents). Counted: each `follow` is
   * undone by one `unfollow`.
   */
  follow(workshopId: string): void
  unfollow(workshopId: string): void
  /** Fire and forget: while the bus is down the message is dropped (storage holds what matters). */
  publishToWorkshop(workshopId: string, message: WorkshopMessage): void
  publishToAll(message: ControlMessage): void
  close(): Promise<void>
}
