import { afterEach, describe, expect, it } from 'vitest'
import { CloseCode } from '../../server/closeCodes'
import { createLogger } from '../../server/log'
import {
  type AwarenessEntry,
  decodeAwarenessUpdate,
  encodeAwareness,
  encodeAwarenessEntries,
  encodeQueryAwareness,
} from '../../server/protocol'
import { workshopDocumentName } from '../../shared/documentNames'
import { cleanup, connectSynced, createWorkshop, RawClient, startTestServer, waitFor } from './helpers'

afterEach(cleanup)

const person = (name: string, extra: Record<string, unknown> = {}) => ({
  user: { id: `id-${name}`, name, organisation: 'Las Palmas', color: '#1a73e8' },
  practiceId: null,
  ...extra,
})

/** The bytes of the awareness frames a raw client received. */
function awarenessBytes(client: RawClient): number {
  return client.frames.filter((frame) => frame[0] === 1).reduce((total, frame) => total + frame.byteLength, 0)
}

function awarenessEntries(client: RawClient): AwarenessEntry[] {
  return client
    .messages()
    .flatMap((message) => (message.kind === 'awareness' ? decodeAwarenessUpdate(message.update) : []))
}

describe('presence from one connection', () => {
  it('owns at most a few entries: 1,800 fake people reach nobody, and a joiner gets a few hundred bytes', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    const name = workshopDocumentName(id)
    const faker = await RawClient.open(server.url, name, tokens.participant)
    await faker.waitForMessage('syncStep1')
    for (let batch = 0; batch < 18; batch++) {
      const entries = Array.from({ length: 100 }, (_, i) => ({
        clientId: 10_000 + batch * 100 + i,
        clock: 1,
        state: person(`Fake ${batch * 100 + i}`),
      }))
      faker.send(encodeAwareness(encodeAwarenessEntries(entries)))
    }
    faker.send(encodeQueryAwareness())
    await waitFor(() => faker.frames.filter((frame) => frame[0] === 1).length >= 2, 5000, 'the answer')

    const joiner = await RawClient.open(server.url, name, tokens.participant)
    await joiner.waitForMessage('syncStep1')
    await waitFor(() => awarenessBytes(joiner) > 0, 5000, 'the room’s presence')
    const clients = new Set(awarenessEntries(joiner).map((entry) => entry.clientId))
    expect(clients.size).toBeLessThanOrEqual(server.config.maxPresenceEntries)
    expect(awarenessBytes(joiner)).toBeLessThan(2048)
  })

  it('closes a connection that announces a huge presence, which nobody receives', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    const name = workshopDocumentName(id)
    const listener = await RawClient.open(server.url, name, tokens.participant)
    await listener.waitForMessage('syncStep1')
    const sender = await RawClient.open(server.url, name, tokens.participant)
    await sender.waitForMessage('syncStep1')
    listener.frames.length = 0

    const huge = person('Huge', { padding: 'p'.repeat(60 * 1024) })
    sender.send(encodeAwareness(encodeAwarenessEntries([{ clientId: 555, clock: 1, state: huge }])))
    const closed = await sender.closed
    expect(closed.code).toBe(CloseCode.messageTooBig)
    expect(closed.reason).toMatch(/presence/)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(awarenessBytes(listener)).toBeLessThan(1024)
  })

  it('relays at most its rate of changes, and the latest state always arrives', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    const name = workshopDocumentName(id)
    const listener = await RawClient.open(server.url, name, tokens.participant)
    await listener.waitForMessage('syncStep1')
    const sender = await RawClient.open(server.url, name, tokens.participant)
    await sender.waitForMessage('syncStep1')
    listener.frames.length = 0

    // 20 changes a second for three seconds, ten times the default rate of changes.
    const started = performance.now()
    for (let clock = 1; clock <= 60; clock++) {
      const state = person('Jumpy', { practiceId: `board${String(clock).padStart(4, '0')}` })
      sender.send(encodeAwareness(encodeAwarenessEntries([{ clientId: 606, clock, state }])))
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await waitFor(
      () =>
        awarenessEntries(listener).some(
          (entry) => (entry.state as { practiceId?: string } | null)?.practiceId === 'board0060',
        ),
      10_000,
      'the latest state',
    )
    const seconds = (performance.now() - started) / 1000
    const relayed = awarenessEntries(listener).filter((entry) => entry.clientId === 606).length
    expect(relayed).toBeLessThanOrEqual(
      server.config.presenceBurst + Math.ceil(server.config.presenceChangesPerSecond * seconds) + 1,
    )
  }, 20_000)

  it('is not read for a while when it sends presence frames far past its budget', async () => {
    const warnings: Record<string, unknown>[] = []
    const logger = createLogger('warn', (_level, line) => warnings.push(JSON.parse(line)))
    const server = await startTestServer({ logger })
    const { id, tokens } = await createWorkshop(server.url)
    const name = workshopDocumentName(id)
    const sender = await RawClient.open(server.url, name, tokens.participant)
    await sender.waitForMessage('syncStep1')
    for (let clock = 1; clock <= 2000; clock++) {
      sender.send(encodeAwareness(encodeAwarenessEntries([{ clientId: 707, clock, state: person('Busy') }])))
    }
    await waitFor(
      () => warnings.some((entry) => entry.msg === 'pausing a connection that sends far past its budget'),
      5000,
      'the pause',
    )
    // Not closed: it is read again later, and its presence is there.
    await waitFor(
      () => server.registry.get(name)?.awareness.getStates().has(707) === true,
      5000,
      'its presence',
    )
    expect(sender.ws.readyState).toBe(sender.ws.OPEN)
  })
})

describe('the role shown with a presence', () => {
  it('is the connection’s own, whatever the client says about itself', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    const name = workshopDocumentName(id)
    const facilitator = await connectSynced(server.url, name, tokens.facilitator)

    const observer = await RawClient.open(server.url, name, tokens.observer)
    await observer.waitForMessage('syncStep1')
    observer.send(
      encodeAwareness(
        encodeAwarenessEntries([
          {
            clientId: 901,
            clock: 1,
            state: person('Impostor', { role: 'facilitator', practiceId: 'trap0001' }),
          },
        ]),
      ),
    )
    const participant = await RawClient.open(server.url, name, tokens.participant)
    await participant.waitForMessage('syncStep1')
    participant.send(
      encodeAwareness(
        encodeAwarenessEntries([{ clientId: 902, clock: 1, state: person('Bold', { role: 'facilitator' }) }]),
      ),
    )

    const states = facilitator.provider.awareness.getStates()
    await waitFor(() => states.has(901) && states.has(902), 5000, 'both presences')
    expect((states.get(901) as { role?: string }).role).toBe('observer')
    expect((states.get(902) as { role?: string }).role).toBe('participant')
    // A state without a role gets one too.
    facilitator.provider.awareness.setLocalState(person('Fran'))
    const own = facilitator.doc.clientID
    const other = await connectSynced(server.url, name, tokens.participant)
    await waitFor(() => other.provider.awareness.getStates().has(own), 5000, 'Fran’s presence')
    expect((other.provider.awareness.getStates().get(own) as { role?: string }).role).toBe('facilitator')
  })
})
