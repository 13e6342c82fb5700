import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MemoryStore } from '../../server/storage/memoryStore'
import { DATABASE_FILE, SqliteStore } from '../../server/storage/sqliteStore'
import { runStorageContract } from './storageContract'

runStorageContract('memory', { create: async () => new MemoryStore() })

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
})

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})
