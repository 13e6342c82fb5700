/**
 * Server memory: a fresh server's heap and RSS after GC (baseline), then with `rooms` rooms loaded, each
 * holding the same board and one connected client, then after every client left and the server's unload
 * delay passed (rooms must leave memory; the heap should come back near the baseline).
 * BENCH_HEAP_SNAPSHOT=1 writes heap snapshots of each server, at baseline and loaded, to bench/results/profiles/ (see
 * heapSummary.ts).
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import * as Y from 'yjs'
import { root, sleep } from '../env'
import type { MemorySample } from '../servers/childProcess'
import type { ServerVariant } from '../servers/variants'
import { boardUpdate, whenBoardLoaded } from './board'
import { connectClient } from './clients'

export interface MemoryResult {
  rooms: number
  cardsPerRoom: number
  baseline: MemorySample
  loaded: MemorySample
  afterLeave: MemorySample
  /** (loaded − baseline) / rooms, heap after GC and RSS. */
  heapPerRoom: number
  rssPerRoom: number
  /** What stayed on the heap once everyone left, compared with the baseline. */
  heapLeftOver: number
  /**
   * Persistent servers only: heap+buffers per room when the same rooms are loaded again from storage, as
   * after a restart or a break, one reader each (what a server keeps from the stored bytes shows here).
   */
  heapPerRoomFromStorage?: number
  waitedMs: number
}

export async function memory(
  variant: ServerVariant,
  dataDir: string,
  rooms: number,
  cards: number,
): Promise<MemoryResult> {
  const server = await variant.start(dataDir)
  const update = boardUpdate(cards)
  // One room made and dropped first, so code paths and caches that load once are in the baseline.
  const warmRoom = await server.createRoom('memory-warmup')
  const warmClient = connectClient(server.target(warmRoom, 'writer'))
  await whenBoardLoaded(warmClient, 0)
  warmClient.destroy()
  const settleMs = Number.isFinite(variant.unloadAfterMs) ? variant.unloadAfterMs + 1500 : 1500
  await sleep(settleMs)
  const baseline = await server.child.memory()
  const heapSnapshot = async (state: string) => {
    if (process.env.BENCH_HEAP_SNAPSHOT !== '1') return
    const dir = join(root, 'bench/results/profiles')
    mkdirSync(dir, { recursive: true })
    await server.child.heapSnapshot(join(dir, `${variant.id}-${state}.heapsnapshot`))
  }
  await heapSnapshot('baseline')

  const specs = await Promise.all(Array.from({ length: rooms }, (_, r) => server.createRoom(`memory${r}`)))
  const clients = []
  for (const spec of specs) {
    const writer = connectClient(server.target(spec, 'writer'))
    await whenBoardLoaded(writer, 0)
    Y.applyUpdate(writer.doc, update)
    clients.push(writer)
  }
  // A reader per room confirms the server holds the whole board, then leaves.
  for (const spec of specs) {
    const reader = connectClient(server.target(spec, 'reader'))
    await whenBoardLoaded(reader, cards)
    reader.destroy()
  }
  await sleep(500)
  const loaded = await server.child.memory()
  await heapSnapshot('loaded')
  for (const client of clients) client.destroy()
  await sleep(settleMs)
  const afterLeave = await server.child.memory()
  let heapPerRoomFromStorage: number | undefined
  if (variant.persistent) {
    const readers = []
    for (const spec of specs) {
      const reader = connectClient(server.target(spec, 'reader'))
      await whenBoardLoaded(reader, cards)
      readers.push(reader)
    }
    await sleep(500)
    const reloaded = await server.child.memory()
    heapPerRoomFromStorage =
      (reloaded.heapUsed + reloaded.arrayBuffers - baseline.heapUsed - baseline.arrayBuffers) / rooms
    for (const reader of readers) reader.destroy()
  }
  await server.child.stop()
  return {
    rooms,
    cardsPerRoom: cards,
    baseline,
    loaded,
    afterLeave,
    heapPerRoom: (loaded.heapUsed + loaded.arrayBuffers - baseline.heapUsed - baseline.arrayBuffers) / rooms,
    rssPerRoom: (loaded.rss - baseline.rss) / rooms,
    heapLeftOver: afterLeave.heapUsed + afterLeave.arrayBuffers - baseline.heapUsed - baseline.arrayBuffers,
    ...(heapPerRoomFromStorage === undefined ? {} : { heapPerRoomFromStorage }),
    waitedMs: settleMs,
  }
}
