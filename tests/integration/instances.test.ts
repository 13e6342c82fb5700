import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { RunningServer, StartOptions } from '../../server/app'
import { CloseCode } from '../../server/closeCodes'
import { applyStoredDocument, type DocumentStore } from '../../server/storage/documentStore'
import { MemoryStore } from '../../server/storage/memoryStore'
import { boardDocumentName } from '../../shared/documentNames'
import {
  cleanup,
  closeCodesOf,
  connectSynced,
  createWorkshop,
  deleteWorkshop,
  regenerate,
  startTestServer,
  type TestClient,
  waitFor,
} from './helpers'
import { type MemoryBus, MemoryBusHub } from './memoryBus'

/**
 * Two instances in one process sharing one store (a MemoryStore numbering rows per document, as
 * PostgreSQL does) and one bus (in memory, as Redis pub/sub): what crosses between instances, and what
 * storage makes up for when the bus loses a message or is down. tests/cluster/ runs the same with real
 * PostgreSQL, Redis and processes.
 */

afterEach(cleanup)

/** The store as each instance sees it: the instances do not close it, the test does. */
function shared(store: DocumentStore): DocumentStore {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'close') return async () => {}
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

interface Pair {
  a: RunningServer
  b: RunningServer
  hub: MemoryBusHub
  busOfB: MemoryBus
  store: MemoryStore
}

async function startPair(options: StartOptions = {}): Promise<Pair> {
  const store = new MemoryStore(true)
  const hub = new MemoryBusHub()
  const secret = randomBytes(32)
  const common: StartOptions = {
    secret,
    tailCheckIntervalMs: 200,
    tailPollIntervalMs: 100,
    instanceHeartbeatMs: 100,
    ...options,
  }
  const a = await startTestServer({ ...common, store: shared(store), bus: hub.connect('a') })
  const busOfB = hub.connect('b')
  const b = await startTestServer({ ...common, store: shared(store), bus: busOfB })
  return { a, b, hub, busOfB, store }
}

/** A new workshop's board with a participant connected to it on each instance. */
async function participantOnEach({
  a,
  b,
}: Pair): Promise<{ board: string; onA: TestClient; onB: TestClient }> {
  const { id, tokens } = await createWorkshop(a.url)
  const board = boardDocumentName(id, 'practice01')
  const onA = await connectSynced(a.url, board, tokens.participant)
  const onB = await connectSynced(b.url, board, tokens.participant)
  return { board, onA, onB }
}

function addText(client: TestClient, text: string): void {
  const t = client.doc.getText('t')
  t.insert(t.length, text)
}

async function storedText(store: DocumentStore, documentName: string): Promise<string> {
  const doc = new Y.Doc()
  applyStoredDocument(doc, await store.loadDocument(documentName), null)
  return doc.getText('t').toString()
}

function sorted(text: string): string {
  return [...text].sort().join('')
}

describe('two instances sharing storage and a bus', () => {
  it('relays what a client on one instance writes to clients on the other, and storage holds it all', async () => {
    const pair = await startPair()
    const { board, onA, onB } = await participantOnEach(pair)
    for (let i = 0; i < 50; i++) {
      addText(onA, 'a')
      addText(onB, 'b')
    }
    const expected = 'a'.repeat(50) + 'b'.repeat(50)
    await waitFor(
      () =>
        sorted(onA.doc.getText('t').toString()) === expected &&
        sorted(onB.doc.getText('t').toString()) === expected,
      5000,
      'both clients to hold all 100 changes',
    )
    expect(onA.doc.getText('t').toString()).toBe(onB.doc.getText('t').toString())
    expect(await storedText(pair.store, board)).toBe(onA.doc.getText('t').toString())
  })

  it('fills a lost message from storage: by the next one, or by the tail check when it was the last', async () => {
    const pair = await startPair({ tailCheckIntervalMs: 60_000 })
    const { onA, onB } = await participantOnEach(pair)
    pair.hub.dropNextUpdates(1)
    addText(onA, 'x')
    // Lost: B hears nothing until the next row arrives and reveals the gap.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(onB.doc.getText('t').toString()).toBe('')
    addText(onA, 'y')
    await waitFor(() => onB.doc.getText('t').toString() === 'xy', 3000, 'the gap filled from storage')
    await pair.a.close()
    await pair.b.close()

    // The last message lost: only the tail check finds it.
    const second = await startPair({ tailCheckIntervalMs: 300 })
    const { onA: writer, onB: reader } = await participantOnEach(second)
    second.hub.dropNextUpdates(1)
    addText(writer, 'z')
    await waitFor(() => reader.doc.getText('t').toString() === 'z', 3000, 'the tail check to find the row')
  })

  it('keeps changes crossing through storage while the bus is down, and presence comes back after', async () => {
    const pair = await startPair()
    const { hub } = pair
    const { onA, onB } = await participantOnEach(pair)
    onA.provider.awareness.setLocalStateField('user', { name: 'Ana' })
    const seesAna = (client: TestClient) =>
      [...client.provider.awareness.getStates().values()].some(
        (state) => (state.user as { name?: string } | undefined)?.name === 'Ana',
      )
    await waitFor(() => seesAna(onB), 3000, 'Ana’s presence on B')

    hub.setUp(false)
    addText(onA, 'while down')
    const started = performance.now()
    await waitFor(() => onB.doc.getText('t').toString() === 'while down', 3000, 'the change through storage')
    expect(performance.now() - started).toBeLessThan(1000)
    // Nothing is heard from A any more: its people are dropped after three missed heartbeats.
    await waitFor(() => !seesAna(onB), 3000, 'Ana gone from B while the bus is down')

    hub.setUp(true)
    await waitFor(() => seesAna(onB), 2000, 'Ana back on B after the bus returns')
  })

  it('shows who is on the other instance, and their departure at once', async () => {
    const { onA, onB } = await participantOnEach(await startPair())
    onB.provider.awareness.setLocalStateField('user', { name: 'Ben' })
    const bensId = onB.doc.clientID
    await waitFor(() => onA.provider.awareness.getStates().has(bensId), 3000, 'Ben seen on A')
    // The role is the one of Ben's link, set where he is connected, not anything a client says.
    expect(onA.provider.awareness.getStates().get(bensId)).toMatchObject({ role: 'participant' })
    onB.destroy()
    await waitFor(() => !onA.provider.awareness.getStates().has(bensId), 1000, 'Ben gone from A')
  })

  it('removes the people of an instance that stops, and of one that stops beating', async () => {
    const pair = await startPair()
    const { hub, busOfB } = pair
    const { onA, onB } = await participantOnEach(pair)
    onB.provider.awareness.setLocalStateField('user', { name: 'Ben' })
    const bensId = onB.doc.clientID
    await waitFor(() => onA.provider.awareness.getStates().has(bensId), 3000, 'Ben seen on A')
    // B's bus goes silent without a word, as when its process is killed.
    hub.remove(busOfB)
    await waitFor(() => !onA.provider.awareness.getStates().has(bensId), 2000, 'Ben gone after missed beats')
  })

  it('closes the other instance’s connections when a workshop is deleted or a link replaced', async () => {
    const { a, b } = await startPair()
    const { id, tokens } = await createWorkshop(a.url)
    const board = boardDocumentName(id, 'practice01')
    const participant = await connectSynced(b.url, board, tokens.participant)
    const closes = closeCodesOf(participant)
    const replaced = await regenerate(a.url, id, 'participant', tokens.facilitator)
    expect(replaced.status).toBe(200)
    await waitFor(() => closes.includes(CloseCode.linkRevoked), 1000, 'the old link closed on B')
    // B forgot its cached record: the old link is refused there too.
    const refused = await fetch(`${b.url}/api/workshops/${id}`, {
      headers: { Authorization: `Bearer ${tokens.participant}` },
    })
    expect(refused.status).toBe(403)
    participant.destroy()

    const facilitator = await connectSynced(b.url, board, tokens.facilitator)
    const facilitatorCloses = closeCodesOf(facilitator)
    const deleted = await deleteWorkshop(a.url, id, tokens.facilitator)
    expect(deleted.status).toBe(204)
    await waitFor(
      () => facilitatorCloses.includes(CloseCode.workshopDeleted),
      1000,
      'the deletion to close B’s connection',
    )
    expect(b.registry.all().filter((room) => room.name.startsWith(id))).toEqual([])
  })

  it('catches up on a link replaced and a workshop deleted while the bus was down', async () => {
    const { a, b, hub } = await startPair()
    const { id, tokens } = await createWorkshop(a.url)
    const board = boardDocumentName(id, 'practice01')
    const participant = await connectSynced(b.url, board, tokens.participant)
    const facilitator = await connectSynced(b.url, board, tokens.facilitator)
    const participantCloses = closeCodesOf(participant)
    const facilitatorCloses = closeCodesOf(facilitator)
    hub.setUp(false)
    const replaced = await regenerate(a.url, id, 'participant', tokens.facilitator)
    expect(replaced.status).toBe(200)
    // Nobody told B: its cached record still admits the old link.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(participantCloses).toEqual([])
    hub.setUp(true)
    await waitFor(() => participantCloses.includes(CloseCode.linkRevoked), 1000, 'the old link closed on B')
    participant.destroy()

    hub.setUp(false)
    const deleted = await deleteWorkshop(a.url, id, tokens.facilitator)
    expect(deleted.status).toBe(204)
    hub.setUp(true)
    await waitFor(() => facilitatorCloses.includes(CloseCode.workshopDeleted), 1000, 'the deletion on B')
  })

  it('compacts on both instances at once and loses nothing', async () => {
    const pair = await startPair({ compactionThreshold: 3 })
    const { a, b, store } = pair
    const { board, onA, onB } = await participantOnEach(pair)
    for (let i = 0; i < 100; i++) {
      addText(onA, 'a')
      addText(onB, 'b')
      if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    }
    const expected = 'a'.repeat(100) + 'b'.repeat(100)
    await waitFor(
      () =>
        sorted(onA.doc.getText('t').toString()) === expected &&
        sorted(onB.doc.getText('t').toString()) === expected,
      5000,
      'both clients to hold all 200 changes',
    )
    await a.persistence.flush()
    await b.persistence.flush()
    expect(sorted(await storedText(store, board))).toBe(expected)
    const stored = await store.loadDocument(board)
    expect(stored.updates.length).toBeLessThan(50)
  })
})
