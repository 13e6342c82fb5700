import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { AuthMessageType, MessageType, SyncMessageType } from '../shared/protocol'

/**
 * The y-websocket wire format (y-protocols PROTOCOL.md): a frame is `varUint(messageType)` + payload, and
 * exactly one message travels per frame, because the v3 client reads one message per frame. The message
 * kinds are declared in shared/protocol.ts.
 */

export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' }

export type DecodeProblem = 'malformed' | 'unsupported'

export type DecodeResult =
  | { ok: true; message: ClientMessage }
  | { ok: false; problem: DecodeProblem; detail: string }

function readMessage(decoder: decoding.Decoder): DecodeResult {
  const type = decoding.readVarUint(decoder)
  switch (type) {
    case MessageType.sync: {
      const syncType = decoding.readVarUint(decoder)
      const payload = decoding.readVarUint8Array(decoder)
      if (syncType === SyncMessageType.step1) {
        return { ok: true, message: { kind: 'syncStep1', stateVector: payload } }
      }
      if (syncType === SyncMessageType.step2)
        return { ok: true, message: { kind: 'syncStep2', update: payload } }
      if (syncType === SyncMessageType.update)
        return { ok: true, message: { kind: 'update', update: payload } }
      return { ok: false, problem: 'unsupported', detail: `sync message type ${syncType}` }
    }
    case MessageType.awareness:
      return { ok: true, message: { kind: 'awareness', update: decoding.readVarUint8Array(decoder) } }
    case MessageType.queryAwareness:
      return { ok: true, message: { kind: 'queryAwareness' } }
    default:
      // Auth messages (type 2) only ever travel from server to client.
      return { ok: false, problem: 'unsupported', detail: `message type ${type}` }
  }
}

/** Decodes one client frame. Never throws: a bad frame is a result, so the caller can close just that client. */
export function decodeClientMessage(frame: Uint8Array): DecodeResult {
  try {
    const decoder = decoding.createDecoder(frame)
    const result = readMessage(decoder)
    if (result.ok && decoding.hasContent(decoder)) {
      return { ok: false, problem: 'malformed', detail: 'trailing bytes after the message' }
    }
    return result
  } catch (error) {
    return { ok: false, problem: 'malformed', detail: error instanceof Error ? error.message : String(error) }
  }
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

/**
 * `varUint(type)` [+ `varUint(subType)`] + `varUint8Array(payload)` in one allocation and one copy of the
 * payload. lib0's encoder copies a payload larger than its buffer into a buffer of its own, then copies
 * every buffer again into the result: for a whole board sent to a joining client (megabytes), that was two
 * copies and ~3× its size allocated, in front of the client seeing its board.
 */
function frameWithPayload(types: readonly number[], payload: Uint8Array): Uint8Array {
  const header = encoding.createEncoder()
  for (const type of types) encoding.writeVarUint(header, type)
  encoding.writeVarUint(header, payload.byteLength)
  const headerBytes = encoding.toUint8Array(header)
  const framed = new Uint8Array(headerBytes.byteLength + payload.byteLength)
  framed.set(headerBytes, 0)
  framed.set(payload, headerBytes.byteLength)
  return framed
}

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return frameWithPayload([MessageType.sync, SyncMessageType.step1], stateVector)
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return frameWithPayload([MessageType.sync, SyncMessageType.step2], update)
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return frameWithPayload([MessageType.sync, SyncMessageType.update], update)
}

export function encodeAwareness(awarenessUpdate: Uint8Array): Uint8Array {
  return frameWithPayload([MessageType.awareness], awarenessUpdate)
}

/** y-protocols' auth message `[2, 0 (permission denied), reason]`; the stock client logs the reason. */
export function encodePermissionDenied(reason: string): Uint8Array {
  return frame((encoder) => {
    encoding.writeVarUint(encoder, MessageType.auth)
    encoding.writeVarUint(encoder, AuthMessageType.permissionDenied)
    encoding.writeVarString(encoder, reason)
  })
}

/** The reason of a permission-denied frame (`[2, 0, reason]`, as encodePermissionDenied writes it), else null. */
export function decodePermissionDenied(frame: Uint8Array): string | null {
  try {
    const decoder = decoding.createDecoder(frame)
    if (decoding.readVarUint(decoder) !== MessageType.auth) return null
    if (decoding.readVarUint(decoder) !== AuthMessageType.permissionDenied) return null
    return decoding.readVarString(decoder)
  } catch {
    return null
  }
}

export function encodeQueryAwareness(): Uint8Array {
  return frame((encoder) => encoding.writeVarUint(encoder, MessageType.queryAwareness))
}

export interface AwarenessEntry {
  clientId: number
  clock: number
  /** null when the client announces that it left. */
  state: unknown
}

/**
 * Decodes an awareness update completely before anything is applied: y-protocols' applyAwarenessUpdate
 * parses entry by entry and would leave earlier entries applied (and unannounced) when a later one is bad.
 */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const state: unknown = JSON.parse(decoding.readVarString(decoder))
    entries.push({ clientId, clock, state })
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after the awareness entries')
  return entries
}

/** Encodes entries as y-protocols' encodeAwarenessUpdate does. */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  return frame((encoder) => {
    encoding.writeVarUint(encoder, entries.length)
    for (const { clientId, clock, state } of entries) {
      encoding.writeVarUint(encoder, clientId)
      encoding.writeVarUint(encoder, clock)
      encoding.writeVarString(encoder, JSON.stringify(state))
    }
  })
}
