import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeSyncStep1, encodeUpdate } from '../../server/protocol'
import { MemoryStore } from '../../server/storage/memoryStore'
import { boardDocumentName, participationDocumentName } from '../../shared/documentNames'
import { REFUSAL_REASONS } from '../../shared/refusals'
import {
  cleanup,
  createWorkshop,
  deferred,
  deniedReasons,
  InstrumentedStore,
  RawClient,
  startTestServer,
  waitFor,
} from './helpers'

afterEach(cleanup)

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

function pendingBytes(doc: Y.Doc): number {
  return (doc.store.pendingStructs?.update.byteLength ?? 0) + (doc.store.pendingDs?.byteLength ?? 0)
}

/*
 * On the participation document (the transfer-interest matrix), where participants write and nothing checks
 * whose change it is. On a board, a participant's update with a gap is refused before it could wait at all
 * (its items cannot be placed, so nobody can tell whose dots they would change: server/ballotGuard.ts).
 */
describe('updates with a causal gap (pending)', () => {
  it('on a board, from a participant, are refused at once and never wait', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    const board = boardDocumentName(id, 'practice01')
    const sender = await RawClient.open(server.url, board, tokens.participant)
    await sender.waitForMessage('syncStep1')
    const [, second] = chainedUpdates([5, 5])
    sender.send(encodeUpdate(second as Uint8Array))
    await waitFor(() => deniedReasons(sender).includes(REFUSAL_REASONS.notYourBallot), 5000, 'the refusal')
    expect(pendingBytes(server.registry.get(board)?.doc ?? new Y.Doc())).toBe(0)
  })

  it('drops what stays pending too long and asks its sender for what the server lacks', async () => {
    const server = await startTestServer({ maxPendingMs: 300 })
    const { id, tokens } = await createWorkshop(server.url)
    const board = participationDocumentName(id)
    const sender = await RawClient.open(server.url, board, tokens.participant)
    await sender.waitForMessage('syncStep1')
    const [first, second] = chainedUpdates([5, 5])
    sender.frames.length = 0
    sender.send(encodeUpdate(second as Uint8Array))
    await waitFor(() => pendingBytes(server.registry.get(board)?.doc ?? new Y.Doc()) > 0, 5000, 'pending')
    await waitFor(() => pendingBytes(server.registry.get(board)?.doc ?? new Y.Doc()) === 0, 5000, 'dropped')
    // The server asks again (a sync step 1), as it does after any refused change…
    await sender.waitForMessage('syncStep1')
    // …and the honest answer, everything from the gap on, is stored whole.
    sender.send(encodeUpdate(Y.mergeUpdates([first as Uint8Array, second as Uint8Array])))
    await waitFor(
      () => server.registry.get(board)?.doc.getText('t').toString() === 'aaaaabbbbb',
      5000,
      'both changes applied',
    )
  })

  it('drops what an older server stored with a gap, and never sends it', async () => {
    const store = new InstrumentedStore(new MemoryStore())
    const server = await startTestServer({ store, maxPendingMs: 300 })
    const { id, tokens } = await createWorkshop(server.url)
    const board = participationDocumentName(id)
    // Stored as it was before this server: a change whose predecessor nobody ever sent.
    const [, second] = chainedUpdates([2, 6])
    await store.appendUpdates([{ documentName: board, update: second as Uint8Array }])

    // Once the room is built (a first client answered from the stored bytes gets what storage holds).
    const first = await RawClient.open(server.url, board, tokens.observer)
    await first.waitForMessage('syncStep1')
    await waitFor(() => server.registry.get(board)?.isOpen === true, 5000, 'the room')
    const joiner = await RawClient.open(server.url, board, tokens.observer)
    joiner.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())))
    const { update } = await joiner.waitForMessage('syncStep2')
    const doc = new Y.Doc()
    Y.applyUpdate(doc, update)
    expect(pendingBytes(doc)).toBe(0)
    await waitFor(() => pendingBytes(server.registry.get(board)?.doc ?? new Y.Doc()) === 0, 5000, 'dropped')
    // The next compaction stores the document without it.
    first.ws.close()
    joiner.ws.close()
    await waitFor(() => server.registry.get(board) === undefined, 5000, 'the room to unload')
    const stored = await store.loadDocument(board)
    const reloaded = new Y.Doc()
    for (const row of [stored.snapshot, ...stored.updates]) if (row) Y.applyUpdate(reloaded, row)
    expect(pendingBytes(reloaded)).toBe(0)
  })

  it('takes updates that arrive out of order, once the missing one comes', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createWorkshop(server.url)
    const board = participationDocumentName(id)
    const sender = await RawClient.open(server.url, board, tokens.participant)
    await sender.waitForMessage('syncStep1')
    const [first, second] = chainedUpdates([3, 3])
    const reader = await RawClient.open(server.url, board, tokens.observer)
    await reader.waitForMessage('syncStep1')
    sender.send(encodeUpdate(second as Uint8Array))
    sender.send(encodeUpdate(first as Uint8Array))
    // Both reach the others, as one change, once the gap is filled.
    const doc = new Y.Doc()
    await waitFor(
      () => {
        for (const message of reader.messages())
          if (message.kind === 'update') Y.applyUpdate(doc, message.update)
        return doc.getText('t').toString() === 'aaabbb'
      },
      5000,
      'both changes relayed',
    )
    expect(pendingBytes(server.registry.get(board)?.doc ?? new Y.Doc())).toBe(0)
  })
})

describe('what a client is sent', () => {
  it('is committed: a joiner’s first answer waits for the commit of changes already applied', async () => {
    const store = new InstrumentedStore(new MemoryStore())
    const server = await startTestServer({ store })
    const { id, tokens } = await createWorkshop(server.url)
    const board = participationDocumentName(id)
    const writer = await RawClient.open(server.url, board, tokens.participant)
    await writer.waitForMessage('syncStep1')
    const held = deferred()
    store.holdAppends = held.promise
    const [change] = chainedUpdates([4])
    writer.send(encodeUpdate(change as Uint8Array))
    await waitFor(() => server.registry.get(board)?.doc.getText('t').length === 4, 5000, 'the change applied')

    // Once the room is built (a first client answered from the stored bytes gets what storage holds).
    const first = await RawClient.open(server.url, board, tokens.observer)
    await first.waitForMessage('syncStep1')
    await waitFor(() => server.registry.get(board)?.isOpen === true, 5000, 'the room')
    const joiner = await RawClient.open(server.url, board, tokens.observer)
    joiner.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())))
    await new Promise((resolve) => setTimeout(resolve, 200))
    const early = joiner.messages().find((message) => message.kind === 'syncStep2')
    if (early?.kind === 'syncStep2') {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, early.update)
      expect(doc.getText('t').toString()).toBe('')
    }
    store.holdAppends = null
    held.resolve()
    const answer = await joiner.waitForMessage('syncStep2')
    const doc = new Y.Doc()
    Y.applyUpdate(doc, answer.update)
    for (const message of joiner.messages()) if (message.kind === 'update') Y.applyUpdate(doc, message.update)
    await waitFor(
      () => {
        for (const message of joiner.messages())
          if (message.kind === 'update') Y.applyUpdate(doc, message.update)
        return doc.getText('t').toString() === 'aaaa'
      },
      5000,
      'the committed change',
    )
  })
})
