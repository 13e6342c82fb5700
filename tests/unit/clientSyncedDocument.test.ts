import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { connectionStatus } from '../../client/session/refusals'
import {
  type ProviderStatus,
  SyncedDocument,
  TRUST_EMPTY_LOCAL_AFTER_MS,
} from '../../client/session/syncedDocument'
import { CloseCode } from '../../shared/protocol'
import { REFUSAL_REASONS } from '../../shared/refusals'
import { afterBackoff, SyncServer, settle } from './syncSocketPair'

/**
 * The connector every open document goes through, against an in-memory server (syncSocketPair.ts): what
 * the person sees (loading, ready, the connection badge) and what the session is told (a link revoked, a
 * workshop deleted, a link in doubt) for each thing the server can do.
 */

interface Recorded {
  ready: boolean[]
  connectionChanges: number
  fullChanges: number
  rightsRefused: number
  accessInDoubt: number
  closedForGood: string[]
}

function openDocument(
  server: SyncServer,
  options: { online?: () => boolean; local?: Uint8Array | null; name?: string } = {},
) {
  const recorded: Recorded = {
    ready: [],
    connectionChanges: 0,
    fullChanges: 0,
    rightsRefused: 0,
    accessInDoubt: 0,
    closedForGood: [],
  }
  const local = options.local
  const document = new SyncedDocument({
    name: options.name ?? 'w:abc',
    syncUrl: 'ws://sync.test/sync',
    params: { token: 't0k3n' },
    hasContent: (doc) => doc.getMap('cards').size > 0,
    isOnline: options.online ?? (() => true),
    // A copy on this device, if the test gives one: loaded with what it holds.
    openLocalCopy:
      local === undefined || local === null
        ? null
        : (_name, doc) => {
            Y.applyUpdate(doc, local, 'local copy')
            return { whenSynced: Promise.resolve(), destroy: () => undefined }
          },
    WebSocketPolyfill: server.Socket,
    disableBc: true,
    events: {
      ready: (ready) => recorded.ready.push(ready),
      connectionChanged: () => recorded.connectionChanges++,
      fullChanged: () => recorded.fullChanges++,
      rightsRefused: () => recorded.rightsRefused++,
      accessInDoubt: () => recorded.accessInDoubt++,
      closedForGood: (reason) => recorded.closedForGood.push(reason),
    },
  })
  opened.push(document)
  return { document, recorded, isReady: () => recorded.ready.at(-1) === true }
}

const opened: SyncedDocument[] = []

function addServerCard(server: SyncServer, id: string, text: string): void {
  server.docOf('w:abc').transact(() => server.docOf('w:abc').getMap('cards').set(id, text))
}

function cardsOf(doc: Y.Doc): Record<string, unknown> {
  return doc.getMap('cards').toJSON()
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})

afterEach(() => {
  for (const document of opened.splice(0)) document.destroy()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('a synced document: readiness', () => {
  it('is ready once the server has synced it, with what the server holds', async () => {
    const server = new SyncServer()
    addServerCard(server, 'c1', 'Peer mentoring')
    const { document, isReady } = openDocument(server)
    expect(isReady()).toBe(false)
    await settle()
    expect(isReady()).toBe(true)
    expect(document.serverSynced).toBe(true)
    expect(cardsOf(document.doc)).toEqual({ c1: 'Peer mentoring' })
    expect(server.latest.url.searchParams.get('token')).toBe('t0k3n')
    expect(server.latest.url.pathname).toBe('/sync/w:abc')
  })

  it('shows a copy on this device that has content without waiting for the server', async () => {
    const server = new SyncServer()
    server.autoAccept = false
    const kept = new Y.Doc()
    kept.getMap('cards').set('c1', 'Kept offline')
    const { document, isReady } = openDocument(server, { local: Y.encodeStateAsUpdate(kept) })
    await settle()
    expect(isReady()).toBe(true)
    expect(document.serverSynced).toBe(false)
    expect(document.loaded).toBe(true)
  })

  it('does not call an empty copy "empty" until the server had a fair chance to answer', async () => {
    const server = new SyncServer()
    server.autoAccept = false
    const { document, isReady } = openDocument(server, { local: Y.encodeStateAsUpdate(new Y.Doc()) })
    await settle()
    expect(isReady()).toBe(false)
    expect(document.loaded).toBe(false)
    await vi.advanceTimersByTimeAsync(TRUST_EMPTY_LOCAL_AFTER_MS)
    expect(isReady()).toBe(true)
  })

  it('trusts an empty copy at once while offline', async () => {
    const server = new SyncServer()
    const { isReady } = openDocument(server, {
      online: () => false,
      local: Y.encodeStateAsUpdate(new Y.Doc()),
    })
    await settle()
    expect(isReady()).toBe(true)
    expect(server.ends).toHaveLength(0)
  })
})

describe('a synced document: the connection', () => {
  it('goes connecting → connected → disconnected → connected again when the server drops it', async () => {
    const server = new SyncServer()
    server.autoAccept = false
    const { document } = openDocument(server)
    const seen: ProviderStatus[] = [document.status]
    const record = () => {
      if (seen.at(-1) !== document.status) seen.push(document.status)
    }
    server.latest.accept()
    record()
    server.latest.close(1006)
    record()
    expect(connectionStatus(true, [document.connection()])).toBe('reconnecting')
    server.autoAccept = true
    await afterBackoff()
    record()
    expect(seen).toEqual(['connecting', 'connected', 'disconnected', 'connected'])
    expect(connectionStatus(true, [document.connection()])).toBe('connected')
  })

  it('sends what was written while disconnected once it reconnects', async () => {
    const server = new SyncServer()
    const { document } = openDocument(server)
    await settle()
    document.disconnect()
    document.doc.getMap('cards').set('c2', 'Written on the train')
    expect(cardsOf(server.docOf('w:abc'))).toEqual({})
    document.connect()
    await settle()
    expect(cardsOf(server.docOf('w:abc'))).toEqual({ c2: 'Written on the train' })
  })

  it('receives what others write while connected', async () => {
    const server = new SyncServer()
    const { document } = openDocument(server)
    await settle()
    addServerCard(server, 'c3', 'From a partner')
    expect(cardsOf(document.doc)).toEqual({ c3: 'From a partner' })
  })
})

describe('a synced document: what the server refuses', () => {
  it('doubts the link after upgrades refused twice in a row (a wrong token, an unknown workshop)', async () => {
    const server = new SyncServer()
    server.autoAccept = false
    const { recorded } = openDocument(server)
    server.latest.refuseUpgrade()
    expect(recorded.accessInDoubt).toBe(0)
    await afterBackoff()
    server.latest.refuseUpgrade()
    expect(recorded.accessInDoubt).toBe(1)
    expect(recorded.closedForGood).toEqual([])
  })

  it('does not doubt the link for a connection that opened and then dropped', async () => {
    const server = new SyncServer()
    const { recorded } = openDocument(server)
    await settle()
    server.latest.close(1006)
    await afterBackoff()
    server.latest.close(1006)
    expect(recorded.accessInDoubt).toBe(0)
  })

  it('reports a revoked link and stops reconnecting', async () => {
    const server = new SyncServer()
    const { recorded } = openDocument(server)
    await settle()
    server.latest.close(CloseCode.linkRevoked)
    expect(recorded.closedForGood).toEqual(['revoked'])
    await afterBackoff()
    expect(server.ends).toHaveLength(1)
  })

  it('reports a deleted workshop, and any other final code as one to ask the server about', async () => {
    const server = new SyncServer()
    const { recorded } = openDocument(server)
    await settle()
    server.latest.close(CloseCode.workshopDeleted)
    expect(recorded.closedForGood).toEqual(['deleted'])

    const other = new SyncServer()
    const unexplained = openDocument(other, { name: 'w:def' })
    await settle()
    other.latest.close(4499)
    expect(unexplained.recorded.closedForGood).toEqual(['unexplained'])
  })

  it('connects again when resumed after a final close (the link still works)', async () => {
    const server = new SyncServer()
    const { document } = openDocument(server)
    await settle()
    server.latest.close(4499)
    document.resume()
    await settle()
    expect(server.open).toHaveLength(1)
    expect(document.status).toBe('connected')
  })

  it('says changes are not saved after the server could not save, until a new connection lasts', async () => {
    const server = new SyncServer()
    const { document } = openDocument(server)
    await settle()
    server.latest.close(CloseCode.internalError)
    await afterBackoff()
    expect(document.status).toBe('connected')
    expect(connectionStatus(true, [document.connection()])).toBe('notSaving')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(connectionStatus(true, [document.connection()])).toBe('connected')
  })

  it('says the stored copy is damaged until the server syncs it again, and keeps retrying', async () => {
    const server = new SyncServer()
    server.autoAccept = false
    const { document } = openDocument(server)
    server.latest.accept()
    server.latest.close(CloseCode.documentDamaged)
    expect(connectionStatus(true, [document.connection()])).toBe('damaged')
    server.autoAccept = true
    await afterBackoff()
    expect(server.open).toHaveLength(1)
    expect(connectionStatus(true, [document.connection()])).toBe('connected')
  })

  it('tells "too fast" until the server asks for the changes again', async () => {
    const server = new SyncServer()
    const { document } = openDocument(server)
    await settle()
    server.latest.refuseChange(REFUSAL_REASONS.tooFast)
    expect(connectionStatus(true, [document.connection()])).toBe('tooFast')
    server.latest.askForChanges()
    expect(connectionStatus(true, [document.connection()])).toBe('connected')
  })

  it('tells a full document until it reconnects, and passes a refusal of rights on', async () => {
    const server = new SyncServer()
    const { document, recorded } = openDocument(server)
    await settle()
    server.latest.refuseChange(REFUSAL_REASONS.documentFull)
    expect(document.full).toBe('document')
    expect(recorded.fullChanges).toBe(1)
    server.latest.refuseChange(REFUSAL_REASONS.locked)
    expect(recorded.rightsRefused).toBe(1)
    document.reconnect()
    await settle()
    expect(document.full).toBe(null)
    expect(recorded.fullChanges).toBe(2)
  })

  it('stays quiet once destroyed', async () => {
    const server = new SyncServer()
    const { document, recorded } = openDocument(server)
    await settle()
    const before = { ...recorded, ready: recorded.ready.length }
    document.destroy()
    await vi.advanceTimersByTimeAsync(20_000)
    expect(recorded.ready).toHaveLength(before.ready)
    expect(recorded.closedForGood).toEqual([])
    expect(server.open).toHaveLength(0)
  })
})
