import type { IncomingMessage, ServerResponse } from 'node:http'
import type * as Y from 'yjs'
import type { Workshop } from '../shared/schema'
import type { Auth, Grant } from './auth'
import type { CreationLimiter } from './creationLimit'
import type { WorkshopHistory } from './history'
import type { Logger } from './log'
import type { RoomRegistry } from './rooms'
import type { WorkshopRecord } from './storage/documentStore'
import type { WorkshopCachingStore } from './storage/workshopCache'

/** The documents of a workshop about to be created; storing them hands them over (they are destroyed). */
export interface NewWorkshopDocuments {
  workshop: Y.Doc
  boards: Map<string, Y.Doc>
  participation?: Y.Doc | null
}

/**
 * What every API module (api.ts assembles them) gets to work with: the services, and the checks and
 * answers that must be the same for every endpoint.
 */
export interface ApiContext {
  store: WorkshopCachingStore
  registry: RoomRegistry
  log: Logger
  auth: Auth
  /** Every request that creates a workshop spends one of its address's creations here. */
  creations: CreationLimiter
  /** Snapshots of workshops (server/history.ts). */
  history: WorkshopHistory
  now(): number
  /**
   * The workshop `id` and what the request's token grants in it, or a thrown refusal: 429 when the address
   * has spent its refusals, 404, 401 (no token), 403 (a wrong or revoked one). See admission.ts.
   */
  authenticate(req: IncomingMessage, id: string): Promise<{ workshop: WorkshopRecord; grant: Grant }>
  /** As `authenticate`, and 403 unless the token is the facilitator's. */
  authenticateFacilitator(req: IncomingMessage, id: string): Promise<WorkshopRecord>
  /** Stores a new workshop under a fresh id, atomically, and resolves with the id. */
  storeNewWorkshop(documents: NewWorkshopDocuments): Promise<string>
  /** Answers 201 with the new workshop's id and links (a POST that created a workshop). */
  created(req: IncomingMessage, res: ServerResponse, id: string): void
  /** The workshop document's fields, from its live room when loaded, else storage. */
  readWorkshopDocument(id: string): Promise<Workshop>
}
