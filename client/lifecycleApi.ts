import { isRecord } from '../shared/ownKeys'
import type { CreatedWorkshop, FollowUpRequest } from '../shared/protocol'
import { forgetAccess } from './access'
import { type ApiResult, readLinks, readRefusal, request } from './api'
import { forgetWorkshop } from './recentWorkshops'
import { stringField } from './storage'

/**
 * The client side of server/lifecycleApi.ts: deleting a workshop (and what this device kept of it),
 * starting a follow-up, importing the practice list from CSV. Facilitator requests, with the link's token.
 */

function workshopPath(id: string): string {
  return `/api/workshops/${encodeURIComponent(id)}`
}

const TIMEOUT_MS = 10_000

/** Deletes the workshop on the server, for everyone. Resolves ok once it is gone (204). */
export async function deleteWorkshop(id: string, token: string): Promise<ApiResult<null>> {
  if (!navigator.onLine) return { ok: false, failure: 'offline' }
  let response: Response
  try {
    // Not through `request`: a 204 has no JSON body to read.
    response = await fetch(workshopPath(id), {
      method: 'DELETE',
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch {
    return { ok: false, failure: navigator.onLine ? 'network' : 'offline' }
  }
  if (response.ok) return { ok: true, value: null }
  return { ok: false, ...(await readRefusal(response)) }
}

/**
 * Forgets what this device kept of a workshop: its entry in "recent workshops", its token, and the local
 * copies of its documents and drafts (IndexedDB), so nothing of a deleted workshop stays behind. Call it
 * once the session is closed: an open database would hold up its own deletion until then.
 */
export async function forgetWorkshopOnThisDevice(id: string): Promise<void> {
  forgetWorkshop(id)
  forgetAccess(id)
  try {
    localStorage.removeItem(`practicemap:follow:${id}`)
    localStorage.removeItem(`practicemap:draft:${id}:new-practice`)
  } catch {
    // Storage disabled: there is nothing kept there either.
  }
  const ours = (name: string) =>
    name === `practicemap:${id}` ||
    name.startsWith(`practicemap:${id}/`) ||
    name.startsWith(`practicemap:drafts:${id}:`)
  let names: string[] = [`practicemap:${id}`, `practicemap:${id}/participation`]
  try {
    const databases = (await indexedDB.databases?.()) ?? []
    names = [...new Set([...names, ...databases.flatMap((database) => database.name ?? [])])].filter(ours)
  } catch {
    // No list of databases in this browser: the workshop's own documents are deleted by name at least.
  }
  for (const name of names) {
    try {
      indexedDB.deleteDatabase(name)
    } catch {
      // IndexedDB unavailable: nothing was kept in it.
    }
  }
}

/** A new workshop continuing this one (see shared/followUp.ts); its links, as when creating one. */
export async function startFollowUp(
  id: string,
  token: string,
  body: FollowUpRequest,
): Promise<ApiResult<CreatedWorkshop>> {
  const result = await request(`${workshopPath(id)}/follow-up`, {
    method: 'POST',
    token,
    body: JSON.stringify(body),
  })
  if (!result.ok) return result
  const newId = isRecord(result.value) ? stringField(result.value, 'id') : ''
  const links = readLinks(result.value)
  return newId && links ? { ok: true, value: { id: newId, links } } : { ok: false, failure: 'server' }
}

/** Adds one practice per row of the CSV text; resolves with how many were added. */
/**
 * A file's bytes as text if they are UTF-8, else null: Excel's plain "CSV" is in the computer's code page
 * (cp1250, cp1252), whose letters would arrive as replacement characters.
 */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

export async function importPracticesCsv(id: string, token: string, csv: string): Promise<ApiResult<number>> {
  const result = await request(`${workshopPath(id)}/practices/import`, {
    method: 'POST',
    token,
    body: csv,
    contentType: 'text/csv; charset=utf-8',
  })
  if (!result.ok) return result
  const added = isRecord(result.value) ? result.value.added : undefined
  return typeof added === 'number' ? { ok: true, value: added } : { ok: false, failure: 'server' }
}
