import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createLogger } from '../../server/log'
import { applyStoredDocument } from '../../server/storage/documentStore'
import { PostgresStore } from '../../server/storage/postgresStore'
import { addCard } from '../../shared/boardOperations'
import { boardDocumentName } from '../../shared/documentNames'
import { readCards } from '../../shared/readers'
import {
  cleanup,
  connectSynced,
  createWorkshop,
  onCleanup,
  type ServerProcess,
  type TestClient,
  waitFor,
} from '../integration/helpers'
import { type Cluster, FailoverProxy, health, startCluster } from './cluster'
import { EchoWatch } from './echoWatch'

/**
 * Two instances on one PostgreSQL and one Redis, and what each of them failing costs: an instance killed
 * (-9), Redis gone for 10 s, PostgreSQL gone for 5 s. Whatever a client saw is in PostgreSQL whenever it is
 * looked at; in the end every client holds every change exactly once.
 */

let cluster: Cluster
let a: ServerProcess
let b: ServerProcess
let store: PostgresStore

beforeAll(async () => {
  cluster = await startCluster()
  ;[a, b] = await Promise.all([cluster.startInstance(), cluster.startInstance()])
  store = await PostgresStore.open(cluster.databaseUrl, { log: createLogger('silent') })
}, 60_000)

afterEach(cleanup)
afterAll(async () => {
  await cleanup()
  await store?.close()
  await cluster?.dispose()
})

const author = { id: 'person-1', name: 'Ana', organisation: 'Żyrardów' }

async function stored(documentName: string): Promise<Y.Doc> {
  const doc = new Y.Doc()
  applyStoredDocument(doc, await store.loadDocument(documentName), null)
  return doc
}

function texts(doc: Y.Doc): string[] {
  return readCards(doc)
    .map((card) => card.text)
    .sort()
}

function portOf(instance: ServerProcess): number {
  return Number(new URL(instance.url).port)
}

/** Adds a card every `everyMs` until stopped; returns the texts it added. */
function keepWriting(client: TestClient, name: string, everyMs: number): { stop(): string[] } {
  const added: string[] = []
  const timer = setInterval(() => {
    const text = `${name} ${added.length}`
    addCard(client.doc, { lane: 'transferSteps', text, author }, added.length)
    added.push(text)
  }, everyMs)
  return {
    stop: () => {
      clearInterval(timer)
      return added
    },
  }
}

describe('one of two instances killed -9, twenty times, while three people write', () => {
  it('keeps in PostgreSQL everything anyone saw, and ends with every card exactly once everywhere', async () => {
    const { id, tokens } = await createWorkshop(b.url)
    const board = boardDocumentName(id, 'practice01')
    // Two people reach the instances through a front that sends them to A while it lives, else to B.
    const proxy = await FailoverProxy.start([portOf(a), portOf(b)])
    onCleanup(() => proxy.close())
    const people = [
      await connectSynced(proxy.url, board, tokens.participant),
      await connectSynced(proxy.url, board, tokens.participant),
      await connectSynced(b.url, board, tokens.participant),
    ]
    const watch = new EchoWatch()
    for (const person of people) watch.watch(person)
    const writing = people.map((person, index) => keepWriting(person, `person ${index}`, 30))
    let restarted = a
    let added: string[] = []
    try {
      for (let kill = 0; kill < 20; kill++) {
        await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 300))
        restarted.child.kill('SIGKILL')
        await restarted.exited
        // The moment of the crash: whatever anyone has seen so far must be stored.
        const seen = watch.snapshot()
        const missing = watch.missingFrom(await stored(board), seen)
        expect(missing, `after kill ${kill + 1}`).toEqual([])
        restarted = await cluster.startInstance(portOf(a))
      }
    } finally {
      added = writing.flatMap((writer) => writer.stop())
    }
    a = restarted
    const everyCard = [...added].sort()
    await waitFor(
      () => people.every((person) => texts(person.doc).length === everyCard.length),
      30_000,
      'every person to hold every card',
    )
    for (const person of people) expect(texts(person.doc)).toEqual(everyCard)
    expect(texts(await stored(board))).toEqual(everyCard)
    console.log(`20 kills: ${everyCard.length} cards, each once in every client and in PostgreSQL`)
  }, 180_000)
})

describe('Redis stopped for 10 s', () => {
  it('echoes as before, still crosses instances within 1 s, and brings presence back within 2 s', async () => {
    const { id, tokens } = await createWorkshop(a.url)
    const board = boardDocumentName(id, 'practice01')
    const writer = await connectSynced(a.url, board, tokens.participant)
    const near = await connectSynced(a.url, board, tokens.participant)
    const far = await connectSynced(b.url, board, tokens.participant)
    const farPersonId = far.doc.clientID
    far.provider.awareness.setLocalStateField('user', { name: 'Ben' })
    await waitFor(() => near.provider.awareness.getStates().has(farPersonId), 3000, 'Ben seen on A')

    async function measure(marks: number): Promise<{ near: number[]; far: number[] }> {
      const times = { near: [] as number[], far: [] as number[] }
      for (let mark = 0; mark < marks; mark++) {
        const text = `mark ${Math.random()}`
        const sent = performance.now()
        addCard(writer.doc, { lane: 'benefits', text, author }, 0)
        const has = (client: TestClient) => readCards(client.doc).some((card) => card.text === text)
        const arrived = { near: 0, far: 0 }
        await waitFor(
          () => {
            const now = performance.now()
            if (!arrived.near && has(near)) arrived.near = now - sent
            if (!arrived.far && has(far)) arrived.far = now - sent
            return arrived.near > 0 && arrived.far > 0
          },
          3000,
          'the mark on both instances',
        )
        times.near.push(arrived.near)
        times.far.push(arrived.far)
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      return times
    }
    const max = (values: number[]) => Math.max(...values)
    const before = await measure(5)
    await cluster.redis.stop()
    const stoppedAt = performance.now()
    const during: { near: number[]; far: number[] } = { near: [], far: [] }
    while (performance.now() - stoppedAt < 10_000) {
      const round = await measure(1)
      during.near.push(...round.near)
      during.far.push(...round.far)
    }
    expect((await health(a.url)).cluster?.busConnected).toBe(false)
    console.log(
      `Redis up: same instance max ${max(before.near).toFixed(0)} ms, other ${max(before.far).toFixed(0)} ms; ` +
        `Redis down (${during.far.length} changes): same instance max ${max(during.near).toFixed(0)} ms, other max ${max(during.far).toFixed(0)} ms`,
    )
    for (const time of during.far) expect(time).toBeLessThanOrEqual(1000)
    // The echo never waited for Redis: the same bound as with it.
    for (const time of during.near) expect(time).toBeLessThanOrEqual(Math.max(100, 2 * max(before.near)))

    await cluster.redis.start()
    const restartedAt = performance.now()
    await waitFor(() => near.provider.awareness.getStates().has(farPersonId), 2000, 'Ben back on A')
    console.log(`presence back ${(performance.now() - restartedAt).toFixed(0)} ms after Redis restarted`)
    await waitFor(
      () =>
        texts(near.doc).join() === texts(far.doc).join() &&
        texts(far.doc).join() === texts(writer.doc).join(),
      3000,
      'every client to agree',
    )
  }, 60_000)
})

describe('PostgreSQL stopped for 5 s', () => {
  it('echoes nothing meanwhile; afterwards every edit is there exactly once', async () => {
    const { id, tokens } = await createWorkshop(a.url)
    const board = boardDocumentName(id, 'practice01')
    const people = [
      await connectSynced(a.url, board, tokens.participant),
      await connectSynced(b.url, board, tokens.participant),
    ]
    const watch = new EchoWatch()
    for (const person of people) watch.watch(person)
    const writing = people.map((person, index) => keepWriting(person, `writer ${index}`, 100))
    await new Promise((resolve) => setTimeout(resolve, 500))
    await cluster.postgres.stop()
    const stoppedAt = performance.now()
    const framesAtStop = watch.updateFrames
    await new Promise((resolve) => setTimeout(resolve, 5000))
    // Anything sent in the first moments was committed before the stop; later, nothing may arrive.
    const framesDuringOutage = watch.updateFrames - framesAtStop
    const lastFrameAfterStop = watch.lastUpdateFrameAt - stoppedAt
    await cluster.postgres.start()
    const added = writing.flatMap((writer) => writer.stop())
    console.log(
      `PostgreSQL down 5 s: ${framesDuringOutage} update frames after the stop (last ${lastFrameAfterStop.toFixed(0)} ms after it)`,
    )
    expect(lastFrameAfterStop).toBeLessThan(100)
    const everyCard = [...added].sort()
    await waitFor(
      () => people.every((person) => texts(person.doc).length === everyCard.length),
      30_000,
      'every edit to arrive everywhere',
    )
    for (const person of people) expect(texts(person.doc)).toEqual(everyCard)
    expect(texts(await stored(board))).toEqual(everyCard)
    expect(watch.missingFrom(await stored(board))).toEqual([])
  }, 90_000)
})
