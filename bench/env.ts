/**
 * What every part of the benchmark shares: where the repository is, which sections and sizes to run
 * (BENCH_QUICK, BENCH_ONLY), and the CPU pinning (server children on CPU 0, this load generator on CPU 1).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))
export const benchDir = fileURLToPath(new URL('.', import.meta.url))

/** `BENCH_QUICK=1`: small counts and short windows, a smoke run of every section. */
export const quick = process.env.BENCH_QUICK === '1'

/**
 * fanout: one room of 20 / 100 / 200 clients; rooms: many small rooms; workshop: W workshops × P
 * participants × B boards, every tab with all its documents open, in both presence modes; joins: cold and
 * warm joins of a big board; memory: per loaded room; client: Chromium; abuse: one hostile link;
 * capacity: how many workshops ours holds, with raw frame-level generators; instances: two of ours on
 * PostgreSQL and Redis, delivery within one instance against across them.
 */
export const SECTIONS = [
  'fanout',
  'rooms',
  'workshop',
  'joins',
  'memory',
  'client',
  'abuse',
  'capacity',
  'instances',
] as const
export type Section = (typeof SECTIONS)[number]

/** `BENCH_ONLY=fanout,joins`: the sections to run (all by default). */
export function selectedSections(value = process.env.BENCH_ONLY): Section[] {
  if (!value?.trim()) return [...SECTIONS]
  const wanted = value.split(',').map((name) => name.trim())
  const unknown = wanted.filter((name) => !(SECTIONS as readonly string[]).includes(name))
  if (unknown.length > 0)
    throw new Error(`BENCH_ONLY: unknown section(s) ${unknown.join(', ')}; use ${SECTIONS}`)
  return SECTIONS.filter((section) => wanted.includes(section))
}

/** `BENCH_SERVERS=practicemap-memory,y-websocket`: run only these server variants (all by default). */
export const serverFilter = process.env.BENCH_SERVERS?.trim() ? process.env.BENCH_SERVERS.split(',') : null

export const hasTaskset = (() => {
  try {
    execFileSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

/** Pins this process (the load generator) to CPU 1; servers run on CPU 0. */
export function pinLoadGenerator(): void {
  if (hasTaskset) execFileSync('taskset', ['-acp', '1', String(process.pid)], { stdio: 'ignore' })
}

/**
 * Lets this process (and the children it starts from now on) run on both CPUs again: for the instances
 * section, whose two servers, PostgreSQL and Redis are children too and would otherwise share CPU 1.
 */
export function unpinLoadGenerator(): void {
  if (hasTaskset) execFileSync('taskset', ['-acp', '0,1', String(process.pid)], { stdio: 'ignore' })
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Resolves at `intended` (performance.now()), never before: a timer can fire up to a millisecond early, so
 * it sleeps to within a millisecond, then yields to I/O until the time. A late caller keeps its intended
 * time, so a load's lateness counts (no coordinated omission).
 */
export async function sleepUntil(intended: number): Promise<void> {
  const wait = intended - performance.now()
  if (wait > 1) await sleep(wait - 1)
  while (performance.now() < intended) await new Promise((resolve) => setImmediate(resolve))
}

/** Resolves once `condition()` holds; rejects after `timeoutMs`. Polls every millisecond. */
export async function until(condition: () => boolean, timeoutMs = 30_000, what = 'condition'): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await sleep(1)
  }
}

let source: string | undefined

/**
 * Where PracticeMap's server and client are built and run from. By default the working tree; with
 * BENCH_SOURCE=<commit-ish> (e.g. HEAD) a `git archive` of that commit in .build-bench/src-<sha>, so edits
 * in progress elsewhere in the tree cannot change (or break) a run. Dependencies still come from the root
 * node_modules, which Node finds by walking up from there.
 */
export function sourceRoot(): string {
  if (source) return source
  const ref = process.env.BENCH_SOURCE?.trim()
  if (!ref) {
    source = root
    return source
  }
  const sha = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {
    cwd: root,
    encoding: 'utf8',
  }).trim()
  const dir = join(root, '.build-bench', `src-${sha.slice(0, 12)}`)
  if (!existsSync(join(dir, 'package.json'))) {
    mkdirSync(dir, { recursive: true })
    const paths = [
      'package.json',
      'tsconfig.json',
      'vite.config.ts',
      'client',
      'server',
      'shared',
      'bench/servers',
    ]
    const archive = execFileSync('git', ['archive', '--format=tar', sha, ...paths], {
      cwd: root,
      maxBuffer: 1 << 30,
    })
    execFileSync('tar', ['-x', '-C', dir], { input: archive })
  }
  source = dir
  return source
}
