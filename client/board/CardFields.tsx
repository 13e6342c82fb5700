import type { Card } from '../../shared/schema'
import { StakeholderTagsField } from './StakeholderTags'
import { TransferDetailsSection } from './TransferDetails'

/** What a card carries besides its text, by lane: a transfer step's action plan, a stakeholder's tags. */
export function CardFields({
  practiceId,
  card,
  canEdit,
}: {
  practiceId: string
  card: Card
  canEdit: boolean
}) {
  if (card.lane === 'transferSteps') {
    return <TransferDetailsSection practiceId={practiceId} card={card} canEdit={canEdit} />
  }
  if (card.lane === 'stakeholders') {
    return <StakeholderTagsField practiceId={practiceId} card={card} canEdit={canEdit} />
  }
  return null
}
