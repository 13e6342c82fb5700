import * as Y from 'yjs'
import { writeBoardRecords } from './boardOperations'
import { readInterest } from './interest'
import { arrangeBoard, readCards, readGroupRecords, readPractices, readWorkshop } from './readers'
import {
  type Card,
  interestMap,
  type PracticeFields,
  practicesMap,
  typed,
  type WorkshopDetails,
  type WorkshopOrigin,
  workshopDetailsMap,
} from './schema'
import { initWorkshop } from './workshopOperations'

/**
 * A follow-up workshop: the next meeting of the same partners (say, the next policy-learning seminar in
 * another city) starts from where the last one ended. Built from the source workshop's documents into
 * fresh ones, as importJson.ts builds a workshop from a file:
 *
 * - practices: title, organisation, description and order, with their ids, so the interest matrix (keyed by
 *   practice id) still points at them; not their locks, which belonged to the last event's session;
 * - cards: everything a card says (text, lane, order, colour, author, groups, transfer and stakeholder
 *   fields), or, with `transferAndInterest`, only the cards of the transfer-steps lane;
 * - the interest matrix, in both modes;
 * - never the votes (the new event votes anew) nor the session: phases are the default agenda.
 */

export const FOLLOW_UP_CARRY = ['everything', 'transferAndInterest'] as const
export type FollowUpCarry = (typeof FOLLOW_UP_CARRY)[number]

export interface FollowUpSource {
  workshopId: string
  workshop: Y.Doc
  /** Practice id → its board document; a practice without one has an empty board. */
  boards: ReadonlyMap<string, Y.Doc>
  participation: Y.Doc | null
}

export interface FollowUpDocuments {
  workshop: Y.Doc
  /** Practice id → board document, only for practices with something carried onto their board. */
  boards: Map<string, Y.Doc>
  /** Null when there is no interest to carry. */
  participation: Y.Doc | null
}

/** The cards to carry from one board, each in the lane it shows in (a grouped card takes its group's). */
function carriedCards(board: Y.Doc, carry: FollowUpCarry): { cards: Card[]; groupIds: Set<string> } {
  const groups = readGroupRecords(board)
  const { lanes } = arrangeBoard(readCards(board), groups)
  const cards = Object.values(lanes)
    .flat()
    .filter((card) => carry === 'everything' || card.lane === 'transferSteps')
  return { cards, groupIds: new Set(cards.flatMap((card) => (card.groupId === null ? [] : [card.groupId]))) }
}

function buildBoard(source: Y.Doc, carry: FollowUpCarry): Y.Doc | null {
  const { cards, groupIds } = carriedCards(source, carry)
  if (cards.length === 0) return null
  const doc = new Y.Doc()
  const groups = readGroupRecords(source).filter((group) => groupIds.has(group.id))
  writeBoardRecords(doc, cards, groups)
  return doc
}

/** The documents of a new workshop that follows up `source`; `details` are the new event's, `now` its creation time. */
export function buildFollowUp(
  source: FollowUpSource,
  details: WorkshopDetails,
  carry: FollowUpCarry,
  now: number,
): FollowUpDocuments {
  const original = readWorkshop(source.workshop)
  const practices = readPractices(source.workshop)
  const workshop = new Y.Doc()
  initWorkshop(workshop, details, now)
  workshop.transact(() => {
    const origin: WorkshopOrigin = {
      workshopId: source.workshopId,
      title: original.title,
      date: original.date,
    }
    workshopDetailsMap(workshop).set('origin', origin)
    for (const practice of practices) {
      const fields = typed<PracticeFields>(new Y.Map())
      fields.set('title', practice.title)
      fields.set('organisation', practice.organisation)
      fields.set('description', practice.description)
      fields.set('order', practice.order)
      fields.set('createdAt', practice.createdAt)
      practicesMap(workshop).set(practice.id, fields.map)
    }
  })

  const boards = new Map<string, Y.Doc>()
  for (const practice of practices) {
    const board = source.boards.get(practice.id)
    const carried = board ? buildBoard(board, carry) : null
    if (carried) boards.set(practice.id, carried)
  }

  let participation: Y.Doc | null = null
  const practiceIds = new Set(practices.map((practice) => practice.id))
  // Only well-formed entries about practices that are carried: readInterest drops the rest.
  const entries = source.participation
    ? [...readInterest(source.participation).cells].filter(([, entry]) => practiceIds.has(entry.practiceId))
    : []
  if (entries.length > 0) {
    participation = new Y.Doc()
    const target = participation
    target.transact(() => {
      for (const [key, entry] of entries) interestMap(target).set(key, { ...entry })
    })
  }
  return { workshop, boards, participation }
}
