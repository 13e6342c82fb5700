import type { Role } from '../../shared/roles'
import { getWorkshop } from '../api'
import type { AccessState } from '../store/workshopStore'
import type { FinalClose } from './syncedDocument'

/**
 * Whether this link still opens the workshop: a link revoked or a workshop deleted while it is open. The
 * server says so by closing connections with a final code (syncedDocument.ts finalCloseOf), or, for a
 * connection it refuses before it opens (an unknown workshop, a wrong token: a plain HTTP status that a
 * browser only sees as a failed socket), by what it answers over HTTP when asked.
 */

/** What the server says of this link when asked again: 'unknown' when it could not be asked. */
export type AccessCheck = { state: 'granted'; role: Role } | { state: 'revoked' | 'notFound' | 'unknown' }

export type EndedAccess = Exclude<AccessState, 'granted'>

/** Ask the server at most this often when connections keep failing (a forced check is not limited). */
export const ACCESS_CHECK_INTERVAL_MS = 15_000

export interface LinkAccessOptions {
  check(): Promise<AccessCheck>
  isOnline(): boolean
  /** The link still works, with this role: reconnect what a final close stopped. */
  granted(role: Role): void
  /** The link no longer opens the workshop: stop syncing and say why. */
  ended(access: EndedAccess): void
}

export class LinkAccess {
  private readonly options: LinkAccessOptions
  private lastCheck = 0
  private checking = false
  private replacingOwnLink = false
  private closedWhileReplacing = false
  private destroyed = false

  constructor(options: LinkAccessOptions) {
    this.options = options
  }

  /** A document's connection was closed for good (see SyncedDocumentEvents.closedForGood). */
  closedForGood(reason: FinalClose): void {
    if (reason === 'revoked' && this.replacingOwnLink) this.closedWhileReplacing = true
    else if (reason === 'revoked' || reason === 'deleted') this.options.ended(reason)
    // Another final code: the server knows why; ask it, and carry on if the link still works.
    else this.verify(true)
  }

  /** Asks the server whether the link still works; `force` skips the once-per-interval limit. */
  verify(force: boolean): void {
    const now = Date.now()
    if (this.destroyed || this.checking || !this.options.isOnline()) return
    if (!force && now - this.lastCheck < ACCESS_CHECK_INTERVAL_MS) return
    this.lastCheck = now
    this.checking = true
    this.options
      .check()
      .then((result) => {
        if (this.destroyed) return
        if (result.state === 'granted') this.options.granted(result.role)
        else if (result.state !== 'unknown') this.options.ended(result.state)
      })
      .catch(() => {})
      .finally(() => {
        this.checking = false
      })
  }

  /**
   * This facilitator is replacing their own link (the share panel): the server closes every connection that
   * uses the old one with linkRevoked, this session's too, and this device goes on with the new link, in a
   * new session (WorkshopRoot opens one per token). Until the server has answered, those closes do not end
   * access. Returns what ends the wait: if the replacement failed, the link is checked with the server.
   */
  replaceOwnLink(): () => void {
    this.replacingOwnLink = true
    return () => {
      this.replacingOwnLink = false
      if (this.closedWhileReplacing) {
        this.closedWhileReplacing = false
        this.verify(true)
      }
    }
  }

  destroy(): void {
    this.destroyed = true
  }
}

/** The default check: GET /api/workshops/<id> with the link's token. */
export async function checkWithServer(workshopId: string, token: string): Promise<AccessCheck> {
  const result = await getWorkshop(workshopId, token)
  if (result.ok) return { state: 'granted', role: result.value.role }
  switch (result.failure) {
    case 'forbidden':
    case 'noToken':
      return { state: 'revoked' }
    case 'notFound':
      return { state: 'notFound' }
    default:
      return { state: 'unknown' }
  }
}
