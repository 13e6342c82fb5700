import { type IncomingMessage, STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import type { WebSocket, WebSocketServer } from 'ws'
import { type DocumentAddress, parseDocumentName } from '../shared/documentNames'
import { admit, type Decision, type Refusal } from './admission'
import { type Auth, type Grant, tokenFrom } from './auth'
import { voterIdFrom } from './ballotGuard'
import { clientAddress } from './clientAddress'
import type { CapReservation } from './connectionCaps'
import type { Logger } from './log'
import type { RefusalRateLimiter } from './rateLimit'
import type { WorkshopRecord } from './storage/documentStore'
import type { WorkshopCachingStore } from './storage/workshopCache'

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

export type UpgradeDecision = Decision

/**
 * Access control seam: what a request may do in an existing workshop (by default, what its token grants;
 * see `authorizeByToken`). Called only after the path, the rate limit and the workshop have been checked.
 */
export type AuthorizeUpgrade = (
  request: IncomingMessage,
  target: SyncTarget,
  workshop: WorkshopRecord,
) => Promise<UpgradeDecision> | UpgradeDecision

/**
 * The default: `?token=` (or a Bearer header) must be one of the workshop's current tokens. A `?voter=`
 * secret names the ballot the connection may change (ballotGuard.ts).
 */
export function authorizeByToken(auth: Auth): AuthorizeUpgrade {
  return (request, _target, workshop) => {
    const token = tokenFrom(request)
    if (token === null) {
      return { allow: false, status: 401, code: 'tokenMissing', message: 'this link needs its ?token=' }
    }
    const grant = auth.roleOfToken(workshop, token)
    return grant
      ? { allow: true, grant: { ...grant, voterId: voterIdFrom(request) } }
      : {
          allow: false,
          status: 403,
          code: 'linkInvalid',
          message: 'this link is not valid (it may have been replaced)',
        }
  }
}

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

/**
 * Whether a browser page of the request's Origin may open a sync connection: its own origin (the host it
 * asked for), one of `allowed`, or any with `*`. A request without Origin is no browser page (browsers always
 * send it on WebSocket requests) and still needs its token. A page elsewhere could only connect with a
 * link's token anyway; this keeps a leaked link from being used by another site's script in a victim's browser.
 */
export function isOriginAllowed(request: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = request.headers.origin
  if (origin === undefined) return true
  if (allowed.includes('*') || allowed.includes(origin)) return true
  try {
    return new URL(origin).host === request.headers.host
  } catch {
    return false
  }
}

/** Answers an upgrade request with an HTTP error, then closes the socket. */
export function refuseUpgrade(
  socket: Duplex,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  if (socket.destroyed) return
  const body = `${message}\n`
  const extra = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')
  socket.once('finish', () => socket.destroy())
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      'Cache-Control: no-store\r\n' +
      extra +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      '\r\n' +
      body,
  )
}

export interface UpgradeHandlerOptions {
  wss: WebSocketServer
  store: WorkshopCachingStore
  log: Logger
  limiter: RefusalRateLimiter
  authorize: AuthorizeUpgrade
  /** See isOriginAllowed; empty means the server's own origin only. */
  allowedOrigins?: readonly string[]
  /** Reverse proxies in front of the server, whose `X-Forwarded-For` names the client; see clientAddress.ts. */
  trustedProxies?: number
  isAccepting(): boolean
  /**
   * Takes a place for the connection among the open ones (connectionCaps.ts), after every other check; a
   * refusal is answered 429. The place is given back when the socket closes, however it ends.
   */
  reserveConnection?(address: string | undefined, target: SyncTarget, grant: Grant): CapReservation
  onConnection(ws: WebSocket, target: SyncTarget, grant: Grant): void
}

/**
 * Checks, in this order: the page's origin (403), the path (400), the address's budget of refusals (429, without touching storage,
 * unless the token is valid for a workshop already in memory), the workshop (404), the token (401 missing,
 * 403 wrong). Every refusal but the 429 is spent from the address's budget.
 */
export function createUpgradeHandler(options: UpgradeHandlerOptions) {
  const { wss, store, log, limiter, authorize, isAccepting, onConnection } = options

  async function decide(
    request: IncomingMessage,
  ): Promise<{ allow: true; target: SyncTarget; grant: Grant; address: string | undefined } | Refusal> {
    if (!isAccepting())
      return { allow: false, status: 503, code: 'shuttingDown', message: 'server shutting down' }
    const address = clientAddress(request.headers, request.socket.remoteAddress, options.trustedProxies ?? 0)
    if (!isOriginAllowed(request, options.allowedOrigins ?? [])) {
      limiter.reserve(address)
      return {
        allow: false,
        status: 403,
        code: 'originNotAllowed',
        message: 'pages of this origin may not connect (see ALLOWED_ORIGINS)',
      }
    }
    const target = parseSyncPath(request.url)
    if (!target) {
      // Spent from the budget too, so made-up paths count towards the address's 429.
      limiter.reserve(address)
      return {
        allow: false,
        status: 400,
        code: 'invalidRequest',
        message:
          'expected /sync/<workshopId>, /sync/<workshopId>/boards/<practiceId> or /sync/<workshopId>/participation',
      }
    }
    const gate = { store, limiter, log, shareReadsUnderWay: true }
    const admission = await admit(gate, address, target.address.workshopId, (workshop) =>
      authorize(request, target, workshop),
    )
    return admission.allow ? { allow: true, target, grant: admission.grant, address } : admission
  }

  return (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // A client that resets the connection while we check must not crash the process.
    socket.on('error', (error) => log.debug('upgrade socket error', { error: error.message }))
    decide(request).then(
      (result) => {
        if (!result.allow) {
          // Never the URL: it holds the token.
          const fields = { status: result.status, reason: result.message }
          if (result.status === 429) log.debug('refused websocket', fields)
          else log.info('refused websocket', fields)
          refuseUpgrade(socket, result.status, result.message, result.headers)
          return
        }
        // The checks awaited storage: the client may have left, or shutdown may have begun.
        if (socket.destroyed) return
        if (!isAccepting()) {
          refuseUpgrade(socket, 503, 'server shutting down')
          return
        }
        const place = options.reserveConnection?.(result.address, result.target, result.grant)
        if (place && !place.ok) {
          log.debug('refused websocket', { status: 429, reason: place.message })
          refuseUpgrade(socket, 429, place.message, { 'Retry-After': '5' })
          return
        }
        if (place) socket.once('close', place.release)
        wss.handleUpgrade(request, socket, head, (ws) => onConnection(ws, result.target, result.grant))
      },
      (error: unknown) => {
        log.error('could not check websocket request', { error })
        refuseUpgrade(socket, 500, 'internal error')
      },
    )
  }
}
