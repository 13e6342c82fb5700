/**
 * The boards the joins and memory sections load, built once with shared/boardOperations (addCard) and
 * written to every server through a client as the same Y.Doc update.
 */
import * as Y from 'yjs'
import { addCard } from '../../shared/boardOperations'
import { cardsMap, LANES } from '../../shared/schema'
import { until } from '../env'
import type { BenchClient } from './clients'

const author = { id: 'bench', name: 'Bench', organisation: 'Loopback' }
const built = new Map<number, Uint8Array>()

/**
 * The Yjs client ids of the people who wrote the board: fixed, so every run and every server gets the same
 * bytes, and spread over the whole 32-bit range as browsers' random ids are (how a server's JavaScript
 * engine stores ids beyond 2^31 changes its memory per room by a few per cent).
 */
const WRITER_CLIENT_IDS = [0x1f2e3d4c, 0x9a8b7c6d, 0x3c4d5e6f, 0xd1e2f3a4, 0x05162738, 0xb7c8d9ea]

/** A board of `cards` cards over the four lanes, written by six people, as one update (cached per size). */
export function boardUpdate(cards: number): Uint8Array {
  const cached = built.get(cards)
  if (cached) return cached
  const writers = WRITER_CLIENT_IDS.map((clientID) => {
    const doc = new Y.Doc()
    doc.clientID = clientID
    return doc
  })
  for (let i = 0; i < cards; i++) {
    const doc = writers[i % writers.length] as Y.Doc
    addCard(
      doc,
      { lane: LANES[i % LANES.length] ?? 'keyAspects', text: `Card number ${i}: a short sentence`, author },
      1_700_000_000_000 + i,
    )
  }
  const update = Y.mergeUpdates(writers.map((doc) => Y.encodeStateAsUpdate(doc)))
  for (const doc of writers) doc.destroy()
  built.set(cards, update)
  return update
}

export const cardCount = (client: BenchClient) => cardsMap(client.doc).size

/** Resolves when the client has synced and holds the whole board. */
export function whenBoardLoaded(client: BenchClient, cards: number, timeoutMs = 60_000): Promise<void> {
  return until(() => client.provider.synced && cardCount(client) >= cards, timeoutMs, `${cards} cards`)
}
