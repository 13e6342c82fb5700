import pg from 'pg'
import type { HistorySnapshotSummary } from '../../shared/history'
import type { Role } from '../../shared/roles'
import type { Logger } from '../log'
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

/**
 * MIGRATIONS[v] takes the database from schema version v to v + 1. Every instance runs the ones the
 * database lacks at start, under one advisory lock, so two instances starting together never both migrate.
 * A migration that has shipped is never edited: a change is a new entry at the end.
 *
 * Every row hangs off its workshop by a foreign key with ON DELETE CASCADE: deleting the workshop row
 * deletes everything of it, and a write for a workshop deleted meanwhile fails instead of leaving rows
 * that nothing would ever delete.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE IF NOT EXISTS workshops (
    id text PRIMARY KEY,
    created_at bigint NOT NULL,
    facilitator_generation integer NOT NULL DEFAULT 0,
    participant_generation integer NOT NULL DEFAULT 0,
    observer_generation integer NOT NULL DEFAULT 0
  );

  -- One row per document: its counter of sequence numbers and its compaction snapshot. Appending locks
  -- this row, which is what numbers each document's rows 1, 2, 3... in commit order.
  CREATE TABLE IF NOT EXISTS documents (
    name text PRIMARY KEY,
    workshop_id text NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    last_seq bigint NOT NULL DEFAULT 0,
    snapshot bytea,
    covered_seq bigint NOT NULL DEFAULT 0
  );
  CREATE INDEX IF NOT EXISTS documents_by_workshop ON documents (workshop_id);

  CREATE TABLE IF NOT EXISTS document_updates (
    document_name text NOT NULL REFERENCES documents (name) ON DELETE CASCADE,
    seq bigint NOT NULL,
    workshop_id text NOT NULL,
    data bytea NOT NULL,
    PRIMARY KEY (document_name, seq)
  );
  CREATE INDEX IF NOT EXISTS document_updates_by_workshop ON document_updates (workshop_id);

  -- saved_order breaks ties between snapshots of the same millisecond, as SQLite's rowid does.
  CREATE TABLE IF NOT EXISTS history_snapshots (
    id text PRIMARY KEY,
    workshop_id text NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    saved_order bigint GENERATED ALWAYS AS IDENTITY,
    created_at bigint NOT NULL,
    reason text NOT NULL,
    label text NOT NULL,
    card_count integer NOT NULL
  );
  CREATE INDEX IF NOT EXISTS history_snapshots_by_workshop
    ON history_snapshots (workshop_id, reason, created_at, saved_order);

  CREATE TABLE IF NOT EXISTS history_snapshot_documents (
    snapshot_id text NOT NULL REFERENCES history_snapshots (id) ON DELETE CASCADE,
    document_name text NOT NULL,
    state bytea NOT NULL,
    PRIMARY KEY (snapshot_id, document_name)
  );
  `,
]

export const POSTGRES_SCHEMA_VERSION = MIGRATIONS.length

/**
 * Advisory lock keys. The one-number key (the schema) and the two-number keys (one per document being
 * compacted) are separate spaces in PostgreSQL, so a document's hash can never take the schema's lock.
 */
const SCHEMA_LOCK = 0x7072_6d61_7000
const COMPACTION_LOCK_SPACE = 0x7072_6d61

/** How long a call waits for a connection, and for a statement, before it rejects: a down database must
 * surface as an error in seconds, so the server can close the room's clients and retry. */
const CONNECT_TIMEOUT_MS = 2_000
const STATEMENT_TIMEOUT_MS = 5_000
/** The client gives up a little after the server would have, so a server-side timeout keeps the connection. */
const QUERY_TIMEOUT_MS = STATEMENT_TIMEOUT_MS + 500
/** A transaction left open by a stuck caller must not hold a document's row lock for ever. */
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 10_000

/** Column names cannot be bound parameters: one statement per role, from a fixed list. */
const BUMP_GENERATION = new Map<Role, string>(
  (['facilitator', 'participant', 'observer'] as const).map((role) => [
    role,
    `UPDATE workshops SET ${role}_generation = ${role}_generation + 1 WHERE id = $1
     RETURNING ${role}_generation AS generation`,
  ]),
)

export interface PostgresStoreOptions {
  log?: Logger
  /** Connections this instance keeps open at most (pg's default is 10). */
  poolSize?: number
}

/** A document as the SQLite → PostgreSQL migration brings it: one snapshot holding all of it. */
export interface ImportedDocument {
  documentName: string
  snapshot: Uint8Array
  /** The sequence number the snapshot covers; the document's next row is numbered one higher. */
  seq: number
}

/** A workshops row as PostgreSQL answers it: its bigint `created_at` comes as a string. */
interface PostgresWorkshopRow extends Omit<WorkshopRow, 'created_at'> {
  created_at: string
}

/** A history row as PostgreSQL answers it (see PostgresWorkshopRow). */
interface HistoryRow extends Omit<HistorySummaryRow, 'created_at'> {
  created_at: string
}

type Queryable = Pick<pg.PoolClient, 'query'>

/** pg reads bytea into Buffers that may share memory; callers get their own Uint8Array, as from every store. */
function ownBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer)
}

/** Binds a byte array as bytea without copying it. */
function byteaParameter(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** bigint columns arrive as strings (they may exceed 2^53); ours never do. */
function toNumber(value: string | number): number {
  return typeof value === 'number' ? value : Number(value)
}

/** A history row as PostgreSQL answers it: its bigint `created_at` comes as a string. */
function historySummary(row: HistoryRow): HistorySnapshotSummary {
  return historySummaryOf({ ...row, created_at: toNumber(row.created_at) })
}

/** An error PostgreSQL answered with: the connection is fine and the transaction can be rolled back. */
function answeredByServer(error: unknown): boolean {
  return error instanceof pg.DatabaseError
}

/**
 * The store for several server instances sharing one PostgreSQL database (docs/scale-out.md). Each
 * document's rows are numbered 1, 2, 3… in commit order: appending bumps the document's counter row,
 * whose lock is held until commit, so a later number is always committed later and no number is skipped.
 */
export class PostgresStore implements DocumentStore {
  readonly sharedByInstances = true
  private closing: Promise<void> | undefined

  private constructor(
    private readonly pool: pg.Pool,
    private readonly log: Logger | undefined,
  ) {}

  /**
   * Connects to `url` and brings the schema to POSTGRES_SCHEMA_VERSION. Rejects when the database cannot be
   * reached within a few seconds or has a newer schema than this server knows.
   */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: QUERY_TIMEOUT_MS,
      statement_timeout: STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
      keepAlive: true,
      application_name: 'practicemap',
    })
    // An idle connection that breaks (the database restarts) is reported here; without a listener Node
    // would treat it as unhandled and end the process. The pool drops the connection and opens a new one.
    pool.on('error', (error) => {
      options.log?.warn('PostgreSQL connection lost', { error: error.message })
    })
    const store = new PostgresStore(pool, options.log)
    try {
      await store.migrate()
    } catch (error) {
      await pool.end().catch(() => {})
      throw error
    }
    return store
  }

  private async migrate(): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK])
      await client.query(
        'CREATE TABLE IF NOT EXISTS practicemap_schema (version integer NOT NULL, migrated_at timestamptz NOT NULL)',
      )
      const found = await client.query<{ version: number }>(
        'SELECT max(version) AS version FROM practicemap_schema',
      )
      const version = found.rows[0]?.version ?? 0
      if (version > POSTGRES_SCHEMA_VERSION) {
        throw new Error(
          `The database has schema version ${version}; this server knows up to ${POSTGRES_SCHEMA_VERSION}`,
        )
      }
      for (const migration of MIGRATIONS.slice(version)) await client.query(migration)
      if (version !== POSTGRES_SCHEMA_VERSION) {
        await client.query('INSERT INTO practicemap_schema (version, migrated_at) VALUES ($1, now())', [
          POSTGRES_SCHEMA_VERSION,
        ])
      }
    })
  }

  /**
   * Runs `work` in one transaction on one connection. On an error PostgreSQL answered, the transaction is
   * rolled back and the connection reused; on any other (timeout, lost connection) the connection is
   * destroyed, which ends the transaction on the server, and the caller hears at once.
   */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect()
    // The pool stops listening to a connection it lends out, and pg emits 'error' when the connection is
    // lost: unheard, that event would end the process. The query in flight rejects on its own.
    let lost: Error | undefined
    const onLost = (error: Error) => {
      lost = error
      this.log?.warn('PostgreSQL connection lost during a transaction', { error: error.message })
    }
    client.on('error', onLost)
    const release = (destroyWith?: Error) => {
      client.off('error', onLost)
      client.release(destroyWith ?? lost)
    }
    try {
      await client.query('BEGIN')
      const result = await work(client)
      await client.query('COMMIT')
      release()
      return result
    } catch (error) {
      if (answeredByServer(error) && !lost) {
        try {
          await client.query('ROLLBACK')
          release()
        } catch (rollbackError) {
          release(rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError)))
        }
      } else {
        release(error instanceof Error ? error : new Error(String(error)))
      }
      throw error
    }
  }

  async createWorkshop(workshop: NewWorkshopRecord, documents: readonly InitialDocument[]): Promise<void> {
    checkDocumentsBelong(
      workshop.id,
      documents.map(({ documentName }) => documentName),
    )
    await this.transaction(async (client) => {
      await client.query('INSERT INTO workshops (id, created_at) VALUES ($1, $2)', [
        workshop.id,
        workshop.createdAt,
      ])
      if (documents.length === 0) return
      await client.query(
        `INSERT INTO documents (name, workshop_id, snapshot)
         SELECT name, $1, snapshot FROM unnest($2::text[], $3::bytea[]) AS initial (name, snapshot)`,
        [
          workshop.id,
          documents.map(({ documentName }) => documentName),
          documents.map(({ state }) => byteaParameter(state)),
        ],
      )
    })
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const { rows } = await this.pool.query<PostgresWorkshopRow>(
      `SELECT id, created_at, facilitator_generation, participant_generation, observer_generation
       FROM workshops WHERE id = $1`,
      [id],
    )
    const row = rows[0]
    return row ? workshopRecordOf({ ...row, created_at: toNumber(row.created_at) }) : null
  }

  async bumpTokenGeneration(workshopId: string, role: Role): Promise<number | null> {
    const statement = BUMP_GENERATION.get(role)
    if (!statement) throw new Error(`No such role: ${role}`)
    const { rows } = await this.pool.query<{ generation: number }>(statement, [workshopId])
    return rows[0]?.generation ?? null
  }

  async deleteWorkshop(id: string): Promise<boolean> {
    return this.transaction(async (client) => {
      // The cascade would lock the documents in no particular order, and an append holding one of them
      // could wait for another: locked first in name order, as appendUpdates does, they cannot deadlock.
      // COLLATE "C" orders by bytes, as JavaScript's sort does for document names (ASCII ids).
      await client.query(
        'SELECT name FROM documents WHERE workshop_id = $1 ORDER BY name COLLATE "C" FOR UPDATE',
        [id],
      )
      // The foreign keys cascade to documents, their rows and the history.
      const { rowCount } = await client.query('DELETE FROM workshops WHERE id = $1', [id])
      return (rowCount ?? 0) > 0
    })
  }

  async loadDocument(documentName: string): Promise<StoredDocument> {
    // One statement reads from one snapshot of the database: the snapshot and its rows always match.
    const { rows } = await this.pool.query<{ snapshot: Buffer | null; last_seq: string; updates: Buffer[] }>(
      `SELECT d.snapshot, d.last_seq,
         ARRAY(SELECT u.data FROM document_updates u WHERE u.document_name = d.name ORDER BY u.seq) AS updates
       FROM documents d WHERE d.name = $1`,
      [documentName],
    )
    const row = rows[0]
    if (!row) return { snapshot: null, updates: [], lastSeq: 0 }
    return {
      snapshot: row.snapshot ? ownBytes(row.snapshot) : null,
      updates: row.updates.map(ownBytes),
      lastSeq: toNumber(row.last_seq),
    }
  }

  async loadDocumentSince(documentName: string, afterSeq: number): Promise<DocumentTail> {
    const { rows } = await this.pool.query<{
      snapshot: Buffer | null
      last_seq: string
      seqs: string[]
      updates: Buffer[]
    }>(
      `SELECT CASE WHEN d.covered_seq > $2 THEN d.snapshot END AS snapshot, d.last_seq,
         ARRAY(SELECT u.seq FROM document_updates u
               WHERE u.document_name = d.name AND u.seq > $2 ORDER BY u.seq) AS seqs,
         ARRAY(SELECT u.data FROM document_updates u
               WHERE u.document_name = d.name AND u.seq > $2 ORDER BY u.seq) AS updates
       FROM documents d WHERE d.name = $1`,
      [documentName, afterSeq],
    )
    const row = rows[0]
    if (!row) return { snapshot: null, updates: [], lastSeq: 0 }
    return {
      snapshot: row.snapshot ? ownBytes(row.snapshot) : null,
      updates: row.updates.map((data, index) => ({
        seq: toNumber(row.seqs[index] ?? Number.NaN),
        update: ownBytes(data),
      })),
      lastSeq: toNumber(row.last_seq),
    }
  }

  async lastSeqs(documentNames: readonly string[]): Promise<Map<string, number>> {
    const { rows } = await this.pool.query<{ name: string; last_seq: string }>(
      'SELECT name, last_seq FROM documents WHERE name = ANY($1::text[])',
      [documentNames],
    )
    const found = new Map(rows.map((row) => [row.name, toNumber(row.last_seq)]))
    return new Map(documentNames.map((name) => [name, found.get(name) ?? 0]))
  }

  async workshopStoredBytes(workshopId: string): Promise<number> {
    // octet_length of a stored value reads its size from the header, without decompressing it.
    const { rows } = await this.pool.query<{ bytes: string }>(
      `SELECT (SELECT COALESCE(SUM(octet_length(snapshot)), 0) FROM documents WHERE workshop_id = $1)
            + (SELECT COALESCE(SUM(octet_length(data)), 0) FROM document_updates WHERE workshop_id = $1) AS bytes`,
      [workshopId],
    )
    return toNumber(rows[0]?.bytes ?? 0)
  }

  async appendUpdates(updates: readonly DocumentUpdate[]): Promise<number[]> {
    // Every name is checked before anything is written.
    const workshopIds = updates.map(({ documentName }) => workshopIdOf(documentName))
    if (updates.length === 0) return []
    const positionsByDocument = new Map<string, number[]>()
    updates.forEach(({ documentName }, position) => {
      const positions = positionsByDocument.get(documentName)
      if (positions) positions.push(position)
      else positionsByDocument.set(documentName, [position])
    })
    // Counters are locked in name order, the same in every instance: two batches touching the same
    // documents wait for each other instead of deadlocking.
    const documentsInLockOrder = [...positionsByDocument.keys()].sort()
    const seqs = new Array<number>(updates.length).fill(0)
    await this.transaction(async (client) => {
      for (const documentName of documentsInLockOrder) {
        const positions = positionsByDocument.get(documentName) ?? []
        const { rows } = await client.query<{ last_seq: string }>(
          `INSERT INTO documents (name, workshop_id, last_seq) VALUES ($1, $2, $3)
           ON CONFLICT (name) DO UPDATE SET last_seq = documents.last_seq + excluded.last_seq
           RETURNING last_seq`,
          [documentName, workshopIdOf(documentName), positions.length],
        )
        const lastSeq = toNumber(rows[0]?.last_seq ?? Number.NaN)
        positions.forEach((position, index) => {
          seqs[position] = lastSeq - positions.length + 1 + index
        })
      }
      await client.query(
        `INSERT INTO document_updates (document_name, seq, workshop_id, data)
         SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::bytea[])`,
        [
          updates.map(({ documentName }) => documentName),
          seqs,
          workshopIds,
          updates.map(({ update }) => byteaParameter(update)),
        ],
      )
    })
    return seqs
  }

  async compactDocument(documentName: string, snapshot: Uint8Array, coveredSeq: number): Promise<void> {
    const workshopId = workshopIdOf(documentName)
    await this.transaction(async (client) => {
      // Only saves work: when another instance is compacting this document, it writes a snapshot of the
      // same rows. Without the lock the result is still right, because the snapshot only moves forward
      // (the row lock of the UPDATE orders two compactions) and each deletes only rows it covers.
      const { rows } = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked',
        [COMPACTION_LOCK_SPACE, documentName],
      )
      if (!rows[0]?.locked) return
      await client.query(
        `INSERT INTO documents (name, workshop_id, last_seq, snapshot, covered_seq) VALUES ($1, $2, $3, $4, $3)
         ON CONFLICT (name) DO UPDATE SET snapshot = excluded.snapshot, covered_seq = excluded.covered_seq
         WHERE documents.covered_seq <= excluded.covered_seq`,
        [documentName, workshopId, coveredSeq, byteaParameter(snapshot)],
      )
      await client.query('DELETE FROM document_updates WHERE document_name = $1 AND seq <= $2', [
        documentName,
        coveredSeq,
      ])
    })
  }

  async saveHistorySnapshot(snapshot: HistorySnapshot): Promise<void> {
    checkDocumentsBelong(
      snapshot.workshopId,
      snapshot.documents.map(({ documentName }) => documentName),
    )
    await this.transaction(async (client) => {
      // Locks the workshop row: two instances saving at once count manual snapshots one after the other,
      // and a deletion waits (or this fails) rather than leave history behind. NO KEY UPDATE, so appends
      // (whose foreign key check shares the row) are not held up.
      const { rowCount } = await client.query('SELECT 1 FROM workshops WHERE id = $1 FOR NO KEY UPDATE', [
        snapshot.workshopId,
      ])
      if (!rowCount) throw new Error(`No workshop ${snapshot.workshopId}`)
      await insertHistorySnapshot(client, snapshot)
    })
  }

  async listHistorySnapshots(workshopId: string): Promise<HistorySnapshotSummary[]> {
    const { rows } = await this.pool.query<HistoryRow>(
      `SELECT id, workshop_id, created_at, reason, label, card_count FROM history_snapshots
       WHERE workshop_id = $1 ORDER BY created_at DESC, saved_order DESC`,
      [workshopId],
    )
    return rows.map(historySummary)
  }

  async loadHistorySnapshot(workshopId: string, snapshotId: string): Promise<HistorySnapshot | null> {
    const { rows } = await this.pool.query<HistoryRow & { names: string[]; states: Buffer[] }>(
      `SELECT h.id, h.workshop_id, h.created_at, h.reason, h.label, h.card_count,
         ARRAY(SELECT document_name FROM history_snapshot_documents
               WHERE snapshot_id = h.id ORDER BY document_name) AS names,
         ARRAY(SELECT state FROM history_snapshot_documents
               WHERE snapshot_id = h.id ORDER BY document_name) AS states
       FROM history_snapshots h WHERE h.workshop_id = $1 AND h.id = $2`,
      [workshopId, snapshotId],
    )
    const row = rows[0]
    if (!row) return null
    return {
      ...historySummary(row),
      documents: row.names.map((documentName, index) => ({
        documentName,
        state: ownBytes(row.states[index] ?? Buffer.alloc(0)),
      })),
    }
  }

  /**
   * For the SQLite → PostgreSQL migration (scripts/migrate-sqlite-to-postgres.ts): stores a workshop as it
   * was, with its token generations (so revoked links stay revoked), each document as one snapshot, and its
   * history (oldest first), all in one transaction. Resolves false, storing nothing, when the workshop is
   * already here: a migration that stopped halfway can run again.
   */
  async importWorkshop(
    workshop: WorkshopRecord,
    documents: readonly ImportedDocument[],
    history: readonly HistorySnapshot[],
  ): Promise<boolean> {
    checkDocumentsBelong(workshop.id, [
      ...documents.map(({ documentName }) => documentName),
      ...history.flatMap((snapshot) => snapshot.documents.map(({ documentName }) => documentName)),
    ])
    for (const snapshot of history) {
      if (snapshot.workshopId !== workshop.id)
        throw new Error(`Snapshot ${snapshot.id} is of another workshop`)
    }
    return this.transaction(async (client) => {
      const { tokenGenerations } = workshop
      const inserted = await client.query(
        `INSERT INTO workshops (id, created_at, facilitator_generation, participant_generation, observer_generation)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
        [
          workshop.id,
          workshop.createdAt,
          tokenGenerations.facilitator,
          tokenGenerations.participant,
          tokenGenerations.observer,
        ],
      )
      if (!inserted.rowCount) return false
      if (documents.length > 0) {
        await client.query(
          `INSERT INTO documents (name, workshop_id, last_seq, snapshot, covered_seq)
           SELECT name, $1, seq, snapshot, seq FROM unnest($2::text[], $3::bigint[], $4::bytea[])
             AS imported (name, seq, snapshot)`,
          [
            workshop.id,
            documents.map(({ documentName }) => documentName),
            documents.map(({ seq }) => seq),
            documents.map(({ snapshot }) => byteaParameter(snapshot)),
          ],
        )
      }
      for (const snapshot of history) await insertHistorySnapshot(client, snapshot, false)
      return true
    })
  }

  /** How many workshops the database holds (for the migration's report). */
  async countWorkshops(): Promise<number> {
    const { rows } = await this.pool.query<{ count: string }>('SELECT count(*) AS count FROM workshops')
    return toNumber(rows[0]?.count ?? 0)
  }

  async close(): Promise<void> {
    this.closing ??= this.pool.end().catch((error: unknown) => {
      this.log?.warn('closing the PostgreSQL pool failed', {
        error: error instanceof Error ? error.message : String(error),
      })
    })
    await this.closing
  }
}

/**
 * Inserts a history snapshot and prunes automatic ones of its reason beyond their quota; the caller holds
 * the workshop row's lock. `enforceManualLimit` false for an import, which brings what was already kept.
 */
async function insertHistorySnapshot(
  client: Queryable,
  snapshot: HistorySnapshot,
  enforceManualLimit = true,
): Promise<void> {
  const { id, workshopId, reason } = snapshot
  if (reason === 'manual' && enforceManualLimit) {
    const { rows } = await client.query<{ count: string }>(
      'SELECT count(*) AS count FROM history_snapshots WHERE workshop_id = $1 AND reason = $2',
      [workshopId, reason],
    )
    if (toNumber(rows[0]?.count ?? 0) >= MANUAL_SNAPSHOTS_LIMIT)
      throw new ManualSnapshotLimitError(workshopId)
  }
  await client.query(
    `INSERT INTO history_snapshots (id, workshop_id, created_at, reason, label, card_count)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, workshopId, snapshot.createdAt, reason, snapshot.label, snapshot.cardCount],
  )
  if (snapshot.documents.length > 0) {
    await client.query(
      `INSERT INTO history_snapshot_documents (snapshot_id, document_name, state)
       SELECT $1, name, state FROM unnest($2::text[], $3::bytea[]) AS saved (name, state)`,
      [
        id,
        snapshot.documents.map(({ documentName }) => documentName),
        snapshot.documents.map(({ state }) => byteaParameter(state)),
      ],
    )
  }
  if (reason === 'manual') return
  await client.query(
    `DELETE FROM history_snapshots WHERE id IN (
       SELECT id FROM history_snapshots WHERE workshop_id = $1 AND reason = $2
       ORDER BY created_at DESC, saved_order DESC OFFSET $3)`,
    [workshopId, reason, AUTOMATIC_SNAPSHOTS_KEPT[reason]],
  )
}
