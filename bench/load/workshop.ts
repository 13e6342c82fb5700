/**
 * Workshops at real scale: W workshops × P participants, each participant a tab with the documents
 * PracticeMap's client opens (the workshop, the participation and every one of the B boards: 2 + B stock
 * providers), everyone writing a card every 20 s onto one of the boards, with the real document names and,
 * on our server, the real participant link.
 *
 * The card is written with shared/boardOperations' addCard, so every server receives the update our client
 * sends. Its latency is measured at every other participant (all have every board open) from its *intended*
 * send time, as fanout.ts does (no coordinated omission). The window is long (45 s) so every provider's
 * presence renewal (every 15–18 s) falls inside it several times: that is most of what a server relays here.
 *
 * Presence modes: `stock` keeps every provider's stock empty presence `{}`; `client` behaves as our client:
 * the board and participation providers clear theirs at once, the workshop provider announces a small
 * presence shaped like workshopSession.ts's publishPresence.
 *
 * Per server: child CPU per participant-second in the window; memory per participant (RSS after two GCs with
 * everyone connected, after the window, minus the RSS of the idle server before any workshop or socket,
 * divided by participants); card delivery percentiles and delivered/expected; and this generator's own CPU
 * and event-loop delay, since one process applies every delivery of every participant to its Y.Doc.
 */
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks'
import * as Y from 'yjs'
import { addCard } from '../../shared/boardOperations'
import {
  boardDocumentName,
  participationDocumentName,
  workshopDocumentName,
} from '../../shared/documentNames'
import { cardsMap, LANES } from '../../shared/schema'
import { addPractice, initWorkshop } from '../../shared/workshopOperations'
import { sleep, sleepUntil, until } from '../env'
import type { RunningServer, WorkshopSpec } from '../servers/variants'
import { type Distribution, distribution } from '../stats'
import { type BenchClient, connectClient } from './clients'
import { LOOP_RESOLUTION_MS, loopDelayMs } from './fanout'

export const PRESENCE_MODES = ['stock', 'client'] as const
export type PresenceMode = (typeof PRESENCE_MODES)[number]

export interface WorkshopShape {
  workshops: number
  participants: number
  boards: number
  /** Each participant writes one card this often. */
  cardIntervalMs: number
  warmupMs: number
  measureMs: number
  /** Tabs open evenly over this long (one presence renewal period spreads the renewals evenly). */
  joinMs: number
  /** Tabs opened before the generator waits for every document to sync (batches, as fanout.ts). */
  connectBatch: number
}

export interface WorkshopResult extends Distribution {
  shape: WorkshopShape
  mode: PresenceMode
  participants: number
  sockets: number
  /** Cards whose intended send time fell in the window. */
  cards: number
  expected: number
  delivered: number
  serverCpuMs: number
  cpuMsPerParticipantSecond: number
  memory: { idleRss: number; connectedRss: number; perParticipant: number }
  /** Presence messages the tabs applied in the window (each a frame decoded here), per second. */
  presencePerSecond: number
  /** Provider disconnections after everyone had synced (the stock client closes after 30 s of silence). */
  disconnects: number
  serverLoopDelay: { p99: number; max: number }
  generator: {
    loopDelay: { p99: number; max: number }
    /** This process's CPU in the window as a share of one core. */
    coreShare: number
    /** Card deliveries and presence messages applied per second, and the CPU each cost. */
    deliveriesPerSecond: number
    cpuMicrosPerDelivery: number
    /** Its garbage collections in the window: 2,700 Y.Docs and their presence churn make a large heap. */
    gc: { totalMs: number; maxMs: number }
  }
  connectMs: number
}

/** The workshop's structure, as a facilitator made it: B practices, each of which has a board. */
export function workshopDocument(boards: number): { doc: Y.Doc; practiceIds: string[] } {
  const doc = new Y.Doc()
  const now = Date.now()
  initWorkshop(doc, { title: 'Benchmark workshop', date: '', place: 'Loopback' }, now)
  const practiceIds = Array.from({ length: boards }, (_, b) =>
    addPractice(
      doc,
      { title: `Practice ${b + 1}`, organisation: 'Bench region', description: 'A practice to map' },
      now,
    ),
  )
  return { doc, practiceIds }
}

/** What workshopSession.ts's publishPresence announces for a participant on the practice list. */
function clientPresence(w: number, p: number) {
  return {
    user: {
      id: `w${w}p${p}-person`,
      name: `Participant ${p + 1}`,
      organisation: 'Bench region',
      color: '#8a3ffc',
    },
    practiceId: null,
    editingCardId: null,
    role: 'participant',
    ready: false,
    handRaisedAt: null,
    drafts: {},
  }
}

interface Tab {
  workshop: number
  participant: number
  documents: BenchClient[]
  boards: BenchClient[]
}

function openTab(
  server: RunningServer,
  spec: WorkshopSpec,
  practiceIds: readonly string[],
  w: number,
  p: number,
  mode: PresenceMode,
): Tab {
  const connect = (name: string) =>
    connectClient(
      server.target(
        { name, params: { writer: spec.participantParams, reader: spec.participantParams } },
        'writer',
      ),
    )
  const workshop = connect(workshopDocumentName(spec.id))
  // The references were given no content: the first tab brings the workshop's structure.
  if (spec.seed && p === 0) Y.applyUpdate(workshop.doc, spec.seed)
  const participation = connect(participationDocumentName(spec.id))
  const boards = practiceIds.map((practiceId) => connect(boardDocumentName(spec.id, practiceId)))
  if (mode === 'client') {
    // Before the socket opens: the provider then sends no presence for these documents at all.
    for (const unread of [participation, ...boards]) unread.provider.awareness.setLocalState(null)
    workshop.provider.awareness.setLocalState(clientPresence(w, p))
  }
  return { workshop: w, participant: p, documents: [workshop, participation, ...boards], boards }
}

export async function workshopLoad(
  server: RunningServer,
  shape: WorkshopShape,
  mode: PresenceMode,
): Promise<WorkshopResult> {
  const { doc: structure, practiceIds } = workshopDocument(shape.boards)
  const idle = await server.child.memory()
  const specs: WorkshopSpec[] = []
  for (let w = 0; w < shape.workshops; w++) specs.push(await server.createWorkshop(structure))
  structure.destroy()

  const connectStarted = performance.now()
  const tabs: Tab[] = []
  const all: BenchClient[] = []
  const synced = () => all.every((client) => client.provider.synced)
  const tabCount = shape.workshops * shape.participants
  for (let p = 0; p < shape.participants; p++) {
    for (const [w, spec] of specs.entries()) {
      // Paced over the join period: a provider renews its presence 15 s after it was created, so tabs
      // opened within a few seconds would renew in one burst every 15 s (thousands of renewals at once),
      // which people joining over minutes never do.
      const due = connectStarted + (tabs.length / tabCount) * shape.joinMs - performance.now()
      if (due > 0) await sleep(due)
      const tab = openTab(server, spec, practiceIds, w, p, mode)
      tabs.push(tab)
      all.push(...tab.documents)
      if (tabs.length % shape.connectBatch === 0) await until(synced, 120_000, 'tabs to sync')
    }
  }
  await until(synced, 120_000, 'tabs to sync')
  const connectMs = performance.now() - connectStarted

  let counting = true
  let disconnects = 0
  let presenceMessages = 0
  let inWindow = false
  for (const client of all) {
    client.provider.on('status', ({ status }) => {
      if (counting && status === 'disconnected') disconnects++
    })
    client.provider.awareness.on('update', (_change: unknown, origin: unknown) => {
      if (inWindow && origin !== 'local') presenceMessages++
    })
  }

  // The first cards are due once the last joins have settled; the warm-up then precedes the window.
  const start = performance.now() + 500
  const measureFrom = start + shape.warmupMs
  const measureTo = measureFrom + shape.measureMs
  /** Card id → intended send time: the generator is every tab, so it knows when each card was due. */
  const intendedById = new Map<string, number>()
  const latencies: number[] = []
  let delivered = 0
  let cards = 0
  for (const tab of tabs) {
    for (const board of tab.boards) {
      const map = cardsMap(board.doc)
      map.observe((event) => {
        if (event.transaction.local) return
        const now = performance.now()
        for (const key of event.keysChanged) {
          const intended = intendedById.get(key)
          if (intended === undefined || intended < measureFrom || intended >= measureTo) continue
          latencies.push(now - intended)
          delivered++
        }
      })
    }
  }

  // Writers spread evenly over the interval, consecutive ones in different workshops; each writes its
  // cards onto the boards in turn, starting from a different board than its neighbours.
  const writers = tabs.length
  const schedules = tabs.map(async (tab) => {
    const order = tab.participant * shape.workshops + tab.workshop
    const offset = (order / writers) * shape.cardIntervalMs
    const author = { id: `w${tab.workshop}p${tab.participant}-person`, name: 'Bench', organisation: 'Bench' }
    for (let seq = 0; ; seq++) {
      const intended = start + offset + seq * shape.cardIntervalMs
      if (intended >= measureTo) return
      await sleepUntil(intended)
      const b = (tab.participant + seq) % tab.boards.length
      const board = tab.boards[b] as BenchClient
      const lane = LANES[(tab.participant + seq) % LANES.length] ?? 'keyAspects'
      const id = addCard(board.doc, { lane, text: `Card ${seq} of ${author.id}`, author }, Date.now())
      intendedById.set(id, intended)
      if (intended >= measureFrom) cards++
    }
  })

  const generatorLoop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS })
  const gc = { totalMs: 0, maxMs: 0 }
  const gcObserver = new PerformanceObserver((list) => {
    if (!inWindow) return
    for (const entry of list.getEntries()) {
      gc.totalMs += entry.duration
      gc.maxMs = Math.max(gc.maxMs, entry.duration)
    }
  })
  gcObserver.observe({ entryTypes: ['gc'] })
  await sleep(Math.max(0, measureFrom - performance.now()))
  const cpuBefore = server.child.cpuMs()
  const generatorCpuBefore = process.cpuUsage()
  await server.child.loopDelay()
  generatorLoop.enable()
  inWindow = true
  await sleep(Math.max(0, measureTo - performance.now()))
  inWindow = false
  gcObserver.disconnect()
  const serverCpuMs = server.child.cpuMs() - cpuBefore
  const generatorCpu = process.cpuUsage(generatorCpuBefore)
  const serverLoop = await server.child.loopDelay()
  generatorLoop.disable()
  await Promise.all(schedules)

  const participants = shape.workshops * shape.participants
  const expected = cards * (shape.participants - 1)
  await until(() => delivered >= expected, 10_000).catch(() => {})
  const connected = await server.child.memory()
  counting = false
  for (const client of all) client.destroy()

  const seconds = shape.measureMs / 1000
  const generatorMicros = generatorCpu.user + generatorCpu.system
  const deliveries = delivered + presenceMessages
  return {
    ...distribution(latencies),
    shape,
    mode,
    participants,
    sockets: all.length,
    cards,
    expected,
    delivered,
    serverCpuMs,
    cpuMsPerParticipantSecond: serverCpuMs / (participants * seconds),
    memory: {
      idleRss: idle.rss,
      connectedRss: connected.rss,
      perParticipant: (connected.rss - idle.rss) / participants,
    },
    presencePerSecond: presenceMessages / seconds,
    disconnects,
    serverLoopDelay: { p99: serverLoop.p99, max: serverLoop.max },
    generator: {
      loopDelay: { p99: loopDelayMs(generatorLoop.percentile(99)), max: loopDelayMs(generatorLoop.max) },
      coreShare: generatorMicros / 1000 / shape.measureMs,
      deliveriesPerSecond: deliveries / seconds,
      cpuMicrosPerDelivery: generatorMicros / Math.max(1, deliveries),
      gc,
    },
    connectMs,
  }
}
