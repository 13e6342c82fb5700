import type { ApiErrorCode } from '../shared/apiErrors'
import { isValidId } from '../shared/ids'
import type { Grant } from './auth'
import type { Logger } from './log'
import type { RefusalRateLimiter } from './rateLimit'
import type { WorkshopRecord } from './storage/documentStore'
import type { WorkshopCachingStore } from './storage/workshopCache'

/**
 * The one gate in front of every workshop, for WebSocket upgrades and API calls alike: the address's
 * budget of refusals, the workshop, then what the request's token grants in it.
 */

export type Refusal = {
  allow: false
  status: number
  /** The API answers it (shared/apiErrors.ts); a refused WebSocket upgrade only logs it. */
  code: ApiErrorCode
  message: string
  headers?: Record<string, string>
}
export type Decision = { allow: true; grant: Grant } | Refusal
export type Admission = { allow: true; workshop: WorkshopRecord; grant: Grant } | Refusal

export interface AdmissionGate {
  store: WorkshopCachingStore
  limiter: RefusalRateLimiter
  log: Logger
  /**
   * Wait for a read of the workshop already under way rather than counting against the address meanwhile:
   * for sync connections, which a whole room opens at once after a break or a failover.
   */
  shareReadsUnderWay?: boolean
}

/** The 429 for an address that has spent its refusals. */
export function rateLimited(retryAfterSeconds: number): Refusal {
  return {
    allow: false,
    status: 429,
    code: 'rateLimited',
    message: 'too many refused requests from this address; try again later',
    headers: { 'Retry-After': String(retryAfterSeconds) },
  }
}

/**
 * Admits a request to workshop `workshopId` if `decide` grants it. Each refusal (404, and 401/403 from
 * `decide`) is spent from the address's budget; once it is spent the answer is 429 without a storage read.
 * Everyone at a venue may share one address, so a stale link on one device must not lock out the rest:
 * a valid token for a workshop already in memory is checked (an HMAC, no storage read) and still admitted.
 */
export async function admit(
  gate: AdmissionGate,
  remoteAddress: string | undefined,
  workshopId: string,
  decide: (workshop: WorkshopRecord) => Decision | Promise<Decision>,
): Promise<Admission> {
  const { store, limiter, log } = gate
  // Many devices ask for one workshop at once after a break (or a failover): the first one's read answers
  // them all. Counting each against the address's refusals while the read is under way would refuse
  // honest devices sharing the venue's address once more than the burst are waiting on a networked store.
  const underWay = gate.shareReadsUnderWay ? store.readUnderWay(workshopId) : undefined
  if (underWay) {
    const workshop = await underWay.catch(() => null)
    const decision = workshop ? await decide(workshop) : undefined
    if (workshop && decision?.allow) return { allow: true, workshop, grant: decision.grant }
  }
  const reservation = limiter.reserve(remoteAddress)
  if (!reservation.ok) {
    const known = store.peekWorkshop(workshopId)
    const decision = known ? await decide(known) : undefined
    if (known && decision?.allow) return { allow: true, workshop: known, grant: decision.grant }
    if (reservation.firstRefusal)
      log.warn('too many refused requests; answering 429', { address: remoteAddress })
    return rateLimited(reservation.retryAfterSeconds)
  }
  let workshop: WorkshopRecord | null
  let decision: Decision
  try {
    workshop = isValidId(workshopId) ? await store.getWorkshop(workshopId) : null
    if (!workshop) return { allow: false, status: 404, code: 'workshopNotFound', message: 'no such workshop' }
    decision = await decide(workshop)
  } catch (error) {
    // The server's failure, not the client's: it costs the address nothing.
    limiter.release(reservation)
    throw error
  }
  if (!decision.allow) return decision
  limiter.release(reservation)
  return { allow: true, workshop, grant: decision.grant }
}
