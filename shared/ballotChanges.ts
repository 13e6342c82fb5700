import * as Y from 'yjs'
import { BOARD_ROOT } from './schema'

/**
 * Which ballots a board update would change, read from the update and the document it is about to be
 * applied to, without applying it. The server uses it to let a participant change their own ballot only
 * (server/ballotGuard.ts); it is pure and knows nothing of connections.
 *
 * A ballot is an entry of the board's `votes` map, keyed by its voter id. Everything an update does under
 * one (a new ballot, a value set, a dot map replaced, anything deleted) is found through where each of its
 * items sits: an item names its parent (a root by name, or the item of a nested type) only when it has no
 * neighbours; otherwise it sits where its neighbour (`origin`, or `rightOrigin`) sits, which may be in the
 * update itself or in the document. Deletions are located through the items they remove.
 *
 * An item whose place cannot be found now (its neighbour or parent is in neither) would wait in the
 * document until that arrives and then land wherever it is, unchecked: the whole update is `unresolved`,
 * and a caller that cares must refuse it. So is a deletion of items the document does not have yet.
 */

export interface BallotChanges {
  /** Keys of `votes` under which the update adds, changes or deletes anything. */
  ballots: Set<string>
  /** Some item or deletion could not be placed; the update may change any ballot. */
  unresolved: boolean
}

/** Where an item sits: under which root, and under which key of that root (null for a list). */
type Place = { root: string; key: string | null } | 'nowhere' | 'unknown'

const NOWHERE = 'nowhere'
const UNKNOWN = 'unknown'

/** The structs of one client in an update, in clock order (as Yjs writes them). */
type ClientStructs = (Y.Item | Y.GC | Y.Skip)[]

function findInList<T extends { id: Y.ID; length: number }>(structs: readonly T[], clock: number): T | null {
  let low = 0
  let high = structs.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const struct = structs[middle]
    if (!struct) return null
    if (clock < struct.id.clock) high = middle - 1
    else if (clock >= struct.id.clock + struct.length) low = middle + 1
    else return struct
  }
  return null
}

/** The struct of the document that holds `id`, or null when the document does not have it (yet). */
function findInDocument(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | null {
  const structs = doc.store.clients.get(id.client)
  if (!structs || id.clock >= Y.getState(doc.store, id.client)) return null
  return structs[Y.findIndexSS(structs, id.clock)] ?? null
}

/** Where an item of the document sits: up through its parents to the root. */
function placeInDocument(item: Y.Item): Place {
  let current = item
  // Ballots are three levels deep; a deeper document is still walked to its root, just a little longer.
  for (;;) {
    const parent = current.parent
    if (!(parent instanceof Y.AbstractType)) return NOWHERE
    if (parent._item === null) return { root: Y.findRootTypeKey(parent), key: current.parentSub }
    current = parent._item
  }
}

export function ballotsChangedBy(doc: Y.Doc, update: Uint8Array): BallotChanges {
  const { structs, ds } = Y.decodeUpdate(update)
  const byClient = new Map<number, ClientStructs>()
  for (const struct of structs) {
    const list = byClient.get(struct.id.client)
    if (list) list.push(struct)
    else byClient.set(struct.id.client, [struct])
  }
  const places = new Map<Y.Item, Place>()
  const changes: BallotChanges = { ballots: new Set(), unresolved: false }

  const note = (place: Place) => {
    if (place === UNKNOWN) changes.unresolved = true
    else if (place !== NOWHERE && place.root === BOARD_ROOT.votes) changes.ballots.add(place.key ?? '')
  }

  /** The struct with `id`: the update's own first (it may restate what the document has), else the document's. */
  const find = (id: Y.ID): { item: Y.Item; inUpdate: boolean } | typeof NOWHERE | typeof UNKNOWN => {
    const own = findInList(byClient.get(id.client) ?? [], id.clock)
    if (own instanceof Y.Item) return { item: own, inUpdate: true }
    if (own instanceof Y.GC) return NOWHERE
    const stored = findInDocument(doc, id)
    if (stored instanceof Y.Item) return { item: stored, inUpdate: false }
    return stored ? NOWHERE : UNKNOWN
  }

  /**
   * Where an item of the update sits. Followed iteratively, not recursively: typing in a card makes chains
   * of items each next to the one before, thousands long. A loop of neighbours (only a forged update has
   * one) cannot be placed.
   */
  const placeOf = (start: Y.Item): Place => {
    const chain: Y.Item[] = []
    const onChain = new Set<Y.Item>()
    let current = start
    let place: Place
    for (;;) {
      const known = places.get(current)
      if (known !== undefined) {
        place = known
        break
      }
      if (onChain.has(current)) {
        place = UNKNOWN
        break
      }
      onChain.add(current)
      chain.push(current)
      if (typeof current.parent === 'string') {
        place = { root: current.parent, key: current.parentSub }
        break
      }
      const next = current.parent instanceof Y.ID ? current.parent : (current.origin ?? current.rightOrigin)
      if (next === null) {
        place = UNKNOWN
        break
      }
      const found = find(next)
      if (typeof found === 'string') {
        place = found
        break
      }
      if (!found.inUpdate) {
        place = placeInDocument(found.item)
        break
      }
      current = found.item
    }
    for (const item of chain) places.set(item, place)
    return place
  }

  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue
    // Wholly known already: applying it changes nothing (a client may restate what the server has).
    if (struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client)) continue
    note(placeOf(struct))
  }

  for (const [client, deletions] of ds.clients) {
    for (const { clock, len } of deletions) {
      for (let at = clock; at < clock + len; ) {
        // What the document has is what a deletion acts on; anything newer must come with the update.
        const stored = findInDocument(doc, Y.createID(client, at))
        const target = stored ?? findInList(byClient.get(client) ?? [], at)
        if (target === null || target instanceof Y.Skip) {
          // Deletes what is not there yet: it would be applied whenever it arrives, to whatever it is.
          changes.unresolved = true
          break
        }
        if (target instanceof Y.Item) {
          if (stored === null) note(placeOf(target))
          // Deleting what is deleted already changes nothing (a client's sync repeats its whole delete set).
          else if (!target.deleted) note(placeInDocument(target))
        }
        // A collected struct (GC) holds nothing any more, whoever sends its deletion.
        at = target.id.clock + target.length
      }
    }
  }
  return changes
}
