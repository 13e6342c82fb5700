import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import * as Y from 'yjs'
import { SECRET_FILE } from '../../server/auth'
import {
  applyStoredDocument,
  type DocumentStore,
  type HistorySnapshot,
} from '../../server/storage/documentStore'
import { PostgresStore } from '../../server/storage/postgresStore'
import { SqliteStore } from '../../server/storage/sqliteStore'
import { boardDocumentName, workshopDocumentName } from '../../shared/documentNames'
import { textUpdate } from '../unit/storageContract'
import { type PostgresCluster, startPostgres } from './postgres'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../..', import.meta.url))
const script = join(root, 'scripts/migrate-sqlite-to-postgres.ts')
const tsx = join(root, 'node_modules/.bin/tsx')

let cluster: PostgresCluster | undefined
const folders: string[] = []

beforeAll(async () => {
  cluster = await startPostgres()
}, 60_000)

afterAll(async () => {
  await cluster?.destroy()
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

function migrate(dataDir: string, url: string): Promise<{ stdout: string; stderr: string }> {
  return run(tsx, [script, dataDir, url], { cwd: root })
}

async function textOf(store: DocumentStore, documentName: string): Promise<string> {
  const doc = new Y.Doc()
  applyStoredDocument(doc, await store.loadDocument(documentName), null)
  return doc.getText('t').toString()
}

function historySnapshot(id: string, workshopId: string, createdAt: number, text: string): HistorySnapshot {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  return {
    id,
    workshopId,
    createdAt,
    reason: id.startsWith('manual') ? 'manual' : 'phaseChange',
    label: `label ${id}`,
    cardCount: 2,
    documents: [{ documentName: workshopDocumentName(workshopId), state: Y.encodeStateAsUpdate(doc) }],
  }
}

it('copies workshops, documents, generations and history from SQLite, and copies nothing twice', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'practicemap-migrate-'))
  folders.push(dataDir)
  const sqlite = SqliteStore.open(dataDir)
  const documentNames: string[] = []
  for (const workshopId of ['workshop01', 'workshop02']) {
    const workshopDoc = workshopDocumentName(workshopId)
    const board = boardDocumentName(workshopId, 'practice01')
    documentNames.push(workshopDoc, board)
    const workshop = new Y.Doc()
    workshop.getText('t').insert(0, `title of ${workshopId}: `)
    await sqlite.createWorkshop({ id: workshopId, createdAt: workshopId === 'workshop01' ? 10 : 20 }, [
      { documentName: workshopDoc, state: Y.encodeStateAsUpdate(workshop) },
    ])
    const boardDoc = new Y.Doc()
    const [first] = await sqlite.appendUpdates([
      { documentName: board, update: textUpdate(boardDoc, 'card one, ') },
      { documentName: workshopDoc, update: textUpdate(workshop, 'renamed') },
    ])
    // The board ends as a snapshot and a later row: the copy holds both.
    await sqlite.compactDocument(board, Y.encodeStateAsUpdate(boardDoc), first ?? 0)
    await sqlite.appendUpdates([{ documentName: board, update: textUpdate(boardDoc, 'card two') }])
    // Same millisecond: their order must survive the copy.
    await sqlite.saveHistorySnapshot(historySnapshot(`phase-${workshopId}`, workshopId, 5, 'at phase'))
    await sqlite.saveHistorySnapshot(historySnapshot(`manual-${workshopId}`, workshopId, 5, 'by hand'))
  }
  await sqlite.bumpTokenGeneration('workshop01', 'participant')
  await sqlite.bumpTokenGeneration('workshop01', 'participant')
  await sqlite.bumpTokenGeneration('workshop02', 'observer')
  writeFileSync(join(dataDir, SECRET_FILE), Buffer.alloc(32, 7), { mode: 0o600 })

  const url = await (cluster as PostgresCluster).createDatabase('migrated')
  const { stdout } = await migrate(dataDir, url)
  expect(stdout).toContain('Copied 2 workshop(s) with 4 document(s) and 4 history snapshot(s).')
  expect(stdout).toContain(`copy the file to ${SECRET_FILE} in the DATA_DIR of every`)

  const postgres = await PostgresStore.open(url)
  try {
    for (const workshopId of ['workshop01', 'workshop02']) {
      expect(await postgres.getWorkshop(workshopId)).toEqual(await sqlite.getWorkshop(workshopId))
      expect(await postgres.listHistorySnapshots(workshopId)).toEqual(
        await sqlite.listHistorySnapshots(workshopId),
      )
      const snapshotId = `manual-${workshopId}`
      expect(await postgres.loadHistorySnapshot(workshopId, snapshotId)).toEqual(
        await sqlite.loadHistorySnapshot(workshopId, snapshotId),
      )
    }
    expect((await postgres.getWorkshop('workshop01'))?.tokenGenerations.participant).toBe(2)
    for (const documentName of documentNames) {
      const expected = await textOf(sqlite, documentName)
      expect(expected.length).toBeGreaterThan(0)
      expect(await textOf(postgres, documentName)).toBe(expected)
      // One snapshot, numbered as its last row was; the next row continues from there.
      const copied = await postgres.loadDocument(documentName)
      const { lastSeq } = await sqlite.loadDocument(documentName)
      expect(copied.updates).toEqual([])
      expect(copied.lastSeq).toBe(lastSeq)
      const [next] = await postgres.appendUpdates([{ documentName, update: textUpdate(new Y.Doc(), 'x') }])
      expect(next).toBe(lastSeq + 1)
    }

    // A second run finds every workshop there and changes nothing.
    const again = await migrate(dataDir, url)
    expect(again.stdout).toContain('Copied 0 workshop(s)')
    expect(again.stdout).toContain('2 workshop(s) were already in PostgreSQL')
    expect((await postgres.loadDocument(documentNames[0] ?? '')).updates).toHaveLength(1)
  } finally {
    await postgres.close()
    await sqlite.close()
  }
}, 60_000)

it('refuses a folder without a database, creating nothing', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'practicemap-migrate-'))
  folders.push(dataDir)
  const url = await (cluster as PostgresCluster).createDatabase('untouched')
  await expect(migrate(join(dataDir, 'missing'), url)).rejects.toMatchObject({
    code: 2,
    stderr: expect.stringContaining('does not exist'),
  })
  const postgres = await PostgresStore.open(url)
  try {
    expect(await postgres.countWorkshops()).toBe(0)
  } finally {
    await postgres.close()
  }
})
