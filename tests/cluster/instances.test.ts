import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode } from '../../server/closeCodes'
import { createLogger } from '../../server/log'
import { applyStoredDocument } from '../../server/storage/documentStore'
import { PostgresStore } from '../../server/storage/postgresStore'
import { addCard } from '../../shared/boardOperations'
import { boardDocumentName } from '../../shared/documentNames'
import { readCards } from '../../shared/readers'
import {
  cleanup,
  closeCodesOf,
  connectSynced,
  createWorkshop,
  deleteWorkshop,
  regenerate,
  type ServerProcess,
  type TestClient,
  waitFor,
} from '../integration/helpers'
import { type Cluster, health, startCluster } from './cluster'
import { describeDelivery, measureDelivery, percentile } from './crossDelivery'

/**
 * Two instances (real processes) sharing one PostgreSQL and one Redis, with stock WebsocketProvider
 * clients on both: what one instance's clients do reaches the other's, presence included, and storage
 * holds exactly what everyone sees.
 */

let cluster: Cluster
let a: ServerProcess
let b: ServerProcess

beforeAll(async () => {
  // Presence is measured for what crossing instances adds: each connection's own rate limit (2 changes
  // a second by default) would otherwise be what the figures show.
  cluster = await startCluster({ PRESENCE_CHANGES_PER_SECOND: '20', PRESENCE_BURST: '20' })
  ;[a, b] = await Promise.all([cluster.startInstance(), cluster.startInstance()])
}, 60_000)

afterEach(cleanup)
afterAll(async () => {
  await cleanup()
  await cluster?.dispose()
})

const author = { id: 'person-1', name: 'Ana', organisation: 'Żyrardów' }

function cardIds(client: TestClient): string {
  return readCards(client.doc)
    .map((card) => `${card.id}:${card.text}`)
    .sort()
    .join('\n')
}

describe('two instances on PostgreSQL and Redis', () => {
  it('10 clients on each add 1,000 cards: within 2 s every client and a fresh load from PostgreSQL agree', async () => {
    const { id, tokens } = await createWorkshop(a.url)
    const board = boardDocumentName(id, 'practice01')
    const clients = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        connectSynced(index % 2 === 0 ? a.url : b.url, board, tokens.participant),
      ),
    )
    clients.forEach((client, index) => {
      for (let i = 0; i < 50; i++) {
        addCard(client.doc, { lane: 'benefits', text: `client ${index} card ${i}`, author }, i)
      }
    })
    const lastAdded = performance.now()
    await waitFor(
      () => clients.every((client) => readCards(client.doc).length === 1000),
      10_000,
      'every client to hold 1,000 cards',
    )
    const converged = performance.now() - lastAdded
    console.log(
      `1,000 cards from 20 clients on 2 instances: every client has all of them ${converged.toFixed(0)} ms after the last was added`,
    )
    expect(converged).toBeLessThan(2000)
    const first = cardIds(clients[0] as TestClient)
    for (const client of clients) expect(cardIds(client)).toBe(first)

    // Storage holds exactly what the clients show: each commit preceded its echo.
    const store = await PostgresStore.open(cluster.databaseUrl, { log: createLogger('silent') })
    try {
      const loaded = new Y.Doc()
      applyStoredDocument(loaded, await store.loadDocument(board), null)
      expect(
        readCards(loaded)
          .map((card) => `${card.id}:${card.text}`)
          .sort()
          .join('\n'),
      ).toBe(first)
    } finally {
      await store.close()
    }
  })

  it.each([20, 100, 200])(
    'delivers across instances nearly as fast as within one: %i clients split evenly',
    async (count) => {
      const figures = await measureDelivery(a, b, count, 200)
      console.log(describeDelivery(figures))
      // Nothing missing: every reader got every change (measureDelivery waits for each one).
      expect(figures.otherInstance).toHaveLength(100 * count)
      const { sameInstance: same, otherInstance: cross } = figures
      // The targets, +2 ms at p50 and +10 ms at p99, are judged by `npm run bench` (section
      // instances) on a quiet machine. Here the p50 is taken per change, which cancels what slows both
      // paths at once (this process reading 200 sockets, the other work on the machine), and the p99
      // keeps a margin for a machine that is busy with more than this test: at a load of 2 from other
      // work one instance's pause alone moved it by 25 ms.
      expect(percentile(figures.addedPerChange, 50)).toBeLessThanOrEqual(2)
      expect(percentile(cross, 99)).toBeLessThanOrEqual(percentile(same, 99) + 30)
    },
    120_000,
  )

  it('shows a presence change on the other instance within 100 ms (p99), and a departure within 1 s', {
    timeout: 60_000,
  }, async () => {
    const { id, tokens } = await createWorkshop(a.url)
    const board = boardDocumentName(id, 'practice01')
    const mover = await connectSynced(b.url, board, tokens.participant)
    const watcher = await connectSynced(a.url, board, tokens.participant)
    const moverId = mover.doc.clientID
    const seen: number[] = []
    let changedAt = 0
    let expectedStep = -1
    watcher.provider.awareness.on('change', () => {
      const state = watcher.provider.awareness.getStates().get(moverId) as { step?: number } | undefined
      if (state?.step === expectedStep) {
        seen.push(performance.now() - changedAt)
        expectedStep = -1
      }
    })
    for (let step = 0; step < 40; step++) {
      expectedStep = step
      changedAt = performance.now()
      mover.provider.awareness.setLocalStateField('step', step)
      await waitFor(() => expectedStep === -1, 2000, `presence step ${step} on the other instance`)
      // A person moves a card or a cursor a few times a second, not faster.
      await new Promise((resolve) => setTimeout(resolve, 150))
    }
    console.log(
      `presence across instances: p50 ${percentile(seen, 50).toFixed(1)} ms, p99 ${percentile(seen, 99).toFixed(1)} ms`,
    )
    expect(percentile(seen, 99)).toBeLessThanOrEqual(100)

    const leftAt = performance.now()
    mover.destroy()
    await waitFor(
      () => !watcher.provider.awareness.getStates().has(moverId),
      1000,
      'the departure on the other instance',
    )
    console.log(`departure across instances: ${(performance.now() - leftAt).toFixed(0)} ms`)
  })

  it('removes the people of a killed instance from the others within 10 s', async () => {
    const doomed = await cluster.startInstance()
    const { id, tokens } = await createWorkshop(a.url)
    const board = boardDocumentName(id, 'practice01')
    const watcher = await connectSynced(a.url, board, tokens.participant)
    const victim = await connectSynced(doomed.url, board, tokens.participant)
    victim.provider.awareness.setLocalStateField('user', { name: 'Vic' })
    const victimId = victim.doc.clientID
    await waitFor(() => watcher.provider.awareness.getStates().has(victimId), 3000, 'Vic seen on A')
    doomed.child.kill('SIGKILL')
    const killedAt = performance.now()
    await waitFor(() => !watcher.provider.awareness.getStates().has(victimId), 10_000, 'Vic gone from A')
    console.log(
      `a killed instance's people gone from the others ${(performance.now() - killedAt).toFixed(0)} ms later`,
    )
  })

  it('closes the other instance’s connections within 1 s when a link is replaced or the workshop deleted', async () => {
    const { id, tokens } = await createWorkshop(a.url)
    const board = boardDocumentName(id, 'practice01')
    const participant = await connectSynced(b.url, board, tokens.participant)
    const participantCloses = closeCodesOf(participant)
    const facilitator = await connectSynced(b.url, board, tokens.facilitator)
    const facilitatorCloses = closeCodesOf(facilitator)

    let started = performance.now()
    const replaced = await regenerate(a.url, id, 'participant', tokens.facilitator)
    expect(replaced.status).toBe(200)
    await waitFor(() => participantCloses.includes(CloseCode.linkRevoked), 1000, 'the old link closed on B')
    console.log(
      `link replaced on A: B closed its connections ${(performance.now() - started).toFixed(0)} ms later`,
    )
    // B forgot the record it had cached: the old link no longer opens anything there.
    const refused = await fetch(`${b.url}/api/workshops/${id}`, {
      headers: { Authorization: `Bearer ${tokens.participant}` },
    })
    expect(refused.status).toBe(403)
    participant.destroy()
    expect(facilitatorCloses).toEqual([])

    started = performance.now()
    const deleted = await deleteWorkshop(a.url, id, tokens.facilitator)
    expect(deleted.status).toBe(204)
    await waitFor(() => facilitatorCloses.includes(CloseCode.workshopDeleted), 1000, 'the deletion on B')
    console.log(
      `workshop deleted on A: B closed its connections ${(performance.now() - started).toFixed(0)} ms later`,
    )
    expect((await health(b.url)).cluster?.otherInstances).toBeGreaterThanOrEqual(1)
  })
})
