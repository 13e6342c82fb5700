import { useSyncExternalStore } from 'react'

/**
 * Whether the main pointer is a finger (the CSS media query `pointer: coarse`): there is no hover then, so
 * controls that a mouse finds by hovering need a button of their own. One query and one listener for the
 * whole page, however many cards ask.
 */
const query = typeof window === 'undefined' ? null : window.matchMedia('(pointer: coarse)')
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

const isCoarse = () => query?.matches ?? false

export function useCoarsePointer(): boolean {
  return useSyncExternalStore(subscribe, isCoarse, isCoarse)
}
