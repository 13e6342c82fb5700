import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createLogger } from '../../server/log'
import { encodeSyncStep1, encodeUpdate } from '../../server/protocol'
import { addCard } from '../../shared/boardOperations'
import { boardDocumentName, workshopDocumentName } from '../../shared/documentNames'
import { REFUSAL_REASONS } from '../../shared/refusals'
import { flood, presenceLoad } from '../support/abuseLoad'
import {
  cleanup,
  connectClient,
  connectSynced,
  createWorkshop,
  RawClient,
  startTestServer,
  successiveUpdates,
  syncUrl,
  waitFor,
} from './helpers'

/**
 * What one hostile client costs everyone else, measured while it does its worst: a flood of tiny
 * updates, presence from many connections at once, a causal gap of 96 MiB. The hostile client runs in a
 * worker thread (tests/support/abuseWorker.mjs), so its own sending does not stall this process, where the
 * server and the measuring client run. These tests state time and memory bounds, so they run with the
 * fault tests, one file at a time (vitest.config.ts); the bench prints the same figures
 * (`BENCH_ONLY=abuse npm run bench`).
 */

afterEach(cleanup)

const MiB = 2 ** 20
const author = { id: 'person-1', name: 'Ana', organisation: 'Żyrardów' }

/**
 * How much slower another person's round trip may be under the attack than on the same machine at the
 * same time without it: the goal is 250 ms at p99 (issue 11), and this machine is shared, so when it is
 * so loaded that even a quiet round trip takes longer, twice the quiet figure is the bound instead.
 */
function bound(goalMs: number, quietMs: number): number {
  return Math.max(goalMs, 2 * quietMs)
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

/**
 * One person's round trips on a board of their own while `until()` is false: an edit, then its echo (they
 * are the only writer there, so every update frame they receive is the echo of their own edit).
 */
async function roundTrips(client: RawClient, until: () => boolean): Promise<number[]> {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const times: number[] = []
  const echoes = () => client.messages().filter((message) => message.kind === 'update').length
  while (!until()) {
    addCard(doc, { lane: 'benefits', text: `measured ${times.length}`, author }, 1)
    const before = echoes()
    const sent = performance.now()
    client.send(encodeUpdate(updates.at(-1) as Uint8Array))
    await waitFor(() => echoes() > before, 20_000, 'the echo of an edit')
    times.push(performance.now() - sent)
    // Drop what was read, so counting stays cheap.
    client.frames.length = 0
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  doc.destroy()
  return times
}

/**
 * Updates of one Yjs client, each inserting `sizes[i]` characters after the previous one: each depends on
 * the one before it, so sending all but the first leaves a causal gap the server cannot fill.
 */
function chainedUpdates(sizes: readonly number[], clientId = 777): Uint8Array[] {
  const doc = new Y.Doc()
  doc.clientID = clientId
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const text = doc.getText('t')
  for (const [index, size] of sizes.entries()) {
    text.insert(text.length, String.fromCharCode(97 + (index % 26)).repeat(size))
  }
  doc.destroy()
  return updates
}

async function joinerStepTwo(url: string, name: string, token: string): Promise<Uint8Array> {
  const joiner = await RawClient.open(url, name, token)
  joiner.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())))
  const { update } = await joiner.waitForMessage('syncStep2', () => true, 20_000)
  return update
}

function pendingBytes(doc: Y.Doc): number {
  return (doc.store.pendingStructs?.update.byteLength ?? 0) + (doc.store.pendingDs?.byteLength ?? 0)
}

describe('one connection flooding a board with tiny updates', () => {
  it('has only its budget accepted, is told why, and leaves everyone else’s round trip fast', async () => {
    const warnings: Record<string, unknown>[] = []
    const logger = createLogger('warn', (_level, line) => warnings.push(JSON.parse(line)))
    const server = await startTestServer({ logger })
    const { id, tokens } = await createWorkshop(server.url)
    const flooded = boardDocumentName(id, 'practice01')
    const quiet = boardDocumentName(id, 'practice02')
    const frames = successiveUpdates(40_000).map(encodeUpdate)
    // The flooded board is open and loaded before the flood, as a board in use is: a flood into a board
    // still loading is another case (its sender is closed, 1013), and the room stays open to be read after.
    await connectSynced(server.url, flooded, tokens.observer)

    const measurer = await RawClient.open(server.url, quiet, tokens.participant)
    await measurer.waitForMessage('syncStep1')
    const quietEnd = performance.now() + 2000
    const calm = await roundTrips(measurer, () => performance.now() > quietEnd)
    const rssBefore = process.memoryUsage().rss
    let rssPeak = rssBefore
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
    }, 50)

    // The flooder runs in a worker thread: its sending must not stall this event loop, the server's.
    let flooding = true
    const floodUrl = `${syncUrl(server.url)}/${flooded}?token=${tokens.participant}`
    const floodDone = flood(floodUrl, frames, 5000).finally(() => {
      flooding = false
    })
    const times = await roundTrips(measurer, () => !flooding)
    const { sent, denied } = await floodDone
    clearInterval(sampler)
    await server.persistence.flush()
    const accepted = server.registry.get(flooded)?.doc.getText('t').length ?? 0
    console.log(
      `flood: ${sent} frames sent, ${accepted} accepted; others' round trip p50 ${percentile(times, 50).toFixed(1)} ms, ` +
        `p99 ${percentile(times, 99).toFixed(1)} ms over ${times.length} (quiet: p50 ${percentile(calm, 50).toFixed(1)}, ` +
        `p99 ${percentile(calm, 99).toFixed(1)}); rss +${((rssPeak - rssBefore) / 2 ** 20).toFixed(0)} MiB`,
    )

    // The flooder sent far more than its budget (how much more depends on when the server stops reading
    // it: 4,000 to 146,000 frames were measured)…
    expect(sent).toBeGreaterThan(5 * 400)
    // …and was told, clearly, why its changes were refused.
    expect(denied).toContain(REFUSAL_REASONS.tooFast)
    // Only its budget was accepted: the default burst (400) plus the refill of the few seconds it flooded.
    expect(accepted).toBeGreaterThan(0)
    expect(accepted).toBeLessThanOrEqual(400 + 40 * 10)
    // Reading its socket stopped for a while: the log says so once.
    expect(
      warnings.filter((entry) => entry.msg === 'pausing a connection that sends far past its budget'),
    ).toHaveLength(1)
    // Everyone else: their own edits come back fast, and the server's memory stays put.
    expect(times.length).toBeGreaterThan(10)
    // The old server: all 24,000 stored, p99 18.8 s.
    expect(percentile(times, 99)).toBeLessThanOrEqual(bound(250, percentile(calm, 99)))
    expect(rssPeak - rssBefore).toBeLessThan(200 * 2 ** 20)
  }, 60_000)
})

describe('many connections from one address announcing presence', () => {
  it('keeps another person’s round trip fast while 100 of 250 connections from one address announce presence', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    const name = workshopDocumentName(id)
    const ana = await RawClient.open(server.url, boardDocumentName(id, 'practice01'), tokens.participant, {
      localAddress: '127.0.0.2',
    })
    await ana.waitForMessage('syncStep1')
    const watcher = await connectSynced(server.url, name, tokens.participant, { localAddress: '127.0.0.2' })
    const quietEnd = performance.now() + 2000
    const calm = await roundTrips(ana, () => performance.now() > quietEnd)

    // In a worker thread, so that its sending does not stall this event loop, the server's: 300 connections
    // asked for, and then 100 of those held announce a presence each, again and again, as fast as they can.
    const load = presenceLoad(`${syncUrl(server.url)}/${name}?token=${tokens.participant}`, {
      count: 300,
      announcers: 100,
      durationMs: 8000,
    })
    const { held, refusedStatus } = await load.opened
    expect(held).toBe(250)
    expect(refusedStatus).toBe(429)

    const loadEnd = performance.now() + 3500
    const times = await roundTrips(ana, () => performance.now() > loadEnd)
    // Their presences did reach the room: one each, at the presence rate.
    const bots = () =>
      [...watcher.provider.awareness.getStates().keys()].filter(
        (client) => client >= 100_000 && client < 100_100,
      )
    await waitFor(() => bots().length === 100, 10_000, 'the bots’ presence')
    const { sent } = await load.done
    console.log(
      `presence from 100 of 250 connections (${sent} frames): round trip p50 ${percentile(times, 50).toFixed(1)} ms, ` +
        `p99 ${percentile(times, 99).toFixed(1)} ms over ${times.length} (quiet: p50 ${percentile(calm, 50).toFixed(1)}, ` +
        `p99 ${percentile(calm, 99).toFixed(1)})`,
    )
    // Before the caps and presence limits one such round trip took 5–6 s here (10–20 s with 3,000
    // connections). The bound is loose, since 100 connections announcing as fast as they can is a heavier
    // load than one flood; the bench prints the figures.
    expect(percentile(times, 50)).toBeLessThanOrEqual(bound(100, percentile(calm, 50)))
    expect(percentile(times, 99)).toBeLessThanOrEqual(bound(1000, percentile(calm, 99)))
  }, 60_000)
})

describe('a venue behind one address', () => {
  it('keeps 250 people with a real presence each in one room connected', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    const name = workshopDocumentName(id)
    const people = Array.from({ length: 250 }, (_, i) => {
      const client = connectClient(server.url, name, tokens.participant)
      // What the app publishes, with a long name and organisation.
      client.provider.awareness.setLocalState({
        user: {
          id: `person-${i}-${'x'.repeat(20)}`,
          name: `Participant number ${i}`,
          organisation: 'Municipality of Somewhere Far Away',
          color: '#1a73e8',
        },
        practiceId: 'practice0001',
        editingCardId: null,
        role: 'participant',
        ready: null,
        handRaisedAt: null,
        drafts: { practice0001: 2, practice0002: 1 },
      })
      return client
    })
    let closes = 0
    for (const person of people) {
      person.provider.on('connection-close', (event) => {
        if (event) closes += 1
      })
    }
    await waitFor(() => people.every((person) => person.provider.synced), 60_000, 'everyone to sync')
    await waitFor(
      () => people.every((person) => person.provider.awareness.getStates().size === 250),
      30_000,
      'everyone to see everyone',
    )
    // Each joiner relays the room's presence back at once (before: closed with 1009 past ~220 people).
    await new Promise((resolve) => setTimeout(resolve, 2000))
    expect(closes).toBe(0)
  }, 120_000)
})

describe('updates with a causal gap (pending)', () => {
  it('holds at most a bounded amount, and never sends it to anyone', async () => {
    // A byte budget big enough that the rate limit does not hide what this test is about.
    const server = await startTestServer({
      connectionByteBurst: 512 * MiB,
      connectionBytesPerSecond: 512 * MiB,
    })
    const { id, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(id, 'practice01')
    const sender = await RawClient.open(server.url, board, tokens.participant)
    await sender.waitForMessage('syncStep1')
    // The first update is never sent: the twelve 8 MiB ones after it can never be integrated.
    const [, ...gapped] = chainedUpdates([1, ...Array.from({ length: 12 }, () => 8 * MiB)])
    const frames = gapped.map(encodeUpdate)
    gapped.length = 0
    const rssBefore = process.memoryUsage().rss
    let rssPeak = rssBefore
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
    }, 20)

    for (const frame of frames) sender.send(frame)
    await waitFor(() => server.registry.get(board)?.isOpen === true, 5000, 'the room')
    const room = server.registry.get(board)
    // Wait until the server has read every frame (its answer to a step 1 comes after them).
    sender.send(encodeSyncStep1(new Uint8Array([0])))
    await sender.waitForMessage('syncStep2', () => true, 60_000)
    clearInterval(sampler)

    expect(pendingBytes(room?.doc as Y.Doc)).toBeLessThanOrEqual(server.config.maxPendingBytes)
    // A client that joins afterwards gets the board, not the 96 MiB nobody stored.
    const step2 = await joinerStepTwo(server.url, board, tokens.observer)
    expect(step2.byteLength).toBeLessThan(64 * 1024)
    console.log(
      `pending: 12 × 8 MiB gapped updates raised rss by ${((rssPeak - rssBefore) / MiB).toFixed(0)} MiB`,
    )
    expect(rssPeak - rssBefore).toBeLessThan(200 * MiB)
  }, 120_000)
})
