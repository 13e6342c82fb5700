/**
 * The physical floor of the capacity section, not a server anyone could use:
 * `node bench/servers/capacityFloor.mjs`.
 *
 * It delivers the same frames PracticeMap's server delivers under the capacity load and does nothing else:
 * no Yjs, no storage, no tokens, no limits. It sends each connection a sync step 1 of an empty document
 * and answers a client's step 1 with an empty step 2; an update is relayed unread to the room's other
 * connections and echoed to its sender (as ours does); an awareness frame is relayed to the whole room,
 * sender included (as ours does), when it carries one of the sender's own client ids (those of its first
 * awareness frame), and dropped when it only relays others' entries back (ours drops those too). Each
 * frame is framed once and written to each socket. What it costs per workshop is ws framing, syscalls
 * and loopback on this core: what a server doing real work cannot go below.
 */
import * as decoding from 'lib0/decoding'
import { WebSocket } from 'ws'
import {
  EMPTY_STEP_2,
  frame,
  MESSAGE_AWARENESS,
  MESSAGE_SYNC,
  SYNC_STEP_1,
  SYNC_UPDATE,
  startRelay,
} from './rawRelay.mjs'

const EMPTY_STEP_1 = Uint8Array.of(MESSAGE_SYNC, SYNC_STEP_1, 1, 0)

/** The client ids of an awareness frame: [1, varUint8Array([count, (id, clock, varString state)…])]. */
function presenceIds(bytes) {
  const outer = decoding.createDecoder(bytes)
  decoding.readVarUint(outer)
  const decoder = decoding.createDecoder(decoding.readVarUint8Array(outer))
  const count = decoding.readVarUint(decoder)
  const ids = []
  for (let i = 0; i < count; i++) {
    ids.push(decoding.readVarUint(decoder))
    decoding.readVarUint(decoder)
    decoding.readVarUint8Array(decoder)
  }
  return ids
}

function relay(room, bytes, sender) {
  const framed = frame(bytes)
  for (const peer of room) {
    // ws's own socket: writing the ready frame skips ws's per-send framing, the least a relay can do.
    if (peer !== sender && peer.readyState === WebSocket.OPEN) peer._socket.write(framed)
  }
  if (sender.readyState === WebSocket.OPEN) sender._socket.write(framed)
}

startRelay((socket, room) => {
  /** @type {Set<number> | null} */
  let owned = null
  socket.send(EMPTY_STEP_1)
  socket.on('message', (data) => {
    const bytes = /** @type {Buffer} */ (data)
    if (bytes[0] === MESSAGE_SYNC) {
      if (bytes[1] === SYNC_STEP_1) socket.send(EMPTY_STEP_2)
      else if (bytes[1] === SYNC_UPDATE) relay(room, bytes, socket)
    } else if (bytes[0] === MESSAGE_AWARENESS) {
      const ids = presenceIds(bytes)
      if (owned === null) owned = new Set(ids)
      if (ids.some((id) => owned?.has(id))) relay(room, bytes, socket)
    }
  })
})
