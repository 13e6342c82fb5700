/**
 * `npm run bench`: PracticeMap's server against the reference servers, side by side, from one load
 * generator; a table per section on stdout and bench/results/<timestamp>.json + latest.json.
 *
 * BENCH_QUICK=1 (small counts), BENCH_ONLY=fanout,rooms,workshop,joins,memory,client,abuse,capacity,instances (sections, see
 * env.ts SECTIONS; `workshop` is W workshops × P participants × B boards in both presence modes, sized by
 * BENCH_WORKSHOP_SHAPE=10x30x7 and BENCH_WORKSHOP_SECONDS=45, see shapes.ts and load/workshop.ts;
 * `capacity` ramps workshops on ours with raw frame-level generators, see load/capacity.ts),
 * BENCH_SERVERS=practicemap-sqlite,y-websocket,... (variants), BENCH_SOURCE=HEAD (run our server and client
 * from a commit rather than the working tree, see env.ts), BENCH_CPU_PROF=<variant id>|client,... (a
 * --cpu-prof of those server children into bench/results/profiles/).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ClientResult, clientBench } from './client'
import { benchDir, hasTaskset, pinLoadGenerator, quick, root, type Section, selectedSections } from './env'
import { abuse } from './load/abuse'
import { capacity } from './load/capacity'
import { combineRounds, type FanOutResult, type FanOutRound, type FanOutShape, fanOut } from './load/fanout'
import { instances } from './load/instances'
import { joins } from './load/joins'
import { memory } from './load/memory'
import { PRESENCE_MODES, workshopLoad } from './load/workshop'
import { checkTargets, type PerVariant, printTables, type Results } from './report'
import { selectedVariants } from './servers/variants'
import {
  capacityShape,
  clientShape,
  fanOutRounds,
  fanOutShapes,
  joinShape,
  manyRoomsShape,
  memoryShape,
  workshopLoadShape,
} from './shapes'

const sections = selectedSections()
const variants = selectedVariants()
const references = join(benchDir, 'references')
// Only the sections that compare servers run the references (client, abuse, capacity and instances run
// ours alone).
const OURS_ALONE: readonly Section[] = ['client', 'abuse', 'capacity', 'instances']
const needsReferences =
  sections.some((section) => !OURS_ALONE.includes(section)) &&
  variants.some((variant) => variant.family === 'y-websocket' || variant.family === 'hocuspocus')
if (needsReferences && !existsSync(join(references, 'node_modules/@hocuspocus/server'))) {
  // npm prints little while it installs; say how long the wait is, or the first run looks stuck.
  console.log(
    'Installing the reference servers (first run only, about 2 minutes, quiet meanwhile): npm --prefix bench/references ci…',
  )
  execFileSync('npm', ['--prefix', references, 'ci', '--no-audit', '--no-fund'], { stdio: 'inherit' })
}
pinLoadGenerator()
const scratch = mkdtempSync(join(tmpdir(), 'practicemap-bench-'))
const results: Results = {
  date: new Date().toISOString(),
  quick,
  pinned: hasTaskset,
  node: process.version,
  source: process.env.BENCH_SOURCE
    ? execFileSync('git', ['rev-parse', process.env.BENCH_SOURCE], { cwd: root, encoding: 'utf8' }).trim()
    : 'working tree',
}

/** Runs one variant's part of a section; a failure is recorded and the next variant runs. */
async function each<T>(
  what: string,
  section: Section,
  run: (variant: (typeof variants)[number]) => Promise<T>,
) {
  const out: PerVariant<T> = {}
  for (const variant of variants) {
    if (variant.sections && !variant.sections.includes(section)) continue
    process.stdout.write(`${what}: ${variant.id}… `)
    const started = performance.now()
    try {
      out[variant.id] = await run(variant)
      console.log(`${Math.round((performance.now() - started) / 100) / 10} s`)
    } catch (error) {
      out[variant.id] = { error: error instanceof Error ? error.message : String(error) }
      console.log(`failed: ${(out[variant.id] as { error: string }).error}`)
    }
  }
  return out
}

/** A section only our SQLite server runs (when it is among the variants); a failure is recorded. */
async function oursAlone<T>(
  what: string,
  run: (ours: (typeof variants)[number]) => Promise<T>,
): Promise<T | { error: string } | undefined> {
  const ours = variants.find((variant) => variant.id === 'practicemap-sqlite')
  if (!ours) return undefined
  process.stdout.write(what)
  const started = performance.now()
  try {
    const result = await run(ours)
    console.log(`${Math.round((performance.now() - started) / 100) / 10} s`)
    return result
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.log(`failed: ${message}`)
    return { error: message }
  }
}

async function onFreshServer<T>(
  variant: (typeof variants)[number],
  dir: string,
  run: (server: Awaited<ReturnType<(typeof variants)[number]['start']>>) => Promise<T>,
): Promise<T> {
  const server = await variant.start(join(scratch, dir, variant.id))
  try {
    return await run(server)
  } finally {
    await server.child.stop()
  }
}

/** Fan-out in `fanOutRounds` rounds, the servers taking turns within each round; rounds pooled per server. */
async function roundsOf(what: string, section: Section, shape: FanOutShape) {
  const rounds: PerVariant<FanOutRound>[] = []
  for (let round = 1; round <= fanOutRounds; round++) {
    const label = fanOutRounds > 1 ? `${what}, round ${round}/${fanOutRounds}` : what
    rounds.push(
      await each(label, section, (variant) =>
        onFreshServer(variant, `${section}${shape.clientsPerRoom}-${round}`, (server) =>
          fanOut(server, shape),
        ),
      ),
    )
  }
  const pooled: PerVariant<FanOutResult> = {}
  for (const id of Object.keys(rounds[0] ?? {})) {
    const results = rounds.map((round) => round[id])
    const failure = results.find((result) => result !== undefined && 'error' in result)
    pooled[id] = failure
      ? { error: (failure as { error: string }).error }
      : combineRounds(results as FanOutRound[])
  }
  return pooled
}

try {
  if (sections.includes('fanout')) {
    results.fanout = {}
    for (const shape of fanOutShapes) {
      results.fanout[String(shape.clientsPerRoom)] = await roundsOf(
        `fan-out ${shape.clientsPerRoom}`,
        'fanout',
        shape,
      )
    }
  }
  if (sections.includes('rooms')) {
    results.rooms = await roundsOf('many rooms', 'rooms', manyRoomsShape)
  }
  if (sections.includes('workshop')) {
    results.workshop = {}
    for (const mode of PRESENCE_MODES) {
      results.workshop[mode] = await each(`workshops, ${mode} presence`, 'workshop', (variant) =>
        onFreshServer(variant, `workshop-${mode}`, (server) => workshopLoad(server, workshopLoadShape, mode)),
      )
    }
  }
  if (sections.includes('joins')) {
    results.joins = await each('joins', 'joins', (variant) =>
      joins(variant, join(scratch, 'joins'), joinShape.cards, joinShape.herd),
    )
  }
  if (sections.includes('memory')) {
    results.memory = await each('memory', 'memory', (variant) =>
      memory(variant, join(scratch, 'memory', variant.id), memoryShape.rooms, memoryShape.cards),
    )
  }
  if (sections.includes('client')) {
    process.stdout.write('client… ')
    try {
      results.client = await clientBench(join(scratch, 'client'), clientShape.cards)
      console.log('done')
    } catch (error) {
      results.client = { error: error instanceof Error ? error.message : String(error) } satisfies
        | ClientResult
        | { error: string }
      console.log(`failed: ${results.client.error}`)
    }
  }
  if (sections.includes('abuse')) {
    // Our server alone, with its default limits: what one participant link can cost everyone else.
    results.abuse = await oursAlone('abuse: practicemap-sqlite… ', (ours) =>
      onFreshServer(ours, 'abuse', (server) => abuse(server)),
    )
  }
  if (sections.includes('capacity')) {
    // Ours alone (SQLite), against the capacity floor: how many workshops one core holds.
    results.capacity = await oursAlone('capacity: practicemap-sqlite, workshops ', (ours) =>
      capacity(ours, join(scratch, 'capacity'), capacityShape),
    )
  }
  if (sections.includes('instances')) {
    process.stdout.write('instances: two of ours on PostgreSQL and Redis… ')
    try {
      results.instances = await instances(quick ? [20] : [20, 100, 200], quick ? 30 : 200)
      console.log('done')
    } catch (error) {
      results.instances = { error: error instanceof Error ? error.message : String(error) }
      console.log(`failed: ${results.instances.error}`)
    }
  }
  results.targets = checkTargets(results)
  console.log(
    `\nPracticeMap vs reference servers${quick ? ' (BENCH_QUICK: small counts, not for comparison)' : ''}; ` +
      `servers on CPU 0, load generator on CPU 1${hasTaskset ? '' : ' (not pinned: no taskset)'}; Node ${process.version}; ` +
      `PracticeMap from ${results.source}`,
  )
  printTables(results)
  const dir = join(root, 'bench/results')
  mkdirSync(dir, { recursive: true })
  const json = `${JSON.stringify(results, null, 2)}\n`
  const file = join(dir, `${results.date.replace(/[:.]/g, '-')}.json`)
  writeFileSync(file, json)
  writeFileSync(join(dir, 'latest.json'), json)
  console.log(`\nSaved to ${file.slice(root.length)} and bench/results/latest.json`)
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
process.exit(0)
