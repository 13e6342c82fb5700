import { closeSync, openSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import type { HistorySnapshotSummary } from '../../shared/history'
import type { Role } from '../../shared/roles'
import type { Logger } from '../log'
import { makeFilesPrivate, makePrivateFolder, PRIVATE_FILE_MODE } from './dataFolder'
import {
  AUTOMATIC_SNAPSHOTS_KEPT,
  checkDocumentsBelong,
  type DocumentStore,
  type DocumentTail,
  type DocumentUpdate,
  type HistorySnapshot,
  type HistorySummaryRow,
  historySummaryOf,
  type InitialDocument,
  MANUAL_SNAPSHOTS_LIMIT,
  ManualSnapshotLimitError,
  type NewWorkshopRecord,
  type StoredDocument,
  type WorkshopRecord,
  type WorkshopRow,
  workshopIdOf,
  workshopRecordOf,
} from './documentStore'

export const DATABASE_FILE = 'practicemap.db'

/**
 * MIGRATIONS[v] takes a database from schema version v to v + 1 (`PRAGMA user_version`); a new database
 * runs them all, an existing one the ones it lacks, in one transaction. A migration that has shipped is
 * never edited: a change is a new entry at the end.
 */
const MIGRATIONS: readonly string[] = [
  // 0 → 1. STRICT tables reject values of the wrong type instead of storing them. AUTOINCREMENT keeps
  // sequence numbers from being reused after compaction deletes the highest rows: a reused number could
  // otherwise be mistaken for one a snapshot already covers.
  `
  CREATE TABLE IF NOT EXISTS workshops (
    id TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE IF NOT EXISTS document_snapshots (
    document_name TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL,
    state BLOB NOT NULL,
    covered_seq INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS document_snapshots_by_workshop ON document_snapshots (workshop_id);

  CREATE TABLE IF NOT EXISTS document_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    document_name TEXT NOT NULL,
    workshop_id TEXT NOT NULL,
    data BLOB NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS document_updates_by_document ON document_updates (document_name, seq);
  CREATE INDEX IF NOT EXISTS document_updates_by_workshop ON document_updates (workshop_id);
  `,
  // 1 → 2. Token generation per role: links are signed over it, so raising it revokes a link.
  `
  ALTER TABLE workshops ADD COLUMN facilitator_generation INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE workshops ADD COLUMN participant_generation INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE workshops ADD COLUMN observer_generation INTEGER NOT NULL DEFAULT 0;
  `,
  // 2 → 3. Workshop history (shared/history.ts): a snapshot's summary, and the full state of each of its
  // documents. Unrelated to document_snapshots, which are compaction snapshots of live documents.
  `
  CREATE TABLE IF NOT EXISTS history_snapshots (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    reason TEXT NOT NULL,
    label TEXT NOT NULL,
    card_count INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS history_snapshots_by_workshop ON history_snapshots (workshop_id, created_at);

  CREATE TABLE IF NOT EXISTS history_snapshot_documents (
    snapshot_id TEXT NOT NULL,
    workshop_id TEXT NOT NULL,
    document_name TEXT NOT NULL,
    state BLOB NOT NULL,
    PRIMARY KEY (snapshot_id, document_name)
  ) STRICT;
  CREATE INDEX IF NOT EXISTS history_snapshot_documents_by_workshop ON history_snapshot_documents (workshop_id);
  `,
]

export const SCHEMA_VERSION = MIGRATIONS.length

/** The first schema version whose servers ran with secure_delete on, from its creation. */
const SECURE_DELETE_SINCE = 3

interface SnapshotRow {
  state: Buffer
  covered_seq: number
}

interface HistoryDocumentRow {
  document_name: string
  state: Buffer
}

interface UpdateRow {
  seq: number
  data: Buffer
}

/** Binds a byte array as a BLOB without copying it. */
function blob(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** better-sqlite3 returns Buffers; callers get plain Uint8Arrays, as from every other store. */
function bytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

/** The database's own files: SQLite makes the -wal and -shm files with the database file's mode. */
function databaseFiles(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`]
}

/** A database SQLite cannot read as one, or whose pages PRAGMA quick_check finds broken. */
export class DamagedDatabaseError extends Error {
  override name = 'DamagedDatabaseError'
}

/** How many of quick_check's findings the refusal names (it can list thousands). */
const FINDINGS_SHOWN = 3

export interface SqliteStoreOptions {
  /** Largest the database file may grow (bytes); beyond it writes fail as on a full disk. Unlimited when unset. */
  maxBytes?: number
  /** Where the store reports what it could not finish but need not fail for. */
  log?: Pick<Logger, 'warn'>
}

/**
 * Opens `path` as SQLite, creating it readable by its owner only (SQLite would make it 644, and its -wal
 * and -shm files take its mode), and checks its pages with PRAGMA quick_check before anything reads or
 * writes it: a damaged file is refused at start with the reason, not discovered mid-workshop.
 */
function openChecked(path: string, log: Pick<Logger, 'warn'> | undefined): Database.Database {
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE))
  const folder = dirname(path)
  const file = basename(path)
  makeFilesPrivate(folder, databaseFiles(file), log)
  const db = new Database(path)
  try {
    db.pragma('journal_mode = WAL')
    const findings = (db.pragma('quick_check') as Record<string, unknown>[]).map((row) =>
      String(Object.values(row)[0]),
    )
    if (findings.length !== 1 || findings[0] !== 'ok') {
      throw new DamagedDatabaseError(damagedMessage(path, findings.slice(0, FINDINGS_SHOWN).join('; ')))
    }
  } catch (error) {
    db.close()
    if (error instanceof DamagedDatabaseError) throw error
    const code = (error as { code?: unknown }).code
    // SQLITE_CORRUPT, SQLITE_NOTADB: SQLite gave up on the file before quick_check could list why.
    if (typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code)) {
      throw new DamagedDatabaseError(damagedMessage(path, error instanceof Error ? error.message : code))
    }
    throw error
  }
  // SQLite made a new -wal or -shm file just now, with the database file's mode; an old one may be 644.
  makeFilesPrivate(folder, databaseFiles(file), log)
  return db
}

function damagedMessage(path: string, finding: string): string {
  return (
    `${path} is damaged (PRAGMA quick_check: ${finding}). Stop here rather than lose more: restore the ` +
    'database from a backup (with its -wal file, if the backup has one), then start again.'
  )
}

/**
 * The embedded store: one SQLite file in WAL mode. synchronous=NORMAL makes a commit survive a crash of
 * the process (the WAL is in the OS's hands once the commit returns); FULL would also survive power loss,
 * at the price of an fsync per commit. The server batches all updates of an event-loop turn into one
 * commit, so either setting costs one write per turn, not per update.
 */
export class SqliteStore implements DocumentStore {
  private readonly db: Database.Database
  private readonly statements
  private workshopBytes: Database.Statement<[string, string], { bytes: number | null }> | undefined
  private sinceStatements:
    | {
        rowsAfter: Database.Statement<[string, number], UpdateRow>
        lastSeq: Database.Statement<[string, string], { seq: number | null }>
      }
    | undefined
  /** Made once rather than per call: every change waits for this commit before anyone sees it. */
  private readonly appendInOneTransaction: (updates: readonly DocumentUpdate[]) => number[]

  constructor(
    readonly path: string,
    private readonly options: SqliteStoreOptions = {},
  ) {
    this.db = openChecked(path, options.log)
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('busy_timeout = 5000')
    // A deleted workshop's bytes are overwritten with zeros, not left in free pages (see deleteWorkshop).
    this.db.pragma('secure_delete = ON')
    const migratedFrom = this.migrate()
    if (migratedFrom > 0 && migratedFrom < SECURE_DELETE_SINCE) {
      // Servers before secure_delete left deleted data (compacted updates, deleted workshops) in free pages,
      // where secure_delete never looks again. VACUUM rebuilds the file without them; it cannot run inside
      // the migration's transaction, and the checkpoint moves the rebuilt file out of the WAL.
      this.db.exec('VACUUM')
      this.db.pragma('wal_checkpoint(TRUNCATE)')
    }
    if (options.maxBytes) {
      // Past this size SQLite refuses writes with SQLITE_FULL, exactly as on a full disk: the commit fails,
      // the room's clients are closed with 1011 and keep their edits, and nothing is broadcast unsaved.
      const pageSize = Number(this.db.pragma('page_size', { simple: true }))
      this.db.pragma(`max_page_count = ${Math.max(1, Math.floor(options.maxBytes / pageSize))}`)
    }
    this.statements = {
      insertWorkshop: this.db.prepare<[string, number]>(
        'INSERT INTO workshops (id, created_at) VALUES (?, ?)',
      ),
      getWorkshop: this.db.prepare<[string], WorkshopRow>(
        `SELECT id, created_at, facilitator_generation, participant_generation, observer_generation
         FROM workshops WHERE id = ?`,
      ),
      // One statement per role: a column name cannot be a bound parameter.
      bumpGeneration: {
        facilitator: this.db.prepare<[string], { generation: number }>(
          `UPDATE workshops SET facilitator_generation = facilitator_generation + 1 WHERE id = ?
           RETURNING facilitator_generation AS generation`,
        ),
        participant: this.db.prepare<[string], { generation: number }>(
          `UPDATE workshops SET participant_generation = participant_generation + 1 WHERE id = ?
           RETURNING participant_generation AS generation`,
        ),
        observer: this.db.prepare<[string], { generation: number }>(
          `UPDATE workshops SET observer_generation = observer_generation + 1 WHERE id = ?
           RETURNING observer_generation AS generation`,
        ),
      } satisfies Record<Role, unknown>,
      deleteWorkshop: this.db.prepare<[string]>('DELETE FROM workshops WHERE id = ?'),
      deleteWorkshopSnapshots: this.db.prepare<[string]>(
        'DELETE FROM document_snapshots WHERE workshop_id = ?',
      ),
      deleteWorkshopUpdates: this.db.prepare<[string]>('DELETE FROM document_updates WHERE workshop_id = ?'),
      getSnapshot: this.db.prepare<[string], SnapshotRow>(
        'SELECT state, covered_seq FROM document_snapshots WHERE document_name = ?',
      ),
      getUpdates: this.db.prepare<[string], UpdateRow>(
        'SELECT seq, data FROM document_updates WHERE document_name = ? ORDER BY seq',
      ),
      putSnapshot: this.db.prepare<[string, string, Buffer, number, number]>(
        `INSERT INTO document_snapshots (document_name, workshop_id, state, covered_seq, updated_at)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (document_name) DO UPDATE SET
           state = excluded.state,
           covered_seq = excluded.covered_seq,
           updated_at = excluded.updated_at
         WHERE excluded.covered_seq >= document_snapshots.covered_seq`,
      ),
      lastSeq: this.db.prepare<[], { seq: number | null }>(
        "SELECT seq FROM sqlite_sequence WHERE name = 'document_updates'",
      ),
      appendUpdate: this.db.prepare<[string, string, Buffer]>(
        'INSERT INTO document_updates (document_name, workshop_id, data) VALUES (?, ?, ?)',
      ),
      deleteCoveredUpdates: this.db.prepare<[string, number]>(
        'DELETE FROM document_updates WHERE document_name = ? AND seq <= ?',
      ),
      insertHistory: this.db.prepare<[string, string, number, string, string, number]>(
        `INSERT INTO history_snapshots (id, workshop_id, created_at, reason, label, card_count)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      insertHistoryDocument: this.db.prepare<[string, string, string, Buffer]>(
        `INSERT INTO history_snapshot_documents (snapshot_id, workshop_id, document_name, state)
         VALUES (?, ?, ?, ?)`,
      ),
      // Newest first; rowid breaks ties between snapshots taken in the same millisecond.
      listHistory: this.db.prepare<[string], HistorySummaryRow>(
        `SELECT id, workshop_id, created_at, reason, label, card_count FROM history_snapshots
         WHERE workshop_id = ? ORDER BY created_at DESC, rowid DESC`,
      ),
      getHistory: this.db.prepare<[string, string], HistorySummaryRow>(
        `SELECT id, workshop_id, created_at, reason, label, card_count FROM history_snapshots
         WHERE workshop_id = ? AND id = ?`,
      ),
      getHistoryDocuments: this.db.prepare<[string], HistoryDocumentRow>(
        'SELECT document_name, state FROM history_snapshot_documents WHERE snapshot_id = ? ORDER BY document_name',
      ),
      countHistory: this.db.prepare<[string, string], { count: number }>(
        'SELECT count(*) AS count FROM history_snapshots WHERE workshop_id = ? AND reason = ?',
      ),
      prunableHistory: this.db.prepare<[string, string, number], { id: string }>(
        `SELECT id FROM history_snapshots WHERE workshop_id = ? AND reason = ?
         ORDER BY created_at DESC, rowid DESC LIMIT -1 OFFSET ?`,
      ),
      deleteHistory: this.db.prepare<[string]>('DELETE FROM history_snapshots WHERE id = ?'),
      deleteHistoryDocuments: this.db.prepare<[string]>(
        'DELETE FROM history_snapshot_documents WHERE snapshot_id = ?',
      ),
      deleteWorkshopHistory: this.db.prepare<[string]>('DELETE FROM history_snapshots WHERE workshop_id = ?'),
      deleteWorkshopHistoryDocuments: this.db.prepare<[string]>(
        'DELETE FROM history_snapshot_documents WHERE workshop_id = ?',
      ),
    }
    this.appendInOneTransaction = this.db.transaction((updates: readonly DocumentUpdate[]) =>
      updates.map(({ documentName, update }) => {
        const result = this.statements.appendUpdate.run(
          documentName,
          workshopIdOf(documentName),
          blob(update),
        )
        return Number(result.lastInsertRowid)
      }),
    )
  }

  /** Opens (creating the folder and the file when missing, both private) `DATA_DIR/practicemap.db`. */
  static open(dataDir: string, options: SqliteStoreOptions = {}): SqliteStore {
    makePrivateFolder(dataDir, options.log)
    return new SqliteStore(join(dataDir, DATABASE_FILE), options)
  }

  /** Reads a pragma's value, for diagnostics and tests. */
  pragma(name: string): unknown {
    return this.db.pragma(name, { simple: true })
  }

  /**
   * Brings the file to SCHEMA_VERSION; IMMEDIATE, so two servers opening one file never both migrate it.
   * Returns the version the file had.
   */
  private migrate(): number {
    return this.db
      .transaction(() => {
        const found = this.db.pragma('user_version', { simple: true })
        const version = typeof found === 'number' ? found : 0
        if (version > SCHEMA_VERSION) {
          throw new Error(
            `${this.path} has schema version ${version}; this server knows up to ${SCHEMA_VERSION}`,
          )
        }
        for (const migration of MIGRATIONS.slice(version)) this.db.exec(migration)
        if (version !== SCHEMA_VERSION) this.db.pragma(`user_version = ${SCHEMA_VERSION}`)
        return version
      })
      .immediate()
  }

  private currentSeq(): number {
    return this.statements.lastSeq.get()?.seq ?? 0
  }

  async createWorkshop(workshop: NewWorkshopRecord, documents: readonly InitialDocument[]): Promise<void> {
    checkDocumentsBelong(
      workshop.id,
      documents.map(({ documentName }) => documentName),
    )
    this.db.transaction(() => {
      this.statements.insertWorkshop.run(workshop.id, workshop.createdAt)
      const seq = this.currentSeq()
      for (const { documentName, state } of documents) {
        this.statements.putSnapshot.run(documentName, workshop.id, blob(state), seq, workshop.createdAt)
      }
    })()
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const row = this.statements.getWorkshop.get(id)
    return row ? workshopRecordOf(row) : null
  }

  async bumpTokenGeneration(workshopId: string, role: Role): Promise<number | null> {
    return this.statements.bumpGeneration[role].get(workshopId)?.generation ?? null
  }

  async deleteWorkshop(id: string): Promise<boolean> {
    const deleted = this.db.transaction(() => {
      const deleted = this.statements.deleteWorkshop.run(id).changes > 0
      this.statements.deleteWorkshopSnapshots.run(id)
      this.statements.deleteWorkshopUpdates.run(id)
      this.statements.deleteWorkshopHistory.run(id)
      this.statements.deleteWorkshopHistoryDocuments.run(id)
      return deleted
    })()
    // The WAL still holds the pages as they were before the delete, workshop data included: copy the
    // zeroed pages into the database file and empty the WAL, so the data is gone from disk, not just unlisted.
    // A reader that outlasts busy_timeout (another process on the file) keeps it from completing: the old
    // pages then stay in the WAL until a later checkpoint, which is worth a warning.
    const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]
    if (result?.busy) {
      this.options.log?.warn('deleted workshop may stay in the write-ahead log until the next checkpoint', {
        workshop: id,
      })
    }
    return deleted
  }

  async loadDocument(documentName: string): Promise<StoredDocument> {
    // One read transaction, so a snapshot and its log are read from the same moment.
    return this.db.transaction(() => {
      const snapshot = this.statements.getSnapshot.get(documentName)
      const rows = this.statements.getUpdates.all(documentName)
      const lastRow = rows.at(-1)
      return {
        snapshot: snapshot ? bytes(snapshot.state) : null,
        updates: rows.map((row) => bytes(row.data)),
        lastSeq: Math.max(snapshot?.covered_seq ?? 0, lastRow?.seq ?? 0),
      }
    })()
  }

  /** One process writes the file: rows are numbered across all documents (AUTOINCREMENT). */
  readonly sharedByInstances = false

  async loadDocumentSince(documentName: string, afterSeq: number): Promise<DocumentTail> {
    const { rowsAfter } = this.statementsSince()
    return this.db.transaction(() => {
      const snapshot = this.statements.getSnapshot.get(documentName)
      return {
        snapshot: snapshot && snapshot.covered_seq > afterSeq ? bytes(snapshot.state) : null,
        updates: rowsAfter
          .all(documentName, afterSeq)
          .map((row) => ({ seq: row.seq, update: bytes(row.data) })),
        lastSeq: this.lastSeqOf(documentName),
      }
    })()
  }

  async lastSeqs(documentNames: readonly string[]): Promise<Map<string, number>> {
    return this.db.transaction(() => new Map(documentNames.map((name) => [name, this.lastSeqOf(name)])))()
  }

  /** The document's highest sequence number: its last row, or what its snapshot covers. */
  private lastSeqOf(documentName: string): number {
    const { lastSeq } = this.statementsSince()
    return lastSeq.get(documentName, documentName)?.seq ?? 0
  }

  /** Prepared on first use: only a room that learns of rows it lacks reads the log this way. */
  private statementsSince() {
    this.sinceStatements ??= {
      rowsAfter: this.db.prepare<[string, number], UpdateRow>(
        'SELECT seq, data FROM document_updates WHERE document_name = ? AND seq > ? ORDER BY seq',
      ),
      lastSeq: this.db.prepare<[string, string], { seq: number | null }>(
        `SELECT max(coalesce((SELECT covered_seq FROM document_snapshots WHERE document_name = ?), 0),
                    coalesce((SELECT max(seq) FROM document_updates WHERE document_name = ?), 0)) AS seq`,
      ),
    }
    return this.sinceStatements
  }

  async workshopStoredBytes(workshopId: string): Promise<number> {
    // length() of a BLOB reads its size from the record header, not its pages.
    this.workshopBytes ??= this.db.prepare<[string, string], { bytes: number | null }>(
      `SELECT (SELECT COALESCE(SUM(length(state)), 0) FROM document_snapshots WHERE workshop_id = ?)
            + (SELECT COALESCE(SUM(length(data)), 0) FROM document_updates WHERE workshop_id = ?) AS bytes`,
    )
    return this.workshopBytes.get(workshopId, workshopId)?.bytes ?? 0
  }

  async appendUpdates(updates: readonly DocumentUpdate[]): Promise<number[]> {
    return this.appendInOneTransaction(updates)
  }

  async compactDocument(documentName: string, snapshot: Uint8Array, coveredSeq: number): Promise<void> {
    const workshopId = workshopIdOf(documentName)
    this.db.transaction(() => {
      this.statements.putSnapshot.run(documentName, workshopId, blob(snapshot), coveredSeq, Date.now())
      this.statements.deleteCoveredUpdates.run(documentName, coveredSeq)
    })()
  }

  async saveHistorySnapshot(snapshot: HistorySnapshot): Promise<void> {
    checkDocumentsBelong(
      snapshot.workshopId,
      snapshot.documents.map(({ documentName }) => documentName),
    )
    const { id, workshopId, reason } = snapshot
    this.db.transaction(() => {
      // Checked inside the transaction: a snapshot taken while its workshop is deleted must not outlive it.
      if (!this.statements.getWorkshop.get(workshopId)) throw new Error(`No workshop ${workshopId}`)
      if (
        reason === 'manual' &&
        (this.statements.countHistory.get(workshopId, reason)?.count ?? 0) >= MANUAL_SNAPSHOTS_LIMIT
      ) {
        throw new ManualSnapshotLimitError(workshopId)
      }
      this.statements.insertHistory.run(
        id,
        workshopId,
        snapshot.createdAt,
        snapshot.reason,
        snapshot.label,
        snapshot.cardCount,
      )
      for (const { documentName, state } of snapshot.documents) {
        this.statements.insertHistoryDocument.run(id, workshopId, documentName, blob(state))
      }
      if (reason === 'manual') return
      for (const { id: prunedId } of this.statements.prunableHistory.all(
        workshopId,
        reason,
        AUTOMATIC_SNAPSHOTS_KEPT[reason],
      )) {
        this.statements.deleteHistoryDocuments.run(prunedId)
        this.statements.deleteHistory.run(prunedId)
      }
    })()
  }

  async listHistorySnapshots(workshopId: string): Promise<HistorySnapshotSummary[]> {
    return this.statements.listHistory.all(workshopId).map(historySummaryOf)
  }

  async loadHistorySnapshot(workshopId: string, snapshotId: string): Promise<HistorySnapshot | null> {
    return this.db.transaction(() => {
      const row = this.statements.getHistory.get(workshopId, snapshotId)
      if (!row) return null
      const documents = this.statements.getHistoryDocuments
        .all(snapshotId)
        .map((document) => ({ documentName: document.document_name, state: bytes(document.state) }))
      return { ...historySummaryOf(row), documents }
    })()
  }

  /** Every workshop's id, oldest first: for copying a data folder elsewhere (scripts/migrate-sqlite-to-postgres.ts). */
  listWorkshopIds(): string[] {
    return this.db
      .prepare<[], { id: string }>('SELECT id FROM workshops ORDER BY created_at, id')
      .all()
      .map((row) => row.id)
  }

  /** The names of the workshop's documents that hold a snapshot or a log row, sorted. */
  listDocumentNames(workshopId: string): string[] {
    return this.db
      .prepare<[string, string], { document_name: string }>(
        `SELECT document_name FROM document_snapshots WHERE workshop_id = ?
         UNION SELECT document_name FROM document_updates WHERE workshop_id = ?
         ORDER BY document_name`,
      )
      .all(workshopId, workshopId)
      .map((row) => row.document_name)
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close()
  }
}
