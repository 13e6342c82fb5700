import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addCard,
  deleteCard,
  editCardText,
  groupCards,
  moveCard,
  moveGroup,
  setCardColor,
  ungroup,
} from '../../shared/boardOperations'
import { readBoard } from '../../shared/readers'
import { type Author, CARD_COLORS, LANES } from '../../shared/schema'

/**
 * Convergence: the same concurrent edits, delivered in either order, must give every client the same
 * board, and no card may ever appear twice or vanish because of a move.
 */

const now = 1_700_000_000_000
const author = (id: string): Author => ({ id, name: id, organisation: 'Region' })

/** A replica whose local edits are captured as updates, to be delivered to others in any order. */
function replica(base: Uint8Array) {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, base)
  const outbox: Uint8Array[] = []
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') outbox.push(update)
  })
  return { doc, outbox }
}

function deliver(updates: readonly Uint8Array[], to: Y.Doc) {
  for (const update of updates) Y.applyUpdate(to, update, 'remote')
}

function cardIds(doc: Y.Doc): string[] {
  return LANES.flatMap((lane) => readBoard(doc).lanes[lane].map((card) => card.id))
}

function baseBoard() {
  const doc = new Y.Doc()
  const ids = ['A', 'B', 'C', 'D'].map((text) =>
    addCard(doc, { lane: 'keyAspects', text, author: author('seed') }, now),
  )
  return { base: Y.encodeStateAsUpdate(doc), ids }
}

describe('convergence of concurrent edits', () => {
  it('two people moving the same card at once: equal boards in both orders, the card exactly once', () => {
    const { base, ids } = baseBoard()
    const card = ids[0] as string
    const alice = replica(base)
    const bob = replica(base)
    moveCard(alice.doc, card, 'benefits', 0)
    moveCard(bob.doc, card, 'stakeholders', 0)

    const aliceFirst = replica(base)
    deliver([...alice.outbox, ...bob.outbox], aliceFirst.doc)
    const bobFirst = replica(base)
    deliver([...bob.outbox, ...alice.outbox], bobFirst.doc)

    expect(readBoard(aliceFirst.doc)).toEqual(readBoard(bobFirst.doc))
    const ids_ = cardIds(aliceFirst.doc)
    expect(ids_.filter((id) => id === card)).toHaveLength(1)
    expect(ids_).toHaveLength(4)
    const lane = readBoard(aliceFirst.doc).lanes
    expect(lane.benefits.length + lane.stakeholders.length).toBe(1)
  })

  it('a move within a lane racing a move to another lane keeps lane and order from one move', () => {
    const { base, ids } = baseBoard()
    const card = ids[1] as string
    const alice = replica(base)
    const bob = replica(base)
    moveCard(alice.doc, card, 'keyAspects', 3)
    moveCard(bob.doc, card, 'transferSteps', 0)
    deliver(bob.outbox, alice.doc)
    deliver(alice.outbox, bob.doc)
    expect(readBoard(alice.doc)).toEqual(readBoard(bob.doc))
    expect(cardIds(alice.doc)).toHaveLength(4)
  })

  it('concurrent inserts at the same spot, edits and deletes converge in both orders', () => {
    const { base, ids } = baseBoard()
    const alice = replica(base)
    const bob = replica(base)
    addCard(alice.doc, { lane: 'keyAspects', text: 'from Alice', author: author('alice'), index: 1 }, now)
    addCard(bob.doc, { lane: 'keyAspects', text: 'from Bob', author: author('bob'), index: 1 }, now)
    editCardText(alice.doc, ids[2] as string, 'C edited by Alice')
    setCardColor(bob.doc, ids[2] as string, 'blue')
    deleteCard(bob.doc, ids[3] as string)
    moveCard(alice.doc, ids[3] as string, 'benefits', 0)

    const one = replica(base)
    deliver([...alice.outbox, ...bob.outbox], one.doc)
    const two = replica(base)
    deliver([...bob.outbox, ...alice.outbox], two.doc)
    expect(readBoard(one.doc)).toEqual(readBoard(two.doc))
    const keyAspects = readBoard(one.doc).lanes.keyAspects.map((card) => card.text)
    expect(keyAspects.slice(0, 1)).toEqual(['A'])
    expect(keyAspects).toContain('from Alice')
    expect(keyAspects).toContain('from Bob')
    expect(readBoard(one.doc).lanes.keyAspects.find((card) => card.id === ids[2])).toMatchObject({
      text: 'C edited by Alice',
      color: 'blue',
    })
  })

  it.each([42, 7, 2024])(
    'random concurrent edits by three people converge, every card exactly once (seed %i)',
    (start) => {
      let seed = start
      const random = () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        return seed / 2 ** 31
      }
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
      const { base } = baseBoard()
      const people = [replica(base), replica(base), replica(base)]
      const delivered = people.map(() => people.map(() => 0))

      const syncPair = (from: number, to: number) => {
        const source = people[from]
        const target = people[to]
        const row = delivered[to]
        if (!source || !target || !row) return
        deliver(source.outbox.slice(row[from]), target.doc)
        row[from] = source.outbox.length
      }

      for (let step = 0; step < 400; step++) {
        const person = pick(people)
        const ids = cardIds(person.doc)
        const roll = random()
        if (roll < 0.25 || ids.length === 0) {
          addCard(
            person.doc,
            { lane: pick(LANES), text: `card ${step}`, author: author('p'), index: Math.floor(random() * 5) },
            now,
          )
        } else if (roll < 0.55) {
          moveCard(person.doc, pick(ids), pick(LANES), Math.floor(random() * 6))
        } else if (roll < 0.65) {
          groupCards(person.doc, pick(ids), pick(ids))
        } else if (roll < 0.7) {
          const groups = [...readBoard(person.doc).groups.keys()]
          if (groups.length > 0 && random() < 0.5) moveGroup(person.doc, pick(groups), pick(LANES), 0)
          else if (groups.length > 0) ungroup(person.doc, pick(groups))
        } else if (roll < 0.85) {
          editCardText(person.doc, pick(ids), `text ${step}`)
        } else if (roll < 0.93) {
          setCardColor(person.doc, pick(ids), pick(CARD_COLORS))
        } else {
          deleteCard(person.doc, pick(ids))
        }
        if (random() < 0.3) syncPair(Math.floor(random() * 3), Math.floor(random() * 3))
      }
      for (let round = 0; round < 2; round++) {
        for (let from = 0; from < 3; from++)
          for (let to = 0; to < 3; to++) if (from !== to) syncPair(from, to)
      }
      const boards = people.map((person) => readBoard(person.doc))
      expect(boards[1]).toEqual(boards[0])
      expect(boards[2]).toEqual(boards[0])
      const ids = cardIds((people[0] as (typeof people)[number]).doc)
      expect(new Set(ids).size).toBe(ids.length)
      // Every card the document holds is on the board: none is hidden by a group that went away.
      expect(ids.length).toBe((people[0] as (typeof people)[number]).doc.getMap('cards').size)
    },
  )
})
