import * as Y from 'yjs'
import { z } from 'zod'
import { withoutBidiControls } from './bidi'
import { writeBoardRecords } from './boardOperations'
import { JSON_EXPORT_FORMAT, JSON_EXPORT_VERSION, type WorkshopJsonExport } from './exportJson'
import { isValidId } from './ids'
import { interestKey } from './interest'
import {
  type BallotFields,
  CARD_COLORS,
  DEFAULT_PHASE_KINDS,
  INTEREST_LEVELS,
  interestMap,
  LANES,
  LIMITS,
  type PhaseFields,
  type PracticeFields,
  phasesMap,
  practicesMap,
  SCHEMA_VERSION,
  STAKEHOLDER_LEVELS,
  STAKEHOLDER_TYPES,
  typed,
  VOTING_SCOPES,
  votesMap,
  workshopDetailsMap,
} from './schema'
import { setCurrentPhase, setTimerDuration, setVotingSettings } from './sessionOperations'

/**
 * Reads a JSON export (exportJson.ts) back into the documents of a new workshop. Ids of practices, cards,
 * groups and phases are kept: they are scoped to the workshop, so the copy's ids never meet the original's.
 * Everything else the export holds is carried over as it was (order keys, authors, ballots, interest);
 * only the workshop's own creation time is the import's.
 */

export class ImportError extends Error {}

const id = z.string().refine(isValidId, 'is not a valid id')
const text = (max: number) => z.string().max(max, `is longer than ${max} characters`)
const time = z.number().finite().nonnegative()
const lane = z.enum(LANES)
const personId = z.string().max(200)
/** The limits of boardOperations.setTransferDetails and interest.setInterest. */
const TRANSFER_DETAIL_LIMIT = 500
const NOTE_LIMIT = 1000

const Card = z.object({
  id,
  text: text(LIMITS.cardText),
  lane,
  order: z.string(),
  color: z.enum(CARD_COLORS),
  author: z.object({
    id: personId,
    name: text(LIMITS.personName),
    organisation: text(LIMITS.organisation),
  }),
  createdAt: time,
  groupId: id.nullable(),
  transfer: z.object({
    owner: text(TRANSFER_DETAIL_LIMIT),
    timeframe: text(TRANSFER_DETAIL_LIMIT),
    resources: text(TRANSFER_DETAIL_LIMIT),
    barriers: text(TRANSFER_DETAIL_LIMIT),
  }),
  stakeholder: z.object({
    type: z.enum(STAKEHOLDER_TYPES).nullable(),
    level: z.enum(STAKEHOLDER_LEVELS).nullable(),
  }),
})

const Group = z.object({ id, title: text(LIMITS.title), lane, order: z.string(), cardIds: z.array(id) })

/**
 * A ballot's dots by target id, read as the object's own entries: z.record builds its result by assigning
 * keys, which would drop a target `__proto__` (or worse, were the value an object). Object.fromEntries
 * defines each key as an own property, so every target of the file comes through as data.
 */
const Dots = z
  .preprocess(
    (value) =>
      typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value) : value,
    z.array(z.tuple([z.string(), z.number().int().min(1).max(100)])),
  )
  .transform((entries): Record<string, number> => Object.fromEntries(entries))

const Ballot = z.object({
  voterId: personId.min(1),
  name: text(LIMITS.personName),
  organisation: text(LIMITS.organisation),
  dots: Dots,
})

const Practice = z.object({
  id,
  title: text(LIMITS.title),
  organisation: text(LIMITS.organisation),
  description: text(LIMITS.description),
  order: z.string(),
  createdAt: time,
  locked: z.boolean(),
  board: z.object({ cards: z.array(Card), groups: z.array(Group), ballots: z.array(Ballot) }),
})

const Phase = z.object({
  id,
  kind: z.enum([...DEFAULT_PHASE_KINDS, 'custom']),
  name: text(LIMITS.title),
  order: z.string(),
  privateWriting: z.boolean(),
  voting: z.boolean(),
  locked: z.boolean(),
})

const Interest = z.object({
  organisation: z.string().trim().min(1).max(LIMITS.organisation),
  practiceId: id,
  level: z.enum(INTEREST_LEVELS),
  note: text(NOTE_LIMIT),
  updatedBy: z.object({ id: personId, name: text(LIMITS.personName) }),
  updatedAt: time,
})

const Export = z.object({
  format: z.literal(JSON_EXPORT_FORMAT),
  exportVersion: z.literal(JSON_EXPORT_VERSION),
  schemaVersion: z.number().int().min(1).max(SCHEMA_VERSION),
  workshop: z.object({
    title: z.string().trim().min(1).max(LIMITS.title),
    date: z.union([z.literal(''), z.iso.date()]),
    place: text(LIMITS.place),
    createdAt: time,
    origin: z
      .object({ workshopId: id, title: text(LIMITS.title), date: z.union([z.literal(''), z.iso.date()]) })
      .optional(),
  }),
  session: z.object({
    phases: z.array(Phase),
    currentPhaseId: id.nullable(),
    voting: z.object({
      dotsPerPerson: z.number().int().min(1).max(50),
      scope: z.enum(VOTING_SCOPES),
      maxDotsPerCard: z.number().int().min(1).max(50),
    }),
    timerDurationMs: z.number().finite().nonnegative(),
  }),
  practices: z.array(Practice).max(200),
  interest: z.array(Interest),
})

function where(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the file' : path.map(String).join('.')
}

/**
 * Checks that `value` is a PracticeMap workshop export this version can read; throws an ImportError that
 * says what is wrong otherwise.
 */
export function parseJsonExport(value: unknown): WorkshopJsonExport {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ImportError('this is not a PracticeMap workshop export (expected a JSON object)')
  }
  const head = value as Record<string, unknown>
  if (head.format !== JSON_EXPORT_FORMAT) {
    throw new ImportError(
      `this is not a PracticeMap workshop export (format must be "${JSON_EXPORT_FORMAT}")`,
    )
  }
  if (head.exportVersion !== JSON_EXPORT_VERSION) {
    throw new ImportError(
      `export version ${JSON.stringify(head.exportVersion)?.slice(0, 20)} is not supported; this server reads version ${JSON_EXPORT_VERSION}`,
    )
  }
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > SCHEMA_VERSION) {
    throw new ImportError(
      `the export comes from a newer PracticeMap (schema ${head.schemaVersion}); this server reads schema ${SCHEMA_VERSION}`,
    )
  }
  const parsed = Export.safeParse(value)
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => `${where(issue.path)}: ${issue.message}`)
    throw new ImportError(`the export is not valid: ${issues.join('; ')}`)
  }
  const data = parsed.data
  const practiceIds = new Set<string>()
  for (const practice of data.practices) {
    if (practiceIds.has(practice.id)) throw new ImportError(`practice ${practice.id} appears twice`)
    practiceIds.add(practice.id)
    const cardIds = new Set<string>()
    for (const card of practice.board.cards) {
      if (cardIds.has(card.id)) throw new ImportError(`card ${card.id} appears twice`)
      cardIds.add(card.id)
    }
    const groupIds = new Set(practice.board.groups.map((group) => group.id))
    for (const card of practice.board.cards) {
      if (card.groupId !== null && !groupIds.has(card.groupId)) {
        throw new ImportError(`card ${card.id} is in group ${card.groupId}, which the export does not have`)
      }
    }
  }
  if (new Set(data.session.phases.map((phase) => phase.id)).size !== data.session.phases.length) {
    throw new ImportError('a phase appears twice')
  }
  return data as WorkshopJsonExport
}

export interface ImportedWorkshop {
  workshop: Y.Doc
  /** Practice id → its board document (only practices with something on their board). */
  boards: Map<string, Y.Doc>
  /** Null when the export has no interest entries. */
  participation: Y.Doc | null
}

/** Text people wrote, as every write keeps it: without bidi controls (see bidi.ts). */
const clean = withoutBidiControls

function buildBoard(practice: WorkshopJsonExport['practices'][number]): Y.Doc | null {
  const { cards, groups, ballots } = practice.board
  if (cards.length === 0 && groups.length === 0 && ballots.length === 0) return null
  const doc = new Y.Doc()
  doc.transact(() => {
    writeBoardRecords(doc, cards, groups)
    for (const ballot of ballots) {
      const fields = typed<BallotFields>(new Y.Map())
      fields.set('name', clean(ballot.name))
      fields.set('organisation', clean(ballot.organisation))
      const dots = new Y.Map<number>()
      for (const [targetId, n] of Object.entries(ballot.dots)) dots.set(targetId, n)
      fields.set('dots', dots)
      votesMap(doc).set(ballot.voterId, fields.map)
    }
  })
  return doc
}

/** The documents of a new workshop holding what `data` (a checked export) holds; `now` is its creation time. */
export function buildImportedWorkshop(data: WorkshopJsonExport, now: number): ImportedWorkshop {
  const workshop = new Y.Doc()
  workshop.transact(() => {
    const details = workshopDetailsMap(workshop)
    details.set('schemaVersion', SCHEMA_VERSION)
    details.set('createdAt', now)
    details.set('title', clean(data.workshop.title))
    details.set('date', data.workshop.date)
    details.set('place', clean(data.workshop.place))
    // A copy of a follow-up still continues the same workshop.
    if (data.workshop.origin) {
      details.set('origin', { ...data.workshop.origin, title: clean(data.workshop.origin.title) })
    }
    for (const phase of data.session.phases) {
      const fields = typed<PhaseFields>(new Y.Map())
      fields.set('kind', phase.kind)
      fields.set('name', clean(phase.name))
      fields.set('order', phase.order)
      fields.set('privateWriting', phase.privateWriting)
      fields.set('voting', phase.voting)
      fields.set('locked', phase.locked)
      phasesMap(workshop).set(phase.id, fields.map)
    }
    setCurrentPhase(workshop, data.session.currentPhaseId)
    setVotingSettings(workshop, data.session.voting)
    setTimerDuration(workshop, data.session.timerDurationMs)
    for (const practice of data.practices) {
      const fields = typed<PracticeFields>(new Y.Map())
      fields.set('title', clean(practice.title))
      fields.set('organisation', clean(practice.organisation))
      fields.set('description', clean(practice.description))
      fields.set('order', practice.order)
      fields.set('createdAt', practice.createdAt)
      if (practice.locked) fields.set('locked', true)
      practicesMap(workshop).set(practice.id, fields.map)
    }
  })
  const boards = new Map<string, Y.Doc>()
  for (const practice of data.practices) {
    const board = buildBoard(practice)
    if (board) boards.set(practice.id, board)
  }
  let participation: Y.Doc | null = null
  if (data.interest.length > 0) {
    const doc = new Y.Doc()
    doc.transact(() => {
      for (const entry of data.interest) {
        const organisation = clean(entry.organisation)
        interestMap(doc).set(interestKey(organisation, entry.practiceId), {
          ...entry,
          organisation,
          note: clean(entry.note),
          updatedBy: { ...entry.updatedBy, name: clean(entry.updatedBy.name) },
        })
      }
    })
    participation = doc
  }
  return { workshop, boards, participation }
}

/** parseJsonExport then buildImportedWorkshop. */
export function importJson(value: unknown, now: number): ImportedWorkshop {
  return buildImportedWorkshop(parseJsonExport(value), now)
}
