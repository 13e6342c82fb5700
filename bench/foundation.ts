/**
 * `npm run bench`: figures for the foundation, printed as a table and saved to bench/results/.
 *
 * - convergence: one person adds a card, how long until a second person's board has it (stock clients);
 * - fan-out: one writer at a fixed rate, 20 observers; latency from the *intended* send time, so a stalled
 *   server cannot hide its backlog (no coordinated omission); in-memory vs SQLite storage side by side;
 * - cold join: connect → synced for a stored 5,000-card board after a server restart;
 * - refusals: 1,000 WebSocket upgrades with a wrong token from one address (50 in flight), which the
 *   per-address limit answers 429 after the first 20 (403); wall time and the server's CPU time.
 *
 * Every client uses its workshop link's token, as the browser does: writers a participant's, readers
 * (the fan-out's observers, the cold joins) an observer's.
 *
 * The server runs in a child process (pinned to CPU 0 when `taskset` exists), the clients here (CPU 1).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { SqliteStore } from '../server/storage/sqliteStore'
import { addCard } from '../shared/boardOperations'
import { boardDocumentName } from '../shared/documentNames'
import { cardsMap, LANES } from '../shared/schema'
import { rawUpgrade } from '../tests/support/rawUpgrade'

const root = fileURLToPath(new URL('..', import.meta.url))
// Every stock provider adds a process 'exit' listener; a benchmark opens dozens on purpose.
process.setMaxListeners(0)
const hasTaskset = (() => {
  try {
    execFileSync('taskset', ['-c', '0', 'true'])
    return true
  } catch {
    return false
  }
})()
if (hasTaskset) execFileSync('taskset', ['-cp', '1', String(process.pid)], { stdio: 'ignore' })

interface ServerHandle {
  url: string
  child: ChildProcess
  stop(): Promise<void>
}

async function startServerProcess(storage: 'sqlite' | 'memory', dataDir: string): Promise<ServerHandle> {
  const args = [
    join(root, 'node_modules/tsx/dist/cli.mjs'),
    'bench/servers/practicemapProcess.ts',
    storage,
    dataDir,
  ]
  const command = hasTaskset ? 'taskset' : process.execPath
  const child = spawn(command, hasTaskset ? ['-c', '0', process.execPath, ...args] : args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      try {
        resolve((JSON.parse(line) as { url: string }).url)
      } catch {}
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

interface Workshop {
  id: string
  /** The `?token=` of each role's link. */
  tokens: { facilitator: string; participant: string; observer: string }
}

async function createWorkshop(url: string): Promise<Workshop> {
  const response = await fetch(`${url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Benchmark' }),
  })
  if (response.status !== 201) throw new Error(`create workshop: HTTP ${response.status}`)
  const { id, links } = (await response.json()) as {
    id: string
    links: Record<keyof Workshop['tokens'], string>
  }
  const token = (link: string) => new URL(link).searchParams.get('token') ?? ''
  return {
    id,
    tokens: {
      facilitator: token(links.facilitator),
      participant: token(links.participant),
      observer: token(links.observer),
    },
  }
}

function connect(url: string, name: string, token: string): { doc: Y.Doc; provider: WebsocketProvider } {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`${url.replace('http', 'ws')}/sync`, name, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token },
  })
  return { doc, provider }
}

async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  }
}

const author = { id: 'bench', name: 'Bench', organisation: 'Loopback' }

/** Each card's text carries its intended send time; observers record arrival − intended time. */
async function fanOut(url: string, observers: number, edits: number, intervalMs: number) {
  const { id, tokens } = await createWorkshop(url)
  const name = boardDocumentName(id, 'fanout00')
  const writer = connect(url, name, tokens.participant)
  const peers = Array.from({ length: observers }, () => connect(url, name, tokens.observer))
  await until(() => writer.provider.synced && peers.every((peer) => peer.provider.synced))
  const latencies: number[] = []
  let delivered = 0
  for (const peer of peers) {
    cardsMap(peer.doc).observe((event) => {
      const now = performance.now()
      for (const [id, change] of event.changes.keys) {
        if (change.action !== 'add') continue
        const text = cardsMap(peer.doc).get(id)?.get('text')
        const intended = Number(String(text).split(' ')[0])
        latencies.push(now - intended)
        delivered++
      }
    })
  }
  const start = performance.now() + 50
  for (let i = 0; i < edits; i++) {
    const intended = start + i * intervalMs
    const wait = intended - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    addCard(
      writer.doc,
      { lane: LANES[i % 4] ?? 'keyAspects', text: `${intended} card ${i}`, author },
      Date.now(),
    )
  }
  const expected = edits * observers
  await until(() => delivered >= expected, 30_000).catch(() => {})
  for (const client of [writer, ...peers]) client.provider.destroy()
  return { ...summary(latencies), expected, delivered }
}

async function convergence(url: string, samples: number) {
  const { id, tokens } = await createWorkshop(url)
  const name = boardDocumentName(id, 'converge')
  const alice = connect(url, name, tokens.participant)
  const bob = connect(url, name, tokens.participant)
  await until(() => alice.provider.synced && bob.provider.synced)
  const times: number[] = []
  for (let i = 0; i < samples; i++) {
    const arrived = new Promise<number>((resolve) => {
      const cards = cardsMap(bob.doc)
      const onChange = () => {
        cards.unobserve(onChange)
        resolve(performance.now())
      }
      cards.observe(onChange)
    })
    const started = performance.now()
    addCard(alice.doc, { lane: 'benefits', text: `card ${i}`, author }, Date.now())
    times.push((await arrived) - started)
  }
  alice.provider.destroy()
  bob.provider.destroy()
  return summary(times)
}

async function coldJoin(dataDir: string, cards: number) {
  let server = await startServerProcess('sqlite', dataDir)
  const { id, tokens } = await createWorkshop(server.url)
  const name = boardDocumentName(id, 'bigboard')
  const writer = connect(server.url, name, tokens.participant)
  await until(() => writer.provider.synced)
  writer.doc.transact(() => {
    for (let i = 0; i < cards; i++) {
      addCard(
        writer.doc,
        { lane: LANES[i % 4] ?? 'keyAspects', text: `Card number ${i}`, author },
        Date.now(),
      )
    }
  })
  const check = connect(server.url, name, tokens.observer)
  await until(() => check.provider.synced && cardsMap(check.doc).size === cards, 60_000)
  const bytes = Y.encodeStateAsUpdate(writer.doc).byteLength
  writer.provider.destroy()
  check.provider.destroy()
  await server.stop()
  server = await startServerProcess('sqlite', dataDir)
  const joins: number[] = []
  for (let i = 0; i < 5; i++) {
    // The first join loads from disk (cold); later ones find the room in memory (warm).
    const started = performance.now()
    const reader = connect(server.url, name, tokens.observer)
    await until(() => reader.provider.synced && cardsMap(reader.doc).size === cards, 60_000)
    joins.push(performance.now() - started)
    reader.provider.destroy()
  }
  await server.stop()
  return { cards, bytes, coldMs: joins[0] ?? Number.NaN, warmMs: summary(joins.slice(1)).p50 }
}

/** The process and its descendants (tsx runs the server in a child process of its own). */
function processTree(pid: number): number[] {
  const pids = [pid]
  for (let i = 0; i < pids.length; i++) {
    const taskDir = `/proc/${pids[i]}/task`
    if (!existsSync(taskDir)) continue
    for (const task of readdirSync(taskDir)) {
      const children = readFileSync(`${taskDir}/${task}/children`, 'utf8').trim()
      if (children) pids.push(...children.split(' ').map(Number))
    }
  }
  return pids
}

/** CPU time (user + system) a process and its descendants have used, in ms; NaN without /proc. */
function cpuMs(pid: number | undefined): number {
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return Number.NaN
  let ticks = 0
  for (const member of processTree(pid)) {
    // After the command name (in parentheses), utime and stime are the 12th and 13th fields.
    const fields = readFileSync(`/proc/${member}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    ticks += Number(fields[11]) + Number(fields[12])
  }
  // Clock ticks of 10 ms (USER_HZ is 100 on Linux).
  return ticks * 10
}

/** 1,000 refused upgrades from one address, 50 at a time: what a client retrying a dead link costs. */
async function refusals(dataDir: string, total = 1000, inFlight = 50) {
  const server = await startServerProcess('sqlite', dataDir)
  const { id } = await createWorkshop(server.url)
  const path = `/sync/${id}?token=${'W'.repeat(32)}`
  const statuses: Record<number, number> = {}
  const cpuBefore = cpuMs(server.child.pid)
  const started = performance.now()
  for (let sent = 0; sent < total; sent += inFlight) {
    const wave = await Promise.all(Array.from({ length: inFlight }, () => rawUpgrade(server.url, path)))
    for (const status of wave) statuses[status] = (statuses[status] ?? 0) + 1
  }
  const wallMs = performance.now() - started
  const serverCpuMs = cpuMs(server.child.pid) - cpuBefore
  await server.stop()
  return { total, wallMs, serverCpuMs, statuses }
}

/** What one commit costs the SQLite store (WAL, synchronous=NORMAL), alone and batched as one event-loop turn. */
async function commitCost(dataDir: string) {
  const store = SqliteStore.open(dataDir)
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (let i = 0; i < 2000; i++) addCard(doc, { lane: 'benefits', text: `card ${i}`, author }, Date.now())
  const name = boardDocumentName('benchCommit', 'commit00')
  const measure = async (batchSize: number) => {
    const started = performance.now()
    let written = 0
    for (let i = 0; i + batchSize <= 1000; i += batchSize) {
      await store.appendUpdates(
        updates.slice(i, i + batchSize).map((update) => ({ documentName: name, update })),
      )
      written += batchSize
    }
    return ((performance.now() - started) * 1000) / written
  }
  const single = await measure(1)
  const batched = await measure(100)
  await store.close()
  return { microsecondsPerUpdateAlone: single, microsecondsPerUpdateIn100Batch: batched }
}

const round = (value: number) => Math.round(value * 100) / 100
const scratch = mkdtempSync(join(tmpdir(), 'practicemap-bench-'))
const results: Record<string, unknown> = { date: new Date().toISOString(), pinned: hasTaskset }
try {
  const rows: string[][] = []
  for (const storage of ['memory', 'sqlite'] as const) {
    const server = await startServerProcess(storage, join(scratch, storage))
    const converge = await convergence(server.url, 200)
    const fan = await fanOut(server.url, 20, 200, 10)
    await server.stop()
    results[storage] = { convergence: converge, fanOut20: fan }
    rows.push([
      storage,
      `${round(converge.p50)} / ${round(converge.p95)} / ${round(converge.max)}`,
      `${round(fan.p50)} / ${round(fan.p99)} / ${round(fan.max)}`,
      `${fan.delivered}/${fan.expected}`,
    ])
  }
  const join5000 = await coldJoin(join(scratch, 'cold'), 5000)
  results.coldJoin = join5000
  const commits = await commitCost(join(scratch, 'commit'))
  results.commitCost = commits
  const refused = await refusals(join(scratch, 'refusals'))
  results.refusedUpgrades = refused
  const memory = results.memory as { fanOut20: { p50: number } }
  const sqlite = results.sqlite as { fanOut20: { p50: number } }
  results.persistenceCostP50 = sqlite.fanOut20.p50 / memory.fanOut20.p50

  console.log('\nPracticeMap foundation benchmark (ms; server on CPU 0, clients on CPU 1)\n')
  console.log(
    '| storage | two clients converge p50 / p95 / max | fan-out to 20 at 100/s p50 / p99 / max | delivered |',
  )
  console.log('|---|---|---|---|')
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
  console.log(
    `\nSQLite fan-out p50 / in-memory p50: ${round(results.persistenceCostP50 as number)}×` +
      `\nCold join of a ${join5000.cards}-card board (${Math.round(join5000.bytes / 1024)} KiB): ` +
      `${round(join5000.coldMs)} ms cold, ${round(join5000.warmMs)} ms warm` +
      `\nSQLite commit per update: ${round(commits.microsecondsPerUpdateAlone)} µs alone, ` +
      `${round(commits.microsecondsPerUpdateIn100Batch)} µs in a batch of 100` +
      `\n${refused.total} refused upgrades (${JSON.stringify(refused.statuses)}): ${round(refused.wallMs)} ms, ` +
      `server CPU ${round(refused.serverCpuMs)} ms`,
  )
  mkdirSync(join(root, 'bench/results'), { recursive: true })
  const file = join(root, 'bench/results', 'foundation.json')
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\nSaved to ${file.slice(root.length)}`)
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
process.exit(0)
