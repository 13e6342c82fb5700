import { once } from 'node:events'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeAwareness, encodeSyncStep1, encodeUpdate } from '../../server/protocol'
import { MemoryStore } from '../../server/storage/memoryStore'
import { addCard, moveCard } from '../../shared/boardOperations'
import { boardDocumentName, workshopDocumentName } from '../../shared/documentNames'
import { readBoard, readWorkshop } from '../../shared/readers'
import { updateWorkshopDetails } from '../../shared/workshopOperations'
import {
  cleanup,
  connectSynced,
  createWorkshop,
  deferred,
  InstrumentedStore,
  RawClient,
  startTestServer,
  textInsertUpdate,
  waitFor,
} from './helpers'

afterEach(cleanup)

const author = { id: 'person-1', name: 'Ana', organisation: 'Żyrardów' }

function cardTexts(doc: Y.Doc): string[] {
  const { lanes } = readBoard(doc)
  return Object.values(lanes)
    .flat()
    .map((card) => card.text)
    .sort()
}

/** An awareness update announcing `state` for `clientId`, as a client's Awareness would encode it. */
function awarenessUpdate(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = new TextEncoder()
  const json = encoder.encode(JSON.stringify(state))
  // varUint(count=1) varUint(clientId) varUint(clock) varString(json); all values here are < 128 except json length.
  const bytes: number[] = [1, clientId, clock]
  let length = json.length
  while (length > 127) {
    bytes.push((length & 0x7f) | 0x80)
    length >>>= 7
  }
  bytes.push(length, ...json)
  return new Uint8Array(bytes)
}

describe('sync between stock y-websocket clients', () => {
  it('makes two clients converge on the same board', async () => {
    const server = await startTestServer()
    const { id: workshopId, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(workshopId, 'practice01')
    const ana = await connectSynced(server.url, board, tokens.participant)
    const ben = await connectSynced(server.url, board, tokens.participant)

    const started = performance.now()
    const first = addCard(ana.doc, { lane: 'keyAspects', text: 'Flats for renovation', author }, 1)
    addCard(ben.doc, { lane: 'keyAspects', text: 'Urban gardens', author }, 2)
    addCard(ana.doc, { lane: 'benefits', text: 'Community', author }, 3)
    moveCard(ben.doc, 'not-a-card', 'benefits', 0)
    await waitFor(() => cardTexts(ana.doc).length === 3 && cardTexts(ben.doc).length === 3)
    const convergedMs = performance.now() - started

    expect(readBoard(ben.doc)).toEqual(readBoard(ana.doc))
    expect(cardTexts(ana.doc)).toEqual(['Community', 'Flats for renovation', 'Urban gardens'])
    moveCard(ben.doc, first, 'benefits', 0)
    await waitFor(() => readBoard(ana.doc).lanes.benefits[0]?.id === first)
    expect(readBoard(ana.doc)).toEqual(readBoard(ben.doc))
    expect(convergedMs).toBeLessThan(2000)
  })

  it('gives a late joiner the whole document, including the initial workshop state', async () => {
    const server = await startTestServer()
    const { id: workshopId, tokens } = await createWorkshop(server.url, 'Seminar in Las Palmas')
    const ana = await connectSynced(server.url, workshopDocumentName(workshopId), tokens.facilitator)
    expect(readWorkshop(ana.doc).title).toBe('Seminar in Las Palmas')
    updateWorkshopDetails(ana.doc, { place: 'Las Palmas de Gran Canaria' })
    await waitFor(() => server.persistence.stats.updates >= 1)
    const ben = await connectSynced(server.url, workshopDocumentName(workshopId), tokens.observer)
    expect(readWorkshop(ben.doc).place).toBe('Las Palmas de Gran Canaria')
  })

  it('echoes each update to its sender, once encoded for all', async () => {
    const server = await startTestServer()
    const { id: workshopId, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(workshopId, 'practice01')
    const sender = await RawClient.open(server.url, board, tokens.participant)
    const peer = await RawClient.open(server.url, board, tokens.participant)
    await sender.waitForMessage('syncStep1')

    const update = textInsertUpdate('hello')
    sender.send(encodeUpdate(update))
    const echoed = await sender.waitForMessage('update')
    const received = await peer.waitForMessage('update')
    expect(echoed.update).toEqual(received.update)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, echoed.update)
    expect(doc.getText('t').toString()).toBe('hello')
  })

  it('answers sync step 1 with step 2, and sends its own step 1 first', async () => {
    const server = await startTestServer()
    const { id: workshopId, tokens } = await createWorkshop(server.url, 'Answer me')
    const client = await RawClient.open(server.url, workshopDocumentName(workshopId), tokens.observer)
    await client.waitForMessage('syncStep1')
    client.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())))
    const step2 = await client.waitForMessage('syncStep2')
    const doc = new Y.Doc()
    Y.applyUpdate(doc, step2.update)
    expect(readWorkshop(doc).title).toBe('Answer me')
    expect(client.messages()[0]?.kind).toBe('syncStep1')
  })
})

describe('a room that is still loading', () => {
  it('handles the frames a client sent meanwhile only once the stored document is loaded', async () => {
    const store = new InstrumentedStore(new MemoryStore())
    const server = await startTestServer({ store })
    const { id: workshopId, tokens } = await createWorkshop(server.url, 'Stored before')
    const name = workshopDocumentName(workshopId)
    const loading = deferred()
    store.holdLoads = loading.promise
    const client = await RawClient.open(server.url, name, tokens.facilitator)
    client.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())))
    client.send(encodeUpdate(textInsertUpdate('queued')))
    // The server answers a ping after the frames before it: once the pong is back, they wait in its queue.
    const pong = once(client.ws, 'pong')
    client.ws.ping()
    await pong
    expect(store.events).toContain(`load-start ${name}`)
    expect(client.frames).toHaveLength(0)
    store.holdLoads = null
    loading.resolve()

    // The answer to the queued step 1 holds what storage had, so the client never syncs to an empty document.
    const step2 = await client.waitForMessage('syncStep2')
    const doc = new Y.Doc()
    Y.applyUpdate(doc, step2.update)
    expect(readWorkshop(doc).title).toBe('Stored before')
    // Answered from the stored bytes, before the server's own greeting (its step 1) once the room is built.
    expect(client.messages()[0]?.kind).toBe('syncStep2')
    await client.waitForMessage('syncStep1')
    const echoed = await client.waitForMessage('update')
    Y.applyUpdate(doc, echoed.update)
    expect(doc.getText('t').toString()).toBe('queued')
  })
})

describe('awareness', () => {
  it('echoes a lone client’s awareness back to it, so the v3 client’s 30 s silence timeout never fires', async () => {
    const server = await startTestServer()
    const { id: workshopId, tokens } = await createWorkshop(server.url)
    const alone = await RawClient.open(server.url, workshopDocumentName(workshopId), tokens.observer)
    alone.send(encodeAwareness(awarenessUpdate(42, 1, { user: { name: 'Ana' } })))
    const echo = await alone.waitForMessage('awareness')
    // With the role of its link, which the server sets (see abusePresence.test.ts).
    expect(echo.update).toEqual(awarenessUpdate(42, 1, { user: { name: 'Ana' }, role: 'observer' }))
  })

  it('answers a query for awareness with every known state', async () => {
    const server = await startTestServer()
    const { id: workshopId, tokens } = await createWorkshop(server.url)
    const name = workshopDocumentName(workshopId)
    const ana = await RawClient.open(server.url, name, tokens.participant)
    ana.send(encodeAwareness(awarenessUpdate(42, 1, { user: { name: 'Ana' } })))
    await ana.waitForMessage('awareness')
    const ben = await RawClient.open(server.url, name, tokens.participant)
    // ben is greeted with the known states; a query repeats them.
    await ben.waitForMessage('awareness')
    const before = ben.frames.length
    ben.send(new Uint8Array([3]))
    await waitFor(() => ben.frames.length > before)
    expect(ben.messages().at(-1)).toEqual({
      kind: 'awareness',
      update: awarenessUpdate(42, 1, { user: { name: 'Ana' }, role: 'participant' }),
    })
  })

  it('shows a stock client again right after it reconnects, and removes it when it leaves again', async () => {
    const server = await startTestServer()
    const { id: workshopId, tokens } = await createWorkshop(server.url)
    const name = workshopDocumentName(workshopId)
    const observer = await connectSynced(server.url, name, tokens.observer)
    const ana = await connectSynced(server.url, name, tokens.participant)
    const anaId = ana.doc.clientID
    ana.provider.awareness.setLocalStateField('user', { name: 'Ana' })
    const states = observer.provider.awareness.getStates()
    await waitFor(() => states.has(anaId), 5000, 'the observer to see Ana')

    // A dropped connection: the provider reconnects by itself and re-announces its unchanged state.
    ana.provider.ws?.close()
    await waitFor(() => !states.has(anaId), 5000, 'Ana to be removed')
    await waitFor(() => ana.provider.synced, 5000, 'Ana to reconnect')
    // Without help she would stay invisible until her next renewal, 15 s later (yjs/y-websocket#122).
    await waitFor(() => states.has(anaId), 2000, 'the observer to see Ana again')

    ana.destroy()
    await waitFor(() => !states.has(anaId), 2000, 'Ana to be removed after leaving again')
  })

  it('removes the presence of a client whose connection ends, for everyone else', async () => {
    const server = await startTestServer()
    const { id: workshopId, tokens } = await createWorkshop(server.url)
    const name = workshopDocumentName(workshopId)
    const observer = await connectSynced(server.url, name, tokens.observer)
    const leaving = await RawClient.open(server.url, name, tokens.participant)
    leaving.send(encodeAwareness(awarenessUpdate(42, 1, { user: { name: 'Ben' } })))
    const states = observer.provider.awareness.getStates()
    await waitFor(() => states.has(42), 5000, 'the observer to see Ben')

    // A dropped network connection says no goodbye: the server must announce the departure itself.
    leaving.ws.terminate()
    await waitFor(() => !states.has(42), 5000, 'Ben to be removed')
    expect(observer.provider.wsconnected).toBe(true)
  })
})
