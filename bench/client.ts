/**
 * Client section, in Debian's Chromium through Playwright (CHROMIUM_PATH overrides /usr/bin/chromium):
 *
 * - initial JS: the client built into .build-bench/client; the gzip size (zlib default level) of every
 *   script index.html loads before anything else runs (its module script and modulepreload links);
 * - a board of `cards` cards (built with addCard, written through a stock client) served by our server
 *   (SQLite, STATIC_DIR pointing at that build). A first visit fills the join form and is thrown away;
 *   then, three times, a new browser context with its local storage (name and token, no IndexedDB copy of
 *   the board and an empty HTTP cache) opens the board (the median load is reported), and the page itself
 *   records, on each animation frame:
 *   - rendered: every card of the board is in the page, as a full card ([data-testid="card"]) or a light
 *     one ([data-testid="card-light"]): all of the board's text is there;
 *   - interactive: every card is in the page, every card on the first screen is a full card (no light
 *     card's box meets the viewport), and the first card's first button is enabled and is what a click at
 *     its centre would hit (elementFromPoint). Both in ms since navigation start (performance.now()).
 *   Why light cards count: a lane of more than 40 items draws the cards far from the screen as plain text
 *   first (client/board/WindowedCards.tsx) and builds them in full as they come near, so the page is
 *   usable before a thousand full cards are built; before that change, rendered and interactive required
 *   every card in full. So that the change does not pass for work that was dropped, each load also records
 *   how many cards were full at `interactive`, and `allFullMs`, when every card was full: null when some
 *   were still light two seconds later, which is the rule (far cards stay light until scrolled near);
 *   And where that time went (`startup`, in the JSON only): when the page's scripts had run
 *   (DOMContentLoaded), when it created the board's socket, and when the board's contents arrived (the
 *   first message over 1 KB on that socket); from there to `renderedMs` is decoding and rendering, from
 *   `renderedMs` to `interactiveMs` mostly style and layout;
 * - frame time while dragging a card from the first lane to the third (mouse, dnd-kit), after the last
 *   load: the intervals between animation frames from pointer down to drop, p50 / p95 / max.
 *
 * Chromium runs on every CPU (see launchChromium); one more load with it confined to one CPU, as the
 * server sections confine the load generator, is reported beside.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { type Browser, type BrowserContextOptions, chromium, type Page } from '@playwright/test'
import * as Y from 'yjs'
import { boardDocumentName, workshopDocumentName } from '../shared/documentNames'
import { LANES } from '../shared/schema'
import { addPractice } from '../shared/workshopOperations'
import { hasTaskset, pinLoadGenerator, root, sourceRoot, until } from './env'
import { boardUpdate, whenBoardLoaded } from './load/board'
import { connectClient } from './load/clients'
import { startChild } from './servers/childProcess'
import { type Distribution, distribution } from './stats'

export interface ClientResult {
  /** A profiled run (BENCH_CPU_PROF=client) uses an unminified build: its figures are not comparable. */
  unminified: boolean
  initialJsGzipBytes: number
  initialJsFiles: string[]
  cards: number
  /** The median of LOADS page loads (by interactiveMs), Chromium on every CPU. */
  renderedMs: number
  interactiveMs: number
  /** Of that load: the cards drawn in full when it was interactive (the rest were light). */
  fullCardsAtInteractive: number
  /** Of that load: when every card was full, or null if some were still light ALL_FULL_WAIT_MS later. */
  allFullMs: number | null
  /** The fastest and slowest of those loads. */
  interactiveRangeMs: [number, number]
  /** One more load with Chromium confined to the load generator's CPU, as every run before these figures. */
  oneCpu: { renderedMs: number; interactiveMs: number }
  /** Milestones before `renderedMs`, in ms since navigation (see the top of this file). */
  startup: StartupMilestones
  dragFrames: Distribution
}

export interface StartupMilestones {
  scriptsRunMs: number | null
  boardSocketMs: number | null
  boardDataMs: number | null
}

/**
 * Added to the measured page before its own scripts: notes the startup milestones in the page itself
 * (DevTools' socket events are not in the page's order: the browser may hold a handshake back while
 * another to the same server is under way). A string, for the same reason as in dragFrames.
 */
const RECORD_STARTUP = `(() => {
  const startup = { scriptsRunMs: null, boardSocketMs: null, boardDataMs: null }
  window.__startup = startup
  document.addEventListener('DOMContentLoaded', () => { startup.scriptsRunMs = performance.now() })
  const Native = window.WebSocket
  window.WebSocket = class extends Native {
    constructor(url, protocols) {
      super(url, protocols)
      if (!String(url).includes('/boards/')) return
      startup.boardSocketMs ??= performance.now()
      const onMessage = (event) => {
        if ((event.data.byteLength ?? event.data.size ?? 0) < 1024) return
        startup.boardDataMs ??= performance.now()
        this.removeEventListener('message', onMessage)
      }
      this.addEventListener('message', onMessage)
    }
  }
})()`

const BUILD_DIR = '.build-bench/client'

function buildClient(): { bytes: number; files: string[] } {
  const dir = join(root, BUILD_DIR)
  // A profiled run builds unminified, so the profile names the components (sizes and times then differ).
  const minify = profilingClient() ? ['--minify', 'false'] : []
  execFileSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn', ...minify], {
    cwd: sourceRoot(),
    stdio: 'inherit',
  })
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const files = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1] ?? '')
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file))).byteLength, 0)
  return { bytes, files }
}

async function preparedBoard(url: string, cards: number) {
  const response = await fetch(`${url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Benchmark board' }),
  })
  if (response.status !== 201) throw new Error(`create workshop: HTTP ${response.status}`)
  const { id, links } = (await response.json()) as { id: string; links: Record<string, string> }
  const token = (role: string) => new URL(links[role] ?? '').searchParams.get('token') ?? ''
  const serverUrl = `${url.replace(/^http/, 'ws')}/sync`
  const as = (room: string, role: string) =>
    connectClient({ serverUrl, room, params: { token: token(role) }, socket: undefined })

  const workshop = as(workshopDocumentName(id), 'facilitator')
  await whenBoardLoaded(workshop, 0)
  const practiceId = addPractice(
    workshop.doc,
    { title: 'Benchmark practice', organisation: 'Loopback', description: '' },
    Date.now(),
  )
  const check = as(workshopDocumentName(id), 'observer')
  await until(
    () => check.doc.getMap('practices').size > 0 || JSON.stringify(check.doc.toJSON()).includes(practiceId),
  )
  const board = as(boardDocumentName(id, practiceId), 'facilitator')
  await whenBoardLoaded(board, 0)
  Y.applyUpdate(board.doc, boardUpdate(cards))
  const reader = as(boardDocumentName(id, practiceId), 'observer')
  await whenBoardLoaded(reader, cards)
  for (const client of [workshop, check, board, reader]) client.destroy()
  return { path: `/w/${id}/p/${practiceId}`, facilitatorToken: token('facilitator') }
}

interface Readiness {
  renderedMs: number
  interactiveMs: number
  fullCardsAtInteractive: number
}

/** Runs in the page on every animation frame; returns once the board is interactive (top of this file). */
async function waitInteractive(page: Page, cards: number): Promise<Readiness> {
  const handle = await page.waitForFunction(
    (count) => {
      const state = window as unknown as { __renderedAt?: number }
      const full = document.querySelectorAll('[data-testid="card"]')
      const light = document.querySelectorAll('[data-testid="card-light"]')
      if (full.length + light.length < count) return false
      state.__renderedAt ??= performance.now()
      for (const card of light) {
        const box = card.getBoundingClientRect()
        const onScreen =
          box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth
        if (onScreen) return false
      }
      const button = full[0]?.querySelector('button')
      if (!button || button.disabled) return false
      const box = button.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) return false
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)
      if (!hit || !button.contains(hit)) return false
      return {
        renderedMs: state.__renderedAt,
        interactiveMs: performance.now(),
        fullCardsAtInteractive: full.length,
      }
    },
    cards,
    { polling: 'raf', timeout: 60_000 },
  )
  return (await handle.jsonValue()) as Readiness
}

/** How long after `interactive` a load waits for every card to be full before calling it never. */
const ALL_FULL_WAIT_MS = 2000

/** When every card of the board was a full card, in ms since navigation; null if not within the wait. */
async function waitAllFull(page: Page, cards: number): Promise<number | null> {
  try {
    const handle = await page.waitForFunction(
      (count) =>
        document.querySelectorAll('[data-testid="card"]').length >= count &&
        document.querySelector('[data-testid="card-light"]') === null
          ? performance.now()
          : false,
      cards,
      { polling: 'raf', timeout: ALL_FULL_WAIT_MS },
    )
    return (await handle.jsonValue()) as number
  } catch {
    return null
  }
}

async function dragFrames(page: Page): Promise<number[]> {
  const source = page.getByTestId(`lane-${LANES[0]}`).getByTestId('card').first()
  const target = page.getByTestId(`lane-${LANES[2]}`)
  await source.scrollIntoViewIfNeeded()
  const from = await source.boundingBox()
  const to = await target.boundingBox()
  if (!from || !to) throw new Error('drag source or target is not visible')
  // A string, not a function: tsx (esbuild keepNames) would wrap a named inner function in a helper the
  // page does not have.
  await page.evaluate(`(() => {
    window.__frames = []
    window.__recording = true
    let last = performance.now()
    const tick = (now) => {
      window.__frames.push(now - last)
      last = now
      if (window.__recording) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })()`)
  const startX = from.x + from.width / 2
  const startY = from.y + Math.min(from.height / 2, 20)
  await page.mouse.move(startX, startY)
  await page.mouse.down()
  await page.mouse.move(startX + 10, startY + 10, { steps: 5 })
  await page.locator('.card--overlay').waitFor({ state: 'visible' })
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 200), { steps: 40 })
  await page.mouse.up()
  await page.waitForTimeout(300)
  return page.evaluate(() => {
    const state = window as unknown as { __frames: number[]; __recording: boolean }
    state.__recording = false
    // The first interval starts before the first frame was requested.
    return state.__frames.slice(1)
  })
}

const profilingClient = () => process.env.BENCH_CPU_PROF?.split(',').includes('client') ?? false

/**
 * With BENCH_CPU_PROF=client: the page's CPU profile (DevTools protocol) into bench/results/profiles/, of
 * an unminified build.
 */
async function startProfiler(page: Page) {
  if (!profilingClient()) return null
  const session = await page.context().newCDPSession(page)
  await session.send('Profiler.enable')
  await session.send('Profiler.setSamplingInterval', { interval: 200 })
  await session.send('Profiler.start')
  return {
    async save(name: string) {
      const { profile } = await session.send('Profiler.stop')
      const dir = join(root, 'bench/results/profiles')
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, `client-${name}-${Date.now()}.cpuprofile`), JSON.stringify(profile))
      await session.detach()
    },
  }
}

const CHROMIUM = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/** Page loads measured per run; the median one is reported (a single load moves by tens of per cent here). */
const LOADS = 3

/**
 * The bench pins itself, and so whatever it starts, to one CPU for the server sections. A browser confined
 * to one core with its own browser, GPU and network processes is no device anyone has: Chromium is
 * started on every CPU (restoring the pin right after), and once more confined, for comparison.
 */
async function launchChromium(onEveryCpu: boolean): Promise<Browser> {
  if (!onEveryCpu || !hasTaskset) return chromium.launch({ executablePath: CHROMIUM() })
  execFileSync('taskset', ['-acp', `0-${cpus().length - 1}`, String(process.pid)], { stdio: 'ignore' })
  try {
    return await chromium.launch({ executablePath: CHROMIUM() })
  } finally {
    pinLoadGenerator()
  }
}

interface BoardLoad extends Readiness {
  allFullMs: number | null
  startup: StartupMilestones
}

/** Opens the board in a fresh context (empty cache, no IndexedDB copy) and waits until it is usable. */
async function loadBoard(
  browser: Browser,
  url: string,
  storageState: BrowserContextOptions['storageState'],
  cards: number,
  then?: (page: Page) => Promise<void>,
): Promise<BoardLoad> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, storageState })
  try {
    await context.addInitScript(RECORD_STARTUP)
    const page = await context.newPage()
    const profiler = await startProfiler(page)
    await page.goto(url, { waitUntil: 'commit' })
    const readiness = await waitInteractive(page, cards)
    await profiler?.save('load')
    const startup = (await page.evaluate('window.__startup')) as StartupMilestones
    const allFullMs = await waitAllFull(page, cards)
    await then?.(page)
    return { ...readiness, allFullMs, startup }
  } finally {
    await context.close()
  }
}

const medianLoad = (loads: BoardLoad[]): BoardLoad => {
  const sorted = [...loads].sort((a, b) => a.interactiveMs - b.interactiveMs)
  return sorted[Math.floor(sorted.length / 2)] as BoardLoad
}

export async function clientBench(dataDir: string, cards: number): Promise<ClientResult> {
  const build = buildClient()
  const server = await startChild(
    'practicemap-client',
    ['--import', 'tsx', 'bench/servers/practicemapProcess.ts', 'sqlite', dataDir],
    { STATIC_DIR: join(root, BUILD_DIR) },
    sourceRoot(),
  )
  let browser = await launchChromium(true)
  try {
    const { path, facilitatorToken } = await preparedBoard(server.url, cards)
    const first = await browser.newContext({ viewport: { width: 1600, height: 1000 } })
    const visit = await first.newPage()
    await visit.goto(`${server.url}${path}?token=${facilitatorToken}`)
    await visit.getByLabel('Your name').fill('Bench')
    await visit.getByLabel('Organisation or region').fill('Loopback')
    await visit.getByRole('button', { name: 'Join' }).click()
    await waitInteractive(visit, cards)
    const storageState = await first.storageState()
    await first.close()

    const boardUrl = `${server.url}${path}`
    const loads: BoardLoad[] = []
    let frames: number[] = []
    for (let load = 1; load <= LOADS; load++) {
      loads.push(
        await loadBoard(browser, boardUrl, storageState, cards, async (page) => {
          if (load < LOADS) return
          const dragProfiler = await startProfiler(page)
          frames = await dragFrames(page)
          await dragProfiler?.save('drag')
        }),
      )
    }
    await browser.close()
    browser = await launchChromium(false)
    const oneCpu = await loadBoard(browser, boardUrl, storageState, cards)
    const median = medianLoad(loads)
    const interactive = loads.map((load) => load.interactiveMs)
    return {
      unminified: profilingClient(),
      initialJsGzipBytes: build.bytes,
      initialJsFiles: build.files,
      cards,
      renderedMs: median.renderedMs,
      interactiveMs: median.interactiveMs,
      fullCardsAtInteractive: median.fullCardsAtInteractive,
      allFullMs: median.allFullMs,
      interactiveRangeMs: [Math.min(...interactive), Math.max(...interactive)],
      startup: median.startup,
      oneCpu: { renderedMs: oneCpu.renderedMs, interactiveMs: oneCpu.interactiveMs },
      dragFrames: distribution(frames),
    }
  } finally {
    await browser.close()
    await server.stop()
  }
}
