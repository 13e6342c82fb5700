import { refusalOf } from '../../shared/refusals'
import type { ConnectionStatus, FullDocuments, FullReason } from '../store/workshopStore'

/**
 * What the server's refusals of this device's changes mean for it (shared/refusals.ts). In every case the
 * change stays in this device's copy; what differs is what the person is told and what happens next.
 */

export type RefusalEffect =
  /** The link's role or a lock: ask the server again what this link may do (workshopSession). */
  | { kind: 'rights' }
  /** Sent faster than the server takes: it asks for the changes again within seconds. */
  | { kind: 'tooFast' }
  /** The document (or its workshop) is full: nothing more is taken until there is room. */
  | { kind: 'full'; reason: FullReason }

export function refusalEffect(reason: string): RefusalEffect {
  switch (refusalOf(reason)) {
    case 'tooFast':
      return { kind: 'tooFast' }
    case 'documentFull':
      return { kind: 'full', reason: 'document' }
    case 'workshopFull':
      return { kind: 'full', reason: 'workshop' }
    default:
      // Read-only, locked, or a reason this version does not know: the rights are what to check again.
      return { kind: 'rights' }
  }
}

export interface DocumentRefusals {
  /** The board's practice; null for the workshop's own and participation documents. */
  practiceId: string | null
  full: FullReason | null
}

/** The store's view of which documents are full, keeping `previous` when nothing changed. */
export function fullDocuments(
  documents: readonly DocumentRefusals[],
  previous: FullDocuments,
): FullDocuments {
  const boards = new Map<string, FullReason>()
  let workshop: FullReason | null = null
  for (const { practiceId, full } of documents) {
    if (full === null) continue
    if (practiceId === null) workshop = workshop === 'workshop' ? workshop : full
    else boards.set(practiceId, full)
  }
  const sameBoards =
    boards.size === previous.boards.size &&
    [...boards].every(([practiceId, reason]) => previous.boards.get(practiceId) === reason)
  return sameBoards && workshop === previous.workshop ? previous : { boards, workshop }
}

export interface DocumentConnection {
  status: 'connecting' | 'connected' | 'disconnected'
  saveFailed: boolean
  tooFast: boolean
  /** The server refuses the document: its stored copy is damaged. */
  damaged: boolean
}

/** What the connection badge says: the most pressing of what the documents' connections report. */
export function connectionStatus(
  online: boolean,
  documents: readonly DocumentConnection[],
): ConnectionStatus {
  if (!online) return 'offline'
  if (documents.some((entry) => entry.damaged)) return 'damaged'
  if (documents.some((entry) => entry.saveFailed)) return 'notSaving'
  if (documents.every((entry) => entry.status === 'connected'))
    return documents.some((entry) => entry.tooFast) ? 'tooFast' : 'connected'
  return 'reconnecting'
}

/**
 * Whether a y-websocket sync message is the server's step 1 (it asks for what it lacks): after a
 * refusal as too fast, that is the server taking changes again. `payload` is the message after its type.
 */
export function isSyncStep1(payload: Uint8Array, offset: number): boolean {
  return payload[offset] === 0
}
