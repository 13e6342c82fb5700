import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { buildJsonExport, exportJson, JSON_EXPORT_VERSION } from '../../shared/exportJson'
import { ImportError, importJson, parseJsonExport } from '../../shared/importJson'
import { readSession } from '../../shared/sessionOperations'
import { initWorkshop } from '../../shared/workshopOperations'
import { fixtureWorkshop } from './reportFixture'

/** The export without what an import renews: the workshop's creation time. */
function normalised(json: string) {
  const parsed = JSON.parse(json)
  parsed.workshop.createdAt = 0
  return parsed
}

describe('importJson', () => {
  const fixture = fixtureWorkshop()
  const original = exportJson(fixture)

  it('round-trips: export → import → export gives the same export (creation time aside)', () => {
    const imported = importJson(JSON.parse(original), 99_999)
    const again = exportJson(imported)
    expect(normalised(again)).toEqual(normalised(original))
    expect(JSON.parse(again).workshop.createdAt).toBe(99_999)
    // Only practices with something on their board get a document.
    expect([...imported.boards.keys()]).toEqual([fixture.ids.p1])
    expect(imported.participation).not.toBeNull()
  })

  it('keeps the current phase, the timer length and a locked practice', () => {
    const data = JSON.parse(original)
    data.session.currentPhaseId = data.session.phases[2].id
    data.session.timerDurationMs = 300_000
    data.practices[1].locked = true
    const imported = importJson(data, 1)
    const session = readSession(imported.workshop)
    expect(session.currentPhaseId).toBe(data.session.phases[2].id)
    expect(session.timer).toEqual({ durationMs: 300_000, endsAt: null, remainingMs: 300_000 })
    expect(normalised(exportJson(imported))).toEqual({
      ...data,
      workshop: { ...data.workshop, createdAt: 0 },
    })
  })

  it('imports an empty workshop', () => {
    const doc = new Y.Doc()
    initWorkshop(doc, { title: 'Empty', date: '', place: '' }, 5)
    const empty = buildJsonExport({ workshop: doc, boards: {} })
    const imported = importJson(JSON.parse(JSON.stringify(empty)), 5)
    expect(buildJsonExport(imported)).toEqual(empty)
    expect(imported.participation).toBeNull()
  })

  /** An export as JSON.parse gives it: any shape, to be broken on purpose. */
  type Parsed = ReturnType<typeof JSON.parse>
  const invalid: [string, (data: Parsed) => unknown, RegExp][] = [
    ['not an object', () => [1, 2], /not a PracticeMap workshop export/],
    ['null', () => null, /not a PracticeMap workshop export/],
    ['another format', (d) => ({ ...d, format: 'trello' }), /format must be "practicemap-workshop"/],
    [
      'an unknown version',
      (d) => ({ ...d, exportVersion: JSON_EXPORT_VERSION + 1 }),
      /export version 2 is not supported/,
    ],
    ['a newer schema', (d) => ({ ...d, schemaVersion: 99 }), /newer PracticeMap/],
    ['no title', (d) => ({ ...d, workshop: { ...d.workshop, title: '  ' } }), /workshop\.title/],
    [
      'a card in an unknown lane',
      (d) => {
        d.practices[0].board.cards[0].lane = 'elsewhere'
        return d
      },
      /practices\.0\.board\.cards\.0\.lane/,
    ],
    [
      'a card in a missing group',
      (d) => {
        d.practices[0].board.groups = []
        return d
      },
      /which the export does not have/,
    ],
    ['a duplicate practice', (d) => ({ ...d, practices: [d.practices[0], d.practices[0]] }), /appears twice/],
    ['practices not a list', (d) => ({ ...d, practices: {} }), /practices: /],
  ]

  it.each(invalid)('rejects %s with a clear message', (_name, change, message) => {
    const value = change(JSON.parse(original))
    expect(() => parseJsonExport(value)).toThrow(ImportError)
    expect(() => parseJsonExport(value)).toThrow(message)
  })
})
