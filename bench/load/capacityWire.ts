/**
 * What the capacity section's parent and its generator processes share: the plan of a workshop, the
 * messages between them, and the y-websocket frames a raw participant sends and reads without Yjs.
 *
 * A card carries its intended send time in its text as ASCII (`@cap:<µs since the epoch>:<card key>@`),
 * and a Yjs update holds an inserted string as its UTF-8 bytes: a receiver finds the marker in the raw
 * frame with one `Buffer.indexOf` and never decodes the update. Every process on this machine reads the
 * same clock, `performance.timeOrigin + performance.now()`, so a card written in one process can be timed
 * in another.
 */
import * as decoding from 'lib0/decoding'
import {
  encodeAwareness,
  encodeAwarenessEntries,
  encodeSyncStep1,
  encodeSyncStep2,
} from '../../server/protocol'
import { MessageType } from '../../shared/protocol'

/** One workshop as the generator joins it: 30 participants, each with its 9 documents open. */
export interface WorkshopPlan {
  /** Global index in the ramp (0, 1, …): spreads schedules and picks the source address. */
  index: number
  /** The loopback address its sockets come from: each workshop is a venue of its own, as in real life. */
  localAddress: string
  /** ws://127.0.0.1:<port>/sync (PracticeMap) or ws://127.0.0.1:<port> (the floor); the document follows. */
  syncUrl: string
  /** The participant link's token ('' for the floor). */
  token: string
  workshop: string
  participation: string
  boards: string[]
}

/** The parent's orders to a generator process. */
export type ToGenerator =
  | { type: 'add'; workshops: WorkshopPlan[] }
  | { type: 'remove'; indexes: number[] }
  /** Starts a measured window now. */
  | { type: 'begin' }
  /** Ends the window now; the answer comes after `graceMs`, so cards still in flight can arrive. */
  | { type: 'end'; graceMs: number }

export interface GeneratorWindow {
  type: 'window'
  /** Card delivery latencies (ms from the intended send) to every other participant on the card's board. */
  latencies: number[]
  cards: number
  expected: number
  delivered: number
  windowMs: number
  /** CPU time (user + system) of this process in the window. */
  cpuMs: number
  /** Frames this process received and sent in the window. */
  framesIn: number
  framesOut: number
  loopP99: number
  loopMax: number
  /** Sockets of this process closed by the server since it started (none expected). */
  unexpectedCloses: number
}

export type FromGenerator =
  | { type: 'added'; connectMs: number }
  | { type: 'removed' }
  | GeneratorWindow
  | { type: 'failed'; message: string }

export const PARTICIPANTS_PER_WORKSHOP = 30
export const BOARDS_PER_WORKSHOP = 7
/** Workshop, participation and one per board. */
export const SOCKETS_PER_PARTICIPANT = 2 + BOARDS_PER_WORKSHOP
export const SOCKETS_PER_WORKSHOP = PARTICIPANTS_PER_WORKSHOP * SOCKETS_PER_PARTICIPANT
export const CARD_INTERVAL_MS = 20_000
/** y-protocols' awareness renews a live local state when half its 30 s timeout has passed. */
export const PRESENCE_RENEWAL_MS = 15_000

/** The source address of workshop `index`: 127.0.1.10, 127.0.1.11, … (the whole 127/8 is loopback). */
export function workshopAddress(index: number): string {
  return `127.0.${1 + Math.floor(index / 200)}.${10 + (index % 200)}`
}

export const now = () => performance.timeOrigin + performance.now()

const MARKER_START = '@cap:'
export const MARKER = Buffer.from(MARKER_START, 'latin1')
const MARKER_END = 0x40 // '@'
const COLON = 0x3a

export function cardText(plannedMs: number, key: string): string {
  return `Transfer idea ${MARKER_START}${Math.round(plannedMs * 1000)}:${key}@`
}

/** The intended send time and key of the card a raw update frame carries, or null when it has none. */
export function findCard(frame: Buffer): { plannedMs: number; key: string } | null {
  const at = frame.indexOf(MARKER)
  if (at < 0) return null
  const timeStart = at + MARKER.length
  const colon = frame.indexOf(COLON, timeStart)
  const end = colon < 0 ? -1 : frame.indexOf(MARKER_END, colon)
  if (end < 0) return null
  return {
    plannedMs: Number(frame.toString('latin1', timeStart, colon)) / 1000,
    key: frame.toString('latin1', colon + 1, end),
  }
}

/** Sync step 1 of an empty document (its state vector has no entries). */
export const EMPTY_STEP_1 = encodeSyncStep1(Uint8Array.of(0))
/** Sync step 2 with an empty update (no structs, no deletions): what an empty document answers. */
export const EMPTY_STEP_2 = encodeSyncStep2(Uint8Array.of(0, 0))

/** An awareness frame with one entry, as y-protocols' encodeAwarenessUpdate writes it. */
export function presenceFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  return encodeAwareness(encodeAwarenessEntries([{ clientId, clock, state }]))
}

/** The (client id, clock) pairs of an awareness frame; the states are skipped, never parsed. */
export function presenceClocks(frame: Uint8Array): Array<[clientId: number, clock: number]> {
  const outer = decoding.createDecoder(frame)
  decoding.readVarUint(outer)
  const decoder = decoding.createDecoder(decoding.readVarUint8Array(outer))
  const count = decoding.readVarUint(decoder)
  const entries: Array<[number, number]> = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    decoding.readVarUint8Array(decoder)
    entries.push([clientId, clock])
  }
  return entries
}

export const isSync = (frame: Uint8Array) => frame[0] === MessageType.sync
export const isPresence = (frame: Uint8Array) => frame[0] === MessageType.awareness
