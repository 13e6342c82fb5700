import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addCard, deleteCard, editCardText, moveCard, setCardColor } from '../../shared/boardOperations'
import { localUserOrigin } from '../../shared/origins'
import { readBoard } from '../../shared/readers'
import type { Author, LaneId } from '../../shared/schema'

const ana: Author = { id: 'u-ana', name: 'Ana', organisation: 'Las Palmas de Gran Canaria' }
const now = 1_700_000_000_000

function texts(doc: Y.Doc, lane: LaneId): string[] {
  return readBoard(doc).lanes[lane].map((card) => card.text)
}

describe('board operations', () => {
  it('adds cards to the end of a lane, or at an index, with author and colour', () => {
    const doc = new Y.Doc()
    addCard(doc, { lane: 'benefits', text: 'Cheaper housing', author: ana }, now)
    addCard(doc, { lane: 'benefits', text: 'Revitalised streets', author: ana, color: 'green' }, now)
    addCard(doc, { lane: 'benefits', text: 'First', author: ana, index: 0 }, now)
    expect(texts(doc, 'benefits')).toEqual(['First', 'Cheaper housing', 'Revitalised streets'])
    const [, , last] = readBoard(doc).lanes.benefits
    expect(last?.color).toBe('green')
    expect(last?.author).toEqual(ana)
    expect(readBoard(doc).lanes.keyAspects).toEqual([])
  })

  it('keeps inner line breaks but trims the ends and caps the length', () => {
    const doc = new Y.Doc()
    const id = addCard(doc, { lane: 'keyAspects', text: '  line one\nline two \n', author: ana }, now)
    expect(texts(doc, 'keyAspects')).toEqual(['line one\nline two'])
    editCardText(doc, id, 'x'.repeat(5000))
    expect(texts(doc, 'keyAspects')[0]).toHaveLength(2000)
  })

  it('refuses a lane that does not exist', () => {
    const doc = new Y.Doc()
    expect(() => addCard(doc, { lane: 'nonsense' as LaneId, text: 'x', author: ana }, now)).toThrow(/lane/)
  })

  it('edits, recolours and deletes a card, and reports a missing card', () => {
    const doc = new Y.Doc()
    const id = addCard(doc, { lane: 'stakeholders', text: 'City hall', author: ana }, now)
    expect(editCardText(doc, id, 'City council')).toBe(true)
    expect(setCardColor(doc, id, 'pink')).toBe(true)
    expect(readBoard(doc).lanes.stakeholders[0]).toMatchObject({ text: 'City council', color: 'pink' })
    expect(deleteCard(doc, id)).toBe(true)
    expect(readBoard(doc).lanes.stakeholders).toEqual([])
    expect(editCardText(doc, id, 'gone')).toBe(false)
    expect(moveCard(doc, id, 'benefits', 0)).toBe(false)
  })

  it('moves a card within a lane and across lanes', () => {
    const doc = new Y.Doc()
    const a = addCard(doc, { lane: 'keyAspects', text: 'A', author: ana }, now)
    addCard(doc, { lane: 'keyAspects', text: 'B', author: ana }, now)
    addCard(doc, { lane: 'keyAspects', text: 'C', author: ana }, now)
    moveCard(doc, a, 'keyAspects', 2)
    expect(texts(doc, 'keyAspects')).toEqual(['B', 'C', 'A'])
    moveCard(doc, a, 'transferSteps', 0)
    expect(texts(doc, 'keyAspects')).toEqual(['B', 'C'])
    expect(texts(doc, 'transferSteps')).toEqual(['A'])
  })

  it('makes each operation one transaction, so one undo step reverts it whole', () => {
    const doc = new Y.Doc()
    const origin = localUserOrigin()
    const undo = new Y.UndoManager(doc.getMap('cards'), { trackedOrigins: new Set([origin]) })
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    addCard(doc, { lane: 'benefits', text: 'One step', author: ana }, now, origin)
    expect(transactions).toBe(1)
    undo.undo()
    expect(readBoard(doc).lanes.benefits).toEqual([])
  })

  it('undoes only the local user’s edits, never a collaborator’s', () => {
    const mine = new Y.Doc()
    const theirs = new Y.Doc()
    mine.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') Y.applyUpdate(theirs, update, 'remote')
    })
    theirs.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') Y.applyUpdate(mine, update, 'remote')
    })
    const local = localUserOrigin()
    const undo = new Y.UndoManager(mine.getMap('cards'), { trackedOrigins: new Set([local]) })
    addCard(mine, { lane: 'benefits', text: 'Mine', author: ana }, now, local)
    // Bob's session has an origin of its own: equal in shape, but not the one Ana's undo tracks.
    addCard(
      theirs,
      { lane: 'benefits', text: 'Theirs', author: { ...ana, id: 'u-bob' } },
      now,
      localUserOrigin(),
    )
    undo.undo()
    expect(texts(mine, 'benefits')).toEqual(['Theirs'])
    expect(texts(theirs, 'benefits')).toEqual(['Theirs'])
    undo.redo()
    expect(texts(theirs, 'benefits').sort()).toEqual(['Mine', 'Theirs'])
  })
})
