import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { applyStoredDocument, type DocumentUpdate } from '../../server/storage/documentStore'
import { POSTGRES_SCHEMA_VERSION, PostgresStore } from '../../server/storage/postgresStore'
import { boardDocumentName, workshopDocumentName } from '../../shared/documentNames'
import { runStorageContract } from '../unit/storageContract'
import { type PostgresCluster, startPostgres } from './postgres'

let cluster: PostgresCluster | undefined
let databases = 0

function running(): PostgresCluster {
  if (!cluster) throw new Error('PostgreSQL is not running')
  return cluster
}

async function freshDatabase(): Promise<string> {
  databases += 1
  return running().createDatabase(`store_${databases}`)
}

beforeAll(async () => {
  cluster = await startPostgres()
}, 60_000)

afterAll(async () => {
  await cluster?.destroy()
})

let lastUrl = ''
runStorageContract('postgres', {
  create: async () => {
    lastUrl = await freshDatabase()
    return PostgresStore.open(lastUrl)
  },
  reopen: async () => PostgresStore.open(lastUrl),
})

/** A writer with its own Y.Doc: each call adds one key and returns the update that did it. */
function writer(name: string): (key: string) => Uint8Array {
  const doc = new Y.Doc()
  return (key) => {
    let captured: Uint8Array | undefined
    const capture = (update: Uint8Array) => {
      captured = update
    }
    doc.on('update', capture)
    doc.getMap('items').set(`${name}:${key}`, key)
    doc.off('update', capture)
    if (!captured) throw new Error('no update')
    return captured
  }
}

function keysOf(build: (doc: Y.Doc) => void): string[] {
  const doc = new Y.Doc()
  build(doc)
  const keys = [...doc.getMap('items').keys()].sort()
  doc.destroy()
  return keys
}

describe('PostgresStore with several instances', () => {
  const workshopId = 'workshop01'
  const board = boardDocumentName(workshopId, 'practice01')
  const workshop = workshopDocumentName(workshopId)
  const opened: PostgresStore[] = []

  async function twoInstances(): Promise<[PostgresStore, PostgresStore, string]> {
    const url = await freshDatabase()
    // Both start at once on an empty database: the schema is created once, under the advisory lock.
    const [first, second] = await Promise.all([PostgresStore.open(url), PostgresStore.open(url)])
    opened.push(first, second)
    await first.createWorkshop({ id: workshopId, createdAt: 1 }, [])
    return [first, second, url]
  }

  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close()
  })

  it('creates the schema once when four instances start together on an empty database', async () => {
    const url = await freshDatabase()
    opened.push(...(await Promise.all([1, 2, 3, 4].map(() => PostgresStore.open(url)))))
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const { rows } = await client.query<{ version: number }>('SELECT version FROM practicemap_schema')
      expect(rows).toEqual([{ version: POSTGRES_SCHEMA_VERSION }])
    } finally {
      await client.end()
    }
  })

  it('numbers each document 1..N in commit order while two instances append at once, without deadlock', async () => {
    const [first, second] = await twoInstances()
    const seqsByDocument = new Map<string, number[]>([
      [board, []],
      [workshop, []],
    ])
    const batchesPerWorker = 30
    let appending = true
    let reads = 0

    async function appendWorker(store: PostgresStore, name: string, reversed: boolean): Promise<void> {
      const next = writer(name)
      for (let index = 0; index < batchesPerWorker; index += 1) {
        // Every other batch touches both documents, half the workers naming them in the opposite order.
        const batch: DocumentUpdate[] = [{ documentName: board, update: next(`${index}a`) }]
        if (index % 2 === 0) batch.push({ documentName: workshop, update: next(`${index}b`) })
        if (index % 3 === 0) batch.push({ documentName: board, update: next(`${index}c`) })
        if (reversed) batch.reverse()
        const seqs = await store.appendUpdates(batch)
        batch.forEach(({ documentName }, position) => {
          seqsByDocument.get(documentName)?.push(seqs[position] ?? -1)
        })
      }
    }

    /** A row numbered s is committed only after every row below it: a reader never sees a gap. */
    async function gapWatcher(store: PostgresStore): Promise<void> {
      while (appending) {
        for (const documentName of [board, workshop]) {
          const tail = await store.loadDocumentSince(documentName, 0)
          const seqs = tail.updates.map((row) => row.seq)
          expect(seqs).toEqual(Array.from({ length: tail.lastSeq }, (_, index) => index + 1))
          reads += 1
        }
      }
    }

    const watcher = gapWatcher(second)
    try {
      await Promise.all([
        appendWorker(first, 'a1', false),
        appendWorker(first, 'a2', true),
        appendWorker(second, 'b1', true),
        appendWorker(second, 'b2', false),
      ])
    } finally {
      appending = false
    }
    await watcher
    expect(reads).toBeGreaterThan(0)

    for (const [documentName, seqs] of seqsByDocument) {
      const expected = Array.from({ length: seqs.length }, (_, index) => index + 1)
      expect([...seqs].sort((a, b) => a - b)).toEqual(expected)
      const stored = await first.loadDocumentSince(documentName, 0)
      expect(stored.updates.map((row) => row.seq)).toEqual(expected)
      expect(stored.lastSeq).toBe(seqs.length)
      expect((await second.lastSeqs([documentName])).get(documentName)).toBe(seqs.length)
    }
    expect(seqsByDocument.get(board)).toHaveLength(4 * (batchesPerWorker + batchesPerWorker / 3))
  }, 60_000)

  it('keeps every append through 100 compactions from two instances at once', async () => {
    const [first, second, url] = await twoInstances()
    const appended: Uint8Array[] = []
    let appending = true
    let compactions = 0

    async function appendWorker(store: PostgresStore, name: string): Promise<void> {
      const next = writer(name)
      for (let index = 0; index < 150; index += 1) {
        const update = next(String(index))
        await store.appendUpdates([{ documentName: board, update }])
        appended.push(update)
      }
    }

    /** What a room compacts with: a snapshot of everything it loaded, covering the last row it loaded. */
    async function snapshotOf(store: PostgresStore): Promise<{ snapshot: Uint8Array; coveredSeq: number }> {
      const stored = await store.loadDocument(board)
      const doc = new Y.Doc()
      applyStoredDocument(doc, stored, null)
      const snapshot = Y.encodeStateAsUpdate(doc)
      doc.destroy()
      return { snapshot, coveredSeq: stored.lastSeq }
    }

    /**
     * Each round, one instance takes a snapshot, the other a later one, and both compact (at once, or the
     * older last): an older snapshot committed last must change nothing, its rows past it being gone.
     */
    async function compactionRounds(rounds: number): Promise<void> {
      for (let round = 0; round < rounds; round += 1) {
        const older = await snapshotOf(first)
        while (appending && ((await second.lastSeqs([board])).get(board) ?? 0) <= older.coveredSeq) {
          await new Promise((resolve) => setImmediate(resolve))
        }
        const newer = await snapshotOf(second)
        const compactNewer = () => second.compactDocument(board, newer.snapshot, newer.coveredSeq)
        const compactOlder = () => first.compactDocument(board, older.snapshot, older.coveredSeq)
        if (round % 2 === 0) {
          await Promise.all([compactNewer(), compactOlder()])
        } else {
          // Certainly last: the advisory lock cannot spare the store from handling a stale snapshot.
          await compactNewer()
          await compactOlder()
        }
        compactions += 2
      }
    }

    const appenders = Promise.all([appendWorker(first, 'first'), appendWorker(second, 'second')]).finally(
      () => {
        appending = false
      },
    )
    await Promise.all([appenders, compactionRounds(50)])
    expect(compactions).toBe(100)
    expect(appending).toBe(false)

    const expectedKeys = keysOf((doc) => {
      for (const update of appended) Y.applyUpdate(doc, update)
    })
    expect(expectedKeys).toHaveLength(300)
    for (const store of [first, second]) {
      const stored = await store.loadDocument(board)
      expect(keysOf((doc) => applyStoredDocument(doc, stored, null))).toEqual(expectedKeys)
      expect(stored.lastSeq).toBe(300)
    }

    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const { rows } = await client.query<{ covered: string; stale: string }>(
        `SELECT d.covered_seq AS covered,
           (SELECT count(*) FROM document_updates u WHERE u.document_name = d.name AND u.seq <= d.covered_seq)
             AS stale
         FROM documents d WHERE d.name = $1`,
        [board],
      )
      expect(Number(rows[0]?.covered)).toBeGreaterThan(0)
      expect(Number(rows[0]?.stale)).toBe(0)
    } finally {
      await client.end()
    }
  }, 60_000)

  it('refuses a batch for a deleted workshop and stores none of it', async () => {
    const [first, second] = await twoInstances()
    const otherBoard = boardDocumentName('workshop02', 'practice01')
    await first.createWorkshop({ id: 'workshop02', createdAt: 2 }, [])
    const next = writer('w')
    await first.appendUpdates([{ documentName: board, update: next('before') }])
    expect(await second.deleteWorkshop(workshopId)).toBe(true)

    await expect(
      first.appendUpdates([
        { documentName: otherBoard, update: next('kept out') },
        { documentName: board, update: next('after') },
      ]),
    ).rejects.toThrow(/foreign key/)
    expect(await first.loadDocument(board)).toEqual({ snapshot: null, updates: [], lastSeq: 0 })
    expect(await first.loadDocument(otherBoard)).toEqual({ snapshot: null, updates: [], lastSeq: 0 })
    expect(await first.workshopStoredBytes(workshopId)).toBe(0)
    // The other workshop still takes writes, numbered from 1: the refused batch used no number.
    expect(await first.appendUpdates([{ documentName: otherBoard, update: next('later') }])).toEqual([1])
  })

  it('deletes a workshop while another instance appends to its documents: no deadlock, nothing left', async () => {
    const [first, second] = await twoInstances()
    // Written in reverse name order, so the rows lie in the table opposite to the order appends lock them.
    const names = ['c', 'b', 'a'].map((practice) => boardDocumentName(workshopId, `practice${practice}`))
    const next = writer('w')
    for (const documentName of names)
      await first.appendUpdates([{ documentName, update: next(documentName) }])
    let appended = 0
    const refusal = (async () => {
      for (;;) {
        try {
          await first.appendUpdates(
            names.map((documentName) => ({ documentName, update: next(documentName) })),
          )
          appended += 1
        } catch (error) {
          return error
        }
      }
    })()
    while (appended < 5) await new Promise((resolve) => setImmediate(resolve))
    expect(await second.deleteWorkshop(workshopId)).toBe(true)
    // The appends end on the missing workshop, never on a deadlock.
    expect(await refusal).toMatchObject({ code: '23503' })
    for (const documentName of names) {
      expect(await second.loadDocument(documentName)).toEqual({ snapshot: null, updates: [], lastSeq: 0 })
    }
    expect(await second.workshopStoredBytes(workshopId)).toBe(0)
  })

  it('rejects within seconds while PostgreSQL is down, and works again once it is back', async () => {
    const [store] = await twoInstances()
    const next = writer('w')
    await store.appendUpdates([{ documentName: board, update: next('1') }])

    await running().stop()
    try {
      const startedAt = Date.now()
      await expect(store.appendUpdates([{ documentName: board, update: next('2') }])).rejects.toThrow()
      expect(Date.now() - startedAt).toBeLessThan(5_000)
      await expect(store.loadDocument(board)).rejects.toThrow()
    } finally {
      await running().start()
    }
    expect(await store.appendUpdates([{ documentName: board, update: next('3') }])).toEqual([2])
    expect((await store.loadDocument(board)).lastSeq).toBe(2)
  }, 30_000)

  it('rejects, never crashes, when PostgreSQL is killed in the middle of transactions, and recovers', async () => {
    const [first, second] = await twoInstances()
    const committed = new Map<PostgresStore, number>([
      [first, 0],
      [second, 0],
    ])
    /** Appends until a call rejects: one of them is in flight when the server dies. */
    async function appendUntilRefused(store: PostgresStore, name: string): Promise<unknown> {
      const next = writer(name)
      for (;;) {
        try {
          await store.appendUpdates([
            { documentName: board, update: next(String(committed.get(store))) },
            { documentName: workshop, update: next(`${committed.get(store)}w`) },
          ])
          committed.set(store, (committed.get(store) ?? 0) + 1)
        } catch (error) {
          return error
        }
      }
    }
    const refusals = Promise.all([appendUntilRefused(first, 'first'), appendUntilRefused(second, 'second')])
    while ((committed.get(first) ?? 0) < 20 || (committed.get(second) ?? 0) < 20) {
      await new Promise((resolve) => setImmediate(resolve))
    }
    await running().kill()
    try {
      const errors = await refusals
      for (const error of errors) expect(error).toBeInstanceOf(Error)
    } finally {
      await running().start()
    }
    // Exactly what committed is there, numbered without a gap; a new row follows it.
    const total = (committed.get(first) ?? 0) + (committed.get(second) ?? 0)
    const stored = await second.loadDocumentSince(board, 0)
    expect(stored.updates.map((row) => row.seq)).toEqual(
      Array.from({ length: total }, (_, index) => index + 1),
    )
    expect(await first.appendUpdates([{ documentName: board, update: writer('after')('1') }])).toEqual([
      total + 1,
    ])
  }, 30_000)

  it('rejects within seconds while PostgreSQL hangs, and works again once it answers', async () => {
    const [store] = await twoInstances()
    const next = writer('w')
    await store.appendUpdates([{ documentName: board, update: next('1') }])
    running().pause()
    try {
      // A pooled connection's query times out; a new connection times out connecting.
      for (const call of [
        () => store.appendUpdates([{ documentName: board, update: next('2') }]),
        () => store.lastSeqs([board]),
      ]) {
        const startedAt = Date.now()
        await expect(call()).rejects.toThrow()
        expect(Date.now() - startedAt).toBeLessThan(6_500)
      }
    } finally {
      running().resume()
    }
    expect(await store.appendUpdates([{ documentName: board, update: next('3') }])).toEqual([2])
  }, 30_000)
})
