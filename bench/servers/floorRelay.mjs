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
import { createServer } from 'node:http'
import { WebSocket, WebSocketServer } from 'ws'
import { ready } from './childHook.mjs'

const MESSAGE_SYNC = 0
const SYNC_STEP_1 = 0
/** [messageSync, syncStep2, length 2, update of an empty document (no structs, no deletions)]. */
const EMPTY_STEP_2 = Uint8Array.of(MESSAGE_SYNC, 1, 2, 0, 0)

/** One WebSocket binary frame (FIN, opcode 2, unmasked) around `payload`. */
function frame(payload) {
  const length = payload.byteLength
  const headerBytes = length < 126 ? 2 : length < 65536 ? 4 : 10
  const out = Buffer.allocUnsafe(headerBytes + length)
  out[0] = 0x82
  if (length < 126) out[1] = length
  else if (length < 65536) {
    out[1] = 126
    out.writeUInt16BE(length, 2)
  } else {
    out[1] = 127
    out.writeBigUInt64BE(BigInt(length), 2)
  }
  out.set(payload, headerBytes)
  return out
}

/** @type {Map<string, Set<WebSocket>>} */
const rooms = new Map()
const http = createServer((_request, response) => response.writeHead(404).end())
const wss = new WebSocketServer({ server: http, perMessageDeflate: false })

wss.on('connection', (socket, request) => {
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

http.listen(0, '127.0.0.1', () => {
  const address = http.address()
  ready(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`)
})
