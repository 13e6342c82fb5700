/**
 * Why the server refused a change, as it tells the client in y-protocols' permission-denied message
 * (`[2, 0, reason]`). The stock client only logs the reason; ours reads it with `refusalOf` to say what
 * happened. In every case the change stays on the sender's device (the server neither stores nor relays
 * it), and the client sends it again when the server next asks for what it lacks.
 */
export const REFUSAL_REASONS = {
  /** The link's role may not change this document (an observer, a participant on the workshop's structure). */
  readOnly: 'read-only: this link may not change this document',
  /** A participant on a board the facilitator locked. */
  locked: 'this board is locked',
  /** A participant's change to a ballot not of its device (server/ballotGuard.ts). */
  notYourBallot: 'only your own dots can be changed',
  /** The connection sent faster than its budget; the server asks for the rest in a few seconds. */
  tooFast: 'too fast: changes arrive faster than the server takes them; they are asked for again shortly',
  /** The document has reached the server's size limit per document. */
  documentFull: 'document full: this document has reached its size limit',
  /** The workshop's documents together have reached the server's size limit per workshop. */
  workshopFull: 'workshop full: this workshop has reached its size limit',
} as const

export type RefusalReason = keyof typeof REFUSAL_REASONS

const BY_TEXT = new Map<string, RefusalReason>(
  Object.entries(REFUSAL_REASONS).map(([reason, text]) => [text, reason as RefusalReason]),
)

/** The refusal a permission-denied message names, or null for a reason this version does not know. */
export function refusalOf(text: string): RefusalReason | null {
  return BY_TEXT.get(text) ?? null
}
