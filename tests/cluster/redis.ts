import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { type Socket, connect as tcpConnect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from '../integration/helpers'

/** A private redis-server for one test file: its own port on 127.0.0.1, its own folder, no persistence. */
export interface TestRedis {
  readonly url: string
  readonly port: number
  /** Shuts it down (SIGTERM) and waits until the port refuses connections. */
  stop(): Promise<void>
  /** Starts it again on the same port, and waits until it answers PING. */
  start(): Promise<void>
  /** SIGKILL, as a crash: no goodbye to clients. Waits until the port refuses connections. */
  kill(): Promise<void>
  /** Stops it for good and removes its folder (also done when the process exits). */
  dispose(): Promise<void>
}

const READY_TIMEOUT_MS = 10_000
const POLL_MS = 20

export { freePort }

/**
 * What a server on `port` says to `command` (inline protocol), or null when nothing listens. Reads until
 * `complete` accepts the answer so far, or the server closes.
 */
function ask(port: number, command: string, complete: (answer: string) => boolean): Promise<string | null> {
  return new Promise((resolve) => {
    let answer = ''
    let settled = false
    const socket: Socket = tcpConnect({ host: '127.0.0.1', port })
    const finish = (result: string | null) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      resolve(result)
    }
    const timer = setTimeout(() => finish(null), 1000)
    socket.on('connect', () => socket.write(`${command}\r\n`))
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1')
      if (complete(answer)) finish(answer)
    })
    socket.on('error', () => finish(null))
    socket.on('close', () => finish(answer === '' ? null : answer))
  })
}

const answersPing = async (port: number) =>
  (await ask(port, 'PING', (answer) => answer.includes('\r\n'))) === '+PONG\r\n'

/** The process id of whatever redis-server answers on `port`, to be sure it is ours. */
async function processIdOn(port: number): Promise<number | null> {
  const answer = await ask(port, 'INFO server', (text) => /process_id:\d+\r\n/.test(text))
  const match = answer === null ? null : /process_id:(\d+)\r\n/.exec(answer)
  return match ? Number(match[1]) : null
}

async function waitFor(fact: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (!(await fact())) {
    if (Date.now() > deadline) throw new Error(`redis-server: timed out waiting until ${what}`)
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

function runRedisServer(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile('redis-server', args, (error, _stdout, stderr) => {
      if (error && 'code' in error && error.code === 'ENOENT') {
        reject(
          new Error(
            'redis-server is not installed: .ci/run installs redis-server (apt package redis-server)',
          ),
        )
      } else if (error) {
        reject(new Error(`redis-server failed to start: ${error.message} ${stderr}`))
      } else {
        resolve()
      }
    })
  })
}

function readPid(pidFile: string): number | null {
  try {
    const pid = Number(readFileSync(pidFile, 'utf8').trim())
    return Number.isInteger(pid) && pid > 0 ? pid : null
  } catch {
    return null
  }
}

function signal(pid: number | null, name: NodeJS.Signals): void {
  if (pid === null) return
  try {
    process.kill(pid, name)
  } catch {
    // Already gone.
  }
}

/**
 * Starts a redis-server daemon on a free port of 127.0.0.1. The daemon is not this process's child, so an
 * exit handler kills it should the test file end without `dispose` (a crash, a timeout).
 */
export async function startTestRedis(): Promise<TestRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'pm-redis-'))
  const pidFile = join(dir, 'r.pid')
  let pid: number | null = null
  let disposed = false

  const cleanUp = () => {
    signal(pid ?? readPid(pidFile), 'SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
  process.once('exit', cleanUp)

  const launch = async (port: number) => {
    rmSync(pidFile, { force: true })
    await runRedisServer([
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'yes',
      '--pidfile',
      pidFile,
      '--dir',
      dir,
      '--logfile',
      join(dir, 'redis.log'),
    ])
    await waitFor(
      async () => readPid(pidFile) !== null && (await answersPing(port)),
      `port ${port} answers PING`,
    )
    pid = readPid(pidFile)
    // Another test's server may have taken the port between our check and redis-server's bind.
    const answering = await processIdOn(port)
    if (answering !== pid) {
      signal(pid, 'SIGKILL')
      throw new Error(`port ${port} is answered by process ${answering}, not our redis-server ${pid}`)
    }
  }

  const gone = (port: number) => waitFor(async () => !(await answersPing(port)), `port ${port} is closed`)

  let port = 0
  for (let attempt = 1; ; attempt++) {
    port = await freePort()
    try {
      await launch(port)
      break
    } catch (error) {
      if (attempt === 3 || (error instanceof Error && error.message.includes('not installed'))) {
        cleanUp()
        process.removeListener('exit', cleanUp)
        throw error
      }
    }
  }

  const stopWith = async (name: NodeJS.Signals) => {
    signal(pid, name)
    await gone(port)
    pid = null
  }

  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () => stopWith('SIGTERM'),
    kill: () => stopWith('SIGKILL'),
    start: () => launch(port),
    dispose: async () => {
      if (disposed) return
      disposed = true
      if (pid !== null) await stopWith('SIGTERM')
      cleanUp()
      process.removeListener('exit', cleanUp)
    },
  }
}
