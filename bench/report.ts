/** Tables for stdout and the targets of the issue, checked against one run's figures. */
import { capacityHeadline, capacityTable } from './capacityReport'
import type { ClientResult } from './client'
import type { AbuseResult } from './load/abuse'
import type { CapacityResult } from './load/capacity'
import type { FanOutResult } from './load/fanout'
import { type InstancesRow, instancesTable } from './load/instances'
import type { JoinResult } from './load/joins'
import type { MemoryResult } from './load/memory'
import type { PresenceMode, WorkshopResult } from './load/workshop'
import { fmt, mib, table } from './stats'

/** Per section, per server variant id: the result or the error that stopped it. */
export type PerVariant<T> = Record<string, T | { error: string }>

export interface Results {
  date: string
  quick: boolean
  pinned: boolean
  node: string
  /** What our server and client were run from: the working tree or a commit (BENCH_SOURCE). */
  source: string
  fanout?: Record<string, PerVariant<FanOutResult>>
  rooms?: PerVariant<FanOutResult>
  /** Per presence mode. */
  workshop?: Partial<Record<PresenceMode, PerVariant<WorkshopResult>>>
  joins?: PerVariant<JoinResult>
  memory?: PerVariant<MemoryResult>
  client?: ClientResult | { error: string }
  abuse?: AbuseResult | { error: string }
  capacity?: CapacityResult | { error: string }
  instances?: InstancesRow[] | { error: string }
  targets?: Target[]
}

export interface Target {
  name: string
  value: string
  goal: string
  met: boolean | null
}

const ok = <T>(value: T | { error: string } | undefined): T | undefined =>
  value && typeof value === 'object' && 'error' in value ? undefined : (value as T | undefined)

const REFERENCES = ['y-websocket', 'hocuspocus'] as const
const OURS = ['practicemap-memory', 'practicemap-sqlite'] as const
/** Every variant of the reference servers, with or without their persistence. */
const isReference = (id: string) => id.startsWith('y-websocket') || id.startsWith('hocuspocus')

/** The lowest `pick` among the references in `section` whose id passes `which`, and whose it is. */
function bestReference<T>(
  section: PerVariant<T>,
  pick: (value: T) => number,
  which: (id: string) => boolean = isReference,
): { id: string; value: number } | undefined {
  let best: { id: string; value: number } | undefined
  for (const [id, result] of Object.entries(section)) {
    const value = ok(result)
    if (!value || !which(id)) continue
    const figure = pick(value)
    if (Number.isFinite(figure) && (!best || figure < best.value)) best = { id, value: figure }
  }
  return best
}

/** The best Hocuspocus variant's fan-out p99 (the issue's fan-out target is against Hocuspocus). */
const bestHocuspocusP99 = (section: PerVariant<FanOutResult>) =>
  bestReference(
    section,
    (value) => value.p99,
    (id) => id.startsWith('hocuspocus'),
  )

/** The generator is the bottleneck past these: its figures then measure itself as much as the server. */
const GENERATOR_BUSY = { coreShare: 0.8, loopP99Ms: 20 }

const generatorBusy = (coreShare: number, loopP99Ms: number) =>
  coreShare > GENERATOR_BUSY.coreShare || loopP99Ms > GENERATOR_BUSY.loopP99Ms

/** The line under a table naming the servers whose rows the generator limited, or none. */
const generatorBusyNote = (ids: readonly string[]): string[] =>
  ids.length > 0
    ? [
        `GENERATOR BUSY for ${ids.join(', ')} (over ${GENERATOR_BUSY.coreShare * 100} % of its core or loop p99 over ${GENERATOR_BUSY.loopP99Ms} ms): their latencies measure the load generator as much as the server.`,
      ]
    : []

function ratio(ours: number | undefined, theirs: number | undefined): string {
  if (ours === undefined || theirs === undefined || !(theirs > 0)) return 'n/a'
  return `${fmt(ours / theirs)}×`
}

function fanOutTable(results: PerVariant<FanOutResult>): string {
  const busy: string[] = []
  const hocuspocus = bestHocuspocusP99(results)
  const rows = Object.entries(results).map(([id, result]) => {
    const value = ok(result)
    if (!value) return [id, `error: ${(result as { error: string }).error}`, '', '', '', '', '', '']
    const refs = `${ratio(value.p99, ok(results['y-websocket'])?.p99)} / ${ratio(value.p99, hocuspocus?.value)}`
    // The generator's share of its core over the pooled windows: every delivery it applied, at its cost.
    const windowMs = value.rounds * value.shape.measureMs
    const coreShare = (value.generatorCpuMicrosPerDelivery * value.delivered) / 1000 / windowMs
    if (generatorBusy(coreShare, value.generatorLoopDelay.p99)) busy.push(id)
    return [
      id,
      `${fmt(value.p50)} / ${fmt(value.p95)} / ${fmt(value.p99)} / ${fmt(value.max)}`,
      `${value.delivered}/${value.expected}`,
      refs,
      fmt(value.cpuMicrosPerDelivery),
      `${fmt(value.serverLoopDelay.p99)} / ${fmt(value.serverLoopDelay.max)}`,
      `${Math.round(coreShare * 100)} % / ${fmt((value.delivered / windowMs) * 1000)} / ${fmt(value.generatorCpuMicrosPerDelivery)} / ${fmt(value.generatorLoopDelay.p99)}`,
      fmt(value.connectMs / 1000),
    ]
  })
  return [
    table(
      [
        'server',
        'latency ms p50 / p95 / p99 / max',
        'delivered/expected',
        'p99 vs y-websocket / best Hocuspocus',
        'server CPU µs per update per observer',
        'server loop delay p99 / max ms',
        'generator: core / deliveries per s / CPU µs per delivery / loop p99 ms',
        'connect all s',
      ],
      rows,
    ),
    ...generatorBusyNote(busy),
  ].join('\n')
}

function workshopTable(mode: PresenceMode, results: PerVariant<WorkshopResult>): string[] {
  const cpu = bestReference(results, (value) => value.cpuMsPerParticipantSecond)
  const memory = bestReference(results, (value) => value.memory.perParticipant)
  const versus = (value: number, best: { id: string; value: number } | undefined) =>
    best ? `${ratio(value, best.value)} ${best.id}` : 'n/a'
  const busy: string[] = []
  const rows = Object.entries(results).map(([id, result]) => {
    const value = ok(result)
    if (!value)
      return [id, `error: ${(result as { error: string }).error}`, '', '', '', '', '', '', '', '', '']
    const generator = value.generator
    if (generatorBusy(generator.coreShare, generator.loopDelay.p99)) busy.push(id)
    return [
      id,
      fmt(value.cpuMsPerParticipantSecond),
      versus(value.cpuMsPerParticipantSecond, cpu),
      fmt(value.memory.perParticipant / 1024),
      versus(value.memory.perParticipant, memory),
      `${fmt(value.p50)} / ${fmt(value.p99)} / ${fmt(value.max)}`,
      `${value.delivered}/${value.expected}`,
      fmt(value.presencePerSecond),
      String(value.disconnects),
      `${fmt(value.serverLoopDelay.p99)} / ${fmt(value.serverLoopDelay.max)}`,
      `${Math.round(generator.coreShare * 100)} % / ${fmt(generator.deliveriesPerSecond)} / ${fmt(generator.cpuMicrosPerDelivery)} / ${fmt(generator.loopDelay.p99)} / ${fmt(generator.loopDelay.max)} / ${fmt(generator.gc?.maxMs)}`,
      fmt(value.connectMs / 1000),
    ]
  })
  const shape = Object.values(results).map(ok).find(Boolean)
  const about = shape
    ? `${shape.shape.workshops} workshops × ${shape.shape.participants} participants × ${shape.shape.boards} boards (${shape.sockets} sockets) joining over ${shape.shape.joinMs / 1000} s, a card per participant every ${shape.shape.cardIntervalMs / 1000} s, ${shape.shape.measureMs / 1000} s window`
    : 'workshops'
  const presence =
    mode === 'stock'
      ? 'stock presence ({} on every provider)'
      : 'client presence (board and participation providers cleared, a small presence on the workshop)'
  return [
    `\n### Workshops, ${presence}: ${about}\n`,
    table(
      [
        'server',
        'CPU ms per participant-s',
        'vs best reference',
        'memory KiB per participant',
        'vs best reference',
        'card delivery ms p50 / p99 / max',
        'delivered/expected',
        'presence msgs/s received',
        'disconnects',
        'server loop delay p99 / max ms',
        'generator: core / deliveries per s / CPU µs per delivery / loop p99 / max / longest GC ms',
        'join all s (paced)',
      ],
      rows,
    ),
    '\nMemory per participant: server RSS after two GCs with everyone connected (after the window) minus ' +
      'the idle server’s before any workshop existed, / participants. Deliveries: cards plus presence ' +
      'messages, each decoded and applied here; this one process can apply about 1,000,000 / (µs per ' +
      'delivery) per second at most.',
    ...generatorBusyNote(busy),
  ]
}

export function printTables(results: Results): void {
  const out: string[] = []
  for (const [label, section] of Object.entries(results.fanout ?? {})) {
    const shape = Object.values(section).map(ok).find(Boolean)?.shape
    const about = shape
      ? ` (${shape.writersPerRoom} writer(s) × ${shape.editsPerSecondPerWriter} edits/s, ${shape.measureMs / 1000} s window)`
      : ''
    out.push(`\n### Fan-out, ${label} clients in one room${about}\n`, fanOutTable(section))
  }
  if (results.rooms) {
    const shape = Object.values(results.rooms).map(ok).find(Boolean)?.shape
    const about = shape ? `${shape.rooms} rooms × ${shape.clientsPerRoom} clients` : 'many rooms'
    out.push(`\n### Fan-out, ${about} (1 writer per room)\n`, fanOutTable(results.rooms))
  }
  for (const mode of ['stock', 'client'] as const) {
    const section = results.workshop?.[mode]
    if (section) out.push(...workshopTable(mode, section))
  }
  if (results.joins) {
    const rows = Object.entries(results.joins).map(([id, result]) => {
      const value = ok(result)
      if (!value) return [id, `error: ${(result as { error: string }).error}`, '', '', '', '']
      const refs = results.joins ?? {}
      return [
        id,
        value.coldMs === null ? 'n/a' : `${fmt(value.coldMs)} (${ratio(value.coldMs, value.clientDecodeMs)})`,
        fmt(value.warmMs),
        REFERENCES.map((ref) => ratio(value.warmMs, ok(refs[ref])?.warmMs)).join(' / '),
        `${fmt(value.herd.allSyncedMs)} (p50 ${fmt(value.herd.p50)})`,
        REFERENCES.map((ref) => ratio(value.herd.allSyncedMs, ok(refs[ref])?.herd.allSyncedMs)).join(' / '),
      ]
    })
    const first = Object.values(results.joins).map(ok).find(Boolean)
    out.push(
      `\n### Joins of a ${first?.cards ?? '?'}-card board (${fmt((first?.boardBytes ?? 0) / 1024)} KiB), ms, connect → synced with every card\n`,
      table(
        [
          'server',
          'cold (× client decode)',
          'warm (median of 5)',
          'warm vs y-websocket / Hocuspocus',
          `${first?.herd.clients ?? '?'} at once (protocol level): last step 2 (p50)`,
          'herd vs y-websocket / Hocuspocus',
        ],
        rows,
      ),
      `\nCold and warm include the stock client decoding the board: ${fmt(first?.clientDecodeMs)} ms alone here ` +
        `(${fmt(first?.clientReceiptMs)} ms as the stock provider receives it, with Yjs encoding its 'update' event).`,
    )
  }
  if (results.memory) {
    const rows = Object.entries(results.memory).map(([id, result]) => {
      const value = ok(result)
      if (!value) return [id, `error: ${(result as { error: string }).error}`, '', '', '', '', '']
      const refs = results.memory ?? {}
      return [
        id,
        `${fmt(mib(value.baseline.heapUsed))} / ${fmt(mib(value.baseline.rss))}`,
        `${fmt(mib(value.heapPerRoom))} / ${fmt(mib(value.rssPerRoom))}`,
        REFERENCES.map((ref) => ratio(value.heapPerRoom, ok(refs[ref])?.heapPerRoom)).join(' / '),
        `${fmt(mib(value.afterLeave.heapUsed))} / ${fmt(mib(value.afterLeave.rss))}`,
        fmt(mib(value.heapLeftOver)),
        value.heapPerRoomFromStorage === undefined ? '–' : fmt(mib(value.heapPerRoomFromStorage)),
      ]
    })
    const first = Object.values(results.memory).map(ok).find(Boolean)
    out.push(
      `\n### Server memory, MiB: ${first?.rooms ?? '?'} rooms of ${first?.cardsPerRoom ?? '?'} cards, one client each\n`,
      table(
        [
          'server',
          'baseline heap / RSS',
          'per loaded room: heap+buffers / RSS',
          'per room vs y-websocket / Hocuspocus',
          'after all left: heap / RSS',
          'heap left over vs baseline',
          'per room loaded again from storage: heap+buffers',
        ],
        rows,
      ),
    )
  }
  const client = ok(results.client)
  if (results.client) {
    out.push(`\n### Client (Chromium)${client?.unminified ? ', UNMINIFIED build (profiling run)' : ''}\n`)
    if (!client) out.push(`error: ${(results.client as { error: string }).error}`)
    else {
      out.push(
        table(
          ['measure', 'value'],
          [
            [
              'initial JS, gzip (KiB)',
              `${fmt(client.initialJsGzipBytes / 1024)} (${client.initialJsFiles.join(', ')})`,
            ],
            [
              // Results saved before the milestones were recorded have none: n/a.
              'start-up, ms since navigation: scripts run / board socket opened / board data arrived',
              `${fmt(client.startup?.scriptsRunMs)} / ${fmt(client.startup?.boardSocketMs)} / ${fmt(client.startup?.boardDataMs)}`,
            ],
            [`${client.cards}-card board: every card rendered (ms since navigation)`, fmt(client.renderedMs)],
            [
              `${client.cards}-card board interactive (ms since navigation; median of the loads, range)`,
              client.interactiveRangeMs
                ? `${fmt(client.interactiveMs)} (${fmt(client.interactiveRangeMs[0])}–${fmt(client.interactiveRangeMs[1])})`
                : fmt(client.interactiveMs),
            ],
            [
              'cards drawn in full at interactive (the rest as light text until near the screen); all full at',
              client.fullCardsAtInteractive === undefined
                ? 'n/a'
                : `${client.fullCardsAtInteractive} of ${client.cards}; ${client.allFullMs === null ? 'not within 2 s (far cards stay light until scrolled near)' : `${fmt(client.allFullMs)} ms`}`,
            ],
            [
              'the same with Chromium confined to one CPU: rendered / interactive',
              client.oneCpu
                ? `${fmt(client.oneCpu.renderedMs)} / ${fmt(client.oneCpu.interactiveMs)}`
                : 'n/a',
            ],
            [
              'frame time while dragging, ms p50 / p95 / max (frames)',
              `${fmt(client.dragFrames.p50)} / ${fmt(client.dragFrames.p95)} / ${fmt(client.dragFrames.max)} (${client.dragFrames.count})`,
            ],
          ],
        ),
      )
    }
  }
  if (results.abuse) {
    out.push('\n### One participant link against everyone else (practicemap-sqlite, default limits)\n')
    const value = ok(results.abuse)
    if (!value) out.push(`error: ${(results.abuse as { error: string }).error}`)
    else {
      const trip = (d: { p50: number; p99: number; count: number }) =>
        `${fmt(d.p50)} / ${fmt(d.p99)} (${d.count})`
      const loop = (phase: 'quiet' | 'flood' | 'presence') => {
        const delay = value.serverLoop?.[phase]
        return delay ? `; server loop delay p99 / max ${fmt(delay.p99)} / ${fmt(delay.max)}` : ''
      }
      out.push(
        table(
          ['measure', 'value'],
          [
            [
              'others’ round trip, ms p50 / p99 (edits): quiet',
              `${trip(value.roundTrip.quiet)}${loop('quiet')}`,
            ],
            [
              `… while one connection floods tiny updates for ${fmt(value.flood.seconds)} s`,
              `${trip(value.roundTrip.flood)}${loop('flood')}`,
            ],
            [
              '… while 100 of the connections from one address announce presence',
              `${trip(value.roundTrip.presence)}${loop('presence')}`,
            ],
            [
              'the flood: frames sent / accepted; told “too fast”',
              `${value.flood.framesSent} / ${value.flood.accepted}; ${value.flood.toldTooFast ? 'yes' : 'no'}${value.flood.closeCode ? `; closed with ${value.flood.closeCode}` : ''}`,
            ],
            [
              'server RSS over the flood, MiB: before / peak (growth)',
              `${fmt(mib(value.flood.rssBeforeBytes))} / ${fmt(mib(value.flood.rssPeakBytes))} (${fmt(mib(value.flood.rssPeakBytes - value.flood.rssBeforeBytes))})`,
            ],
            [
              'connections asked for from one address to one document: held (then refused with)',
              `${value.presence.connectionsHeld} (${value.presence.refusedStatus ?? 'none refused'})`,
            ],
            [
              'largest document accepted, MiB: written / a joiner downloads',
              `${fmt(mib(value.largestDocument.acceptedBytes))} / ${fmt(mib(value.largestDocument.joinerDownloadBytes))} (${value.largestDocument.refusedWith ?? 'never refused'})`,
            ],
            [
              'presence a joiner receives after one connection announced 1,000 entries: bytes (entries)',
              `${value.presenceAfterThousand.joinerBytes} (${value.presenceAfterThousand.entries})`,
            ],
          ],
        ),
      )
    }
  }
  if (results.capacity) {
    const value = ok(results.capacity)
    out.push(
      value
        ? capacityTable(value)
        : `\n### Capacity\n\nerror: ${(results.capacity as { error: string }).error}`,
    )
  }
  if (results.instances) {
    const rows = ok(results.instances)
    out.push(
      '\n### Two instances on PostgreSQL and Redis: one writer, readers split evenly\n',
      rows ? instancesTable(rows) : `error: ${(results.instances as { error: string }).error}`,
    )
  }
  if (results.targets) {
    // A quick run's counts and windows are too small to judge a target by: its figures are shown, not judged.
    const verdict = (t: Target) => (results.quick ? '—' : t.met === null ? 'n/a' : t.met ? 'met' : 'MISSED')
    out.push(
      results.quick ? '\n### Targets (BENCH_QUICK: not compared)\n' : '\n### Targets\n',
      table(
        ['target', 'goal', 'this run', ''],
        results.targets.map((t) => [t.name, t.goal, t.value, verdict(t)]),
      ),
    )
  }
  console.log(out.join('\n'))
}

export function checkTargets(results: Results): Target[] {
  const targets: Target[] = []
  const sizes = Object.keys(results.fanout ?? {})
  const largest = sizes.at(-1)
  const section = largest ? results.fanout?.[largest] : undefined
  if (section) {
    // The issue's target is against Hocuspocus (the best of its variants here); y-websocket's ratio is shown.
    const hocuspocus = bestHocuspocusP99(section)
    for (const id of OURS) {
      const ours = ok(section[id])
      if (!ours && !section[id]) continue
      const missing = ours ? ours.expected - ours.delivered : Number.NaN
      const versus = ours && hocuspocus ? ours.p99 / hocuspocus.value : Number.NaN
      targets.push({
        name: `fan-out p99 at ${largest} clients, presence on, ${id}`,
        goal: '≤ 0.5× Hocuspocus, 0 missing',
        value: `${ratio(ours?.p99, hocuspocus?.value)} ${hocuspocus?.id ?? 'Hocuspocus'} (${fmt(ours?.p99)} vs ${fmt(hocuspocus?.value)} ms), ${ratio(ours?.p99, ok(section['y-websocket'])?.p99)} y-websocket; ${missing} missing`,
        met: Number.isFinite(versus) ? versus <= 0.5 && missing === 0 : null,
      })
    }
    const floor = ok(section['floor-relay'])
    if (floor) {
      const refs = REFERENCES.map((ref) => ok(section[ref])?.p99)
      targets.push({
        name: `the measuring floor: relay without Yjs, p99 at ${largest} clients`,
        goal: 'how low any server could go here',
        value: `${REFERENCES.map((ref, i) => `${ratio(floor.p99, refs[i])} ${ref}`).join(', ')}`,
        met: null,
      })
    }
    const memoryP50 = sizes.map((size) => ok(results.fanout?.[size]?.['practicemap-memory'])?.p50)
    const sqliteP50 = sizes.map((size) => ok(results.fanout?.[size]?.['practicemap-sqlite'])?.p50)
    const ratios = sizes.map((_, i) => (sqliteP50[i] ?? Number.NaN) / (memoryP50[i] ?? Number.NaN))
    const waits = sizes.map((size) => ok(results.fanout?.[size]?.['practicemap-sqlite'])?.commitWait)
    targets.push({
      name: 'persistence cost: fan-out p50 SQLite / in memory (commit wait p50 / p99, ms)',
      goal: '< 1.10 at every size',
      value: sizes
        .map((size, i) => `${size}: ${fmt(ratios[i])}× (${fmt(waits[i]?.p50Ms)} / ${fmt(waits[i]?.p99Ms)})`)
        .join(', '),
      met: ratios.every(Number.isFinite) ? ratios.every((r) => r < 1.1) : null,
    })
  }
  targets.push(...workshopTargets(results))
  const join = ok(results.joins?.['practicemap-sqlite'])
  if (join) {
    const times = join.coldMs === null ? null : join.coldMs / join.clientDecodeMs
    targets.push({
      name: `${join.cards}-card cold join / the client's own decode, practicemap-sqlite`,
      goal: '≤ 1.3×',
      value:
        `${ratio(join.coldMs ?? undefined, join.clientDecodeMs)} (${fmt(join.coldMs)} / ${fmt(join.clientDecodeMs)} ms; ` +
        `floor: the stock client's receipt, ${ratio(join.clientReceiptMs, join.clientDecodeMs)})`,
      met: times === null ? null : times <= 1.3,
    })
  }
  const memory = results.memory
  if (memory) {
    for (const id of OURS) {
      const ours = ok(memory[id])
      const reference = ok(memory['y-websocket'])
      targets.push({
        name: `memory per loaded room, ${id}`,
        goal: '≤ y-websocket reference',
        value: `${fmt(ours && mib(ours.heapPerRoom))} MiB vs ${fmt(reference && mib(reference.heapPerRoom))} MiB`,
        met: ours && reference ? ours.heapPerRoom <= reference.heapPerRoom : null,
      })
    }
  }
  const abused = ok(results.abuse)
  if (abused) {
    targets.push({
      name: 'others’ round trip p99 while one connection floods',
      goal: '≤ 250 ms',
      value: `${fmt(abused.roundTrip.flood.p99)} ms (quiet: ${fmt(abused.roundTrip.quiet.p99)} ms)`,
      met: abused.roundTrip.flood.p99 <= 250,
    })
    const growth = mib(abused.flood.rssPeakBytes - abused.flood.rssBeforeBytes)
    targets.push({
      name: 'server memory growth while one connection floods',
      goal: '≤ 200 MiB',
      value: `${fmt(growth)} MiB`,
      met: growth <= 200,
    })
  }
  const held = ok(results.capacity)
  if (held) {
    targets.push({
      name: 'capacity: 30-person, 7-board workshops one core holds with card p99 ≤ 100 ms',
      goal: 'a figure, and the physical limit it is compared to',
      value: capacityHeadline(held),
      met: null,
    })
  }
  const client = ok(results.client)
  if (client && !client.unminified) {
    targets.push({
      name: 'initial JS (gzip)',
      goal: '≤ 200 KB',
      value: `${fmt(client.initialJsGzipBytes / 1000)} KB`,
      met: client.initialJsGzipBytes <= 200_000,
    })
    targets.push({
      name: `${client.cards}-card board interactive`,
      goal: '< 500 ms',
      value: `${fmt(client.interactiveMs)} ms`,
      met: client.cards >= 1000 ? client.interactiveMs < 500 : null,
    })
  }
  return targets
}

/** The issue's workshop targets: stock presence against the best reference, cleared presence against y-websocket. */
function workshopTargets(results: Results): Target[] {
  const targets: Target[] = []
  const stock = results.workshop?.stock
  if (stock) {
    const cpu = bestReference(stock, (value) => value.cpuMsPerParticipantSecond)
    const memory = bestReference(stock, (value) => value.memory.perParticipant)
    for (const id of OURS) {
      if (!stock[id]) continue
      const ours = ok(stock[id])
      const cpuRatio = ours && cpu ? ours.cpuMsPerParticipantSecond / cpu.value : Number.NaN
      targets.push({
        name: `workshops, stock presence: server CPU per participant, ${id}`,
        goal: '≤ 0.5× the best reference',
        value: `${fmt(ours?.cpuMsPerParticipantSecond)} ms/participant-s, ${ratio(ours?.cpuMsPerParticipantSecond, cpu?.value)} ${cpu?.id ?? 'n/a'}`,
        met: Number.isFinite(cpuRatio) ? cpuRatio <= 0.5 : null,
      })
      const memoryRatio = ours && memory ? ours.memory.perParticipant / memory.value : Number.NaN
      targets.push({
        name: `workshops, stock presence: memory per participant, ${id}`,
        goal: '≤ 0.75× the best reference',
        value: `${fmt(ours && ours.memory.perParticipant / 1024)} KiB, ${ratio(ours?.memory.perParticipant, memory?.value)} ${memory?.id ?? 'n/a'}`,
        met: Number.isFinite(memoryRatio) ? memoryRatio <= 0.75 : null,
      })
      const missing = ours ? ours.expected - ours.delivered : Number.NaN
      targets.push({
        name: `workshops, stock presence: card delivery p99, ${id}`,
        goal: '≤ 100 ms, 0 missing',
        value: `${fmt(ours?.p99)} ms; ${missing} missing`,
        met: ours ? ours.p99 <= 100 && missing === 0 : null,
      })
    }
  }
  const client = results.workshop?.client
  if (client) {
    const reference = ok(client['y-websocket'])
    for (const id of OURS) {
      if (!client[id]) continue
      const ours = ok(client[id])
      const cpuRatio =
        ours && reference ? ours.cpuMsPerParticipantSecond / reference.cpuMsPerParticipantSecond : Number.NaN
      targets.push({
        name: `workshops, client presence (unused cleared): server CPU per participant, ${id}`,
        goal: '≤ 0.8× y-websocket',
        value: `${fmt(ours?.cpuMsPerParticipantSecond)} ms/participant-s, ${ratio(ours?.cpuMsPerParticipantSecond, reference?.cpuMsPerParticipantSecond)} y-websocket`,
        met: Number.isFinite(cpuRatio) ? cpuRatio <= 0.8 : null,
      })
    }
  }
  return targets
}
