import { isValidId } from './ids'

/**
 * Every Yjs document the sync server knows, by name (the path after `/sync/`):
 *
 * - `<workshopId>`: the workshop's structure: details, practices, and how the session runs (phases,
 *   timer, voting settings, summon). Facilitators write it; everyone reads it.
 * - `<workshopId>/boards/<practiceId>`: the cards (and votes) of one practice's board.
 * - `<workshopId>/participation`: what participants say about the workshop as a whole (transfer
 *   interest), writable by participants without giving them the structure.
 *
 * Separate documents keep each small, let a client sync what it shows, and let the server grant rights
 * per document (see roles.ts).
 */
export type DocumentAddress =
  | { kind: 'workshop'; workshopId: string }
  | { kind: 'board'; workshopId: string; practiceId: string }
  | { kind: 'participation'; workshopId: string }

export type DocumentKind = DocumentAddress['kind']

export function workshopDocumentName(workshopId: string): string {
  return workshopId
}

export function boardDocumentName(workshopId: string, practiceId: string): string {
  return `${workshopId}/boards/${practiceId}`
}

export function participationDocumentName(workshopId: string): string {
  return `${workshopId}/participation`
}

export function documentName(address: DocumentAddress): string {
  switch (address.kind) {
    case 'workshop':
      return workshopDocumentName(address.workshopId)
    case 'board':
      return boardDocumentName(address.workshopId, address.practiceId)
    case 'participation':
      return participationDocumentName(address.workshopId)
  }
}

/** Returns null for any name that is not one of the shapes above, so callers can refuse it. */
export function parseDocumentName(name: string): DocumentAddress | null {
  const parts = name.split('/')
  const [workshopId, section, practiceId] = parts
  if (workshopId === undefined || !isValidId(workshopId)) return null
  if (parts.length === 1) return { kind: 'workshop', workshopId }
  if (parts.length === 2 && section === 'participation') return { kind: 'participation', workshopId }
  if (parts.length === 3 && section === 'boards' && practiceId !== undefined && isValidId(practiceId)) {
    return { kind: 'board', workshopId, practiceId }
  }
  return null
}
