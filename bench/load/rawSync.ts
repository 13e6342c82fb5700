/**
 * A protocol-level join for the herd: open the socket the stock provider would open, send sync step 1 of an
 * empty document, resolve when the server's sync step 2 (the whole document) has arrived. Nothing is
 * decoded, so 50 of them measure the server rather than this process decoding 50 boards. Only for rooms
 * that are loaded (a reference with LevelDB may answer step 1 before its stored state is in, see joins.ts).
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { WebSocket } from 'ws'
import type { ConnectTarget } from './clients'

interface SocketLike {
  binaryType: string
  onopen: ((event: unknown) => void) | null
  onmessage: ((event: { data: unknown }) => void) | null
  onerror: ((event: unknown) => void) | null
  onclose: ((event: unknown) => void) | null
  send(data: Uint8Array): void
  close(): void
}

const EMPTY_STATE_VECTOR = new Uint8Array([0])

/** Resolves with the size of the step 2 received. */
export function rawSync(target: ConnectTarget, timeoutMs = 120_000): Promise<number> {
  const query = new URLSearchParams(target.params).toString()
  const url = `${target.serverUrl}/${target.room}${query ? `?${query}` : ''}`
  const Socket = (target.socket ?? WebSocket) as new (url: string) => SocketLike
  const socket = new Socket(url)
  socket.binaryType = 'arraybuffer'
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.close()
      reject(new Error('no sync step 2'))
    }, timeoutMs)
    socket.onopen = () => {
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, 0)
      encoding.writeVarUint(encoder, 0)
      encoding.writeVarUint8Array(encoder, EMPTY_STATE_VECTOR)
      socket.send(encoding.toUint8Array(encoder))
    }
    socket.onmessage = (event) => {
      const decoder = decoding.createDecoder(new Uint8Array(event.data as ArrayBuffer))
      if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 1) return
      const bytes = decoding.readVarUint8Array(decoder).byteLength
      clearTimeout(timer)
      socket.close()
      resolve(bytes)
    }
    socket.onerror = (error) => {
      clearTimeout(timer)
      reject(error instanceof Error ? error : new Error('socket error'))
    }
    socket.onclose = () => {}
  })
}
