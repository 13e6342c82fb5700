import { useSyncExternalStore } from 'react'

/**
 * A hook telling whether a CSS media query matches now, re-rendering its users when that changes. One
 * `matchMedia` and one listener for the whole page, however many components ask.
 */
export function mediaQueryHook(media: string): () => boolean {
  const query = typeof window === 'undefined' ? null : window.matchMedia(media)
  const listeners = new Set<() => void>()
  const notify = () => {
    for (const listener of listeners) listener()
  }
  const subscribe = (listener: () => void): (() => void) => {
    if (listeners.size === 0) query?.addEventListener('change', notify)
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
      if (listeners.size === 0) query?.removeEventListener('change', notify)
    }
  }
  const matches = () => query?.matches ?? false
  return () => useSyncExternalStore(subscribe, matches, matches)
}
