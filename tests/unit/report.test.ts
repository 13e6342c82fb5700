import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { buildReport, REPORT_VERSION } from '../../shared/report'
import { LANES } from '../../shared/schema'
import { fixtureWorkshop, LONG_TEXT } from './reportFixture'

describe('buildReport', () => {
  const fixture = fixtureWorkshop()
  const report = buildReport(fixture)
  const { ids } = fixture

  it('carries the version, the workshop details and the voting settings', () => {
    expect(report.reportVersion).toBe(REPORT_VERSION)
    expect(report.workshop).toEqual({
      title: 'Transfer: Żyrardów — Brașov',
      date: '2026-11-20',
      place: 'Łódź',
      createdAt: 1000,
    })
    expect(report.voting).toEqual({ dotsPerPerson: 3, scope: 'practice', maxDotsPerCard: 2 })
  })

  it('lists practices in order, each with all four lanes, empty ones included', () => {
    expect(report.practices.map((p) => p.title)).toEqual(['Energía comunitaria 🌞', 'Școala verde'])
    for (const practice of report.practices) expect(practice.lanes.map((l) => l.lane)).toEqual([...LANES])
    expect(report.practices[1]?.lanes.every((lane) => lane.cards.length === 0)).toBe(true)
  })

  it('sorts cards by counted votes and keeps text, author, diacritics and emoji intact', () => {
    const keyAspects = report.practices[0]?.lanes[0]?.cards ?? []
    expect(keyAspects.map((c) => [c.id, c.votes])).toEqual([
      [ids.b, 3],
      [ids.hostile, 1],
      [ids.a, 0],
    ])
    expect(keyAspects[0]).toMatchObject({
      text: 'Współpraca z mieszkańcami 👩‍🌾',
      authorName: 'Ola Wójcik',
      authorOrganisation: 'Gmina Żyrardów',
      color: 'yellow',
      createdAt: 11,
      groupId: null,
      groupTitle: '',
    })
    expect(keyAspects[1]?.text).toContain('<script>')
    expect(report.practices[0]?.lanes[2]?.cards[0]?.text).toBe(LONG_TEXT)
  })

  it('gives a group its votes once and its cards their group title but no votes, and keeps stakeholder tags', () => {
    const lane = report.practices[0]?.lanes[1]
    const stakeholders = lane?.cards ?? []
    expect(stakeholders).toHaveLength(2)
    for (const card of stakeholders) {
      expect(card.groupTitle).toBe('Instituții / Instituciones')
      expect(card.votes).toBe(0)
    }
    expect(lane?.items).toEqual([
      {
        kind: 'group',
        group: { id: ids.groupId, title: 'Instituții / Instituciones', votes: 1, cards: stakeholders },
      },
    ])
    expect(stakeholders.find((c) => c.id === ids.s1)?.stakeholder).toEqual({
      type: 'publicAuthority',
      level: 'local',
    })
  })

  it('builds the interest matrix: organisations × practices, unset cells null', () => {
    expect(report.interest.practices.map((p) => p.id)).toEqual([ids.p1, ids.p2])
    expect(report.interest.rows).toEqual([
      {
        organisation: 'Gmina Żyrardów',
        cells: [
          { practiceId: ids.p1, level: 'wantToAdapt', note: '¡Sí! 🌞' },
          { practiceId: ids.p2, level: null, note: '' },
        ],
      },
      {
        organisation: 'Primăria Brașov',
        cells: [
          { practiceId: ids.p1, level: null, note: '' },
          { practiceId: ids.p2, level: 'actionPlan', note: 'Da, în 2027' },
        ],
      },
    ])
  })

  it('builds the action plan from transfer-step cards, most votes first', () => {
    expect(report.actionPlan).toEqual([
      {
        practiceId: ids.p1,
        practiceTitle: 'Energía comunitaria 🌞',
        cardId: ids.t2,
        step: 'Vizită de studiu',
        owner: 'Primăria Brașov',
        timeframe: '2027',
        resources: '',
        barriers: '',
        votes: 1,
        group: null,
      },
      {
        practiceId: ids.p1,
        practiceTitle: 'Energía comunitaria 🌞',
        cardId: ids.t1,
        step: 'Studium wykonalności',
        owner: 'Gmina Żyrardów',
        timeframe: 'Q1 2027',
        resources: '20 000 zł',
        barriers: 'Przepisy; ¿financiación?',
        votes: 0,
        group: null,
      },
    ])
  })

  it('handles an empty workshop, missing boards and no participation document', () => {
    const empty = buildReport({ workshop: new Y.Doc(), boards: {} })
    expect(empty.practices).toEqual([])
    expect(empty.interest.rows).toEqual([])
    expect(empty.actionPlan).toEqual([])
    const noBoards = buildReport({ workshop: fixture.workshop, boards: {} })
    expect(noBoards.practices.flatMap((p) => p.lanes.flatMap((l) => l.cards))).toEqual([])
  })

  it('is deterministic', () => {
    expect(buildReport(fixture)).toEqual(report)
  })
})
