import { statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'
import type { HealthReport } from '../shared/protocol'
import type { ApiHandler } from './apiRouting'
import type { Logger } from './log'
import { sendJson, sendJsonError, sendText } from './responses'
import { DATA_SECURITY_HEADERS, PAGE_SECURITY_HEADERS, setHeaders } from './securityHeaders'

export interface HttpOptions {
  staticDir: string
  api: ApiHandler
  /**
   * `collectGarbage`: `/healthz?gc=1`, honoured only when Node runs with --expose-gc (the soak test does), so
   * that heap figures are comparable; a production server never exposes gc.
   */
  health(options: { collectGarbage: boolean }): HealthReport
  log: Logger
}

const CLIENT_NOT_BUILT = 'client not built: run npm run build\n'

/**
 * Serves the built client with a single-page-app fallback: any path that does not look like a file gets
 * index.html, so /w/<id> works on reload. The folder is checked on each request rather than at start, so
 * a server started before `npm run build` serves the client as soon as it exists; sirv indexes the folder
 * once, so the index is rebuilt when index.html changes (a new build has new asset names).
 */
function createStaticHandler(staticDir: string) {
  const indexFile = join(staticDir, 'index.html')
  let cached: { builtAt: number; handler: ReturnType<typeof sirv> } | undefined
  return (req: IncomingMessage, res: ServerResponse): void => {
    let builtAt: number
    try {
      builtAt = statSync(indexFile).mtimeMs
    } catch {
      cached = undefined
      sendText(res, 503, CLIENT_NOT_BUILT)
      return
    }
    if (cached?.builtAt !== builtAt) {
      cached = {
        builtAt,
        handler: sirv(staticDir, {
          single: true,
          etag: true,
          setHeaders: (response, pathname) => {
            // Vite puts a content hash in every asset name; index.html must always be revalidated.
            response.setHeader(
              'Cache-Control',
              pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
            )
          },
        }),
      }
    }
    cached.handler(req, res)
  }
}

function isUnder(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`)
}

export function createRequestHandler(options: HttpOptions) {
  const serveStatic = createStaticHandler(options.staticDir)
  return (req: IncomingMessage, res: ServerResponse): void => {
    const method = req.method ?? 'GET'
    let pathname: string
    try {
      pathname = new URL(req.url ?? '/', 'http://server.invalid').pathname
    } catch {
      sendText(res, 400, 'bad request\n')
      return
    }
    // Set before anything is answered: sirv answers a revalidation (304) before its own header hook, and a
    // browser merges a 304's headers into the cached page, so the page policy must be on it too.
    const isApp = !isUnder(pathname, '/api') && pathname !== '/healthz' && !isUnder(pathname, '/sync')
    setHeaders(res, isApp ? PAGE_SECURITY_HEADERS : DATA_SECURITY_HEADERS)
    if (isUnder(pathname, '/api')) {
      options.api(req, res, pathname).catch((error: unknown) => {
        options.log.error('unhandled API error', { error })
        if (!res.headersSent) sendJsonError(res, 500, 'internal', 'internal server error')
      })
      return
    }
    if (method !== 'GET' && method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD')
      sendText(res, 405, `${method} is not allowed here\n`)
      return
    }
    if (pathname === '/healthz') {
      const query = new URL(req.url ?? '/', 'http://server.invalid').searchParams
      sendJson(res, 200, options.health({ collectGarbage: query.get('gc') === '1' }))
      return
    }
    if (isUnder(pathname, '/sync')) {
      res.setHeader('Upgrade', 'websocket')
      sendText(res, 426, 'this is the sync endpoint: connect with a WebSocket\n')
      return
    }
    serveStatic(req, res)
  }
}
