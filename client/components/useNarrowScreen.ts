import { useSyncExternalStore } from 'react'

/**
 * Whether the screen is a phone's (the width at which styles.css lays a board out in one column): wide
 * tables show one column at a time there. One query and one listener for the whole page.
 */
const query = typeof window === 'undefined' ? null : window.matchMedia('(max-width: 700px)')
const listeners = new Set<() => void>()
const notify = () => {
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) query?.addEventListener('change', notify)
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) query?.removeEventListener('change', notify)
  }
}

const isNarrow = () => query?.matches ?? false

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, isNarrow)
}
