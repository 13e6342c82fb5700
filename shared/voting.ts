import * as Y from 'yjs'
import { withoutBidiControls } from './bidi'
import type { TransactionOrigin } from './origins'
import {
  type Author,
  type BallotFields,
  type Board,
  type Card,
  LIMITS,
  typed,
  type VotingSettings,
  votesMap,
} from './schema'

/**
 * Dot voting. Each person's dots live in their own ballot in the board document (keyed by their device's
 * voter id, see voter.ts), so two people voting at once never conflict. Budgets are checked by the UI
 * before a dot is placed, and counted again here with the same rules for every reader, so dots beyond a
 * budget (two devices voting at once, or a client that ignores the rules) never count, and everyone sees
 * the same tally.
 */

export interface Ballot {
  voterId: string
  name: string
  organisation: string
  /** Card or group id → dots (a Map: the ids are whatever the ballot's writer put there). */
  dots: ReadonlyMap<string, number>
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? Math.min(value, 100) : 0
}

function userText(value: unknown): string {
  return typeof value === 'string' ? withoutBidiControls(value) : ''
}

export function readBallots(doc: Y.Doc): Ballot[] {
  const ballots: Ballot[] = []
  votesMap(doc).forEach((map, voterId) => {
    // A ballot is a Y.Map; anything else under a voter's id (a hostile client's) counts nothing.
    if (!(map instanceof Y.Map)) return
    const fields = typed<BallotFields>(map)
    const dots = new Map<string, number>()
    const stored: unknown = fields.get('dots')
    if (stored instanceof Y.Map) {
      stored.forEach((value, targetId) => {
        const n = count(value)
        if (n > 0) dots.set(targetId, n)
      })
    }
    ballots.push({
      voterId,
      name: userText(fields.get('name')),
      organisation: userText(fields.get('organisation')),
      dots,
    })
  })
  return ballots.sort((a, b) => (a.voterId < b.voterId ? -1 : a.voterId > b.voterId ? 1 : 0))
}

/**
 * Sets how many dots `voter` puts on a card or group (0 removes them). `voter.id` is the ballot's key: the
 * device's voter id (voter.ts), or the server refuses the change from a participant.
 */
export function setDots(
  doc: Y.Doc,
  voter: Author,
  targetId: string,
  dots: number,
  origin?: TransactionOrigin,
): void {
  doc.transact(() => {
    const ballots = votesMap(doc)
    let map = ballots.get(voter.id)
    if (!map) {
      map = new Y.Map<unknown>()
      ballots.set(voter.id, map)
    }
    const ballot = typed<BallotFields>(map)
    if (ballot.get('name') !== voter.name) ballot.set('name', voter.name.slice(0, LIMITS.personName))
    if (ballot.get('organisation') !== voter.organisation) {
      ballot.set('organisation', voter.organisation.slice(0, LIMITS.organisation))
    }
    let stored = ballot.get('dots')
    if (!(stored instanceof Y.Map)) {
      stored = new Y.Map<number>()
      ballot.set('dots', stored)
    }
    const n = count(dots)
    if (n === 0) stored.delete(targetId)
    else stored.set(targetId, n)
  }, origin)
}

/** Removes every ballot of the board: a fresh round (facilitators only). */
export function clearVotes(doc: Y.Doc, origin?: TransactionOrigin): void {
  doc.transact(() => {
    for (const voterId of [...votesMap(doc).keys()]) votesMap(doc).delete(voterId)
  }, origin)
}

// ---- Counting. ----

export interface BoardVotes {
  practiceId: string
  board: Board
  ballots: Ballot[]
}

export interface VoteTally {
  total: number
  /** Dots per organisation as the voters gave it (empty string: no organisation given). */
  byOrganisation: ReadonlyMap<string, number>
  byVoter: ReadonlyMap<string, number>
}

/** Card or group id → its tally, for one practice. */
export type PracticeTally = ReadonlyMap<string, VoteTally>

/** Practice id → card or group id → tally. Maps throughout: every key comes from a document. */
export type VoteTallies = ReadonlyMap<string, PracticeTally>

interface Placement {
  practiceId: string
  targetId: string
  voterId: string
  organisation: string
  dots: number
}

/** What a dot on `id` counts for: a card's group when it is in one, nothing when the card is gone. */
function votingTarget(board: Board, id: string, cardsById: Map<string, Card>): string | null {
  if (board.groups.has(id)) return id
  const card = cardsById.get(id)
  if (!card) return null
  return card.groupId !== null && board.groups.has(card.groupId) ? card.groupId : card.id
}

/**
 * The dots that count, in a fixed order (practice, then target, then voter): at most `maxDotsPerCard` of one
 * person's dots per card or group, and at most `dotsPerPerson` per person per practice or across the
 * workshop, as the settings say. Dots on deleted cards count for nothing and free their place.
 */
function countedPlacements(boards: readonly BoardVotes[], settings: VotingSettings): Placement[] {
  const placements: Placement[] = []
  for (const { practiceId, board, ballots } of boards) {
    const cardsById = new Map(
      Object.values(board.lanes).flatMap((cards) => cards.map((card) => [card.id, card])),
    )
    for (const ballot of ballots) {
      const perTarget = new Map<string, number>()
      for (const [id, dots] of ballot.dots) {
        const target = votingTarget(board, id, cardsById)
        if (target) perTarget.set(target, (perTarget.get(target) ?? 0) + dots)
      }
      for (const [targetId, dots] of perTarget) {
        placements.push({
          practiceId,
          targetId,
          voterId: ballot.voterId,
          organisation: ballot.organisation.trim(),
          dots: Math.min(dots, settings.maxDotsPerCard),
        })
      }
    }
  }
  // Code-unit order, not localeCompare: every client must drop the same excess dots, whatever its locale.
  const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  placements.sort(
    (a, b) =>
      byCodeUnits(a.practiceId, b.practiceId) ||
      byCodeUnits(a.targetId, b.targetId) ||
      byCodeUnits(a.voterId, b.voterId),
  )
  const spent = new Map<string, number>()
  const counted: Placement[] = []
  for (const placement of placements) {
    const budgetKey =
      settings.scope === 'workshop' ? placement.voterId : `${placement.practiceId}|${placement.voterId}`
    const used = spent.get(budgetKey) ?? 0
    const dots = Math.min(placement.dots, settings.dotsPerPerson - used)
    if (dots <= 0) continue
    spent.set(budgetKey, used + dots)
    counted.push({ ...placement, dots })
  }
  return counted
}

interface TallyUnderWay {
  total: number
  byOrganisation: Map<string, number>
  byVoter: Map<string, number>
}

export function tallyVotes(boards: readonly BoardVotes[], settings: VotingSettings): VoteTallies {
  const tallies = new Map<string, Map<string, TallyUnderWay>>()
  for (const { practiceId, targetId, voterId, organisation, dots } of countedPlacements(boards, settings)) {
    let practice = tallies.get(practiceId)
    if (!practice) {
      practice = new Map()
      tallies.set(practiceId, practice)
    }
    let tally = practice.get(targetId)
    if (!tally) {
      tally = { total: 0, byOrganisation: new Map(), byVoter: new Map() }
      practice.set(targetId, tally)
    }
    tally.total += dots
    tally.byOrganisation.set(organisation, (tally.byOrganisation.get(organisation) ?? 0) + dots)
    tally.byVoter.set(voterId, (tally.byVoter.get(voterId) ?? 0) + dots)
  }
  return tallies
}

export interface DotBudget {
  budget: number
  used: number
  remaining: number
}

/** How many of `voterId`'s dots count and how many are left, for the practice or the workshop. */
export function dotBudget(
  voterId: string,
  practiceId: string,
  boards: readonly BoardVotes[],
  settings: VotingSettings,
): DotBudget {
  const used = countedPlacements(boards, settings)
    .filter((placement) => placement.voterId === voterId)
    .filter((placement) => settings.scope === 'workshop' || placement.practiceId === practiceId)
    .reduce((sum, placement) => sum + placement.dots, 0)
  return { budget: settings.dotsPerPerson, used, remaining: Math.max(0, settings.dotsPerPerson - used) }
}

/** Whether `voterId` may put one more dot on `targetId` now. */
export function mayAddDot(
  voterId: string,
  practiceId: string,
  targetId: string,
  boards: readonly BoardVotes[],
  settings: VotingSettings,
): boolean {
  if (dotBudget(voterId, practiceId, boards, settings).remaining <= 0) return false
  const onTarget = tallyVotes(boards, settings).get(practiceId)?.get(targetId)?.byVoter.get(voterId) ?? 0
  return onTarget < settings.maxDotsPerCard
}

/** Cards (and groups, by their first card) ordered by votes, most first; ties keep the board's order. */
export function sortByVotes(cards: readonly Card[], tally: PracticeTally | undefined): Card[] {
  const votesOf = (card: Card) => tally?.get(card.groupId ?? card.id)?.total ?? 0
  return (
    cards
      .map((card, index) => ({ card, index }))
      // A group's cards share its votes and sit next to each other, so they stay together.
      .sort((a, b) => votesOf(b.card) - votesOf(a.card) || a.index - b.index)
      .map(({ card }) => card)
  )
}
