/**
 * A server under measurement in a process of its own, pinned to CPU 0 when `taskset` exists, started with
 * --expose-gc and an IPC channel to childHook.mjs (memory after GC, event-loop delay).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { hasTaskset, root } from '../env'

export interface MemorySample {
  rss: number
  heapUsed: number
  heapTotal: number
  external: number
  arrayBuffers: number
}

export interface LoopDelay {
  p50: number
  p99: number
  max: number
}

export interface ServerChild {
  url: string
  pid: number
  /** Heap and RSS after two full GCs in the child. */
  memory(): Promise<MemorySample>
  /** The child's event-loop delay since the previous call. */
  loopDelay(): Promise<LoopDelay>
  /** Writes a heap snapshot of the child to `file`. */
  heapSnapshot(file: string): Promise<void>
  /** CPU time (user + system) the child has used so far, in ms. */
  cpuMs(): number
  stop(): Promise<void>
}

/** CPU time of one process in ms from /proc/<pid>/stat (NaN without /proc). */
export function processCpuMs(pid: number): number {
  const file = `/proc/${pid}/stat`
  if (!existsSync(file)) return Number.NaN
  // After the command name (in parentheses), utime and stime are the 12th and 13th fields, in clock ticks
  // of 10 ms (USER_HZ is 100 on Linux).
  const fields = readFileSync(file, 'utf8').split(') ')[1]?.split(' ') ?? []
  return (Number(fields[11]) + Number(fields[12])) * 10
}

/** `nodeArgs` are the node options and script; `--expose-gc` is added here, and BENCH_CPU_PROF adds --cpu-prof. */
export async function startChild(
  label: string,
  nodeArgs: string[],
  env: Record<string, string> = {},
  cwd = root,
): Promise<ServerChild> {
  // One folder per label, Node's own file names: with --import tsx the loader runs in a worker thread, which
  // writes a profile of its own (a fixed --cpu-prof-name would make the two overwrite each other).
  const profile = process.env.BENCH_CPU_PROF?.split(',').includes(label)
    ? ['--cpu-prof', '--cpu-prof-dir', join(root, 'bench/results/profiles', label)]
    : []
  const args = ['--expose-gc', ...profile, ...nodeArgs]
  const command = hasTaskset ? 'taskset' : process.execPath
  const child: ChildProcess = spawn(command, hasTaskset ? ['-c', '0', process.execPath, ...args] : args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  })
  const pid = child.pid
  if (pid === undefined) throw new Error(`${label}: could not start`)
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })
    lines.on('line', (line) => {
      try {
        const parsed = JSON.parse(line) as { url?: string }
        if (parsed.url) resolve(parsed.url)
      } catch {
        // The server's own output; pass it on.
        console.log(`[${label}] ${line}`)
      }
    })
    child.once('exit', (code) => reject(new Error(`${label} exited with ${code} before listening`)))
  })
  let nextId = 0
  const ask = <T>(type: string, extra: Record<string, unknown> = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId
      const onExit = (code: number | null) =>
        reject(new Error(`${label} exited (${code}) while asked for ${type}`))
      const onMessage = (message: { id?: number } & T) => {
        if (message.id !== id) return
        child.off('message', onMessage)
        child.off('exit', onExit)
        resolve(message)
      }
      child.on('message', onMessage)
      child.once('exit', onExit)
      child.send({ ...extra, type, id }, (error) => error && reject(error))
    })
  let exited = false
  child.once('exit', () => {
    exited = true
  })
  return {
    url,
    pid,
    memory: () => ask<MemorySample>('memory'),
    loopDelay: () => ask<LoopDelay>('loop'),
    heapSnapshot: async (file) => {
      await ask<unknown>('heapSnapshot', { file })
    },
    cpuMs: () => processCpuMs(pid),
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve()
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000)
        child.once('exit', () => {
          clearTimeout(force)
          resolve()
        })
        child.kill('SIGTERM')
      }),
  }
}
