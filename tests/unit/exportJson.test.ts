import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { buildJsonExport, exportJson, JSON_EXPORT_FORMAT, JSON_EXPORT_VERSION } from '../../shared/exportJson'
import { readBoard, readWorkshop } from '../../shared/readers'
import { readSession } from '../../shared/sessionOperations'
import { readBallots } from '../../shared/voting'
import { fixtureWorkshop } from './reportFixture'

function copy(doc: Y.Doc): Y.Doc {
  const clone = new Y.Doc()
  Y.applyUpdate(clone, Y.encodeStateAsUpdate(doc))
  return clone
}

describe('exportJson', () => {
  const fixture = fixtureWorkshop()
  const json = exportJson(fixture)
  const parsed = JSON.parse(json)

  it('is versioned and round-trips through JSON.parse as the model', () => {
    expect(parsed.format).toBe(JSON_EXPORT_FORMAT)
    expect(parsed.exportVersion).toBe(JSON_EXPORT_VERSION)
    expect(parsed.schemaVersion).toBe(1)
    expect(parsed).toEqual(buildJsonExport(fixture))
    expect(json.endsWith('}\n')).toBe(true)
  })

  it('is stable: the same documents, or copies of them, give the same bytes', () => {
    expect(exportJson(fixture)).toBe(json)
    const boards = new Map([...fixture.boards].reverse().map(([id, doc]) => [id, copy(doc)]))
    expect(
      exportJson({ workshop: copy(fixture.workshop), boards, participation: copy(fixture.participation) }),
    ).toBe(json)
  })

  it('is complete: details, agenda, voting, practices, every card field, groups, raw ballots, interest', () => {
    const workshop = readWorkshop(fixture.workshop)
    const session = readSession(fixture.workshop)
    expect(parsed.workshop).toEqual({
      title: workshop.title,
      date: workshop.date,
      place: workshop.place,
      createdAt: workshop.createdAt,
    })
    expect(parsed.session.phases).toEqual(session.phases)
    expect(parsed.session.voting).toEqual({ dotsPerPerson: 3, scope: 'practice', maxDotsPerCard: 2 })
    expect(parsed.practices.map((p: { id: string }) => p.id)).toEqual([fixture.ids.p1, fixture.ids.p2])
    const [first, second] = parsed.practices
    expect(first).toMatchObject(workshop.practices[0] ?? {})

    const board = readBoard(fixture.boards.get(fixture.ids.p1) ?? new Y.Doc())
    const cards = Object.values(board.lanes).flat()
    expect(first.board.cards).toHaveLength(cards.length)
    expect(first.board.cards).toEqual(expect.arrayContaining(cards))
    const step = first.board.cards.find((c: { id: string }) => c.id === fixture.ids.t1)
    expect(step.transfer).toEqual({
      owner: 'Gmina Żyrardów',
      timeframe: 'Q1 2027',
      resources: '20 000 zł',
      barriers: 'Przepisy; ¿financiación?',
    })
    expect(step.author).toEqual({ id: 'ola', name: 'Ola Wójcik', organisation: 'Gmina Żyrardów' })
    expect(first.board.groups).toEqual([board.groups.get(fixture.ids.groupId)])
    expect(first.board.ballots).toEqual(
      readBallots(fixture.boards.get(fixture.ids.p1) ?? new Y.Doc()).map((ballot) => ({
        ...ballot,
        dots: Object.fromEntries(ballot.dots),
      })),
    )
    expect(second.board).toEqual({ cards: [], groups: [], ballots: [] })

    expect(parsed.interest).toHaveLength(2)
    expect(parsed.interest[0]).toMatchObject({
      organisation: 'Gmina Żyrardów',
      practiceId: fixture.ids.p1,
      level: 'wantToAdapt',
      note: '¡Sí! 🌞',
      updatedBy: { id: 'ola', name: 'Ola Wójcik' },
      updatedAt: 50,
    })
    expect(json).toContain('<script>alert(1)</script>')
  })

  it('exports an empty workshop', () => {
    const empty = buildJsonExport({ workshop: new Y.Doc(), boards: {} })
    expect(empty.practices).toEqual([])
    expect(empty.interest).toEqual([])
  })
})
