/**
 * Keys that come from a document or a request (card, group, practice and voter ids, dot targets,
 * organisation names) are data, never property names. Looked up on a plain object, `constructor`,
 * `toString` or `__proto__` find what every object inherits (a function, the prototype itself), and writing
 * under `__proto__` replaces an object's prototype. So such keys go into a `Map`, or into a record made
 * here, which has no prototype: a lookup finds only what was put there, and any key is an ordinary one.
 */

/** An empty record without a prototype: safe to index with any key, `__proto__` included. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>
}

/** A copy of `record` (own enumerable keys only) without a prototype, to change and hand on. */
export function copyRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const copy = emptyRecord<T>()
  for (const key of Object.keys(record)) copy[key] = record[key] as T
  return copy
}

/** A copy of `record` without a prototype, with `key` set to `value`. */
export function withEntry<T>(record: Readonly<Record<string, T>>, key: string, value: T): Record<string, T> {
  const copy = copyRecord(record)
  copy[key] = value
  return copy
}

/** A record without a prototype holding `entries`. */
export function recordOf<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const record = emptyRecord<T>()
  for (const [key, value] of entries) record[key] = value
  return record
}

/** `record[key]` when the record itself holds `key`; never something it inherits. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

/**
 * A field of a plain value read from a document (a card's position, the timer, an interest entry), when
 * the value is an object that holds it itself. Yjs decodes plain objects by assigning their keys, so a
 * hostile client can give one a prototype of its choosing: what it inherits is not its content.
 */
export function ownField(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined
}

/** Whether a value read from a document, a request or storage is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
