import type { ReportCard } from '../../shared/report'

/**
 * Shapes a lane of the report model for the page: a group's cards under one heading, loose cards on their
 * own, in the model's order (most votes first; a group's cards are already next to each other). Pure, so it
 * is tested without a DOM.
 */
export type LaneItem =
  | { kind: 'card'; card: ReportCard }
  | { kind: 'group'; groupId: string; title: string; cards: ReportCard[] }

export function laneItems(cards: readonly ReportCard[]): LaneItem[] {
  const items: LaneItem[] = []
  for (const card of cards) {
    const last = items[items.length - 1]
    if (card.groupId === null) items.push({ kind: 'card', card })
    else if (last?.kind === 'group' && last.groupId === card.groupId) last.cards.push(card)
    else items.push({ kind: 'group', groupId: card.groupId, title: card.groupTitle, cards: [card] })
  }
  return items
}

/** "Name (Organisation)", either part left out when empty. */
export function authorLine(card: Pick<ReportCard, 'authorName' | 'authorOrganisation'>): string {
  const name = card.authorName.trim()
  const organisation = card.authorOrganisation.trim()
  if (!organisation) return name
  return name ? `${name} (${organisation})` : organisation
}
