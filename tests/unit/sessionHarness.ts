import { afterEach, beforeEach, vi } from 'vitest'
import {
  openWorkshopSession,
  type SessionOptions,
  type WorkshopSession,
} from '../../client/session/workshopSession'
import { workshopDocumentName } from '../../shared/documentNames'
import { addPractice } from '../../shared/workshopOperations'
import { SyncServer, settle } from './syncSocketPair'

/**
 * A whole workshop session against the in-memory server, in a stand-in browser: a window for online and
 * offline events, navigator.onLine, a server clock that is never reached, no storage unless a test gives
 * one. Shared by clientSession.test.ts and clientSessionLifecycle.test.ts.
 */

export const WORKSHOP = 'Wk3shopAbcde'
export const workshopName = workshopDocumentName(WORKSHOP)
export const ana = { id: 'u-ana', name: 'Ana', organisation: 'City library', color: '#1f5f8b' }

/** A workshop with one practice on the server, as its facilitator made it. */
export function serverWithPractice(): { server: SyncServer; practiceId: string } {
  const server = new SyncServer()
  const practiceId = addPractice(
    server.docOf(workshopName),
    { title: 'Huecos Urbanos', organisation: '', description: '' },
    1,
  )
  return { server, practiceId }
}

export interface StandInBrowser {
  /** The page's window: dispatch 'online', 'offline', 'pagehide', 'pageshow' on it. */
  readonly window: EventTarget
  readonly navigator: { onLine: boolean }
  /** A session as the page opens it, as a facilitator unless the options say otherwise; destroyed after each test. */
  open(server: SyncServer, options?: Partial<SessionOptions>): WorkshopSession
  /** Runs what is due now (fake timers), the sockets' deliveries included. */
  settle(): Promise<void>
  /** Destroys every session opened so far, as leaving the page does. */
  destroyAll(): void
}

/** Installs the stand-in browser and fake timers before each test of the calling file, and clears them after. */
export function installStandInBrowser(): StandInBrowser {
  const sessions: WorkshopSession[] = []
  const browser = {
    window: new EventTarget(),
    navigator: { onLine: true },
    open(server: SyncServer, options: Partial<SessionOptions> = {}): WorkshopSession {
      const role = options.role ?? 'facilitator'
      const session = openWorkshopSession({
        workshopId: WORKSHOP,
        identity: ana,
        token: `${role}-token`,
        role,
        syncUrl: 'ws://sync.test/sync',
        checkAccess: async () => ({ state: 'granted', role }),
        openLocalCopy: null,
        WebSocketPolyfill: server.Socket,
        ...options,
      })
      sessions.push(session)
      return session
    },
    settle,
    destroyAll(): void {
      for (const session of sessions.splice(0)) session.destroy()
    },
  }
  beforeEach(() => {
    vi.useFakeTimers()
    browser.window = new EventTarget()
    browser.navigator = { onLine: true }
    vi.stubGlobal('window', browser.window)
    vi.stubGlobal('navigator', browser.navigator)
    // The server clock is not asked here (ClockSync): its requests fail like those of a page offline.
    vi.stubGlobal('fetch', () => Promise.reject(new Error('no server clock in unit tests')))
    vi.spyOn(console, 'warn').mockImplementation(() => {})
  })
  afterEach(() => {
    browser.destroyAll()
    vi.useRealTimers()
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })
  return browser
}
