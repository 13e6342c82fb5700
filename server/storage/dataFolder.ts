import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Logger } from '../log'

/**
 * The data folder holds every workshop and the key that signs their links: it is the server's user's alone
 * (700, files 600), and a folder that held workshops before is never mistaken for a new one.
 */

export const PRIVATE_FOLDER_MODE = 0o700
export const PRIVATE_FILE_MODE = 0o600

/** Access for anyone but the owner (group and others). */
const SHARED_BITS = 0o077

/** Creates `dir` (and its parents) readable by its owner only, and tightens it if it exists but is shared. */
export function makePrivateFolder(dir: string, log?: Pick<Logger, 'warn'>): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE })
  tighten(dir, PRIVATE_FOLDER_MODE, log)
}

/**
 * Tightens each of `files` in `dir` that exists to 600. Files an older server made (the database 644, its
 * -wal and -shm files with it) become private at the next start, not only new ones.
 */
export function makeFilesPrivate(dir: string, files: readonly string[], log?: Pick<Logger, 'warn'>): void {
  for (const file of files) tighten(join(dir, file), PRIVATE_FILE_MODE, log)
}

function tighten(path: string, mode: number, log?: Pick<Logger, 'warn'>): void {
  let current: number
  try {
    current = statSync(path).mode & 0o777
  } catch {
    return // not there (a -wal file between runs): nothing to tighten
  }
  if ((current & SHARED_BITS) === 0) return
  try {
    chmodSync(path, mode)
  } catch (error) {
    // Not ours to change (a folder owned by another user): the server still works, but say so.
    log?.warn('could not make a data file private; restrict it by hand', {
      path,
      mode: current.toString(8),
      error: error instanceof Error ? error.message : String(error),
    })
  }
}

export class LostDatabaseError extends Error {
  override name = 'LostDatabaseError'
}

export interface LostDatabaseCheck {
  dataDir: string
  databaseFile: string
  /** A file that only a server that ran here leaves behind (the link-signing key). */
  markerFile: string
  /** START_FRESH: the operator knows the workshops are gone and wants an empty server anyway. */
  startFresh: boolean
  log: Pick<Logger, 'warn'>
}

/**
 * Refuses to go on when the database is missing or empty but `markerFile` says a server ran here before:
 * its workshops are gone (a failed copy, a volume not mounted, a restore cut short), and starting would
 * make that look like a new, empty server, while every link people hold answers 404. Called before
 * anything in the folder is created. With `startFresh` the server starts empty, saying so in the log.
 *
 * An empty database file next to a write-ahead log that holds something is not lost: SQLite recovers the
 * log when it opens the file.
 */
export function refuseLostDatabase(check: LostDatabaseCheck): void {
  const { dataDir, databaseFile, markerFile } = check
  if (!existsSync(join(dataDir, markerFile))) return
  const size = fileSize(join(dataDir, databaseFile))
  if (size !== null && size > 0) return
  if ((fileSize(join(dataDir, `${databaseFile}-wal`)) ?? 0) > 0) return
  const state = size === null ? 'is missing' : 'is empty (0 bytes)'
  if (check.startFresh) {
    check.log.warn('starting with an empty database although this folder held workshops (START_FRESH)', {
      database: join(dataDir, databaseFile),
      state,
    })
    return
  }
  throw new LostDatabaseError(
    `${databaseFile} ${state} in ${dataDir}, but ${markerFile} is there: this folder held workshops, and ` +
      'their data is gone (a failed copy, a volume not mounted, a restore cut short). Restore ' +
      `${databaseFile} from a backup. To start with no workshops at all instead, run once with START_FRESH=1.`,
  )
}

function fileSize(path: string): number | null {
  try {
    return statSync(path).size
  } catch {
    return null
  }
}
