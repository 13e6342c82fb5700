import * as decoding from 'lib0/decoding'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

/** How long a stock client may take to sync, or to see its changes echoed, on a loaded machine. */
const PATIENCE_MS = 10_000

/**
 * A stock y-websocket client on one document, as a script or a second device holding a link would use
 * it: stories write through it what no screen offers (200 cards at once, a lock, a hostile ballot).
 */
export interface StockClient {
  doc: Y.Doc
  /**
   * Applies `change` and resolves once the server has echoed every update it made. The server commits a
   * change before it sends it to anyone, the sender included, so the echo says the change is stored and
   * on its way to every other client: the fact a story needs before it closes the socket or looks.
   */
  change(change: (doc: Y.Doc) => void): Promise<void>
  close(): void
}

export async function connectStockClient(
  serverUrl: string,
  documentName: string,
  params: Record<string, string>,
): Promise<StockClient> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`${serverUrl.replace(/^http/, 'ws')}/sync`, documentName, doc, {
    params,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  const close = () => {
    provider.destroy()
    doc.destroy()
  }
  try {
    await within(`${documentName} did not sync`, (resolve) => {
      if (provider.synced) resolve()
      else provider.once('sync', () => resolve())
    })
  } catch (error) {
    close()
    throw error
  }
  return {
    doc,
    close,
    async change(change) {
      const sent: Uint8Array[] = []
      const collect = (update: Uint8Array, origin: unknown) => {
        if (origin !== provider) sent.push(update)
      }
      doc.on('update', collect)
      try {
        change(doc)
      } finally {
        doc.off('update', collect)
      }
      await echoOf(provider, sent, documentName)
    },
  }
}

/** Resolves once every one of `updates` came back from the server as a sync update message. */
async function echoOf(
  provider: WebsocketProvider,
  updates: Uint8Array[],
  documentName: string,
): Promise<void> {
  const awaited = new Map<string, number>()
  for (const update of updates) {
    const key = Buffer.from(update).toString('base64')
    awaited.set(key, (awaited.get(key) ?? 0) + 1)
  }
  if (awaited.size === 0) return
  const socket = provider.ws
  if (!socket) throw new Error(`the stock client of ${documentName} is not connected`)
  let onMessage: ((event: MessageEvent) => void) | undefined
  try {
    await within(`the server did not echo ${awaited.size} change(s) to ${documentName}`, (resolve) => {
      onMessage = (event: MessageEvent) => {
        const update = updateIn(new Uint8Array(event.data as ArrayBuffer))
        if (!update) return
        const key = Buffer.from(update).toString('base64')
        const left = (awaited.get(key) ?? 0) - 1
        if (left > 0) awaited.set(key, left)
        else awaited.delete(key)
        if (awaited.size === 0) resolve()
      }
      socket.addEventListener('message', onMessage)
    })
  } finally {
    if (onMessage) socket.removeEventListener('message', onMessage)
  }
}

/** The update a sync update message (`[0, 2, update]`) carries; null for any other message. */
function updateIn(message: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(message)
  if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 2) return null
  return decoding.readVarUint8Array(decoder)
}

function within(failure: string, start: (resolve: () => void) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(failure)), PATIENCE_MS)
    start(() => {
      clearTimeout(timer)
      resolve()
    })
  })
}
