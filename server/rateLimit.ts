import { isIPv4, isIPv6 } from 'node:net'

/**
 * A budget of refused requests per client address: a token bucket holding up to `burst` refusals, refilled
 * at `refillPerSecond`. Only refusals spend it (a wrong, missing or revoked token, an unknown workshop, a
 * bad path); a request that is allowed costs nothing. Once an address has spent its budget, every request
 * from it is answered 429 before any storage is read, so a client retrying a dead link forever, or someone
 * guessing tokens, costs the server almost nothing.
 *
 * A request reserves one refusal before it is checked and gets it back when it turns out fine, so even many
 * requests arriving at once read storage at most `burst` times between refills.
 *
 * Memory is bounded: an address whose bucket has refilled is the same as one never seen and is dropped by
 * a sweep at most every `sweepIntervalMs`; past `maxAddresses` the least recently inserted are dropped.
 */

export interface RateLimiterOptions {
  burst: number
  refillPerSecond: number
  maxAddresses?: number
  sweepIntervalMs?: number
  now?: () => number
}

interface Bucket {
  tokens: number
  updatedAt: number
}

export type Reservation =
  | { ok: true; key: string }
  | {
      ok: false
      /** Whole seconds until the address may try again (for `Retry-After`). */
      retryAfterSeconds: number
      /** True for the request that spent the address's last refusal: log that once, not every 429. */
      firstRefusal: boolean
    }

export class RefusalRateLimiter {
  private readonly buckets = new Map<string, Bucket>()
  private readonly burst: number
  private readonly refillPerMs: number
  private readonly maxAddresses: number
  private readonly sweepIntervalMs: number
  private readonly now: () => number
  private lastSweep: number
  /** Addresses that were told 429 since their budget last ran out, so the log says so once per episode. */
  private readonly limited = new Set<string>()

  constructor(options: RateLimiterOptions) {
    if (!(options.burst >= 1) || !(options.refillPerSecond > 0)) {
      throw new Error('A rate limiter needs burst >= 1 and refillPerSecond > 0')
    }
    this.burst = options.burst
    this.refillPerMs = options.refillPerSecond / 1000
    this.maxAddresses = options.maxAddresses ?? 100_000
    this.sweepIntervalMs = options.sweepIntervalMs ?? 10_000
    this.now = options.now ?? Date.now
    this.lastSweep = this.now()
  }

  /** Addresses currently tracked (for tests and health). */
  get size(): number {
    return this.buckets.size
  }

  /**
   * Reserves one refusal for `address`. When the budget is spent, the request must be answered 429 at once;
   * otherwise it is checked, and `release` gives the reservation back if it is allowed.
   */
  reserve(address: string | undefined): Reservation {
    const now = this.now()
    this.sweep(now)
    const key = addressKey(address)
    const bucket = this.buckets.get(key)
    const tokens = bucket ? this.refilled(bucket, now) : this.burst
    if (tokens < 1) {
      const firstRefusal = !this.limited.has(key)
      this.limited.add(key)
      if (bucket) {
        bucket.tokens = tokens
        bucket.updatedAt = now
      }
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / (this.refillPerMs * 1000))),
        firstRefusal,
      }
    }
    this.limited.delete(key)
    if (bucket) {
      bucket.tokens = tokens - 1
      bucket.updatedAt = now
    } else {
      if (this.buckets.size >= this.maxAddresses) this.evictOldest()
      this.buckets.set(key, { tokens: tokens - 1, updatedAt: now })
    }
    return { ok: true, key }
  }

  /** Gives a reservation back: the request it was made for was allowed. */
  release(reservation: Reservation): void {
    if (!reservation.ok) return
    const bucket = this.buckets.get(reservation.key)
    if (!bucket) return
    const now = this.now()
    bucket.tokens = Math.min(this.burst, this.refilled(bucket, now) + 1)
    bucket.updatedAt = now
    if (bucket.tokens >= this.burst) this.buckets.delete(reservation.key)
  }

  private refilled(bucket: Bucket, now: number): number {
    return Math.min(this.burst, bucket.tokens + Math.max(0, now - bucket.updatedAt) * this.refillPerMs)
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.sweepIntervalMs) return
    this.lastSweep = now
    for (const [key, bucket] of this.buckets) {
      if (this.refilled(bucket, now) >= this.burst) {
        this.buckets.delete(key)
        this.limited.delete(key)
      }
    }
  }

  private evictOldest(): void {
    const oldest = this.buckets.keys().next()
    if (oldest.done) return
    this.buckets.delete(oldest.value)
    this.limited.delete(oldest.value)
  }
}

/**
 * The key an address is counted under: an IPv4 address as is (also when written IPv4-mapped,
 * `::ffff:1.2.3.4`), an IPv6 address by its /64 network, because one machine usually has a whole /64 and
 * could otherwise take a fresh address for every request.
 */
export function addressKey(address: string | undefined): string {
  if (!address) return 'unknown'
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)
  if (mapped?.[1]) return mapped[1]
  if (isIPv4(address)) return address
  if (!isIPv6(address)) return address
  const groups = expandIPv6(address.split('%')[0] ?? address)
  if (!groups) return address
  if (groups.slice(0, 5).every((group) => group === '0') && groups[5] === 'ffff') {
    // IPv4-mapped, written in hex.
    const [high = 0, low = 0] = groups.slice(6).map((group) => Number.parseInt(group, 16))
    return [high >> 8, high & 255, low >> 8, low & 255].join('.')
  }
  return `${groups.slice(0, 4).join(':')}::/64`
}

/** The 8 groups of an IPv6 address, without leading zeros; null when it cannot be read. */
function expandIPv6(address: string): string[] | null {
  let text = address.toLowerCase()
  // An embedded IPv4 tail (::1.2.3.4) becomes its two groups.
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text)
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number]
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const halves = text.split('::')
  if (halves.length > 2) return null
  const head = halves[0] ? halves[0].split(':') : []
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : []
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 ? missing !== 0 : missing < 0) return null
  const groups = [...head, ...Array.from({ length: missing }, () => '0'), ...tail]
  return groups.map((group) => Number.parseInt(group || '0', 16).toString(16))
}
