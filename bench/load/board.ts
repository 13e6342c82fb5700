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

/** A board of `cards` cards over the four lanes, as one update (cached per size). */
export function boardUpdate(cards: number): Uint8Array {
  const cached = built.get(cards)
  if (cached) return cached
  const doc = new Y.Doc()
  doc.transact(() => {
    for (let i = 0; i < cards; i++) {
      addCard(
        doc,
        { lane: LANES[i % LANES.length] ?? 'keyAspects', text: `Card number ${i}: a short sentence`, author },
        1_700_000_000_000 + i,
      )
    }
  })
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  built.set(cards, update)
  return update
}

export const cardCount = (client: BenchClient) => cardsMap(client.doc).size

/** Resolves when the client has synced and holds the whole board. */
export function whenBoardLoaded(client: BenchClient, cards: number, timeoutMs = 60_000): Promise<void> {
  return until(() => client.provider.synced && cardCount(client) >= cards, timeoutMs, `${cards} cards`)
}
