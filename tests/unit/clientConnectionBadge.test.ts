import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ConnectionBadge, RECONNECTING_GRACE_MS } from '../../client/session/connectionBadge'
import type { DocumentConnection } from '../../client/session/refusals'
import { createWorkshopStore } from '../../client/store/workshopStore'

/** The badge for all of a workshop's documents: no "Reconnecting…" flash for a board that connects at once. */

const connected: DocumentConnection = {
  status: 'connected',
  saveFailed: false,
  tooFast: false,
  damaged: false,
}
const connecting: DocumentConnection = { ...connected, status: 'connecting' }

function badge() {
  const store = createWorkshopStore('w1', 'participant')
  const shown = new ConnectionBadge(
    (update) => store.setState(update),
    () => store.getState(),
  )
  return { store, shown }
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.stubGlobal('navigator', { onLine: true })
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('the connection badge', () => {
  it('says connected once every document is, and remembers it was', () => {
    const { store, shown } = badge()
    shown.update(true, [connected, connecting], false)
    expect(store.getState().connection).toBe('reconnecting')
    shown.update(true, [connected, connected], true)
    expect(store.getState()).toMatchObject({ connection: 'connected', everConnected: true })
  })

  it('waits out a board that connects within moments before saying "Reconnecting…"', () => {
    const { store, shown } = badge()
    shown.update(true, [connected], true)
    shown.update(true, [connected, connecting], true)
    expect(store.getState().connection).toBe('connected')
    shown.update(true, [connected, connected], true)
    vi.advanceTimersByTime(RECONNECTING_GRACE_MS)
    expect(store.getState().connection).toBe('connected')
  })

  it('says "Reconnecting…" when it lasts, and offline at once', () => {
    const { store, shown } = badge()
    shown.update(true, [connected], true)
    shown.update(true, [connecting], false)
    vi.advanceTimersByTime(RECONNECTING_GRACE_MS)
    expect(store.getState().connection).toBe('reconnecting')
    shown.offline()
    expect(store.getState()).toMatchObject({ connection: 'offline', everConnected: true })
  })
})
