import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeSyncStep1, encodeUpdate } from '../../server/protocol'
import { addCard } from '../../shared/boardOperations'
import { boardDocumentName } from '../../shared/documentNames'
import { readBoard } from '../../shared/readers'
import { REFUSAL_REASONS } from '../../shared/refusals'
import {
  cleanup,
  collectDeniedReasons,
  connectSynced,
  createWorkshop,
  deniedReasons,
  RawClient,
  startTestServer,
  tempDir,
  waitFor,
} from './helpers'

afterEach(cleanup)

const KiB = 1024
const MiB = 2 ** 20
/** A byte budget big enough that the rate limit does not hide what these tests are about. */
const NO_RATE_LIMIT = { connectionByteBurst: 512 * MiB, connectionBytesPerSecond: 512 * MiB }

/** Successive updates of one Yjs client, each appending `size` characters to text "t". */
function appends(count: number, size: number, clientId: number): Uint8Array[] {
  const doc = new Y.Doc()
  doc.clientID = clientId
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const text = doc.getText('t')
  for (let i = 0; i < count; i++) text.insert(text.length, 'z'.repeat(size))
  doc.destroy()
  return updates
}

/**
 * Sends `updates` one by one, each after the server handled the previous (its step 2 answer comes after);
 * resolves with the reasons of the refusals received meanwhile.
 */
async function sendAll(client: RawClient, updates: readonly Uint8Array[]): Promise<string[]> {
  const reasons: string[] = []
  for (const update of updates) {
    client.frames.length = 0
    client.send(encodeUpdate(update))
    client.send(encodeSyncStep1(new Uint8Array([0])))
    await client.waitForMessage('syncStep2', () => true, 20_000)
    reasons.push(...deniedReasons(client))
  }
  client.frames.length = 0
  return reasons
}

async function wholeDocumentBytes(url: string, name: string, token: string): Promise<number> {
  const joiner = await RawClient.open(url, name, token)
  joiner.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())))
  return (await joiner.waitForMessage('syncStep2', () => true, 20_000)).update.byteLength
}

describe('the size of a document', () => {
  it('is capped: past the limit changes are refused with a reason, and a joiner downloads at most the limit', async () => {
    const server = await startTestServer({ maxDocumentBytes: 1 * MiB, ...NO_RATE_LIMIT })
    const { id, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(id, 'practice01')
    const writer = await RawClient.open(server.url, board, tokens.participant)
    await writer.waitForMessage('syncStep1')

    // Eight 300 KiB changes: about three fit.
    const chunks = appends(8, 300 * KiB, 31)
    const captured = await sendAll(writer, chunks)
    expect(captured).toEqual([REFUSAL_REASONS.documentFull])
    const stored = server.registry.get(board)?.doc.getText('t').length ?? 0
    expect(stored).toBeGreaterThanOrEqual(3 * 300 * KiB)
    expect(stored).toBeLessThanOrEqual(1 * MiB)
    expect(await wholeDocumentBytes(server.url, board, tokens.observer)).toBeLessThanOrEqual(1 * MiB)
  }, 60_000)

  it('tells a stock client its board is full, keeps its change on its device, and shows it to nobody', async () => {
    const server = await startTestServer({ maxDocumentBytes: 256 * KiB, ...NO_RATE_LIMIT })
    const { id, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(id, 'practice01')
    const ana = await connectSynced(server.url, board, tokens.participant)
    const reasons = collectDeniedReasons(ana)
    const ben = await connectSynced(server.url, board, tokens.participant)
    const author = { id: 'person-1', name: 'Ana', organisation: 'Żyrardów' }

    addCard(ana.doc, { lane: 'benefits', text: 'fits', author }, 1)
    await waitFor(() => readBoard(ben.doc).lanes.benefits.length === 1, 5000, 'the first card')
    // A card's text is capped far below that; a script writing into the document directly is not.
    ana.doc.getText('t').insert(0, 'y'.repeat(300 * KiB))
    await waitFor(() => reasons.length > 0, 5000, 'Ana to be told')
    expect(reasons).toEqual([REFUSAL_REASONS.documentFull])
    expect(ana.doc.getText('t').length).toBe(300 * KiB)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(ben.doc.getText('t').length).toBe(0)
    expect(readBoard(ben.doc).lanes.benefits).toHaveLength(1)
  })

  it('is capped per workshop too, across boards and across a restart', async () => {
    const dataDir = tempDir()
    const limits = { dataDir, maxDocumentBytes: 1 * MiB, maxWorkshopBytes: 1.5 * MiB, ...NO_RATE_LIMIT }
    let server = await startTestServer(limits)
    const { id, tokens } = await createWorkshop(server.url)
    const first = boardDocumentName(id, 'board0001')
    const second = boardDocumentName(id, 'board0002')
    const third = boardDocumentName(id, 'board0003')

    const a = await RawClient.open(server.url, first, tokens.participant)
    await a.waitForMessage('syncStep1')
    expect(await sendAll(a, appends(3, 300 * KiB, 41))).toEqual([])
    const b = await RawClient.open(server.url, second, tokens.participant)
    await b.waitForMessage('syncStep1')
    expect(await sendAll(b, appends(4, 200 * KiB, 42))).toEqual([REFUSAL_REASONS.workshopFull])

    // After a restart the server knows from storage how big the workshop already is.
    await server.close()
    server = await startTestServer(limits)
    const c = await RawClient.open(server.url, third, tokens.participant)
    await c.waitForMessage('syncStep1')
    expect(await sendAll(c, appends(1, 200 * KiB, 43))).toEqual([REFUSAL_REASONS.workshopFull])
    expect(server.registry.get(third)?.doc.getText('t').length).toBe(0)
  }, 60_000)
})
