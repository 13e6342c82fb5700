/**
 * What the two floor relays (floorRelay.mjs, capacityFloor.mjs) share: the few y-websocket bytes they
 * read, framing once, and their start with one room per path.
 */
import { createServer } from 'node:http'
import { WebSocketServer } from 'ws'
import { ready } from './childHook.mjs'

export const MESSAGE_SYNC = 0
export const MESSAGE_AWARENESS = 1
export const SYNC_STEP_1 = 0
export const SYNC_UPDATE = 2
/** [messageSync, syncStep2, length 2, update of an empty document (no structs, no deletions)]. */
export const EMPTY_STEP_2 = Uint8Array.of(MESSAGE_SYNC, 1, 2, 0, 0)

/** One WebSocket binary frame (FIN, opcode 2, unmasked) around `payload`. */
export function frame(payload) {
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

/**
 * A WebSocket server on a free loopback port, announced to the bench once listening. Each connection joins
 * the room of its path (`room`: every open connection there, itself included) and leaves it on close.
 *
 * @param {(socket: import('ws').WebSocket, room: Set<import('ws').WebSocket>) => void} onConnection
 */
export function startRelay(onConnection) {
  /** @type {Map<string, Set<import('ws').WebSocket>>} */
  const rooms = new Map()
  const http = createServer((_request, response) => response.writeHead(404).end())
  const wss = new WebSocketServer({ server: http, perMessageDeflate: false })
  wss.on('connection', (socket, request) => {
    const name = new URL(request.url ?? '/', 'http://x').pathname
    const room = rooms.get(name) ?? new Set()
    rooms.set(name, room)
    room.add(socket)
    socket.on('close', () => {
      room.delete(socket)
      if (room.size === 0) rooms.delete(name)
    })
    onConnection(socket, room)
  })
  http.listen(0, '127.0.0.1', () => {
    const address = http.address()
    ready(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`)
  })
}
