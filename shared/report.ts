import type * as Y from 'yjs'
import { readInterest } from './interest'
import { readBoard, readWorkshop } from './readers'
import {
  type Board,
  type CardColor,
  type InterestLevel,
  LANES,
  type LaneId,
  type StakeholderTags,
  type TransferDetails,
  type VotingSettings,
} from './schema'
import { readSession } from './sessionOperations'
import { readBallots, sortByVotes, tallyVotes } from './voting'

/**
 * The workshop's results as one plain, versioned model: what the exports (Markdown, CSV) and any later
 * "after the workshop" view render. Built from the documents by a pure function; nothing here touches
 * the DOM, Node or the network.
 *
 * Bump REPORT_VERSION when a field changes meaning or goes away (adding a field does not bump it).
 */
export const REPORT_VERSION = 1

export interface ReportCard {
  id: string
  text: string
  authorName: string
  authorOrganisation: string
  color: CardColor
  createdAt: number
  /** The votes the card counts with: a grouped card shares its group's votes. */
  votes: number
  groupId: string | null
  /** The group's title, or empty when the card stands alone (or its group has no title). */
  groupTitle: string
  transfer: TransferDetails
  stakeholder: StakeholderTags
}

export interface ReportLane {
  lane: LaneId
  /** Most votes first; ties keep the board's order (a group's cards stay together). */
  cards: ReportCard[]
}

export interface ReportPractice {
  id: string
  title: string
  organisation: string
  description: string
  locked: boolean
  /** All four lanes, in LANES order, even when empty. */
  lanes: ReportLane[]
}

export interface ReportInterestCell {
  practiceId: string
  /** null: the organisation said nothing about this practice. */
  level: InterestLevel | null
  note: string
}

export interface ReportInterestRow {
  organisation: string
  /** One cell per practice, in the report's practice order. */
  cells: ReportInterestCell[]
}

export interface ReportActionStep {
  practiceId: string
  practiceTitle: string
  cardId: string
  step: string
  owner: string
  timeframe: string
  resources: string
  barriers: string
  votes: number
}

export interface WorkshopReport {
  reportVersion: typeof REPORT_VERSION
  schemaVersion: number
  workshop: { title: string; date: string; place: string; createdAt: number }
  voting: VotingSettings
  practices: ReportPractice[]
  interest: { practices: { id: string; title: string }[]; rows: ReportInterestRow[] }
  actionPlan: ReportActionStep[]
}

export interface ReportSources {
  workshop: Y.Doc
  /** Practice id → its board document; a practice without one has empty lanes. */
  boards: ReadonlyMap<string, Y.Doc> | Record<string, Y.Doc>
  /** The participation document; without it the interest matrix is empty. */
  participation?: Y.Doc | null
}

/** The board document of `practiceId` among the sources' boards, if there is one. */
export function boardDocument(boards: ReportSources['boards'], practiceId: string): Y.Doc | undefined {
  if (boards instanceof Map) return boards.get(practiceId)
  return Object.hasOwn(boards, practiceId) ? (boards as Record<string, Y.Doc>)[practiceId] : undefined
}

const EMPTY_BOARD: Board = {
  lanes: { keyAspects: [], stakeholders: [], benefits: [], transferSteps: [] },
  groups: {},
}

export function buildReport({ workshop: workshopDoc, boards, participation }: ReportSources): WorkshopReport {
  const workshop = readWorkshop(workshopDoc)
  const { voting } = readSession(workshopDoc)
  const read = workshop.practices.map((practice) => {
    const doc = boardDocument(boards, practice.id)
    return {
      practice,
      board: doc ? readBoard(doc) : EMPTY_BOARD,
      ballots: doc ? readBallots(doc) : [],
    }
  })
  const tallies = tallyVotes(
    read.map(({ practice, board, ballots }) => ({ practiceId: practice.id, board, ballots })),
    voting,
  )

  const practices: ReportPractice[] = read.map(({ practice, board }) => {
    const tally = tallies[practice.id]
    return {
      id: practice.id,
      title: practice.title,
      organisation: practice.organisation,
      description: practice.description,
      locked: practice.locked,
      lanes: LANES.map((lane) => ({
        lane,
        cards: sortByVotes(board.lanes[lane], tally).map((card) => ({
          id: card.id,
          text: card.text,
          authorName: card.author.name,
          authorOrganisation: card.author.organisation,
          color: card.color,
          createdAt: card.createdAt,
          votes: tally?.[card.groupId ?? card.id]?.total ?? 0,
          groupId: card.groupId,
          groupTitle: card.groupId === null ? '' : (board.groups[card.groupId]?.title ?? ''),
          transfer: { ...card.transfer },
          stakeholder: { ...card.stakeholder },
        })),
      })),
    }
  })

  const matrix = participation ? readInterest(participation) : { organisations: [], cells: {} }
  const interestRows: ReportInterestRow[] = matrix.organisations.map(({ key, name }) => ({
    organisation: name,
    cells: practices.map((practice) => {
      const entry = matrix.cells[`${key}|${practice.id}`]
      return { practiceId: practice.id, level: entry?.level ?? null, note: entry?.note ?? '' }
    }),
  }))

  const actionPlan: ReportActionStep[] = practices.flatMap((practice) =>
    (practice.lanes.find((lane) => lane.lane === 'transferSteps')?.cards ?? []).map((card) => ({
      practiceId: practice.id,
      practiceTitle: practice.title,
      cardId: card.id,
      step: card.text,
      ...card.transfer,
      votes: card.votes,
    })),
  )

  return {
    reportVersion: REPORT_VERSION,
    schemaVersion: workshop.schemaVersion,
    workshop: {
      title: workshop.title,
      date: workshop.date,
      place: workshop.place,
      createdAt: workshop.createdAt,
    },
    voting,
    practices,
    interest: {
      practices: practices.map(({ id, title }) => ({ id, title })),
      rows: interestRows,
    },
    actionPlan,
  }
}
