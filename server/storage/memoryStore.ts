import type { HistorySnapshotSummary } from '../../shared/history'
import type { Role } from '../../shared/roles'
import {
  AUTOMATIC_SNAPSHOTS_KEPT,
  checkDocumentsBelong,
  type DocumentStore,
  type DocumentTail,
  type DocumentUpdate,
  type HistorySnapshot,
  type InitialDocument,
  type LoggedUpdate,
  MANUAL_SNAPSHOTS_LIMIT,
  ManualSnapshotLimitError,
  type NewWorkshopRecord,
  type StoredDocument,
  type WorkshopRecord,
  workshopIdOf,
} from './documentStore'

interface MemoryDocument {
  workshopId: string
  snapshot: Uint8Array | null
  snapshotSeq: number
  /** Highest sequence number handed out for the document: rows are numbered per document, 1, 2, 3… */
  lastSeq: number
  log: LoggedUpdate[]
}

function copySnapshot(snapshot: HistorySnapshot): HistorySnapshot {
  return {
    ...snapshot,
    documents: snapshot.documents.map(({ documentName, state }) => ({ documentName, state: state.slice() })),
  }
}

/**
 * A store that keeps everything in the process: for tests and for trying the server without a disk. It
 * copies every byte array in and out, so callers cannot change stored data by reusing a buffer. Shared
 * by several servers in one process, it stands in for PostgreSQL (`sharedByInstances`).
 */
export class MemoryStore implements DocumentStore {
  private readonly workshops = new Map<string, WorkshopRecord>()
  private readonly documents = new Map<string, MemoryDocument>()
  /** History snapshots in the order they were saved (oldest first). */
  private history: HistorySnapshot[] = []
  private closed = false

  constructor(readonly sharedByInstances = false) {}

  private assertOpen(): void {
    if (this.closed) throw new Error('The store is closed')
  }

  private documentFor(documentName: string): MemoryDocument {
    let document = this.documents.get(documentName)
    if (!document) {
      document = {
        workshopId: workshopIdOf(documentName),
        snapshot: null,
        snapshotSeq: 0,
        lastSeq: 0,
        log: [],
      }
      this.documents.set(documentName, document)
    }
    return document
  }

  async createWorkshop(workshop: NewWorkshopRecord, documents: readonly InitialDocument[]): Promise<void> {
    this.assertOpen()
    if (this.workshops.has(workshop.id)) throw new Error(`Workshop ${workshop.id} already exists`)
    checkDocumentsBelong(
      workshop.id,
      documents.map(({ documentName }) => documentName),
    )
    this.workshops.set(workshop.id, {
      id: workshop.id,
      createdAt: workshop.createdAt,
      tokenGenerations: { facilitator: 0, participant: 0, observer: 0 },
    })
    for (const { documentName, state } of documents) {
      const document = this.documentFor(documentName)
      document.snapshot = state.slice()
    }
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    this.assertOpen()
    const workshop = this.workshops.get(id)
    return workshop ? { ...workshop, tokenGenerations: { ...workshop.tokenGenerations } } : null
  }

  async bumpTokenGeneration(workshopId: string, role: Role): Promise<number | null> {
    this.assertOpen()
    const workshop = this.workshops.get(workshopId)
    if (!workshop) return null
    workshop.tokenGenerations[role] += 1
    return workshop.tokenGenerations[role]
  }

  async deleteWorkshop(id: string): Promise<boolean> {
    this.assertOpen()
    const existed = this.workshops.delete(id)
    for (const [name, document] of this.documents) {
      if (document.workshopId === id) this.documents.delete(name)
    }
    this.history = this.history.filter((snapshot) => snapshot.workshopId !== id)
    return existed
  }

  async loadDocument(documentName: string): Promise<StoredDocument> {
    this.assertOpen()
    const document = this.documents.get(documentName)
    if (!document) return { snapshot: null, updates: [], lastSeq: 0 }
    return {
      snapshot: document.snapshot ? document.snapshot.slice() : null,
      updates: document.log.map((row) => row.update.slice()),
      lastSeq: document.lastSeq,
    }
  }

  async loadDocumentSince(documentName: string, afterSeq: number): Promise<DocumentTail> {
    this.assertOpen()
    const document = this.documents.get(documentName)
    if (!document) return { snapshot: null, updates: [], lastSeq: 0 }
    return {
      snapshot: document.snapshot && document.snapshotSeq > afterSeq ? document.snapshot.slice() : null,
      updates: document.log
        .filter((row) => row.seq > afterSeq)
        .map((row) => ({ seq: row.seq, update: row.update.slice() })),
      lastSeq: document.lastSeq,
    }
  }

  async lastSeqs(documentNames: readonly string[]): Promise<Map<string, number>> {
    this.assertOpen()
    return new Map(documentNames.map((name) => [name, this.documents.get(name)?.lastSeq ?? 0]))
  }

  async workshopStoredBytes(workshopId: string): Promise<number> {
    this.assertOpen()
    let total = 0
    for (const document of this.documents.values()) {
      if (document.workshopId !== workshopId) continue
      total += document.snapshot?.byteLength ?? 0
      for (const row of document.log) total += row.update.byteLength
    }
    return total
  }

  async appendUpdates(updates: readonly DocumentUpdate[]): Promise<number[]> {
    this.assertOpen()
    // Validate every entry before writing any, which is what makes the batch all-or-nothing here.
    for (const { documentName } of updates) workshopIdOf(documentName)
    return updates.map(({ documentName, update }) => {
      const document = this.documentFor(documentName)
      document.lastSeq += 1
      document.log.push({ seq: document.lastSeq, update: update.slice() })
      return document.lastSeq
    })
  }

  async compactDocument(documentName: string, snapshot: Uint8Array, coveredSeq: number): Promise<void> {
    this.assertOpen()
    const document = this.documentFor(documentName)
    if (document.snapshot === null || coveredSeq >= document.snapshotSeq) {
      document.snapshot = snapshot.slice()
      document.snapshotSeq = coveredSeq
    }
    document.log = document.log.filter((row) => row.seq > coveredSeq)
  }

  async saveHistorySnapshot(snapshot: HistorySnapshot): Promise<void> {
    this.assertOpen()
    checkDocumentsBelong(
      snapshot.workshopId,
      snapshot.documents.map(({ documentName }) => documentName),
    )
    if (!this.workshops.has(snapshot.workshopId)) throw new Error(`No workshop ${snapshot.workshopId}`)
    if (this.history.some((stored) => stored.id === snapshot.id)) {
      throw new Error(`Snapshot ${snapshot.id} already exists`)
    }
    const { workshopId, reason } = snapshot
    const sameReason = () =>
      this.history.filter((stored) => stored.workshopId === workshopId && stored.reason === reason)
    if (reason === 'manual') {
      if (sameReason().length >= MANUAL_SNAPSHOTS_LIMIT) throw new ManualSnapshotLimitError(workshopId)
      this.history.push(copySnapshot(snapshot))
      return
    }
    this.history.push(copySnapshot(snapshot))
    const automatic = sameReason()
    const kept = AUTOMATIC_SNAPSHOTS_KEPT[reason]
    const pruned = new Set(automatic.slice(0, Math.max(0, automatic.length - kept)))
    if (pruned.size > 0) this.history = this.history.filter((stored) => !pruned.has(stored))
  }

  async listHistorySnapshots(workshopId: string): Promise<HistorySnapshotSummary[]> {
    this.assertOpen()
    return this.history
      .filter((snapshot) => snapshot.workshopId === workshopId)
      .map(({ documents: _documents, ...summary }) => summary)
      .reverse()
      .sort((a, b) => b.createdAt - a.createdAt)
  }

  async loadHistorySnapshot(workshopId: string, snapshotId: string): Promise<HistorySnapshot | null> {
    this.assertOpen()
    const snapshot = this.history.find(
      (stored) => stored.id === snapshotId && stored.workshopId === workshopId,
    )
    return snapshot ? copySnapshot(snapshot) : null
  }

  async close(): Promise<void> {
    this.closed = true
  }
}
