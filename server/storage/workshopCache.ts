import type { HistorySnapshotSummary } from '../../shared/history'
import type { Role } from '../../shared/roles'
import type {
  DocumentStore,
  DocumentTail,
  DocumentUpdate,
  HistorySnapshot,
  InitialDocument,
  NewWorkshopRecord,
  StoredDocument,
  WorkshopRecord,
} from './documentStore'

/** Callers get their own copy, as from every store: changing it must not change what is cached. */
function copy(record: WorkshopRecord): WorkshopRecord {
  return { ...record, tokenGenerations: { ...record.tokenGenerations } }
}

/**
 * A store that keeps recently used workshop records in memory. Every upgrade and API call checks a token
 * against its workshop's record; with the record at hand that is an HMAC, not a storage read, and a
 * request can be checked even when its address has spent its budget of refusals (see upgrade.ts).
 *
 * Records change through this process (token regeneration, deletion), which updates the cache as it
 * writes, or through another instance sharing the store, whose control message calls `forgetWorkshop`.
 */
export class WorkshopCachingStore implements DocumentStore {
  private readonly records = new Map<string, WorkshopRecord>()
  /** The latest read of each record under way, which upgrades arriving meanwhile wait for (`readUnderWay`). */
  private readonly reads = new Map<string, Promise<WorkshopRecord | null>>()
  /** Counts changes of any record (regenerated, deleted, forgotten): a read that spans one is not kept. */
  private changes = 0

  constructor(
    private readonly inner: DocumentStore,
    private readonly capacity = 10_000,
  ) {}

  /** The record if it is in memory, without touching storage. */
  peekWorkshop(id: string): WorkshopRecord | undefined {
    const record = this.records.get(id)
    if (!record) return undefined
    this.remember(record)
    return copy(record)
  }

  private remember(record: WorkshopRecord): void {
    // A Map iterates in insertion order: re-inserting marks the record as the most recently used.
    this.records.delete(record.id)
    this.records.set(record.id, record)
    if (this.records.size > this.capacity) {
      const oldest = this.records.keys().next().value
      if (oldest !== undefined) this.records.delete(oldest)
    }
  }

  async createWorkshop(workshop: NewWorkshopRecord, documents: readonly InitialDocument[]): Promise<void> {
    await this.inner.createWorkshop(workshop, documents)
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const cached = this.peekWorkshop(id)
    if (cached) return cached
    const changes = this.changes
    const read = this.inner.getWorkshop(id)
    this.reads.set(id, read)
    try {
      const record = await read
      // A record read while it was changed or forgotten may be the old one: not kept.
      if (record && changes === this.changes) this.remember(copy(record))
      return record
    } finally {
      if (this.reads.get(id) === read) this.reads.delete(id)
    }
  }

  /**
   * The read of the record under way, if there is one: a request arriving meanwhile waits for it instead
   * of reading again (a room full of people reconnecting at once asks for the same workshop).
   */
  readUnderWay(id: string): Promise<WorkshopRecord | null> | undefined {
    return this.reads.get(id)?.then((record) => record && copy(record))
  }

  async bumpTokenGeneration(workshopId: string, role: Role): Promise<number | null> {
    // Forget first: a check running during the write must not keep using the old generation.
    this.forgetWorkshop(workshopId)
    const generation = await this.inner.bumpTokenGeneration(workshopId, role)
    this.forgetWorkshop(workshopId)
    return generation
  }

  async deleteWorkshop(id: string): Promise<boolean> {
    this.forgetWorkshop(id)
    const deleted = await this.inner.deleteWorkshop(id)
    this.forgetWorkshop(id)
    return deleted
  }

  loadDocument(documentName: string): Promise<StoredDocument> {
    return this.inner.loadDocument(documentName)
  }

  workshopStoredBytes(workshopId: string): Promise<number> {
    return this.inner.workshopStoredBytes(workshopId)
  }

  get sharedByInstances(): boolean {
    return this.inner.sharedByInstances
  }

  loadDocumentSince(documentName: string, afterSeq: number): Promise<DocumentTail> {
    return this.inner.loadDocumentSince(documentName, afterSeq)
  }

  lastSeqs(documentNames: readonly string[]): Promise<Map<string, number>> {
    return this.inner.lastSeqs(documentNames)
  }

  /**
   * Forgets every record: what other instances said about them may have been lost (the bus was down), so
   * each is read from storage again when next needed.
   */
  forgetAllWorkshops(): void {
    this.records.clear()
    this.reads.clear()
    this.changes += 1
  }

  /** Another instance changed or deleted the record: the next read goes to storage. */
  forgetWorkshop(id: string): void {
    this.records.delete(id)
    this.reads.delete(id)
    this.changes += 1
  }

  appendUpdates(updates: readonly DocumentUpdate[]): Promise<number[]> {
    return this.inner.appendUpdates(updates)
  }

  compactDocument(documentName: string, snapshot: Uint8Array, coveredSeq: number): Promise<void> {
    return this.inner.compactDocument(documentName, snapshot, coveredSeq)
  }

  saveHistorySnapshot(snapshot: HistorySnapshot): Promise<void> {
    return this.inner.saveHistorySnapshot(snapshot)
  }

  listHistorySnapshots(workshopId: string): Promise<HistorySnapshotSummary[]> {
    return this.inner.listHistorySnapshots(workshopId)
  }

  loadHistorySnapshot(workshopId: string, snapshotId: string): Promise<HistorySnapshot | null> {
    return this.inner.loadHistorySnapshot(workshopId, snapshotId)
  }

  close(): Promise<void> {
    return this.inner.close()
  }
}
