import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { editCardText, moveCard } from '../../shared/boardOperations'
import { addDraft, deleteDraft, draftCounts, editDraft, readDrafts, revealDrafts } from '../../shared/drafts'
import { interestKey, organisationKey, readInterest, setInterest } from '../../shared/interest'
import { readBoard } from '../../shared/readers'
import type { Author, InterestLevel } from '../../shared/schema'

const ana: Author = { id: 'ana', name: 'Ana', organisation: 'Żyrardów' }

describe('transfer-interest matrix', () => {
  it('one row per organisation however its name is typed, one cell per practice', () => {
    const doc = new Y.Doc()
    setInterest(doc, { organisation: 'City of  Żyrardów', practiceId: 'gardens', level: 'curious' }, ana, 1)
    setInterest(
      doc,
      { organisation: 'city of żyrardów', practiceId: 'gardens', level: 'wantToAdapt', note: 'Pilot' },
      ana,
      2,
    )
    setInterest(doc, { organisation: 'Bucharest', practiceId: 'flats', level: 'actionPlan' }, ana, 3)
    const matrix = readInterest(doc)
    expect(matrix.organisations.map((org) => org.key)).toEqual(['bucharest', 'city of żyrardów'])
    expect(matrix.cells.get(interestKey('City of Żyrardów', 'gardens'))).toMatchObject({
      level: 'wantToAdapt',
      note: 'Pilot',
    })
    expect(organisationKey(' Las  Palmas ')).toBe('las palmas')
  })

  it('refuses an empty organisation or an unknown level, and ignores malformed cells', () => {
    const doc = new Y.Doc()
    expect(setInterest(doc, { organisation: '  ', practiceId: 'p', level: 'curious' }, ana, 1)).toBe(false)
    expect(
      setInterest(doc, { organisation: 'X', practiceId: 'p', level: 'maybe' as InterestLevel }, ana, 1),
    ).toBe(false)
    doc.getMap('interest').set('x|p', { organisation: 42 })
    expect(readInterest(doc)).toEqual({ organisations: [], cells: new Map() })
  })
})

describe('private drafts', () => {
  it('counts drafts per practice and reveals each as a card on its board, once', () => {
    const drafts = new Y.Doc()
    const first = addDraft(drafts, { practiceId: 'p1', lane: 'keyAspects', text: 'Low rent' }, 1)
    addDraft(drafts, { practiceId: 'p1', lane: 'benefits', text: 'More residents', color: 'green' }, 2)
    addDraft(drafts, { practiceId: 'p2', lane: 'benefits', text: 'On a board not loaded' }, 3)
    editDraft(drafts, first, 'Low rent for renovators')
    expect(draftCounts(drafts)).toEqual({ p1: 2, p2: 1 })

    const board = new Y.Doc()
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(drafts))
    expect(revealDrafts(drafts, (id) => (id === 'p1' ? board : undefined), ana, 10)).toBe(2)
    // A second tab of the same device reveals the same drafts: still one card each.
    revealDrafts(copy, (id) => (id === 'p1' ? board : undefined), ana, 11)
    const lanes = readBoard(board).lanes
    expect(lanes.keyAspects.map((card) => card.text)).toEqual(['Low rent for renovators'])
    expect(lanes.benefits.map((card) => [card.text, card.color])).toEqual([['More residents', 'green']])
    expect(readDrafts(drafts).map((draft) => draft.practiceId)).toEqual(['p2'])
  })

  it('a second reveal never replaces the card the first made, with what others did to it since', () => {
    const drafts = new Y.Doc()
    addDraft(drafts, { practiceId: 'p1', lane: 'keyAspects', text: 'Low rent' }, 1)
    const secondTab = new Y.Doc()
    Y.applyUpdate(secondTab, Y.encodeStateAsUpdate(drafts))
    const board = new Y.Doc()
    revealDrafts(drafts, () => board, ana, 10)
    const [card] = readBoard(board).lanes.keyAspects
    editCardText(board, card?.id ?? '', 'Low rent, edited by a colleague')
    moveCard(board, card?.id ?? '', 'benefits', 0)
    revealDrafts(secondTab, () => board, ana, 11)
    expect(readBoard(board).lanes.keyAspects).toEqual([])
    expect(readBoard(board).lanes.benefits.map((c) => c.text)).toEqual(['Low rent, edited by a colleague'])
    expect(readDrafts(secondTab)).toEqual([])
  })

  it('deletes a draft', () => {
    const drafts = new Y.Doc()
    const id = addDraft(drafts, { practiceId: 'p1', lane: 'keyAspects', text: 'x' }, 1)
    expect(deleteDraft(drafts, id)).toBe(true)
    expect(readDrafts(drafts)).toEqual([])
  })
})
