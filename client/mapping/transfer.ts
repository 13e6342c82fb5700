import type { TransferDetails } from '../../shared/schema'

/** A transfer step's action-plan fields, as the card and the overview show them. */

export function hasTransferDetails(details: TransferDetails): boolean {
  return Boolean(details.owner || details.timeframe || details.resources || details.barriers)
}

/**
 * The card's one-line summary, "Owner: City of Żyrardów · 2025 Q2": who and when, the two things a
 * facilitator looks for first; resources and barriers wait in the expanded section.
 */
export function transferSummary(details: TransferDetails, ownerLabel: (owner: string) => string): string {
  const parts: string[] = []
  if (details.owner.trim()) parts.push(ownerLabel(details.owner.trim()))
  if (details.timeframe.trim()) parts.push(details.timeframe.trim())
  return parts.join(' · ')
}
