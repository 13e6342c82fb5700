/**
 * Capacity: how many 30-person, 7-board workshops one server core holds with a card's delivery p99 within
 * 100 ms, nothing missing, and the core not saturated; and the limits around that figure.
 *
 * The load is frame-level (rawParticipant.ts): a generator that applied every update to a Y.Doc would
 * saturate long before the server. Participants are spread over a few generator processes, all on CPU 1
 * (the server has CPU 0), each holding whole workshops. The ramp adds workshops to one running server
 * (10, 20, 40, …) and measures each step after a warm-up; it stops at the first step that fails, and
 * halves the gap once. The same generators then drive the capacity floor (servers/capacityFloor.mjs: the
 * same frames delivered with nothing else done) at the ramp's largest step, for the physical limit.
 *
 * Limits stated beside the figure: the generator's (its CPU per workshop, extrapolated to its one core,
 * and its event-loop delay: a step the generator could not drive is "generator-bound", not a server
 * limit) and the process's open-file limit, which caps the sockets any one process on this machine holds.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  boardDocumentName,
  participationDocumentName,
  workshopDocumentName,
} from '../../shared/documentNames'
import { hasTaskset, root, sleep } from '../env'
import { type ServerChild, startChild } from '../servers/childProcess'
import { type ServerVariant, wsUrl } from '../servers/variants'
import { type Distribution, distribution } from '../stats'
import {
  BOARDS_PER_WORKSHOP,
  type FromGenerator,
  type GeneratorWindow,
  PARTICIPANTS_PER_WORKSHOP,
  SOCKETS_PER_WORKSHOP,
  type ToGenerator,
  type WorkshopPlan,
  workshopAddress,
} from './capacityWire'
import { workshopDocument } from './workshop'

export interface CapacityShape {
  /** Workshops at each step; the open-file limit cuts the list (see `socketCeiling`). */
  steps: number[]
  generators: number
  warmupMs: number
  measureMs: number
  graceMs: number
  /** Card delivery p99 a step must stay within. */
  p99LimitMs: number
  /** Halvings of the gap between the last step that held and the first that failed. */
  bisections: number
  /**
   * The floor runs at the largest step the ramp measured (the same load, side by side) and, when this is
   * set, at the most workshops one process can hold here (the open-file limit), to find its own limit.
   */
  floorAtCeiling: boolean
}

export interface CapacityStep {
  workshops: number
  sockets: number
  latency: Distribution
  cards: number
  expected: number
  delivered: number
  /** Sockets the server closed during the run (none expected). */
  closed: number
  /** Server CPU in the window, as a share of one core. */
  serverCpuShare: number
  serverCpuMsPerParticipantSecond: number
  serverLoop: { p99: number; max: number }
  /**
   * How busy each CPU was in the window, whoever used it (/proc/stat): beyond the server's own share on
   * CPU 0 it is interrupts and other processes (this machine is shared), which delay the server.
   */
  cpuBusyShare: { cpu0: number; cpu1: number }
  /** All generator processes together (they share CPU 1), as a share of that core. */
  generatorCpuShare: number
  generatorMicrosPerFrame: number
  /** The worst generator process's event-loop delay. */
  generatorLoop: { p99: number; max: number }
  framesPerSecond: { toGenerators: number; fromGenerators: number }
  /** Each generator process on its own: share of CPU 1, event-loop delay, frames in and out per second. */
  perGenerator: Array<{ cpuShare: number; loopP99: number; loopMax: number; framesPerSecond: number }>
  held: boolean
  /** Why it did not hold: 'p99', 'missing', 'closed', 'server CPU'. */
  failed: string[]
  generatorBound: boolean
}

export interface CapacityRun {
  label: string
  steps: CapacityStep[]
  /** Largest step that held (0 when none did). */
  held: number
  /** Workshops at which the server's CPU would reach one full core, from its cost at the largest step. */
  cpuExtrapolation: number
}

export interface CapacityResult {
  shape: CapacityShape
  /** Sockets one process may hold here (its open-file limit, less a margin for everything else). */
  socketCeiling: number
  practicemap: CapacityRun
  floor: CapacityRun | { error: string }
  /** Workshops at which the generators' CPU would fill their one core, from the largest step. */
  generatorLimit: number
  /** What bounds the figure: 'server', 'generator', 'open-file limit' or 'none reached'. */
  boundBy: string
}

/** A step whose generator used this share of its core, or lagged this much, measured the generator. */
const GENERATOR_BUSY_SHARE = 0.85
const GENERATOR_LOOP_P99_MS = 25
/** A server above this share of its core is saturated, whatever its latency says yet. */
const SERVER_SATURATED_SHARE = 0.9
const SOCKET_MARGIN = 400

/**
 * Workshops at which a CPU share would reach one full core: along the line through the two largest steps
 * (their difference leaves out what a process spends with no load at all), or in proportion from the one
 * step there is.
 */
export function fullCoreAt(points: Array<[workshops: number, share: number]>): number {
  const sorted = [...new Map(points).entries()].sort((a, b) => a[0] - b[0])
  const [w2, s2] = sorted.at(-1) ?? [0, 0]
  const [w1, s1] = sorted.at(-2) ?? [0, 0]
  const slope = sorted.length >= 2 ? (s2 - s1) / (w2 - w1) : s2 / w2
  if (!(slope > 0)) return Number.POSITIVE_INFINITY
  return Math.floor(w2 + (1 - s2) / slope)
}

/** Busy and total time of CPU 0 and CPU 1 so far, in clock ticks (/proc/stat; zeros without it). */
function cpuTicks(): Array<{ busy: number; total: number }> {
  let stat = ''
  try {
    stat = readFileSync('/proc/stat', 'utf8')
  } catch {
    // No /proc: the share reads as n/a.
  }
  return ['cpu0 ', 'cpu1 '].map((prefix) => {
    const fields = (stat.split('\n').find((line) => line.startsWith(prefix)) ?? '')
      .split(/\s+/)
      .slice(1)
      .map(Number)
    const total = fields.reduce((sum, value) => sum + (Number.isFinite(value) ? value : 0), 0)
    // idle and iowait are the 4th and 5th fields.
    return { busy: total - (fields[3] ?? 0) - (fields[4] ?? 0), total }
  })
}

/** The soft open-file limit of this process, which its children inherit. */
function openFileLimit(): number {
  const line = readFileSync('/proc/self/limits', 'utf8')
    .split('\n')
    .find((row) => row.startsWith('Max open files'))
  const value = Number(line?.split(/\s+/)[3])
  return Number.isFinite(value) ? value : 1024
}

interface Generator {
  child: ChildProcess
  ask(message: ToGenerator, answer: FromGenerator['type']): Promise<FromGenerator>
}

function startGenerator(): Generator {
  const script = ['--import', 'tsx', join(root, 'bench/load/capacityGenerator.ts')]
  const child = spawn(
    hasTaskset ? 'taskset' : process.execPath,
    hasTaskset ? ['-c', '1', process.execPath, ...script] : script,
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  )
  return {
    child,
    ask: (message, answer) =>
      new Promise((resolve, reject) => {
        const onExit = (code: number | null) => reject(new Error(`generator exited (${code})`))
        const onMessage = (reply: FromGenerator) => {
          if (reply.type !== answer && reply.type !== 'failed') return
          child.off('message', onMessage)
          child.off('exit', onExit)
          if (reply.type === 'failed') reject(new Error(`generator: ${reply.message}`))
          else resolve(reply)
        }
        child.on('message', onMessage)
        child.once('exit', onExit)
        child.send(message)
      }),
  }
}

/** The server side of a run: its process and how a new workshop is made on it. */
interface CapacityServer {
  child: ServerChild
  newWorkshop(index: number): Promise<WorkshopPlan>
}

async function practicemapServer(variant: ServerVariant, dataDir: string): Promise<CapacityServer> {
  const running = await variant.start(dataDir)
  const syncUrl = `${wsUrl(running.child.url)}/sync`
  // Every workshop is this one imported again: the import keeps its practice ids, which name the boards.
  const { doc: structure, practiceIds } = workshopDocument(BOARDS_PER_WORKSHOP)
  return {
    child: running.child,
    async newWorkshop(index) {
      const { id, participantParams } = await running.createWorkshop(structure)
      return {
        index,
        localAddress: workshopAddress(index),
        syncUrl,
        token: participantParams.token ?? '',
        workshop: workshopDocumentName(id),
        participation: participationDocumentName(id),
        boards: practiceIds.map((practiceId) => boardDocumentName(id, practiceId)),
      }
    },
  }
}

async function floorServer(): Promise<CapacityServer> {
  const child = await startChild('capacity-floor', ['bench/servers/capacityFloor.mjs'])
  return {
    child,
    newWorkshop: async (index) => ({
      index,
      localAddress: workshopAddress(index),
      syncUrl: wsUrl(child.url),
      token: '',
      workshop: `cap${index}`,
      participation: `cap${index}/participation`,
      boards: Array.from({ length: BOARDS_PER_WORKSHOP }, (_, board) => `cap${index}/boards/b${board}`),
    }),
  }
}

/** Drives one server through the steps; `stopEarly` ends the ramp at the first step that fails. */
async function ramp(
  label: string,
  server: CapacityServer,
  steps: number[],
  shape: CapacityShape,
  bisections: number,
): Promise<CapacityRun> {
  const generators = Array.from({ length: shape.generators }, startGenerator)
  const owner = new Map<number, Generator>()
  let current = 0
  const results: CapacityStep[] = []
  try {
    const resize = async (workshops: number) => {
      if (workshops > current) {
        const plans = await Promise.all(
          Array.from({ length: workshops - current }, (_, i) => server.newWorkshop(current + i)),
        )
        const batches = generators.map(() => [] as WorkshopPlan[])
        for (const plan of plans) {
          const g = plan.index % generators.length
          batches[g]?.push(plan)
          owner.set(plan.index, generators[g] as Generator)
        }
        await Promise.all(
          generators.map((generator, g) =>
            generator.ask({ type: 'add', workshops: batches[g] ?? [] }, 'added'),
          ),
        )
      } else if (workshops < current) {
        const indexes = Array.from({ length: current - workshops }, (_, i) => workshops + i)
        await Promise.all(
          generators.map((generator) =>
            generator.ask(
              { type: 'remove', indexes: indexes.filter((index) => owner.get(index) === generator) },
              'removed',
            ),
          ),
        )
      }
      current = workshops
    }
    const measureAt = async (workshops: number) => {
      process.stdout.write(`${workshops}… `)
      await resize(workshops)
      await sleep(shape.warmupMs)
      const step = await measure(server.child, generators, workshops, shape)
      results.push(step)
      return step
    }
    let held = 0
    let failedAt: number | null = null
    for (const workshops of steps) {
      const step = await measureAt(workshops)
      if (!step.held) {
        failedAt = workshops
        break
      }
      held = workshops
    }
    // Halvings of the gap between the last step that held and the first that did not, while it is wide.
    for (let halving = 0; halving < bisections && failedAt !== null; halving++) {
      if (failedAt - held < Math.max(4, held / 8)) break
      const middle = Math.round((held + failedAt) / 2)
      if ((await measureAt(middle)).held) held = middle
      else failedAt = middle
    }
    return {
      label,
      steps: results,
      held,
      cpuExtrapolation: fullCoreAt(results.map((step) => [step.workshops, step.serverCpuShare])),
    }
  } finally {
    for (const generator of generators) generator.child.kill('SIGTERM')
  }
}

async function measure(
  server: ServerChild,
  generators: Generator[],
  workshops: number,
  shape: CapacityShape,
): Promise<CapacityStep> {
  await server.loopDelay()
  const cpuBefore = server.cpuMs()
  const ticksBefore = cpuTicks()
  const started = performance.now()
  const answers = generators.map((generator) => generator.ask({ type: 'begin' }, 'window'))
  await sleep(shape.measureMs)
  for (const generator of generators) generator.child.send({ type: 'end', graceMs: shape.graceMs })
  const windowMs = performance.now() - started
  const serverCpuMs = server.cpuMs() - cpuBefore
  const busy = cpuTicks().map((after, cpu) => {
    const before = ticksBefore[cpu] ?? { busy: 0, total: 0 }
    return (after.busy - before.busy) / (after.total - before.total)
  })
  const serverLoop = await server.loopDelay()
  const windows = (await Promise.all(answers)) as GeneratorWindow[]
  const sum = (pick: (w: GeneratorWindow) => number) => windows.reduce((total, w) => total + pick(w), 0)
  const worst = (pick: (w: GeneratorWindow) => number) => Math.max(...windows.map(pick))
  const latency = distribution(windows.flatMap((w) => w.latencies))
  const expected = sum((w) => w.expected)
  const delivered = sum((w) => w.delivered)
  const closed = sum((w) => w.unexpectedCloses)
  const framesIn = sum((w) => w.framesIn)
  const framesOut = sum((w) => w.framesOut)
  const generatorCpuMs = sum((w) => w.cpuMs)
  const serverCpuShare = serverCpuMs / windowMs
  const generatorCpuShare = generatorCpuMs / windowMs
  const generatorLoop = { p99: worst((w) => w.loopP99), max: worst((w) => w.loopMax) }
  const failed: string[] = []
  if (!(latency.p99 <= shape.p99LimitMs)) failed.push('p99')
  if (delivered < expected) failed.push('missing')
  if (closed > 0) failed.push('closed')
  if (serverCpuShare >= SERVER_SATURATED_SHARE) failed.push('server CPU')
  return {
    workshops,
    sockets: workshops * SOCKETS_PER_WORKSHOP,
    latency,
    cards: sum((w) => w.cards),
    expected,
    delivered,
    closed,
    serverCpuShare,
    serverCpuMsPerParticipantSecond:
      serverCpuMs / ((workshops * PARTICIPANTS_PER_WORKSHOP * windowMs) / 1000),
    serverLoop: { p99: serverLoop.p99, max: serverLoop.max },
    cpuBusyShare: { cpu0: busy[0] ?? Number.NaN, cpu1: busy[1] ?? Number.NaN },
    generatorCpuShare,
    generatorMicrosPerFrame: (generatorCpuMs * 1000) / Math.max(1, framesIn + framesOut),
    generatorLoop,
    framesPerSecond: {
      toGenerators: framesIn / (windowMs / 1000),
      fromGenerators: framesOut / (windowMs / 1000),
    },
    perGenerator: windows.map((w) => ({
      cpuShare: w.cpuMs / windowMs,
      loopP99: w.loopP99,
      loopMax: w.loopMax,
      framesPerSecond: (w.framesIn + w.framesOut) / (windowMs / 1000),
    })),
    held: failed.length === 0,
    failed,
    generatorBound: generatorCpuShare >= GENERATOR_BUSY_SHARE || generatorLoop.p99 > GENERATOR_LOOP_P99_MS,
  }
}

export async function capacity(
  variant: ServerVariant,
  dataDir: string,
  shape: CapacityShape,
): Promise<CapacityResult> {
  const socketCeiling = Math.max(0, openFileLimit() - SOCKET_MARGIN)
  const most = Math.floor(socketCeiling / SOCKETS_PER_WORKSHOP)
  const steps = [...new Set(shape.steps.map((w) => Math.min(w, most)))].filter((w) => w > 0)
  const ours = await practicemapServer(variant, dataDir)
  let practicemap: CapacityRun
  try {
    practicemap = await ramp('PracticeMap', ours, steps, shape, shape.bisections)
  } finally {
    await ours.child.stop()
  }
  const top = Math.max(...practicemap.steps.map((step) => step.workshops))
  let floor: CapacityRun | { error: string }
  process.stdout.write('floor: ')
  try {
    const server = await floorServer()
    try {
      floor = await ramp(
        'capacity floor',
        server,
        shape.floorAtCeiling && most > top ? [top, most] : [top],
        shape,
        0,
      )
    } finally {
      await server.child.stop()
    }
  } catch (error) {
    floor = { error: error instanceof Error ? error.message : String(error) }
  }
  // The generators do the same work against either server.
  const allSteps = [...practicemap.steps, ...('error' in floor ? [] : floor.steps)]
  const generatorLimit = fullCoreAt(allSteps.map((step) => [step.workshops, step.generatorCpuShare]))
  const failedStep = practicemap.steps.find((step) => !step.held)
  const boundBy = failedStep
    ? failedStep.generatorBound
      ? 'generator'
      : 'server'
    : top === most
      ? 'open-file limit'
      : 'none reached'
  return { shape, socketCeiling, practicemap, floor, generatorLimit, boundBy }
}
