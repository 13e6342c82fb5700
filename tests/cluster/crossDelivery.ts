import { boardDocumentName } from '../../shared/documentNames'
import { connectSynced, createWorkshop, RawClient, waitFor } from '../integration/helpers'
import { health } from './cluster'

/** y-websocket's frame kinds (y-protocols): a sync message carrying an update. */
const MESSAGE_SYNC = 0
const SYNC_UPDATE = 2

export interface DeliveryFigures {
  clients: number
  /** Milliseconds from a change on the first instance to its arrival at each reader, by where it reads. */
  sameInstance: number[]
  otherInstance: number[]
  /**
   * Per change, the median arrival on the other instance minus the median on the same one: what crossing
   * adds to that change, with whatever slowed both (this process, the first instance) cancelled out.
   */
  addedPerChange: number[]
  /** The first instance's commit wait (PostgreSQL) since it started. */
  commitWaitP99Ms: number
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}

/**
 * One writer on instance `a`, `clients` readers split evenly between `a` and `b`: the time from each change
 * to its arrival at every reader, one change at a time (`marks` of them). Readers time each frame's
 * arrival without decoding it: with a Y.Doc each, the measuring process would spend milliseconds on the
 * first instance's frames before it even read the second's, and the figures would measure that queue.
 */
export async function measureDelivery(
  a: { url: string },
  b: { url: string },
  clients: number,
  marks: number,
): Promise<DeliveryFigures> {
  const { id, tokens } = await createWorkshop(a.url)
  const board = boardDocumentName(id, 'practice01')
  const writer = await connectSynced(a.url, board, tokens.participant)
  const readers = await Promise.all(
    Array.from({ length: clients }, (_, index) =>
      RawClient.open(index % 2 === 0 ? a.url : b.url, board, tokens.participant).then((client) => ({
        client,
        sameInstance: index % 2 === 0,
      })),
    ),
  )
  let sentAt = 0
  const sameInstance: number[] = []
  const otherInstance: number[] = []
  let warmedUp = 0
  const isUpdate = (data: Buffer) => data[0] === MESSAGE_SYNC && data[1] === SYNC_UPDATE
  for (const { client, sameInstance: same } of readers) {
    client.ws.on('message', (data: Buffer) => {
      if (!isUpdate(data)) return
      if (sentAt > 0) (same ? sameInstance : otherInstance).push(performance.now() - sentAt)
      else warmedUp += 1
    })
  }
  // A raw reader never asks for the document, so it hears only changes made after its room is ready:
  // one change first, heard by everyone, and the room on each instance is loaded and current.
  writer.doc.getArray<number>('marks').push([-1])
  await waitFor(() => warmedUp === clients, 10_000, 'the first change at every reader')
  const addedPerChange: number[] = []
  for (let mark = 0; mark < marks; mark++) {
    const expected = ((mark + 1) * clients) / 2
    const from = expected - clients / 2
    sentAt = performance.now()
    writer.doc.getArray<number>('marks').push([mark])
    await waitFor(
      () => sameInstance.length === expected && otherInstance.length === expected,
      5000,
      `mark ${mark} at all ${clients} readers`,
    ).catch((error: unknown) => {
      throw new Error(
        `${error instanceof Error ? error.message : error} (same instance ${sameInstance.length}, other ${otherInstance.length}, of ${expected} each)`,
      )
    })
    addedPerChange.push(percentile(otherInstance.slice(from), 50) - percentile(sameInstance.slice(from), 50))
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  const commitWaitP99Ms = (await health(a.url)).commitWait.p99Ms
  return { clients, sameInstance, otherInstance, addedPerChange, commitWaitP99Ms }
}

export function describeDelivery(figures: DeliveryFigures): string {
  const line = (values: number[]) =>
    `p50 ${percentile(values, 50).toFixed(1)} ms, p99 ${percentile(values, 99).toFixed(1)} ms`
  const added = percentile(figures.addedPerChange, 50).toFixed(1)
  return `${figures.clients} clients: same instance ${line(figures.sameInstance)}; other instance ${line(figures.otherInstance)}; crossing adds ${added} ms to the median change; PostgreSQL commit wait since start p99 ${figures.commitWaitP99Ms.toFixed(1)} ms`
}
