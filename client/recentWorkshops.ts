import { useSyncExternalStore } from 'react'
import { isRecord } from '../shared/ownKeys'
import { isRole, type Role } from '../shared/roles'
import { storedValue, stringField } from './storage'

/**
 * Workshops opened on this device, newest first, so people can find them again without the link. The
 * link's token is not kept here but under its own key (see access.ts): this list is safe to show.
 */
export interface RecentWorkshop {
  id: string
  title: string
  /** What this device is in the workshop, as the server last said; null if not known yet. */
  role: Role | null
  lastOpened: number
}

const MAX_RECENT = 20

const stored = storedValue<readonly RecentWorkshop[]>('practicemap:recent-workshops', (raw) => {
  if (!Array.isArray(raw)) return []
  const list: RecentWorkshop[] = []
  for (const entry of raw) {
    if (!isRecord(entry)) continue
    const id = stringField(entry, 'id')
    const lastOpened = typeof entry.lastOpened === 'number' ? entry.lastOpened : 0
    const role = isRole(entry.role) ? entry.role : null
    if (id) list.push({ id, title: stringField(entry, 'title'), role, lastOpened })
  }
  return list.sort((a, b) => b.lastOpened - a.lastOpened)
})

export function recentWorkshops(): readonly RecentWorkshop[] {
  return stored.get()
}

export function isRecentWorkshop(id: string): boolean {
  return stored.get().some((entry) => entry.id === id)
}

/** Records an opening (or a new title or role); an empty title or no role keeps the one already known. */
export function rememberWorkshop(
  id: string,
  title: string,
  role: Role | null = null,
  now = Date.now(),
): void {
  const list = stored.get()
  const previous = list.find((entry) => entry.id === id)
  const entry: RecentWorkshop = {
    id,
    title: title || previous?.title || '',
    role: role ?? previous?.role ?? null,
    lastOpened: now,
  }
  if (
    previous &&
    previous.title === entry.title &&
    previous.role === entry.role &&
    now - previous.lastOpened < 60_000
  )
    return
  stored.set([entry, ...list.filter((other) => other.id !== id)].slice(0, MAX_RECENT))
}

export function forgetWorkshop(id: string): void {
  stored.set(stored.get().filter((entry) => entry.id !== id))
}

export function useRecentWorkshops(): readonly RecentWorkshop[] {
  return useSyncExternalStore(stored.subscribe, stored.get)
}
