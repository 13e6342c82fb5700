import type { ReportCard } from '../../shared/report'

/** Text the printable report builds from the report model. Pure, so it is tested without a DOM. */

/** "Name (Organisation)", either part left out when empty. */
export function authorLine(card: Pick<ReportCard, 'authorName' | 'authorOrganisation'>): string {
  const name = card.authorName.trim()
  const organisation = card.authorOrganisation.trim()
  if (!organisation) return name
  return name ? `${name} (${organisation})` : organisation
}
