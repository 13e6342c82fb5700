import { describe, expect, it } from 'vitest'
import { addressKey, RefusalRateLimiter } from '../../server/rateLimit'

function limiter(options: { burst?: number; refillPerSecond?: number; maxAddresses?: number } = {}) {
  let now = 1_000_000
  const limit = new RefusalRateLimiter({
    burst: options.burst ?? 3,
    refillPerSecond: options.refillPerSecond ?? 1,
    maxAddresses: options.maxAddresses,
    sweepIntervalMs: 1000,
    now: () => now,
  })
  return {
    limit,
    advance(ms: number) {
      now += ms
    },
  }
}

describe('RefusalRateLimiter', () => {
  it('allows a burst of refusals, then refuses until the bucket refills', () => {
    const { limit, advance } = limiter({ burst: 3, refillPerSecond: 1 })
    for (let i = 0; i < 3; i++) expect(limit.reserve('10.0.0.1').ok).toBe(true)
    const refused = limit.reserve('10.0.0.1')
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 1, firstRefusal: true })
    // Logged once per episode, not for every 429.
    expect(limit.reserve('10.0.0.1')).toMatchObject({ ok: false, firstRefusal: false })
    // Another address has its own budget.
    expect(limit.reserve('10.0.0.2').ok).toBe(true)
    advance(999)
    expect(limit.reserve('10.0.0.1').ok).toBe(false)
    advance(1)
    expect(limit.reserve('10.0.0.1').ok).toBe(true)
    expect(limit.reserve('10.0.0.1').ok).toBe(false)
  })

  it('gives a reservation back when the request was allowed: allowed requests cost nothing', () => {
    const { limit } = limiter({ burst: 2 })
    for (let i = 0; i < 100; i++) limit.release(limit.reserve('10.0.0.1'))
    expect(limit.reserve('10.0.0.1').ok).toBe(true)
    expect(limit.reserve('10.0.0.1').ok).toBe(true)
    expect(limit.reserve('10.0.0.1').ok).toBe(false)
  })

  it('reports how long to wait at a slow refill rate', () => {
    const { limit } = limiter({ burst: 1, refillPerSecond: 0.1 })
    limit.reserve('10.0.0.1')
    expect(limit.reserve('10.0.0.1')).toMatchObject({ ok: false, retryAfterSeconds: 10 })
  })

  it('forgets addresses whose bucket is full again, so its memory does not grow with every address seen', () => {
    const { limit, advance } = limiter({ burst: 2, refillPerSecond: 1 })
    for (let i = 0; i < 1000; i++) limit.reserve(`10.0.${i >> 8}.${i & 255}`)
    expect(limit.size).toBe(1000)
    advance(1500)
    limit.reserve('192.0.2.1')
    // 1,000 half-empty buckets refill in 1 s; the sweep (at most once per second here) drops them.
    expect(limit.size).toBe(1)
  })

  it('holds at most maxAddresses, dropping the oldest first', () => {
    const { limit } = limiter({ burst: 1, maxAddresses: 10 })
    for (let i = 0; i < 50; i++) limit.reserve(`10.0.0.${i}`)
    expect(limit.size).toBe(10)
    // The newest are still limited.
    expect(limit.reserve('10.0.0.49').ok).toBe(false)
  })

  it('rejects a configuration that could never allow anything', () => {
    expect(() => new RefusalRateLimiter({ burst: 0, refillPerSecond: 1 })).toThrow()
    expect(() => new RefusalRateLimiter({ burst: 1, refillPerSecond: 0 })).toThrow()
  })
})

describe('addressKey', () => {
  it.each([
    ['192.0.2.7', '192.0.2.7'],
    ['::ffff:192.0.2.7', '192.0.2.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::99', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['::ffff:c000:207', '192.0.2.7'],
    [undefined, 'unknown'],
  ])('counts %s as %s', (address, key) => {
    expect(addressKey(address)).toBe(key)
  })

  it('counts every address of one /64 together, and different /64s apart', () => {
    expect(addressKey('2001:db8:a:b:1::1')).toBe(addressKey('2001:db8:a:b:ffff:ffff:ffff:ffff'))
    expect(addressKey('2001:db8:a:b::1')).not.toBe(addressKey('2001:db8:a:c::1'))
  })
})
