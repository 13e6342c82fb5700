import type { ConnectionStatus, WorkshopState } from '../store/workshopStore'
import type { SetWorkshopState } from './documentMirrors'
import { connectionStatus, type DocumentConnection } from './refusals'

/**
 * What the connection badge says for all of a workshop's documents together (refusals.ts
 * connectionStatus), and whether this session has ever been connected, mirrored into the store.
 */

/** A provider that opens or reconnects briefly should not flash "Reconnecting…" at everyone. */
export const RECONNECTING_GRACE_MS = 1500

export class ConnectionBadge {
  private readonly setState: SetWorkshopState
  private readonly getState: () => WorkshopState
  private reconnectingTimer: ReturnType<typeof setTimeout> | null = null

  constructor(setState: SetWorkshopState, getState: () => WorkshopState) {
    this.setState = setState
    this.getState = getState
  }

  /** `workshopConnected`: the workshop document's own connection is open now. */
  update(online: boolean, documents: readonly DocumentConnection[], workshopConnected: boolean): void {
    const status = connectionStatus(online, documents)
    if (status === 'reconnecting' && this.getState().connection === 'connected') {
      // Show "Reconnecting…" only if it lasts: a new board connects within moments.
      this.reconnectingTimer ??= setTimeout(() => {
        this.reconnectingTimer = null
        this.show('reconnecting', false)
      }, RECONNECTING_GRACE_MS)
      return
    }
    this.show(status, workshopConnected)
  }

  /** The browser says it is offline: no need to wait for the sockets to say so. */
  offline(): void {
    this.show('offline', false)
  }

  destroy(): void {
    this.cancelReconnecting()
  }

  /** Drops a "Reconnecting…" still waiting out its grace: whatever is shown now supersedes it. */
  private cancelReconnecting(): void {
    if (this.reconnectingTimer !== null) clearTimeout(this.reconnectingTimer)
    this.reconnectingTimer = null
  }

  private show(status: ConnectionStatus, connectedNow: boolean): void {
    this.cancelReconnecting()
    this.setState((state) => {
      const everConnected = state.everConnected || connectedNow
      return state.connection === status && state.everConnected === everConnected
        ? state
        : { connection: status, everConnected }
    })
  }
}
