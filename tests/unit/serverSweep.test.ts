import { afterEach, describe, expect, it, vi } from 'vitest'
import { Sweep } from '../../server/sweep'

afterEach(() => {
  vi.useRealTimers()
})

describe('Sweep', () => {
  it('visits every item once per period, a fiftieth at a time, and new items from the next pass', () => {
    vi.useFakeTimers()
    const items = new Set(Array.from({ length: 1000 }, (_, index) => index))
    const visits = new Map<number, number>()
    let visitedThisTick = 0
    const perTick: number[] = []
    const sweep = new Sweep(
      () => items,
      5000,
      (item) => {
        visits.set(item, (visits.get(item) ?? 0) + 1)
        visitedThisTick += 1
      },
    )
    for (let tick = 0; tick < 50; tick++) {
      vi.advanceTimersByTime(100)
      perTick.push(visitedThisTick)
      visitedThisTick = 0
      if (tick === 10) items.add(5000)
    }
    expect([...visits.values()].every((count) => count === 1)).toBe(true)
    expect(visits.size).toBe(1000)
    expect(Math.max(...perTick)).toBe(20)
    expect(visits.has(5000)).toBe(false)

    // The next pass takes the item added meanwhile: 1,001 items in slices of 21, done in 48 ticks.
    vi.advanceTimersByTime(4800)
    expect(visits.get(5000)).toBe(1)
    expect([...visits.values()].every((count) => count === 2 || count === 1)).toBe(true)
    expect([...visits.entries()].filter(([, count]) => count === 2)).toHaveLength(1000)
    sweep.stop()
  })
})
