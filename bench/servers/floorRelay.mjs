/**
 * The measuring floor, not a server anyone could use: `node bench/servers/floorRelay.mjs`.
 *
 * It speaks just enough of the y-websocket protocol for the fan-out section, whose rooms start empty: a
 * client's sync step 1 is answered with an empty step 2, and every other message is relayed unread to the
 * room's other connections, framed once and written to each socket. No Yjs, no validation, no storage,
 * nothing kept. Whatever latency it shows is what the load generator, the kernel's loopback and one write
 * per receiver cost on this machine: no server doing real work can go below it, so its figures tell how
 * far under the references any server could possibly get.
 */
import { WebSocket } from 'ws'
import { frame, startRelay } from './rawRelay.mjs'

const MESSAGE_SYNC = 0
const SYNC_STEP_1 = 0
/** [messageSync, syncStep2, length 2, update of an empty document (no structs, no deletions)]. */
const EMPTY_STEP_2 = Uint8Array.of(MESSAGE_SYNC, 1, 2, 0, 0)

/** @type {Map<string, Set<WebSocket>>} */
const rooms = new Map()

startRelay((socket, request) => {
  const name = new URL(request.url ?? '/', 'http://x').pathname
  const room = rooms.get(name) ?? new Set()
  rooms.set(name, room)
  room.add(socket)
  socket.on('message', (data) => {
    const bytes = /** @type {Buffer} */ (data)
    if (bytes[0] === MESSAGE_SYNC && bytes[1] === SYNC_STEP_1) {
      socket.send(EMPTY_STEP_2)
      return
    }
    const framed = frame(bytes)
    for (const peer of room) {
      // ws's own socket: writing the ready frame skips ws's per-send framing, the least a relay can do.
      if (peer !== socket && peer.readyState === WebSocket.OPEN) peer._socket.write(framed)
    }
  })
  socket.on('close', () => {
    room.delete(socket)
    if (room.size === 0) rooms.delete(name)
  })
})
