import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { HISTORY_LABEL_LIMIT } from '../shared/history'
import type { SnapshotList, SnapshotTaken, TakeSnapshotRequest } from '../shared/protocol'
import type { ApiContext } from './apiContext'
import { Answered, type Route, readValidJson } from './apiRouting'
import type { TakenSnapshot } from './history'
import { sendJson } from './responses'
import { MANUAL_SNAPSHOTS_LIMIT, ManualSnapshotLimitError } from './storage/documentStore'

/**
 * Workshop history, for the facilitator only (participant and observer tokens are valid but refused):
 *
 * - GET  /api/workshops/<id>/snapshots                   → SnapshotList (newest first)
 * - POST /api/workshops/<id>/snapshots {label?}           → 201 SnapshotTaken; 200 with the latest snapshot
 *                                                           when nothing changed since; 409 beyond
 *                                                           MANUAL_SNAPSHOTS_LIMIT snapshots taken by hand
 * - GET  /api/workshops/<id>/snapshots/<sid>              → OpenedSnapshot (report then, changes since)
 * - POST /api/workshops/<id>/snapshots/<sid>/restore      → RestoreResult
 *
 * The automatic snapshot at every phase change is started by the server (app.ts), with the same history.
 */

const NewSnapshotBody: z.ZodType<TakeSnapshotRequest> = z
  .object({
    label: z
      .string({ error: 'label must be a string' })
      .max(HISTORY_LABEL_LIMIT, `label must be at most ${HISTORY_LABEL_LIMIT} characters`)
      .optional(),
  })
  .strict()

function noSuchSnapshot(): Answered {
  return new Answered(404, 'snapshotNotFound', 'no such snapshot in this workshop’s history')
}

export function historyRoutes(context: ApiContext): Route[] {
  const { history, authenticateFacilitator } = context

  async function list(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    await authenticateFacilitator(req, id)
    const body: SnapshotList = { snapshots: await history.list(id) }
    sendJson(res, 200, body)
  }

  async function take(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    await authenticateFacilitator(req, id)
    // An empty body is a snapshot without a note.
    const hasBody =
      Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined
    const { label = '' } = hasBody ? await readValidJson(req, NewSnapshotBody) : {}
    let taken: TakenSnapshot
    try {
      taken = await history.take(id, 'manual', label)
    } catch (error) {
      if (error instanceof ManualSnapshotLimitError) {
        throw new Answered(
          409,
          'snapshotLimit',
          `this workshop already keeps ${MANUAL_SNAPSHOTS_LIMIT} snapshots taken by hand, the most it can keep`,
        )
      }
      throw error
    }
    const body: SnapshotTaken = { snapshot: taken.snapshot, unchanged: !taken.taken }
    sendJson(res, taken.taken ? 201 : 200, body)
  }

  async function open(
    req: IncomingMessage,
    res: ServerResponse,
    id: string,
    snapshotId: string,
  ): Promise<void> {
    await authenticateFacilitator(req, id)
    const opened = await history.open(id, snapshotId)
    if (!opened) throw noSuchSnapshot()
    sendJson(res, 200, opened)
  }

  async function restore(
    req: IncomingMessage,
    res: ServerResponse,
    id: string,
    snapshotId: string,
  ): Promise<void> {
    await authenticateFacilitator(req, id)
    const restored = await history.restore(id, snapshotId)
    if (!restored) throw noSuchSnapshot()
    sendJson(res, 200, restored)
  }

  return [
    {
      pattern: /^\/api\/workshops\/([^/]+)\/snapshots$/,
      methods: {
        GET: (req, res, id = '') => list(req, res, id),
        POST: (req, res, id = '') => take(req, res, id),
      },
    },
    {
      pattern: /^\/api\/workshops\/([^/]+)\/snapshots\/([^/]+)$/,
      methods: { GET: (req, res, id = '', snapshotId = '') => open(req, res, id, snapshotId) },
    },
    {
      pattern: /^\/api\/workshops\/([^/]+)\/snapshots\/([^/]+)\/restore$/,
      methods: { POST: (req, res, id = '', snapshotId = '') => restore(req, res, id, snapshotId) },
    },
  ]
}
