import { describe, expect, it } from 'vitest'
import {
  CHUNK_SIZE,
  chunkOf,
  FIRST_FULL_CHUNKS,
  initialFullChunks,
  isFullItem,
  WINDOWED_ABOVE,
  withNearChunks,
} from '../../client/board/windowing'

describe('windowed lanes', () => {
  it('draws every card of a short lane in full, as before windowing', () => {
    const none = new Set<number>()
    for (let index = 0; index < WINDOWED_ABOVE; index++) {
      expect(isFullItem(index, WINDOWED_ABOVE, none)).toBe(true)
    }
  })

  it('draws a long lane full in its first chunks and light beyond them until they come near', () => {
    const count = WINDOWED_ABOVE + 1
    const full = initialFullChunks()
    const lastOfFirst = FIRST_FULL_CHUNKS * CHUNK_SIZE - 1
    expect(isFullItem(0, count, full)).toBe(true)
    expect(isFullItem(lastOfFirst, count, full)).toBe(true)
    expect(isFullItem(lastOfFirst + 1, count, full)).toBe(false)
    const nearer = withNearChunks(full, [chunkOf(count - 1)])
    expect(isFullItem(count - 1, count, nearer)).toBe(true)
  })

  it('cuts a lane into consecutive chunks', () => {
    expect(chunkOf(0)).toBe(0)
    expect(chunkOf(CHUNK_SIZE - 1)).toBe(0)
    expect(chunkOf(CHUNK_SIZE)).toBe(1)
  })

  it('keeps a chunk full once it was, and returns the same set when nothing is new', () => {
    const full = new Set([0, 2])
    expect(withNearChunks(full, [2, 0])).toBe(full)
    const next = withNearChunks(full, [3, 3])
    expect([...next].sort()).toEqual([0, 2, 3])
    expect(full.has(3)).toBe(false)
  })
})
