/**
 * Lets the stock y-websocket provider talk to Hocuspocus. Hocuspocus multiplexes documents over one socket:
 * each frame starts with the document name (varString), its message types add 4 = SyncReply (a sync
 * message answering the client's step 1), 5/6 = stateless, 7 = close, 8 = SyncStatus (an acknowledgement of
 * an applied update), and a document is usable only after an auth message. This class is a WebSocket as
 * far as the provider can tell: it sends the auth frame (empty token) on open, reports `open` only once
 * Hocuspocus has answered Authenticated (as @hocuspocus/provider waits too), adds the document name to
 * every frame sent and strips it from every frame received, turns SyncReply into Sync, and drops the
 * frames y-websocket has no use for. The y-protocols payloads pass through untouched.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { WebSocket } from 'ws'

const SYNC = 0
const AUTH = 2
const SYNC_REPLY = 4
const AUTH_TOKEN = 0
const AUTH_DENIED = 1
const AUTH_AUTHENTICATED = 2

interface MessageEventLike {
  data: ArrayBuffer
}

export class HocuspocusSocket {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSING = 2
  static readonly CLOSED = 3
  readonly CONNECTING = 0
  readonly OPEN = 1
  readonly CLOSING = 2
  readonly CLOSED = 3
  binaryType = 'arraybuffer'
  onopen: ((event: unknown) => void) | null = null
  onmessage: ((event: MessageEventLike) => void) | null = null
  onclose: ((event: unknown) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  private readonly socket: WebSocket
  private readonly documentName: string
  private authenticated = false

  /** `url` is what the provider builds: `<server>/<documentName>`. */
  constructor(url: string) {
    const parsed = new URL(url)
    this.documentName = decodeURIComponent(parsed.pathname.slice(1))
    this.socket = new WebSocket(`${parsed.protocol}//${parsed.host}/`)
    this.socket.binaryType = 'arraybuffer'
    this.socket.onopen = () => {
      const encoder = this.framed()
      encoding.writeVarUint(encoder, AUTH)
      encoding.writeVarUint(encoder, AUTH_TOKEN)
      encoding.writeVarString(encoder, '')
      this.socket.send(encoding.toUint8Array(encoder))
    }
    this.socket.onmessage = (event) => this.receive(new Uint8Array(event.data as ArrayBuffer))
    this.socket.onclose = (event) => this.onclose?.(event)
    this.socket.onerror = (event) => this.onerror?.(event)
  }

  get readyState(): number {
    const state = this.socket.readyState
    return state === this.OPEN && !this.authenticated ? this.CONNECTING : state
  }

  send(data: ArrayBuffer | Uint8Array): void {
    const encoder = this.framed()
    encoding.writeUint8Array(encoder, data instanceof Uint8Array ? data : new Uint8Array(data))
    this.socket.send(encoding.toUint8Array(encoder))
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason)
  }

  private framed(): encoding.Encoder {
    const encoder = encoding.createEncoder()
    encoding.writeVarString(encoder, this.documentName)
    return encoder
  }

  private receive(frame: Uint8Array): void {
    const decoder = decoding.createDecoder(frame)
    decoding.readVarString(decoder)
    const type = decoding.readVarUint(decoder)
    if (type === AUTH) {
      const answer = decoding.readVarUint(decoder)
      if (answer === AUTH_AUTHENTICATED && !this.authenticated) {
        this.authenticated = true
        this.onopen?.({})
      } else if (answer === AUTH_DENIED) this.socket.close(4403, 'permission denied')
      return
    }
    // y-websocket knows sync (0), awareness (1) and query awareness (3).
    if (type > 3 && type !== SYNC_REPLY) return
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, type === SYNC_REPLY ? SYNC : type)
    encoding.writeUint8Array(encoder, frame.subarray(decoder.pos))
    this.onmessage?.({ data: encoding.toUint8Array(encoder).buffer as ArrayBuffer })
  }
}
