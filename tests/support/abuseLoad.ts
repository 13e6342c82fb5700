import { Worker } from 'node:worker_threads'

/**
 * Hostile clients run in a worker thread (abuseWorker.mjs), so what they cost to send is not charged to
 * the event loop of the process that measures the others. Shared by the abuse tests and the bench.
 */

const WORKER = new URL('./abuseWorker.mjs', import.meta.url)

export interface FloodResult {
  sent: number
  /** The reasons of the permission-denied messages the flooder received. */
  denied: string[]
  /** The code the server closed the flooder's connection with, when it did before the flood ended. */
  closeCode: number | null
}

/** One connection to `url` (a full ws URL with its token) sending `frames` over and over for `durationMs`. */
export function flood(url: string, frames: readonly Uint8Array[], durationMs: number): Promise<FloodResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { mode: 'flood', url, frames, durationMs } })
    worker.once('message', (result: FloodResult) => resolve(result))
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the flood worker exited with ${code}`))
    })
  })
}

export interface PresenceLoad {
  /** Resolves once the connections are open: how many were held, and the status of the first refusal. */
  opened: Promise<{ held: number; refusedStatus: number | null }>
  /** Resolves when the announcing is over. */
  done: Promise<{ sent: number }>
}

/**
 * Opens up to `count` connections to `url` from `localAddress`; then the first `announcers` of them
 * announce a presence each, as fast as they can, for `durationMs`.
 */
export function presenceLoad(
  url: string,
  options: { count: number; announcers: number; durationMs: number; localAddress?: string },
): PresenceLoad {
  const worker = new Worker(WORKER, { workerData: { mode: 'presence', url, ...options } })
  let settleOpened: (value: { held: number; refusedStatus: number | null }) => void = () => {}
  let settleDone: (value: { sent: number }) => void = () => {}
  const opened = new Promise<{ held: number; refusedStatus: number | null }>((resolve) => {
    settleOpened = resolve
  })
  const done = new Promise<{ sent: number }>((resolve, reject) => {
    settleDone = resolve
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the presence worker exited with ${code}`))
    })
  })
  let messages = 0
  worker.on('message', (message: { held: number; refusedStatus: number | null } | { sent: number }) => {
    messages += 1
    if (messages === 1) settleOpened(message as { held: number; refusedStatus: number | null })
    else settleDone(message as { sent: number })
  })
  return { opened, done }
}
