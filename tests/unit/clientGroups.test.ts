import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { changedKeys } from '../../client/session/changedKeys'
import { mirrorGroupRecords } from '../../client/store/boardGroups'
import type { BoardView } from '../../client/store/boardView'
import { EMPTY_BOARD, mirrorCards } from '../../client/store/workshopStore'
import {
  addCard,
  deleteCard,
  editCardText,
  groupCards,
  moveCard,
  moveGroup,
  renameGroup,
  ungroup,
} from '../../shared/boardOperations'
import { type GroupRecord, readBoard, readCard, readGroupRecord } from '../../shared/readers'
import { type Card, cardsMap, groupsMap } from '../../shared/schema'

const author = { id: 'ana', name: 'Ana Kowalska', organisation: 'Żyrardów' }

/** The session's two observers on a real board document: cards and groups, mirrored into one view. */
function mirroredBoard(doc = new Y.Doc()) {
  const cards = cardsMap(doc)
  const groups = groupsMap(doc)
  let view: BoardView = { ...EMPTY_BOARD, ready: true }
  cards.observeDeep((events) => {
    const changed = new Map<string, Card | null>()
    for (const id of changedKeys(cards, events)) {
      const map = cards.get(id)
      changed.set(id, map instanceof Y.Map ? readCard(id, map) : null)
    }
    view = mirrorCards(view, changed)
  })
  groups.observeDeep((events) => {
    const changed = new Map<string, GroupRecord | null>()
    for (const id of changedKeys(groups, events)) {
      const map = groups.get(id)
      changed.set(id, map instanceof Y.Map ? readGroupRecord(id, map) : null)
    }
    view = mirrorGroupRecords(view, changed)
  })
  return { doc, view: () => view }
}

/** The display order the shared reader gives, to compare the mirror with. */
function laneIds(doc: Y.Doc) {
  const board = readBoard(doc)
  return {
    keyAspects: board.lanes.keyAspects.map((card) => card.id),
    stakeholders: board.lanes.stakeholders.map((card) => card.id),
    benefits: board.lanes.benefits.map((card) => card.id),
    transferSteps: board.lanes.transferSteps.map((card) => card.id),
  }
}

describe('mirroring groups', () => {
  it('lays a group out at the target’s place, its cards together, and lists it once among the lane’s items', () => {
    const { doc, view } = mirroredBoard()
    const a = addCard(doc, { lane: 'keyAspects', text: 'A', author }, 1)
    const b = addCard(doc, { lane: 'keyAspects', text: 'B', author }, 2)
    const c = addCard(doc, { lane: 'keyAspects', text: 'C', author }, 3)
    const group = groupCards(doc, a, c)
    if (!group) throw new Error('no group')
    expect(view().lanes.keyAspects).toEqual([a, c, b])
    expect(view().items.keyAspects).toEqual([group, b])
    expect(view().groups[group]).toMatchObject({ id: group, title: '', lane: 'keyAspects', cardIds: [a, c] })
    expect(view().lanes).toEqual(laneIds(doc))
  })

  it('keeps every unchanged card, group and list when a group is renamed', () => {
    const { doc, view } = mirroredBoard()
    const a = addCard(doc, { lane: 'keyAspects', text: 'A', author }, 1)
    const b = addCard(doc, { lane: 'keyAspects', text: 'B', author }, 2)
    const c = addCard(doc, { lane: 'benefits', text: 'C', author }, 3)
    const group = groupCards(doc, a, b) ?? ''
    const before = view()
    renameGroup(doc, group, 'Housing')
    const after = view()
    expect(after.groups[group]?.title).toBe('Housing')
    expect(after.groups[group]).not.toBe(before.groups[group])
    expect(after.cards).toBe(before.cards)
    expect(after.lanes).toBe(before.lanes)
    expect(after.items).toBe(before.items)
    expect(after.cards[c]).toBe(before.cards[c])
  })

  it('keeps the group object and the other lanes when only a card’s text changes', () => {
    const { doc, view } = mirroredBoard()
    const a = addCard(doc, { lane: 'keyAspects', text: 'A', author }, 1)
    const b = addCard(doc, { lane: 'keyAspects', text: 'B', author }, 2)
    const group = groupCards(doc, a, b) ?? ''
    const before = view()
    editCardText(doc, a, 'A, edited')
    const after = view()
    expect(after.cards[a]).not.toBe(before.cards[a])
    expect(after.cards[b]).toBe(before.cards[b])
    expect(after.groups).toBe(before.groups)
    expect(after.groups[group]).toBe(before.groups[group])
    expect(after.items).toBe(before.items)
    expect(after.lanes).toBe(before.lanes)
  })

  it('moves a group with its cards, and rebuilds only the lanes the move touches', () => {
    const { doc, view } = mirroredBoard()
    const a = addCard(doc, { lane: 'keyAspects', text: 'A', author }, 1)
    const b = addCard(doc, { lane: 'keyAspects', text: 'B', author }, 2)
    const c = addCard(doc, { lane: 'stakeholders', text: 'C', author }, 3)
    const group = groupCards(doc, a, b) ?? ''
    const before = view()
    moveGroup(doc, group, 'transferSteps', 0)
    const after = view()
    expect(after.items.transferSteps).toEqual([group])
    expect(after.lanes.transferSteps).toEqual([a, b])
    expect(after.lanes.keyAspects).toEqual([])
    expect(after.lanes.stakeholders).toBe(before.lanes.stakeholders)
    expect(after.items.stakeholders).toBe(before.items.stakeholders)
    expect(after.cards[c]).toBe(before.cards[c])
    expect(after.groups[group]?.lane).toBe('transferSteps')
    expect(after.lanes).toEqual(laneIds(doc))
  })

  it('takes a card out of its group with moveCard, and drops the group when its last card leaves', () => {
    const { doc, view } = mirroredBoard()
    const a = addCard(doc, { lane: 'keyAspects', text: 'A', author }, 1)
    const b = addCard(doc, { lane: 'keyAspects', text: 'B', author }, 2)
    const group = groupCards(doc, a, b) ?? ''
    moveCard(doc, b, 'benefits', 0)
    expect(view().groups[group]?.cardIds).toEqual([a])
    expect(view().items.keyAspects).toEqual([group])
    expect(view().items.benefits).toEqual([b])
    moveCard(doc, a, 'keyAspects', 0)
    expect(view().groups).toEqual({})
    expect(view().items.keyAspects).toEqual([a])
    expect(view().groupRecords[group]).toBeUndefined()
  })

  it('dissolves a group in place on ungroup', () => {
    const { doc, view } = mirroredBoard()
    const x = addCard(doc, { lane: 'keyAspects', text: 'X', author }, 0)
    const a = addCard(doc, { lane: 'keyAspects', text: 'A', author }, 1)
    const b = addCard(doc, { lane: 'keyAspects', text: 'B', author }, 2)
    const y = addCard(doc, { lane: 'keyAspects', text: 'Y', author }, 3)
    const group = groupCards(doc, a, b) ?? ''
    expect(view().items.keyAspects).toEqual([x, group, y])
    ungroup(doc, group)
    expect(view().items.keyAspects).toEqual([x, a, b, y])
    expect(view().groups).toEqual({})
  })

  it('shows a card whose group was deleted concurrently on its own, never hidden', () => {
    const { doc, view } = mirroredBoard()
    const a = addCard(doc, { lane: 'keyAspects', text: 'A', author }, 1)
    const b = addCard(doc, { lane: 'keyAspects', text: 'B', author }, 2)
    const group = groupCards(doc, a, b) ?? ''
    doc.transact(() => groupsMap(doc).delete(group))
    expect([...view().lanes.keyAspects].sort()).toEqual([a, b].sort())
    expect([...view().items.keyAspects].sort()).toEqual([a, b].sort())
    expect(view().groups).toEqual({})
  })

  it('shows a group whose record arrives after its cards once the record is there', () => {
    const remote = new Y.Doc()
    const a = addCard(remote, { lane: 'keyAspects', text: 'A', author }, 1)
    const b = addCard(remote, { lane: 'keyAspects', text: 'B', author }, 2)
    const group = groupCards(remote, a, b) ?? ''
    const { doc, view } = mirroredBoard()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote))
    expect(view().items.keyAspects).toEqual([group])
    expect(view().groups[group]?.cardIds).toEqual([a, b])
  })

  it('returns the very same view when a re-read record equals the mirrored one', () => {
    const { doc, view } = mirroredBoard()
    const a = addCard(doc, { lane: 'keyAspects', text: 'A', author }, 1)
    const b = addCard(doc, { lane: 'keyAspects', text: 'B', author }, 2)
    const group = groupCards(doc, a, b) ?? ''
    const record = view().groupRecords[group]
    if (!record) throw new Error('no record')
    expect(mirrorGroupRecords(view(), new Map([[group, { ...record }]]))).toBe(view())
    expect(mirrorGroupRecords(view(), new Map([['nope', null]]))).toBe(view())
  })

  it('forgets a deleted card that was the only one of its group', () => {
    const { doc, view } = mirroredBoard()
    const a = addCard(doc, { lane: 'keyAspects', text: 'A', author }, 1)
    const b = addCard(doc, { lane: 'keyAspects', text: 'B', author }, 2)
    groupCards(doc, a, b)
    deleteCard(doc, a)
    deleteCard(doc, b)
    expect(view().groups).toEqual({})
    expect(view().items.keyAspects).toEqual([])
  })
})
