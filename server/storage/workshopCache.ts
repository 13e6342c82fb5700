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
    const record = await this.inner.getWorkshop(id)
    if (record) this.remember(copy(record))
    return record
  }

  async bumpTokenGeneration(workshopId: string, role: Role): Promise<number | null> {
    // Forget first: a check running during the write must not keep using the old generation.
    this.records.delete(workshopId)
    const generation = await this.inner.bumpTokenGeneration(workshopId, role)
    this.records.delete(workshopId)
    return generation
  }

  async deleteWorkshop(id: string): Promise<boolean> {
    this.records.delete(id)
    const deleted = await this.inner.deleteWorkshop(id)
    this.records.delete(id)
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

  /** Another instance changed or deleted the record: the next read goes to storage. */
  forgetWorkshop(id: string): void {
    this.records.delete(id)
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
