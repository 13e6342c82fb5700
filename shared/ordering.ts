import { generateKeyBetween } from 'fractional-indexing'

export interface Ordered {
  id: string
  order: string
}

/** Total order shared by every client: by fractional key, then by id for keys that collided. */
export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export function sortOrdered<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort(compareOrdered)
}

/**
 * A key that sorts between `lower` and `upper` (null = open end).
 *
 * Two people inserting at the same spot at once produce the same key; such ties are ordered by id, and a
 * later insert next to a tie must not ask for a key between two equal keys (the library throws). Keys
 * written by a misbehaving client may also be malformed: fall back to a wider interval rather than fail
 * the user's edit.
 */
export function orderKeyBetween(lower: string | null, upper: string | null): string {
  const upperBound = lower !== null && upper !== null && upper <= lower ? null : upper
  try {
    return generateKeyBetween(lower, upperBound)
  } catch {
    try {
      return generateKeyBetween(lower, null)
    } catch {
      return generateKeyBetween(null, null)
    }
  }
}

/**
 * The key that places an item at `index` of `siblings` (sorted, without the item itself).
 * When the siblings around that index share one key, the first strictly greater key is the upper bound,
 * so the result lands right after the tie, never inside it.
 */
export function orderKeyAt(siblings: readonly Ordered[], index: number): string {
  const clamped = Math.max(0, Math.min(index, siblings.length))
  const lower = clamped > 0 ? (siblings[clamped - 1]?.order ?? null) : null
  let upper: string | null = null
  for (let i = clamped; i < siblings.length; i++) {
    const key = siblings[i]?.order
    if (key !== undefined && (lower === null || key > lower)) {
      upper = key
      break
    }
  }
  return orderKeyBetween(lower, upper)
}
