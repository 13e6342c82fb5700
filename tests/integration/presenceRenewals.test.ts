// First: lib0 must load after its clock is made to follow fake time.
import './lib0FollowsFakeDate'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { boardDocumentName, workshopDocumentName } from '../../shared/documentNames'
import { cleanup, connectClient, createWorkshop, startTestServer, type TestClient } from './helpers'

/**
 * Presence over minutes with stock y-websocket providers, the server and the clients in this process under
 * fake clocks, so three minutes of renewals (every 15 s per client) and timeouts (30 s) take a few seconds.
 * Sockets stay real: every step of fake time is followed by a few real milliseconds for their frames.
 */

const realSetTimeout = globalThis.setTimeout
const realPause = (ms: number) => new Promise<void>((resolve) => realSetTimeout(resolve, ms))

afterEach(async () => {
  vi.useRealTimers()
  await cleanup()
})

/** Runs fake time forward in small steps, letting real socket traffic through after each. */
async function passTime(ms: number, stepMs = 250): Promise<void> {
  for (let passed = 0; passed < ms; passed += stepMs) {
    await vi.advanceTimersByTimeAsync(stepMs)
    await realPause(3)
  }
}

/** Fake time passes in steps until `condition` holds; how much fake time that took. */
async function fakeTimeUntil(condition: () => boolean, limitMs: number, what: string): Promise<number> {
  let passed = 0
  while (!condition()) {
    if (passed >= limitMs) throw new Error(`${what}: not within ${limitMs} ms`)
    await vi.advanceTimersByTimeAsync(50)
    await realPause(3)
    passed += 50
  }
  return passed
}

interface Watched {
  client: TestClient
  /** Awareness frames this client received from the server. */
  presenceFrames: number
  /** Times this provider's connection dropped. */
  disconnects: number
  /** Client ids other clients' presence was removed for, as this client saw it. */
  removed: number[]
}

function watch(client: TestClient): Watched {
  const watched: Watched = { client, presenceFrames: 0, disconnects: 0, removed: [] }
  const handleAwareness = client.provider.messageHandlers[1]
  client.provider.messageHandlers[1] = (...args) => {
    watched.presenceFrames += 1
    handleAwareness?.(...args)
  }
  client.provider.on('status', ({ status }: { status: string }) => {
    if (status === 'disconnected') watched.disconnects += 1
  })
  client.provider.awareness.on('change', ({ removed }: { removed: number[] }) => {
    watched.removed.push(...removed)
  })
  return watched
}

async function startWithFakeClocks() {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  })
  const server = await startTestServer()
  const workshop = await createWorkshop(server.url)
  return { server, workshop }
}

async function connectAll(clients: TestClient[]): Promise<void> {
  await fakeTimeUntil(() => clients.every((client) => client.provider.synced), 10_000, 'clients to sync')
}

describe('presence renewals (stock providers, minutes of fake time)', () => {
  it('keeps six people present for three minutes with one renewal frame per room every ~10 s, and shows a departure within a second', async () => {
    const { server, workshop } = await startWithFakeClocks()
    const name = workshopDocumentName(workshop.id)
    const people = Array.from({ length: 6 }, () =>
      watch(connectClient(server.url, name, workshop.tokens.participant)),
    )
    await connectAll(people.map((person) => person.client))
    // People arrive a few seconds apart, so their renewals (15 s after their last change) do not coincide.
    for (const [index, person] of people.entries()) {
      person.client.provider.awareness.setLocalStateField('user', { name: `Person ${index}` })
      await passTime(2500)
    }
    await fakeTimeUntil(
      () => people.every((person) => person.client.provider.awareness.getStates().size === people.length),
      5000,
      'everyone to see everyone',
    )
    for (const person of people) person.presenceFrames = 0

    const minutes = 3
    await passTime(minutes * 60_000)

    for (const person of people) {
      expect(person.removed, 'nobody’s presence timed out').toEqual([])
      expect(person.disconnects, 'no connection dropped for silence').toBe(0)
      expect(person.client.provider.awareness.getStates().size).toBe(people.length)
      // Relayed one by one, each person would hear every renewal: 6 people × 12 renewals in 3 minutes = 72.
      // One frame per room every ~10 s renews everyone: about 18 in 3 minutes.
      expect(person.presenceFrames).toBeLessThanOrEqual((minutes * 60_000) / 10_000 + 2)
    }

    const leaving = people.pop()
    if (!leaving) throw new Error('unreachable')
    const leavingId = leaving.client.doc.clientID
    // A connection that ends without saying goodbye (a laptop lid closed): the server tells the room.
    leaving.client.provider.ws?.close()
    leaving.client.provider.shouldConnect = false
    const seenAfter = await fakeTimeUntil(
      () => people.every((person) => person.removed.includes(leavingId)),
      1000,
      'the departure to be seen',
    )
    expect(seenAfter).toBeLessThan(1000)
  })

  it('keeps a provider with no presence connected for minutes when its board is quiet', async () => {
    const { server, workshop } = await startWithFakeClocks()
    const board = boardDocumentName(workshop.id, 'board0001')
    const quiet = watch(connectClient(server.url, board, workshop.tokens.participant))
    // As the app's board providers do: nobody reads presence on a board, so it announces none.
    quiet.client.provider.awareness.setLocalState(null)
    await connectAll([quiet.client])

    await passTime(3 * 60_000)

    // The v3 client reconnects after 30 s without any frame: the server must not stay silent that long.
    expect(quiet.disconnects).toBe(0)
    expect(quiet.client.provider.wsconnected).toBe(true)
  })
})
