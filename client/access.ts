import { isValidId } from '../shared/ids'
import { isRecord } from '../shared/ownKeys'
import { isRole, type Role } from '../shared/roles'
import { workshopPath } from './routes'
import { type StoredValue, storedValue, stringField } from './storage'

/**
 * A workshop's link carries a token (`/w/<id>?token=…`) that the server maps to a role. This device keeps
 * the token of each workshop it opened under its own key, with the role the server last said it grants,
 * so the workshop opens offline as what it was. The token never stays in the address bar: it is taken
 * from there on load and dropped, so a projector or a screenshot does not show the facilitator's link.
 */

export interface StoredAccess {
  token: string
  /** The role the server last confirmed for this token; null until it has answered once. */
  role: Role | null
}

export function tokenKey(workshopId: string): string {
  return `practicemap:token:${workshopId}`
}

/** Tokens come from links people paste: accept only what a URL carries unescaped, and not too much. */
export function isPlausibleToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{8,200}$/.test(value)
}

export function parseStoredAccess(raw: unknown): StoredAccess | null {
  if (!isRecord(raw)) return null
  const token = stringField(raw, 'token')
  if (!isPlausibleToken(token)) return null
  return { token, role: isRole(raw.role) ? raw.role : null }
}

const cache = new Map<string, StoredValue<StoredAccess | null>>()

function storedAccess(workshopId: string): StoredValue<StoredAccess | null> {
  let value = cache.get(workshopId)
  if (!value) {
    value = storedValue(tokenKey(workshopId), parseStoredAccess)
    cache.set(workshopId, value)
  }
  return value
}

export function readAccess(workshopId: string): StoredAccess | null {
  return storedAccess(workshopId).get()
}

/** Keeps a token; a different one than before replaces it and forgets the role the old one had. */
export function saveToken(workshopId: string, token: string): void {
  const previous = readAccess(workshopId)
  if (previous?.token === token) return
  storedAccess(workshopId).set({ token, role: null })
}

/**
 * Keeps a new token for a role this device already had, confirmed by the server that issued it (a
 * facilitator replaced their own link): the workshop goes on at once with it, without asking again.
 */
export function replaceToken(workshopId: string, token: string, role: Role): void {
  storedAccess(workshopId).set({ token, role })
}

/** Remembers the role the server granted, for the token that was asked about (if it is still the one kept). */
export function saveRole(workshopId: string, token: string, role: Role): void {
  const previous = readAccess(workshopId)
  if (previous?.token !== token || previous.role === role) return
  storedAccess(workshopId).set({ token, role })
}

/** Drops the token kept for a workshop (it was deleted): the device no longer opens it. */
export function forgetAccess(workshopId: string): void {
  storedAccess(workshopId).set(null)
  try {
    localStorage.removeItem(tokenKey(workshopId))
  } catch {
    // Storage disabled: the token lived only in this page, and `set(null)` dropped it there.
  }
}

export function subscribeAccess(workshopId: string, listener: () => void): () => void {
  return storedAccess(workshopId).subscribe(listener)
}

export interface WorkshopLink {
  workshopId: string
  token: string
  /** The path to open in the app, without the token: `/w/<id>` plus whatever followed it. */
  path: string
}

/**
 * Reads a workshop link (absolute, or a path with its query) into its parts. Returns null for anything
 * that is not `/w/<id>…?token=…` with a valid id and a plausible token.
 */
export function parseWorkshopLink(link: string, base: string): WorkshopLink | null {
  let url: URL
  try {
    url = new URL(link, base)
  } catch {
    return null
  }
  const match = /^\/w\/([^/?#]+)/.exec(url.pathname)
  const workshopId = match?.[1]
  const token = url.searchParams.get('token')
  if (!workshopId || !isValidId(workshopId) || !token || !isPlausibleToken(token)) return null
  return { workshopId, token, path: url.pathname }
}

/** The address of a link as it should stay in the address bar: the same, less its token. */
export function withoutToken(href: string): string {
  const url = new URL(href)
  url.searchParams.delete('token')
  return `${url.pathname}${url.search}${url.hash}`
}

/**
 * Run once before the app renders: keeps the token of the link this page was opened with, and takes it
 * out of the address bar (replaceState, so Back does not bring it back either).
 */
export function captureTokenFromAddress(): void {
  const url = new URL(location.href)
  if (!url.searchParams.has('token')) return
  const link = parseWorkshopLink(url.href, location.origin)
  if (link) saveToken(link.workshopId, link.token)
  history.replaceState(history.state, '', withoutToken(url.href))
}

/** The link that opens this workshop with `token`, as people share it. */
export function workshopLink(workshopId: string, token: string, origin = location.origin): string {
  return `${origin}${workshopPath(workshopId)}?token=${encodeURIComponent(token)}`
}

/** A link with its token replaced by dots: says which link it is without giving it away. */
export function withHiddenToken(link: string): string {
  return link.replace(/([?&]token=)[^&#]*/, '$1••••••••')
}

/** A link as a person reads it off a wall: without the scheme, which phones add themselves. */
export function displayLink(link: string): string {
  return link.replace(/^https?:\/\//, '')
}
