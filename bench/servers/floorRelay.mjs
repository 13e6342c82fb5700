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
import { EMPTY_STEP_2, frame, MESSAGE_SYNC, SYNC_STEP_1, startRelay } from './rawRelay.mjs'

startRelay((socket, room) => {
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
})
