import { afterEach, describe, expect, it } from 'vitest'
import { CloseCode } from '../../server/closeCodes'
import { createLogger } from '../../server/log'
import { encodeAwareness, encodeUpdate } from '../../server/protocol'
import { MemoryStore } from '../../server/storage/memoryStore'
import { addCard } from '../../shared/boardOperations'
import { boardDocumentName } from '../../shared/documentNames'
import { readBoard } from '../../shared/readers'
import {
  cleanup,
  connectSynced,
  createWorkshop,
  deferred,
  InstrumentedStore,
  RawClient,
  startTestServer,
  textInsertUpdate,
  waitFor,
} from './helpers'

afterEach(cleanup)

const author = { id: 'person-1', name: 'Ana', organisation: 'Żyrardów' }

/**
 * Each case: a bad client joins a room where two stock clients work. The bad client is closed with the
 * expected code; the others stay connected and keep syncing.
 */
const cases: { name: string; frame: Uint8Array | string; code: number }[] = [
  {
    name: 'garbage bytes',
    frame: new Uint8Array([0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f]),
    code: CloseCode.invalidPayload,
  },
  { name: 'a truncated frame', frame: new Uint8Array([0]), code: CloseCode.invalidPayload },
  { name: 'trailing bytes after a message', frame: new Uint8Array([3, 3]), code: CloseCode.invalidPayload },
  { name: 'a text frame', frame: 'hello', code: CloseCode.unsupportedData },
  { name: 'an unknown message type', frame: new Uint8Array([9]), code: CloseCode.unsupportedData },
  { name: 'an auth message from a client', frame: new Uint8Array([2, 0]), code: CloseCode.unsupportedData },
  { name: 'an unknown sync message type', frame: new Uint8Array([0, 7, 0]), code: CloseCode.unsupportedData },
  {
    name: 'an update that Yjs cannot apply',
    frame: encodeUpdate(new Uint8Array([1, 1, 1, 1, 1, 1])),
    code: CloseCode.invalidPayload,
  },
  {
    name: 'an awareness update that is not JSON',
    frame: encodeAwareness(new Uint8Array([1, 42, 1, 3, 0x7b, 0x7b, 0x7b])),
    code: CloseCode.invalidPayload,
  },
  {
    name: 'a frame above maxPayloadBytes',
    frame: encodeUpdate(new Uint8Array(70 * 1024)),
    code: CloseCode.messageTooBig,
  },
  {
    name: 'an awareness frame above maxAwarenessBytes',
    frame: encodeAwareness(new Uint8Array(5 * 1024)),
    code: CloseCode.messageTooBig,
  },
]

describe('a misbehaving client is closed alone', () => {
  it.each(cases)('closes the sender of $name with the expected code', async ({ frame, code }) => {
    const warnings: Record<string, unknown>[] = []
    const logger = createLogger('warn', (_level, line) => warnings.push(JSON.parse(line)))
    const server = await startTestServer({ maxPayloadBytes: 64 * 1024, maxAwarenessBytes: 4 * 1024, logger })
    const { id: workshopId, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(workshopId, 'practice01')
    const ana = await connectSynced(server.url, board, tokens.participant)
    const ben = await connectSynced(server.url, board, tokens.participant)
    const bad = await RawClient.open(server.url, board, tokens.participant)
    await bad.waitForMessage('syncStep1')

    bad.send(frame)
    const closed = await bad.closed
    expect(closed.code).toBe(code)
    // ws closes oversized frames itself, without a reason; every other close explains itself.
    if (code !== CloseCode.messageTooBig) expect(closed.reason.length).toBeGreaterThan(0)
    // An operator can tell from the log which connection was closed, and why.
    const warning = warnings.find((entry) => entry.document === board)
    expect(warning).toBeDefined()
    expect(warning?.code ?? warning?.wsError).toBeDefined()

    addCard(ana.doc, { lane: 'stakeholders', text: 'still here', author }, 1)
    await waitFor(() => readBoard(ben.doc).lanes.stakeholders.length === 1, 5000, 'ben to receive the card')
    expect(ana.provider.wsconnected && ben.provider.wsconnected).toBe(true)
    expect(server.registry.get(board)?.peerCount).toBe(2)
  })

  it('closes a client that floods a room still loading (1013), and loads the room for the others', async () => {
    const store = new InstrumentedStore(new MemoryStore())
    const server = await startTestServer({ store, maxQueuedMessages: 5 })
    const { id: workshopId, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(workshopId, 'practice01')
    const loading = deferred()
    store.holdLoads = loading.promise
    const flooder = await RawClient.open(server.url, board, tokens.participant)
    for (let i = 0; i < 6; i++) flooder.send(encodeUpdate(textInsertUpdate(`x${i}`)))
    expect((await flooder.closed).code).toBe(CloseCode.tryAgainLater)

    const patient = await RawClient.open(server.url, board, tokens.participant)
    store.holdLoads = null
    loading.resolve()
    await patient.waitForMessage('syncStep1')
  })

  it('closes a client that does not read (1013) instead of dropping its messages; others keep their pace', async () => {
    const server = await startTestServer({ maxBufferedBytes: 64 * 1024 })
    const { id: workshopId, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(workshopId, 'practice01')
    const ana = await connectSynced(server.url, board, tokens.participant)
    const ben = await connectSynced(server.url, board, tokens.participant)
    const writer = await RawClient.open(server.url, board, tokens.participant)
    const stalled = await RawClient.open(server.url, board, tokens.participant)
    await stalled.waitForMessage('syncStep1')
    // Stop reading: the kernel buffers fill up, then the server's send buffer grows.
    stalled.ws.pause()

    const chunk = 'y'.repeat(256 * 1024)
    const room = server.registry.get(board)
    const latencies: number[] = []
    for (let i = 0; i < 200 && (room?.peerCount ?? 0) > 3; i++) {
      writer.send(encodeUpdate(textInsertUpdate(chunk)))
      await writer.waitForMessage('update', () => true)
      writer.frames.length = 0
      // Meanwhile two people keep working: a card from Ana reaches Ben as fast as ever.
      const sent = performance.now()
      addCard(ana.doc, { lane: 'benefits', text: `while stalled ${i}`, author }, 1)
      await waitFor(() => readBoard(ben.doc).lanes.benefits.length === i + 1, 5000, 'Ben to get the card')
      latencies.push(performance.now() - sent)
    }
    expect(room?.peerCount).toBe(3)
    expect(latencies.length).toBeGreaterThan(0)
    expect(Math.max(...latencies)).toBeLessThan(1000)
    stalled.ws.resume()
    expect((await stalled.closed).code).toBe(CloseCode.tryAgainLater)
  })

  it('terminates a connection that stops answering pings', async () => {
    const server = await startTestServer({ heartbeatIntervalMs: 50 })
    const { id: workshopId, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(workshopId, 'practice01')
    const healthy = await RawClient.open(server.url, board, tokens.participant)
    const silent = await RawClient.open(server.url, board, tokens.participant, { autoPong: false })
    const closed = await silent.closed
    // Terminated without a close frame: the client sees an abnormal closure.
    expect(closed.code).toBe(1006)
    expect(healthy.ws.readyState).toBe(healthy.ws.OPEN)
  })

  it('pings connections that opened together spread over the interval, not in one burst', async () => {
    // One loop pinging 20,000 connections, then 20,000 pongs, held the event loop for 100–300 ms.
    const server = await startTestServer({ heartbeatIntervalMs: 1000 })
    const { id: workshopId, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(workshopId, 'practice01')
    const clients = await Promise.all(
      Array.from({ length: 100 }, () => RawClient.open(server.url, board, tokens.participant)),
    )
    const firstPings: number[] = []
    for (const client of clients) client.ws.once('ping', () => firstPings.push(performance.now()))
    await waitFor(() => firstPings.length === clients.length, 5000, 'every connection to be pinged')
    const spreadMs = Math.max(...firstPings) - Math.min(...firstPings)
    expect(spreadMs).toBeGreaterThan(400)
  })
})
