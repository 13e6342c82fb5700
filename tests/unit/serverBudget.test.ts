import { describe, expect, it } from 'vitest'
import { MessageBudget, TokenBucket } from '../../server/budget'

function clock() {
  let now = 0
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

describe('a token bucket', () => {
  it('spends its burst at once, then refills at its rate, never above its capacity', () => {
    const time = clock()
    const bucket = new TokenBucket(3, 2, time.now)
    expect([1, 2, 3, 4].map(() => bucket.trySpend(1))).toEqual([true, true, true, false])
    expect(bucket.msUntil(1)).toBe(500)
    time.advance(500)
    expect(bucket.trySpend(1)).toBe(true)
    time.advance(60_000)
    expect(bucket.level).toBe(3)
  })

  it('lets a cost above its capacity through from a full bucket, and holds the rate down with the debt', () => {
    const time = clock()
    const bytes = new TokenBucket(1000, 100, time.now)
    expect(bytes.trySpend(2500)).toBe(true)
    expect(bytes.level).toBe(-1500)
    expect(bytes.trySpend(1)).toBe(false)
    // Back to full only after the debt is paid: 25 s at 100 a second.
    expect(bytes.msUntil(1000)).toBe(25_000)
    time.advance(24_000)
    expect(bytes.trySpend(2500)).toBe(false)
    time.advance(1000)
    expect(bytes.trySpend(2500)).toBe(true)
  })
})

describe('a connection’s budget of messages and bytes', () => {
  it('passes a message only when both buckets allow it, and recovers when both are half full', () => {
    const time = clock()
    const budget = new MessageBudget(
      { messageBurst: 4, messagesPerSecond: 1, byteBurst: 100, bytesPerSecond: 10 },
      time.now,
    )
    expect(budget.trySpend(90)).toBe(true)
    // Messages are left, bytes are not: nothing is spent.
    expect(budget.trySpend(20)).toBe(false)
    expect(budget.trySpend(10)).toBe(true)
    // Messages: 2 of 4 left, at least half; bytes: 0 of 100, 50 missing at 10 a second.
    expect(budget.msUntilRecovered()).toBe(5000)
  })
})
