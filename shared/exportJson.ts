import type * as Y from 'yjs'
import { readInterest } from './interest'
import { readBoard, readWorkshop, readWorkshopOrigin } from './readers'
import { boardDocument, type ReportSources } from './report'
import {
  type Card,
  type CardGroup,
  type InterestEntry,
  LANES,
  type Phase,
  type Practice,
  type VotingSettings,
  type WorkshopOrigin,
} from './schema'
import { readSession } from './sessionOperations'
import { readBallots } from './voting'

/**
 * The whole workshop as one JSON document: structure, practices, every card with all its fields, groups,
 * each person's raw ballot (not only the counted tally), the interest matrix and the agenda. It is what a
 * later import will read, so it keeps ids and order keys, and it is stable: the same documents give the
 * same bytes (everything is in a defined order and there is no export time in it).
 *
 * Bump JSON_EXPORT_VERSION when a field changes meaning or goes away.
 */
export const JSON_EXPORT_FORMAT = 'practicemap-workshop'
export const JSON_EXPORT_VERSION = 1

/** A person's ballot as the file holds it: `dots` by target id, in code-unit order of the ids. */
export interface JsonExportBallot {
  voterId: string
  name: string
  organisation: string
  dots: Record<string, number>
}

export interface JsonExportBoard {
  cards: Card[]
  groups: CardGroup[]
  ballots: JsonExportBallot[]
}

export interface JsonExportPractice extends Practice {
  board: JsonExportBoard
}

export interface WorkshopJsonExport {
  format: typeof JSON_EXPORT_FORMAT
  exportVersion: typeof JSON_EXPORT_VERSION
  schemaVersion: number
  /** `origin` only for a follow-up workshop (see shared/followUp.ts); older exports lack it. */
  workshop: { title: string; date: string; place: string; createdAt: number; origin?: WorkshopOrigin }
  session: {
    phases: Phase[]
    currentPhaseId: string | null
    voting: VotingSettings
    timerDurationMs: number
  }
  practices: JsonExportPractice[]
  /** Every cell of the transfer-interest matrix, by organisation key then practice id. */
  interest: InterestEntry[]
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The dots as a JSON object. Object.fromEntries defines each key as the object's own, so a target id
 * `__proto__` is written out as a key like any other and never becomes the object's prototype.
 */
function sortedDots(dots: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...dots].sort(([a], [b]) => byCodeUnits(a, b)))
}

function exportBoard(doc: Y.Doc | undefined): JsonExportBoard {
  if (!doc) return { cards: [], groups: [], ballots: [] }
  const board = readBoard(doc)
  const cards = LANES.flatMap((lane) => board.lanes[lane])
  // Groups in the order their first card appears on the board.
  const groupIds = [...new Set(cards.flatMap((card) => (card.groupId === null ? [] : [card.groupId])))]
  return {
    cards,
    groups: groupIds.flatMap((id) => board.groups.get(id) ?? []),
    ballots: readBallots(doc).map((ballot) => ({ ...ballot, dots: sortedDots(ballot.dots) })),
  }
}

export function buildJsonExport({
  workshop: workshopDoc,
  boards,
  participation,
}: ReportSources): WorkshopJsonExport {
  const workshop = readWorkshop(workshopDoc)
  const origin = readWorkshopOrigin(workshopDoc)
  const session = readSession(workshopDoc)
  const cells = participation ? readInterest(participation).cells : new Map<string, InterestEntry>()
  return {
    format: JSON_EXPORT_FORMAT,
    exportVersion: JSON_EXPORT_VERSION,
    schemaVersion: workshop.schemaVersion,
    workshop: {
      title: workshop.title,
      date: workshop.date,
      place: workshop.place,
      createdAt: workshop.createdAt,
      ...(origin ? { origin } : {}),
    },
    session: {
      phases: session.phases,
      currentPhaseId: session.currentPhaseId,
      voting: session.voting,
      timerDurationMs: session.timer.durationMs,
    },
    practices: workshop.practices.map((practice) => ({
      ...practice,
      board: exportBoard(boardDocument(boards, practice.id)),
    })),
    interest: [...cells].sort(([a], [b]) => byCodeUnits(a, b)).map(([, entry]) => entry),
  }
}

/** The JSON text: two-space indented, ending with a newline. */
export function exportJson(sources: ReportSources): string {
  return `${JSON.stringify(buildJsonExport(sources), null, 2)}\n`
}
