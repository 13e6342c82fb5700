import type { IncomingMessage, ServerResponse } from 'node:http'
import type { z } from 'zod'
import type { ApiErrorCode } from '../shared/apiErrors'
import type { Logger } from './log'
import { type ApiErrorDetails, sendJsonError } from './responses'

/**
 * The plumbing every API module shares: request bodies, refusals as exceptions, and the route table that
 * api.ts assembles from the modules (workshops, history, lifecycle, ...).
 */

export const MAX_JSON_BODY_BYTES = 16 * 1024

/** A response already decided (e.g. a refusal): thrown to end the handler, answered as given. */
export class Answered extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

/** A 400: `message` says in English what is wrong; `code` is 'invalidRequest' unless told. */
export class BadRequest extends Error {
  readonly code: ApiErrorCode
  /** Set when the request body was not read to its end, so the connection cannot be reused. */
  readonly closeConnection: boolean
  readonly details: ApiErrorDetails

  constructor(
    message: string,
    options: { code?: ApiErrorCode; closeConnection?: boolean; details?: ApiErrorDetails } = {},
  ) {
    super(message)
    this.code = options.code ?? 'invalidRequest'
    this.closeConnection = options.closeConnection ?? false
    this.details = options.details ?? {}
  }
}

/** A 413: the body is larger than the endpoint takes; it was not read to its end (see readBodyBytes). */
export class BodyTooLarge extends BadRequest {
  constructor(limit: number) {
    super(`request body is larger than ${limit} bytes`, { code: 'bodyTooLarge', closeConnection: true })
  }
}

export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return (await readBodyBytes(req, limit)).toString('utf8')
}

/** The request body as it came, at most `limit` bytes (BodyTooLarge, a 413, beyond). */
export function readBodyBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = () => new BodyTooLarge(limit)
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge())
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.removeAllListeners('data')
        req.resume()
        reject(tooLarge())
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/**
 * Refuses (415) a request whose body is not of `expected` type (parameters such as charset aside). Another
 * site's page can send text/plain, a form or multipart here without asking; any other type makes the
 * browser ask first (a CORS preflight), which this server never allows. So a body of the right type is one
 * that no page elsewhere could have sent.
 */
export function requireContentType(req: IncomingMessage, expected: string): void {
  const header = req.headers['content-type'] ?? ''
  const given = (header.split(';')[0] ?? '').trim().toLowerCase()
  if (given === expected) return
  throw new Answered(
    415,
    'unsupportedMediaType',
    header === ''
      ? `send the request body as ${expected}`
      : `send the request body as ${expected}, not ${JSON.stringify(header.slice(0, 60))}`,
  )
}

/** The body as JSON: of type application/json (415 otherwise), at most `limit` bytes (413 beyond). */
export async function readJson(req: IncomingMessage, limit = MAX_JSON_BODY_BYTES): Promise<unknown> {
  requireContentType(req, 'application/json')
  const text = await readBody(req, limit)
  if (text.trim() === '') throw new BadRequest('request body must be a JSON object')
  try {
    return JSON.parse(text)
  } catch {
    throw new BadRequest('request body is not valid JSON')
  }
}

/** A zod error as one sentence for the client. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) =>
      issue.path.length === 0 && issue.code === 'invalid_type'
        ? 'request body must be a JSON object'
        : issue.message,
    )
    .join('; ')
}

/** Parses a JSON body with `schema`, or throws a 400 naming what is wrong. */
export async function readValidJson<T>(
  req: IncomingMessage,
  schema: z.ZodType<T>,
  limit = MAX_JSON_BODY_BYTES,
): Promise<T> {
  const parsed = schema.safeParse(await readJson(req, limit))
  if (!parsed.success) throw new BadRequest(describeIssues(parsed.error))
  return parsed.data
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, ...params: string[]) => Promise<void>
/** A path (its groups become the handler's parameters) and what each method does there. */
export type Route = { pattern: RegExp; methods: Record<string, RouteHandler> }

export type ApiHandler = (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<void>

/** Dispatches to the first route whose pattern matches, and turns thrown refusals into JSON answers. */
export function routeRequests(routes: readonly Route[], log: Logger): ApiHandler {
  return async (req, res, pathname) => {
    // The first route whose pattern matches decides what the path is (so /api/workshops/example is not a
    // workshop id); other modules may serve more methods on that same pattern (GET a workshop in api.ts,
    // DELETE it in lifecycleApi.ts), so the methods of every route with the same pattern count.
    const first = routes.find((candidate) => candidate.pattern.test(pathname))
    if (!first) {
      sendJsonError(res, 404, 'notFound', `no API endpoint ${pathname}`)
      return
    }
    const samePath = routes.filter((candidate) => candidate.pattern.source === first.pattern.source)
    const method = req.method ?? 'GET'
    const route = samePath.find((candidate) => candidate.methods[method] !== undefined)
    const handler = route?.methods[method]
    if (!route || !handler) {
      const allowed = [...new Set(samePath.flatMap((candidate) => Object.keys(candidate.methods)))].join(', ')
      sendJsonError(res, 405, 'methodNotAllowed', `${method} is not allowed here; use ${allowed}`, {
        Allow: allowed,
      })
      return
    }
    const params = (route.pattern.exec(pathname) ?? []).slice(1)
    try {
      await handler(req, res, ...params)
    } catch (error) {
      if (error instanceof Answered) {
        sendJsonError(res, error.status, error.code, error.message, error.headers)
        return
      }
      if (error instanceof BadRequest) {
        const headers: Record<string, string> = error.closeConnection ? { Connection: 'close' } : {}
        const status = error instanceof BodyTooLarge ? 413 : 400
        sendJsonError(res, status, error.code, error.message, headers, error.details)
        return
      }
      log.error('API request failed', { method, path: pathname, error })
      if (!res.headersSent) sendJsonError(res, 500, 'internal', 'internal server error')
      else res.destroy()
    }
  }
}
