import { describe, expect, it } from 'vitest'
import {
  boardLayout,
  cardAbove,
  combineId,
  combineTargetOf,
  type DragLayout,
  dropIndex,
  landing,
  laneAt,
  locate,
  mayCombine,
  placeAfterGroup,
  placesOf,
  placeTopLevel,
  previewOver,
  topLevelId,
} from '../../client/board/boardDrag'

/**
 * Key aspects: card a, group G (g1, g2), card b. Stakeholders: card s. Benefits and transfer steps empty.
 */
function board(): DragLayout {
  return {
    items: { keyAspects: ['a', 'G', 'b'], stakeholders: ['s'], benefits: [], transferSteps: [] },
    groupCards: { G: ['g1', 'g2'] },
  }
}

describe('where things are', () => {
  it('finds top-level items by lane and index, and grouped cards by group', () => {
    const layout = board()
    expect(locate(layout, 'b')).toEqual({ lane: 'keyAspects', groupId: null, index: 2 })
    expect(locate(layout, 'G')).toEqual({ lane: 'keyAspects', groupId: null, index: 1 })
    expect(locate(layout, 'g2')).toEqual({ lane: 'keyAspects', groupId: 'G', index: 1 })
    expect(locate(layout, 'nope')).toBeNull()
    expect(topLevelId(layout, 'g1')).toBe('G')
    expect(topLevelId(layout, 'a')).toBe('a')
  })

  it('works out every place once per layout, and again for a changed layout', () => {
    const layout = board()
    const places = placesOf(layout)
    expect(placesOf(layout)).toBe(places)
    expect(places.get('g1')).toEqual({ lane: 'keyAspects', groupId: 'G', index: 0 })
    expect(places.get('s')).toEqual({ lane: 'stakeholders', groupId: null, index: 0 })
    const moved = placeTopLevel(layout, 'a', 'benefits', 0)
    expect(placesOf(moved)).not.toBe(places)
    expect(locate(moved, 'a')).toEqual({ lane: 'benefits', groupId: null, index: 0 })
    expect(locate(layout, 'a')).toEqual({ lane: 'keyAspects', groupId: null, index: 0 })
  })

  it('finds a card both at the top level and in a group at the top level; a lost group’s cards nowhere', () => {
    const layout: DragLayout = {
      items: { keyAspects: ['x', 'G'], stakeholders: [], benefits: [], transferSteps: [] },
      groupCards: { G: ['x', 'y'], Lost: ['z'] },
    }
    expect(locate(layout, 'x')).toEqual({ lane: 'keyAspects', groupId: null, index: 0 })
    expect(locate(layout, 'y')).toEqual({ lane: 'keyAspects', groupId: 'G', index: 1 })
    expect(locate(layout, 'z')).toBeNull()
  })

  it('gives the same layout for the same board view, so a thousand cards share one index', () => {
    const view = board()
    const group = { id: 'G', title: '', lane: 'keyAspects' as const, order: 'a0', cardIds: ['g1', 'g2'] }
    const stored = { items: view.items, groups: { G: group } }
    const layout = boardLayout(stored)
    expect(boardLayout(stored)).toBe(layout)
    expect(layout.groupCards).toEqual({ G: ['g1', 'g2'] })
    expect(boardLayout({ ...stored })).not.toBe(layout)
  })

  it('names the combine zone of a card and reads it back', () => {
    expect(combineTargetOf(combineId('abc'))).toBe('abc')
    expect(combineTargetOf('abc')).toBeNull()
    expect(combineTargetOf('keyAspects')).toBeNull()
  })
})

describe('the lane under the pointer', () => {
  // Two lanes side by side with a gap between them; the others not measured.
  const boxes = new Map<string, { left: number; right: number; top: number; bottom: number }>([
    ['keyAspects', { left: 0, right: 100, top: 0, bottom: 500 }],
    ['stakeholders', { left: 120, right: 220, top: 0, bottom: 500 }],
    ['a', { left: 120, right: 220, top: 0, bottom: 50 }],
  ])

  it('is the lane whose box holds the pointer, edges included', () => {
    expect(laneAt({ x: 50, y: 250 }, boxes)).toBe('keyAspects')
    expect(laneAt({ x: 120, y: 0 }, boxes)).toBe('stakeholders')
    expect(laneAt({ x: 220, y: 500 }, boxes)).toBe('stakeholders')
  })

  it('is none between lanes, outside them, or when no lane is measured', () => {
    expect(laneAt({ x: 110, y: 250 }, boxes)).toBeUndefined()
    expect(laneAt({ x: 50, y: 501 }, boxes)).toBeUndefined()
    expect(laneAt({ x: 50, y: 250 }, new Map())).toBeUndefined()
  })
})

describe('dropping a card on another', () => {
  it('groups two cards, a card with a grouped card, across lanes too', () => {
    const layout = board()
    expect(mayCombine(layout, 'a', 'b')).toBe(true)
    expect(mayCombine(layout, 's', 'g1')).toBe(true)
    expect(mayCombine(layout, 'g1', 'b')).toBe(true)
  })

  it('never groups a card with itself, a group with anything, or a card with its own group', () => {
    const layout = board()
    expect(mayCombine(layout, 'a', 'a')).toBe(false)
    expect(mayCombine(layout, 'G', 'a')).toBe(false)
    expect(mayCombine(layout, 'a', 'G')).toBe(false)
    expect(mayCombine(layout, 'g1', 'g2')).toBe(false)
    expect(mayCombine(layout, 'a', 'gone')).toBe(false)
  })
})

describe('the preview while dragging', () => {
  it('leaves the order within the item’s own lane to the sortable list', () => {
    expect(previewOver(board(), 'a', 'b', false)).toBeNull()
    expect(previewOver(board(), 'G', 'a', false)).toBeNull()
  })

  it('moves a card or a whole group to another lane, at the item it is over', () => {
    const card = previewOver(board(), 'a', 's', false)
    expect(card?.items.stakeholders).toEqual(['a', 's'])
    expect(card?.items.keyAspects).toEqual(['G', 'b'])
    const below = previewOver(board(), 'a', 's', true)
    expect(below?.items.stakeholders).toEqual(['s', 'a'])
    const group = previewOver(board(), 'G', 'benefits', false)
    expect(group?.items.benefits).toEqual(['G'])
    expect(group?.groupCards.G).toEqual(['g1', 'g2'])
  })

  it('keeps a grouped card in its group while it is over the group, and takes it out elsewhere', () => {
    expect(previewOver(board(), 'g1', 'g2', false)).toBeNull()
    expect(previewOver(board(), 'g1', 'G', false)).toBeNull()
    const out = previewOver(board(), 'g1', 'b', true)
    expect(out?.items.keyAspects).toEqual(['a', 'G', 'b', 'g1'])
    expect(out?.groupCards.G).toEqual(['g2'])
    const elsewhere = previewOver(board(), 'g2', 'stakeholders', false)
    expect(elsewhere?.items.stakeholders).toEqual(['s', 'g2'])
  })

  it('puts an item anywhere among a lane’s top-level items', () => {
    const layout = placeTopLevel(board(), 'b', 'keyAspects', 0)
    expect(layout.items.keyAspects).toEqual(['b', 'a', 'G'])
    expect(placeTopLevel(board(), 'g2', 'benefits', 9).items.benefits).toEqual(['g2'])
  })
})

describe('the drop', () => {
  it('lands a top-level item where the sortable preview shows it', () => {
    expect(landing(board(), 'a', 'b')).toEqual({ lane: 'keyAspects', list: ['G', 'b', 'a'] })
    expect(landing(board(), 'b', 'g1')).toEqual({ lane: 'keyAspects', list: ['a', 'b', 'G'] })
    expect(landing(board(), 'G', 'keyAspects')).toEqual({ lane: 'keyAspects', list: ['a', 'G', 'b'] })
  })

  it('does not move a grouped card still in its group', () => {
    expect(landing(board(), 'g1', 'g2')).toBeNull()
  })

  it('counts the index among the others as they are now, after the same neighbour', () => {
    expect(dropIndex(['G', 'b', 'a'], ['a', 'G', 'b'], 'a')).toBe(2)
    expect(dropIndex(['a', 'G', 'b'], ['a', 'G', 'b'], 'a')).toBe(0)
    // Someone added x before b meanwhile: the card still goes right after b.
    expect(dropIndex(['G', 'b', 'a'], ['a', 'G', 'x', 'b'], 'a')).toBe(3)
    // The neighbour was deleted meanwhile: the position, within bounds.
    expect(dropIndex(['G', 'b', 'a'], ['a', 'G'], 'a')).toBe(1)
  })
})

describe('grouping from the card’s menu', () => {
  it('groups a card with the card above, or into the group above; not at the top, nor inside a group', () => {
    expect(cardAbove(board(), 'b')).toBe('g2')
    expect(cardAbove(board(), 'a')).toBeNull()
    expect(cardAbove(board(), 'g2')).toBeNull()
    expect(cardAbove(board(), 's')).toBeNull()
    const layout: DragLayout = { ...board(), items: { ...board().items, benefits: ['x', 'y'] } }
    expect(cardAbove(layout, 'y')).toBe('x')
  })

  it('takes a grouped card out to right after its group', () => {
    expect(placeAfterGroup(board(), 'g1')).toEqual({ lane: 'keyAspects', index: 2 })
    expect(placeAfterGroup(board(), 'a')).toBeNull()
  })
})
