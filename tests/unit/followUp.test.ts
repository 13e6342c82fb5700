import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addCard, groupCards, setStakeholderTags, setTransferDetails } from '../../shared/boardOperations'
import { exportJson } from '../../shared/exportJson'
import { buildFollowUp } from '../../shared/followUp'
import { importJson } from '../../shared/importJson'
import { readInterest, setInterest } from '../../shared/interest'
import { readBoard, readPractices, readWorkshop, readWorkshopOrigin } from '../../shared/readers'
import { readPhases, setPracticeLocked } from '../../shared/sessionOperations'
import { setDots } from '../../shared/voting'
import { addPractice, initWorkshop } from '../../shared/workshopOperations'

const ana = { id: 'ana', name: 'Ana Żak', organisation: 'Gmina Żyrardów' }
const NEW_EVENT = { title: 'Brașov meeting', date: '2025-03-01', place: 'Brașov' }

/** The seminar: two practices, one with cards in every kind of place, votes, a lock and an interest cell. */
function seminar() {
  const workshop = new Y.Doc()
  initWorkshop(workshop, { title: 'Las Palmas seminar', date: '2024-04-10', place: 'Las Palmas' }, 1)
  const flat = addPractice(
    workshop,
    { title: 'Flat for renovation', organisation: 'Żyrardów', description: 'd' },
    2,
  )
  const bikes = addPractice(workshop, { title: 'Bikes', organisation: 'Brașov', description: '' }, 3)
  setPracticeLocked(workshop, flat, true)
  const board = new Y.Doc()
  const aspect = addCard(
    board,
    { lane: 'keyAspects', text: 'Right to a flat', author: ana, color: 'green' },
    4,
  )
  const who = addCard(board, { lane: 'stakeholders', text: 'Residents', author: ana }, 5)
  setStakeholderTags(board, who, { type: 'civilSociety', level: 'local' })
  const step = addCard(board, { lane: 'transferSteps', text: 'Pilot', author: ana }, 6)
  const next = addCard(board, { lane: 'transferSteps', text: 'Council vote', author: ana }, 7)
  setTransferDetails(board, step, {
    owner: 'Primăria Brașov',
    timeframe: '2025',
    resources: 'EU',
    barriers: 'law',
  })
  const group = groupCards(board, step, next, 'First year')
  setDots(board, ana, aspect, 2)
  const participation = new Y.Doc()
  setInterest(
    participation,
    { organisation: 'Primăria Brașov', practiceId: flat, level: 'actionPlan', note: 'yes' },
    ana,
    8,
  )
  setInterest(
    participation,
    { organisation: 'Gone', practiceId: 'removedpractice1', level: 'curious' },
    ana,
    9,
  )
  const source = { workshopId: 'origin123', workshop, boards: new Map([[flat, board]]), participation }
  return { source, flat, bikes, aspect, step, next, group }
}

describe('buildFollowUp', () => {
  it('carries everything the partners wrote, but not the votes, locks or session, and records its origin', () => {
    const { source, flat, bikes, group } = seminar()
    const result = buildFollowUp(source, NEW_EVENT, 'everything', 100)

    const workshop = readWorkshop(result.workshop)
    expect(workshop).toMatchObject({ ...NEW_EVENT, createdAt: 100 })
    expect(readWorkshopOrigin(result.workshop)).toEqual({
      workshopId: 'origin123',
      title: 'Las Palmas seminar',
      date: '2024-04-10',
    })
    const original = readPractices(source.workshop)
    expect(readPractices(result.workshop)).toEqual(
      original.map((practice) => ({ ...practice, locked: false })),
    )
    expect(readPhases(result.workshop).length).toBe(readPhases(source.workshop).length)

    expect([...result.boards.keys()]).toEqual([flat]) // the bikes board was empty
    expect(result.boards.has(bikes)).toBe(false)
    const carried = result.boards.get(flat)
    if (!carried) throw new Error('no board carried')
    expect(readBoard(carried)).toEqual(readBoard(source.boards.get(flat) as Y.Doc))
    expect(group).not.toBeNull()
    expect(carried.getMap('votes').size).toBe(0)

    const interest = result.participation ? readInterest(result.participation) : null
    expect(
      [...(interest?.cells.values() ?? [])].map((cell) => [cell.practiceId, cell.level, cell.note]),
    ).toEqual([[flat, 'actionPlan', 'yes']])
  })

  it('with transferAndInterest carries only the transfer steps (grouped as they were) and the interest', () => {
    const { source, flat } = seminar()
    const result = buildFollowUp(source, NEW_EVENT, 'transferAndInterest', 100)
    const board = result.boards.get(flat)
    if (!board) throw new Error('no board carried')
    const { lanes, groups } = readBoard(board)
    expect(lanes.keyAspects).toEqual([])
    expect(lanes.stakeholders).toEqual([])
    expect(lanes.transferSteps.map((card) => [card.text, card.transfer.owner])).toEqual([
      ['Pilot', 'Primăria Brașov'],
      ['Council vote', ''],
    ])
    expect([...groups.values()].map((g) => g.title)).toEqual(['First year'])
    expect(readPractices(result.workshop)).toHaveLength(2)
    expect(result.participation).not.toBeNull()
  })

  it('makes documents independent of the source: later edits there do not reach the follow-up', () => {
    const { source, flat } = seminar()
    const result = buildFollowUp(source, NEW_EVENT, 'everything', 100)
    addCard(source.boards.get(flat) as Y.Doc, { lane: 'benefits', text: 'later', author: ana }, 200)
    expect(readBoard(result.boards.get(flat) as Y.Doc).lanes.benefits).toEqual([])
  })

  it('keeps its origin through a JSON export and import, and a plain workshop exports without one', () => {
    const { source } = seminar()
    const result = buildFollowUp(source, NEW_EVENT, 'everything', 100)
    const exported = JSON.parse(
      exportJson({ workshop: result.workshop, boards: result.boards, participation: null }),
    )
    expect(exported.workshop.origin).toEqual({
      workshopId: 'origin123',
      title: 'Las Palmas seminar',
      date: '2024-04-10',
    })
    const copy = importJson(exported, 200)
    expect(readWorkshopOrigin(copy.workshop)).toEqual(exported.workshop.origin)
    const plain = JSON.parse(
      exportJson({ workshop: source.workshop, boards: source.boards, participation: null }),
    )
    expect(plain.workshop).not.toHaveProperty('origin')
  })
})
