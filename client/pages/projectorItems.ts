import { ownValue } from '../../shared/ownKeys'
import type { Card, CardGroup } from '../../shared/schema'
import type { PracticeTally } from '../../shared/voting'

/** One top-level item of a lane as the wall shows it: a card alone, or a group with its cards. */
export type ProjectorItem =
  | { kind: 'card'; id: string; card: Card; votes: number }
  | { kind: 'group'; id: string; group: CardGroup; cards: readonly Card[]; votes: number }

/**
 * The lane's items for the wall, from the store's board: each card or group with its dots, once voting
 * has closed (while it is open nobody sees totals, the wall neither).
 */
export function projectorItems(
  itemIds: readonly string[],
  cards: Readonly<Record<string, Card>>,
  groups: Readonly<Record<string, CardGroup>>,
  tally: PracticeTally | undefined,
  showVotes: boolean,
): ProjectorItem[] {
  const votesOf = (id: string) => (showVotes ? (tally?.get(id)?.total ?? 0) : 0)
  const items: ProjectorItem[] = []
  for (const id of itemIds) {
    const group = ownValue(groups, id)
    if (group) {
      const groupCards = group.cardIds
        .map((cardId) => ownValue(cards, cardId))
        .filter((card) => card !== undefined)
      items.push({ kind: 'group', id, group, cards: groupCards, votes: votesOf(id) })
      continue
    }
    const card = ownValue(cards, id)
    if (card) items.push({ kind: 'card', id, card, votes: votesOf(id) })
  }
  return items
}
