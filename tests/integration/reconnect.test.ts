import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { addCard } from '../../shared/boardOperations'
import { boardDocumentName } from '../../shared/documentNames'
import { readBoard } from '../../shared/readers'
import {
  cleanup,
  connectClient,
  connectSynced,
  createWorkshop,
  freePort,
  spawnServer,
  startTestServer,
  type TestClient,
  tempDir,
  waitFor,
} from './helpers'

afterEach(cleanup)

function texts(doc: Y.Doc): string[] {
  return Object.values(readBoard(doc).lanes)
    .flat()
    .map((card) => card.text)
}

const author = (index: number) => ({ id: `p${index}`, name: `Person ${index}`, organisation: 'Brașov' })

/**
 * The bound this test enforces for 200 clients to be back, synced and holding every card after a restart.
 * Measured 3.3 s on a quiet machine, 19 s at a load average of 16 and 36 s with other tests beside it at 12
 * (see README): the bound catches a storm that does not settle (clients backing off for ever, a server
 * refusing them); the figure the test prints is what compares one run with another.
 */
const STORM_BOUND_MS = 60_000

describe('a reconnect storm', () => {
  it('brings 200 connected clients back in sync after a kill -9 restart, with no duplicate content', async () => {
    const dataDir = tempDir()
    const port = await freePort()
    const start = () => spawnServer({ DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info' })
    let server = await start()
    const { id: workshopId, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(workshopId, 'practice01')

    const clients: TestClient[] = []
    for (let i = 0; i < 200; i++) clients.push(connectClient(server.url, board, tokens.participant))
    await waitFor(() => clients.every((client) => client.provider.synced), 20_000, '200 clients to sync')
    clients.forEach((client, index) => {
      addCard(client.doc, { lane: 'stakeholders', text: `card ${index}`, author: author(index) }, 1)
    })
    await waitFor(
      () => clients.every((client) => texts(client.doc).length === 200),
      20_000,
      'every client to have all 200 cards',
    )

    server.child.kill('SIGKILL')
    await server.exited
    server = await start()
    const restartedAt = performance.now()
    // While they were away, one more card each, to be merged on the way back.
    clients.forEach((client, index) => {
      addCard(client.doc, { lane: 'benefits', text: `offline ${index}`, author: author(index) }, 1)
    })
    // One budget for both waits, counted from the restart.
    const left = () => Math.max(0, STORM_BOUND_MS - (performance.now() - restartedAt))
    await waitFor(
      () => clients.every((client) => client.provider.wsconnected && client.provider.synced),
      left(),
      'all 200 clients to reconnect and sync',
    )
    const reconnectedMs = performance.now() - restartedAt
    await waitFor(
      () => clients.every((client) => texts(client.doc).length === 400),
      left(),
      'every client to have all 400 cards',
    )
    const convergedMs = performance.now() - restartedAt
    console.info(
      `200 clients reconnected and synced ${Math.round(reconnectedMs)} ms after the restart; all 400 cards everywhere after ${Math.round(convergedMs)} ms`,
    )
    // Measured from the restart to the moment the last condition held, so a wait that ran past the bound
    // cannot pass on its final check.
    expect(convergedMs, 'all 200 clients back with every card').toBeLessThanOrEqual(STORM_BOUND_MS)

    const reader = await connectSynced(server.url, board, tokens.observer)
    const onServer = texts(reader.doc)
    expect(onServer.length).toBe(400)
    expect(new Set(onServer).size).toBe(400)
  }, 180_000)
})

describe('a partner away for a long time', () => {
  it('merges many offline edits made while the room unloaded, compacted and others kept writing', async () => {
    // A short grace period and compaction threshold stand in for "several minutes": what matters is that the
    // server forgets the room, folds its log into a snapshot, and moves on while the partner is away.
    const server = await startTestServer({ roomUnloadGraceMs: 20, compactionThreshold: 20 })
    const { id: workshopId, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(workshopId, 'practice01')
    const remote = await connectSynced(server.url, board, tokens.participant)
    addCard(remote.doc, { lane: 'keyAspects', text: 'before leaving', author: author(1) }, 1)
    await waitFor(() => server.persistence.stats.updates >= 1)

    remote.provider.disconnect()
    const room = server.registry.get(board)
    await waitFor(() => server.registry.get(board) !== room, 5000, 'the room to unload')
    // Others keep working while the partner is away: enough to compact the log more than once.
    const local = await connectSynced(server.url, board, tokens.participant)
    for (let i = 0; i < 60; i++) {
      addCard(local.doc, { lane: 'benefits', text: `in the room ${i}`, author: author(2) }, 1)
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
    // The partner, offline, writes a lot, edits the card everyone has, and deletes nothing.
    for (let i = 0; i < 500; i++) {
      addCard(remote.doc, { lane: 'transferSteps', text: `offline ${i}`, author: author(1) }, 1)
    }
    await waitFor(() => texts(local.doc).length === 61, 5000, 'the room’s cards to be stored')
    local.destroy()
    await waitFor(() => server.registry.get(board) === undefined, 5000, 'the room to unload again')

    remote.provider.connect()
    await waitFor(
      () => remote.provider.synced && texts(remote.doc).length === 561,
      10_000,
      'the partner to merge',
    )
    const reader = await connectSynced(server.url, board, tokens.observer)
    const onServer = texts(reader.doc)
    expect(onServer.length).toBe(561)
    expect(new Set(onServer).size).toBe(561)
    expect(onServer).toContain('offline 499')
    expect(onServer).toContain('in the room 59')
  })
})
