/**
 * One load generator process of the capacity section (`node --import tsx bench/load/capacityGenerator.ts`,
 * pinned to CPU 1 with its siblings, driven over IPC by capacity.ts).
 *
 * It holds whole workshops, so every card it writes is received by participants in this same process and
 * missing deliveries are counted here: each card planned inside a measured window is owed to the 29 other
 * participants on its board. Latency runs from the card's intended send time (its schedule), so a stalled
 * generator shows up as latency instead of hiding its backlog. Cards every 20 s per participant and
 * presence renewals every 15 s, each schedule spread evenly over its period across participants.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks'
import {
  CARD_INTERVAL_MS,
  type FromGenerator,
  now,
  PARTICIPANTS_PER_WORKSHOP,
  PRESENCE_RENEWAL_MS,
  type ToGenerator,
  type WorkshopPlan,
} from './capacityWire'
import { RawParticipant, type Traffic } from './rawParticipant'

/** Participants joining at once, per process: 20 × 9 sockets in flight. */
const JOIN_BATCH = 20
const LOOP_RESOLUTION_MS = 2

const traffic: Traffic = { framesIn: 0, framesOut: 0, unexpectedCloses: 0 }
const workshops = new Map<number, { participants: RawParticipant[]; stops: Array<() => void> }>()
const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS })
loop.enable()

interface CardRecord {
  plannedMs: number
  received: number
}

/** The measured window in progress, or ended and waiting out its grace period. */
let window: {
  startMs: number
  endMs: number | null
  cards: Map<string, CardRecord>
  latencies: number[]
  cpu: NodeJS.CpuUsage
  framesIn: number
  framesOut: number
} | null = null

function reply(message: FromGenerator): void {
  process.send?.(message)
}

function onCard(key: string, plannedMs: number, receivedMs: number): void {
  const record = window?.cards.get(key)
  if (!record) return
  record.received++
  // The time read from the frame's own bytes, as a receiver in another process would have to.
  window?.latencies.push(receivedMs - plannedMs)
}

/** Runs `run(plannedMs)` every `periodMs`, first after `offsetMs`, each time with when it was meant to run. */
function every(periodMs: number, offsetMs: number, run: (plannedMs: number) => void): () => void {
  let next = now() + offsetMs
  let timer: NodeJS.Timeout
  const tick = () => {
    run(next)
    next += periodMs
    timer = setTimeout(tick, Math.max(0, next - now()))
  }
  timer = setTimeout(tick, offsetMs)
  return () => clearTimeout(timer)
}

/** A fraction in [0, 1) that differs between workshops, so their schedules interleave. */
const phase = (index: number, ratio: number) => (index * ratio) % 1

async function add(plans: WorkshopPlan[]): Promise<void> {
  const started = now()
  const joined: Array<{ plan: WorkshopPlan; participants: RawParticipant[] }> = []
  const pending: RawParticipant[] = []
  for (const plan of plans) {
    const participants = Array.from(
      { length: PARTICIPANTS_PER_WORKSHOP },
      (_, index) => new RawParticipant(plan, index, traffic, onCard),
    )
    joined.push({ plan, participants })
    pending.push(...participants)
  }
  for (let i = 0; i < pending.length; i += JOIN_BATCH) {
    await Promise.all(pending.slice(i, i + JOIN_BATCH).map((participant) => participant.connect()))
  }
  for (const { plan, participants } of joined) {
    const stops = participants.flatMap((participant) => {
      const cardOffset =
        ((participant.index / PARTICIPANTS_PER_WORKSHOP + phase(plan.index, 0.618)) % 1) * CARD_INTERVAL_MS
      const renewOffset =
        ((participant.index / PARTICIPANTS_PER_WORKSHOP + phase(plan.index, 0.382)) % 1) * PRESENCE_RENEWAL_MS
      return [
        every(CARD_INTERVAL_MS, cardOffset, (plannedMs) => {
          const key = participant.writeCard(plannedMs)
          if (window && window.endMs === null && plannedMs >= window.startMs)
            window.cards.set(key, { plannedMs, received: 0 })
        }),
        every(PRESENCE_RENEWAL_MS, renewOffset, () => participant.renewPresence()),
      ]
    })
    workshops.set(plan.index, { participants, stops })
  }
  reply({ type: 'added', connectMs: now() - started })
}

function remove(indexes: number[]): void {
  for (const index of indexes) {
    const workshop = workshops.get(index)
    if (!workshop) continue
    for (const stop of workshop.stops) stop()
    for (const participant of workshop.participants) participant.close()
    workshops.delete(index)
  }
  reply({ type: 'removed' })
}

function begin(): void {
  loop.reset()
  window = {
    startMs: now(),
    endMs: null,
    cards: new Map(),
    latencies: [],
    cpu: process.cpuUsage(),
    framesIn: traffic.framesIn,
    framesOut: traffic.framesOut,
  }
}

function end(graceMs: number): void {
  const current = window
  if (!current) return
  current.endMs = now()
  const cpu = process.cpuUsage(current.cpu)
  const ms = (ns: number) => Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS)
  const figures = {
    windowMs: current.endMs - current.startMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    framesIn: traffic.framesIn - current.framesIn,
    framesOut: traffic.framesOut - current.framesOut,
    loopP99: ms(loop.percentile(99)),
    loopMax: ms(loop.max),
  }
  // Cards planned in the window may still be on their way: they get `graceMs` to arrive.
  setTimeout(() => {
    let delivered = 0
    for (const record of current.cards.values()) delivered += record.received
    reply({
      type: 'window',
      latencies: current.latencies,
      cards: current.cards.size,
      expected: current.cards.size * (PARTICIPANTS_PER_WORKSHOP - 1),
      delivered,
      unexpectedCloses: traffic.unexpectedCloses,
      ...figures,
    })
    if (window === current) window = null
  }, graceMs)
}

process.on('message', (message: ToGenerator) => {
  try {
    if (message.type === 'add') {
      add(message.workshops).catch((error: unknown) =>
        reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
      )
    } else if (message.type === 'remove') remove(message.indexes)
    else if (message.type === 'begin') begin()
    else if (message.type === 'end') end(message.graceMs)
  } catch (error) {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
})
// Stops with its parent: the IPC channel closing means the section is over.
process.on('disconnect', () => process.exit(0))
