import { ownValue } from '../../shared/ownKeys'
import type { Card, LaneId, TransferDetails } from '../../shared/schema'
import { LANES } from '../../shared/schema'
import type { PracticeTally } from '../../shared/voting'
import type { BoardView } from '../store/boardView'

/**
 * What the facilitator overview says about one practice's board: cards per lane and which lanes are still
 * empty, the top-voted cards and groups, and its transfer steps as rows of a draft action plan. Pure, so
 * the tests read them without a browser.
 */

export type LaneCounts = Readonly<Record<LaneId, number>>

export function laneCounts(view: Pick<BoardView, 'lanes'>): LaneCounts {
  return {
    keyAspects: view.lanes.keyAspects.length,
    stakeholders: view.lanes.stakeholders.length,
    benefits: view.lanes.benefits.length,
    transferSteps: view.lanes.transferSteps.length,
  }
}

export function emptyLanes(counts: LaneCounts): LaneId[] {
  return LANES.filter((lane) => counts[lane] === 0)
}

export interface TopVoted {
  /** The card's or the group's id: what the dots were given to. */
  targetId: string
  isGroup: boolean
  /** The card's text, or the group's title (empty when the group has none). */
  text: string
  /** How many cards the group holds (1 for a card). */
  cardCount: number
  dots: number
}

/**
 * The `limit` cards or groups with the most dots (none without any), most first; ties in the board's
 * order. Dots on cards or groups no longer on the board are left out.
 */
export function topVoted(
  view: Pick<BoardView, 'cards' | 'lanes' | 'groups'>,
  tally: PracticeTally | undefined,
  limit = 3,
): TopVoted[] {
  const place = new Map<string, number>()
  let index = 0
  for (const lane of LANES) {
    for (const cardId of view.lanes[lane]) {
      const groupId = ownValue(view.cards, cardId)?.groupId
      const target = groupId && ownValue(view.groups, groupId) ? groupId : cardId
      if (!place.has(target)) place.set(target, index++)
    }
  }
  const found: (TopVoted & { place: number })[] = []
  for (const [targetId, entry] of tally ?? []) {
    const at = place.get(targetId)
    if (entry.total <= 0 || at === undefined) continue
    const group = ownValue(view.groups, targetId)
    found.push({
      targetId,
      isGroup: group !== undefined,
      text: group ? group.title : (ownValue(view.cards, targetId)?.text ?? ''),
      cardCount: group ? group.cardIds.length : 1,
      dots: entry.total,
      place: at,
    })
  }
  return found
    .sort((a, b) => b.dots - a.dots || a.place - b.place)
    .slice(0, limit)
    .map(({ place: _place, ...item }) => item)
}

export interface ActionStep {
  cardId: string
  text: string
  details: TransferDetails
}

/** The practice's transfer steps in the board's order, each with its action-plan fields. */
export function actionPlan(view: Pick<BoardView, 'cards' | 'lanes'>): ActionStep[] {
  return view.lanes.transferSteps.flatMap((cardId) => {
    const card: Card | undefined = ownValue(view.cards, cardId)
    return card ? [{ cardId, text: card.text, details: card.transfer }] : []
  })
}
