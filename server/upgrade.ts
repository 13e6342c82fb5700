import { type IncomingMessage, STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import type { WebSocket, WebSocketServer } from 'ws'
import { type DocumentAddress, parseDocumentName } from '../shared/documentNames'
import type { Logger } from './log'
import type { DocumentStore } from './storage/documentStore'

/**
 * Everything that can refuse a WebSocket happens here, before `handleUpgrade`: a refusal is a plain HTTP
 * status on a socket that is then closed. No room, document or WebSocket is created for a refused request,
 * so nobody can fill memory or disk by connecting to made-up names.
 */

export const SYNC_PATH_PREFIX = '/sync/'

export interface SyncTarget {
  documentName: string
  address: DocumentAddress
}

export type UpgradeDecision = { allow: true } | { allow: false; status: number; message: string }

/** Access control seam: a later issue checks the `?token=` of the request here. */
export type AuthorizeUpgrade = (request: IncomingMessage, target: SyncTarget) => Promise<UpgradeDecision>

export const allowEveryone: AuthorizeUpgrade = async () => ({ allow: true })

/** The document a `/sync/<document name>` URL asks for, or null. The query string is ignored here. */
export function parseSyncPath(url: string | undefined): SyncTarget | null {
  let pathname: string
  try {
    pathname = new URL(url ?? '/', 'http://server.invalid').pathname
  } catch {
    return null
  }
  if (!pathname.startsWith(SYNC_PATH_PREFIX)) return null
  const documentName = pathname.slice(SYNC_PATH_PREFIX.length)
  const address = parseDocumentName(documentName)
  return address ? { documentName, address } : null
}

/** Answers an upgrade request with an HTTP error, then closes the socket. */
export function refuseUpgrade(socket: Duplex, status: number, message: string): void {
  if (socket.destroyed) return
  const body = `${message}\n`
  socket.once('finish', () => socket.destroy())
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      '\r\n' +
      body,
  )
}

export interface UpgradeHandlerOptions {
  wss: WebSocketServer
  store: DocumentStore
  log: Logger
  authorize: AuthorizeUpgrade
  isAccepting(): boolean
  onConnection(ws: WebSocket, target: SyncTarget): void
}

export function createUpgradeHandler(options: UpgradeHandlerOptions) {
  const { wss, store, log, authorize, isAccepting, onConnection } = options

  type Refusal = Extract<UpgradeDecision, { allow: false }>

  async function decide(request: IncomingMessage): Promise<SyncTarget | Refusal> {
    if (!isAccepting()) return { allow: false, status: 503, message: 'server shutting down' }
    const target = parseSyncPath(request.url)
    if (!target) {
      return {
        allow: false,
        status: 400,
        message: 'expected /sync/<workshopId> or /sync/<workshopId>/boards/<practiceId>',
      }
    }
    const workshop = await store.getWorkshop(target.address.workshopId)
    if (!workshop) return { allow: false, status: 404, message: 'no such workshop' }
    const decision = await authorize(request, target)
    return decision.allow ? target : decision
  }

  return (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // A client that resets the connection while we check must not crash the process.
    socket.on('error', (error) => log.debug('upgrade socket error', { error: error.message }))
    decide(request).then(
      (result) => {
        if ('allow' in result) {
          log.info('refused websocket', { status: result.status, reason: result.message })
          refuseUpgrade(socket, result.status, result.message)
          return
        }
        // The checks awaited storage: the client may have left, or shutdown may have begun.
        if (socket.destroyed) return
        if (!isAccepting()) {
          refuseUpgrade(socket, 503, 'server shutting down')
          return
        }
        wss.handleUpgrade(request, socket, head, (ws) => onConnection(ws, result))
      },
      (error: unknown) => {
        log.error('could not check websocket request', { error })
        refuseUpgrade(socket, 500, 'internal error')
      },
    )
  }
}
