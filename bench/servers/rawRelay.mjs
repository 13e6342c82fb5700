/** What the two floor relays (floorRelay.mjs, capacityFloor.mjs) share: framing once, and their start. */
import { createServer } from 'node:http'
import { WebSocketServer } from 'ws'
import { ready } from './childHook.mjs'

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

/** A WebSocket server on a free loopback port, announced to the bench once listening. */
export function startRelay(onConnection) {
  const http = createServer((_request, response) => response.writeHead(404).end())
  const wss = new WebSocketServer({ server: http, perMessageDeflate: false })
  wss.on('connection', onConnection)
  http.listen(0, '127.0.0.1', () => {
    const address = http.address()
    ready(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`)
  })
}
