import type { Board, Card } from '../../shared/schema'
import { type Ballot, type PracticeTally, sortByVotes } from '../../shared/voting'

/**
 * Reading the tally for people: what a board's results list shows, and the order of a lane's items
 * sorted by votes. Pure, so the tests read them without a browser.
 */

export interface OrganisationDots {
  /** As the voters typed it; empty: none given. */
  organisation: string
  dots: number
  voters: number
}

export interface ResultRow {
  targetId: string
  /** A card's text, or a group's title. */
  text: string
  isGroup: boolean
  total: number
  byOrganisation: { organisation: string; dots: number }[]
  byVoter: { voterId: string; name: string; organisation: string; dots: number }[]
}

export interface BoardResults {
  rows: ResultRow[]
  organisations: OrganisationDots[]
}

function byDotsThenName<T extends { dots: number }>(name: (item: T) => string) {
  return (a: T, b: T) => b.dots - a.dots || name(a).localeCompare(name(b))
}

/** A board's results: every card or group with dots, most first, and the dots each organisation gave. */
export function boardResults(
  board: Board,
  ballots: readonly Ballot[],
  tally: PracticeTally | undefined,
): BoardResults {
  const cards = new Map<string, Card>()
  for (const lane of Object.values(board.lanes)) for (const card of lane) cards.set(card.id, card)
  const voters = new Map(ballots.map((ballot) => [ballot.voterId, ballot]))
  const rows: ResultRow[] = []
  const organisations = new Map<string, { dots: number; voters: Set<string> }>()
  for (const [targetId, entry] of tally ?? []) {
    if (entry.total <= 0) continue
    const group = board.groups.get(targetId)
    const text = group ? group.title : (cards.get(targetId)?.text ?? '')
    rows.push({
      targetId,
      text,
      isGroup: group !== undefined,
      total: entry.total,
      byOrganisation: [...entry.byOrganisation]
        .map(([organisation, dots]) => ({ organisation, dots }))
        .sort(byDotsThenName((item) => item.organisation)),
      byVoter: [...entry.byVoter]
        .map(([voterId, dots]) => ({
          voterId,
          name: voters.get(voterId)?.name ?? '',
          organisation: voters.get(voterId)?.organisation.trim() ?? '',
          dots,
        }))
        .sort(byDotsThenName((item) => item.name)),
    })
    for (const [voterId, dots] of entry.byVoter) {
      const organisation = voters.get(voterId)?.organisation.trim() ?? ''
      const known = organisations.get(organisation) ?? { dots: 0, voters: new Set<string>() }
      known.dots += dots
      known.voters.add(voterId)
      organisations.set(organisation, known)
    }
  }
  rows.sort((a, b) => b.total - a.total || a.text.localeCompare(b.text) || (a.targetId < b.targetId ? -1 : 1))
  return {
    rows,
    organisations: [...organisations]
      .map(([organisation, { dots, voters: people }]) => ({ organisation, dots, voters: people.size }))
      .sort(byDotsThenName((item) => item.organisation)),
  }
}

/**
 * A lane's top-level items (ungrouped card ids and group ids) ordered by votes, most first, by the shared
 * `sortByVotes` (a group counts as one, with its cards together); ties keep the lane's order. Items the
 * cards do not account for (a group still empty here) keep their place at the end.
 */
export function itemsByVotes(
  items: readonly string[],
  laneCards: readonly Card[],
  tally: PracticeTally | undefined,
): string[] {
  const wanted = new Set(items)
  const sorted: string[] = []
  for (const card of sortByVotes(laneCards, tally)) {
    const item = card.groupId !== null && wanted.has(card.groupId) ? card.groupId : card.id
    if (wanted.has(item) && !sorted.includes(item)) sorted.push(item)
  }
  for (const item of items) if (!sorted.includes(item)) sorted.push(item)
  return sorted
}
