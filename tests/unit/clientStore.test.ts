import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { changedKeys } from '../../client/session/changedKeys'
import type { BoardView } from '../../client/store/boardView'
import {
  EMPTY_BOARD,
  mirrorCards,
  mirrorDetails,
  mirrorEditors,
  mirrorPractices,
  type Person,
} from '../../client/store/workshopStore'
import { addCard, deleteCard, editCardText, moveCard, setCardColor } from '../../shared/boardOperations'
import { readCard } from '../../shared/readers'
import { type Card, cardsMap, type LaneId, type Practice } from '../../shared/schema'

const author = { id: 'ana', name: 'Ana Kowalska', organisation: 'Żyrardów' }

function card(id: string, lane: LaneId, order: string, text = `card ${id}`): Card {
  return {
    id,
    text,
    lane,
    order,
    color: 'yellow',
    author: { ...author },
    createdAt: 1,
    groupId: null,
    transfer: { owner: '', timeframe: '', resources: '', barriers: '' },
    stakeholder: { type: null, level: null },
  }
}

function changes<T>(...entries: [string, T | null][]): Map<string, T | null> {
  return new Map(entries)
}

/** A board with three cards: a and b in key aspects, c in benefits. */
function boardOfThree(): BoardView {
  return mirrorCards(
    { ...EMPTY_BOARD, ready: true },
    changes<Card>(
      ['a', card('a', 'keyAspects', 'a0')],
      ['b', card('b', 'keyAspects', 'a1')],
      ['c', card('c', 'benefits', 'a0')],
    ),
  )
}

describe('mirrorCards', () => {
  it('groups cards into lanes in their shared order', () => {
    const board = mirrorCards(
      EMPTY_BOARD,
      changes<Card>(
        ['late', card('late', 'keyAspects', 'a2')],
        ['early', card('early', 'keyAspects', 'a0')],
        ['middle', card('middle', 'keyAspects', 'a1')],
        ['other', card('other', 'transferSteps', 'a0')],
      ),
    )
    expect(board.lanes).toEqual({
      keyAspects: ['early', 'middle', 'late'],
      stakeholders: [],
      benefits: [],
      transferSteps: ['other'],
    })
  })

  it('returns the very same board when the re-read cards are equal to the mirrored ones', () => {
    const board = boardOfThree()
    const again = mirrorCards(board, changes<Card>(['a', card('a', 'keyAspects', 'a0')]))
    expect(again).toBe(board)
  })

  it('gives a new object only to the card that changed; the others, and untouched lanes, keep identity', () => {
    const board = boardOfThree()
    const next = mirrorCards(board, changes<Card>(['a', card('a', 'keyAspects', 'a0', 'new words')]))
    expect(next).not.toBe(board)
    expect(next.cards.a).not.toBe(board.cards.a)
    expect(next.cards.a?.text).toBe('new words')
    expect(next.cards.b).toBe(board.cards.b)
    expect(next.cards.c).toBe(board.cards.c)
    // The text changed, not the order: every lane list is the same array as before.
    expect(next.lanes).toBe(board.lanes)
  })

  it('rebuilds only the lane lists a move touches', () => {
    const board = boardOfThree()
    const next = mirrorCards(board, changes<Card>(['b', card('b', 'benefits', 'a1')]))
    expect(next.lanes.keyAspects).toEqual(['a'])
    expect(next.lanes.benefits).toEqual(['c', 'b'])
    expect(next.lanes.stakeholders).toBe(board.lanes.stakeholders)
    expect(next.lanes.transferSteps).toBe(board.lanes.transferSteps)
    expect(next.cards.a).toBe(board.cards.a)
    expect(next.cards.c).toBe(board.cards.c)
  })

  it('reorders within a lane when only an order key changes', () => {
    const board = boardOfThree()
    const next = mirrorCards(board, changes<Card>(['a', card('a', 'keyAspects', 'a2')]))
    expect(next.lanes.keyAspects).toEqual(['b', 'a'])
    expect(next.lanes.benefits).toBe(board.lanes.benefits)
  })

  it('removes deleted cards, and ignores the deletion of a card it never had', () => {
    const board = boardOfThree()
    const next = mirrorCards(board, changes<Card>(['b', null]))
    expect(next.cards.b).toBeUndefined()
    expect(next.lanes.keyAspects).toEqual(['a'])
    expect(mirrorCards(board, changes<Card>(['nope', null]))).toBe(board)
  })

  it('treats a change of author or colour as a change', () => {
    const board = boardOfThree()
    const recoloured = mirrorCards(
      board,
      changes<Card>(['a', { ...card('a', 'keyAspects', 'a0'), color: 'blue' }]),
    )
    expect(recoloured.cards.a?.color).toBe('blue')
    const renamed = mirrorCards(
      board,
      changes<Card>(['a', { ...card('a', 'keyAspects', 'a0'), author: { ...author, name: 'Ana K.' } }]),
    )
    expect(renamed.cards.a).not.toBe(board.cards.a)
  })
})

/** The session's observer pipeline on a real Y.Doc: observeDeep → changedKeys → readCard → mirrorCards. */
function mirroredBoard() {
  const doc = new Y.Doc()
  const cards = cardsMap(doc)
  let view: BoardView = { ...EMPTY_BOARD, ready: true }
  cards.observeDeep((events) => {
    const changed = new Map<string, Card | null>()
    for (const id of changedKeys(cards, events)) {
      const map = cards.get(id)
      changed.set(id, map instanceof Y.Map ? readCard(id, map) : null)
    }
    view = mirrorCards(view, changed)
  })
  return { doc, view: () => view }
}

describe('mirroring a board document', () => {
  it('keeps every other card object when one card is edited, recoloured, moved or deleted', () => {
    const { doc, view } = mirroredBoard()
    const first = addCard(doc, { lane: 'keyAspects', text: 'One', author }, 1)
    const second = addCard(doc, { lane: 'keyAspects', text: 'Two', author }, 2)
    const third = addCard(doc, { lane: 'benefits', text: 'Three', author }, 3)
    expect(view().lanes.keyAspects).toEqual([first, second])

    const steps: [string, () => void][] = [
      ['edit', () => editCardText(doc, first, 'One, edited')],
      ['colour', () => setCardColor(doc, first, 'green')],
      ['move', () => moveCard(doc, first, 'stakeholders', 0)],
    ]
    for (const [, step] of steps) {
      const before = view()
      step()
      const after = view()
      expect(after.cards[first]).not.toBe(before.cards[first])
      expect(after.cards[second]).toBe(before.cards[second])
      expect(after.cards[third]).toBe(before.cards[third])
    }
    expect(view().cards[first]).toMatchObject({ text: 'One, edited', color: 'green', lane: 'stakeholders' })
    expect(view().lanes).toEqual({
      keyAspects: [second],
      stakeholders: [first],
      benefits: [third],
      transferSteps: [],
    })

    const before = view()
    deleteCard(doc, second)
    expect(view().cards[second]).toBeUndefined()
    expect(view().cards[first]).toBe(before.cards[first])
    expect(view().lanes.stakeholders).toBe(before.lanes.stakeholders)
  })

  it('mirrors changes that arrive from another replica', () => {
    const { doc, view } = mirroredBoard()
    const remote = new Y.Doc()
    const id = addCard(remote, { lane: 'transferSteps', text: 'From afar', author }, 1)
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote))
    expect(view().lanes.transferSteps).toEqual([id])
    editCardText(remote, id, 'From afar, edited')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(doc)))
    expect(view().cards[id]?.text).toBe('From afar, edited')
  })
})

function practice(id: string, order: string, title = `Practice ${id}`): Practice {
  return { id, title, organisation: '', description: '', order, createdAt: 1, locked: false }
}

describe('mirrorPractices', () => {
  const empty = { practices: {}, practiceIds: [] as readonly string[] }

  it('lists practices in their shared order and keeps unchanged ones', () => {
    const state = mirrorPractices(
      empty,
      changes<Practice>(['p2', practice('p2', 'a1')], ['p1', practice('p1', 'a0')]),
    )
    expect(state.practiceIds).toEqual(['p1', 'p2'])
    const retitled = mirrorPractices(state, changes<Practice>(['p2', practice('p2', 'a1', 'Gardens')]))
    expect(retitled.practices.p1).toBe(state.practices.p1)
    expect(retitled.practices.p2?.title).toBe('Gardens')
    expect(retitled.practiceIds).toBe(state.practiceIds)
  })

  it('returns the same state for an equal re-read, and a new id list for a reorder or removal', () => {
    const state = mirrorPractices(
      empty,
      changes<Practice>(['p1', practice('p1', 'a0')], ['p2', practice('p2', 'a1')]),
    )
    expect(mirrorPractices(state, changes<Practice>(['p1', practice('p1', 'a0')]))).toBe(state)
    expect(mirrorPractices(state, changes<Practice>(['p1', practice('p1', 'a2')])).practiceIds).toEqual([
      'p2',
      'p1',
    ])
    expect(mirrorPractices(state, changes<Practice>(['p2', null])).practiceIds).toEqual(['p1'])
  })
})

describe('mirrorDetails', () => {
  it('keeps the previous object unless a field changed', () => {
    const details = { title: 'Seminar', date: '2024-04-10', place: 'Las Palmas', createdAt: 5 }
    expect(mirrorDetails(details, { ...details })).toBe(details)
    expect(mirrorDetails(details, { ...details, place: 'Żyrardów' })).toEqual({
      ...details,
      place: 'Żyrardów',
    })
  })
})

function person(clientId: number, name: string, editingCardId: string | null, isSelf = false): Person {
  return {
    clientId,
    isSelf,
    user: { id: `u${clientId}`, name, organisation: '', color: '#2f6f4f' },
    practiceId: 'p1',
    editingCardId,
  }
}

describe('mirrorEditors', () => {
  it('lists who else edits each card, leaving out this tab and repeated names', () => {
    const editors = mirrorEditors({}, [
      person(1, 'Me', 'a', true),
      person(2, 'Juan', 'a'),
      person(3, 'Juan', 'a'),
      person(4, 'Ewa', 'b'),
      person(5, 'Idle', null),
    ])
    expect(editors).toEqual({ a: ['Juan'], b: ['Ewa'] })
  })

  it('keeps the previous record and lists when nothing changed, and replaces only what did', () => {
    const people = [person(2, 'Juan', 'a'), person(4, 'Ewa', 'b')]
    const editors = mirrorEditors({}, people)
    expect(mirrorEditors(editors, people)).toBe(editors)
    const next = mirrorEditors(editors, [person(2, 'Juan', 'a'), person(4, 'Ewa', 'c')])
    expect(next).toEqual({ a: ['Juan'], c: ['Ewa'] })
    expect(next.a).toBe(editors.a)
    expect(mirrorEditors(editors, [])).toEqual({})
  })
})
