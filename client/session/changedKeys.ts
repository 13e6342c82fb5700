import type * as Y from 'yjs'

/**
 * Keys of the root map whose entry changed in one observeDeep batch, whether the entry itself (added,
 * replaced, deleted) or something inside it (a card's text, a practice's title): the records to re-read.
 */
export function changedKeys(
  root: unknown,
  events: readonly Y.YEvent<Y.AbstractType<unknown>>[],
): Set<string> {
  const keys = new Set<string>()
  for (const event of events) {
    if (event.target === root) {
      for (const key of event.keys.keys()) keys.add(key)
    } else {
      const first = event.path[0]
      if (typeof first === 'string') keys.add(first)
    }
  }
  return keys
}
