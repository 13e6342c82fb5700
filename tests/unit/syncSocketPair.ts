import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { vi } from 'vitest'
import { writePermissionDenied } from 'y-protocols/auth'
import { readSyncMessage, writeSyncStep1, writeUpdate } from 'y-protocols/sync'
import * as Y from 'yjs'

/**
 * An in-memory stand-in for the sync server, for y-websocket providers in unit tests: pass `Socket` as the
 * provider's WebSocketPolyfill and every socket the provider opens ends here, in a `ServerEnd` the test
 * drives (accept, refuse the upgrade, close with a code, refuse a change). An accepted end speaks the
 * server's side of the y-websocket protocol over the server's Y.Doc of the document it asked for, as the
 * real server does: its sync step 1 on open, step 2 for the client's, updates both ways. Frames are
 * delivered at once (a new socket opens in a microtask, once the provider has set its handlers).
 */

/** Runs what is due now under fake timers (frames are delivered in microtasks), without letting time pass. */
export async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0)
}

/**
 * Lets a provider's reconnection backoff (y-websocket's maxBackoffTime, 2.5 s) run out under fake timers,
 * which is also past the grace before the badge says "Reconnecting…" (1.5 s).
 */
export async function afterBackoff(): Promise<void> {
  await vi.advanceTimersByTimeAsync(2600)
}

const messageSync = 0
const messageAwareness = 1
const messageAuth = 2

interface CloseEventLike {
  code: number
  reason: string
}

export class SyncServer {
  private readonly docs = new Map<string, Y.Doc>()
  /** Every connection attempt, oldest first. */
  readonly ends: ServerEnd[] = []
  /** Accept new connections at once (otherwise the test decides for each one). */
  autoAccept = true

  /** The socket class to pass as WebSocketPolyfill: each instance is one connection attempt to this server. */
  readonly Socket: typeof WebSocket

  constructor() {
    const server = this
    class Socket extends FakeSocket {
      constructor(url: string) {
        super(url)
        const end = new ServerEnd(server, this)
        server.ends.push(end)
        this.server = end
        if (server.autoAccept) queueMicrotask(() => end.accept())
      }
    }
    // The provider needs only what FakeSocket has of a WebSocket (see FakeSocket).
    this.Socket = Socket as unknown as typeof WebSocket
  }

  /** What the server holds of a document (by its name, as in the URL after /sync/). */
  docOf(documentName: string): Y.Doc {
    let doc = this.docs.get(documentName)
    if (!doc) {
      doc = new Y.Doc()
      this.docs.set(documentName, doc)
    }
    return doc
  }

  /** Connection attempts for one document, oldest first. */
  endsOf(documentName: string): ServerEnd[] {
    return this.ends.filter((end) => end.documentName === documentName)
  }

  /** The newest connection attempt. */
  get latest(): ServerEnd {
    const end = this.ends.at(-1)
    if (!end) throw new Error('no connection attempt yet')
    return end
  }

  /** Open connections. */
  get open(): ServerEnd[] {
    return this.ends.filter((end) => end.state === 'open')
  }
}

export class ServerEnd {
  state: 'pending' | 'open' | 'closed' = 'pending'
  readonly url: URL
  /** The document the connection asked for. */
  readonly documentName: string
  private readonly doc: Y.Doc
  private readonly socket: FakeSocket
  private readonly onServerUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== this) this.send((encoder) => writeUpdate(encoder, update))
  }

  constructor(server: SyncServer, socket: FakeSocket) {
    this.socket = socket
    this.url = new URL(socket.url)
    this.documentName = decodeURIComponent(this.url.pathname.replace(/^\/sync\//, ''))
    this.doc = server.docOf(this.documentName)
  }

  /** The upgrade succeeds: the socket opens, and the server asks for what it lacks (its sync step 1). */
  accept(): void {
    if (this.state !== 'pending') return
    this.state = 'open'
    this.doc.on('update', this.onServerUpdate)
    this.socket.opened()
    this.send((encoder) => writeSyncStep1(encoder, this.doc))
  }

  /**
   * The server answers the upgrade with an HTTP status (an unknown workshop, a wrong token): a browser sees
   * only a socket that fails before it opens, closed with 1006.
   */
  refuseUpgrade(): void {
    if (this.state !== 'pending') return
    this.state = 'closed'
    this.socket.closed({ code: 1006, reason: '' })
  }

  /** The server closes an open connection with `code`. */
  close(code: number, reason = ''): void {
    if (this.state !== 'open') return
    this.end()
    this.socket.closed({ code, reason })
  }

  /** The server refuses a change: y-protocols' permission-denied message with the reason. */
  refuseChange(reason: string): void {
    this.sendFrame(messageAuth, (encoder) => writePermissionDenied(encoder, reason))
  }

  /** The server asks again for everything it lacks (as after "too fast"). */
  askForChanges(): void {
    this.send((encoder) => writeSyncStep1(encoder, this.doc))
  }

  /** A frame from the client. */
  received(data: Uint8Array): void {
    if (this.state !== 'open') return
    const decoder = decoding.createDecoder(data)
    const type = decoding.readVarUint(decoder)
    if (type === messageAwareness) return
    if (type !== messageSync) throw new Error(`unexpected message type ${type}`)
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, messageSync)
    readSyncMessage(decoder, encoder, this.doc, this)
    if (encoding.length(encoder) > 1) this.socket.deliver(encoding.toUint8Array(encoder))
  }

  /** The client closed its side. */
  clientClosed(): void {
    if (this.state === 'closed') return
    this.end()
  }

  private end(): void {
    this.state = 'closed'
    this.doc.off('update', this.onServerUpdate)
  }

  private send(write: (encoder: encoding.Encoder) => void): void {
    this.sendFrame(messageSync, write)
  }

  private sendFrame(type: number, write: (encoder: encoding.Encoder) => void): void {
    if (this.state !== 'open') return
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, type)
    write(encoder)
    this.socket.deliver(encoding.toUint8Array(encoder))
  }
}

/** What y-websocket uses of a browser WebSocket. */
class FakeSocket {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSING = 2
  static readonly CLOSED = 3
  readonly CONNECTING = 0
  readonly OPEN = 1
  readonly CLOSING = 2
  readonly CLOSED = 3
  readonly url: string
  binaryType = 'blob'
  readyState = 0
  onopen: (() => void) | null = null
  onmessage: ((event: { data: ArrayBufferLike }) => void) | null = null
  onclose: ((event: CloseEventLike) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  protected server: ServerEnd | null = null

  constructor(url: string) {
    this.url = url
  }

  send(data: ArrayBuffer | Uint8Array): void {
    if (this.readyState !== 1) throw new Error('send on a socket that is not open')
    this.server?.received(data instanceof Uint8Array ? data : new Uint8Array(data))
  }

  close(): void {
    if (this.readyState >= 2) return
    this.readyState = 3
    this.server?.clientClosed()
  }

  opened(): void {
    this.readyState = 1
    this.onopen?.()
  }

  closed(event: CloseEventLike): void {
    this.readyState = 3
    this.onclose?.(event)
  }

  deliver(frame: Uint8Array): void {
    if (this.readyState !== 1) return
    const data = new Uint8Array(frame).buffer
    this.onmessage?.({ data })
  }
}
