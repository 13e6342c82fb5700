import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { layoutOf } from '../../client/board/boardDrag'
import { boardImageInput } from '../../client/boardImage/boardImage'
import { layoutBoardImage } from '../../client/boardImage/layout'
import { interestCell, interestRows } from '../../client/mapping/interestMatrix'
import { actionPlan, topVoted } from '../../client/mapping/overview'
import { boardResults, itemsByVotes } from '../../client/session/votes'
import { EMPTY_INTEREST, mirrorInterest } from '../../client/store/mappingSlice'
import { EMPTY_BOARD, mirrorCards, mirrorPractices } from '../../client/store/workshopStore'
import { exportDocx } from '../../server/exportDocx'
import { readDrafts } from '../../shared/drafts'
import { CSV_COLUMNS, exportCsv } from '../../shared/exportCsv'
import { buildJsonExport, exportJson } from '../../shared/exportJson'
import { exportMarkdown } from '../../shared/exportMarkdown'
import { buildFollowUp } from '../../shared/followUp'
import { compareWorkshops, countCards, readWorkshopContent } from '../../shared/history'
import { ImportError, importJson } from '../../shared/importJson'
import { readInterest } from '../../shared/interest'
import { readBoard, readCards, readPractices, readWorkshop, readWorkshopOrigin } from '../../shared/readers'
import { buildReport, laneVotes, type ReportSources } from '../../shared/report'
import { LANES } from '../../shared/schema'
import { readSession } from '../../shared/sessionOperations'
import { type BoardVotes, dotBudget, mayAddDot, readBallots, tallyVotes } from '../../shared/voting'

/**
 * Issue 11, item 1: every client may be hostile, and a hostile client can write anything Yjs can carry
 * into the documents it may write. These properties build such documents (prototype names and
 * `__proto__` as keys everywhere, wrong types, NaN, infinities, huge numbers, bigints, bytes, deep nesting,
 * the roots defined as other types than ours, 100 KB strings), send them the way a client does (an update
 * applied to a fresh document, as on the server), and run them through every reader, the tally, every
 * export, the report, history, follow-up, import and the client's pure mirrors. Nothing may throw, every
 * output must stay valid and add up, and no global prototype may change.
 */

const PROTOTYPE_NAMES = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__proto__',
  '__defineGetter__',
  'prototype',
] as const
const BIG_STRING = `${'Żyrardów <b>=1+1</b> \u202Egnp.exe '.repeat(3000)}`.slice(0, 100_000)
const DEEP = Array.from({ length: 300 }).reduce<unknown>(
  (inner, _, depth) => (depth % 2 ? { inner } : [inner]),
  'bottom',
)
/** Stand-ins the generators use for those two, so a counterexample prints short; `expand` puts them in. */
const BIG = '<100 KB string>'
const DEEP_MARK = '<300 levels deep>'

function expand(value: unknown): unknown {
  if (value === BIG) return BIG_STRING
  if (value === DEEP_MARK) return DEEP
  if (Array.isArray(value)) return value.map(expand)
  if (typeof value === 'object' && value !== null && !(value instanceof Uint8Array)) {
    // Own entries, defined as own properties: a `__proto__` key stays a key.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [expand(k) as string, expand(v)]))
  }
  return value
}

/** Keys from a small pool (so cards, groups, dots and practices meet), prototype names and random ones. */
const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
  { weight: 4, arbitrary: fc.constantFrom('card-a', 'card-b', 'group-1', 'practice-1', 'voter-1', '') },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constant(BIG) },
)

/** A plain object built from entries as own properties, `__proto__` included (as JSON.parse builds them). */
const plainObject = <T>(value: fc.Arbitrary<T>) =>
  fc.array(fc.tuple(key, value), { maxLength: 4 }).map((entries) => Object.fromEntries(entries))

/** JSON's values, and undefined (which a Y.Map takes, a Y.Array does not). */
const jsonLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, Number.MAX_VALUE, 2 ** 53 + 1, -1, 0.5, 1e300),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(BIG, DEEP_MARK, ...PROTOTYPE_NAMES),
)

/** Any plain value a Y.Map takes: bigints and bytes too. */
const leaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: jsonLeaf },
  { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4 }) },
)

const plainValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 1, arbitrary: plainObject(leaf) },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 3 }) },
)

/** What goes under a key of a Y.Map: a plain value or a Yjs type, described, built by `build` below. */
type Stored =
  | { kind: 'plain'; value: unknown }
  | { kind: 'text'; text: string }
  | { kind: 'array'; items: unknown[] }
  | { kind: 'map'; fields: [string, Stored][] }

const stored: fc.Arbitrary<Stored> = fc.letrec<{ stored: Stored }>((tie) => ({
  stored: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: plainValue.map((value): Stored => ({ kind: 'plain', value })) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((text): Stored => ({ kind: 'text', text })) },
    {
      weight: 1,
      arbitrary: fc
        .array(
          jsonLeaf.filter((value) => value !== undefined),
          { maxLength: 3 },
        )
        .map((items): Stored => ({ kind: 'array', items })),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.tuple(key, tie('stored')), { maxLength: 3 })
        .map((fields): Stored => ({ kind: 'map', fields })),
    },
  ),
})).stored

/** A field that is usually well-formed and sometimes anything at all. */
const either = (good: fc.Arbitrary<Stored>) =>
  fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: stored })
const plain = (value: fc.Arbitrary<unknown>) => value.map((v): Stored => ({ kind: 'plain', value: v }))
const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constant(BIG), fc.constant('abc\u202Egnp.exe'))
const lane = fc.constantFrom(...LANES, 'constructor', '__proto__')
const position = plain(fc.record({ lane, order: fc.constantFrom('a0', 'a1', 'a2', 'Zz', '') }))
const entry = (fields: Record<string, fc.Arbitrary<Stored>>) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record(fields).map((r): Stored => ({ kind: 'map', fields: Object.entries(r) })),
    },
    { weight: 1, arbitrary: stored },
  )

const card = entry({
  text: either(
    fc.oneof(
      text.map((t): Stored => ({ kind: 'text', text: t })),
      plain(text),
    ),
  ),
  position: either(position),
  color: either(plain(fc.constantFrom('yellow', 'pink', 'constructor'))),
  authorId: either(plain(key)),
  authorName: either(plain(text)),
  authorOrganisation: either(plain(text)),
  createdAt: either(plain(fc.double())),
  groupId: either(plain(key)),
  transferOwner: either(plain(text)),
  stakeholderType: either(plain(fc.constantFrom('business', 'toString', null))),
})
const group = entry({ title: either(plain(text)), position: either(position) })
const ballot = entry({
  name: either(plain(text)),
  organisation: either(plain(text)),
  dots: either(
    fc
      .array(fc.tuple(key, either(plain(fc.oneof(fc.integer({ min: -2, max: 150 }), leaf)))), {
        maxLength: 6,
      })
      .map((fields): Stored => ({ kind: 'map', fields })),
  ),
})
const practice = entry({
  title: either(plain(text)),
  organisation: either(plain(text)),
  description: either(plain(text)),
  order: either(plain(fc.constantFrom('a0', 'a1', ''))),
  locked: either(plain(fc.boolean())),
})
const interestValue = plain(
  fc.oneof(
    fc.record({
      organisation: fc.oneof(text, fc.constantFrom(...PROTOTYPE_NAMES)),
      practiceId: key,
      level: fc.constantFrom('curious', 'actionPlan', 'constructor'),
      note: text,
      updatedBy: fc.oneof(fc.record({ id: key, name: text }), leaf),
      updatedAt: fc.oneof(fc.double(), leaf),
    }),
    plainValue,
  ),
)

/** A root: usually a Y.Map of entries, sometimes defined by the attacker as another type. */
type Root = { kind: 'map'; entries: [string, Stored][] } | { kind: 'array' } | { kind: 'text' }
const root = (value: fc.Arbitrary<Stored>) =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .array(fc.tuple(key, value), { maxLength: 5 })
        .map((entries): Root => ({ kind: 'map', entries })),
    },
    { weight: 1, arbitrary: fc.constantFrom<Root>({ kind: 'array' }, { kind: 'text' }) },
  )

const workshopModel = fc.record({
  details: fc.array(
    fc.tuple(
      fc.constantFrom('title', 'date', 'place', 'createdAt', 'schemaVersion', 'origin', '__proto__'),
      stored,
    ),
    { maxLength: 6 },
  ),
  practices: root(practice),
  session: fc.array(
    fc.tuple(fc.constantFrom('timer', 'voting', 'summon', 'currentPhaseId', 'constructor'), stored),
    {
      maxLength: 4,
    },
  ),
  phases: root(entry({ name: either(plain(text)), kind: either(plain(key)), order: either(plain(text)) })),
  boards: fc.array(
    fc.record({
      practiceId: key,
      cards: root(card),
      groups: root(group),
      votes: root(ballot),
      unknownRoot: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
  interest: root(interestValue),
  drafts: root(stored),
})
type WorkshopModel = typeof workshopModel extends fc.Arbitrary<infer T> ? T : never

/** Writes a described value under `field` of an integrated map (so nested maps are filled in place). */
function put(map: Y.Map<unknown>, field: string, value: Stored): void {
  switch (value.kind) {
    case 'plain':
      setRaw(map, field, expand(value.value))
      return
    case 'text':
      map.set(field, new Y.Text(expand(value.text) as string))
      return
    case 'array': {
      const array = new Y.Array<unknown>()
      array.push(value.items.map(expand))
      map.set(field, array)
      return
    }
    case 'map': {
      const inner = map.set(field, new Y.Map<unknown>())
      for (const [key, content] of value.fields) put(inner, expand(key) as string, content)
    }
  }
}

/**
 * Y.Map.set refuses a plain object whose own `constructor` is no constructor, but a client that writes
 * its updates by hand can send one (Yjs encodes an object's own keys and decodes them as assigned): the
 * key is put back after the object is set in an integrated map, before the update is encoded.
 */
function setRaw(map: Y.Map<unknown>, field: string, value: unknown): void {
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, 'constructor')) {
    const record = value as { constructor?: unknown }
    const ownConstructor = record.constructor
    delete record.constructor
    map.set(field, value)
    record.constructor = ownConstructor
  } else map.set(field, value)
}

function writeRoot(doc: Y.Doc, name: string, value: Root): void {
  if (value.kind === 'array') doc.getArray(name).push(['not', 'a', 'map'])
  else if (value.kind === 'text') doc.getText(name).insert(0, 'not a map')
  else for (const [field, inner] of value.entries) put(doc.getMap(name), expand(field) as string, inner)
}

/** What a hostile client writes, received as the server receives it: an update applied to a fresh document. */
function received(write: (doc: Y.Doc) => void): Y.Doc {
  const attacker = new Y.Doc()
  write(attacker)
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(attacker))
  return doc
}

interface Hostile extends ReportSources {
  boards: Map<string, Y.Doc>
  participation: Y.Doc
  drafts: Y.Doc
}

function materialise(model: WorkshopModel): Hostile {
  const workshop = received((doc) => {
    for (const [field, value] of model.details) put(doc.getMap('workshop'), field, value)
    writeRoot(doc, 'practices', model.practices)
    for (const [field, value] of model.session) put(doc.getMap('session'), field, value)
    writeRoot(doc, 'phases', model.phases)
  })
  const boards = new Map<string, Y.Doc>()
  for (const board of model.boards) {
    boards.set(
      expand(board.practiceId) as string,
      received((doc) => {
        writeRoot(doc, 'cards', board.cards)
        writeRoot(doc, 'groups', board.groups)
        writeRoot(doc, 'votes', board.votes)
        if (board.unknownRoot) doc.getXmlFragment('evil').insert(0, [new Y.XmlText('x')])
      }),
    )
  }
  // Boards under the workshop's own practice ids too, whatever they are.
  for (const id of readPractices(workshop).map((p) => p.id)) {
    const first = model.boards[0]
    if (first && !boards.has(id))
      boards.set(id, boards.get(expand(first.practiceId) as string) ?? new Y.Doc())
  }
  const participation = received((doc) => writeRoot(doc, 'interest', model.interest))
  const drafts = received((doc) => writeRoot(doc, 'drafts', model.drafts))
  return { workshop, boards, participation, drafts }
}

function globals() {
  const names = (value: object) => Object.getOwnPropertyNames(value).sort().join(',')
  return [Object, Object.prototype, Function.prototype, Array.prototype, String.prototype, Map.prototype].map(
    names,
  )
}

/** Whether XML 1.0 can hold a code point (its Char production). */
function inXml(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  )
}

const sum = (numbers: Iterable<number>) => [...numbers].reduce((total, n) => total + n, 0)

/** Every pure step the documents go through, with what must hold of each. */
async function everyReader(sources: Hostile, withDocx: boolean): Promise<void> {
  const workshop = readWorkshop(sources.workshop)
  readWorkshopOrigin(sources.workshop)
  const session = readSession(sources.workshop)
  readDrafts(sources.drafts)
  for (const text of [workshop.title, workshop.place, ...workshop.practices.map((p) => p.title)])
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/)

  // The tally: per practice, what counts never exceeds anyone's budget.
  const boards: BoardVotes[] = workshop.practices.map((p) => {
    const doc = sources.boards.get(p.id) ?? new Y.Doc()
    return { practiceId: p.id, board: readBoard(doc), ballots: readBallots(doc) }
  })
  const tallies = tallyVotes(boards, session.voting)
  for (const { practiceId, ballots } of boards) {
    for (const { voterId } of ballots) {
      const budget = dotBudget(voterId, practiceId, boards, session.voting)
      expect(budget.used).toBeLessThanOrEqual(session.voting.dotsPerPerson)
      for (const name of PROTOTYPE_NAMES) mayAddDot(voterId, practiceId, name, boards, session.voting)
    }
  }
  const counted = sum([...tallies.values()].flatMap((practice) => [...practice.values()].map((t) => t.total)))

  // The report: each lane's votes are its cards' and groups', once; together all the dots that count.
  const report = buildReport(sources)
  const reportVotes = sum(report.practices.flatMap((p) => p.lanes.map(laneVotes)))
  expect(reportVotes).toBe(counted)
  for (const p of report.practices)
    for (const { cards, items } of p.lanes)
      expect(cards.length).toBe(
        sum(items.map((item) => (item.kind === 'card' ? 1 : item.group.cards.length))),
      )

  // CSV: parses back strictly, a header and one full row per card, and its votes column adds up.
  const rows = parse(exportCsv(report).slice(1), { relax_column_count: false }) as string[][]
  expect(rows[0]).toEqual([...CSV_COLUMNS])
  expect(rows.length - 1).toBe(sum(report.practices.flatMap((p) => p.lanes.map((l) => l.cards.length))))
  const votesColumn = CSV_COLUMNS.indexOf('votes')
  expect(sum(rows.slice(1).map((row) => Number(row[votesColumn] || 0)))).toBe(counted)

  // Markdown: a heading per practice, nothing anyone typed as raw HTML.
  const markdown = exportMarkdown(report)
  expect(markdown.endsWith('\n')).toBe(true)
  expect(markdown).not.toContain('<')
  expect(markdown.match(/^## \d+\\\. /gm) ?? []).toHaveLength(report.practices.length)

  // JSON: the complete record, as valid JSON.
  expect(JSON.parse(exportJson(sources))).toEqual(JSON.parse(JSON.stringify(buildJsonExport(sources))))

  // Import of that JSON: either a workshop equal to it, or a clear ImportError.
  try {
    const imported = importJson(JSON.parse(exportJson(sources)), 5)
    const again = buildJsonExport({ ...imported, boards: imported.boards })
    expect(again.practices).toEqual(buildJsonExport(sources).practices)
    expect(again.interest).toEqual(buildJsonExport(sources).interest)
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError)
  }

  // History: a workshop compared with itself changed nothing; with an empty one, every card is new.
  const content = readWorkshopContent(sources)
  expect(compareWorkshops(content, content).totals).toEqual({ added: 0, removed: 0, moved: 0, edited: 0 })
  expect(
    compareWorkshops(readWorkshopContent({ workshop: new Y.Doc(), boards: new Map() }), content).totals.added,
  ).toBe(countCards(content))

  // Follow-up: the same practices, never more cards than there were.
  for (const carry of ['everything', 'transferAndInterest'] as const) {
    const next = buildFollowUp(
      { workshopId: 'source-1', ...sources },
      { title: 'Next', date: '', place: '' },
      carry,
      9,
    )
    expect(readPractices(next.workshop).map((p) => p.id)).toEqual(workshop.practices.map((p) => p.id))
    for (const [id, doc] of next.boards)
      expect(readCards(doc).length).toBeLessThanOrEqual(
        readCards(sources.boards.get(id) ?? new Y.Doc()).length,
      )
  }

  // The client's pure mirrors: a lookup by any id finds that id's record, or nothing.
  const practiceChanges = new Map(workshop.practices.map((p) => [p.id, p]))
  const practices = mirrorPractices(
    { practices: EMPTY_BOARD.cards as never, practiceIds: [] },
    practiceChanges,
  )
  for (const p of workshop.practices) expect(practices.practices[p.id]).toBe(practiceChanges.get(p.id))
  for (const { practiceId, board, ballots } of boards) {
    const cards = readCards(sources.boards.get(practiceId) ?? new Y.Doc())
    const view = mirrorCards(EMPTY_BOARD, new Map(cards.map((c) => [c.id, c])))
    const drag = layoutOf(view)
    for (const name of PROTOTYPE_NAMES) {
      const own = cards.find((c) => c.id === name)
      expect(view.cards[name]).toBe(own)
      expect(view.groups[name]).toBeUndefined()
      // The board's drag layout: a card named like an inherited property is no group.
      expect(drag.groupCards[name]).toBe(view.groups[name]?.cardIds)
    }
    const tally = tallies.get(practiceId)
    boardResults(board, ballots, tally)
    topVoted(view, tally)
    actionPlan(view)
    for (const laneId of LANES) itemsByVotes(view.items[laneId], board.lanes[laneId], tally)
    const image = boardImageInput(report, practiceId, '', {
      untitledPractice: 'Untitled',
      untitledGroup: 'Untitled group',
      lanes: { keyAspects: 'K', stakeholders: 'S', benefits: 'B', transferSteps: 'T' },
      noCards: 'No cards',
      more: (n) => `+ ${n}`,
    })
    if (image)
      layoutBoardImage(image, (value, font) => value.length * (Number(/(\d+)px/.exec(font)?.[1]) / 2))
  }
  const matrix = mirrorInterest(EMPTY_INTEREST, readInterest(sources.participation))
  for (const row of interestRows(matrix, 'constructor', ['__proto__'], 'facilitator'))
    for (const p of workshop.practices) interestCell(matrix, row.name, p.id)

  if (withDocx) {
    const zip = await JSZip.loadAsync(await exportDocx(report))
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    expect(xml.startsWith('<?xml')).toBe(true)
    // Nothing XML 1.0 cannot hold, which would make Word refuse the file.
    expect([...xml].filter((char) => !inXml(char.codePointAt(0) ?? 0))).toEqual([])
  }
}

/**
 * 40 workshops a run: about 1 s each on this machine when it is busy (30 took 32 s at a load of 20 on
 * 2 cores), so the timeout leaves room. HOSTILE_RUNS=1000 (and HOSTILE_TIMEOUT_MS) searches longer.
 */
const RUNS = Number(process.env.HOSTILE_RUNS ?? 40)
const TIMEOUT_MS = Number(process.env.HOSTILE_TIMEOUT_MS ?? 300_000)

describe('hostile documents', () => {
  it(
    'break no reader, tally, export, report, history, follow-up, import or client mirror',
    async () => {
      const before = globals()
      await fc.assert(
        fc.asyncProperty(workshopModel, fc.boolean(), async (model, withDocx) => {
          await everyReader(materialise(model), withDocx)
          expect(globals()).toEqual(before)
          expect(({} as Record<string, unknown>).total).toBeUndefined()
        }),
        // A counterexample's workshop is large; shrinking it takes long but gives the smallest that fails.
        // HOSTILE_SEED=<seed> replays a failure's run (fast-check prints its seed).
        {
          numRuns: RUNS,
          endOnFailure: process.env.HOSTILE_NO_SHRINK === '1',
          ...(process.env.HOSTILE_SEED ? { seed: Number(process.env.HOSTILE_SEED) } : {}),
        },
      )
    },
    TIMEOUT_MS,
  )

  it('keep a ballot aimed at every inherited name from counting or polluting anything', async () => {
    const before = globals()
    const workshop = received((doc) => {
      const practiceMap = new Y.Map<unknown>()
      practiceMap.set('title', 'Gardens')
      doc.getMap('practices').set('constructor', practiceMap)
    })
    const board = received((doc) => {
      const cardMap = new Y.Map<unknown>()
      cardMap.set('text', new Y.Text('A card'))
      cardMap.set('position', { lane: 'keyAspects', order: 'a0' })
      doc.getMap('cards').set('hasOwnProperty', cardMap)
      for (const voter of PROTOTYPE_NAMES) {
        const ballotMap = new Y.Map<unknown>()
        const dots = new Y.Map<unknown>()
        ballotMap.set('dots', dots)
        doc.getMap('votes').set(voter, ballotMap)
        for (const target of PROTOTYPE_NAMES) dots.set(target, 1)
      }
    })
    const sources = {
      workshop,
      boards: new Map([['constructor', board]]),
      participation: new Y.Doc(),
      drafts: new Y.Doc(),
    }
    await everyReader(sources, true)
    // One dot counts per voter: the one on the card whose id is `hasOwnProperty` (the default budget is 5,
    // one dot per card); none on the other names, which are no card or group.
    const report = buildReport(sources)
    expect(report.practices[0]?.lanes[0]?.cards.map((c) => [c.id, c.votes])).toEqual([
      ['hasOwnProperty', PROTOTYPE_NAMES.length],
    ])
    expect(globals()).toEqual(before)
  })
})
