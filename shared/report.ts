import type * as Y from 'yjs'
import { readInterest } from './interest'
import { readBoard, readWorkshop } from './readers'
import {
  type Board,
  type Card,
  type CardColor,
  type CardGroup,
  type InterestLevel,
  LANES,
  type LaneId,
  type StakeholderTags,
  type TransferDetails,
  type VotingSettings,
} from './schema'
import { readSession } from './sessionOperations'
import { type PracticeTally, readBallots, sortByVotes, tallyVotes } from './voting'

/**
 * The workshop's results as one plain, versioned model: what the exports (Markdown, CSV) and any later
 * "after the workshop" view render. Built from the documents by a pure function; nothing here touches
 * the DOM, Node or the network.
 *
 * Bump REPORT_VERSION when a field changes meaning or goes away (adding a field does not bump it).
 */
export const REPORT_VERSION = 2

export interface ReportCard {
  id: string
  text: string
  authorName: string
  authorOrganisation: string
  color: CardColor
  createdAt: number
  /**
   * The dots this card counts with on its own; 0 for a card in a group. A dot on a grouped card counts
   * for the group, and a group's votes are told once, on the group (ReportGroup.votes), so that the votes
   * of a lane add up to the dots cast on it. (Version 1 gave each grouped card its group's votes.)
   */
  votes: number
  groupId: string | null
  /** The group's title, or empty when the card stands alone (or its group has no title). */
  groupTitle: string
  transfer: TransferDetails
  stakeholder: StakeholderTags
}

/** Cards of a lane under one title, voted on as one. */
export interface ReportGroup {
  id: string
  title: string
  /** The group's dots (a dot on any of its cards counts for the group): counted here, once. */
  votes: number
  /** Its cards, in their order in the group. */
  cards: ReportCard[]
}

/** A lane's top-level item: a card on its own, or a group with its cards. */
export type ReportItem = { kind: 'card'; card: ReportCard } | { kind: 'group'; group: ReportGroup }

export interface ReportLane {
  lane: LaneId
  /** Loose cards and groups, most votes first; ties keep the board's order. */
  items: ReportItem[]
  /** Every card of the lane in the order of `items`, a group's cards at the group's place. */
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
  /** As ReportCard.votes: the step's own dots, 0 for a step in a group (whose votes are on `group`). */
  votes: number
  /** The group the step is in, with the group's votes, or null; a group's steps follow one another. */
  group: { id: string; title: string; votes: number } | null
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
  groups: new Map(),
}

function reportCard(card: Card, votes: number, group: CardGroup | undefined): ReportCard {
  return {
    id: card.id,
    text: card.text,
    authorName: card.author.name,
    authorOrganisation: card.author.organisation,
    color: card.color,
    createdAt: card.createdAt,
    votes,
    groupId: group ? group.id : null,
    groupTitle: group?.title ?? '',
    transfer: { ...card.transfer },
    stakeholder: { ...card.stakeholder },
  }
}

/**
 * A lane as loose cards and groups, most votes first. `sortByVotes` keeps a group's cards next to each
 * other (they share the group's votes), so a group is the run of cards that name it.
 */
function reportLane(lane: LaneId, board: Board, tally: PracticeTally | undefined): ReportLane {
  const items: ReportItem[] = []
  const cards: ReportCard[] = []
  for (const card of sortByVotes(board.lanes[lane], tally)) {
    const group = card.groupId === null ? undefined : board.groups.get(card.groupId)
    const item = reportCard(card, group ? 0 : (tally?.get(card.id)?.total ?? 0), group)
    cards.push(item)
    const last = items.at(-1)
    if (!group) items.push({ kind: 'card', card: item })
    else if (last?.kind === 'group' && last.group.id === group.id) last.group.cards.push(item)
    else {
      const votes = tally?.get(group.id)?.total ?? 0
      items.push({ kind: 'group', group: { id: group.id, title: group.title, votes, cards: [item] } })
    }
  }
  return { lane, items, cards }
}

/** The votes a lane's items count with: each card on its own and each group once. */
export function laneVotes(lane: ReportLane): number {
  return lane.items.reduce(
    (sum, item) => sum + (item.kind === 'card' ? item.card.votes : item.group.votes),
    0,
  )
}

/** The action plan's steps as the exports show them: a step on its own, or a group with its steps. */
export type ActionPlanItem =
  | { kind: 'step'; step: ReportActionStep }
  | {
      kind: 'group'
      group: NonNullable<ReportActionStep['group']>
      practiceTitle: string
      steps: ReportActionStep[]
    }

export function actionPlanItems(steps: readonly ReportActionStep[]): ActionPlanItem[] {
  const items: ActionPlanItem[] = []
  for (const step of steps) {
    const last = items.at(-1)
    if (step.group === null) items.push({ kind: 'step', step })
    else if (
      last?.kind === 'group' &&
      last.group.id === step.group.id &&
      last.steps[0]?.practiceId === step.practiceId
    )
      last.steps.push(step)
    else items.push({ kind: 'group', group: step.group, practiceTitle: step.practiceTitle, steps: [step] })
  }
  return items
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
    const tally = tallies.get(practice.id)
    return {
      id: practice.id,
      title: practice.title,
      organisation: practice.organisation,
      description: practice.description,
      locked: practice.locked,
      lanes: LANES.map((lane) => reportLane(lane, board, tally)),
    }
  })

  const matrix = participation ? readInterest(participation) : { organisations: [], cells: new Map() }
  const interestRows: ReportInterestRow[] = matrix.organisations.map(({ key, name }) => ({
    organisation: name,
    cells: practices.map((practice) => {
      const entry = matrix.cells.get(`${key}|${practice.id}`)
      return { practiceId: practice.id, level: entry?.level ?? null, note: entry?.note ?? '' }
    }),
  }))

  const actionPlan: ReportActionStep[] = practices.flatMap((practice) =>
    (practice.lanes.find((lane) => lane.lane === 'transferSteps')?.items ?? []).flatMap((item) => {
      const step = (card: ReportCard, group: ReportActionStep['group']): ReportActionStep => ({
        practiceId: practice.id,
        practiceTitle: practice.title,
        cardId: card.id,
        step: card.text,
        ...card.transfer,
        votes: card.votes,
        group,
      })
      if (item.kind === 'card') return [step(item.card, null)]
      const { id, title, votes } = item.group
      return item.group.cards.map((card) => step(card, { id, title, votes }))
    }),
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
