import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { applyStoredDocument } from '../../server/storage/documentStore'
import { MemoryStore } from '../../server/storage/memoryStore'
import { DATABASE_FILE, SCHEMA_VERSION, SqliteStore } from '../../server/storage/sqliteStore'
import { WorkshopCachingStore } from '../../server/storage/workshopCache'
import { runStorageContract } from './storageContract'

runStorageContract('memory', { create: async () => new MemoryStore() })
runStorageContract('memory shared by instances', { create: async () => new MemoryStore(true) })
// The server wraps every store in the workshop cache: it must keep the contract too (a revoked generation
// must never be served from memory).
runStorageContract('memory behind the workshop cache', {
  create: async () => new WorkshopCachingStore(new MemoryStore()),
})

const folders: string[] = []
let lastFolder = ''

runStorageContract('sqlite', {
  create: async () => {
    lastFolder = mkdtempSync(join(tmpdir(), 'practicemap-store-'))
    folders.push(lastFolder)
    return SqliteStore.open(lastFolder)
  },
  reopen: async () => SqliteStore.open(lastFolder),
})

describe('SqliteStore specifics', () => {
  it('creates a missing data folder and uses WAL with synchronous=NORMAL', async () => {
    const root = mkdtempSync(join(tmpdir(), 'practicemap-store-'))
    folders.push(root)
    const store = SqliteStore.open(join(root, 'nested', 'data'))
    expect(store.path).toBe(join(root, 'nested', 'data', DATABASE_FILE))
    expect(store.pragma('journal_mode')).toBe('wal')
    // 1 = NORMAL
    expect(store.pragma('synchronous')).toBe(1)
    await store.close()
  })

  /** The schema as version 1 shipped it (commit 7c6c082), written by hand as a server of that time did. */
  const VERSION_1 = `
    CREATE TABLE workshops (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL) STRICT;
    CREATE TABLE document_snapshots (
      document_name TEXT PRIMARY KEY, workshop_id TEXT NOT NULL, state BLOB NOT NULL,
      covered_seq INTEGER NOT NULL, updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX document_snapshots_by_workshop ON document_snapshots (workshop_id);
    CREATE TABLE document_updates (
      seq INTEGER PRIMARY KEY AUTOINCREMENT, document_name TEXT NOT NULL, workshop_id TEXT NOT NULL,
      data BLOB NOT NULL
    ) STRICT;
    CREATE INDEX document_updates_by_document ON document_updates (document_name, seq);
    CREATE INDEX document_updates_by_workshop ON document_updates (workshop_id);
    PRAGMA user_version = 1;
  `

  it('migrates a version 1 database: its workshops get token generations 0 and keep their documents', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'practicemap-store-'))
    folders.push(folder)
    const doc = new Y.Doc()
    doc.getText('t').insert(0, 'snapshot')
    const snapshot = Y.encodeStateAsUpdate(doc)
    const before = Y.encodeStateVector(doc)
    doc.getText('t').insert(8, ' + row')
    const row = Y.encodeStateAsUpdate(doc, before)
    const old = new Database(join(folder, DATABASE_FILE))
    old.exec(VERSION_1)
    old.prepare('INSERT INTO workshops (id, created_at) VALUES (?, ?)').run('workshop01', 55)
    old
      .prepare('INSERT INTO document_snapshots VALUES (?, ?, ?, ?, ?)')
      .run('workshop01', 'workshop01', Buffer.from(snapshot), 0, 55)
    old
      .prepare('INSERT INTO document_updates (document_name, workshop_id, data) VALUES (?, ?, ?)')
      .run('workshop01', 'workshop01', Buffer.from(row))
    old.close()

    const store = SqliteStore.open(folder)
    expect(store.pragma('user_version')).toBe(SCHEMA_VERSION)
    expect(await store.getWorkshop('workshop01')).toEqual({
      id: 'workshop01',
      createdAt: 55,
      tokenGenerations: { facilitator: 0, participant: 0, observer: 0 },
    })
    const loaded = new Y.Doc()
    applyStoredDocument(loaded, await store.loadDocument('workshop01'), null)
    expect(loaded.getText('t').toString()).toBe('snapshot + row')
    expect(await store.bumpTokenGeneration('workshop01', 'participant')).toBe(1)
    await store.close()

    // Opening it again migrates nothing and loses nothing.
    const again = SqliteStore.open(folder)
    expect((await again.getWorkshop('workshop01'))?.tokenGenerations.participant).toBe(1)
    await again.close()
  })

  it('migrates a version 2 database to one with history, keeping its workshops and documents', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'practicemap-store-'))
    folders.push(folder)
    const doc = new Y.Doc()
    doc.getText('t').insert(0, 'kept')
    const old = new Database(join(folder, DATABASE_FILE))
    old.exec(VERSION_1)
    old.exec(`
      ALTER TABLE workshops ADD COLUMN facilitator_generation INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE workshops ADD COLUMN participant_generation INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE workshops ADD COLUMN observer_generation INTEGER NOT NULL DEFAULT 0;
      PRAGMA user_version = 2;
    `)
    old
      .prepare('INSERT INTO workshops (id, created_at, observer_generation) VALUES (?, ?, ?)')
      .run('workshop01', 9, 4)
    old
      .prepare('INSERT INTO document_snapshots VALUES (?, ?, ?, ?, ?)')
      .run('workshop01', 'workshop01', Buffer.from(Y.encodeStateAsUpdate(doc)), 0, 9)
    old.close()

    const store = SqliteStore.open(folder)
    expect(store.pragma('user_version')).toBe(SCHEMA_VERSION)
    expect((await store.getWorkshop('workshop01'))?.tokenGenerations.observer).toBe(4)
    const loaded = new Y.Doc()
    applyStoredDocument(loaded, await store.loadDocument('workshop01'), null)
    expect(loaded.getText('t').toString()).toBe('kept')
    expect(await store.listHistorySnapshots('workshop01')).toEqual([])
    await store.saveHistorySnapshot({
      id: 'snap01',
      workshopId: 'workshop01',
      createdAt: 10,
      reason: 'manual',
      label: '',
      cardCount: 0,
      documents: [{ documentName: 'workshop01', state: Y.encodeStateAsUpdate(doc) }],
    })
    expect((await store.listHistorySnapshots('workshop01')).map((summary) => summary.id)).toEqual(['snap01'])
    await store.close()
  })

  it('leaves no deleted data in free pages of a database migrated from version 2 (VACUUM once)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'practicemap-store-'))
    folders.push(folder)
    const old = new Database(join(folder, DATABASE_FILE))
    old.pragma('journal_mode = WAL')
    old.exec(VERSION_1)
    old.exec(`
      ALTER TABLE workshops ADD COLUMN facilitator_generation INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE workshops ADD COLUMN participant_generation INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE workshops ADD COLUMN observer_generation INTEGER NOT NULL DEFAULT 0;
      PRAGMA user_version = 2;
    `)
    old.prepare('INSERT INTO workshops (id, created_at) VALUES (?, 1)').run('workshop01')
    // A card's text in an update row that a server of that time compacted away, without secure_delete:
    // the row is gone, its page is free, the text is still in it.
    const marker = `SECRET-CARD-TEXT-${'z'.repeat(5000)}`
    old
      .prepare('INSERT INTO document_updates (document_name, workshop_id, data) VALUES (?, ?, ?)')
      .run('workshop01', 'workshop01', Buffer.from(marker))
    old.prepare('DELETE FROM document_updates WHERE workshop_id = ?').run('workshop01')
    old.pragma('wal_checkpoint(TRUNCATE)')
    old.close()
    const onDisk = () =>
      readdirSync(folder).some((name) => readFileSync(join(folder, name)).includes('SECRET-CARD-TEXT'))
    expect(onDisk()).toBe(true)

    const store = SqliteStore.open(folder)
    await store.deleteWorkshop('workshop01')
    await store.close()
    expect(onDisk()).toBe(false)
  })

  it('warns when a reader keeps the checkpoint after a deletion from completing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'practicemap-store-'))
    folders.push(folder)
    const warnings: string[] = []
    const store = SqliteStore.open(folder, { log: { warn: (message) => warnings.push(message) } })
    await store.createWorkshop({ id: 'workshop01', createdAt: 1 }, [])
    await store.deleteWorkshop('workshop01')
    expect(warnings).toEqual([])

    await store.createWorkshop({ id: 'workshop02', createdAt: 1 }, [])
    // Another process reading the file, from before the deletion, for longer than busy_timeout.
    const reader = new Database(join(folder, DATABASE_FILE))
    reader.exec('BEGIN')
    reader.prepare('SELECT count(*) FROM workshops').get()
    await store.deleteWorkshop('workshop02')
    reader.exec('COMMIT')
    reader.close()
    await store.close()
    expect(warnings).toEqual([expect.stringMatching(/may stay in the write-ahead log/)])
  }, 20_000)

  it('refuses a database written by a newer server', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'practicemap-store-'))
    folders.push(folder)
    const newer = new Database(join(folder, DATABASE_FILE))
    newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    newer.close()
    expect(() => SqliteStore.open(folder)).toThrow(/schema version/)
  })
})

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})
