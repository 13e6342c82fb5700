import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  AUTOMATIC_SNAPSHOTS_KEPT,
  applyStoredDocument,
  type DocumentStore,
  type HistorySnapshot,
  MANUAL_SNAPSHOTS_LIMIT,
  ManualSnapshotLimitError,
} from '../../server/storage/documentStore'
import { boardDocumentName, workshopDocumentName } from '../../shared/documentNames'
import type { HistoryReason } from '../../shared/history'

/**
 * The one definition of what a DocumentStore must do, run against every implementation
 * (tests/unit/storage.test.ts). A new store (PostgreSQL, Redis) passes this suite before it is used.
 */
export interface StoreFactory {
  /** A new, empty store. */
  create(): Promise<DocumentStore>
  /** For durable stores: opens the same data again after `close()` of the store `create` returned last. */
  reopen?(): Promise<DocumentStore>
}

/** The update of appending `text` to the document's text "t". */
export function textUpdate(doc: Y.Doc, text: string): Uint8Array {
  let captured: Uint8Array | undefined
  const capture = (update: Uint8Array) => {
    captured = update
  }
  doc.on('update', capture)
  doc.getText('t').insert(doc.getText('t').length, text)
  doc.off('update', capture)
  if (!captured) throw new Error('no update')
  return captured
}

function rebuild(stored: Parameters<typeof applyStoredDocument>[1]): string {
  const doc = new Y.Doc()
  applyStoredDocument(doc, stored, null)
  const text = doc.getText('t').toString()
  doc.destroy()
  return text
}

export function runStorageContract(name: string, factory: StoreFactory): void {
  describe(`DocumentStore contract: ${name}`, () => {
    const opened: DocumentStore[] = []
    async function open(how: () => Promise<DocumentStore> = factory.create): Promise<DocumentStore> {
      const store = await how()
      opened.push(store)
      return store
    }

    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close()
    })

    const workshopId = 'workshop01'
    const workshopDoc = workshopDocumentName(workshopId)
    const boardDoc = boardDocumentName(workshopId, 'practice01')

    /**
     * A store holding both workshops: a history snapshot needs its workshop, and a store shared by
     * instances refuses rows of a workshop that does not exist (it may have just been deleted).
     */
    async function openWithWorkshops(): Promise<DocumentStore> {
      const store = await open()
      await store.createWorkshop({ id: workshopId, createdAt: 1 }, [])
      await store.createWorkshop({ id: 'workshop02', createdAt: 2 }, [])
      return store
    }

    it('creates a workshop with its first documents and finds it again', async () => {
      const store = await open()
      const initial = new Y.Doc()
      initial.getText('t').insert(0, 'hello')
      await store.createWorkshop({ id: workshopId, createdAt: 1234 }, [
        { documentName: workshopDoc, state: Y.encodeStateAsUpdate(initial) },
      ])
      expect(await store.getWorkshop(workshopId)).toEqual({
        id: workshopId,
        createdAt: 1234,
        tokenGenerations: { facilitator: 0, participant: 0, observer: 0 },
      })
      expect(await store.getWorkshop('missing01')).toBeNull()
      const stored = await store.loadDocument(workshopDoc)
      expect(stored.updates).toEqual([])
      expect(rebuild(stored)).toBe('hello')
    })

    it('refuses to create the same workshop twice', async () => {
      const store = await open()
      await store.createWorkshop({ id: workshopId, createdAt: 1 }, [])
      await expect(store.createWorkshop({ id: workshopId, createdAt: 2 }, [])).rejects.toThrow()
      expect(await store.getWorkshop(workshopId)).toMatchObject({ id: workshopId, createdAt: 1 })
    })

    it('raises one role’s token generation at a time, and knows no generation of a missing workshop', async () => {
      const store = await open()
      await store.createWorkshop({ id: workshopId, createdAt: 1 }, [])
      await store.createWorkshop({ id: 'workshop02', createdAt: 2 }, [])
      expect(await store.bumpTokenGeneration(workshopId, 'participant')).toBe(1)
      expect(await store.bumpTokenGeneration(workshopId, 'participant')).toBe(2)
      expect(await store.bumpTokenGeneration(workshopId, 'observer')).toBe(1)
      expect((await store.getWorkshop(workshopId))?.tokenGenerations).toEqual({
        facilitator: 0,
        participant: 2,
        observer: 1,
      })
      expect((await store.getWorkshop('workshop02'))?.tokenGenerations).toEqual({
        facilitator: 0,
        participant: 0,
        observer: 0,
      })
      expect(await store.bumpTokenGeneration('missing01', 'participant')).toBeNull()
      expect(await store.getWorkshop('missing01')).toBeNull()
    })

    it('hands out copies of a workshop record: changing one changes nothing stored', async () => {
      const store = await open()
      await store.createWorkshop({ id: workshopId, createdAt: 1 }, [])
      const record = await store.getWorkshop(workshopId)
      if (record) record.tokenGenerations.participant = 99
      expect((await store.getWorkshop(workshopId))?.tokenGenerations.participant).toBe(0)
    })

    it('loads an unknown document as empty', async () => {
      const store = await open()
      expect(await store.loadDocument(boardDoc)).toEqual({ snapshot: null, updates: [], lastSeq: 0 })
    })

    it('appends updates and loads them in order with growing sequence numbers', async () => {
      const store = await open()
      await store.createWorkshop({ id: workshopId, createdAt: 1 }, [])
      const doc = new Y.Doc()
      const first = textUpdate(doc, 'a')
      const second = textUpdate(doc, 'b')
      const seqs = await store.appendUpdates([
        { documentName: boardDoc, update: first },
        { documentName: workshopDoc, update: first },
      ])
      const [later] = await store.appendUpdates([{ documentName: boardDoc, update: second }])
      expect(seqs).toHaveLength(2)
      // Numbers grow within a document; a store shared by instances numbers each document 1, 2, 3…
      expect(later).toBeGreaterThan(seqs[0] ?? Number.POSITIVE_INFINITY)
      if (store.sharedByInstances) expect([seqs[0], later, seqs[1]]).toEqual([1, 2, 1])

      const board = await store.loadDocument(boardDoc)
      expect(board.updates).toEqual([first, second])
      expect(board.updates[0]).toBeInstanceOf(Uint8Array)
      expect(board.lastSeq).toBe(later)
      expect(rebuild(board)).toBe('ab')
      expect((await store.loadDocument(workshopDoc)).updates).toEqual([first])
    })

    it('stores a copy: changing the caller’s buffer afterwards changes nothing', async () => {
      const store = await openWithWorkshops()
      const update = textUpdate(new Y.Doc(), 'x')
      const expected = update.slice()
      await store.appendUpdates([{ documentName: boardDoc, update }])
      update.fill(0)
      expect((await store.loadDocument(boardDoc)).updates).toEqual([expected])
    })

    it('commits a batch atomically: one bad entry stores none of it', async () => {
      const store = await openWithWorkshops()
      const update = textUpdate(new Y.Doc(), 'x')
      await expect(
        store.appendUpdates([
          { documentName: boardDoc, update },
          { documentName: 'not a document name!', update },
        ]),
      ).rejects.toThrow()
      expect((await store.loadDocument(boardDoc)).updates).toEqual([])
    })

    it('compacts into a snapshot that keeps everything and deletes only the rows it covers', async () => {
      const store = await openWithWorkshops()
      const doc = new Y.Doc()
      const seqs: number[] = []
      for (const letter of ['a', 'b', 'c']) {
        seqs.push(
          ...(await store.appendUpdates([{ documentName: boardDoc, update: textUpdate(doc, letter) }])),
        )
      }
      // The snapshot is taken here, covering a, b, c; d is written after it.
      const snapshot = Y.encodeStateAsUpdate(doc)
      const coveredSeq = seqs.at(-1) ?? 0
      const lateUpdate = textUpdate(doc, 'd')
      const [lateSeq] = await store.appendUpdates([{ documentName: boardDoc, update: lateUpdate }])
      await store.compactDocument(boardDoc, snapshot, coveredSeq)

      const stored = await store.loadDocument(boardDoc)
      expect(stored.snapshot).toEqual(snapshot)
      expect(stored.updates).toEqual([lateUpdate])
      expect(stored.lastSeq).toBe(lateSeq)
      expect(rebuild(stored)).toBe('abcd')
    })

    it('keeps the newer snapshot when an older one arrives late', async () => {
      const store = await openWithWorkshops()
      const doc = new Y.Doc()
      const [first] = await store.appendUpdates([{ documentName: boardDoc, update: textUpdate(doc, 'a') }])
      const older = Y.encodeStateAsUpdate(doc)
      const [second] = await store.appendUpdates([{ documentName: boardDoc, update: textUpdate(doc, 'b') }])
      await store.compactDocument(boardDoc, Y.encodeStateAsUpdate(doc), second ?? 0)
      // A snapshot that covers less than the stored one lacks rows that are already gone: it must not win.
      await store.compactDocument(boardDoc, older, first ?? 0)
      const stored = await store.loadDocument(boardDoc)
      expect(rebuild(stored)).toBe('ab')
      expect(stored.lastSeq).toBe(second)
    })

    it('compacts one document without touching another', async () => {
      const store = await openWithWorkshops()
      const board = new Y.Doc()
      const workshop = new Y.Doc()
      await store.appendUpdates([
        { documentName: boardDoc, update: textUpdate(board, 'board') },
        { documentName: workshopDoc, update: textUpdate(workshop, 'workshop') },
      ])
      const { lastSeq } = await store.loadDocument(workshopDoc)
      await store.compactDocument(boardDoc, Y.encodeStateAsUpdate(board), lastSeq)
      expect((await store.loadDocument(workshopDoc)).updates).toHaveLength(1)
      expect(rebuild(await store.loadDocument(boardDoc))).toBe('board')
      expect(rebuild(await store.loadDocument(workshopDoc))).toBe('workshop')
    })

    it('counts the bytes a workshop’s documents take: snapshots and log rows, no other workshop’s', async () => {
      const store = await open()
      const initial = Y.encodeStateAsUpdate(new Y.Doc())
      await store.createWorkshop({ id: workshopId, createdAt: 1 }, [
        { documentName: workshopDoc, state: initial },
      ])
      expect(await store.workshopStoredBytes(workshopId)).toBe(initial.byteLength)
      await store.createWorkshop({ id: 'workshop02', createdAt: 2 }, [])
      const doc = new Y.Doc()
      const rows = [textUpdate(doc, 'abc'), textUpdate(doc, 'defgh')]
      const [, lastSeq] = await store.appendUpdates(
        rows.map((update) => ({ documentName: boardDoc, update })),
      )
      await store.appendUpdates([
        { documentName: boardDocumentName('workshop02', 'practice01'), update: textUpdate(new Y.Doc(), 'x') },
      ])
      const logged = rows.reduce((total, row) => total + row.byteLength, 0)
      expect(await store.workshopStoredBytes(workshopId)).toBe(initial.byteLength + logged)
      // Compaction replaces the rows it covers by the snapshot.
      const snapshot = Y.encodeStateAsUpdate(doc)
      await store.compactDocument(boardDoc, snapshot, lastSeq ?? 0)
      expect(await store.workshopStoredBytes(workshopId)).toBe(initial.byteLength + snapshot.byteLength)
      expect(await store.workshopStoredBytes('workshop03')).toBe(0)
    })

    it('loads what was committed after a sequence number, with the snapshot when it covers some of it', async () => {
      const store = await open()
      await store.createWorkshop({ id: workshopId, createdAt: 1 }, [])
      const doc = new Y.Doc()
      const [a, b] = await store.appendUpdates([
        { documentName: boardDoc, update: textUpdate(doc, 'a') },
        { documentName: boardDoc, update: textUpdate(doc, 'b') },
      ])
      const [other] = await store.appendUpdates([
        { documentName: workshopDoc, update: textUpdate(new Y.Doc(), 'x') },
      ])
      const [c] = await store.appendUpdates([{ documentName: boardDoc, update: textUpdate(doc, 'c') }])
      const since = await store.loadDocumentSince(boardDoc, a ?? 0)
      expect(since.snapshot).toBeNull()
      expect(since.updates.map((row) => row.seq)).toEqual([b, c])
      expect(since.lastSeq).toBe(c)
      expect((await store.loadDocumentSince(boardDoc, c ?? 0)).updates).toEqual([])

      // Compaction covers b: a reader that had only a gets the snapshot for the deleted rows, then c.
      await store.compactDocument(boardDoc, Y.encodeStateAsUpdate(doc), b ?? 0)
      const afterCompaction = await store.loadDocumentSince(boardDoc, a ?? 0)
      expect(afterCompaction.snapshot).not.toBeNull()
      expect(afterCompaction.updates.map((row) => row.seq)).toEqual([c])
      expect(
        rebuild({
          snapshot: afterCompaction.snapshot,
          updates: afterCompaction.updates.map((row) => row.update),
          lastSeq: 0,
        }),
      ).toBe('abc')
      // A reader past the snapshot gets no snapshot.
      expect((await store.loadDocumentSince(boardDoc, b ?? 0)).snapshot).toBeNull()

      const seqs = await store.lastSeqs([boardDoc, workshopDoc, boardDocumentName(workshopId, 'never')])
      expect([...seqs.entries()]).toEqual([
        [boardDoc, c],
        [workshopDoc, other],
        [boardDocumentName(workshopId, 'never'), 0],
      ])
    })

    it('keeps sequence numbers growing after compaction deleted the newest rows', async () => {
      const store = await openWithWorkshops()
      const doc = new Y.Doc()
      const [first] = await store.appendUpdates([{ documentName: boardDoc, update: textUpdate(doc, 'a') }])
      await store.compactDocument(boardDoc, Y.encodeStateAsUpdate(doc), first ?? 0)
      const [second] = await store.appendUpdates([{ documentName: boardDoc, update: textUpdate(doc, 'b') }])
      expect(second).toBeGreaterThan(first ?? Number.POSITIVE_INFINITY)
      expect(rebuild(await store.loadDocument(boardDoc))).toBe('ab')
    })

    it('deletes a workshop with every document of it, and no other', async () => {
      const store = await open()
      const otherId = 'workshop02'
      await store.createWorkshop({ id: workshopId, createdAt: 1 }, [
        { documentName: workshopDoc, state: Y.encodeStateAsUpdate(new Y.Doc()) },
      ])
      await store.createWorkshop({ id: otherId, createdAt: 2 }, [])
      const doc = new Y.Doc()
      await store.appendUpdates([
        { documentName: boardDoc, update: textUpdate(doc, 'gone') },
        { documentName: boardDocumentName(otherId, 'practice01'), update: textUpdate(new Y.Doc(), 'kept') },
      ])
      expect(await store.deleteWorkshop(workshopId)).toBe(true)
      expect(await store.deleteWorkshop(workshopId)).toBe(false)
      expect(await store.getWorkshop(workshopId)).toBeNull()
      expect(await store.loadDocument(workshopDoc)).toEqual({ snapshot: null, updates: [], lastSeq: 0 })
      expect((await store.loadDocument(boardDoc)).updates).toEqual([])
      expect(await store.getWorkshop(otherId)).not.toBeNull()
      expect(rebuild(await store.loadDocument(boardDocumentName(otherId, 'practice01')))).toBe('kept')
    })

    // ---- Workshop history snapshots (shared/history.ts). ----

    function historySnapshot(
      id: string,
      createdAt: number,
      reason: HistoryReason,
      owner = workshopId,
      text = `state of ${id}`,
    ): HistorySnapshot {
      const doc = new Y.Doc()
      doc.getText('t').insert(0, text)
      return {
        id,
        workshopId: owner,
        createdAt,
        reason,
        label: `label ${id}`,
        cardCount: 3,
        documents: [
          { documentName: workshopDocumentName(owner), state: Y.encodeStateAsUpdate(doc) },
          { documentName: boardDocumentName(owner, 'practice01'), state: Y.encodeStateAsUpdate(doc) },
        ],
      }
    }

    it('saves history snapshots, lists them newest first without documents, and loads one whole', async () => {
      const store = await openWithWorkshops()
      await store.saveHistorySnapshot(historySnapshot('snap01', 100, 'phaseChange'))
      await store.saveHistorySnapshot(historySnapshot('snap02', 300, 'manual'))
      await store.saveHistorySnapshot(historySnapshot('snap03', 200, 'beforeRestore'))
      await store.saveHistorySnapshot(historySnapshot('other1', 400, 'manual', 'workshop02'))
      const listed = await store.listHistorySnapshots(workshopId)
      expect(listed.map((summary) => summary.id)).toEqual(['snap02', 'snap03', 'snap01'])
      expect(listed[0]).toEqual({
        id: 'snap02',
        workshopId,
        createdAt: 300,
        reason: 'manual',
        label: 'label snap02',
        cardCount: 3,
      })
      const loaded = await store.loadHistorySnapshot(workshopId, 'snap03')
      expect(loaded?.reason).toBe('beforeRestore')
      expect(loaded?.documents.map((document) => document.documentName).sort()).toEqual(
        [workshopDoc, boardDoc].sort(),
      )
      const board = loaded?.documents.find((document) => document.documentName === boardDoc)
      expect(board && rebuild({ snapshot: board.state, updates: [], lastSeq: 0 })).toBe('state of snap03')
      // A snapshot is found only under its own workshop.
      expect(await store.loadHistorySnapshot(workshopId, 'other1')).toBeNull()
      expect(await store.loadHistorySnapshot(workshopId, 'missing')).toBeNull()
    })

    it('refuses a history snapshot holding another workshop’s document', async () => {
      const store = await openWithWorkshops()
      const snapshot = historySnapshot('snap01', 1, 'manual')
      snapshot.documents.push({
        documentName: workshopDocumentName('workshop02'),
        state: new Uint8Array([0, 0]),
      })
      await expect(store.saveHistorySnapshot(snapshot)).rejects.toThrow()
      expect(await store.listHistorySnapshots(workshopId)).toEqual([])
    })

    it('refuses a history snapshot of a workshop that does not exist (deleted meanwhile)', async () => {
      const store = await open()
      await expect(store.saveHistorySnapshot(historySnapshot('snap01', 1, 'manual'))).rejects.toThrow()
      expect(await store.listHistorySnapshots(workshopId)).toEqual([])
    })

    it('keeps the newest automatic snapshots on a quota per reason, and every manual one', async () => {
      const store = await openWithWorkshops()
      const { phaseChange: phasesKept, beforeRestore: restoresKept } = AUTOMATIC_SNAPSHOTS_KEPT
      await store.saveHistorySnapshot(historySnapshot('manual01', 0, 'manual'))
      let at = 1
      for (let index = 1; index <= phasesKept + 2; index += 1) {
        await store.saveHistorySnapshot(historySnapshot(`phase${index}`, at++, 'phaseChange'))
      }
      // Many restores afterwards push out older restores only, never a phase's snapshot.
      for (let index = 1; index <= restoresKept + 30; index += 1) {
        await store.saveHistorySnapshot(historySnapshot(`restore${index}`, at++, 'beforeRestore'))
      }
      await store.saveHistorySnapshot(historySnapshot('other1', 1, 'phaseChange', 'workshop02'))
      const listed = await store.listHistorySnapshots(workshopId)
      const ids = listed.map((summary) => summary.id)
      expect(ids).toHaveLength(1 + phasesKept + restoresKept)
      expect(ids).toContain('manual01')
      expect(listed.filter((summary) => summary.reason === 'phaseChange')).toHaveLength(phasesKept)
      expect(ids).not.toContain('phase1')
      expect(ids).not.toContain('phase2')
      expect(ids).toContain('phase3')
      expect(ids).not.toContain('restore30')
      expect(ids[0]).toBe(`restore${restoresKept + 30}`)
      expect(await store.loadHistorySnapshot(workshopId, 'phase1')).toBeNull()
      // Pruning one workshop's history leaves another's alone.
      expect((await store.listHistorySnapshots('workshop02')).map((summary) => summary.id)).toEqual([
        'other1',
      ])
    })

    it(`refuses a manual snapshot beyond ${MANUAL_SNAPSHOTS_LIMIT} per workshop, and keeps the others`, async () => {
      const store = await openWithWorkshops()
      for (let index = 1; index <= MANUAL_SNAPSHOTS_LIMIT; index += 1) {
        await store.saveHistorySnapshot(historySnapshot(`manual${index}`, index, 'manual'))
      }
      await expect(
        store.saveHistorySnapshot(historySnapshot('one-too-many', 999, 'manual')),
      ).rejects.toBeInstanceOf(ManualSnapshotLimitError)
      const ids = (await store.listHistorySnapshots(workshopId)).map((summary) => summary.id)
      expect(ids).toHaveLength(MANUAL_SNAPSHOTS_LIMIT)
      expect(ids).not.toContain('one-too-many')
      expect(await store.loadHistorySnapshot(workshopId, 'one-too-many')).toBeNull()
      // Automatic snapshots and other workshops are not limited by it.
      await store.saveHistorySnapshot(historySnapshot('phase1', 1000, 'phaseChange'))
      await store.saveHistorySnapshot(historySnapshot('other1', 1, 'manual', 'workshop02'))
      expect(await store.listHistorySnapshots(workshopId)).toHaveLength(MANUAL_SNAPSHOTS_LIMIT + 1)
    })

    it('deletes a workshop’s history snapshots with the workshop, and no other’s', async () => {
      const store = await openWithWorkshops()
      await store.saveHistorySnapshot(historySnapshot('snap01', 1, 'manual'))
      await store.saveHistorySnapshot(historySnapshot('other1', 1, 'manual', 'workshop02'))
      await store.deleteWorkshop(workshopId)
      expect(await store.listHistorySnapshots(workshopId)).toEqual([])
      expect(await store.loadHistorySnapshot(workshopId, 'snap01')).toBeNull()
      expect((await store.listHistorySnapshots('workshop02')).map((summary) => summary.id)).toEqual([
        'other1',
      ])
    })

    // Only durable stores have a reopen; registering the test conditionally leaves no skipped test behind.
    const reopen = factory.reopen
    if (!reopen) return
    it('keeps everything after close and reopen', async () => {
      const store = await factory.create()
      const doc = new Y.Doc()
      await store.createWorkshop({ id: workshopId, createdAt: 77 }, [
        { documentName: workshopDoc, state: Y.encodeStateAsUpdate(doc) },
      ])
      await store.appendUpdates([{ documentName: boardDoc, update: textUpdate(doc, 'a') }])
      const [seq] = await store.appendUpdates([{ documentName: boardDoc, update: textUpdate(doc, 'b') }])
      await store.compactDocument(boardDoc, Y.encodeStateAsUpdate(doc), seq ?? 0)
      await store.appendUpdates([{ documentName: boardDoc, update: textUpdate(doc, 'c') }])
      await store.bumpTokenGeneration(workshopId, 'observer')
      await store.saveHistorySnapshot(historySnapshot('snap01', 5, 'manual'))
      await store.close()

      const reopened = await open(reopen)
      expect(await reopened.getWorkshop(workshopId)).toEqual({
        id: workshopId,
        createdAt: 77,
        tokenGenerations: { facilitator: 0, participant: 0, observer: 1 },
      })
      expect(rebuild(await reopened.loadDocument(boardDoc))).toBe('abc')
      expect((await reopened.loadHistorySnapshot(workshopId, 'snap01'))?.documents).toHaveLength(2)
      const [next] = await reopened.appendUpdates([{ documentName: boardDoc, update: textUpdate(doc, 'd') }])
      expect(next).toBeGreaterThan(seq ?? Number.POSITIVE_INFINITY)
    })
  })
}
