import { useSyncExternalStore } from 'react'

/**
 * Whether the main pointer is a finger (the CSS media query `pointer: coarse`): there is no hover then, so
 * controls that a mouse finds by hovering need a button of their own. One query for the whole page.
 */
const query = typeof window === 'undefined' ? null : window.matchMedia('(pointer: coarse)')

function subscribe(listener: () => void): () => void {
  query?.addEventListener('change', listener)
  return () => query?.removeEventListener('change', listener)
}

const isCoarse = () => query?.matches ?? false

export function useCoarsePointer(): boolean {
  return useSyncExternalStore(subscribe, isCoarse, isCoarse)
}
