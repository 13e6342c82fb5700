import type { ApiErrorCode, PracticeListProblem } from './apiErrors'
import type { FollowUpCarry } from './followUp'
import type { HistorySnapshotSummary, WorkshopChanges } from './history'
import type { WorkshopReport } from './report'
import type { Role } from './roles'
import type { WorkshopDetails } from './schema'

/**
 * What travels between the server and the client, declared once and imported by both: WebSocket close
 * codes, the y-websocket message kinds, and the REST API's requests and answers. Types and constants only;
 * the encoders and decoders are in server/protocol.ts (the server's) and y-websocket (the client's).
 */

// ---- WebSocket: close codes ----

/**
 * Every WebSocket close code the server sends, in one place: the server closes with them, and the client
 * tells its user why a connection ended (a replaced link, a deleted workshop, changes not saved) by them,
 * in the user's language. The server's English reasons are in server/closeCodes.ts.
 *
 * The stock y-websocket client reconnects after any code except 4400–4499, which it treats as final
 * ("reconnecting cannot fix this"). Only a revoked link is in that range: a client closed for a transient
 * reason must come back, and even a client closed for a bad frame gets a fresh start, since its unsent
 * edits are re-sent on reconnect. A deleted workshop is final too: there is nothing to reconnect to.
 *
 * | code | name              | sent when                                                              |
 * |------|-------------------|------------------------------------------------------------------------|
 * | 1001 | goingAway         | the server shuts down                                                  |
 * | 1003 | unsupportedData   | a text frame, or a message type the protocol does not define for a client |
 * | 1007 | invalidPayload    | a binary frame that does not decode, or a Yjs update / awareness update that cannot be applied |
 * | 1009 | messageTooBig     | a frame above maxPayloadBytes (sent by `ws` itself), an awareness frame above maxAwarenessBytes, or a presence state above maxPresenceEntryBytes |
 * | 1011 | internalError     | the server could not load or save the document                         |
 * | 1013 | tryAgainLater     | the client reads too slowly (send buffer over its bound) or floods a room that is still loading |
 * | 4500 | documentDamaged   | the stored document does not decode (server/storage/documentStore.ts checkStoredDocument); in the 4500 "try again later" range, so clients keep retrying and come back by themselves once it is restored |
 * | 4403 | linkRevoked       | the facilitator regenerated the link whose token this connection was admitted with |
 * | 4410 | workshopDeleted   | the facilitator deleted the workshop (410 Gone, in the 4400 range)     |
 */
export const CloseCode = {
  goingAway: 1001,
  unsupportedData: 1003,
  invalidPayload: 1007,
  messageTooBig: 1009,
  internalError: 1011,
  tryAgainLater: 1013,
  linkRevoked: 4403,
  workshopDeleted: 4410,
  documentDamaged: 4500,
} as const

// ---- WebSocket: message kinds (y-protocols PROTOCOL.md) ----

/** The first varUint of every frame. */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const
/** The second varUint of a sync frame. */
export const SyncMessageType = { step1: 0, step2: 1, update: 2 } as const
/** The second varUint of an auth frame; the server sends permission-denied only (`[2, 0, reason]`). */
export const AuthMessageType = { permissionDenied: 0 } as const

// ---- REST: limits both sides check ----

/** The largest JSON export `POST /api/workshops/import` reads; the client refuses bigger files before sending. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

/** The largest CSV `POST /api/workshops/<id>/practices/import` reads. */
export const MAX_PRACTICE_CSV_BYTES = 1024 * 1024

/** Formats of `GET /api/workshops/<id>/export.<format>`. */
export const EXPORT_FORMATS = ['md', 'csv', 'json', 'docx'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

// ---- REST: requests ----

/** `POST /api/workshops`; date (yyyy-mm-dd) and place may be left out. */
export interface CreateWorkshopRequest {
  title: string
  date?: string
  place?: string
}

/** `POST /api/workshops/<id>/follow-up`; carry defaults to everything. */
export interface FollowUpRequest extends CreateWorkshopRequest {
  carry?: FollowUpCarry
}

/** `POST /api/workshops/<id>/snapshots`; the body may be left out too (a snapshot without a note). */
export interface TakeSnapshotRequest {
  label?: string
}

// ---- REST: answers ----

/** `<origin>/w/<id>?token=<token>`, one per role. */
export type WorkshopLinks = Record<Role, string>

/** 201 to `POST /api/workshops`, `/example`, `/import` and `/<id>/follow-up`. */
export interface CreatedWorkshop {
  id: string
  links: WorkshopLinks
}

/** `GET /api/workshops/<id>` */
export interface WorkshopSummary extends WorkshopDetails {
  id: string
  createdAt: number
  /** What the request's token grants. */
  role: Role
}

/** `GET /api/workshops/<id>/links`, and `POST .../links/<role>/regenerate` (facilitators only). */
export interface LinksResponse {
  links: WorkshopLinks
}

/** `GET /api/time` */
export interface ServerTime {
  /** The server's clock, milliseconds since the epoch. */
  now: number
}

/** `POST /api/workshops/<id>/practices/import` */
export interface PracticesImported {
  added: number
}

/** `GET /api/workshops/<id>/snapshots` */
export interface SnapshotList {
  snapshots: HistorySnapshotSummary[]
}

/** `POST /api/workshops/<id>/snapshots` */
export interface SnapshotTaken {
  snapshot: HistorySnapshotSummary
  /** True when nothing changed since the latest snapshot: `snapshot` is that one, and no new one was stored. */
  unchanged: boolean
}

/** `GET /api/workshops/<id>/snapshots/<sid>` */
export interface OpenedSnapshot {
  snapshot: HistorySnapshotSummary
  /** The workshop as it was, in the report model the exports use. */
  report: WorkshopReport
  /** What changed from the snapshot to now. */
  changes: WorkshopChanges
}

/** `POST /api/workshops/<id>/snapshots/<sid>/restore` */
export interface RestoreResult {
  restored: HistorySnapshotSummary
  /** The snapshot of the state just before the restore: restoring it undoes the restore. */
  before: HistorySnapshotSummary
}

/** Every refusal's JSON body (4xx, 5xx); `code` is stable (shared/apiErrors.ts), `error` is English for scripts. */
export interface ApiErrorBody {
  error: string
  code: ApiErrorCode
  /** With `practiceListInvalid`: what is wrong, row by row. */
  problems?: PracticeListProblem[]
}

/** How long changes waited between arriving and being committed (so broadcast), since the server started. */
export interface CommitWait {
  count: number
  p50Ms: number
  p99Ms: number
  maxMs: number
}

/** `GET /healthz` */
export interface HealthReport {
  status: 'ok'
  /** Documents in memory. */
  rooms: number
  connections: number
  uptimeSeconds: number
  /** The process's memory, so an operator (and the fault tests) can see it stays bounded. */
  memory: { rssBytes: number; heapUsedBytes: number }
  /** Changes waiting to be committed. */
  pendingCommits: number
  /** Since start: how long changes waited for their commit, which every delivery waits for too. */
  commitWait: CommitWait
  /** Since start: how many times a document's log was folded into its snapshot. */
  compactions: number
  /** Only where instances share storage (DATABASE_URL): this one's id, its bus, the others it hears. */
  cluster?: { instance: string; busConnected: boolean; otherInstances: number }
}
