import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode } from '../../server/closeCodes'
import { encodeUpdate } from '../../server/protocol'
import { applyStoredDocument } from '../../server/storage/documentStore'
import { MemoryStore } from '../../server/storage/memoryStore'
import { SqliteStore } from '../../server/storage/sqliteStore'
import { addCard } from '../../shared/boardOperations'
import { boardDocumentName } from '../../shared/documentNames'
import { readBoard } from '../../shared/readers'
import {
  type CloseInfo,
  cleanup,
  connectClient,
  connectSynced,
  createWorkshop,
  deferred,
  freePort,
  InstrumentedStore,
  RawClient,
  spawnServer,
  startTestServer,
  tempDir,
  textInsertUpdate,
  waitFor,
} from './helpers'

afterEach(cleanup)

const author = { id: 'person-1', name: 'Ana', organisation: 'Żyrardów' }

function cardTexts(doc: Y.Doc): string[] {
  return Object.values(readBoard(doc).lanes)
    .flat()
    .map((card) => card.text)
    .sort()
}

describe('durability', () => {
  it('keeps every edit across a graceful restart on the same data folder', async () => {
    const dataDir = tempDir()
    const first = await startTestServer({ dataDir })
    const { id: workshopId, tokens } = await createWorkshop(first.url)
    const board = boardDocumentName(workshopId, 'practice01')
    const ana = await connectSynced(first.url, board, tokens.participant)
    const closes: CloseInfo[] = []
    ana.provider.on('connection-close', (event) => {
      if (event) closes.push({ code: event.code, reason: event.reason })
    })
    for (const text of ['one', 'two', 'three']) addCard(ana.doc, { lane: 'benefits', text, author }, 1)
    await waitFor(() => first.persistence.stats.updates >= 3)
    await first.close()
    // The client learns of the close when its socket does, which may be a moment after the server is done.
    await waitFor(() => closes.length > 0, 5000, 'the client to see the close')
    ana.destroy()
    expect(closes[0]).toEqual({ code: CloseCode.goingAway, reason: 'server shutting down' })
    // Shutdown folded the log into a snapshot.
    const store = SqliteStore.open(dataDir)
    expect((await store.loadDocument(board)).updates).toEqual([])
    await store.close()

    const second = await startTestServer({ dataDir })
    const ben = await connectSynced(second.url, board, tokens.participant)
    expect(cardTexts(ben.doc)).toEqual(['one', 'three', 'two'])
  })

  it('keeps an edit that a client saw even when the server is killed with SIGKILL right after', async () => {
    const dataDir = tempDir()
    const first = await spawnServer({ DATA_DIR: dataDir })
    const { id: workshopId, tokens } = await createWorkshop(first.url)
    const board = boardDocumentName(workshopId, 'practice01')
    const writer = await connectSynced(first.url, board, tokens.participant)
    const observer = await connectSynced(first.url, board, tokens.observer)

    addCard(writer.doc, { lane: 'keyAspects', text: 'survives kill -9', author }, 1)
    await waitFor(
      () => cardTexts(observer.doc).includes('survives kill -9'),
      5000,
      'the observer to see the edit',
    )
    first.child.kill('SIGKILL')
    await first.exited
    writer.destroy()
    observer.destroy()

    const second = await spawnServer({ DATA_DIR: dataDir })
    const reader = await connectSynced(second.url, board, tokens.participant)
    expect(cardTexts(reader.doc)).toEqual(['survives kill -9'])
    second.child.kill('SIGTERM')
    expect(await second.exited).toBe(0)
  })

  it('commits an update before any client, the sender included, receives it', async () => {
    const store = new InstrumentedStore(new MemoryStore())
    const server = await startTestServer({ store })
    const { id: workshopId, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(workshopId, 'practice01')
    const sender = await RawClient.open(server.url, board, tokens.participant)
    const observer = await connectSynced(server.url, board, tokens.observer)
    await sender.waitForMessage('syncStep1')
    observer.doc.on('update', () => store.events.push('observer-received'))

    const commit = deferred()
    store.holdAppends = commit.promise
    sender.send(encodeUpdate(textInsertUpdate('held')))
    await waitFor(() => store.events.includes('commit-start'))
    // While the commit is held, nobody may see the update. (Absence cannot be awaited; a short look suffices.)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(observer.doc.getText('t').toString()).toBe('')
    expect(sender.messages().some((message) => message.kind === 'update')).toBe(false)

    store.holdAppends = null
    commit.resolve()
    await waitFor(() => observer.doc.getText('t').toString() === 'held')
    await sender.waitForMessage('update')
    const events = store.events.filter((event) => !event.startsWith('load'))
    expect(events.indexOf('commit-done')).toBeLessThan(events.indexOf('observer-received'))
  })

  it('closes the room with 1011 when a commit fails, and saves the edits the clients re-send on reconnect', async () => {
    const store = new InstrumentedStore(new MemoryStore())
    const server = await startTestServer({ store })
    const { id: workshopId, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(workshopId, 'practice01')
    const writer = await connectSynced(server.url, board, tokens.participant)
    const closes: CloseInfo[] = []
    writer.provider.on('connection-close', (event) => {
      if (event) closes.push({ code: event.code, reason: event.reason })
    })

    store.failAppends = true
    addCard(writer.doc, { lane: 'benefits', text: 'not saved yet', author }, 1)
    await waitFor(() => closes.length > 0, 5000, 'the writer to be closed')
    expect(closes[0]?.code).toBe(CloseCode.internalError)
    expect(closes[0]?.reason).toMatch(/could not save/)
    // Nothing was broadcast and the room is gone, so the next load reflects storage.
    expect(readBoard(await loadBoard(store, board)).lanes.benefits).toEqual([])

    store.failAppends = false
    // The stock client reconnects by itself and re-sends what the server lacks.
    await waitFor(
      async () => readBoard(await loadBoard(store, board)).lanes.benefits.length === 1,
      10_000,
      'the re-sent edit to be saved',
    )
    const reader = await connectSynced(server.url, board, tokens.participant)
    expect(cardTexts(reader.doc)).toEqual(['not saved yet'])
  })

  it('refuses new changes cleanly when the database is full, loses none of them, and saves them once there is room', async () => {
    const dataDir = tempDir()
    const port = await freePort()
    // MAX_DATABASE_MB's limit makes SQLite answer SQLITE_FULL, exactly as a full disk does.
    const full = await startTestServer({ dataDir, port, maxDatabaseBytes: 512 * 1024 })
    const { id: workshopId, tokens } = await createWorkshop(full.url)
    const board = boardDocumentName(workshopId, 'practice01')
    const writer = await connectSynced(full.url, board, tokens.participant)
    const observer = await connectSynced(full.url, board, tokens.observer)
    const closes: CloseInfo[] = []
    writer.provider.on('connection-close', (event) => {
      if (event) closes.push({ code: event.code, reason: event.reason })
    })
    const written: string[] = []
    for (let i = 0; closes.length === 0 && i < 400; i++) {
      const text = `${i} ${'Mieszkanie za remont, '.repeat(40)}end`
      addCard(writer.doc, { lane: 'benefits', text, author }, 1)
      written.push(text)
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    await waitFor(() => closes.length > 0, 5000, 'the writer to be refused')
    expect(closes[0]).toEqual({
      code: CloseCode.internalError,
      reason: expect.stringMatching(/could not save/),
    })
    // Refused, not half-done: the server stays up, answers, and showed no one an unsaved change.
    expect((await fetch(`${full.url}/healthz`)).status).toBe(200)
    expect((await fetch(`${full.url}/api/workshops/${workshopId}?token=${tokens.observer}`)).status).toBe(200)
    const seenByObserver = cardTexts(observer.doc)
    expect(seenByObserver.length).toBeLessThan(written.length)

    // Room again (the limit lifted, as when the disk is cleared): the clients come back and send the rest.
    await full.close()
    const roomy = await startTestServer({ dataDir, port })
    await waitFor(
      () => writer.provider.synced && cardTexts(observer.doc).length === written.length,
      15_000,
      'every refused card to be sent again and saved',
    )
    const reader = await connectSynced(roomy.url, board, tokens.observer)
    const saved = cardTexts(reader.doc)
    expect(saved.length).toBe(written.length)
    expect(written.filter((text) => !saved.includes(text)).map((text) => text.slice(0, 8))).toEqual([])
  })

  it('compacts a long log into a snapshot and still has everything after a restart', async () => {
    const dataDir = tempDir()
    const server = await startTestServer({ dataDir, compactionThreshold: 10 })
    const { id: workshopId, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(workshopId, 'practice01')
    const client = await connectSynced(server.url, board, tokens.participant)
    for (let i = 0; i < 25; i++) {
      addCard(client.doc, { lane: 'benefits', text: `card ${i}`, author }, i)
      await waitFor(() => server.persistence.stats.updates >= i + 1)
    }
    expect(server.registry.get(board)?.logRows).toBeLessThanOrEqual(10)
    await server.close()
    client.destroy()

    const store = SqliteStore.open(dataDir)
    const stored = await store.loadDocument(board)
    await store.close()
    expect(stored.snapshot).not.toBeNull()
    expect(stored.updates.length).toBeLessThanOrEqual(10)
    const doc = new Y.Doc()
    applyStoredDocument(doc, stored, null)
    expect(cardTexts(doc)).toHaveLength(25)
  })

  it('snapshots a room when it unloads', async () => {
    const store = new InstrumentedStore(new MemoryStore())
    const server = await startTestServer({ store })
    const { id: workshopId, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(workshopId, 'practice01')
    const client = await connectSynced(server.url, board, tokens.participant)
    addCard(client.doc, { lane: 'benefits', text: 'folded', author }, 1)
    await waitFor(() => server.persistence.stats.updates >= 1)
    client.destroy()
    await waitFor(() => server.registry.get(board) === undefined, 5000, 'the room to unload')
    const stored = await store.loadDocument(board)
    expect(stored.updates).toEqual([])
    const doc = new Y.Doc()
    applyStoredDocument(doc, stored, null)
    expect(cardTexts(doc)).toEqual(['folded'])
  })

  it('gives a working room to a client that joins while the room is being unloaded', async () => {
    const store = new InstrumentedStore(new MemoryStore())
    const server = await startTestServer({ store, roomUnloadGraceMs: 10 })
    const { id: workshopId, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(workshopId, 'practice01')
    const first = await connectSynced(server.url, board, tokens.participant)
    addCard(first.doc, { lane: 'benefits', text: 'before', author }, 1)
    await waitFor(() => server.persistence.stats.updates >= 1)
    const room = server.registry.get(board)

    const compaction = deferred()
    store.holdCompactions = compaction.promise
    first.destroy()
    await waitFor(() => room?.state === 'unloading', 5000, 'the unload to start')
    const second = connectClient(server.url, board, tokens.participant)
    await waitFor(() => second.provider.synced, 5000, 'the late joiner to sync')
    store.holdCompactions = null
    compaction.resolve()
    await waitFor(() => room?.state === 'ready', 5000, 'the unload to give up')

    expect(server.registry.get(board)).toBe(room)
    addCard(second.doc, { lane: 'benefits', text: 'after', author }, 2)
    const third = await connectSynced(server.url, board, tokens.participant)
    await waitFor(() => cardTexts(third.doc).length === 2)
    expect(cardTexts(third.doc)).toEqual(['after', 'before'])
  })
})

async function loadBoard(store: InstrumentedStore, board: string): Promise<Y.Doc> {
  const doc = new Y.Doc()
  applyStoredDocument(doc, await store.loadDocument(board), null)
  return doc
}
