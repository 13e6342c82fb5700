import type { IncomingMessage } from 'node:http'
import { Answered } from './apiRouting'
import { clientAddress } from './clientAddress'
import type { Logger } from './log'
import { RefusalRateLimiter } from './rateLimit'

/**
 * How many workshops one client address may create: a token bucket of `burst` creations, refilled at
 * `perHour`. Creating needs no link, so without it one script could fill the disk with workshops (an
 * import is up to 5 MB). Everything that makes a workshop counts: a new one, the example, an import, a
 * follow-up. A request that fails (400, 415) gives its creation back, so a mistyped form costs nothing.
 *
 * The bucket is the refusal budget's (rateLimit.ts): same bounded memory, same IPv6 /64 grouping.
 */

export interface CreationLimitOptions {
  burst: number
  perHour: number
  /** Reverse proxies in front of the server; see clientAddress.ts. */
  trustedProxies: number
  log: Logger
  now?: () => number
}

export class CreationLimiter {
  private readonly bucket: RefusalRateLimiter

  constructor(private readonly options: CreationLimitOptions) {
    this.bucket = new RefusalRateLimiter({
      burst: options.burst,
      refillPerSecond: options.perHour / 3600,
      now: options.now,
    })
  }

  /**
   * Runs `create` on one creation of the request's address, or answers 429 with Retry-After when the
   * address has none left. The creation is spent only if `create` succeeds.
   */
  async spend<T>(req: IncomingMessage, create: () => Promise<T>): Promise<T> {
    const address = clientAddress(req.headers, req.socket.remoteAddress, this.options.trustedProxies)
    const reservation = this.bucket.reserve(address)
    if (!reservation.ok) {
      if (reservation.firstRefusal)
        this.options.log.warn('too many workshops created; answering 429', { address })
      throw new Answered(
        429,
        'creationLimit',
        'too many workshops created from this address; try again later',
        {
          'Retry-After': String(reservation.retryAfterSeconds),
        },
      )
    }
    try {
      return await create()
    } catch (error) {
      this.bucket.release(reservation)
      throw error
    }
  }
}
