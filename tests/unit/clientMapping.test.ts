import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  columnCounts,
  interestCell,
  interestRows,
  mayEditInterestRow,
} from '../../client/mapping/interestMatrix'
import { actionPlan, emptyLanes, laneCounts, topVoted } from '../../client/mapping/overview'
import { missingStakeholderTypes } from '../../client/mapping/stakeholders'
import { hasTransferDetails, transferSummary } from '../../client/mapping/transfer'
import { interestPath, overviewPath, parseRoute } from '../../client/routes'
import { mirrorGroupRecords } from '../../client/store/boardGroups'
import type { BoardView } from '../../client/store/boardView'
import { EMPTY_INTEREST, mirrorInterest } from '../../client/store/mappingSlice'
import { EMPTY_BOARD, mirrorCards } from '../../client/store/workshopStore'
import { addCard, groupCards, setStakeholderTags, setTransferDetails } from '../../shared/boardOperations'
import { readInterest, setInterest } from '../../shared/interest'
import { readBoard, readCards, readGroupRecords } from '../../shared/readers'
import type { Card } from '../../shared/schema'
import { readBallots, setDots, tallyVotes } from '../../shared/voting'

const ana = { id: 'ana', name: 'Ana Kowalska', organisation: 'City of Żyrardów' }
const juan = { id: 'juan', name: 'Juan Pérez', organisation: 'Las Palmas de Gran Canaria' }
const VOTING = { dotsPerPerson: 5, scope: 'practice', maxDotsPerCard: 3 } as const

/** A board document mirrored as the session mirrors it (cards, then group records). */
function viewOf(doc: Y.Doc): BoardView {
  const cards = new Map<string, Card | null>(readCards(doc).map((card) => [card.id, card]))
  const withCards = mirrorCards({ ...EMPTY_BOARD, ready: true }, cards)
  return mirrorGroupRecords(withCards, new Map(readGroupRecords(doc).map((record) => [record.id, record])))
}

describe('stakeholder types', () => {
  it('lists the types no card is tagged with, in their fixed order', () => {
    const doc = new Y.Doc()
    expect(missingStakeholderTypes([])).toEqual(['publicAuthority', 'business', 'research', 'civilSociety'])
    const office = addCard(doc, { lane: 'stakeholders', text: 'Housing office', author: ana }, 1)
    const ngo = addCard(doc, { lane: 'stakeholders', text: 'Tenants’ association', author: ana }, 2)
    addCard(doc, { lane: 'stakeholders', text: 'Residents', author: ana }, 3)
    setStakeholderTags(doc, office, { type: 'publicAuthority', level: 'local' })
    setStakeholderTags(doc, ngo, { type: 'civilSociety' })
    expect(missingStakeholderTypes(readCards(doc))).toEqual(['business', 'research'])
    setStakeholderTags(doc, ngo, { type: null })
    expect(missingStakeholderTypes(readCards(doc))).toEqual(['business', 'research', 'civilSociety'])
  })
})

describe('transfer step summary', () => {
  const none = { owner: '', timeframe: '', resources: '', barriers: '' }
  const owner = (name: string) => `Owner: ${name}`

  it('reads "Owner: … · timeframe" from what is filled in', () => {
    expect(transferSummary({ ...none, owner: 'City of Żyrardów', timeframe: '2025 Q2' }, owner)).toBe(
      'Owner: City of Żyrardów · 2025 Q2',
    )
    expect(transferSummary({ ...none, timeframe: ' 2026 ' }, owner)).toBe('2026')
    expect(transferSummary({ ...none, owner: 'Region' }, owner)).toBe('Owner: Region')
    expect(transferSummary({ ...none, resources: 'Two officers' }, owner)).toBe('')
  })

  it('knows whether anything is filled in', () => {
    expect(hasTransferDetails(none)).toBe(false)
    expect(hasTransferDetails({ ...none, barriers: 'Consent' })).toBe(true)
  })
})

describe('the facilitator overview of a practice', () => {
  it('counts cards per lane and names the empty lanes', () => {
    const doc = new Y.Doc()
    addCard(doc, { lane: 'keyAspects', text: 'A', author: ana }, 1)
    addCard(doc, { lane: 'keyAspects', text: 'B', author: ana }, 2)
    addCard(doc, { lane: 'transferSteps', text: 'Step', author: ana }, 3)
    const counts = laneCounts(viewOf(doc))
    expect(counts).toEqual({ keyAspects: 2, stakeholders: 0, benefits: 0, transferSteps: 1 })
    expect(emptyLanes(counts)).toEqual(['stakeholders', 'benefits'])
  })

  it('lists the top three cards or groups by the shared tally, a group as one, ties in board order', () => {
    const doc = new Y.Doc()
    const a = addCard(doc, { lane: 'keyAspects', text: 'A', author: ana }, 1)
    const b = addCard(doc, { lane: 'keyAspects', text: 'B', author: ana }, 2)
    const c = addCard(doc, { lane: 'benefits', text: 'C', author: ana }, 3)
    const d = addCard(doc, { lane: 'benefits', text: 'D', author: ana }, 4)
    const e = addCard(doc, { lane: 'transferSteps', text: 'E', author: ana }, 5)
    const group = groupCards(doc, a, b) ?? ''
    setDots(doc, ana, b, 2) // counts for the group
    setDots(doc, juan, group, 1)
    setDots(doc, ana, d, 1)
    setDots(doc, juan, c, 1)
    setDots(doc, juan, e, 3)
    const tally = tallyVotes([{ practiceId: 'p', board: readBoard(doc), ballots: readBallots(doc) }], VOTING)
    const top = topVoted(viewOf(doc), tally.get('p'))
    expect(top.map((item) => [item.targetId, item.dots])).toEqual([
      [group, 3],
      [e, 3],
      [c, 1],
    ])
    expect(top[0]).toMatchObject({ isGroup: true, cardCount: 2, text: '' })
    expect(top[1]).toMatchObject({ isGroup: false, cardCount: 1, text: 'E' })
    expect(topVoted(viewOf(doc), undefined)).toEqual([])
  })

  it('leaves out dots on cards that are gone', () => {
    const doc = new Y.Doc()
    const a = addCard(doc, { lane: 'keyAspects', text: 'A', author: ana }, 1)
    const tally = new Map([
      ['gone', { total: 4, byOrganisation: new Map(), byVoter: new Map() }],
      [a, { total: 1, byOrganisation: new Map(), byVoter: new Map() }],
    ])
    expect(topVoted(viewOf(doc), tally).map((item) => item.targetId)).toEqual([a])
  })

  it('lists every transfer step with its action plan, in the board’s order', () => {
    const doc = new Y.Doc()
    const first = addCard(doc, { lane: 'transferSteps', text: 'Survey flats', author: ana }, 1)
    addCard(doc, { lane: 'transferSteps', text: 'Council decision', author: ana }, 2)
    addCard(doc, { lane: 'benefits', text: 'Not a step', author: ana }, 3)
    setTransferDetails(doc, first, { owner: 'City of Żyrardów', timeframe: '2025 Q2' })
    const plan = actionPlan(viewOf(doc))
    expect(plan.map((step) => step.text)).toEqual(['Survey flats', 'Council decision'])
    expect(plan[0]?.details).toEqual({
      owner: 'City of Żyrardów',
      timeframe: '2025 Q2',
      resources: '',
      barriers: '',
    })
  })
})

describe('the transfer-interest matrix', () => {
  function matrixWith(...entries: [typeof ana, string, 'none' | 'curious' | 'wantToAdapt' | 'actionPlan'][]) {
    const doc = new Y.Doc()
    for (const [by, practiceId, level] of entries) {
      setInterest(doc, { organisation: by.organisation, practiceId, level }, by, 1)
    }
    return readInterest(doc)
  }

  it('lets participants edit only their own organisation’s row, facilitators any, observers none', () => {
    expect(mayEditInterestRow('participant', 'city of żyrardów', '  City of   Żyrardów ')).toBe(true)
    expect(mayEditInterestRow('participant', 'las palmas de gran canaria', 'City of Żyrardów')).toBe(false)
    expect(mayEditInterestRow('participant', '', '')).toBe(false)
    expect(mayEditInterestRow('facilitator', 'las palmas de gran canaria', 'City of Żyrardów')).toBe(true)
    expect(mayEditInterestRow('observer', 'city of żyrardów', 'City of Żyrardów')).toBe(false)
  })

  it('has a row for the user’s own organisation before it answers, first, and one row per organisation', () => {
    const matrix = matrixWith([juan, 'p1', 'curious'])
    const rows = interestRows(matrix, 'City of Żyrardów', [], 'participant')
    expect(rows.map((row) => [row.name, row.own, row.editable])).toEqual([
      ['City of Żyrardów', true, true],
      ['Las Palmas de Gran Canaria', false, false],
    ])
    // The same organisation typed differently, or added again by a facilitator, is the same row.
    const again = interestRows(
      matrix,
      'las palmas de  gran canaria',
      ['LAS PALMAS DE GRAN CANARIA', 'Region X'],
      'facilitator',
    )
    expect(again.map((row) => [row.name, row.own, row.editable])).toEqual([
      ['Las Palmas de Gran Canaria', true, true],
      ['Region X', false, true],
    ])
  })

  it('has no row of its own for someone without an organisation, nor for observers', () => {
    const matrix = matrixWith([juan, 'p1', 'curious'])
    expect(interestRows(matrix, '', [], 'participant').map((row) => row.own)).toEqual([false])
    expect(interestRows(matrix, '', [], 'observer').every((row) => !row.editable)).toBe(true)
  })

  it('gives each cell a level and a tone, "unset" where nobody answered', () => {
    const matrix = matrixWith([juan, 'p1', 'wantToAdapt'], [ana, 'p1', 'none'])
    expect(interestCell(matrix, 'Las Palmas de Gran Canaria', 'p1')).toMatchObject({
      level: 'wantToAdapt',
      tone: 'wantToAdapt',
      updatedBy: 'Juan Pérez',
    })
    expect(interestCell(matrix, 'las palmas de gran canaria', 'p1').level).toBe('wantToAdapt')
    expect(interestCell(matrix, 'City of Żyrardów', 'p1').tone).toBe('none')
    expect(interestCell(matrix, 'City of Żyrardów', 'p2')).toMatchObject({ level: null, tone: 'unset' })
  })

  it('counts each practice’s answers by level', () => {
    const matrix = matrixWith([juan, 'p1', 'wantToAdapt'], [ana, 'p1', 'actionPlan'], [ana, 'p2', 'curious'])
    const rows = interestRows(matrix, '', [], 'observer')
    expect(columnCounts(matrix, rows, 'p1')).toEqual({ none: 0, curious: 0, wantToAdapt: 1, actionPlan: 1 })
    expect(columnCounts(matrix, rows, 'p3')).toEqual({ none: 0, curious: 0, wantToAdapt: 0, actionPlan: 0 })
  })

  it('is mirrored keeping every unchanged cell and the organisation list', () => {
    const doc = new Y.Doc()
    setInterest(doc, { organisation: juan.organisation, practiceId: 'p1', level: 'curious' }, juan, 1)
    setInterest(doc, { organisation: ana.organisation, practiceId: 'p1', level: 'none' }, ana, 1)
    const first = mirrorInterest(EMPTY_INTEREST, readInterest(doc))
    expect(mirrorInterest(first, readInterest(doc))).toBe(first)
    setInterest(doc, { organisation: ana.organisation, practiceId: 'p1', level: 'actionPlan' }, ana, 2)
    const second = mirrorInterest(first, readInterest(doc))
    expect(second).not.toBe(first)
    expect(second.organisations).toBe(first.organisations)
    const juanKey = [...first.cells.keys()].find((key) => key.startsWith('las palmas'))
    expect(juanKey && second.cells.get(juanKey)).toBe(juanKey && first.cells.get(juanKey))
    expect([...second.cells.values()].map((cell) => cell.level).sort()).toEqual(['actionPlan', 'curious'])
  })
})

describe('mapping routes', () => {
  it('reads and builds the overview and interest paths', () => {
    expect(parseRoute('/w/abc123/overview')).toEqual({ name: 'overview', workshopId: 'abc123' })
    expect(parseRoute('/w/abc123/interest/')).toEqual({ name: 'interest', workshopId: 'abc123' })
    expect(parseRoute('/w/abc123/overview/x')).toEqual({ name: 'notFound' })
    expect(parseRoute(overviewPath('abc123'))).toEqual({ name: 'overview', workshopId: 'abc123' })
    expect(parseRoute(interestPath('abc123'))).toEqual({ name: 'interest', workshopId: 'abc123' })
  })
})
