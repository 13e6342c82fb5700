import * as Y from 'yjs'
import { parseDocumentName } from '../../shared/documentNames'
import { HISTORY_REASONS, type HistoryReason, type HistorySnapshotSummary } from '../../shared/history'
import type { TransactionOrigin } from '../../shared/origins'
import type { Role } from '../../shared/roles'
import { checkUpdateDecodes } from './updateDecodes'

/**
 * Where workshops and their Yjs documents live. Every method is async so that a networked store
 * (PostgreSQL, Redis) can implement it; the embedded SQLite store happens to answer synchronously.
 *
 * A document is stored as a snapshot (one merged Yjs update) plus a log of later updates, each with a
 * sequence number that only grows within its document (a store for one process may number rows across all
 * documents; a store shared by several processes numbers each document 1, 2, 3… in commit order). Loading
 * applies the snapshot and then every remaining row; compaction replaces the snapshot and deletes exactly
 * the rows it covers.
 * tests/unit/storageContract.ts is the executable definition of this contract.
 */

/**
 * Per role, how many times its link was regenerated. A token is signed over its role's generation
 * (server/auth.ts), so raising the number revokes the old link: nothing secret is stored per workshop.
 */
export type TokenGenerations = Record<Role, number>

export interface WorkshopRecord {
  id: string
  /** Milliseconds since the epoch. */
  createdAt: number
  tokenGenerations: TokenGenerations
}

/** What creating a workshop takes; a new workshop's token generations are all 0. */
export type NewWorkshopRecord = Pick<WorkshopRecord, 'id' | 'createdAt'>

export interface InitialDocument {
  documentName: string
  /** Full state of the document (Y.encodeStateAsUpdate). */
  state: Uint8Array
}

export interface DocumentUpdate {
  documentName: string
  update: Uint8Array
}

/** One log row. */
export interface LoggedUpdate {
  seq: number
  update: Uint8Array
}

/** What was committed to a document after a given sequence number (see `loadDocumentSince`). */
export interface DocumentTail {
  /**
   * The snapshot, only when it covers rows after the number asked for: those rows may be deleted, so the
   * snapshot (applied first; Yjs ignores what the reader already has) stands in for them.
   */
  snapshot: Uint8Array | null
  /** Log rows numbered above the number asked for, oldest first. */
  updates: LoggedUpdate[]
  /** Highest sequence number of the document (snapshot or row); 0 for a document never written. */
  lastSeq: number
}

export interface StoredDocument {
  snapshot: Uint8Array | null
  /** Log rows after the snapshot, oldest first. */
  updates: Uint8Array[]
  /** Highest sequence number contained in snapshot + updates (0 for a document never written). */
  lastSeq: number
}

/** A history snapshot (shared/history.ts): its summary and the full state of each document it holds. */
export interface HistorySnapshot extends HistorySnapshotSummary {
  documents: InitialDocument[]
}

/**
 * Automatic snapshots kept per workshop, each reason on its own quota: older ones are pruned when a new one
 * is saved. Separate quotas, so a run of restores cannot push every phase's snapshot out.
 */
export const AUTOMATIC_SNAPSHOTS_KEPT = { phaseChange: 100, beforeRestore: 20 } as const satisfies Record<
  Exclude<HistoryReason, 'manual'>,
  number
>

/**
 * Snapshots taken by hand are never pruned (the facilitator chose to keep them), so they are capped
 * instead: anyone can create a workshop, and must not be able to fill the database through one.
 */
export const MANUAL_SNAPSHOTS_LIMIT = 50

/** saveHistorySnapshot's refusal of a manual snapshot beyond MANUAL_SNAPSHOTS_LIMIT. */
export class ManualSnapshotLimitError extends Error {
  constructor(workshopId: string) {
    super(`Workshop ${workshopId} already keeps ${MANUAL_SNAPSHOTS_LIMIT} snapshots taken by hand`)
  }
}

export interface DocumentStore {
  /**
   * True when several server processes write the same documents (PostgreSQL). Each document's rows are
   * then numbered 1, 2, 3… in commit order, so a room knows from a number whether it has every row before
   * it, and fetches what it lacks with `loadDocumentSince` (see server/cluster/).
   */
  readonly sharedByInstances: boolean
  /** Stores the workshop record and its first documents atomically: a workshop never exists half made. */
  createWorkshop(workshop: NewWorkshopRecord, documents: readonly InitialDocument[]): Promise<void>
  getWorkshop(id: string): Promise<WorkshopRecord | null>
  /**
   * Raises `role`'s token generation by one, atomically, and resolves with the new value (null when there is
   * no such workshop). Resolving means stored: a link revoked here stays revoked after a restart.
   */
  bumpTokenGeneration(workshopId: string, role: Role): Promise<number | null>
  /** Deletes the record, every document and every history snapshot of the workshop. Resolves false when there was none. */
  deleteWorkshop(id: string): Promise<boolean>
  loadDocument(documentName: string): Promise<StoredDocument>
  /**
   * Everything committed to the document after row `afterSeq`: the rows numbered above it and, when the
   * snapshot covers some of those (they may be deleted), the snapshot. For a room that has applied every
   * row up to `afterSeq` and learnt of a later one.
   */
  loadDocumentSince(documentName: string, afterSeq: number): Promise<DocumentTail>
  /**
   * Each named document's highest sequence number (0 for one never written), in one round trip: how an
   * instance finds, for all its open rooms at once, whether another committed something it did not hear of.
   */
  lastSeqs(documentNames: readonly string[]): Promise<Map<string, number>>
  /**
   * The bytes the workshop's documents take in storage: every snapshot and every log row, as
   * `loadDocument` would return them (history snapshots not included). The sync server's size limits
   * start from it (server/documentSizes.ts).
   */
  workshopStoredBytes(workshopId: string): Promise<number>
  /**
   * Appends the updates in ONE transaction (all or none) and resolves with each one's sequence number, in
   * order. Resolving means committed: the sync server broadcasts an update only after this resolves. A
   * store shared by instances refuses rows of a workshop that does not exist (another instance deleted it).
   */
  appendUpdates(updates: readonly DocumentUpdate[]): Promise<number[]>
  /**
   * Atomically replaces the document's snapshot with `snapshot` and deletes its log rows numbered up to
   * `coveredSeq`, which the snapshot must contain. Later rows stay and are replayed on load. A snapshot
   * covering less than the stored one is not kept: rows it lacks may already be deleted.
   */
  compactDocument(documentName: string, snapshot: Uint8Array, coveredSeq: number): Promise<void>
  /**
   * Stores a history snapshot and, in the same transaction, prunes the workshop's automatic snapshots of
   * its reason to the newest AUTOMATIC_SNAPSHOTS_KEPT[reason]. Rejects when the workshop does not exist (it
   * may have just been deleted: its history must not outlive it) or a document belongs to another
   * workshop, and with ManualSnapshotLimitError for a manual one when the workshop already keeps
   * MANUAL_SNAPSHOTS_LIMIT of them.
   */
  saveHistorySnapshot(snapshot: HistorySnapshot): Promise<void>
  /** The workshop's history snapshots, newest first, without their documents. */
  listHistorySnapshots(workshopId: string): Promise<HistorySnapshotSummary[]>
  /** One snapshot with its documents, or null when the workshop has no snapshot of that id. */
  loadHistorySnapshot(workshopId: string, snapshotId: string): Promise<HistorySnapshot | null>
  close(): Promise<void>
}

/**
 * The workshop a document belongs to; throws for names that are not document names, so a store never
 * writes a row that no workshop deletion would remove.
 */
export function workshopIdOf(documentName: string): string {
  const address = parseDocumentName(documentName)
  if (!address) throw new Error(`Not a document name: ${JSON.stringify(documentName.slice(0, 80))}`)
  return address.workshopId
}

/** Throws unless every named document belongs to `workshopId`: a store never files one under another workshop. */
export function checkDocumentsBelong(workshopId: string, documentNames: Iterable<string>): void {
  for (const documentName of documentNames) {
    if (workshopIdOf(documentName) !== workshopId) {
      throw new Error(`Document ${documentName} does not belong to workshop ${workshopId}`)
    }
  }
}

/** A workshop record as the SQL stores keep it, one column per field. */
export interface WorkshopRow {
  id: string
  created_at: number
  facilitator_generation: number
  participant_generation: number
  observer_generation: number
}

export function workshopRecordOf(row: WorkshopRow): WorkshopRecord {
  return {
    id: row.id,
    createdAt: row.created_at,
    tokenGenerations: {
      facilitator: row.facilitator_generation,
      participant: row.participant_generation,
      observer: row.observer_generation,
    },
  }
}

/** A history snapshot's summary as the SQL stores keep it, one column per field. */
export interface HistorySummaryRow {
  id: string
  workshop_id: string
  created_at: number
  reason: string
  label: string
  card_count: number
}

/** The summary of a stored row; a reason this server does not know reads as manual (kept, never pruned). */
export function historySummaryOf(row: HistorySummaryRow): HistorySnapshotSummary {
  const reason = (HISTORY_REASONS as readonly string[]).includes(row.reason)
    ? (row.reason as HistoryReason)
    : 'manual'
  return {
    id: row.id,
    workshopId: row.workshop_id,
    createdAt: row.created_at,
    reason,
    label: row.label,
    cardCount: row.card_count,
  }
}

/** A stored document that Yjs cannot decode or apply: a torn write, a damaged disk, a bad restore. */
export class DamagedDocumentError extends Error {
  override name = 'DamagedDocumentError'
  constructor(
    readonly documentName: string,
    /** Which stored part: the snapshot, or a log row by its place. */
    readonly part: string,
    readonly detail: string,
  ) {
    super(`the stored ${part} of ${documentName} is damaged: ${detail}`)
  }
}

/**
 * Decodes every stored part of a document, throwing DamagedDocumentError for the first that does not
 * decode, so such bytes are never sent to a client (which would throw on them) nor built into a room.
 * The read keeps nothing (updateDecodes.ts): about a twentieth of building the document.
 */
export function checkStoredDocument(documentName: string, stored: StoredDocument): void {
  const parts: [string, Uint8Array][] = stored.updates.map((update, index) => [
    `log row ${index + 1} of ${stored.updates.length}`,
    update,
  ])
  if (stored.snapshot) parts.unshift(['snapshot', stored.snapshot])
  for (const [part, bytes] of parts) {
    try {
      checkUpdateDecodes(bytes)
    } catch (error) {
      throw new DamagedDocumentError(
        documentName,
        part,
        error instanceof Error ? error.message : String(error),
      )
    }
  }
}

/** Rebuilds a stored document into `doc` in one transaction, marked with `origin` so it is not stored again. */
export function applyStoredDocument(
  doc: Y.Doc,
  stored: StoredDocument,
  origin: TransactionOrigin | null,
): void {
  doc.transact(() => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
    for (const update of stored.updates) Y.applyUpdate(doc, update)
  }, origin)
}
