import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { buildExampleWorkshop, EXAMPLE_PRACTICES } from '../../shared/exampleWorkshop'
import { readBoard, readWorkshop } from '../../shared/readers'
import { SCHEMA_VERSION } from '../../shared/schema'
import {
  addPractice,
  initWorkshop,
  movePractice,
  removePractice,
  updatePractice,
  updateWorkshopDetails,
} from '../../shared/workshopOperations'

const now = 1_700_000_000_000

describe('workshop operations', () => {
  it('initialises the details with the schema version', () => {
    const doc = new Y.Doc()
    initWorkshop(doc, { title: '  Housing seminar ', date: '2024-04-10', place: 'Bucharest' }, now)
    expect(readWorkshop(doc)).toEqual({
      schemaVersion: SCHEMA_VERSION,
      title: 'Housing seminar',
      date: '2024-04-10',
      place: 'Bucharest',
      createdAt: now,
      practices: [],
    })
    updateWorkshopDetails(doc, { place: 'Las Palmas' })
    expect(readWorkshop(doc).place).toBe('Las Palmas')
    expect(readWorkshop(doc).title).toBe('Housing seminar')
  })

  it('adds practices in order, edits, reorders and removes them', () => {
    const doc = new Y.Doc()
    const flat = addPractice(
      doc,
      { title: 'Flat for renovation', organisation: 'Żyrardów', description: '' },
      now,
    )
    const gardens = addPractice(
      doc,
      { title: 'Urban gardens', organisation: 'Las Palmas', description: '' },
      now,
    )
    expect(readWorkshop(doc).practices.map((practice) => practice.id)).toEqual([flat, gardens])

    updatePractice(doc, flat, { description: 'A flat in exchange for renovating it' })
    expect(readWorkshop(doc).practices[0]?.description).toBe('A flat in exchange for renovating it')

    movePractice(doc, gardens, 0)
    expect(readWorkshop(doc).practices.map((practice) => practice.id)).toEqual([gardens, flat])

    expect(removePractice(doc, gardens)).toBe(true)
    expect(readWorkshop(doc).practices.map((practice) => practice.id)).toEqual([flat])
    expect(removePractice(doc, gardens)).toBe(false)
    expect(updatePractice(doc, gardens, { title: 'x' })).toBe(false)
  })

  it('reads a document with wrong field types without failing', () => {
    const doc = new Y.Doc()
    doc.getMap('workshop').set('title', 42)
    const practice = new Y.Map<unknown>()
    practice.set('title', ['not', 'a', 'string'])
    doc.getMap('practices').set('p1', practice)
    const workshop = readWorkshop(doc)
    expect(workshop.title).toBe('')
    expect(workshop.practices[0]?.title).toBe('')
  })
})

describe('the example workshop', () => {
  it('holds the practices the seminar text names, each with its cards', () => {
    const { workshop, boards } = buildExampleWorkshop(now)
    const practices = readWorkshop(workshop).practices
    expect(practices.map((practice) => practice.organisation)).toEqual([
      'Żyrardów',
      'Las Palmas de Gran Canaria',
    ])
    expect(boards.size).toBe(2)
    practices.forEach((practice, index) => {
      const board = boards.get(practice.id)
      expect(board).toBeDefined()
      const lanes = readBoard(board as Y.Doc).lanes
      const count = Object.values(lanes).reduce((sum, cards) => sum + cards.length, 0)
      expect(count).toBe(EXAMPLE_PRACTICES[index]?.cards.length)
    })
  })
})
