import type { WorkshopDetails } from '../shared/schema'
import { isRecord, stringField } from './storage'

/** The REST side of the server: creating workshops and checking that one exists before syncing it. */

export interface WorkshopSummary extends WorkshopDetails {
  id: string
  createdAt: number
}

export interface CreatedWorkshop {
  id: string
  link: string
}

/** Why a request failed, in terms the UI can explain: every case maps to one message. */
export type ApiFailure = 'invalid' | 'notFound' | 'offline' | 'network' | 'server'

export type ApiResult<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure }

const TIMEOUT_MS = 10_000

async function request(path: string, init?: RequestInit): Promise<ApiResult<unknown>> {
  if (!navigator.onLine) return { ok: false, failure: 'offline' }
  let response: Response
  try {
    response = await fetch(path, {
      ...init,
      headers: { Accept: 'application/json', ...(init?.body ? { 'Content-Type': 'application/json' } : {}) },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch {
    return { ok: false, failure: navigator.onLine ? 'network' : 'offline' }
  }
  if (response.status === 404) return { ok: false, failure: 'notFound' }
  if (response.status === 400) return { ok: false, failure: 'invalid' }
  if (!response.ok) return { ok: false, failure: 'server' }
  try {
    return { ok: true, value: await response.json() }
  } catch {
    // A proxy or captive portal answering with HTML instead of our JSON.
    return { ok: false, failure: 'server' }
  }
}

function readCreated(body: unknown): CreatedWorkshop | null {
  if (!isRecord(body)) return null
  const id = stringField(body, 'id')
  const links = body.links
  const link = isRecord(links) ? stringField(links, 'workshop') : ''
  return id ? { id, link: link || `${location.origin}/w/${id}` } : null
}

async function create(path: string, body?: unknown): Promise<ApiResult<CreatedWorkshop>> {
  const result = await request(path, {
    method: 'POST',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!result.ok) return result
  const created = readCreated(result.value)
  return created ? { ok: true, value: created } : { ok: false, failure: 'server' }
}

export function createWorkshop(details: WorkshopDetails): Promise<ApiResult<CreatedWorkshop>> {
  return create('/api/workshops', details)
}

export function createExampleWorkshop(): Promise<ApiResult<CreatedWorkshop>> {
  return create('/api/workshops/example')
}

export async function getWorkshop(id: string): Promise<ApiResult<WorkshopSummary>> {
  const result = await request(`/api/workshops/${encodeURIComponent(id)}`)
  if (!result.ok) return result
  const body = result.value
  if (!isRecord(body)) return { ok: false, failure: 'server' }
  return {
    ok: true,
    value: {
      id: stringField(body, 'id') || id,
      title: stringField(body, 'title'),
      date: stringField(body, 'date'),
      place: stringField(body, 'place'),
      createdAt: typeof body.createdAt === 'number' ? body.createdAt : 0,
    },
  }
}
