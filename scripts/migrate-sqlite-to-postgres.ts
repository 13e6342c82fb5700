// Copies a single instance's SQLite data folder into PostgreSQL, for running several instances (issue 14):
//
//   npx tsx scripts/migrate-sqlite-to-postgres.ts <DATA_DIR> <postgres-url>      (npm run migrate:postgres)
//
// Stop the server first: what it writes during the copy would not be copied. Each workshop is copied in one
// transaction with its token generations (links stay valid, revoked ones stay revoked), each document as one
// snapshot of everything stored for it, and its history. A workshop already in PostgreSQL is left alone, so
// a copy that stopped halfway is finished by running it again.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as Y from 'yjs'
import { SECRET_ENV, SECRET_FILE } from '../server/auth'
import type { HistorySnapshot } from '../server/storage/documentStore'
import { type ImportedDocument, PostgresStore } from '../server/storage/postgresStore'
import { DATABASE_FILE, SqliteStore } from '../server/storage/sqliteStore'

interface Copied {
  workshops: number
  alreadyThere: number
  documents: number
  historySnapshots: number
}

/** A document as one snapshot: what loading it would build, numbered as its last stored row. */
async function importedDocument(sqlite: SqliteStore, documentName: string): Promise<ImportedDocument | null> {
  const stored = await sqlite.loadDocument(documentName)
  const parts = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates
  if (parts.length === 0) return null
  // Keeping the document's last number (SQLite numbers rows across all documents) means numbers only
  // ever grow for a document; PostgreSQL numbers its next row one higher.
  return { documentName, snapshot: Y.mergeUpdates(parts), seq: stored.lastSeq }
}

async function copyWorkshops(sqlite: SqliteStore, postgres: PostgresStore): Promise<Copied> {
  const copied: Copied = { workshops: 0, alreadyThere: 0, documents: 0, historySnapshots: 0 }
  for (const workshopId of sqlite.listWorkshopIds()) {
    const workshop = await sqlite.getWorkshop(workshopId)
    if (!workshop) continue
    const documents: ImportedDocument[] = []
    for (const documentName of sqlite.listDocumentNames(workshopId)) {
      try {
        const document = await importedDocument(sqlite, documentName)
        if (document) documents.push(document)
      } catch (error) {
        throw new Error(
          `${documentName} cannot be read (${error instanceof Error ? error.message : error}); nothing of workshop ${workshopId} was copied`,
        )
      }
    }
    const history: HistorySnapshot[] = []
    // Listed newest first; stored oldest first, so that snapshots of one millisecond keep their order.
    for (const summary of (await sqlite.listHistorySnapshots(workshopId)).reverse()) {
      const snapshot = await sqlite.loadHistorySnapshot(workshopId, summary.id)
      if (snapshot) history.push(snapshot)
    }
    if (await postgres.importWorkshop(workshop, documents, history)) {
      copied.workshops += 1
      copied.documents += documents.length
      copied.historySnapshots += history.length
    } else {
      copied.alreadyThere += 1
    }
  }
  return copied
}

/**
 * What every instance needs to accept the links handed out so far. server/auth.ts reads PRACTICEMAP_SECRET
 * as text (its UTF-8 bytes) and DATA_DIR/secret.key as 32 raw random bytes, which are not text: the file's
 * content cannot be pasted into the variable. Copying the file to every instance's DATA_DIR keeps the key.
 */
function secretAdvice(dataDir: string): string {
  const secretPath = join(dataDir, SECRET_FILE)
  const lines = [
    '',
    'The signing secret: every instance must sign links with the one that signed them so far.',
  ]
  if (existsSync(secretPath)) {
    lines.push(
      `- If the server ran WITHOUT ${SECRET_ENV}, its links are signed with ${secretPath}: 32 raw random`,
      `  bytes, which ${SECRET_ENV} cannot hold (the server reads that variable as text, server/auth.ts), so do`,
      `  NOT paste the file into ${SECRET_ENV}. Instead copy the file to ${SECRET_FILE} in the DATA_DIR of every`,
      `  instance (owner-only, chmod 600) and leave ${SECRET_ENV} unset on all of them.`,
    )
  } else {
    lines.push(`- ${secretPath} does not exist: the server must have run with ${SECRET_ENV}.`)
  }
  lines.push(
    `- If the server ran WITH ${SECRET_ENV}, set that same value on every instance.`,
    'Any other secret makes every existing link stop working, facilitator links included.',
  )
  return lines.join('\n')
}

async function main(): Promise<void> {
  const [dataDir, url] = process.argv.slice(2)
  if (!dataDir || !url) {
    console.error('Usage: npx tsx scripts/migrate-sqlite-to-postgres.ts <DATA_DIR> <postgres-url>')
    process.exit(2)
  }
  const databaseFile = join(dataDir, DATABASE_FILE)
  if (!existsSync(databaseFile)) {
    console.error(`${databaseFile} does not exist: give the DATA_DIR of the server to copy.`)
    process.exit(2)
  }
  // Checked before opening: SQLite would make an empty database of a file that is not one.
  if (readFileSync(databaseFile).subarray(0, 16).toString('latin1') !== 'SQLite format 3\u0000') {
    console.error(`${databaseFile} is not a SQLite database.`)
    process.exit(2)
  }
  const sqlite = new SqliteStore(databaseFile)
  const postgres = await PostgresStore.open(url)
  try {
    const before = await postgres.countWorkshops()
    const copied = await copyWorkshops(sqlite, postgres)
    console.log(
      [
        `Copied ${copied.workshops} workshop(s) with ${copied.documents} document(s) and ${copied.historySnapshots} history snapshot(s).`,
        `${copied.alreadyThere} workshop(s) were already in PostgreSQL and were left as they are.`,
        `PostgreSQL held ${before} workshop(s) before and holds ${await postgres.countWorkshops()} now.`,
      ].join('\n'),
    )
    console.log(secretAdvice(dataDir))
  } finally {
    await sqlite.close()
    await postgres.close()
  }
}

main().catch((error: unknown) => {
  console.error(`Migration failed: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
