import type { DocumentStore, StoredDocument } from './storage/documentStore'
import { workshopIdOf } from './storage/documentStore'

/**
 * How big each document and each workshop is, counted as storage holds them: a document's snapshot plus
 * the changes logged since. Known without encoding any document: storage reports a workshop's total once
 * (`workshopStoredBytes`, when its first room opens), a room adds what it loads, every change it applies,
 * and what each compaction leaves. Several instances sharing one store would read the same totals from it.
 *
 * The counts err on the large side: a log row repeats a few bytes of header that a snapshot folds away, so
 * a document can look a little bigger than it is until its next compaction, never smaller.
 */

export type SizeRefusal = 'documentFull' | 'workshopFull'

export interface SizeLimits {
  maxDocumentBytes: number
  maxWorkshopBytes: number
}

interface WorkshopTally {
  bytes: number
  /** Rooms of the workshop in memory: the tally is kept while there is one, and read afresh after. */
  rooms: number
  /** Settles once storage said how big the workshop was (rejects when it could not). */
  ready: Promise<void>
}

/** One document's size, and its workshop's. Made by DocumentSizes.open for each room. */
export class DocumentSize {
  private bytes = 0
  private closed = false

  constructor(
    private readonly tally: WorkshopTally,
    private readonly limits: SizeLimits,
    private readonly release: () => void,
  ) {}

  /** Settles once the workshop's size is known; the room is not ready before. */
  get ready(): Promise<void> {
    return this.tally.ready
  }

  /** The document's bytes in storage, as loaded (the workshop's tally counted them already). */
  loaded(stored: StoredDocument): void {
    this.bytes =
      (stored.snapshot?.byteLength ?? 0) + stored.updates.reduce((sum, row) => sum + row.byteLength, 0)
  }

  get documentBytes(): number {
    return this.bytes
  }

  get workshopBytes(): number {
    return this.tally.bytes
  }

  /** Why a change of `growth` bytes would not fit, or null when it does. */
  refusal(growth: number): SizeRefusal | null {
    if (this.bytes + growth > this.limits.maxDocumentBytes) return 'documentFull'
    if (this.tally.bytes + growth > this.limits.maxWorkshopBytes) return 'workshopFull'
    return null
  }

  /** A change of `bytes` was applied: it is stored (or about to be) as one log row. */
  grew(bytes: number): void {
    this.bytes += bytes
    this.tally.bytes += bytes
  }

  /**
   * A compaction replaced the document's log by a snapshot of `snapshotBytes`; changes applied but not yet
   * committed (`uncommittedBytes`) will still be logged after it.
   */
  compacted(snapshotBytes: number, uncommittedBytes: number): void {
    const now = snapshotBytes + uncommittedBytes
    this.tally.bytes += now - this.bytes
    this.bytes = now
  }

  /** The room is gone; its workshop's tally is forgotten with the last room of the workshop. */
  close(): void {
    if (this.closed) return
    this.closed = true
    this.release()
  }
}

/** Every workshop's tally while any of its rooms is in memory. */
export class DocumentSizes {
  private readonly workshops = new Map<string, WorkshopTally>()

  constructor(
    private readonly store: Pick<DocumentStore, 'workshopStoredBytes'>,
    private readonly limits: SizeLimits,
  ) {}

  open(documentName: string): DocumentSize {
    const workshopId = workshopIdOf(documentName)
    let tally = this.workshops.get(workshopId)
    if (!tally) {
      const created: WorkshopTally = { bytes: 0, rooms: 0, ready: Promise.resolve() }
      created.ready = this.store.workshopStoredBytes(workshopId).then((bytes) => {
        // Changes applied meanwhile (none can be: no room of the workshop is ready before this) add up.
        created.bytes += bytes
      })
      // A failure is the room's to handle (its load fails); this copy must not count as unhandled.
      created.ready.catch(() => {})
      tally = created
      this.workshops.set(workshopId, tally)
    }
    tally.rooms += 1
    const held = tally
    return new DocumentSize(held, this.limits, () => {
      held.rooms -= 1
      if (held.rooms === 0 && this.workshops.get(workshopId) === held) this.workshops.delete(workshopId)
    })
  }
}
