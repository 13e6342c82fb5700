import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addCard,
  deleteCard,
  groupCards,
  moveCard,
  moveGroup,
  renameGroup,
  setStakeholderTags,
  setTransferDetails,
  ungroup,
} from '../../shared/boardOperations'
import { readBoard } from '../../shared/readers'
import type { Author, LaneId, StakeholderType } from '../../shared/schema'

const ana: Author = { id: 'ana', name: 'Ana', organisation: 'Żyrardów' }

function board(...texts: string[]) {
  const doc = new Y.Doc()
  const ids = texts.map((text) => addCard(doc, { lane: 'benefits', text, author: ana }, 1))
  return { doc, ids }
}

function texts(doc: Y.Doc, lane: LaneId = 'benefits'): string[] {
  return readBoard(doc).lanes[lane].map((card) => card.text)
}

describe('grouping cards', () => {
  it('a group written under a card’s id (only a hostile client does) is no group: its dots count once', () => {
    // Found by hostileDocuments.test.ts (seed -1019207442): the report counted such a group's dots twice.
    const { doc, ids } = board('Gardens', 'Bikes')
    const [gardens, bikes] = ids as [string, string]
    doc.transact(() => {
      const group = new Y.Map<unknown>()
      group.set('title', 'Same id as a card')
      group.set('position', { lane: 'benefits', order: 'a0' })
      doc.getMap('groups').set(gardens, group)
      const card = doc.getMap('cards').get(bikes) as Y.Map<unknown>
      card.set('groupId', gardens)
    })
    const read = readBoard(doc)
    expect(read.groups.size).toBe(0)
    expect(read.lanes.benefits.map((card) => [card.text, card.groupId])).toEqual([
      ['Gardens', null],
      ['Bikes', null],
    ])
  })

  it('dropping a card on another makes a group in the target’s place', () => {
    const { doc, ids } = board('A', 'B', 'C', 'D')
    const [a, b, c, d] = ids as [string, string, string, string]
    const groupId = groupCards(doc, b, d, 'Housing')
    expect(groupId).not.toBeNull()
    expect(texts(doc)).toEqual(['A', 'B', 'D', 'C'])
    const group = readBoard(doc).groups.get(groupId as string)
    expect(group).toMatchObject({ title: 'Housing', lane: 'benefits', cardIds: [b, d] })
    // A third card joins the group at its end.
    expect(groupCards(doc, d, a)).toBe(groupId)
    expect(texts(doc)).toEqual(['B', 'D', 'A', 'C'])
    expect(
      readBoard(doc)
        .lanes.benefits.filter((card) => card.groupId === groupId)
        .map((card) => card.id),
    ).toEqual([b, d, a])
    expect(c).toBeDefined()
  })

  it('a group moves as one, to another lane, and its cards go with it', () => {
    const { doc, ids } = board('A', 'B', 'C')
    const [a, b] = ids as [string, string, string]
    const groupId = groupCards(doc, a, b) as string
    addCard(doc, { lane: 'keyAspects', text: 'K', author: ana }, 1)
    moveGroup(doc, groupId, 'keyAspects', 1)
    expect(texts(doc, 'keyAspects')).toEqual(['K', 'A', 'B'])
    expect(texts(doc)).toEqual(['C'])
    expect(readBoard(doc).lanes.keyAspects.map((card) => card.lane)).toEqual([
      'keyAspects',
      'keyAspects',
      'keyAspects',
    ])
  })

  it('moving a card out of a group, or deleting it, leaves the group; the last one out removes it', () => {
    const { doc, ids } = board('A', 'B', 'C')
    const [a, b, c] = ids as [string, string, string]
    const groupId = groupCards(doc, a, b) as string
    moveCard(doc, b, 'benefits', 2)
    expect(texts(doc)).toEqual(['A', 'C', 'B'])
    expect(readBoard(doc).groups.get(groupId)?.cardIds).toEqual([a])
    deleteCard(doc, a)
    expect(readBoard(doc).groups.get(groupId)).toBeUndefined()
    expect(doc.getMap('groups').has(groupId)).toBe(false)
    expect(c).toBeDefined()
  })

  it('ungrouping puts the cards back in the group’s place, in the group’s order', () => {
    const { doc, ids } = board('A', 'B', 'C', 'D')
    const [, b, , d] = ids as [string, string, string, string]
    const groupId = groupCards(doc, b, d) as string
    renameGroup(doc, groupId, 'Renamed')
    expect(readBoard(doc).groups.get(groupId)?.title).toBe('Renamed')
    ungroup(doc, groupId)
    expect(texts(doc)).toEqual(['A', 'B', 'D', 'C'])
    expect([...readBoard(doc).groups.keys()]).toEqual([])
    expect(readBoard(doc).lanes.benefits.every((card) => card.groupId === null)).toBe(true)
  })

  it('a card whose group was deleted concurrently still shows, where it was', () => {
    const { doc, ids } = board('A', 'B')
    const [a, b] = ids as [string, string]
    const groupId = groupCards(doc, a, b) as string
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
    ungroup(doc, groupId)
    const c = addCard(other, { lane: 'benefits', text: 'C', author: ana }, 1)
    groupCards(other, a, c)
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other))
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
    expect(readBoard(doc)).toEqual(readBoard(other))
    expect(texts(doc).sort()).toEqual(['A', 'B', 'C'])
  })

  it('refuses to group a card with itself or a missing card', () => {
    const { doc, ids } = board('A')
    expect(groupCards(doc, ids[0] as string, ids[0] as string)).toBeNull()
    expect(groupCards(doc, ids[0] as string, 'missing')).toBeNull()
  })
})

describe('structured card fields', () => {
  it('a transfer step carries owner, timeframe, resources and barriers', () => {
    const doc = new Y.Doc()
    const id = addCard(doc, { lane: 'transferSteps', text: 'Pilot in one district', author: ana }, 1)
    setTransferDetails(doc, id, { owner: ' City of Żyrardów ', timeframe: '2025 Q2' })
    setTransferDetails(doc, id, { resources: 'Two staff', barriers: 'Budget approval' })
    expect(readBoard(doc).lanes.transferSteps[0]?.transfer).toEqual({
      owner: 'City of Żyrardów',
      timeframe: '2025 Q2',
      resources: 'Two staff',
      barriers: 'Budget approval',
    })
  })

  it('a stakeholder is tagged by type and level, and unknown tags are refused', () => {
    const doc = new Y.Doc()
    const id = addCard(doc, { lane: 'stakeholders', text: 'Citizen groups', author: ana }, 1)
    expect(setStakeholderTags(doc, id, { type: 'civilSociety', level: 'local' })).toBe(true)
    expect(setStakeholderTags(doc, id, { type: 'aliens' as StakeholderType })).toBe(false)
    expect(readBoard(doc).lanes.stakeholders[0]?.stakeholder).toEqual({
      type: 'civilSociety',
      level: 'local',
    })
    setStakeholderTags(doc, id, { level: null })
    expect(readBoard(doc).lanes.stakeholders[0]?.stakeholder).toEqual({ type: 'civilSociety', level: null })
  })
})
