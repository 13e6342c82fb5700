import { useSyncExternalStore } from 'react'
import { isRecord, storedValue, stringField } from './storage'

/** Workshops opened on this device, newest first, so people can find them again without the link. */
export interface RecentWorkshop {
  id: string
  title: string
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
    if (id) list.push({ id, title: stringField(entry, 'title'), lastOpened })
  }
  return list.sort((a, b) => b.lastOpened - a.lastOpened)
})

export function recentWorkshops(): readonly RecentWorkshop[] {
  return stored.get()
}

export function isRecentWorkshop(id: string): boolean {
  return stored.get().some((entry) => entry.id === id)
}

/** Records an opening (or a new title); an empty title keeps the one already known. */
export function rememberWorkshop(id: string, title: string, now = Date.now()): void {
  const list = stored.get()
  const previous = list.find((entry) => entry.id === id)
  const entry: RecentWorkshop = { id, title: title || previous?.title || '', lastOpened: now }
  if (previous && previous.title === entry.title && now - previous.lastOpened < 60_000) return
  stored.set([entry, ...list.filter((other) => other.id !== id)].slice(0, MAX_RECENT))
}

export function forgetWorkshop(id: string): void {
  stored.set(stored.get().filter((entry) => entry.id !== id))
}

export function useRecentWorkshops(): readonly RecentWorkshop[] {
  return useSyncExternalStore(stored.subscribe, stored.get)
}
