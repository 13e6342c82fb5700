import { type Card, STAKEHOLDER_TYPES, type StakeholderType } from '../../shared/schema'

/**
 * The quadruple helix of the stakeholders lane: which of the four types of stakeholder (public authority,
 * business, research, civil society) no card is tagged with yet, in the types' fixed order.
 */
export function missingStakeholderTypes(cards: Iterable<Pick<Card, 'stakeholder'>>): StakeholderType[] {
  const present = new Set<StakeholderType>()
  for (const card of cards) if (card.stakeholder.type !== null) present.add(card.stakeholder.type)
  return STAKEHOLDER_TYPES.filter((type) => !present.has(type))
}
