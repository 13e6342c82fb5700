/**
 * Joins of a stored board: a writer puts the board on the server, the server is restarted, and then
 *
 * - cold: the first client joins (the server loads the room from storage); connect → synced *with every card*
 *   (the reference reports synced before its LevelDB state is loaded, yjs/y-websocket#39, so "synced" alone
 *   would flatter it). Without persistence there is nothing to restart into: n/a;
 * - warm: while that client stays, five more join one after another (median);
 * - herd: 50 clients join at once while the room is loaded, at the protocol level (rawSync.ts: step 1 out,
 *   the whole document back, nothing decoded); time until the last has its step 2.
 *
 * Cold and warm times include decoding the board in the stock client, the same work for every server;
 * `clientDecodeMs` is that work alone (Y.applyUpdate of the board into an empty document, median of 3), the
 * 1.0× of the cold-join target. `clientReceiptMs` is what the stock client does on receipt: the same decode
 * into a document with an 'update' listener, as the provider's (it sends local changes), for which Yjs
 * encodes the whole board once more. No server can make a join faster than that: the floor, for the report.
 */
import { join } from 'node:path'
import * as Y from 'yjs'
import { sleep } from '../env'
import type { ServerVariant } from '../servers/variants'
import { distribution } from '../stats'
import { boardUpdate, whenBoardLoaded } from './board'
import { type BenchClient, connectClient } from './clients'
import { rawSync } from './rawSync'

export interface JoinResult {
  cards: number
  boardBytes: number
  coldMs: number | null
  warmMs: number
  herd: { clients: number; allSyncedMs: number; p50: number; max: number; stepTwoBytes: number }
  clientDecodeMs: number
  clientReceiptMs: number
}

function decodeMs(update: Uint8Array, asProviderDoes = false): number {
  const times = [0, 1, 2].map(() => {
    const doc = new Y.Doc()
    if (asProviderDoes) doc.on('update', (_update: Uint8Array, origin: unknown) => void origin)
    const started = performance.now()
    Y.applyUpdate(doc, update)
    const elapsed = performance.now() - started
    doc.destroy()
    return elapsed
  })
  return distribution(times).p50
}

export async function joins(
  variant: ServerVariant,
  dataDir: string,
  cards: number,
  herdSize: number,
): Promise<JoinResult> {
  const dir = join(dataDir, variant.id)
  let server = await variant.start(dir)
  const room = await server.createRoom('joins')
  const update = boardUpdate(cards)
  const writer = connectClient(server.target(room, 'writer'))
  await whenBoardLoaded(writer, 0)
  Y.applyUpdate(writer.doc, update)
  const check = connectClient(server.target(room, 'reader'))
  await whenBoardLoaded(check, cards)

  let holder: BenchClient
  let coldMs: number | null = null
  if (variant.persistent) {
    writer.destroy()
    check.destroy()
    // Long enough for Hocuspocus's debounced store and our unload; the reference writes as it goes.
    await sleep(Math.max(3000, Number.isFinite(variant.unloadAfterMs) ? variant.unloadAfterMs + 500 : 0))
    await server.child.stop()
    server = await variant.start(dir)
    const started = performance.now()
    holder = connectClient(server.target(room, 'reader'))
    await whenBoardLoaded(holder, cards)
    coldMs = performance.now() - started
  } else {
    check.destroy()
    holder = writer
  }

  const warm: number[] = []
  for (let i = 0; i < 5; i++) {
    const started = performance.now()
    const reader = connectClient(server.target(room, 'reader'))
    await whenBoardLoaded(reader, cards)
    warm.push(performance.now() - started)
    reader.destroy()
  }

  const herdStarted = performance.now()
  const herdSizes: number[] = []
  const herdTimes = await Promise.all(
    Array.from({ length: herdSize }, async () => {
      herdSizes.push(await rawSync(server.target(room, 'reader')))
      return performance.now() - herdStarted
    }),
  )
  const allSyncedMs = performance.now() - herdStarted
  holder.destroy()
  await server.child.stop()
  const herdStats = distribution(herdTimes)
  return {
    cards,
    boardBytes: update.byteLength,
    coldMs,
    warmMs: distribution(warm).p50,
    herd: {
      clients: herdSize,
      allSyncedMs,
      p50: herdStats.p50,
      max: herdStats.max,
      stepTwoBytes: Math.min(...herdSizes),
    },
    clientDecodeMs: decodeMs(update),
    clientReceiptMs: decodeMs(update, true),
  }
}
