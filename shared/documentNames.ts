import { isValidId } from './ids'

/**
 * Every Yjs document the sync server knows, by name (the path after `/sync/`):
 *
 * - `<workshopId>`: the workshop's structure: its details and its list of practices.
 * - `<workshopId>/boards/<practiceId>`: the cards of one practice's board.
 *
 * Boards are separate documents so that each stays small, a client can sync only what it shows, and the
 * server can later grant different rights per document (facilitators change structure, participants
 * write cards).
 */
export type DocumentAddress =
  | { kind: 'workshop'; workshopId: string }
  | { kind: 'board'; workshopId: string; practiceId: string }

export function workshopDocumentName(workshopId: string): string {
  return workshopId
}

export function boardDocumentName(workshopId: string, practiceId: string): string {
  return `${workshopId}/boards/${practiceId}`
}

export function documentName(address: DocumentAddress): string {
  return address.kind === 'workshop'
    ? workshopDocumentName(address.workshopId)
    : boardDocumentName(address.workshopId, address.practiceId)
}

/** Returns null for any name that is not one of the shapes above, so callers can refuse it. */
export function parseDocumentName(name: string): DocumentAddress | null {
  const parts = name.split('/')
  const [workshopId, section, practiceId] = parts
  if (workshopId === undefined || !isValidId(workshopId)) return null
  if (parts.length === 1) return { kind: 'workshop', workshopId }
  if (parts.length === 3 && section === 'boards' && practiceId !== undefined && isValidId(practiceId)) {
    return { kind: 'board', workshopId, practiceId }
  }
  return null
}
