import { type ChildProcess, execFile, execFileSync, spawn, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { freePort } from '../integration/helpers'

/**
 * A private PostgreSQL 15 cluster for one test file: its own data folder (mkdtemp), on a free port of
 * 127.0.0.1, stopped by `stop()` and in any case when the process exits.
 */

const run = promisify(execFile)

export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin'

export interface PostgresCluster {
  /** URL of the `postgres` database. */
  url: string
  port: number
  /** Stops the server (`pg_ctl stop -m fast`), keeping its data. */
  stop(): Promise<void>
  /** Starts it again on the same data and port. */
  start(): Promise<void>
  /** Kills the server and all its processes with SIGKILL, as a crash would; `start()` recovers. */
  kill(): Promise<void>
  /** Freezes every process of the server (SIGSTOP): connections stay open and nothing answers. */
  pause(): void
  /** Lets a paused server run on (SIGCONT). */
  resume(): void
  /** Creates an empty database and resolves with its URL. */
  createDatabase(name: string): Promise<string>
  /** Stops the server and deletes its folder. */
  destroy(): Promise<void>
}

/** initdb and postgres refuse to run as root: as root, commands run as the `postgres` user. */
function asClusterOwner(command: string, args: readonly string[]): [string, string[]] {
  const binary = join(POSTGRES_BIN, command)
  return process.getuid?.() === 0
    ? ['runuser', ['-u', 'postgres', '--', binary, ...args]]
    : [binary, [...args]]
}

function numericId(flag: '-u' | '-g'): number {
  return Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())
}

function isAlive(processId: number): boolean {
  try {
    process.kill(processId, 0)
    return true
  } catch {
    return false
  }
}

/** The processes whose parent is `parentId` (Linux /proc), by id. */
function childrenOf(parentId: number): number[] {
  const children: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // "pid (command) state ppid …": the command may hold spaces and parentheses, so read after the last ')'.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (parent === parentId) children.push(Number(entry))
    } catch {
      // The process ended while we looked.
    }
  }
  return children
}

async function waitUntil(fact: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!fact()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/**
 * A detached shell that waits for this process to end, however it ends, then stops the cluster (waking a
 * paused one first) and deletes its folder. destroy() kills it.
 */
function startWatchdog(folder: string, dataDir: string): ChildProcess {
  const [command, args] = asClusterOwner('pg_ctl', ['-D', dataDir, 'stop', '-m', 'immediate'])
  const script = `
    parent=$1; folder=$2; data=$3; shift 3
    while kill -0 "$parent" 2>/dev/null; do sleep 1; done
    postmaster=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
    if [ -n "$postmaster" ]; then
      kill -CONT "$postmaster" $(ps -o pid= --ppid "$postmaster") 2>/dev/null || true
      "$@" >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
  `
  const child = spawn(
    'sh',
    ['-c', script, 'watchdog', String(process.pid), folder, dataDir, command, ...args],
    {
      detached: true,
      stdio: 'ignore',
    },
  )
  child.unref()
  return child
}

export async function startPostgres(): Promise<PostgresCluster> {
  if (!existsSync(join(POSTGRES_BIN, 'initdb'))) {
    throw new Error(
      `PostgreSQL 15 is not installed (${POSTGRES_BIN}/initdb missing): .ci/run installs Debian's postgresql-15`,
    )
  }
  const folder = mkdtempSync(join(tmpdir(), 'practicemap-pg-'))
  const dataDir = join(folder, 'pg')
  const logFile = join(folder, 'postgres.log')
  if (process.getuid?.() === 0) chownSync(folder, numericId('-u'), numericId('-g'))
  const port = await freePort()
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`

  const pgCtl = (args: readonly string[]) => {
    const [command, commandArgs] = asClusterOwner('pg_ctl', ['-D', dataDir, ...args])
    return run(command, commandArgs)
  }
  const postmasterId = (): number | null => {
    try {
      const id = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])
      return Number.isInteger(id) && id > 0 ? id : null
    } catch {
      return null
    }
  }

  /**
   * The postmaster and its children. Each child of PostgreSQL starts its own session, so no process group
   * holds them all: they are found by parent id.
   */
  const serverProcessIds = (): number[] => {
    const id = postmasterId()
    if (id === null || !isAlive(id)) return []
    return [id, ...childrenOf(id)]
  }
  let destroyed = false
  // Whatever happens to the test (failure, timeout), the server does not outlive the process: on a normal
  // exit this handler stops it; when the process is killed (vitest may end a worker so) a watchdog does.
  const cleanUpAtExit = () => {
    if (destroyed) return
    for (const id of serverProcessIds()) {
      try {
        process.kill(id, 'SIGCONT')
      } catch {
        // Already gone.
      }
    }
    const [command, args] = asClusterOwner('pg_ctl', ['-D', dataDir, 'stop', '-m', 'immediate'])
    spawnSync(command, args, { stdio: 'ignore' })
    rmSync(folder, { recursive: true, force: true })
  }
  process.once('exit', cleanUpAtExit)
  const watchdog = startWatchdog(folder, dataDir)

  const [initdb, initdbArgs] = asClusterOwner('initdb', [
    '-D',
    dataDir,
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
    '--no-instructions',
  ])
  await run(initdb, initdbArgs)

  const start = async () => {
    // -l: the server's output goes to a file; otherwise pg_ctl's child would hold our pipes open.
    await pgCtl([
      'start',
      '-w',
      '-l',
      logFile,
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -k ${folder} -c fsync=off -c full_page_writes=off`,
    ])
  }
  const stop = async () => {
    if (postmasterId() === null) return
    await pgCtl(['stop', '-w', '-m', 'fast'])
  }
  const kill = async () => {
    const ids = serverProcessIds()
    for (const id of ids) {
      try {
        process.kill(id, 'SIGKILL')
      } catch {
        // Already gone.
      }
    }
    await waitUntil(() => ids.every((id) => !isAlive(id)), 10_000, 'the killed PostgreSQL to exit')
  }
  const signalServer = (signal: NodeJS.Signals) => {
    const ids = serverProcessIds()
    if (ids.length === 0) throw new Error('PostgreSQL is not running')
    for (const id of ids) {
      try {
        process.kill(id, signal)
      } catch {
        // A backend ended meanwhile.
      }
    }
  }
  const destroy = async () => {
    if (destroyed) return
    // A paused server would not hear pg_ctl stop.
    if (serverProcessIds().length > 0) signalServer('SIGCONT')
    try {
      await stop()
    } finally {
      destroyed = true
      process.off('exit', cleanUpAtExit)
      try {
        if (watchdog.pid !== undefined) process.kill(watchdog.pid, 'SIGKILL')
      } catch {
        // It ended already.
      }
      rmSync(folder, { recursive: true, force: true })
    }
  }

  try {
    await start()
  } catch (error) {
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''
    await destroy().catch(() => {})
    throw new Error(`PostgreSQL did not start: ${error instanceof Error ? error.message : error}\n${log}`)
  }

  return {
    url,
    port,
    stop,
    start,
    kill,
    pause: () => signalServer('SIGSTOP'),
    resume: () => signalServer('SIGCONT'),
    destroy,
    async createDatabase(name: string): Promise<string> {
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a plain database name: ${name}`)
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        await client.query(`CREATE DATABASE ${name}`)
      } finally {
        await client.end()
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`
    },
  }
}
