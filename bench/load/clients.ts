/** A stock y-websocket client in this process, one Y.Doc each, with the root copy of Yjs. */
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

export interface ConnectTarget {
  /** ws://host:port[/prefix]; the provider adds `/<room>`. */
  serverUrl: string
  room: string
  params: Record<string, string>
  /** The WebSocket class the provider uses (ws, or an adapter around it). */
  socket: unknown
}

export interface BenchClient {
  doc: Y.Doc
  provider: WebsocketProvider
  destroy(): void
}

// Every stock provider adds a process 'exit' listener; the bench opens hundreds on purpose.
process.setMaxListeners(0)

export function connectClient(target: ConnectTarget): BenchClient {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(target.serverUrl, target.room, doc, {
    WebSocketPolyfill: (target.socket ?? WebSocket) as typeof globalThis.WebSocket,
    disableBc: true,
    params: target.params,
  })
  return {
    doc,
    provider,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}
