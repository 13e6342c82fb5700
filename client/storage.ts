/**
 * A value kept in localStorage as JSON, readable from React with useSyncExternalStore: `get` returns the
 * same object until the stored text changes, and other tabs' writes arrive through the `storage` event.
 */
export interface StoredValue<T> {
  get(): T
  set(value: T): void
  subscribe(listener: () => void): () => void
}

export function storedValue<T>(key: string, parse: (raw: unknown) => T): StoredValue<T> {
  const listeners = new Set<() => void>()
  let cachedRaw: string | null | undefined
  let cachedValue: T
  /** What `set` could not store (storage full or refused): it holds for this page instead. */
  let unstored: string | undefined

  function readRaw(): string | null {
    if (unstored !== undefined) return unstored
    try {
      return localStorage.getItem(key)
    } catch {
      return null
    }
  }

  function get(): T {
    const raw = readRaw()
    if (raw !== cachedRaw || cachedRaw === undefined) {
      cachedRaw = raw
      let parsed: unknown = null
      try {
        parsed = raw === null ? null : JSON.parse(raw)
      } catch {
        parsed = null
      }
      cachedValue = parse(parsed)
    }
    return cachedValue
  }

  function notify() {
    for (const listener of listeners) listener()
  }

  return {
    get,
    set(value) {
      const raw = JSON.stringify(value)
      try {
        localStorage.setItem(key, raw)
        unstored = undefined
      } catch {
        // Storage full or disabled: the value lives only in this page. (Caching it alone was not enough:
        // the next get() read storage again and lost it, so a name entered in the join form never stuck.)
        unstored = raw
      }
      notify()
    },
    subscribe(listener) {
      listeners.add(listener)
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) listener()
      }
      window.addEventListener('storage', onStorage)
      return () => {
        listeners.delete(listener)
        window.removeEventListener('storage', onStorage)
      }
    },
  }
}

export function stringField(record: Record<string, unknown>, key: string): string {
  const value = record[key]
  return typeof value === 'string' ? value : ''
}
