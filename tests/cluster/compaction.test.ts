import pg from 'pg'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createLogger } from '../../server/log'
import { applyStoredDocument } from '../../server/storage/documentStore'
import { PostgresStore } from '../../server/storage/postgresStore'
import { addCard } from '../../shared/boardOperations'
import { boardDocumentName } from '../../shared/documentNames'
import { readCards } from '../../shared/readers'
import { cleanup, connectSynced, createWorkshop, type ServerProcess, waitFor } from '../integration/helpers'
import { type Cluster, health, startCluster } from './cluster'

/**
 * Two instances that both fold the log into a snapshot after every second row, while clients on both write
 * to one board: compactions run on both at once, over and over. The snapshot only moves forward and covers
 * only rows its instance applied, so nothing is lost and no covered row stays behind.
 */

let cluster: Cluster
let a: ServerProcess
let b: ServerProcess

beforeAll(async () => {
  cluster = await startCluster({ COMPACTION_THRESHOLD: '2' })
  ;[a, b] = await Promise.all([cluster.startInstance(), cluster.startInstance()])
}, 60_000)

afterEach(cleanup)
afterAll(async () => {
  await cleanup()
  await cluster?.dispose()
})

const author = { id: 'person-1', name: 'Ana', organisation: 'Żyrardów' }

it('runs 100 compactions on each instance at once; loads equal the live state, nothing covered remains', async () => {
  const { id, tokens } = await createWorkshop(a.url)
  const board = boardDocumentName(id, 'practice01')
  const writers = await Promise.all([
    connectSynced(a.url, board, tokens.participant),
    connectSynced(b.url, board, tokens.participant),
  ])
  const before = [(await health(a.url)).compactions, (await health(b.url)).compactions]
  const rounds = 250
  for (let round = 0; round < rounds; round++) {
    for (const [index, writer] of writers.entries()) {
      addCard(writer.doc, { lane: 'stakeholders', text: `round ${round} by ${index}`, author }, round)
    }
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  await waitFor(
    () => writers.every((writer) => readCards(writer.doc).length === 2 * rounds),
    10_000,
    'both writers to hold every card',
  )
  const compactions = [
    (await health(a.url)).compactions - (before[0] ?? 0),
    (await health(b.url)).compactions - (before[1] ?? 0),
  ]
  console.log(`compactions while writing: ${compactions[0]} on A, ${compactions[1]} on B`)
  for (const count of compactions) expect(count).toBeGreaterThanOrEqual(100)

  const live = readCards(writers[0]?.doc ?? new Y.Doc())
    .map((card) => card.text)
    .sort()
  const store = await PostgresStore.open(cluster.databaseUrl, { log: createLogger('silent') })
  const client = new pg.Client({ connectionString: cluster.databaseUrl })
  await client.connect()
  try {
    const loaded = new Y.Doc()
    applyStoredDocument(loaded, await store.loadDocument(board), null)
    expect(
      readCards(loaded)
        .map((card) => card.text)
        .sort(),
    ).toEqual(live)
    const covered = await client.query<{ rows: string }>(
      `SELECT count(*) AS rows FROM document_updates u JOIN documents d ON d.name = u.document_name
       WHERE u.document_name = $1 AND u.seq <= d.covered_seq`,
      [board],
    )
    expect(Number(covered.rows[0]?.rows)).toBe(0)
  } finally {
    await client.end()
    await store.close()
  }
})
