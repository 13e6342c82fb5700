import type * as Y from 'yjs'

/**
 * Rewrites `target` to `next` by deleting and inserting only the span that differs. Replacing the whole
 * text would discard a collaborator's concurrent edit of another part of the same card.
 */
export function applyTextChange(target: Y.Text, next: string): void {
  const previous = target.toString()
  if (previous === next) return
  let start = 0
  const maxStart = Math.min(previous.length, next.length)
  while (start < maxStart && previous.charCodeAt(start) === next.charCodeAt(start)) start++
  let endPrevious = previous.length
  let endNext = next.length
  while (
    endPrevious > start &&
    endNext > start &&
    previous.charCodeAt(endPrevious - 1) === next.charCodeAt(endNext - 1)
  ) {
    endPrevious--
    endNext--
  }
  if (endPrevious > start) target.delete(start, endPrevious - start)
  if (endNext > start) target.insert(start, next.slice(start, endNext))
}
