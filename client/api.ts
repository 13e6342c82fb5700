import {
  type ApiErrorCode,
  isApiErrorCode,
  type PracticeListProblem,
  readPracticeListProblem,
} from '../shared/apiErrors'
import { isRecord } from '../shared/ownKeys'
import type {
  CreatedWorkshop,
  CreateWorkshopRequest,
  ExportFormat,
  WorkshopLinks,
  WorkshopSummary,
} from '../shared/protocol'
import { isRole, type RegenerableRole } from '../shared/roles'
import { stringField } from './storage'

/**
 * The REST side of the server: creating workshops, checking a link's token (which says the role), and
 * the facilitator's links. Every workshop request carries the token as a Bearer header, never in the URL,
 * so it does not end up in logs.
 */

/** Why a request failed, in terms the UI can explain: every case maps to one message. */
export type ApiFailure =
  | 'invalid'
  | 'notFound'
  /** No token at all (401). */
  | 'noToken'
  /** A wrong or revoked token, or a role that may not do this (403). */
  | 'forbidden'
  | 'rateLimited'
  /** The request is refused in the current state (409), e.g. a limit already reached. */
  | 'conflict'
  | 'offline'
  | 'network'
  | 'server'

/**
 * Why a request failed: `failure` from the status (or the network), and, when the server said why, its
 * stable `code` (shared/apiErrors.ts) and the practice list's `problems`, for a message in the reader's
 * language (apiErrorMessages.ts). The server's English `error` is for scripts; it is never shown.
 */
export interface ApiRefusal {
  failure: ApiFailure
  code?: ApiErrorCode
  problems?: PracticeListProblem[]
}

export type ApiResult<T> = { ok: true; value: T } | ({ ok: false } & ApiRefusal)

const TIMEOUT_MS = 10_000

/**
 * A refusal's status and JSON body as the UI reads it. The body is read defensively: a proxy's HTML page,
 * another version's codes or a malformed list leave only what can be trusted.
 */
export async function readRefusal(response: Response): Promise<ApiRefusal> {
  const refusal: ApiRefusal = { failure: failureOf(response.status) }
  const body: unknown = await response.json().catch(() => null)
  if (!isRecord(body)) return refusal
  const code = Object.hasOwn(body, 'code') ? body.code : undefined
  if (isApiErrorCode(code)) refusal.code = code
  const problems = Object.hasOwn(body, 'problems') ? body.problems : undefined
  if (Array.isArray(problems)) {
    const read = problems.map(readPracticeListProblem).filter((problem) => problem !== null)
    if (read.length > 0) refusal.problems = read
  }
  return refusal
}

export function failureOf(status: number): ApiFailure {
  switch (status) {
    case 400:
      return 'invalid'
    case 401:
      return 'noToken'
    case 403:
      return 'forbidden'
    case 404:
      return 'notFound'
    case 409:
      return 'conflict'
    case 413:
      return 'invalid'
    case 429:
      return 'rateLimited'
    default:
      return 'server'
  }
}

/** A JSON request to our API with the link's token; never throws. Bodies that are strings are sent as JSON. */
export async function request(
  path: string,
  init?: RequestInit & { token?: string; contentType?: string },
): Promise<ApiResult<unknown>> {
  if (!navigator.onLine) return { ok: false, failure: 'offline' }
  const { token, contentType, ...rest } = init ?? {}
  let response: Response
  try {
    response = await fetch(path, {
      ...rest,
      headers: {
        Accept: 'application/json',
        ...(rest.body ? { 'Content-Type': contentType ?? 'application/json' } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch {
    return { ok: false, failure: navigator.onLine ? 'network' : 'offline' }
  }
  if (!response.ok) return { ok: false, ...(await readRefusal(response)) }
  try {
    return { ok: true, value: await response.json() }
  } catch {
    // A proxy or captive portal answering with HTML instead of our JSON.
    return { ok: false, failure: 'server' }
  }
}

export function readLinks(body: unknown): WorkshopLinks | null {
  const links = isRecord(body) ? body.links : null
  if (!isRecord(links)) return null
  const facilitator = stringField(links, 'facilitator')
  const participant = stringField(links, 'participant')
  const observer = stringField(links, 'observer')
  return facilitator && participant && observer ? { facilitator, participant, observer } : null
}

async function create(path: string, body?: unknown): Promise<ApiResult<CreatedWorkshop>> {
  const text = typeof body === 'string' || body === undefined ? body : JSON.stringify(body)
  const result = await request(path, { method: 'POST', ...(text === undefined ? {} : { body: text }) })
  if (!result.ok) return result
  const id = isRecord(result.value) ? stringField(result.value, 'id') : ''
  const links = readLinks(result.value)
  return id && links ? { ok: true, value: { id, links } } : { ok: false, failure: 'server' }
}

export function createWorkshop(details: CreateWorkshopRequest): Promise<ApiResult<CreatedWorkshop>> {
  return create('/api/workshops', details)
}

export function createExampleWorkshop(): Promise<ApiResult<CreatedWorkshop>> {
  // An empty JSON body: the server makes workshops only from requests no page elsewhere could send.
  return create('/api/workshops/example', {})
}

/** A new workshop from the text of a JSON export (shared/importJson.ts); 'invalid' when it is not one. */
export function importWorkshop(exportText: string): Promise<ApiResult<CreatedWorkshop>> {
  return create('/api/workshops/import', exportText)
}

function workshopApiPath(id: string): string {
  return `/api/workshops/${encodeURIComponent(id)}`
}

/** The workshop's details and the role `token` grants in it. */
export async function getWorkshop(id: string, token: string): Promise<ApiResult<WorkshopSummary>> {
  const result = await request(workshopApiPath(id), { token })
  if (!result.ok) return result
  const body = result.value
  if (!isRecord(body) || !isRole(body.role)) return { ok: false, failure: 'server' }
  return {
    ok: true,
    value: {
      id: stringField(body, 'id') || id,
      title: stringField(body, 'title'),
      date: stringField(body, 'date'),
      place: stringField(body, 'place'),
      createdAt: typeof body.createdAt === 'number' ? body.createdAt : 0,
      role: body.role,
    },
  }
}

async function linksResult(result: ApiResult<unknown>): Promise<ApiResult<WorkshopLinks>> {
  if (!result.ok) return result
  const links = readLinks(result.value)
  return links ? { ok: true, value: links } : { ok: false, failure: 'server' }
}

/** The three links (facilitators only). */
export async function getLinks(id: string, token: string): Promise<ApiResult<WorkshopLinks>> {
  return linksResult(await request(`${workshopApiPath(id)}/links`, { token }))
}

/** A new token for `role`'s link: the old one stops working at once (facilitators only). */
export async function regenerateLink(
  id: string,
  token: string,
  role: RegenerableRole,
): Promise<ApiResult<WorkshopLinks>> {
  return linksResult(
    await request(`${workshopApiPath(id)}/links/${role}/regenerate`, { method: 'POST', token }),
  )
}

export interface ExportFile {
  blob: Blob
  filename: string
}

/** The file name from a Content-Disposition header: its UTF-8 `filename*` if there is one, else `filename`. */
export function filenameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim())
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const plain = /filename="([^"]*)"/i.exec(disposition)
  return plain?.[1] || fallback
}

/**
 * The workshop's results as a file (facilitators only), with the name the server gives it; a report's words
 * in `language` (the server falls back to English for one it lacks; the JSON export has no words).
 */
export async function downloadExport(
  id: string,
  token: string,
  format: ExportFormat,
  language?: string,
): Promise<ApiResult<ExportFile>> {
  if (!navigator.onLine) return { ok: false, failure: 'offline' }
  const query = language ? `?lang=${encodeURIComponent(language)}` : ''
  let response: Response
  try {
    response = await fetch(`${workshopApiPath(id)}/export.${format}${query}`, {
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(60_000),
    })
  } catch {
    return { ok: false, failure: navigator.onLine ? 'network' : 'offline' }
  }
  if (!response.ok) return { ok: false, ...(await readRefusal(response)) }
  try {
    const blob = await response.blob()
    return {
      ok: true,
      value: {
        blob,
        filename: filenameFrom(response.headers.get('Content-Disposition'), `workshop.${format}`),
      },
    }
  } catch {
    return { ok: false, failure: 'network' }
  }
}
