/**
 * Joins of a stored board: a writer puts the board on the server, the server is restarted, and then
 *
 * - cold: the first client joins (the server loads the room from storage); connect → synced *with every card*
 *   (the reference reports synced before its LevelDB state is loaded, yjs/y-websocket#39, so "synced" alone
 *   would flatter it). Without persistence there is nothing to restart into: n/a;
 * - warm: while that client stays, five more join one after another (median);
 * - herd: 50 clients join at once while the room is loaded; time until the last has every card.
 *
 * Times include decoding the board in the client, the same work for every server.
 */
import { join } from 'node:path'
import * as Y from 'yjs'
import { sleep } from '../env'
import type { ServerVariant } from '../servers/variants'
import { distribution } from '../stats'
import { boardUpdate, whenBoardLoaded } from './board'
import { type BenchClient, connectClient } from './clients'

export interface JoinResult {
  cards: number
  boardBytes: number
  coldMs: number | null
  warmMs: number
  herd: { clients: number; allSyncedMs: number; p50: number; max: number }
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
  const herd = Array.from({ length: herdSize }, () => connectClient(server.target(room, 'reader')))
  const herdTimes = await Promise.all(
    herd.map(async (client) => {
      await whenBoardLoaded(client, cards, 120_000)
      return performance.now() - herdStarted
    }),
  )
  const allSyncedMs = performance.now() - herdStarted
  for (const client of [holder, ...herd]) client.destroy()
  await server.child.stop()
  const herdStats = distribution(herdTimes)
  return {
    cards,
    boardBytes: update.byteLength,
    coldMs,
    warmMs: distribution(warm).p50,
    herd: { clients: herdSize, allSyncedMs, p50: herdStats.p50, max: herdStats.max },
  }
}
