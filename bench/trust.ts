/**
 * `npx tsx bench/trust.ts`: what the checks of issue 11 cost, in this process (no server, no network).
 *
 * - ballots: how long the server spends reading which ballots a participant's update changes
 *   (shared/ballotChanges.ts), per update, against applying the same update, on a 5,000-card board with a
 *   mix of new cards, text edits and dots;
 * - stored documents: reading every stored part end to end before a room answers from it
 *   (checkStoredDocument), against building the document, for that 5,000-card board;
 * - start: PRAGMA quick_check of a 192 MB database, which every start now runs.
 *
 * Each is the median of five rounds. The figures move with the machine's load: compare the pairs.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { checkStoredDocument } from '../server/storage/documentStore'
import { SqliteStore } from '../server/storage/sqliteStore'
import { ballotsChangedBy } from '../shared/ballotChanges'
import { addCard, editCardText } from '../shared/boardOperations'
import { LANES } from '../shared/schema'
import { setDots } from '../shared/voting'

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

function time(rounds: number, run: () => void): number {
  const took: number[] = []
  for (let round = 0; round < rounds; round++) {
    const start = performance.now()
    run()
    took.push(performance.now() - start)
  }
  return median(took)
}

const author = { id: 'author', name: 'Ana', organisation: 'Żyrardów' }
const writer = new Y.Doc()
const cardIds: string[] = []
for (let i = 0; i < 5000; i++) {
  const lane = LANES[i % LANES.length] ?? 'keyAspects'
  cardIds.push(addCard(writer, { lane, text: `Card ${i}: a few words about the practice`, author }, 1))
}
const board = Y.encodeStateAsUpdate(writer)
const server = new Y.Doc()
Y.applyUpdate(server, board)

const updates: Uint8Array[] = []
writer.on('update', (update: Uint8Array) => updates.push(update))
const voter = { id: 'v1-benchmarkbenchmarkbe', name: 'Ana', organisation: 'Żyrardów' }
for (let i = 0; i < 3000; i++) {
  const cardId = cardIds[i] ?? ''
  if (i % 3 === 0) addCard(writer, { lane: 'benefits', text: `New card ${i}`, author }, 1)
  else if (i % 3 === 1) editCardText(writer, cardId, `Edited card ${i}`)
  else setDots(writer, voter, cardId, (i % 5) + 1)
}

const inspectUs =
  (time(5, () => {
    for (const update of updates) ballotsChangedBy(server, update)
  }) *
    1000) /
  updates.length
// Only applying the updates counts, not building the copy they are applied to.
const applyRounds: number[] = []
for (let round = 0; round < 5; round++) {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, board)
  const start = performance.now()
  for (const update of updates) Y.applyUpdate(copy, update)
  applyRounds.push(performance.now() - start)
}
const applyUs = (median(applyRounds) * 1000) / updates.length

const stored = { snapshot: board, updates: [], lastSeq: 1 }
const checkMs = time(5, () => checkStoredDocument('bench/boards/practice01', stored))
const buildMs = time(5, () => Y.applyUpdate(new Y.Doc(), board))

const folder = mkdtempSync(join(tmpdir(), 'practicemap-trust-'))
const store = SqliteStore.open(folder)
const blob = new Uint8Array(50_000).map((_, i) => (i * 7919) % 251)
for (let i = 0; i < 2000; i++) {
  const id = `wk${String(i).padStart(10, '0')}`
  await store.createWorkshop({ id, createdAt: 1 }, [
    { documentName: id, state: blob },
    { documentName: `${id}/boards/practice01`, state: blob },
  ])
}
await store.close()
const databaseMb = statSync(join(folder, 'practicemap.db')).size / 1024 / 1024
const quickCheckMs = time(5, () => {
  const db = new Database(join(folder, 'practicemap.db'))
  db.pragma('quick_check')
  db.close()
})
rmSync(folder, { recursive: true, force: true })

console.table({
  'ballot check, µs per update': { value: inspectUs.toFixed(1), against: `apply ${applyUs.toFixed(1)} µs` },
  'stored 5,000-card board decoded, ms': {
    value: checkMs.toFixed(0),
    against: `build ${buildMs.toFixed(0)} ms (${(board.length / 1024 / 1024).toFixed(2)} MB)`,
  },
  [`quick_check of a ${databaseMb.toFixed(0)} MB database, ms`]: {
    value: quickCheckMs.toFixed(0),
    against: '',
  },
})
