/**
 * Which of a long lane's items are drawn as full cards. A full card is a dnd-kit sortable with its
 * handle, fields and votes, some thirty elements; a thousand of them took most of a second to build and
 * lay out, and dnd-kit measured and re-rendered every one on each pick-up and drop. So a long lane is cut
 * into chunks of consecutive items: a chunk near the screen is full, the others are drawn as light text
 * (LightCard) until they come near. Pure, so the rules are tested without a DOM.
 */

/** Lanes with at most this many top-level items are drawn in full, exactly as before windowing. */
export const WINDOWED_ABOVE = 40

/** Items per chunk: small enough that one chunk turning full costs a frame or so, large enough to be few. */
export const CHUNK_SIZE = 20

/**
 * Chunks drawn in full from the start, before any observer reports: the first screen of a lane needs no
 * round trip (twenty cards are taller than a laptop's screen).
 */
export const FIRST_FULL_CHUNKS = 1

export const isWindowed = (itemCount: number): boolean => itemCount > WINDOWED_ABOVE

export const chunkOf = (index: number): number => Math.floor(index / CHUNK_SIZE)

/** The chunks that start full. */
export function initialFullChunks(): ReadonlySet<number> {
  return new Set(Array.from({ length: FIRST_FULL_CHUNKS }, (_, chunk) => chunk))
}

/** Whether the item at `index` of a lane of `itemCount` items is drawn as a full card. */
export function isFullItem(index: number, itemCount: number, fullChunks: ReadonlySet<number>): boolean {
  return !isWindowed(itemCount) || fullChunks.has(chunkOf(index))
}

/**
 * The full chunks once `nearChunks` came near the screen. A chunk stays full once it was: turning it back
 * would rebuild its cards each time someone scrolls past, and a drag would re-measure them. The same set
 * comes back when nothing is new, so React skips the render.
 */
export function withNearChunks(full: ReadonlySet<number>, nearChunks: Iterable<number>): ReadonlySet<number> {
  let next: Set<number> | null = null
  for (const chunk of nearChunks) {
    if (full.has(chunk) || next?.has(chunk)) continue
    next ??= new Set(full)
    next.add(chunk)
  }
  return next ?? full
}
