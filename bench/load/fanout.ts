/**
 * Fan-out: writers edit one room on a fixed schedule; every other client records when each edit arrives.
 *
 * Each edit sets a new key of a Y.Map (`<writer>:<sequence>`) to its *intended* send time, so latency is
 * measured from when the edit should have been sent: a stalled sender or server cannot hide its backlog
 * (no coordinated omission). Writers are spread over the interval so sends do not bunch. Edits whose
 * intended time falls in the warm-up are not counted; after the window, clients get a grace period to
 * receive what is still in flight, and whatever has not arrived then counts as missing.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { sleep, sleepUntil, until } from '../env'
import type { RunningServer } from '../servers/variants'
import { type Distribution, distribution } from '../stats'
import { type BenchClient, connectClient } from './clients'

export interface FanOutShape {
  rooms: number
  clientsPerRoom: number
  writersPerRoom: number
  /** Each writer's rate: the room's rate split among its writers. */
  editsPerSecondPerWriter: number
  warmupMs: number
  measureMs: number
}

/** What one measured window and the pooled figures both state. */
interface FanOutFigures {
  shape: FanOutShape
  expected: number
  delivered: number
  /** Edits sent inside the measured window (all rooms). */
  updates: number
  serverCpuMs: number
  /** Ours: what storage added in front of each delivery (commit before broadcast), p50 / p99 ms. */
  commitWait?: { p50Ms: number; p99Ms: number }
  serverLoopDelay: { p99: number; max: number }
  /** This process's event-loop delay in the window: when high, the figures measure the load generator. */
  generatorLoopDelay: { p99: number; max: number }
  connectMs: number
}

export interface FanOutResult extends Distribution, FanOutFigures {
  /** Windows pooled into these figures, each on a fresh server (BENCH_FANOUT_ROUNDS). */
  rounds: number
  /** Server CPU time in the measured window, µs per update per receiving client. */
  cpuMicrosPerDelivery: number
  /**
   * This process's CPU time in the window, µs per delivery: each delivery is decoded and applied to a Y.Doc
   * here, one after another, while real peers each do that on their own device.
   */
  generatorCpuMicrosPerDelivery: number
}

/** One round's raw figures; rounds of one variant are pooled by `combineRounds`. */
export interface FanOutRound extends FanOutFigures {
  latencies: number[]
  generatorCpuMicros: number
}

const KEY = 'fanout'
export const LOOP_RESOLUTION_MS = 2
/** The histogram records the whole interval between its timer's runs: the delay is what exceeds it. */
export const loopDelayMs = (ns: number) => Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS)

/** Connects `count` clients, 25 at a time (a thundering herd is the joins section's business). */
export async function connectMany(
  server: RunningServer,
  rooms: Awaited<ReturnType<RunningServer['createRoom']>>[],
  perRoom: number,
  writersPerRoom: number,
): Promise<BenchClient[][]> {
  const result: BenchClient[][] = rooms.map(() => [])
  const all: BenchClient[] = []
  for (let index = 0; index < perRoom; index++) {
    for (const [r, room] of rooms.entries()) {
      const client = connectClient(server.target(room, index < writersPerRoom ? 'writer' : 'reader'))
      result[r]?.push(client)
      all.push(client)
      if (all.length % 25 === 0)
        await until(() => all.every((c) => c.provider.synced), 60_000, 'clients to sync')
    }
  }
  await until(() => all.every((c) => c.provider.synced), 60_000, 'clients to sync')
  return result
}

/**
 * Pools rounds run interleaved with the other servers' (see run.ts): a slow spell of the machine then
 * lands on every server alike instead of on whichever had the window it fell in. Percentiles are of all
 * deliveries together; loop delays are the worst round's.
 */
export function combineRounds(rounds: readonly FanOutRound[]): FanOutResult {
  const first = rounds[0]
  if (!first) throw new Error('no fan-out rounds')
  const sum = (pick: (round: FanOutRound) => number) =>
    rounds.reduce((total, round) => total + pick(round), 0)
  const worst = (pick: (round: FanOutRound) => number) => Math.max(...rounds.map(pick))
  const updates = sum((round) => round.updates)
  const delivered = sum((round) => round.delivered)
  const serverCpuMs = sum((round) => round.serverCpuMs)
  return {
    ...distribution(rounds.flatMap((round) => round.latencies)),
    shape: first.shape,
    rounds: rounds.length,
    expected: sum((round) => round.expected),
    delivered,
    updates,
    cpuMicrosPerDelivery: (serverCpuMs * 1000) / (updates * (first.shape.clientsPerRoom - 1)),
    serverCpuMs,
    generatorCpuMicrosPerDelivery: sum((round) => round.generatorCpuMicros) / Math.max(1, delivered),
    ...(rounds.every((round) => round.commitWait)
      ? {
          commitWait: {
            p50Ms: worst((round) => round.commitWait?.p50Ms ?? 0),
            p99Ms: worst((round) => round.commitWait?.p99Ms ?? 0),
          },
        }
      : {}),
    serverLoopDelay: {
      p99: worst((round) => round.serverLoopDelay.p99),
      max: worst((round) => round.serverLoopDelay.max),
    },
    generatorLoopDelay: {
      p99: worst((round) => round.generatorLoopDelay.p99),
      max: worst((round) => round.generatorLoopDelay.max),
    },
    connectMs: worst((round) => round.connectMs),
  }
}

export async function fanOut(server: RunningServer, shape: FanOutShape): Promise<FanOutRound> {
  const rooms = await Promise.all(
    Array.from({ length: shape.rooms }, (_, r) => server.createRoom(`fanout${r}`)),
  )
  const connectStarted = performance.now()
  const clients = await connectMany(server, rooms, shape.clientsPerRoom, shape.writersPerRoom)
  const connectMs = performance.now() - connectStarted
  // Let join traffic (awareness of every newcomer to everyone) settle before the schedule starts.
  await sleep(500)

  const intervalMs = 1000 / shape.editsPerSecondPerWriter
  const start = performance.now() + 100
  const measureFrom = start + shape.warmupMs
  const measureTo = measureFrom + shape.measureMs
  const latencies: number[] = []
  let delivered = 0
  let updates = 0
  for (const roomClients of clients) {
    for (const [index, client] of roomClients.entries()) {
      const map = client.doc.getMap<number>(KEY)
      const own = `${index}:`
      map.observe((event) => {
        if (event.transaction.local) return
        const now = performance.now()
        for (const key of event.keysChanged) {
          if (key.startsWith(own)) continue
          const intended = map.get(key)
          if (intended === undefined || intended < measureFrom || intended >= measureTo) continue
          latencies.push(now - intended)
          delivered++
        }
      })
    }
  }

  const generatorLoop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS })
  let cpuBefore = Number.NaN
  const writers: Promise<void>[] = []
  const totalWriters = shape.rooms * shape.writersPerRoom
  for (const [r, roomClients] of clients.entries()) {
    for (let w = 0; w < shape.writersPerRoom; w++) {
      const writer = roomClients[w]
      if (!writer) continue
      const offset = ((r * shape.writersPerRoom + w) / totalWriters) * intervalMs
      writers.push(
        (async () => {
          const map = writer.doc.getMap<number>(KEY)
          for (let seq = 0; ; seq++) {
            const intended = start + offset + seq * intervalMs
            if (intended >= measureTo) return
            await sleepUntil(intended)
            map.set(`${w}:${seq}`, intended)
            if (intended >= measureFrom) updates++
          }
        })(),
      )
    }
  }
  // Window bookkeeping: server CPU and both event loops from the start of the measured window.
  await sleep(Math.max(0, measureFrom - performance.now()))
  cpuBefore = server.child.cpuMs()
  const generatorCpuBefore = process.cpuUsage()
  await server.child.loopDelay()
  generatorLoop.enable()
  await Promise.all(writers)
  await sleep(Math.max(0, measureTo - performance.now()))
  const serverCpuMs = server.child.cpuMs() - cpuBefore
  const generatorCpu = process.cpuUsage(generatorCpuBefore)
  const serverLoop = await server.child.loopDelay()
  generatorLoop.disable()
  const commitWait = await server.commitWait?.()

  const expected = updates * (shape.clientsPerRoom - 1)
  await until(() => delivered >= expected, 5000).catch(() => {})
  for (const client of clients.flat()) client.destroy()
  return {
    shape,
    latencies,
    expected,
    delivered,
    updates,
    serverCpuMs,
    generatorCpuMicros: generatorCpu.user + generatorCpu.system,
    ...(commitWait ? { commitWait: { p50Ms: commitWait.p50Ms, p99Ms: commitWait.p99Ms } } : {}),
    serverLoopDelay: { p99: serverLoop.p99, max: serverLoop.max },
    generatorLoopDelay: {
      p99: loopDelayMs(generatorLoop.percentile(99)),
      max: loopDelayMs(generatorLoop.max),
    },
    connectMs,
  }
}
