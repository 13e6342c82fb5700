import { spawn } from 'node:child_process'
import {
  chmodSync,
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { StartOptions } from '../../server/app'
import { createAuth, SECRET_FILE } from '../../server/auth'
import { CloseCode } from '../../server/closeCodes'
import { createLogger, type LogLevel } from '../../server/log'
import { encodeSyncStep1 } from '../../server/protocol'
import { DATABASE_FILE } from '../../server/storage/sqliteStore'
import { addCard } from '../../shared/boardOperations'
import { boardDocumentName, workshopDocumentName } from '../../shared/documentNames'
import { readBoard } from '../../shared/readers'
import {
  cleanup,
  connectSynced,
  createWorkshop,
  RawClient,
  REPO_ROOT,
  spawnServer,
  startTestServer,
  tempDir,
  waitFor,
} from './helpers'

/**
 * Issue 11, storage that cannot fool anyone: a lost database is not a fresh start, a damaged one is
 * refused at start, a stored update that does not decode is never sent to a client, and the data folder
 * is private to the server's user.
 */

afterEach(cleanup)

const author = { id: 'person-1', name: 'Ana', organisation: 'Żyrardów' }

/**
 * The message a server that must not start fails with ('started' when it did start). Not `expect(...).rejects`:
 * on failure vitest would print the running server, and walking its native SQLite handle crashes the worker.
 */
async function whyNotStarted(options: StartOptions): Promise<string> {
  return startTestServer(options).then(
    () => 'started',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  )
}

function mode(path: string): number {
  return statSync(path).mode & 0o777
}

/** Starts main.ts on `dataDir` and resolves with its exit code and what it wrote to stderr. */
async function runUntilExit(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  // A server that did start (the behaviour being tested against) must not outlive the test.
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  clearTimeout(timer)
  return { code, stderr }
}

/** A data folder that a server used: a secret, a database with one workshop and a card on one board. */
async function usedDataFolder(): Promise<{ dataDir: string; workshopId: string; board: string }> {
  const dataDir = tempDir()
  const server = await startTestServer({ dataDir })
  const { id: workshopId, tokens } = await createWorkshop(server.url)
  const board = boardDocumentName(workshopId, 'practice01')
  const ana = await connectSynced(server.url, board, tokens.facilitator)
  addCard(ana.doc, { lane: 'benefits', text: 'kept', author }, 1)
  await waitFor(() => server.persistence.stats.updates >= 1)
  ana.destroy()
  await server.close()
  return { dataDir, workshopId, board }
}

describe('a lost database is not a fresh start', () => {
  it('refuses, loudly, to start on an empty database file while secret.key is there', async () => {
    const { dataDir } = await usedDataFolder()
    // What a failed copy or a full disk during a restore leaves behind.
    writeFileSync(join(dataDir, DATABASE_FILE), '')
    const { code, stderr } = await runUntilExit({ DATA_DIR: dataDir })
    expect(code).toBe(1)
    expect(stderr).toContain('PracticeMap could not start')
    expect(stderr).toContain(`${DATABASE_FILE} is empty`)
    expect(stderr).toContain('START_FRESH=1')
    expect(stderr).not.toMatch(/^\s+at /m)
    // Nothing was written over the evidence.
    expect(statSync(join(dataDir, DATABASE_FILE)).size).toBe(0)
  })

  it('refuses to start when the database file is gone but secret.key is there', async () => {
    const { dataDir } = await usedDataFolder()
    rmSync(join(dataDir, DATABASE_FILE))
    expect(await whyNotStarted({ dataDir })).toMatch(/practicemap\.db is missing/)
    expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(false)
  })

  it('starts with no workshops when told to (START_FRESH), and says so in the log', async () => {
    const { dataDir, workshopId } = await usedDataFolder()
    writeFileSync(join(dataDir, DATABASE_FILE), '')
    const lines: string[] = []
    const logger = createLogger('warn' satisfies LogLevel, (_level, line) => lines.push(line))
    const server = await startTestServer({ dataDir, startFresh: true, logger })
    expect(lines.some((line) => line.includes('starting with an empty database'))).toBe(true)
    const response = await fetch(`${server.url}/api/workshops/${workshopId}`)
    expect(response.status).toBe(404)
    // And from now on the folder holds a database again: the next start needs no setting.
    await server.close()
    await startTestServer({ dataDir })
  })

  it('starts as before on a folder that never held anything', async () => {
    const dataDir = join(tempDir(), 'new')
    const server = await startTestServer({ dataDir })
    expect((await createWorkshop(server.url)).id).toHaveLength(12)
  })
})

describe('a damaged database', () => {
  it('is refused at start with the reason (PRAGMA quick_check), instead of failing later mid-workshop', async () => {
    const { dataDir } = await usedDataFolder()
    const path = join(dataDir, DATABASE_FILE)
    const pageSize = 4096
    expect(statSync(path).size).toBeGreaterThan(pageSize * 3)
    // A torn write: the header of a b-tree page overwritten.
    const fd = openSync(path, 'r+')
    writeSync(fd, Buffer.alloc(200, 0xab), 0, 200, pageSize * 2)
    closeSync(fd)
    expect(await whyNotStarted({ dataDir })).toMatch(/damaged.*quick_check|quick_check.*damaged/s)
  })
})

describe('a stored update that does not decode', () => {
  /** Replaces the stored snapshot of `documentName` with bytes Yjs cannot decode (a truncated copy). */
  function damageSnapshot(dataDir: string, documentName: string): void {
    const db = new Database(join(dataDir, DATABASE_FILE))
    try {
      const row = db
        .prepare<[string], { state: Buffer }>('SELECT state FROM document_snapshots WHERE document_name = ?')
        .get(documentName)
      if (!row) throw new Error(`no snapshot of ${documentName}`)
      const truncated = row.state.subarray(0, Math.floor(row.state.length / 2))
      expect(() => Y.applyUpdate(new Y.Doc(), truncated)).toThrow()
      db.prepare('UPDATE document_snapshots SET state = ? WHERE document_name = ?').run(
        truncated,
        documentName,
      )
    } finally {
      db.close()
    }
  }

  it('is never sent: the client is told the document is damaged, the reason is logged, other documents work', async () => {
    const { dataDir, workshopId, board } = await usedDataFolder()
    damageSnapshot(dataDir, board)
    const lines: string[] = []
    const logger = createLogger('error', (_level, line) => lines.push(line))
    const server = await startTestServer({ dataDir, logger })
    // The token of the workshop, signed with the secret in the folder.
    const token = createAuth(readFileSync(join(dataDir, SECRET_FILE))).issueToken(
      workshopId,
      'participant',
      0,
    )

    const raw = await RawClient.open(server.url, board, token)
    // A new client's step 1 is answered from the stored bytes while the room loads: not these bytes.
    raw.send(encodeSyncStep1(new Uint8Array([0])))
    const closed = await raw.closed
    expect(closed.code).toBe(CloseCode.documentDamaged)
    for (const message of raw.messages()) {
      if (message.kind === 'syncStep2' || message.kind === 'update') {
        expect(() => Y.applyUpdate(new Y.Doc(), message.update)).not.toThrow()
      }
    }
    expect(lines.some((line) => line.includes('stored document is damaged') && line.includes(board))).toBe(
      true,
    )

    // The workshop's own document and another board of it still open and sync.
    const workshop = await connectSynced(server.url, workshopDocumentName(workshopId), token)
    expect(workshop.provider.synced).toBe(true)
    const other = await connectSynced(server.url, boardDocumentName(workshopId, 'practice02'), token)
    addCard(other.doc, { lane: 'keyAspects', text: 'still works', author }, 1)
    await waitFor(() => server.persistence.stats.updates >= 1)
    expect(Object.values(readBoard(other.doc).lanes).flat()).toHaveLength(1)
  })
})

describe('the data folder is private', () => {
  it('creates the folder 700 and the database, its -wal and -shm and secret.key 600', async () => {
    const dataDir = join(tempDir(), 'data')
    const server = await startTestServer({ dataDir })
    const { id, tokens } = await createWorkshop(server.url)
    const writer = await connectSynced(server.url, boardDocumentName(id, 'practice01'), tokens.participant)
    addCard(writer.doc, { lane: 'benefits', text: 'on disk', author }, 1)
    await waitFor(() => server.persistence.stats.updates >= 1)
    expect(mode(dataDir)).toBe(0o700)
    for (const file of [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, SECRET_FILE]) {
      expect({ file, mode: mode(join(dataDir, file)).toString(8) }).toEqual({ file, mode: '600' })
    }
  })

  it('tightens a folder and files that an older server left readable by everyone', async () => {
    const dataDir = tempDir()
    const first = await spawnServer({ DATA_DIR: dataDir })
    await createWorkshop(first.url)
    // Killed, so the -wal and -shm files stay behind as they were.
    first.child.kill('SIGKILL')
    await first.exited
    const files = [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`]
    chmodSync(dataDir, 0o755)
    for (const file of files) chmodSync(join(dataDir, file), 0o644)

    await startTestServer({ dataDir })
    expect(mode(dataDir)).toBe(0o700)
    for (const file of files) {
      expect({ file, mode: mode(join(dataDir, file)).toString(8) }).toEqual({ file, mode: '600' })
    }
  })
})
